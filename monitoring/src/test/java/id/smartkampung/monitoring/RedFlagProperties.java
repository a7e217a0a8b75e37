package id.smartkampung.monitoring;

import static id.smartkampung.monitoring.Fixtures.SITE;
import static id.smartkampung.monitoring.Fixtures.START;
import static id.smartkampung.monitoring.Fixtures.hash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.Village;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoRegistry;
import id.smartkampung.monitoring.flag.FlagSeverity;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import id.smartkampung.monitoring.site.GeoPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The red-flag guarantees of DESIGN §4 as properties over generated projects and report series. */
class RedFlagProperties {
  private final ProjectAssessor assessor = ProjectAssessor.withDefaults();

  /** A series of weekly reports (non-decreasing progress below 100 % unless complete) with on-site photos. */
  @Provide
  Arbitrary<List<ProgressReport>> series() {
    return Arbitraries.integers().between(0, 15).list().ofMinSize(1).ofMaxSize(30)
        .flatMap(steps -> Arbitraries.longs().between(1, Long.MAX_VALUE / 2).map(seed -> {
          List<ProgressReport> out = new ArrayList<>();
          int pct = 0;
          for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
              pct = Math.min(100, pct + steps.get(i));
            }
            out.add(Fixtures.report(START.plusWeeks(i), pct, hash(seed + i), SITE));
          }
          return out;
        }));
  }

  @Provide
  Arbitrary<Project> projects() {
    return Combinators.combine(
            Arbitraries.longs().between(10_000_000, 2_000_000_000),
            Arbitraries.integers().between(4, 30),
            Arbitraries.doubles().between(-10, 5).ofScale(4),
            Arbitraries.doubles().between(95, 141).ofScale(4))
        .as((bac, weeks, lat, lon) -> Fixtures.road("p", Fixtures.KEMIREN, GeoPoint.of(lat, lon), bac, weeks));
  }

  @Property(tries = 200)
  void fullyPaidButUnfinishedIsAlwaysFlagged(
      @ForAll("projects") Project p,
      @ForAll("series") List<ProgressReport> reports,
      @ForAll @LongRange(min = 0, max = 1_000_000_000) long overpaidSen,
      @ForAll @IntRange(min = 0, max = 400) int daysAfterStart) {
    List<ProgressReport> unfinished = reports.stream()
        .map(r -> r.physical().isComplete() ? ProgressReport.of(r.date(), Percent.of(99), r.reporter()).withEvidence(r.evidence()) : r)
        .toList();
    MonitoredProject mp = MonitoredProject.of(p, unfinished, Idr.ofSen(p.bacSen() + overpaidSen));
    ProjectAssessment a = assessor.assess(mp, START.plusDays(daysAfterStart));
    List<RedFlag> f = a.flags(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS);
    assertEquals(1, f.size(), a.flags().toString());
    assertEquals(FlagSeverity.CRITICAL, f.get(0).severity());
  }

  @Property(tries = 100)
  void aPhotoReusedAcrossTwoProjectsIsAlwaysFlaggedInBoth(
      @ForAll("series") List<ProgressReport> a,
      @ForAll("series") List<ProgressReport> b,
      @ForAll @IntRange(min = 0, max = 1000) int pickA,
      @ForAll @IntRange(min = 0, max = 1000) int pickB,
      @ForAll boolean sameVillage) {
    Village other = sameVillage ? Fixtures.KEMIREN : Village.of("35.10.16.2004", "Olehsari", "Glagah", "Banyuwangi");
    Project pa = Fixtures.road("a");
    Project pb = Fixtures.road("b", other, SITE, 70_000_000, 12);
    // project b gets fresh hashes, then one report of b carries a photo of a report of a
    List<ProgressReport> bFresh = new ArrayList<>();
    for (int i = 0; i < b.size(); i++) {
      bFresh.add(b.get(i).withEvidence(List.of(Evidence.of(hash(Long.MAX_VALUE - i), SITE, 5, b.get(i).date().atStartOfDay()))));
    }
    ProgressReport source = a.get(pickA % a.size());
    int target = pickB % bFresh.size();
    bFresh.set(target, bFresh.get(target).plusEvidence(source.evidence().get(0)));
    MonitoredProject ma = MonitoredProject.of(pa, a, Idr.ZERO);
    MonitoredProject mb = MonitoredProject.of(pb, bFresh, Idr.ZERO);
    LocalDate date = START.plusWeeks(60); // after every report
    PhotoRegistry registry = MonitoredProject.photoRegistry(List.of(ma, mb));
    for (MonitoredProject mp : List.of(ma, mb)) {
      ProjectAssessment x = assessor.assess(mp, date, registry);
      assertTrue(
          x.flags(RedFlagCode.PHOTO_REUSED).stream()
              .anyMatch(f -> f.severity() == FlagSeverity.CRITICAL && f.evidence().get("photo").equals(source.evidence().get(0).photo().hex())),
          mp.project().id() + ": " + x.flags());
    }
    // and the district roll-up finds it too
    DistrictRollup d = DistrictRollup.assess("Banyuwangi", date, List.of(ma, mb), assessor);
    assertEquals(2, d.villages().stream().flatMap(v -> v.projects().stream()).filter(x -> x.has(RedFlagCode.PHOTO_REUSED)).count());
  }

  @Property(tries = 100)
  void shiftingAllEvidenceFarFromTheSiteFlagsEveryReport(
      @ForAll("projects") Project p,
      @ForAll("series") List<ProgressReport> reports,
      @ForAll @DoubleRange(min = 0, max = 360) double bearing,
      @ForAll @DoubleRange(min = 0, max = 50) double accuracy) {
    // farther than max(50, 2 × accuracy) = at most 100 m: shift by 1–20 km
    double km = 1 + (bearing % 19);
    double north = Math.cos(Math.toRadians(bearing)) * km * 1000;
    double east = Math.sin(Math.toRadians(bearing)) * km * 1000;
    List<ProgressReport> shifted = reports.stream()
        .map(r -> r.withEvidence(r.evidence().stream()
            .map(e -> Evidence.of(e.photo(), p.site().points().get(0).offsetMeters(north, east), accuracy, e.capturedAt()))
            .toList()))
        .toList();
    ProjectAssessment a = assessor.assess(MonitoredProject.of(p, shifted, Idr.ZERO), START.plusWeeks(60));
    Set<String> flagged = new HashSet<>();
    for (RedFlag f : a.flags(RedFlagCode.PHOTO_OFF_SITE)) {
      flagged.add(f.evidence().get("report"));
    }
    Set<String> all = new HashSet<>();
    shifted.forEach(r -> all.add(r.date().toString()));
    assertEquals(all, flagged);
    // and unshifted, none is
    assertTrue(assessor.assess(MonitoredProject.of(p, reports.stream()
        .map(r -> r.withEvidence(r.evidence().stream().map(e -> e.withLocation(p.site().points().get(0))).toList())).toList(), Idr.ZERO),
        START.plusWeeks(60)).flags(RedFlagCode.PHOTO_OFF_SITE).isEmpty());
  }

  @Property(tries = 200)
  void progressGoingBackwardsIsFlaggedExactlyWhenAReportFallsBelowAnEarlierOne(
      @ForAll("series") List<ProgressReport> reports, @ForAll @IntRange(min = 0, max = 1000) int pick, @ForAll @IntRange(min = 1, max = 30) int drop) {
    List<ProgressReport> r = new ArrayList<>(reports);
    int i = pick % r.size();
    ProgressReport victim = r.get(i);
    int lowered = Math.max(0, victim.physical().value().intValue() - drop);
    r.set(i, ProgressReport.of(victim.date(), Percent.of(lowered), victim.reporter()).withEvidence(victim.evidence()));
    // reference model: count reports below the running maximum
    int expected = 0;
    int max = -1;
    for (ProgressReport x : r) {
      int v = x.physical().value().intValue();
      if (v < max) {
        expected++;
      }
      max = Math.max(max, v);
    }
    ProjectAssessment a = assessor.assess(MonitoredProject.of(Fixtures.road("x"), r, Idr.ZERO), START.plusWeeks(60));
    assertEquals(expected, a.flags(RedFlagCode.PROGRESS_BACKWARDS).size());
  }
}
