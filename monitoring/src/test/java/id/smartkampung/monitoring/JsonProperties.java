package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.json.ProgressJson;
import id.smartkampung.monitoring.json.ProjectJson;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.site.GeoPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is written can be read back to an equal value. */
class JsonProperties {
  @Provide
  Arbitrary<List<ProgressReport>> reports() {
    Arbitrary<Evidence> evidence = Combinators.combine(
            Arbitraries.longs().between(1, Long.MAX_VALUE),
            Arbitraries.doubles().between(-90, 90),
            Arbitraries.doubles().between(-180, 180),
            Arbitraries.doubles().between(0, 10_000),
            Arbitraries.integers().between(0, 86_399))
        .as((h, lat, lon, acc, sec) -> Evidence.of(Fixtures.hash(h), GeoPoint.of(lat, lon), acc, LocalDate.of(2025, 5, 1).atStartOfDay().plusSeconds(sec)));
    Arbitrary<ProgressReport> report = Combinators.combine(
            Arbitraries.integers().between(0, 364),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(4),
            evidence.list().ofMaxSize(3),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(5000)).ofScale(3).injectNull(0.5),
            Arbitraries.of("Ketua TPK", "Konsultan", "Kasi Pembangunan \"Pak Budi\" ü"))
        .as((day, pct, ev, vol, who) -> {
          ProgressReport r = ProgressReport.of(LocalDate.of(2025, 1, 1).plusDays(day), Percent.of(pct), who).withEvidence(ev);
          return vol == null ? r : r.withMeasuredVolume(vol).verifiedBy(who);
        });
    return report.list().ofMaxSize(20);
  }

  @Property(tries = 200)
  void reportsRoundTrip(@ForAll("reports") List<ProgressReport> reports) {
    Project p = Fixtures.road("r");
    assertEquals(reports, ProgressJson.read(ProgressJson.write(p, reports), p));
  }

  @Property(tries = 100)
  void projectsRoundTrip(@ForAll("reports") List<ProgressReport> ignored) {
    Project p = Fixtures.road("r", Fixtures.KEMIREN, GeoPoint.of(-8.123456789, 114.987654321), 123_456_789, 7);
    assertEquals(p, ProjectJson.read(ProjectJson.write(p)));
    List<GeoPoint> line = new ArrayList<>();
    for (ProgressReport r : ignored) {
      r.evidence().forEach(e -> line.add(e.location()));
    }
    if (line.size() >= 2) {
      Project q = p.withSite(id.smartkampung.monitoring.site.Site.line(line));
      assertEquals(q, ProjectJson.read(ProjectJson.write(q)));
    }
  }

  @Provide
  Arbitrary<Project> engineersProjects() {
    return Arbitraries.oneOf(
        id.smartkampung.monitoring.testkit.MonitoringArbitraries.rabPlanProjects(),
        id.smartkampung.monitoring.testkit.MonitoringArbitraries.addendumProjects(),
        id.smartkampung.monitoring.testkit.MonitoringArbitraries.carriedByDpal().map(sc -> sc.project()));
  }

  /** Engineers' RABs (numbers, non-physical items, unit prices, week loads), addenda and DPALs read back equal. */
  @Property(tries = 200)
  void engineersProjectsRoundTrip(@ForAll("engineersProjects") Project p) {
    // regression: an even schedule given with loads other than 1 came back with loads 1 and compared unequal
    Project q = ProjectJson.read(ProjectJson.write(p));
    assertEquals(p, q);
  }
}
