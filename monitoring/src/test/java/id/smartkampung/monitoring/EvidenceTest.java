package id.smartkampung.monitoring;

import static id.smartkampung.monitoring.Fixtures.START;
import static id.smartkampung.monitoring.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.Village;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.evidence.PhotoRegistry;
import id.smartkampung.monitoring.flag.FlagSeverity;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Photo evidence as a district monitor and the Inspektorat read it (issue 18; DESIGN §4: photos at
 * 0 %, 50 % and 100 % from fixed points, a report with its reporter and verification). A photo is
 * evidence of the first report that shows it; a later report showing the same file is the copy
 * (the classic fictitious-progress pattern), and a report nobody has verified for weeks is one
 * nobody has checked.
 */
class EvidenceTest {
  private final ProjectAssessor assessor = ProjectAssessor.withDefaults();
  private static final Village OLEHSARI = Village.of("35.10.16.2004", "Olehsari", "Glagah", "Banyuwangi");
  private static final Village GLAGAH = Village.of("35.10.16.2005", "Glagah", "Glagah", "Banyuwangi");

  private static MonitoredProject project(Project p, ProgressReport... reports) {
    return MonitoredProject.of(p, List.of(reports), Idr.ZERO);
  }

  @Test
  void withinAProjectOnlyTheLaterReportIsTheCopy() {
    LocalDate w1 = START.plusWeeks(1);
    MonitoredProject mp = project(Fixtures.road("jalan-1"), report(START, 0, 7).verifiedBy("Kasi"), report(w1, 10, 7).verifiedBy("Kasi"));
    List<RedFlag> f = assessor.assess(mp, w1).flags(RedFlagCode.PHOTO_REUSED);
    assertEquals(1, f.size(), f::toString);
    assertEquals(FlagSeverity.HIGH, f.get(0).severity());
    assertEquals(w1.toString(), f.get(0).evidence().get("report"));
    assertEquals("35.10.16.2003/jalan-1@" + START, f.get(0).evidence().get("original"));
  }

  @Test
  void acrossVillagesTheOriginalIsNotFlaggedAndTheCopyIsCritical() {
    MonitoredProject theirs = project(Fixtures.road("jalan-9", OLEHSARI, Fixtures.SITE, 50_000_000, 8), report(START, 0, 42));
    MonitoredProject mine = project(Fixtures.road("jalan-1"), report(START, 0, 1), report(START.plusWeeks(1), 10, 42));
    PhotoRegistry registry = MonitoredProject.photoRegistry(List.of(mine, theirs));
    RedFlag copy = assessor.assess(mine, START.plusWeeks(1), registry).flags(RedFlagCode.PHOTO_REUSED).get(0);
    assertEquals(FlagSeverity.CRITICAL, copy.severity());
    assertEquals("35.10.16.2004/jalan-9@" + START, copy.evidence().get("original"));
    assertFalse(assessor.assess(theirs, START.plusWeeks(1), registry).has(RedFlagCode.PHOTO_REUSED), "the original is not a copy");
  }

  @Test
  void theRegistryIgnoresPhotosDatedAfterTheAssessmentDate() {
    MonitoredProject first = project(Fixtures.road("jalan-9", OLEHSARI, Fixtures.SITE, 50_000_000, 8), report(START, 0, 42));
    MonitoredProject second = project(Fixtures.road("jalan-1"), report(START, 0, 1), report(START.plusWeeks(1), 10, 42));
    MonitoredProject third = project(Fixtures.road("jalan-5", GLAGAH, Fixtures.SITE, 50_000_000, 8), report(START.plusWeeks(5), 0, 42));
    PhotoRegistry registry = MonitoredProject.photoRegistry(List.of(first, second, third));
    RedFlag f = assessor.assess(second, START.plusWeeks(2), registry).flags(RedFlagCode.PHOTO_REUSED).get(0);
    assertEquals("35.10.16.2004/jalan-9", f.evidence().get("alsoIn"), "the third use, of week 5, is not known in week 2");
    assertEquals(1, registry.usesElsewhere(Fixtures.hash(42), "35.10.16.2003", second.project().id(), START.plusWeeks(2)).size());
    assertEquals(2, registry.usesElsewhere(Fixtures.hash(42), "35.10.16.2003", second.project().id(), START.plusWeeks(5)).size());
    // the first use is never a copy, whatever came later
    assertFalse(assessor.assess(first, START.plusWeeks(9), registry).has(RedFlagCode.PHOTO_REUSED));
  }

  @Test
  void twoProjectsShowingOnePhotoOnTheSameDateAreBothFlagged() {
    MonitoredProject a = project(Fixtures.road("jalan-9", OLEHSARI, Fixtures.SITE, 50_000_000, 8), report(START, 0, 42));
    MonitoredProject b = project(Fixtures.road("jalan-1"), report(START, 0, 42));
    PhotoRegistry registry = MonitoredProject.photoRegistry(List.of(a, b));
    assertTrue(assessor.assess(a, START, registry).has(RedFlagCode.PHOTO_REUSED));
    assertTrue(assessor.assess(b, START, registry).has(RedFlagCode.PHOTO_REUSED));
  }

  @Test
  void aReportUnverifiedForMoreThanTwoWeeksIsFlagged() {
    Project road = Fixtures.road("jalan-1");
    ProgressReport baseline = report(START, 0, 1).unverified();
    // 14 days is within the limit, 15 is past it
    assertFalse(assessor.assess(project(road, baseline), START.plusDays(14)).has(RedFlagCode.UNVERIFIED_REPORT));
    ProjectAssessment late = assessor.assess(project(road, baseline), START.plusDays(15));
    RedFlag f = late.flags(RedFlagCode.UNVERIFIED_REPORT).get(0);
    assertEquals(START.toString(), f.evidence().get("report"));
    assertEquals(FlagSeverity.MEDIUM, f.severity());
    // verified on day 20: still unverified when assessed on day 15, verified from day 20
    MonitoredProject verifiedLate = project(road, baseline.verifiedBy("Kasi Pembangunan", START.plusDays(20)));
    assertTrue(assessor.assess(verifiedLate, START.plusDays(15)).has(RedFlagCode.UNVERIFIED_REPORT));
    assertFalse(assessor.assess(verifiedLate, START.plusDays(20)).has(RedFlagCode.UNVERIFIED_REPORT));
  }
}
