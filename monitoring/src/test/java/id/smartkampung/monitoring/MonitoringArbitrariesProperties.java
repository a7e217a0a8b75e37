package id.smartkampung.monitoring;

import id.smartkampung.core.money.Idr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.site.GeoPoint;
import id.smartkampung.monitoring.site.Site;
import id.smartkampung.monitoring.testkit.MonitoringArbitraries;
import id.smartkampung.monitoring.testkit.MonitoringCoverage;
import id.smartkampung.monitoring.testkit.MonitoringDomain;
import id.smartkampung.monitoring.testkit.MonitoringScenario.Situation;
import id.smartkampung.monitoring.testkit.MonitoringScenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/**
 * The shipped generators produce what their Javadoc promises: realistic projects, weekly series,
 * evidence on and off site, and cases truly in their named situation (checked here from the inputs
 * alone, with the plan and simple arithmetic — not with the assessor under test). Coverage of every
 * situation is required, not just shown.
 */
@Domain(MonitoringDomain.class)
class MonitoringArbitrariesProperties {
  private static final BigDecimal SEVENTY = BigDecimal.valueOf(70);

  @Property(tries = 300)
  void projectsAreRealistic(@ForAll Project p) {
    long bacRupiah = Idr.toSen(p.bac()) / 100;
    assertTrue(bacRupiah >= 1_000_000 && bacRupiah <= 2_000_000_000L, "BAC Rp" + bacRupiah);
    assertEquals(0, Idr.toSen(p.bac()) % 1_000_000, "BAC is a multiple of Rp10.000");
    assertTrue(p.kegiatan().startsWith("02"), "a pembangunan kegiatan: " + p.kegiatan());
    assertTrue(Set.of("m", "m2", "unit").contains(p.output().unit()));
    assertFalse(p.start().isBefore(LocalDate.of(p.fiscalYear(), 3, 1)));
    assertFalse(p.plannedFinish().isAfter(LocalDate.of(p.fiscalYear(), 12, 24)), p.plan().toString());
    p.plan().rab().ifPresent(rab -> assertEquals(Idr.toSen(p.bac()), Idr.toSen(rab.total()), "the RAB adds up to the BAC"));
    for (GeoPoint g : p.site().points()) {
      assertTrue(g.latitude() > -8.8 && g.latitude() < -7.8 && g.longitude() > 113.85 && g.longitude() < 114.45, "in Banyuwangi: " + g);
    }
  }

  @Property(tries = 200)
  void plannedCurvesRiseFromZeroToHundred(@ForAll PlannedCurve c) {
    assertTrue(c.cumulative().get(0).isZero());
    assertTrue(c.cumulative().get(c.periods()).isComplete());
    for (int i = 1; i <= c.periods(); i++) {
      assertFalse(c.cumulative().get(i).isBelow(c.cumulative().get(i - 1)));
    }
  }

  @Provide
  Arbitrary<Tuple2<Project, List<ProgressReport>>> series() {
    return MonitoringArbitraries.projects().flatMap(p -> MonitoringArbitraries.weeklySeries(p).map(r -> Tuple.of(p, r)));
  }

  @Provide
  Arbitrary<Tuple2<Project, List<ProgressReport>>> regressions() {
    return MonitoringArbitraries.projects().flatMap(p -> MonitoringArbitraries.seriesWithRegression(p).map(r -> Tuple.of(p, r)));
  }

  @Property(tries = 200)
  void weeklySeriesAreMonotoneWeeklyAndOnSite(@ForAll("series") Tuple2<Project, List<ProgressReport>> ps) {
    Project p = ps.get1();
    List<ProgressReport> r = ps.get2();
    assertTrue(r.get(0).physical().isZero() && r.get(0).hasPhoto(), "a 0% baseline report with a photo");
    for (int i = 0; i < r.size(); i++) {
      assertEquals(p.start().plusWeeks(i), r.get(i).date());
      assertTrue(i == 0 || !r.get(i).physical().isBelow(r.get(i - 1).physical()), "monotone at " + i);
      for (Evidence e : r.get(i).evidence()) {
        assertTrue(p.site().distanceMeters(e.location()) <= 35, "on site: " + p.site().distanceMeters(e.location()));
      }
    }
    assertEquals(drops(r), 0);
  }

  @Property(tries = 200)
  void seriesWithRegressionHaveExactlyOneDrop(@ForAll("regressions") Tuple2<Project, List<ProgressReport>> ps) {
    assertEquals(1, drops(ps.get2()));
  }

  @Provide
  Arbitrary<Tuple2<Site, Evidence>> onSite() {
    return MonitoringArbitraries.sites().flatMap(s -> MonitoringArbitraries.evidenceOnSite(s).map(e -> Tuple.of(s, e)));
  }

  @Provide
  Arbitrary<Tuple2<Site, Evidence>> offSite() {
    return MonitoringArbitraries.sites().flatMap(s -> MonitoringArbitraries.evidenceOffSite(s).map(e -> Tuple.of(s, e)));
  }

  @Property(tries = 200)
  void evidenceOnSiteIsWithinThirtyFiveMetres(@ForAll("onSite") Tuple2<Site, Evidence> se) {
    assertTrue(se.get1().distanceMeters(se.get2().location()) <= 35);
  }

  @Property(tries = 200)
  void evidenceOffSiteIsAtLeastAKilometreAway(@ForAll("offSite") Tuple2<Site, Evidence> se) {
    assertTrue(se.get1().distanceMeters(se.get2().location()) >= 990, "distance " + se.get1().distanceMeters(se.get2().location()));
  }

  /** Each situation holds by its definition, computed from the inputs; every situation is covered. */
  @Property(tries = 500)
  void casesAreInTheirSituation(@ForAll MonitoringScenario s) {
    MonitoringCoverage.collect(s);
    Statistics.label("situation").coverage(c -> {
      for (Situation x : Situation.values()) {
        // every situation is generated, none rare: at 500 tries a share of about 6 % has a standard
        // error of about 1.1 points, so a 4 % floor failed in about one run in ten (seen at 3.6 % and
        // 3.8 %); 1.5 % (at least 7 of 500) is still "covered" and fails only on a broken generator
        c.check(x).percentage(p -> p >= 1.5);
      }
    });
    MonitoredProject m = s.subject();
    Project p = s.project();
    assertEquals(s.date(), m.reports().get(m.reports().size() - 1).date(), "assessed at the last report");
    BigDecimal planned = p.plan().plannedAt(s.date()).value();
    Percent actual = m.reports().get(m.reports().size() - 1).physical();
    BigDecimal behind = planned.subtract(actual.value());
    BigDecimal limit = planned.compareTo(SEVENTY) > 0 ? BigDecimal.valueOf(5) : BigDecimal.TEN;
    boolean faultFree = s.subject().equals(s.control());
    switch (s.situation()) {
      case ON_TRACK -> {
        assertTrue(faultFree && behind.signum() <= 0, s.toString());
        assertTrue(Idr.toSen(m.actualCost()) <= share(p, actual) + 100, "paid no more than built");
        assertClean(m);
      }
      case BEHIND -> assertTrue(behind.signum() > 0 && behind.compareTo(limit) < 0, s + " behind " + behind);
      case KONTRAK_KRITIS -> assertTrue(behind.compareTo(limit) > 0, s + " behind " + behind);
      case RUNNING_PAST_YEAR_END -> {
        assertTrue(p.plannedFinish().isAfter(p.fiscalYearEnd()), "the plan crosses the year end: " + p.plan());
        assertTrue(planned.compareTo(SEVENTY) > 0 && behind.compareTo(BigDecimal.valueOf(5)) < 0
            && behind.compareTo(BigDecimal.valueOf(-3)) >= 0, s + " planned " + planned + ", behind " + behind);
      }
      case NEAR_THRESHOLD -> assertTrue(faultFree && behind.compareTo(BigDecimal.valueOf(16)) < 0, s.toString());
      case FULLY_PAID_UNFINISHED -> {
        assertTrue(Idr.toSen(m.actualCost()) >= Idr.toSen(p.bac()) && !actual.isComplete(), s.toString());
        assertTrue(Idr.toSen(s.control().actualCost()) < Idr.toSen(p.bac()));
      }
      case PHOTO_REUSED_ACROSS_PROJECTS -> {
        Set<PhotoHash> others = photos(s.others().get(0));
        assertTrue(photos(m).stream().anyMatch(others::contains), "shares a photo");
        assertTrue(photos(s.control()).stream().noneMatch(others::contains), "the control shares none");
        assertClean(s.control());
      }
      case EVIDENCE_OFF_SITE -> {
        m.reports().forEach(r -> r.evidence().forEach(e -> assertTrue(p.site().distanceMeters(e.location()) > 990)));
        assertClean(s.control());
      }
      case VOLUME_SHORTFALL -> {
        BigDecimal measured = m.reports().get(m.reports().size() - 1).measuredVolume();
        assertTrue(actual.isComplete() && measured.compareTo(p.output().volume().multiply(new BigDecimal("0.98"))) < 0, s.toString());
        assertEquals(p.output().volume(), s.control().reports().get(m.reports().size() - 1).measuredVolume());
      }
      case UNVERIFIED_REPORT -> {
        assertTrue(m.reports().stream().anyMatch(r -> !r.isVerifiedOn(s.date()) && ChronoUnit.DAYS.between(r.date(), s.date()) > 14), s.toString());
        assertTrue(s.control().reports().stream().allMatch(r -> r.isVerified() && ChronoUnit.DAYS.between(r.date(), r.verification().on()) < 7));
        assertClean(m);
      }
      case ESCALATION -> {
        assertEquals(id.smartkampung.monitoring.project.Implementer.Kind.CONTRACTOR, p.implementer().kind());
        assertTrue(behind.compareTo(BigDecimal.TEN) > 0 && !m.escalation().isEmpty() && s.control().escalation().isEmpty(), s.toString());
      }
      case FUNDS_DRAWN_AHEAD -> assertTrue(!m.funds().equals(id.smartkampung.monitoring.assessment.FundsDrawn.none())
          && s.control().funds().equals(id.smartkampung.monitoring.assessment.FundsDrawn.none()), s.toString());
      case PROGRESS_BACKWARDS -> {
        assertEquals(1, drops(m.reports()));
        assertClean(s.control());
      }
    }
  }

  /** Weekly from the start, a 0 % baseline photo, monotone, every photo on site and unique. */
  private static void assertClean(MonitoredProject m) {
    List<ProgressReport> r = m.reports();
    assertTrue(r.get(0).physical().isZero() && r.get(0).hasPhoto());
    assertEquals(0, drops(r));
    Set<PhotoHash> seen = new HashSet<>();
    for (int i = 0; i < r.size(); i++) {
      assertEquals(7 * i, ChronoUnit.DAYS.between(m.project().start(), r.get(i).date()));
      for (Evidence e : r.get(i).evidence()) {
        assertTrue(seen.add(e.photo()), "unique photo");
        assertTrue(m.project().site().distanceMeters(e.location()) <= 35);
      }
    }
  }

  private static int drops(List<ProgressReport> r) {
    int n = 0;
    for (int i = 1; i < r.size(); i++) {
      if (r.get(i).physical().isBelow(r.get(i - 1).physical())) {
        n++;
      }
    }
    return n;
  }

  private static long share(Project p, Percent actual) {
    return BigDecimal.valueOf(Idr.toSen(p.bac())).multiply(actual.value()).movePointLeft(2).longValue();
  }

  private static Set<PhotoHash> photos(MonitoredProject mp) {
    Set<PhotoHash> out = new HashSet<>();
    mp.reports().forEach(r -> r.evidence().forEach(e -> out.add(e.photo())));
    return out;
  }
}
