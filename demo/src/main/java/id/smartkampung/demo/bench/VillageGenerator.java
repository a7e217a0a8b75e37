package id.smartkampung.demo.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Allocation;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.project.OutputTarget;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.site.GeoPoint;
import id.smartkampung.monitoring.site.Site;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates synthetic villages' fiscal years, deterministically from a seed and the village's
 * national index — <i>pembangkit data desa</i>: the finance side (a {@link SyntheticVillage} budget
 * with one capital item per project, and how much of each project is paid by year end) and the
 * monitoring side (each project with its linear weekly plan and a weekly progress report carrying
 * one photo).
 *
 * <p>Anomalies are planted at realistic rates, so the assessment has work to do: projects slower
 * than planned (pace 0.6–1.4 of the plan) and started late in the year (up to week 40), 2 % of
 * projects with a fifth of their photos taken off site, 1 % of projects without a 0 % baseline photo, 0.5 % with progress going backwards, 3 %
 * fully paid while unfinished, and 0.2 % showing a photo of a neighbouring village's project
 * (photo reuse across villages of one district).
 *
 * <p>Thread-safe: each village is generated from its own random stream.
 */
public final class VillageGenerator {
  /** The first weekly report: Monday 6 January 2025. */
  public static final LocalDate YEAR_START = LocalDate.of(SyntheticVillage.YEAR, 1, 6);

  /** The year-end assessment date. */
  public static final LocalDate YEAR_END = LocalDate.of(SyntheticVillage.YEAR, 12, 31);

  private static final Percent[] PERCENT = new Percent[101];

  static {
    for (int i = 0; i <= 100; i++) {
      PERCENT[i] = Percent.of(i);
    }
  }

  private final int projects;
  private final int weeks;
  private final int villagesPerDistrict;

  /** Province codes for the generated kode desa (Kemendagri PP.KK.CC.DDDD, a desa's last part 2xxx). */
  private static final java.util.List<String> PROVINCES = java.util.List.copyOf(id.smartkampung.core.code.Province.all().keySet());
  private final long seed;
  private final LocalDate[] weekDates;
  private final LocalDateTime[] weekTimes;

  /**
   * A generator.
   *
   * @param projects projects per village (1–{@value SyntheticVillage#MAX_PROJECTS})
   * @param weeks weekly reports per project (1–52)
   * @param villagesPerDistrict villages per district (a reused photo comes from the same district)
   * @param seed the seed
   */
  public VillageGenerator(int projects, int weeks, int villagesPerDistrict, long seed) {
    checkArgument(projects >= 1 && projects <= SyntheticVillage.MAX_PROJECTS, "projects per village: 1 to %s", SyntheticVillage.MAX_PROJECTS);
    checkArgument(weeks >= 1 && weeks <= 52, "weekly reports: 1 to 52");
    checkArgument(villagesPerDistrict >= 1, "villages per district: at least 1");
    this.projects = projects;
    this.weeks = weeks;
    this.villagesPerDistrict = villagesPerDistrict;
    this.seed = seed;
    this.weekDates = new LocalDate[weeks];
    this.weekTimes = new LocalDateTime[weeks];
    for (int w = 0; w < weeks; w++) {
      weekDates[w] = YEAR_START.plusWeeks(w);
      weekTimes[w] = weekDates[w].atTime(9, 0);
    }
  }

  /** Projects per village. */
  public int projects() {
    return projects;
  }

  /** Weekly reports per project. */
  public int weeks() {
    return weeks;
  }

  /** Villages per district. */
  public int villagesPerDistrict() {
    return villagesPerDistrict;
  }

  /** The name of district {@code d} (0-based). */
  public static String districtName(int d) {
    return String.format("Kabupaten %04d", d + 1);
  }

  /**
   * A village's synthetic fiscal year.
   *
   * @param finance its budget and officials
   * @param projects its physical projects, project {@code k} on the budget item {@code
   *     finance.projectItems().get(k)}
   * @param reports the weekly reports of each project, in date order
   * @param paidSen what is paid for each project by year end (its AC), in sen
   */
  public record VillageYear(SyntheticVillage finance, ImmutableList<Project> projects, ImmutableList<ImmutableList<ProgressReport>> reports, long[] paidSen) {
    /** The monitored projects, with the given actual cost (sen) per project. */
    public List<MonitoredProject> monitored(long[] actualCostSen) {
      List<MonitoredProject> out = new ArrayList<>(projects.size());
      for (int k = 0; k < projects.size(); k++) {
        out.add(new MonitoredProject(projects.get(k), reports.get(k), Idr.ofSen(actualCostSen[k])));
      }
      return out;
    }

    /** The monitored projects with the planned payments as actual cost (no ledger). */
    public List<MonitoredProject> monitored() {
      return monitored(paidSen);
    }
  }

  /** The village with national index {@code v} (0-based; its district is {@code v / villagesPerDistrict}). */
  public VillageYear village(int v) {
    int district = v / villagesPerDistrict;
    int inDistrict = v % villagesPerDistrict;
    SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + v);
    Village village = Village.of(
        String.format("%s.%02d.%02d.%04d", PROVINCES.get(district / 69 % PROVINCES.size()), district % 69 + 1, inDistrict / 20 % 99 + 1, 2001 + inDistrict % 999),
        "Desa " + (v + 1),
        "Kecamatan " + (inDistrict / 20 + 1),
        districtName(district));
    GeoPoint base = GeoPoint.of(-6.0 - (v % 500) * 0.008, 100.0 + (v / 500) * 0.2);

    long[] bac = new long[projects];
    int[] start = new int[projects];
    int[] duration = new int[projects];
    double[] pace = new double[projects];
    for (int k = 0; k < projects; k++) {
      bac[k] = 20_000_000L + rnd.nextInt(40_000) * 1_000L;
      start[k] = rnd.nextInt(Math.max(1, Math.min(40, weeks - 1)));
      duration[k] = 8 + rnd.nextInt(13);
      pace[k] = 0.6 + rnd.nextDouble() * 0.8;
    }
    SyntheticVillage finance = SyntheticVillage.of(village, bac, 30_000_000L, 12_000_000L, 24_000_000L);

    ImmutableList.Builder<Project> ps = ImmutableList.builderWithExpectedSize(projects);
    ImmutableList.Builder<ImmutableList<ProgressReport>> rs = ImmutableList.builderWithExpectedSize(projects);
    long[] paid = new long[projects];
    for (int k = 0; k < projects; k++) {
      BudgetItemKey item = finance.projectItems().get(k);
      GeoPoint site = base.offsetMeters(0, k * 300.0);
      LocalDate planStart = weekDates[0].plusWeeks(start[k]);
      Project p = Project.builder()
          .id(String.format("P%02d", k + 1))
          .name("Rabat beton jalan " + (k + 1))
          .village(village)
          .fiscalYear(SyntheticVillage.YEAR)
          .allocation(Allocation.of(item.kegiatan(), FundSource.DDS, Idr.of(bac[k])))
          .output(OutputTarget.of("350", "m"))
          .site(Site.point(site))
          .plan(linearPlan(planStart, duration[k]))
          .implementer(Implementer.tpk("TPK " + village.name()))
          .build();
      boolean noBaseline = rnd.nextInt(100) == 0;
      boolean backwards = rnd.nextInt(200) == 0;
      boolean reuses = rnd.nextInt(500) == 0;
      boolean fullyPaid = rnd.nextInt(100) < 3;
      boolean offSite = rnd.nextInt(50) == 0;
      ImmutableList.Builder<ProgressReport> reports = ImmutableList.builderWithExpectedSize(weeks);
      int last = 0;
      for (int w = 0; w < weeks; w++) {
        int pct = w <= start[k] ? 0 : (int) Math.min(100, Math.round(pace[k] * 100.0 * (w - start[k]) / duration[k]));
        if (backwards && w == start[k] + duration[k] / 2 && pct >= 20) {
          pct -= 10;
        }
        GeoPoint where = offSite && rnd.nextInt(5) == 0 ? site.offsetMeters(2_000, 0) : site;
        ImmutableList<Evidence> evidence;
        if (pct == 0 && noBaseline) {
          evidence = ImmutableList.of();
        } else if (reuses && w == start[k] + 2) {
          int neighbour = inDistrict + 1 < villagesPerDistrict ? v + 1 : v - 1;
          evidence = ImmutableList.of(
              Evidence.of(photo(v, k, w), where, 5, weekTimes[w]),
              Evidence.of(photo(Math.max(0, neighbour), k, 3), where, 5, weekTimes[w]));
        } else {
          evidence = ImmutableList.of(Evidence.of(photo(v, k, w), where, 5, weekTimes[w]));
        }
        reports.add(new ProgressReport(weekDates[w], PERCENT[pct], ImmutableSortedMap.of(), null, evidence, "Ketua TPK", null));
        last = pct;
      }
      ps.add(p);
      rs.add(reports.build());
      // paid somewhat behind the physical progress, to the rupiah; or fully paid, finished or not
      paid[k] = fullyPaid ? bac[k] * 100 : bac[k] * last * (90 + rnd.nextInt(11)) / 10_000 * 100;
    }
    return new VillageYear(finance, ps.build(), rs.build(), paid);
  }

  /**
   * The photo of village {@code v}, project {@code k}, week {@code w}: 64 hex digits as random as a
   * real SHA-256 (a SplitMix64 stream seeded by the three numbers), the same for the same three.
   */
  static PhotoHash photo(int v, int k, int w) {
    char[] hex = new char[64];
    long state = ((long) v << 32) ^ ((long) k << 16) ^ w;
    for (int word = 0; word < 4; word++) {
      state += 0x9E3779B97F4A7C15L;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z ^= z >>> 31;
      for (int i = 0; i < 16; i++) {
        hex[word * 16 + i] = Character.forDigit((int) ((z >>> (60 - 4 * i)) & 0xF), 16);
      }
    }
    return new PhotoHash(new String(hex));
  }

  /** A linear weekly plan over {@code weeks} weeks (0, 100/w, …, 100). */
  static PlannedCurve linearPlan(LocalDate start, int weeks) {
    List<Percent> pts = new ArrayList<>(weeks + 1);
    for (int k = 0; k <= weeks; k++) {
      pts.add(Percent.rounded(BigDecimal.valueOf(100L * k).divide(BigDecimal.valueOf(weeks), Percent.SCALE, RoundingMode.HALF_EVEN), RoundingMode.UNNECESSARY));
    }
    return PlannedCurve.ofCumulative(start, 7, pts);
  }
}
