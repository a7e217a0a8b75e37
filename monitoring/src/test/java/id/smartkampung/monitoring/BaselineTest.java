package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.json.InvalidJsonException;
import id.smartkampung.monitoring.json.ProjectJson;
import id.smartkampung.monitoring.plan.Addendum;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Dpal;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.project.Project;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Re-baselining by a contract addendum and continuation by a DPAL.
 *
 * <p>Sources: Perpres 16/2018 ps 54(1) (as amended by Perpres 12/2021) — a contract may be changed
 * to add or reduce volume (a), kinds of work (b) or to change the schedule (d); the changed contract
 * is the new baseline of the kurva S from the addendum's date. Permendagri 20/2018 ps 1 angka 28 —
 * the DPAL carries an unfinished activity, with its budget from the SiLPA, into the next year.
 */
class BaselineTest {
  private static final LocalDate START = Fixtures.START; // Monday 3 March 2025

  private static PlannedCurve weekly(LocalDate start, Integer... points) {
    return PlannedCurve.ofCumulative(start, 7, Stream.of(points).map(Percent::of).toList());
  }

  /** 8 weeks as signed; the CCO of week 4 adds volume and stretches the rest to 10 weeks. */
  private static final PlannedCurve SIGNED = weekly(START, 0, 5, 15, 30, 50, 70, 85, 95, 100);
  private static final PlannedCurve CCO = weekly(START, 0, 5, 15, 30, 40, 50, 60, 72, 85, 95, 100);
  private static final LocalDate CCO_DATE = START.plusWeeks(4);

  private static Project contractorRoad() {
    return Fixtures.road("cco").withImplementer(Implementer.contractor("CV Karya Desa")).withPlan(SIGNED)
        .withAddendum(Addendum.of(CCO_DATE, "01/ADD-I/PPK/IV/2025", CCO));
  }

  @Test
  void anAssessmentAfterTheAddendumUsesTheNewBaselineAndHistoryKeepsTheOld() {
    Project p = contractorRoad();
    List<ProgressReport> reports = List.of(
        Fixtures.report(START, 0, 1), Fixtures.report(START.plusWeeks(3), 30, 2), Fixtures.report(START.plusWeeks(6), 55, 3));
    MonitoredProject mp = MonitoredProject.of(p, reports, Idr.of(50_000_000));
    ProjectAssessor assessor = ProjectAssessor.withDefaults();
    // week 6 after the CCO: planned 60 % (not the signed 85 %), 5 pp behind in periode I: behind, not kritis
    ProjectAssessment after = assessor.assess(mp, START.plusWeeks(6));
    assertEquals(Percent.of(60), after.planned());
    assertEquals(ProjectStatus.BEHIND, after.status());
    assertFalse(after.has(RedFlagCode.KONTRAK_KRITIS));
    // the same progress against the signed plan would be 30 pp behind: kontrak kritis
    ProjectAssessment unchanged = assessor.assess(MonitoredProject.of(p.withoutAddenda(), reports, Idr.of(50_000_000)), START.plusWeeks(6));
    assertEquals(Percent.of(85), unchanged.planned());
    assertEquals(ProjectStatus.CRITICAL, unchanged.status());
    // before the addendum the signed plan still judges: week 3 + 3 days, between 30 and 50 on the signed curve
    assertEquals(SIGNED.plannedAt(START.plusDays(24)), assessor.assess(mp, START.plusDays(24)).planned());
    assertEquals(Percent.of(new java.math.BigDecimal("38.5714")), assessor.assess(mp, START.plusDays(24)).planned());
    // from its date on, the addendum's; the contract's end for late days is the addendum's finish
    assertEquals(Percent.of(40), assessor.assess(mp, CCO_DATE).planned());
    assertEquals(SIGNED, p.plan());
    assertEquals(CCO, p.currentPlan());
    assertEquals(START.plusWeeks(10), p.planAt(START.plusWeeks(7)).finish());
  }

  @Test
  void addendaFollowTheStartAndEachOtherAndRoundTripAsJson() {
    Project p = contractorRoad();
    assertEquals(p, ProjectJson.read(ProjectJson.write(p)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> p.withAddendum(Addendum.of(CCO_DATE.minusDays(1), "02/ADD-II", CCO)));
    assertTrue(e.getMessage().contains("02/ADD-II"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Fixtures.road("x").withAddendum(Addendum.of(START, "ADD-0", CCO)));
    String bad = ProjectJson.write(p).replace("\"2025-03-31\"", "\"2025-02-01\"");
    InvalidJsonException je = assertThrows(InvalidJsonException.class, () -> ProjectJson.read(bad));
    assertTrue(je.getMessage().contains("01/ADD-I/PPK/IV/2025"), je.getMessage());
  }

  /**
   * A swakelola road planned for 10 weeks from 6 October 2025 ends 15 December; it reaches only 60 %
   * by 31 December and is carried into 2026 by a DPAL dated 5 January 2026 (Rp45 juta paid in 2025).
   */
  @Test
  void workCarriedByADpalContinuesAsTheSameProject() {
    LocalDate start = LocalDate.of(2025, 10, 6);
    Project p2025 = Fixtures.road("dpal").withPlan(Fixtures.linearPlan(start, 10));
    Dpal dpal = Dpal.of(2026, LocalDate.of(2026, 1, 5), "DPAL 01/2026", Idr.of(45_000_000));
    Project carried = p2025.continuedBy(dpal);
    assertEquals(p2025.id(), carried.id());
    List<ProgressReport> reports = List.of(
        Fixtures.report(start, 0, 11), Fixtures.report(LocalDate.of(2025, 12, 19), 60, 12), Fixtures.report(LocalDate.of(2026, 2, 6), 85, 13));
    ProjectAssessor assessor = ProjectAssessor.withDefaults();
    // 20 December 2025, before the DPAL: judged against 31 December 2025, forecast past it: flagged
    ProjectAssessment december = assessor.assess(MonitoredProject.of(carried, reports, Idr.of(45_000_000)), LocalDate.of(2025, 12, 20));
    assertEquals(LocalDate.of(2025, 12, 31), carried.yearEndAt(LocalDate.of(2025, 12, 20)));
    assertTrue(december.has(RedFlagCode.FORECAST_AFTER_YEAR_END), december.flags().toString());
    // 9 February 2026: the same project, cumulative progress 85 % (not restarted), AC = 45 juta carried + 20 juta paid in 2026
    ProjectAssessment february = assessor.assess(MonitoredProject.of(carried, reports, Idr.of(20_000_000)), LocalDate.of(2026, 2, 9));
    assertEquals(Percent.of(85), february.actual());
    assertEquals(Idr.of(65_000_000), february.earnedValue().ac());
    assertEquals(LocalDate.of(2026, 12, 31), carried.yearEndAt(LocalDate.of(2026, 2, 9)));
    assertFalse(february.has(RedFlagCode.FORECAST_AFTER_YEAR_END), february.flags().toString());
    assertEquals(carried, ProjectJson.read(ProjectJson.write(carried)));
    // a DPAL skips no year and is dated at the end of the year before or in its year
    assertThrows(IllegalArgumentException.class, () -> p2025.continuedBy(Dpal.of(2027, LocalDate.of(2027, 1, 4), "DPAL x", Idr.ZERO)));
    assertThrows(IllegalArgumentException.class, () -> Dpal.of(2026, LocalDate.of(2024, 12, 1), "DPAL y", Idr.ZERO));
  }
}
