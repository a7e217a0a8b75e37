package id.smartkampung.demo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.demo.cli.Cli;
import id.smartkampung.demo.cli.ExitCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks are wired up and the national run works at a small scale. No timing is asserted:
 * performance is shown by the JMH benchmarks, never by timed unit tests.
 */
class BenchSmokeTest {
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void everyBenchmarkIsRegisteredInJmhsBenchmarkList() throws IOException {
    String list;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/BenchmarkList")) {
      assertNotNull(in, "META-INF/BenchmarkList is missing: the JMH annotation processor did not run");
      list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String b : List.of(
        "PostingBenchmark.checked", "PostingBenchmark.bare", "PostingBenchmark.interleaved", "HistoryBenchmark.append", "JournalBenchmark.interleaved", "JournalBenchmark.verify",
        "JournalBenchmark.jacksonParse", "JournalBenchmark.replay", "DistrictBenchmark.assess", "MoneyBenchmark.money", "MoneyBenchmark.moneyOf",
        "MoneyBenchmark.longSen")) {
      String cls = b.substring(0, b.indexOf('.'));
      String method = b.substring(b.indexOf('.') + 1);
      assertTrue(list.contains("id.smartkampung.demo.bench.jmh_generated." + cls + "_" + method + "_jmhTest"), b + " is not in the BenchmarkList");
    }
  }

  @Test
  void theLedgerWorkloadIsAcceptedInFullAndTheBaselineEndsInTheSameFigures() {
    LedgerWorkload w = LedgerWorkload.of(2 * LedgerWorkload.CYCLE * 50 + 3);
    w.verify(); // throws if the ledger rejects an operation or the bare baseline differs
    assertEquals(LedgerWorkload.CYCLE * 100 + 3, w.stream().length);
  }

  @Test
  void aSmallNationalRunExitsZeroAndReportsABoundedPeakHeap() {
    Result r = run("bench", "--national", "--villages", "50", "--villages-per-district", "20", "--projects", "5", "--weeks", "26", "--top", "3");
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("villages            50 (3 districts)"), r.out());
    assertTrue(r.out().contains("projects assessed   250 with 6,500 weekly reports"), r.out());
    Matcher m = Pattern.compile("peak heap +(\\d+) MiB .*max heap \\(-Xmx\\) (\\d+) MiB").matcher(r.out());
    assertTrue(m.find(), r.out());
    long peak = Long.parseLong(m.group(1));
    long max = Long.parseLong(m.group(2));
    assertTrue(peak > 0 && peak <= max, "peak heap " + peak + " MiB within the " + max + " MiB limit");
    assertTrue(r.out().contains("riskiest villages:"), r.out());
  }

  @Test
  void aBadScaleIsAUsageError() {
    Result r = run("bench", "--national", "--villages", "0");
    assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("at least one village"), r.err());
  }

  @Test
  void theReportComparesWhatRanAndMarksTheRest() {
    BenchReport report = BenchReport.ofNanos(java.util.Map.of(
        "PostingBenchmark.checked", 300.0,
        "PostingBenchmark.bare", 250.0,
        "HistoryBenchmark.append:history=10000", 300.0,
        "HistoryBenchmark.append:history=1000000", 400.0));
    List<BenchReport.Row> rows = report.rows();
    assertEquals(BenchReport.Verdict.PASS, rows.get(0).verdict()); // 1.20x <= 1.5x
    assertEquals("1.20x", rows.get(0).ratio());
    assertEquals(BenchReport.Verdict.NOT_RUN, rows.get(1).verdict()); // the interleaved CPU comparison not run
    assertEquals(BenchReport.Verdict.PASS, rows.get(2).verdict()); // 3.33 M ops/s
    assertEquals(BenchReport.Verdict.NOT_RUN, rows.get(3).verdict()); // 100k not run
    assertEquals(BenchReport.Verdict.FAIL, rows.get(4).verdict()); // 1.33x > 1.1x
    assertEquals(BenchReport.Verdict.NOT_RUN, rows.get(5).verdict()); // journal replay not run
    assertEquals(BenchReport.Verdict.NOT_RUN, rows.get(6).verdict()); // nor its interleaved CPU comparison
    assertTrue(!report.allPassed());
  }

  @Test
  void theInterleavedCpuComparisonIsARowOfItsOwnWithTheSameTarget() {
    BenchReport report = BenchReport.ofNanos(java.util.Map.of(
        "PostingBenchmark.interleaved:checkedCpu", 420.0,
        "PostingBenchmark.interleaved:bareCpu", 300.0));
    BenchReport.Row row = report.rows().get(1);
    assertTrue(row.comparison().contains("CPU"), row.comparison());
    assertEquals("1.40x", row.ratio());
    assertEquals(BenchReport.Verdict.PASS, row.verdict());
    assertEquals(BenchReport.Verdict.NOT_RUN, report.rows().get(0).verdict()); // the wall-clock pair did not run
    BenchReport over = BenchReport.ofNanos(java.util.Map.of(
        "PostingBenchmark.interleaved:checkedCpu", 460.0,
        "PostingBenchmark.interleaved:bareCpu", 300.0));
    assertEquals(BenchReport.Verdict.FAIL, over.rows().get(1).verdict()); // 1.53x > 1.5x
    BenchReport journal = BenchReport.ofNanos(java.util.Map.of(
        "JournalBenchmark.interleaved:replayCpu", 3000.0,
        "JournalBenchmark.interleaved:parseCpu", 1200.0));
    BenchReport.Row replay = journal.rows().stream().filter(r -> r.comparison().startsWith("journal replay vs")).findFirst().orElseThrow();
    assertEquals("40 % of parse speed", replay.ratio());
    assertEquals(BenchReport.Verdict.FAIL, replay.verdict()); // 40 % < 50 %
  }
}
