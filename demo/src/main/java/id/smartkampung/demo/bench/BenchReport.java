package id.smartkampung.demo.bench;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The benchmarks' verdict — <i>hasil uji kinerja</i>: the comparisons of DESIGN §6, each measured
 * in one run, printed as a ratio against its target. A score is the <b>median</b> of the
 * measurement iterations (robust on a shared, noisy machine), in nanoseconds per operation.
 *
 * <p>The posting comparison is also made in CPU time with the two halves interleaved
 * ({@code PostingBenchmark.interleaved}): the ratio per iteration of the CPU time each half took,
 * the median iteration shown. Wall time lies on a shared machine (a neighbour's load during one
 * half and not the other); CPU time ({@code CpuClock}: the benchmark thread's and the garbage
 * collector's threads') does not count the time it waits, and does count the collection of the
 * garbage the work makes.
 */
public final class BenchReport {
  private static final String PKG = "id.smartkampung.demo.bench.";

  /** Whether a row met its target. */
  public enum Verdict {
    PASS,
    FAIL,
    /** Informative: no target. */
    INFO,
    /** A benchmark of the row was not run. */
    NOT_RUN
  }

  /** What a row's figure is. */
  public enum Kind {
    /** time of a over time of b: lower is better. */
    RATIO,
    /** speed of a as a share of b's. */
    SPEED,
    /** million operations per second. */
    THROUGHPUT,
    /** milliseconds. */
    MILLIS;

    String format(double v) {
      return switch (this) {
        case RATIO -> String.format(Locale.ROOT, "%.2fx", v);
        case SPEED -> String.format(Locale.ROOT, "%.0f %%", v * 100);
        case THROUGHPUT -> String.format(Locale.ROOT, "%.2f M ops/s", v);
        case MILLIS -> String.format(Locale.ROOT, "%.0f ms", v);
      };
    }
  }

  /**
   * One row of the table.
   *
   * @param value the row's figure ({@link Kind}); NaN when not run
   * @param spread where the figure lay over the rounds, e.g. {@code 1.38x-1.52x}; empty for one round
   */
  public record Row(String number, String comparison, String measured, String ratio, String target, Verdict verdict, Kind kind, double value, String spread) {
    Row withSpread(String s) {
      return new Row(number, comparison, measured, ratio, target, verdict, kind, value, s);
    }
  }

  private final ImmutableMap<String, Double> nanos;
  private final ImmutableList<Row> rows;

  private BenchReport(Map<String, Double> nanos) {
    this.nanos = ImmutableMap.copyOf(nanos);
    this.rows = computeRows();
  }

  private BenchReport(Map<String, Double> nanos, List<Row> rows) {
    this.nanos = ImmutableMap.copyOf(nanos);
    this.rows = ImmutableList.copyOf(rows);
  }

  /**
   * The rounds combined: each row is the one of the round with the median figure (so the measured
   * times shown belong together), with the figures' range over the rounds. Repeating the
   * comparisons in rounds (a, b, a, b, …) makes a ratio robust to the load of a shared machine
   * changing between the measurement of a and of b.
   */
  public static BenchReport combine(List<BenchReport> rounds) {
    if (rounds.size() == 1) {
      return rounds.get(0);
    }
    List<Row> out = new ArrayList<>();
    int n = rounds.get(0).rows.size();
    for (int i = 0; i < n; i++) {
      List<Row> ran = new ArrayList<>();
      for (BenchReport r : rounds) {
        if (r.rows.get(i).verdict() != Verdict.NOT_RUN) {
          ran.add(r.rows.get(i));
        }
      }
      if (ran.isEmpty()) {
        out.add(rounds.get(0).rows.get(i));
        continue;
      }
      ran.sort(java.util.Comparator.comparingDouble(Row::value));
      Row median = ran.get((ran.size() - 1) / 2);
      Kind k = median.kind();
      out.add(median.withSpread(ran.size() + " rounds: " + k.format(ran.get(0).value()) + " .. " + k.format(ran.get(ran.size() - 1).value())));
    }
    return new BenchReport(rounds.get(rounds.size() - 1).nanos, out);
  }

  /**
   * A report from scores in nanoseconds per operation, keyed by {@code Class.method} (short class
   * name) with {@code :param=value} for parameterised ones, e.g. {@code HistoryBenchmark.append:history=10000}.
   */
  public static BenchReport ofNanos(Map<String, Double> nanos) {
    return new BenchReport(requireNonNull(nanos, "nanos"));
  }

  /** A report from JMH's results (the median of each benchmark's measurement iterations). */
  public static BenchReport of(Collection<RunResult> results) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      if (name.startsWith(PKG)) {
        name = name.substring(PKG.length());
      }
      StringBuilder key = new StringBuilder(name);
      for (String p : r.getParams().getParamsKeys()) {
        key.append(':').append(p).append('=').append(r.getParams().getParam(p));
      }
      double median = r.getPrimaryResult().getStatistics().getPercentile(50);
      m.put(key.toString(), median * nanosPer(r.getPrimaryResult().getScoreUnit()));
      if (key.toString().equals(POSTING_CPU)) {
        interleaved(r, "checkedCpuNs", "bareCpuNs", "operations", m, CHECKED_CPU, BARE_CPU);
      } else if (key.toString().equals(JOURNAL_CPU)) {
        interleaved(r, "replayCpuNs", "parseCpuNs", "entries", m, REPLAY_CPU, PARSE_CPU);
      }
    }
    return new BenchReport(m);
  }

  private static final String POSTING_CPU = "PostingBenchmark.interleaved";
  private static final String CHECKED_CPU = POSTING_CPU + ":checkedCpu";
  private static final String BARE_CPU = POSTING_CPU + ":bareCpu";
  private static final String JOURNAL_CPU = "JournalBenchmark.interleaved";
  private static final String REPLAY_CPU = JOURNAL_CPU + ":replayCpu";
  private static final String PARSE_CPU = JOURNAL_CPU + ":parseCpu";

  /**
   * An interleaved CPU-time comparison's figures: for each measurement iteration, the CPU
   * nanoseconds per operation of each half (the benchmark's auxiliary counters {@code a} and
   * {@code b}, divided by the counter {@code count}); those of the iteration with the median ratio
   * are kept, as {@code keyA} and {@code keyB}.
   */
  private static void interleaved(RunResult r, String a, String b, String count, Map<String, Double> m, String keyA, String keyB) {
    List<double[]> iterations = new ArrayList<>();
    for (BenchmarkResult br : r.getBenchmarkResults()) {
      for (IterationResult i : br.getIterationResults()) {
        Map<String, Result> counters = i.getSecondaryResults();
        Result x = counters.get(a);
        Result y = counters.get(b);
        Result n = counters.get(count);
        if (x != null && y != null && n != null && n.getScore() > 0 && y.getScore() > 0) {
          iterations.add(new double[] {x.getScore() / n.getScore(), y.getScore() / n.getScore()});
        }
      }
    }
    if (!iterations.isEmpty()) {
      iterations.sort(java.util.Comparator.comparingDouble(x -> x[0] / x[1]));
      double[] median = iterations.get((iterations.size() - 1) / 2);
      m.put(keyA, median[0]);
      m.put(keyB, median[1]);
    }
  }

  /** The scores, ns per operation. */
  public ImmutableMap<String, Double> nanos() {
    return nanos;
  }

  /** Nanoseconds in the time unit of a JMH score unit such as {@code ns/op} or {@code ms/op}. */
  static double nanosPer(String unit) {
    String u = unit.substring(0, unit.indexOf('/'));
    return switch (u) {
      case "ns" -> 1;
      case "us" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      case "min" -> 60e9;
      default -> throw new IllegalArgumentException("unknown time unit in " + unit);
    };
  }

  private Optional<Double> score(String key) {
    return Optional.ofNullable(nanos.get(key));
  }

  /** The rows, in the order of DESIGN §6. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  private ImmutableList<Row> computeRows() {
    List<Row> rows = new ArrayList<>();
    Optional<Double> checked = score("PostingBenchmark.checked");
    Optional<Double> bare = score("PostingBenchmark.bare");
    rows.add(ratioRow("1", "posting: Ledger.apply (all checks) vs bare state update", checked, bare, "ns/op", 1.5, true));
    rows.add(ratioRow("1", "posting, CPU time (thread + collectors), the two interleaved: Ledger.apply vs bare", score(CHECKED_CPU), score(BARE_CPU), "CPU ns/op", 1.5, true));
    rows.add(checked
        .map(c -> new Row("1", "checked throughput, one thread", fmt(1e3 / c) + " M ops/s", "", ">= 1.00 M ops/s",
            1e9 / c >= 1e6 ? Verdict.PASS : Verdict.FAIL, Kind.THROUGHPUT, 1e3 / c, ""))
        .orElse(notRun("1", "checked throughput, one thread", ">= 1.00 M ops/s", Kind.THROUGHPUT)));

    Optional<Double> h10k = score("HistoryBenchmark.append:history=10000");
    rows.add(ratioRow("2", "per operation: 100k vs 10k events of history", score("HistoryBenchmark.append:history=100000"), h10k, "ns/op", 1.1, true));
    rows.add(ratioRow("2", "per operation: 1M vs 10k events of history", score("HistoryBenchmark.append:history=1000000"), h10k, "ns/op", 1.1, true));

    Optional<Double> replay = score("JournalBenchmark.replay");
    Optional<Double> verify = score("JournalBenchmark.verify");
    Optional<Double> parse = score("JournalBenchmark.jacksonParse");
    rows.add(speedRow("3", "journal replay (VillageBook.open: verify, decode, post) vs Jackson parse", replay, parse, 0.5));
    rows.add(speedRow("3", "journal replay vs Jackson parse, CPU time (thread + collectors), the two interleaved", score(REPLAY_CPU), score(PARSE_CPU), 0.5));
    rows.add(speedRow("3", "journal verify alone (Journal.forEach: split, SHA-256 chain, bodies to trees) vs Jackson parse", verify, parse, 0));

    Optional<Double> district = score("DistrictBenchmark.assess");
    String d = "district assessment: 200 villages x 30 projects x 52 weekly reports";
    rows.add(district
        .map(t -> new Row("4", d, fmt(t / 1e6) + " ms", "", "< 1000 ms", t < 1e9 ? Verdict.PASS : Verdict.FAIL, Kind.MILLIS, t / 1e6, ""))
        .orElse(notRun("4", d, "< 1000 ms", Kind.MILLIS)));

    Optional<Double> one = score("BatchBenchmark.post:batch=1");
    rows.add(timesRow("6", "durable posting: batches of 100 (one force each) vs one by one", score("BatchBenchmark.post:batch=100"), one, 0));
    // DESIGN §6: durable operations per second in batches of 1 000 at least 50x one by one
    rows.add(timesRow("6", "durable posting: batches of 1000 (one force each) vs one by one", score("BatchBenchmark.post:batch=1000"), one, 50));

    Optional<Double> lng = score("MoneyBenchmark.longSen");
    rows.add(ratioRow("5", "I5 check + post: Moneta Money (cached currency) vs long sen", score("MoneyBenchmark.money"), lng, "ns/check", 0, false));
    rows.add(ratioRow("5", "I5 check + post: Money.of(x, \"IDR\") each time vs long sen", score("MoneyBenchmark.moneyOf"), lng, "ns/check", 0, false));
    return ImmutableList.copyOf(rows);
  }

  /** True when no row failed (rows not run do not fail). */
  public boolean allPassed() {
    return rows().stream().noneMatch(r -> r.verdict() == Verdict.FAIL);
  }

  private static Row ratioRow(String n, String what, Optional<Double> a, Optional<Double> b, String unit, double max, boolean hasTarget) {
    String target = hasTarget ? "<= " + String.format(Locale.ROOT, "%.2f", max) + "x" : "(justifies long sen)";
    if (a.isEmpty() || b.isEmpty()) {
      return notRun(n, what, target, Kind.RATIO);
    }
    double ratio = a.get() / b.get();
    Verdict v = !hasTarget ? Verdict.INFO : ratio <= max ? Verdict.PASS : Verdict.FAIL;
    return new Row(n, what, fmt(a.get()) + " vs " + fmt(b.get()) + " " + unit, Kind.RATIO.format(ratio), target, v, Kind.RATIO, ratio, "");
  }

  /** A row comparing speeds: {@code b / a} (a's speed as a share of b's), at least {@code min} (0: no target). */
  private static Row speedRow(String n, String what, Optional<Double> a, Optional<Double> b, double min) {
    String target = min > 0 ? ">= " + String.format(Locale.ROOT, "%.0f %%", min * 100) : "(where the time goes)";
    if (a.isEmpty() || b.isEmpty()) {
      return notRun(n, what, target, Kind.SPEED);
    }
    double speed = b.get() / a.get();
    Verdict v = min <= 0 ? Verdict.INFO : speed >= min ? Verdict.PASS : Verdict.FAIL;
    return new Row(n, what, fmt(a.get()) + " vs " + fmt(b.get()) + " ns/entry", pct(speed) + " of parse speed", target, v, Kind.SPEED, speed, "");
  }

  /** A row of how many times more operations per second {@code a} gives than {@code b}, at least {@code min} times (0: no target, the measurement only). */
  private static Row timesRow(String n, String what, Optional<Double> a, Optional<Double> b, double min) {
    String target = min > 0 ? ">= " + String.format(Locale.ROOT, "%.0f", min) + "x the rate" : "(group commit)";
    if (a.isEmpty() || b.isEmpty()) {
      return notRun(n, what, target, Kind.RATIO);
    }
    double times = b.get() / a.get();
    Verdict v = min <= 0 ? Verdict.INFO : times >= min ? Verdict.PASS : Verdict.FAIL;
    return new Row(n, what, fmt(1e9 / a.get()) + " vs " + fmt(1e9 / b.get()) + " durable ops/s", String.format(Locale.ROOT, "%.1fx the rate", times),
        target, v, Kind.RATIO, times, "");
  }

  private static Row notRun(String n, String what, String target, Kind kind) {
    return new Row(n, what, "-", "-", target, Verdict.NOT_RUN, kind, Double.NaN, "");
  }

  private static String fmt(double x) {
    if (x >= 100) {
      return String.format(Locale.ROOT, "%.0f", x);
    }
    if (x >= 10) {
      return String.format(Locale.ROOT, "%.1f", x);
    }
    return String.format(Locale.ROOT, "%.2f", x);
  }

  private static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
  }

  /** Prints the table (plain text, fixed columns). */
  public void print(PrintWriter out) {
    List<Row> rows = rows();
    int w = rows.stream().mapToInt(r -> r.comparison().length()).max().orElse(10);
    int m = rows.stream().mapToInt(r -> r.measured().length()).max().orElse(10);
    String f = "%-2s %-" + w + "s  %-" + m + "s  %-20s %-20s %-8s %s%n";
    out.printf(f, "#", "comparison (median of iterations)", "measured", "ratio", "target", "result", "");
    for (Row r : rows) {
      out.printf(f, r.number(), r.comparison(), r.measured(), r.ratio(), r.target(), r.verdict(), r.spread());
    }
    out.flush();
  }

  /** The table as Markdown (for the README's Performance section). */
  public String markdown() {
    StringBuilder b = new StringBuilder("| # | comparison | measured | ratio | target | result | over the rounds |\n|---|---|---|---|---|---|---|\n");
    for (Row r : rows()) {
      b.append("| ").append(r.number()).append(" | ").append(r.comparison()).append(" | ").append(r.measured()).append(" | ")
          .append(r.ratio()).append(" | ").append(r.target().replace("<", "&lt;").replace(">", "&gt;")).append(" | ")
          .append(r.verdict()).append(" | ").append(r.spread()).append(" |\n");
    }
    return b.toString();
  }
}
