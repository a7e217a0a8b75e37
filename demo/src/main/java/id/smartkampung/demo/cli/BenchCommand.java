package id.smartkampung.demo.cli;

import id.smartkampung.demo.bench.BenchReport;
import id.smartkampung.demo.bench.NationalRun;
import id.smartkampung.demo.bench.NationalSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench}: the performance targets of DESIGN §6 — <i>uji kinerja</i>. Runs the JMH
 * benchmarks of {@code id.smartkampung.demo.bench} (each comparison in one run, printed as a ratio
 * with PASS/FAIL against its target, JMH's JSON result written to a file), or with {@code
 * --national} the national-scale run in bounded memory.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs the JMH benchmarks and prints each comparison of DESIGN §6 as a ratio against its target:",
      "  posting with/without checks, history growth, journal replay vs Jackson parse,",
      "  district assessment, Money vs long sen.",
      "Each comparison is measured in one run, repeated in rounds (median round shown).",
      "With --national: a national year (75 000 villages) streamed through assessment in bounded memory.",
      "Exit 0 when done (1 with --strict and a missed target)."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "REGEX", description = "benchmarks to run (JMH include patterns, e.g. Posting or History); default: all")
  List<String> include;

  @Option(names = {"-f", "--forks"}, paramLabel = "N", description = "forks per benchmark (default: each benchmark's own, 1)")
  Integer forks;

  @Option(names = {"-wi", "--warmup-iterations"}, paramLabel = "N", description = "warm-up iterations (default: each benchmark's own)")
  Integer warmupIterations;

  @Option(names = {"-i", "--iterations"}, paramLabel = "N", description = "measurement iterations (default: each benchmark's own)")
  Integer iterations;

  @Option(names = {"-w", "--warmup-time"}, paramLabel = "TIME", description = "time per warm-up iteration, e.g. 1s (default: each benchmark's own)")
  String warmupTime;

  @Option(names = {"-r", "--time"}, paramLabel = "TIME", description = "time per measurement iteration, e.g. 1s (default: each benchmark's own)")
  String time;

  @Option(names = {"-rf", "--result"}, paramLabel = "FILE", description = "JMH's JSON result (default: ${DEFAULT-VALUE}; with rounds, FILE-1.json, FILE-2.json, …)")
  Path result = Path.of("jmh-result.json");

  @Option(names = "--rounds", paramLabel = "N",
      description = "run the selection N times (a, b, a, b, …) and report each comparison's median round (default: ${DEFAULT-VALUE})")
  int rounds = 3;

  @Option(names = "--jvm-args", paramLabel = "ARGS", description = "extra JVM arguments of the forked benchmark JVMs, e.g. \"-XX:+UseParallelGC\"")
  String jvmArgs;

  @Option(names = "--strict", description = "exit 1 when a target is missed")
  boolean strict;

  @Option(names = {"-l", "--list"}, description = "list the benchmarks and exit")
  boolean list;

  @Option(names = "--national", description = "the national-scale run instead of the benchmarks")
  boolean national;

  @Option(names = "--villages", paramLabel = "N", description = "national run: villages (default: ${DEFAULT-VALUE})")
  int villages = 75_000;

  @Option(names = "--villages-per-district", paramLabel = "N", description = "national run: villages per district (default: ${DEFAULT-VALUE})")
  int villagesPerDistrict = 200;

  @Option(names = "--projects", paramLabel = "N", description = "national run: projects per village, 1-99 (default: ${DEFAULT-VALUE})")
  int projects = 30;

  @Option(names = "--weeks", paramLabel = "N", description = "national run: weekly reports per project, 1-52 (default: ${DEFAULT-VALUE})")
  int weeks = 52;

  @Option(names = "--threads", paramLabel = "N", description = "national run: worker threads, one district each (default: ${DEFAULT-VALUE})")
  int threads = 1;

  @Option(names = "--top", paramLabel = "N", description = "national run: riskiest villages to list (default: ${DEFAULT-VALUE})")
  int top = 10;

  @Option(names = "--seed", paramLabel = "N", description = "national run: seed of the synthetic data (default: ${DEFAULT-VALUE})")
  long seed = 2025;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (national) {
      return national(out);
    }
    ChainedOptionsBuilder o = new OptionsBuilder().shouldFailOnError(true);
    if (include == null || include.isEmpty()) {
      o.include("id\\.smartkampung\\.demo\\.bench\\..*");
    } else {
      include.forEach(o::include);
    }
    if (forks != null) {
      o.forks(positive(forks, "--forks"));
    }
    if (warmupIterations != null) {
      o.warmupIterations(notNegative(warmupIterations, "--warmup-iterations"));
    }
    if (iterations != null) {
      o.measurementIterations(positive(iterations, "--iterations"));
    }
    if (warmupTime != null) {
      o.warmupTime(timeValue(warmupTime, "--warmup-time"));
    }
    if (time != null) {
      o.measurementTime(timeValue(time, "--time"));
    }
    if (jvmArgs != null && !jvmArgs.isBlank()) {
      o.jvmArgsAppend(jvmArgs.trim().split("\\s+"));
    }
    o.resultFormat(ResultFormatType.JSON);
    if (list) {
      new Runner(o.build()).list();
      return ExitCode.OK;
    }
    positive(rounds, "--rounds");
    List<BenchReport> reports = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      Path file = rounds == 1 ? result : roundFile(result, round);
      o.result(file.toString());
      Collection<RunResult> results;
      try {
        results = new Runner(o.build()).run();
      } catch (RunnerException e) {
        throw new UserError("the benchmarks did not run: " + e.getMessage(), ExitCode.INTERNAL);
      }
      if (results.isEmpty()) {
        throw new UserError("no benchmark matches " + include + " (see bench --list)", ExitCode.UNREADABLE);
      }
      reports.add(BenchReport.of(results));
      files.add(file.toAbsolutePath());
    }
    BenchReport report = BenchReport.combine(reports);
    out.println();
    out.println("smartkampung performance targets (DESIGN §6), " + rounds + " round(s); JMH JSON results: " + files);
    report.print(out);
    return strict && !report.allPassed() ? ExitCode.VIOLATIONS : ExitCode.OK;
  }

  private int national(PrintWriter out) throws InterruptedException {
    NationalRun.Config c;
    try {
      positive(projects, "--projects");
      if (projects > 99 || weeks < 1 || weeks > 52) {
        throw new UserError("--projects is 1-99 and --weeks 1-52", ExitCode.UNREADABLE);
      }
      c = new NationalRun.Config(villages, villagesPerDistrict, projects, weeks, threads, top, seed);
    } catch (IllegalArgumentException e) {
      throw new UserError("bad national run scale: " + e.getMessage(), ExitCode.UNREADABLE);
    }
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "national-scale run: %,d villages in %,d districts of %d, %d projects x %d weekly reports each, %d thread(s), max heap %d MiB%n",
        c.villages(), c.districts(), c.villagesPerDistrict(), c.projects(), c.weeks(), c.threads(), rt.maxMemory() >> 20);
    out.flush();
    NationalRun.Result r = NationalRun.run(c, line -> {
      out.println(line);
      out.flush();
    });
    NationalSummary s = r.summary();
    double secs = r.elapsed().toNanos() / 1e9;
    out.printf(Locale.ROOT, "villages            %,d (%,d districts)%n", s.villages(), s.districts());
    out.printf(Locale.ROOT, "ledger operations   %,d, all accepted (%,.0f per second)%n", s.operations(), s.operations() / secs);
    out.printf(Locale.ROOT, "projects assessed   %,d with %,d weekly reports%n", s.projects(), s.reports());
    out.printf(Locale.ROOT, "time                %.1f s%n", secs);
    out.printf(Locale.ROOT, "peak heap           %d MiB used (sampled after each village); live after GC at most %d MiB; max heap (-Xmx) %d MiB%n",
        r.peakHeapBytes() >> 20, r.peakAfterGcBytes() >> 20, r.maxHeapBytes() >> 20);
    out.printf(Locale.ROOT, "national risk       %,d; villages passing the Dana Desa tahap II gates: %,d%n", s.risk(), s.trancheTwoEligible());
    out.println("projects by status  " + s.statuses());
    out.println("projects flagged    " + s.flaggedProjects());
    if (!s.riskiest().isEmpty()) {
      out.println("riskiest villages:");
      for (NationalSummary.VillageRisk v : s.riskiest()) {
        out.printf(Locale.ROOT, "  %-14s %-12s %-16s risk %4d (highest project %d, %d projects flagged)%n",
            v.code(), v.name(), v.district(), v.risk(), v.highestProjectRisk(), v.flaggedProjects());
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  /** {@code jmh-result.json} → {@code jmh-result-2.json}. */
  static Path roundFile(Path result, int round) {
    String name = result.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String withRound = dot > 0 ? name.substring(0, dot) + "-" + round + name.substring(dot) : name + "-" + round;
    return result.resolveSibling(withRound);
  }

  private static int positive(int n, String option) {
    if (n < 1) {
      throw new UserError(option + " must be at least 1, not " + n, ExitCode.UNREADABLE);
    }
    return n;
  }

  private static int notNegative(int n, String option) {
    if (n < 0) {
      throw new UserError(option + " must not be negative, not " + n, ExitCode.UNREADABLE);
    }
    return n;
  }

  private static TimeValue timeValue(String text, String option) {
    try {
      return TimeValue.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(option + " '" + text + "' is not a time such as 1s or 500ms", ExitCode.UNREADABLE);
    }
  }
}
