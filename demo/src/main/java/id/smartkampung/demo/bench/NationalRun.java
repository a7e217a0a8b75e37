package id.smartkampung.demo.bench;

import static com.google.common.base.Preconditions.checkArgument;

import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.report.DanaDesaAbsorption;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import id.smartkampung.monitoring.tranche.Absorption;
import id.smartkampung.demo.bench.VillageGenerator.VillageYear;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The national-scale run — <i>uji skala nasional</i>: every village's fiscal year (≈ 450 treasury
 * operations through its own {@link Ledger}, and its projects' weekly progress) streamed through
 * assessment and roll-up in <b>bounded memory</b>. Villages are generated one district at a time;
 * each village's ledger lives only while its year is posted (its realised spending per project
 * becomes the projects' actual cost, its Dana Desa absorption feeds the tranche gates); a district's
 * projects are assessed together (so a photo reused between its villages is found) with {@link
 * DistrictRollup#assess}, folded into a {@link NationalSummary}, and dropped. Memory therefore
 * grows with the size of one district per worker thread, not with the country.
 *
 * <p>Photo reuse is looked for within a district; across districts it would need a national photo
 * index, which is the job of a distributed join (see the README's Performance section), not of one machine's heap.
 */
public final class NationalRun {
  private NationalRun() {}

  /**
   * The scale of the run.
   *
   * @param villages villages in the country (Indonesia: ≈ 75 000 desa)
   * @param villagesPerDistrict villages per district (kabupaten)
   * @param projects physical projects per village
   * @param weeks weekly progress reports per project
   * @param threads worker threads, each assessing one district at a time
   * @param top how many of the riskiest villages to keep
   * @param seed the seed of the synthetic data
   */
  public record Config(int villages, int villagesPerDistrict, int projects, int weeks, int threads, int top, long seed) {
    public Config {
      checkArgument(villages >= 1, "at least one village");
      checkArgument(villagesPerDistrict >= 1, "at least one village per district");
      checkArgument(threads >= 1, "at least one thread");
      checkArgument(top >= 0, "top is not negative");
    }

    /** The number of districts. */
    public int districts() {
      return (villages + villagesPerDistrict - 1) / villagesPerDistrict;
    }
  }

  /**
   * What the run found and what it cost.
   *
   * @param summary the national roll-up
   * @param elapsed wall-clock time
   * @param peakHeapBytes the largest heap usage seen, sampled after every village (garbage
   *     included: with G1 it follows how far the young generation may grow, so it says more about
   *     -Xmx than about the data)
   * @param peakAfterGcBytes the largest heap occupancy left after a garbage collection, sampled
   *     after each district: what the run really keeps alive
   * @param maxHeapBytes the heap limit (-Xmx)
   */
  public record Result(NationalSummary summary, Duration elapsed, long peakHeapBytes, long peakAfterGcBytes, long maxHeapBytes) {}

  /** Runs at the given scale, reporting progress lines to {@code progress}. */
  public static Result run(Config c, Consumer<String> progress) throws InterruptedException {
    VillageGenerator gen = new VillageGenerator(c.projects(), c.weeks(), c.villagesPerDistrict(), c.seed());
    ProjectAssessor assessor = ProjectAssessor.withDefaults();
    List<MemoryPoolMXBean> heap = heapPools();
    System.gc();
    AtomicLong peakUsed = new AtomicLong();
    AtomicLong peakAfterGc = new AtomicLong();
    AtomicLong done = new AtomicLong();
    long t0 = System.nanoTime();
    int districts = c.districts();
    int every = Math.max(1, districts / 20);
    ExecutorService pool = Executors.newFixedThreadPool(c.threads(), r -> {
      Thread t = new Thread(r, "national-run");
      t.setDaemon(true);
      return t;
    });
    NationalSummary total = new NationalSummary(c.top());
    try {
      List<Future<NationalSummary>> parts = new ArrayList<>(districts);
      for (int d = 0; d < districts; d++) {
        int district = d;
        parts.add(pool.submit(() -> {
          NationalSummary s = district(gen, c, district, assessor, () -> peakUsed.accumulateAndGet(usedBytes(heap), Math::max));
          peakAfterGc.accumulateAndGet(afterGc(heap), Math::max);
          long n = done.incrementAndGet();
          if (n % every == 0 || n == districts) {
            progress.accept(String.format("  %d/%d districts, %d villages, %s, heap used %d MiB",
                n, districts, Math.min((long) n * c.villagesPerDistrict(), c.villages()), seconds(System.nanoTime() - t0), usedBytes(heap) >> 20));
          }
          return s;
        }));
      }
      for (Future<NationalSummary> f : parts) {
        total.merge(f.get());
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
    return new Result(total, elapsed, peakUsed.get(), peakAfterGc.get(), Runtime.getRuntime().maxMemory());
  }

  /** One district: every village's ledger year and projects, then the district's assessment. */
  static NationalSummary district(VillageGenerator gen, Config c, int d, ProjectAssessor assessor, Runnable sample) {
    int from = d * c.villagesPerDistrict();
    int to = Math.min(c.villages(), from + c.villagesPerDistrict());
    List<MonitoredProject> projects = new ArrayList<>((to - from) * c.projects());
    Map<String, Absorption> absorption = new HashMap<>();
    long operations = 0;
    long reports = 0;
    for (int v = from; v < to; v++) {
      VillageYear year = gen.village(v);
      Ledger ledger = Ledger.create(year.finance().village(), SyntheticVillage.POLICY);
      OperationWriter w = new OperationWriter(year.finance(), op -> accept(ledger, op), "op-", 60);
      TreasuryYear.write(year, w);
      operations += w.written();
      long[] ac = new long[year.projects().size()];
      for (int k = 0; k < ac.length; k++) {
        ac[k] = Idr.toSen(ledger.realised(year.finance().projectItems().get(k)));
        if (ac[k] != year.paidSen()[k]) {
          throw new IllegalStateException("ledger of " + year.finance().village().code() + " realised " + ac[k] + " on project " + k
              + ", the payments were " + year.paidSen()[k]);
        }
      }
      projects.addAll(year.monitored(ac));
      for (var r : year.reports()) {
        reports += r.size();
      }
      DanaDesaAbsorption dd = ledger.danaDesaAbsorption();
      absorption.put(year.finance().village().code(), Absorption.of(dd.received(), dd.realised()));
      sample.run();
    }
    DistrictRollup rollup = DistrictRollup.assess(VillageGenerator.districtName(d), VillageGenerator.YEAR_END, projects, assessor);
    sample.run();
    NationalSummary s = new NationalSummary(c.top());
    s.addDistrict(rollup, absorption, SyntheticVillage.POLICY, operations);
    s.addReports(reports);
    return s;
  }

  private static void accept(Ledger ledger, Operation op) {
    Outcome o = ledger.apply(op);
    if (!o.isAccepted()) {
      throw new IllegalStateException("the synthetic year of " + ledger.village().code() + " is broken: " + o);
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    List<MemoryPoolMXBean> out = new ArrayList<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid()) {
        out.add(p);
      }
    }
    return out;
  }

  private static long usedBytes(List<MemoryPoolMXBean> pools) {
    long n = 0;
    for (MemoryPoolMXBean p : pools) {
      n += p.getUsage().getUsed();
    }
    return n;
  }

  /** The heap left after the pools' latest collections. */
  private static long afterGc(List<MemoryPoolMXBean> pools) {
    long n = 0;
    for (MemoryPoolMXBean p : pools) {
      MemoryUsage u = p.getCollectionUsage();
      if (u != null) {
        n += u.getUsed();
      }
    }
    return n;
  }

  static String seconds(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
