package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.flag.FlagSeverity;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import id.smartkampung.monitoring.testkit.MonitoringArbitraries;
import id.smartkampung.monitoring.testkit.MonitoringScenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The red-flag guarantees of DESIGN §4 as properties of smartkampung's own assessor, over the
 * shipped generators. The shipped contract (run on our assessor by {@code example.audit.VillageMonitoringContractProperties}) states the
 * rules for any system; these add what is specific to ours: severities, the evidence each flag
 * carries, exact sets of flagged reports, and the district roll-up.
 */
class RedFlagProperties {
  private final ProjectAssessor assessor = ProjectAssessor.withDefaults();

  @Provide
  Arbitrary<Tuple2<Project, List<ProgressReport>>> projectsWithSeries() {
    return MonitoringArbitraries.projects().flatMap(p -> MonitoringArbitraries.weeklySeries(p).map(r -> Tuple.of(p, r)));
  }

  @Provide
  Arbitrary<MonitoringScenario> reused() {
    return MonitoringArbitraries.photoReusedAcrossProjects();
  }

  @Provide
  Arbitrary<MonitoringScenario> offSite() {
    return MonitoringArbitraries.evidenceOffSite();
  }

  @Property(tries = 200)
  void fullyPaidButUnfinishedIsAlwaysFlaggedCritical(
      @ForAll("projectsWithSeries") Tuple2<Project, List<ProgressReport>> ps,
      @ForAll @LongRange(min = 0, max = 1_000_000_000) long overpaidSen,
      @ForAll @IntRange(min = 0, max = 400) int daysAfterStart) {
    Project p = ps.get1();
    List<ProgressReport> unfinished = ps.get2().stream()
        .map(r -> r.physical().isComplete() ? ProgressReport.of(r.date(), Percent.of(99), r.reporter()).withEvidence(r.evidence()) : r)
        .toList();
    MonitoredProject mp = MonitoredProject.of(p, unfinished, Idr.ofSen(p.bacSen() + overpaidSen));
    ProjectAssessment a = assessor.assess(mp, p.start().plusDays(daysAfterStart));
    List<RedFlag> f = a.flags(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS);
    assertEquals(1, f.size(), a.flags().toString());
    assertEquals(FlagSeverity.CRITICAL, f.get(0).severity());
  }

  @Property(tries = 100)
  void aPhotoReusedAcrossTwoProjectsIsFlaggedCriticalInBothNamingThePhoto(@ForAll("reused") MonitoringScenario s) {
    Set<PhotoHash> subjectPhotos = photos(s.subject());
    PhotoHash shared = photos(s.others().get(0)).stream().filter(subjectPhotos::contains).findFirst().orElseThrow();
    LocalDate afterAllReports = LocalDate.of(2030, 1, 1);
    for (MonitoredProject mp : s.district()) {
      ProjectAssessment x = assessor.assess(mp, afterAllReports, s.registry());
      assertTrue(
          x.flags(RedFlagCode.PHOTO_REUSED).stream()
              .anyMatch(f -> f.severity() == FlagSeverity.CRITICAL && f.evidence().get("photo").equals(shared.hex())),
          mp.project().id() + ": " + x.flags());
    }
    // and the district roll-up finds it in both
    DistrictRollup d = DistrictRollup.assess("Banyuwangi", afterAllReports, s.district(), assessor);
    assertEquals(2, d.villages().stream().flatMap(v -> v.projects().stream()).filter(x -> x.has(RedFlagCode.PHOTO_REUSED)).count());
  }

  @Property(tries = 100)
  void shiftingAllEvidenceFarFromTheSiteFlagsExactlyEveryReport(@ForAll("offSite") MonitoringScenario s) {
    ProjectAssessment a = assessor.assess(s.subject(), s.date());
    Set<String> flagged = new HashSet<>();
    for (RedFlag f : a.flags(RedFlagCode.PHOTO_OFF_SITE)) {
      assertTrue(flagged.add(f.evidence().get("report")), "one flag per report: " + a.flags());
    }
    assertEquals(s.subject().reports().stream().map(r -> r.date().toString()).collect(Collectors.toSet()), flagged);
    // and unshifted, none is
    assertFalse(assessor.assess(s.control(), s.date()).has(RedFlagCode.PHOTO_OFF_SITE));
  }

  @Property(tries = 200)
  void progressGoingBackwardsIsFlaggedExactlyWhenAReportFallsBelowAnEarlierOne(
      @ForAll("projectsWithSeries") Tuple2<Project, List<ProgressReport>> ps,
      @ForAll @IntRange(min = 0, max = 1000) int pick,
      @ForAll @IntRange(min = 1, max = 30) int drop) {
    List<ProgressReport> r = new ArrayList<>(ps.get2());
    int i = pick % r.size();
    ProgressReport victim = r.get(i);
    Percent lowered = Percent.of(victim.physical().value().subtract(java.math.BigDecimal.valueOf(drop)).max(java.math.BigDecimal.ZERO));
    r.set(i, ProgressReport.of(victim.date(), lowered, victim.reporter()).withEvidence(victim.evidence()));
    // reference model: count reports below the running maximum
    int expected = 0;
    Percent max = null;
    for (ProgressReport x : r) {
      if (max != null && x.physical().isBelow(max)) {
        expected++;
      }
      max = max == null || x.physical().compareTo(max) > 0 ? x.physical() : max;
    }
    Project p = ps.get1();
    ProjectAssessment a = assessor.assess(MonitoredProject.of(p, r, Idr.ZERO), p.start().plusWeeks(60));
    assertEquals(expected, a.flags(RedFlagCode.PROGRESS_BACKWARDS).size());
  }

  private static Set<PhotoHash> photos(MonitoredProject mp) {
    Set<PhotoHash> out = new HashSet<>();
    for (ProgressReport r : mp.reports()) {
      for (Evidence e : r.evidence()) {
        out.add(e.photo());
      }
    }
    return out;
  }
}
