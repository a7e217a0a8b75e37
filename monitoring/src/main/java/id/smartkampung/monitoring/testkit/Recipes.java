package id.smartkampung.monitoring.testkit;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.plan.Rab;
import id.smartkampung.monitoring.plan.RabItem;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Allocation;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.project.OutputTarget;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.project.UnitCostBenchmark;
import id.smartkampung.monitoring.site.GeoPoint;
import id.smartkampung.monitoring.site.Site;
import id.smartkampung.monitoring.testkit.Places.Place;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic construction of projects and report series from generated parameters — the
 * "recipes" behind {@link MonitoringArbitraries}. jqwik generates and shrinks the parameters that
 * shape a case (volume, price, weeks, deviation…); cosmetic detail (where exactly a photo was taken,
 * at what minute) comes from a {@link SplittableRandom} seeded by a generated salt, so a shrunk case
 * is still a valid, realistic one. Package-private.
 */
final class Recipes {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Photos are taken within this distance of the site: inside the default 50 m radius. */
  static final double ON_SITE_MAX_METERS = 30;

  private Recipes() {}

  /** The generated parameters of a project. */
  record ProjectRecipe(
      Place place,
      WorkType type,
      int volumePermille,
      int pricePermille,
      int fiscalYear,
      int startWeek,
      int weeks,
      int planShape,
      int seq,
      boolean contractor,
      int benchmarkPercent,
      long salt) {

    Project build() {
      SplittableRandom rnd = new SplittableRandom(salt);
      BigDecimal volume = BigDecimal.valueOf(type.minVolume + (long) (type.maxVolume - type.minVolume) * volumePermille / 1000);
      long unitPrice = type.minUnitPriceRupiah + (type.maxUnitPriceRupiah - type.minUnitPriceRupiah) * pricePermille / 1000;
      // BAC rounded to Rp10.000, i.e. a multiple of 1 000 000 sen: shares of it with 4-decimal
      // percentages are then whole sen
      long bacRupiah = Math.max(10_000, volume.longValueExact() * unitPrice / 10_000 * 10_000);
      long bacSen = bacRupiah * 100;
      LocalDate start = LocalDate.of(fiscalYear, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(startWeek);
      int maxWeeks = (int) (java.time.temporal.ChronoUnit.DAYS.between(start, LocalDate.of(fiscalYear, 12, 24)) / 7);
      int n = Math.max(2, Math.min(weeks, maxWeeks));
      PlannedCurve plan = planShape == 0 ? PlannedCurve.fromRab(start, rab(type, bacSen, n, volume, rnd)) : sCurve(start, n, planShape);
      String id = fiscalYear + "-" + type.kegiatan + "-" + (seq < 10 ? "0" : "") + seq;
      Allocation allocation = rnd.nextInt(4) == 0
          ? Allocation.of(type.kegiatan, Map.of(FundSource.DDS, Idr.ofSen(bacSen / 1_000_000 * 800_000), FundSource.ADD,
              Idr.ofSen(bacSen - bacSen / 1_000_000 * 800_000)))
          : Allocation.of(type.kegiatan, FundSource.DDS, Idr.ofSen(bacSen));
      Project.Builder b = Project.builder()
          .id(id)
          .name(type.label + " Dusun " + DUSUN.get(rnd.nextInt(DUSUN.size())) + ", " + place.village().name())
          .village(place.village())
          .fiscalYear(fiscalYear)
          .allocation(allocation)
          .output(OutputTarget.of(volume, type.unit))
          .site(site(place.centre(), type, volume, rnd))
          .plan(plan)
          .implementer(contractor ? Implementer.contractor("CV " + DUSUN.get(rnd.nextInt(DUSUN.size())) + " Karya")
              : Implementer.tpk("TPK Desa " + place.village().name()));
      if (benchmarkPercent > 0) {
        b.benchmark(UnitCostBenchmark.of(Idr.of(unitPrice * benchmarkPercent / 100), "HSPK Banyuwangi " + fiscalYear));
      }
      return b.build();
    }
  }

  private static final List<String> DUSUN = List.of("Krajan", "Sukosari", "Kedungrejo", "Sumberwaru", "Tegalrejo", "Kampung Baru");

  /** A RAB of the work type's items, jittered, summing exactly to {@code bacSen}, over {@code n} weeks. */
  static Rab rab(WorkType type, long bacSen, int n, BigDecimal volume, SplittableRandom rnd) {
    List<WorkType.ItemTemplate> t = type.rab;
    long[] w = new long[t.size()];
    long sum = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.max(1, Math.round(t.get(i).weight() * 100 * (0.6 + 0.8 * rnd.nextDouble())));
      sum += w[i];
    }
    List<RabItem> items = new ArrayList<>();
    long allotted = 0;
    int mainIndex = -1;
    long[] cost = new long[w.length];
    for (int i = 0; i < w.length; i++) {
      cost[i] = bacSen * w[i] / sum / 100 * 100; // whole rupiah
      allotted += cost[i];
      if (t.get(i).main()) {
        mainIndex = i;
      }
    }
    cost[mainIndex] += bacSen - allotted;
    for (int i = 0; i < w.length; i++) {
      WorkType.ItemTemplate it = t.get(i);
      int start = Math.min(n - 1, (int) Math.floor(it.startShare() * n));
      int weeks = Math.max(1, (int) Math.round(it.durationShare() * n));
      if (i == w.length - 1) {
        weeks = n - start; // the last item ends the plan
      }
      weeks = Math.min(weeks, n - start);
      RabItem item = new RabItem(it.name(), Idr.ofSen(cost[i]), start, weeks, null, "");
      items.add(it.main() ? item.withVolume(volume, type.unit) : item);
    }
    return Rab.of(items);
  }

  /** A weekly S-curve: shape 1 linear, 2 to 4 increasingly steep S (x^a / (x^a + (1-x)^a)). */
  static PlannedCurve sCurve(LocalDate start, int n, int shape) {
    double a = switch (shape) {
      case 1 -> 1.0;
      case 2 -> 1.5;
      case 3 -> 2.0;
      default -> 3.0;
    };
    List<Percent> pts = new ArrayList<>(n + 1);
    for (int k = 0; k <= n; k++) {
      double x = (double) k / n;
      double f = Math.pow(x, a) / (Math.pow(x, a) + Math.pow(1 - x, a));
      pts.add(k == n ? Percent.HUNDRED : Percent.rounded(BigDecimal.valueOf(100 * f), RoundingMode.HALF_EVEN));
    }
    return PlannedCurve.ofCumulative(start, 7, pts);
  }

  /** A point site, or for linear works a surveyed line of 2–5 points about as long as the output. */
  static Site site(GeoPoint centre, WorkType type, BigDecimal volume, SplittableRandom rnd) {
    GeoPoint first = centre.offsetMeters(rnd.nextDouble(-1500, 1500), rnd.nextDouble(-1500, 1500));
    if (!type.lineSite) {
      return Site.point(first);
    }
    double length = Math.min(1000, "m2".equals(type.unit) ? volume.doubleValue() / 3 : volume.doubleValue());
    int points = 2 + rnd.nextInt(4);
    double heading = rnd.nextDouble(0, 2 * Math.PI);
    List<GeoPoint> line = new ArrayList<>(points);
    line.add(first);
    GeoPoint at = first;
    for (int i = 1; i < points; i++) {
      heading += rnd.nextDouble(-0.6, 0.6);
      double step = length / (points - 1);
      at = at.offsetMeters(Math.cos(heading) * step, Math.sin(heading) * step);
      line.add(at);
    }
    return Site.line(line);
  }

  /** A point on the site, then up to {@link #ON_SITE_MAX_METERS} from it. */
  static GeoPoint onSite(Site site, SplittableRandom rnd) {
    ImmutableList<GeoPoint> pts = site.points();
    int i = rnd.nextInt(pts.size());
    GeoPoint base = pts.get(i);
    if (i + 1 < pts.size()) {
      GeoPoint next = pts.get(i + 1);
      double t = rnd.nextDouble();
      base = GeoPoint.of(base.latitude() + t * (next.latitude() - base.latitude()),
          base.longitude() + t * (next.longitude() - base.longitude()));
    }
    double r = rnd.nextDouble(0, ON_SITE_MAX_METERS);
    double b = rnd.nextDouble(0, 2 * Math.PI);
    return base.offsetMeters(Math.cos(b) * r, Math.sin(b) * r);
  }

  /** A SHA-256 of a synthetic photo named by the parts: distinct parts, distinct hashes. */
  static PhotoHash photo(Object... parts) {
    StringBuilder s = new StringBuilder("smartkampung-audit-photo");
    for (Object p : parts) {
      s.append('|').append(p);
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
      return new PhotoHash(HexFormat.of().formatHex(d));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Weekly reports at the end of weeks 0 … {@code actual.length − 1} from the project's start, with
   * the given cumulative progress; each carries 1–3 photos taken on site (week 0 is the 0 % baseline
   * photo) and is verified within a week of its date, the 100 % reports carry {@code measuredAtCompletion}.
   */
  static ImmutableList<ProgressReport> weeklyReports(Project p, BigDecimal[] actual, BigDecimal measuredAtCompletion, long salt) {
    SplittableRandom rnd = new SplittableRandom(salt ^ 0x5DEECE66DL);
    ImmutableList.Builder<ProgressReport> out = ImmutableList.builderWithExpectedSize(actual.length);
    String reporter = p.implementer().kind() == Implementer.Kind.TPK_SWAKELOLA ? "Ketua " + p.implementer().name() : "Pelaksana " + p.implementer().name();
    for (int k = 0; k < actual.length; k++) {
      LocalDate date = p.start().plusWeeks(k);
      ProgressReport r = ProgressReport.of(date, percent(actual[k]), reporter);
      int photos = 1 + rnd.nextInt(3);
      for (int j = 0; j < photos; j++) {
        r = r.plusEvidence(Evidence.of(
            photo(p.village().code(), p.id(), k, j, salt),
            onSite(p.site(), rnd),
            3 + rnd.nextInt(13),
            date.atTime(7, 0).plusMinutes(rnd.nextInt(9 * 60))));
      }
      if (r.physical().isComplete()) {
        r = r.withMeasuredVolume(measuredAtCompletion);
      }
      // verified by the Kasi within a week of the report (DESIGN §4: reporter and verification)
      r = r.verifiedBy("Kasi Kesejahteraan Desa " + p.village().name(), date.plusDays(rnd.nextInt(7)));
      out.add(r);
    }
    return out.build();
  }

  /** A percentage from a decimal with at most 4 places, clamped to 0–100. */
  static Percent percent(BigDecimal v) {
    return Percent.of(v.max(BigDecimal.ZERO).min(HUNDRED));
  }

  /** The plan's cumulative % at the end of week k (100 after the last). */
  static BigDecimal planned(Project p, int k) {
    List<Percent> c = p.plan().cumulative();
    return k >= c.size() ? HUNDRED : c.get(k).value();
  }

  /** The project's BAC in sen. */
  static long bacSen(Project p) {
    return Idr.toSen(p.bac());
  }

  /** {@code bacSen × percent / 100}, rounded half-up to the rupiah. */
  static long share(long bacSen, BigDecimal percent) {
    return BigDecimal.valueOf(bacSen).multiply(percent).divide(HUNDRED.multiply(HUNDRED), 0, RoundingMode.HALF_UP).longValueExact() * 100;
  }
}
