package id.smartkampung.demo.bench;

import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 4 — a district assessed at once: {@value #VILLAGES} villages × {@value #PROJECTS}
 * projects × {@value #WEEKS} weekly reports (one photo each, anomalies planted; see {@link
 * VillageGenerator}) through {@link DistrictRollup#assess} — the district's photo registry, every
 * project's assessment, the village roll-ups and the ranking. The data is generated once, outside
 * the measurement. Target: under one second.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class DistrictBenchmark {
  /** Villages in the district. */
  public static final int VILLAGES = 200;
  /** Projects per village. */
  public static final int PROJECTS = 30;
  /** Weekly reports per project. */
  public static final int WEEKS = 52;

  private List<MonitoredProject> projects;
  private final ProjectAssessor assessor = ProjectAssessor.withDefaults();

  @Setup(Level.Trial)
  public void generate() {
    VillageGenerator g = new VillageGenerator(PROJECTS, WEEKS, VILLAGES, 2025);
    projects = new ArrayList<>(VILLAGES * PROJECTS);
    for (int v = 0; v < VILLAGES; v++) {
      projects.addAll(g.village(v).monitored());
    }
  }

  /** The whole district, assessed at year end. */
  @Benchmark
  public DistrictRollup assess() {
    return DistrictRollup.assess(VillageGenerator.districtName(0), VillageGenerator.YEAR_END, projects, assessor);
  }
}
