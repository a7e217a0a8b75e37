package id.smartkampung.monitoring;

import static id.smartkampung.monitoring.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.project.Project;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kontrak kritis and deviasi kritis (issue 18). The thresholds are those of the SSUK of Permen
 * PUPR 14/2020 ("kontrak dinyatakan kritis apabila: periode I, rencana fisik 0–70 %, terlambat lebih
 * besar 10 %; periode II, 70–100 %, terlambat lebih besar 5 %; periode II, terlambat kurang dari 5 %
 * dan akan melampaui tahun anggaran berjalan"), handled by show-cause meetings per Perlem LKPP
 * 12/2021 (which replaced Perlem LKPP 9/2018). They apply to a contractor (penyedia); the village's
 * own swakelola by the TPK has no contract, and the same deviation is deviasi kritis, escalated to
 * the PKA and the Kepala Desa.
 */
class KritisTest {
  private final ProjectAssessor assessor = ProjectAssessor.withDefaults();
  private static final LocalDate NOV = LocalDate.of(2025, 11, 3);

  /** Fixtures.road is swakelola by the TPK: 10 weeks linear from 3 March 2025. */
  private ProjectAssessment at7Weeks(Project p, long actualPercent) {
    LocalDate w7 = Fixtures.START.plusWeeks(7); // planned 70 %, periode I
    return assessor.assess(MonitoredProject.of(p, List.of(report(Fixtures.START, 0, 1), report(w7, actualPercent, 2)), Idr.ZERO), w7);
  }

  @Test
  void swakelolaMoreThanTenPointsBehindIsDeviasiKritisEscalatedToThePkaAndTheKepalaDesa() {
    ProjectAssessment a = at7Weeks(Fixtures.road("swakelola-1"), 59);
    assertEquals(ProjectStatus.CRITICAL, a.status());
    assertFalse(a.has(RedFlagCode.KONTRAK_KRITIS), a.flags()::toString);
    RedFlag f = a.flags(RedFlagCode.DEVIASI_KRITIS).get(0);
    assertTrue(f.message().contains("PKA") && f.message().contains("Kepala Desa"), f.message());
    assertEquals("TPK_SWAKELOLA", f.evidence().get("implementer"));
    assertTrue(f.evidence().get("escalation").contains("PKA and the Kepala Desa"));
  }

  @Test
  void aContractorMoreThanTenPointsBehindIsKontrakKritis() {
    ProjectAssessment a = at7Weeks(Fixtures.road("penyedia-1").withImplementer(Implementer.contractor("CV Karya Kemiren")), 59);
    assertEquals(ProjectStatus.CRITICAL, a.status());
    assertFalse(a.has(RedFlagCode.DEVIASI_KRITIS));
    RedFlag f = a.flags(RedFlagCode.KONTRAK_KRITIS).get(0);
    assertTrue(f.evidence().get("escalation").contains("show-cause meeting"), f.evidence()::toString);
    // exactly 10 pp behind is not critical for either (lebih besar 10 %)
    assertEquals(ProjectStatus.BEHIND, at7Weeks(Fixtures.road("penyedia-2").withImplementer(Implementer.contractor("CV A")), 60).status());
  }

  /** A contractor's road planned 3 November 2025 to 12 January 2026: it crosses the year end by plan. */
  private ProjectAssessment crossingTheYear(long actualPercent) {
    Project p = Fixtures.road("penyedia-3").withPlan(Fixtures.linearPlan(NOV, 10)).withImplementer(Implementer.contractor("CV B"));
    LocalDate w8 = NOV.plusWeeks(8); // 29 December 2025, planned 80 %, periode II
    return assessor.assess(MonitoredProject.of(p, List.of(report(NOV, 0, 1), report(w8, actualPercent, 2)), Idr.ZERO), w8);
  }

  /** Regression: the third condition fired whenever the forecast crossed 31 December, even ahead of plan. */
  @Test
  void aheadOfPlanIsNeverCriticalEvenWhenTheForecastCrossesTheYearEnd() {
    ProjectAssessment ahead = crossingTheYear(82); // ES 8.2 of AT 8: forecast 10 × 8 / 8.2 weeks = 10 January 2026
    assertTrue(ahead.forecastFinish().isAfter(LocalDate.of(2025, 12, 31)));
    assertEquals(ProjectStatus.AHEAD, ahead.status());
    assertFalse(ahead.has(RedFlagCode.KONTRAK_KRITIS), ahead.flags()::toString);
    assertTrue(ahead.has(RedFlagCode.FORECAST_AFTER_YEAR_END), "the forecast itself is still reported");
    assertEquals(ProjectStatus.ON_TRACK, crossingTheYear(80).status());
  }

  @Test
  void behindByLessThanFivePointsAndRunningPastTheYearIsKontrakKritis() {
    ProjectAssessment a = crossingTheYear(78); // 2 pp behind in periode II, forecast 14 January 2026
    assertEquals(ProjectStatus.CRITICAL, a.status());
    RedFlag f = a.flags(RedFlagCode.KONTRAK_KRITIS).get(0);
    assertEquals("forecast-after-year-end", f.evidence().get("reason"));
  }
}
