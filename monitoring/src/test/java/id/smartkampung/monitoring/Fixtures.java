package id.smartkampung.monitoring;

import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Shared test data: a village in Banyuwangi, a road project, reports with on-site photos. */
public final class Fixtures {
  public static final Village KEMIREN = Village.of("35.10.16.2003", "Kemiren", "Glagah", "Banyuwangi");
  public static final GeoPoint SITE = GeoPoint.of(-8.2105, 114.3302);
  public static final LocalDate START = LocalDate.of(2025, 3, 3);
  public static final KegiatanCode JALAN = KegiatanCode.parse("02.03.10");

  private Fixtures() {}

  /** A linear weekly plan over {@code weeks} weeks (0, 100/w, …, 100). */
  public static PlannedCurve linearPlan(LocalDate start, int weeks) {
    List<Percent> pts = new ArrayList<>();
    for (int k = 0; k <= weeks; k++) {
      pts.add(Percent.rounded(BigDecimal.valueOf(100L * k).divide(BigDecimal.valueOf(weeks), 4, java.math.RoundingMode.HALF_EVEN), java.math.RoundingMode.UNNECESSARY));
    }
    return PlannedCurve.ofCumulative(start, 7, pts);
  }

  /** A 350 m rabat beton road of Rp100.000.000 from Dana Desa, planned linearly over 10 weeks. */
  public static Project road(String id) {
    return road(id, KEMIREN, SITE, 100_000_000L, 10);
  }

  public static Project road(String id, Village village, GeoPoint site, long bacRupiah, int weeks) {
    return Project.builder()
        .id(id)
        .name("Rabat beton jalan " + id)
        .village(village)
        .fiscalYear(2025)
        .allocation(Allocation.of(JALAN, FundSource.DDS, Idr.of(bacRupiah)))
        .output(OutputTarget.of("350", "m"))
        .site(Site.point(site))
        .plan(linearPlan(START, weeks))
        .implementer(Implementer.tpk("TPK " + village.name()))
        .build();
  }

  /** A photo hash made from a number. */
  public static PhotoHash hash(long n) {
    String h = Long.toHexString(n);
    return new PhotoHash("0".repeat(64 - h.length()) + h);
  }

  /** A report at {@code date} with {@code percent} and one photo taken at {@code where}, verified the same day. */
  public static ProgressReport report(LocalDate date, long percent, PhotoHash photo, GeoPoint where) {
    return ProgressReport.of(date, Percent.of(percent), "Ketua TPK")
        .plusEvidence(Evidence.of(photo, where, 5, date.atTime(9, 0)))
        .verifiedBy("Kasi Pembangunan");
  }

  /** A report with a photo on site. */
  public static ProgressReport report(LocalDate date, long percent, long photo) {
    return report(date, percent, hash(photo), SITE);
  }
}
