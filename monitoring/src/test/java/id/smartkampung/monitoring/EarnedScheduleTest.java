package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.earnedvalue.EarnedSchedule;
import id.smartkampung.monitoring.earnedvalue.EarnedValue;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Earned schedule after W. Lipke, "Schedule is Different", <i>The Measurable News</i>, March 2003
 * (and summer 2003), as in appendix D of the PMI <i>Practice Standard for Earned Value
 * Management</i>, 2nd ed. (2011): ES = C + (EV − PV_C) / (PV_{C+1} − PV_C), SV(t) = ES − AT,
 * SPI(t) = ES / AT, IEAC(t) = PD / SPI(t).
 *
 * <p>The figures are worked examples constructed by hand for these tests (the arithmetic is in each
 * comment); Lipke's paper shows the same interpolation graphically ("ES = 5 + (EV − PV(May)) /
 * (PV(June) − PV(May)), AT = 7") without a table we could cite number for number.
 */
class EarnedScheduleTest {
  private static List<BigDecimal> series(long... values) {
    return Stream.of(values).flatMapToLong(java.util.Arrays::stream).mapToObj(BigDecimal::valueOf).toList();
  }

  /**
   * Six-month plan, cumulative PV in Rp juta: 0, 10, 25, 45, 70, 90, 100. After AT = 4 months EV =
   * 35. C = 2 (PV_2 = 25 ≤ 35 < 45 = PV_3), ES = 2 + (35 − 25)/(45 − 25) = 2.5; SV(t) = 2.5 − 4 =
   * −1.5; SPI(t) = 2.5/4 = 0.625; IEAC(t) = 6/0.625 = 9.6 months. Cost-based SPI = 35/70 = 0.5.
   */
  @Test
  void interpolatesWithinThePeriodWherePvPassesEv() {
    EarnedSchedule es = EarnedSchedule.compute(series(0, 10, 25, 45, 70, 90, 100), BigDecimal.valueOf(35), BigDecimal.valueOf(4));
    assertEquals(new BigDecimal("2.500000"), es.es());
    assertEquals(new BigDecimal("-1.500000"), es.svT());
    assertEquals(new BigDecimal("0.625000"), es.spiT().orElseThrow());
    assertEquals(new BigDecimal("9.600000"), es.forecastDuration().orElseThrow());
    assertEquals(6, es.plannedDuration());
    EarnedValue ev = EarnedValue.of(Idr.ofSen(100), Idr.ofSen(70), Idr.ofSen(35), Idr.ofSen(0));
    assertEquals(new BigDecimal("0.500000"), ev.spi().orElseThrow());
  }

  /** EV exactly on a period boundary: C is that period, I = 0. EV 45 -> ES = 3. */
  @Test
  void onABoundaryEsIsWhole() {
    EarnedSchedule es = EarnedSchedule.compute(series(0, 10, 25, 45, 70, 90, 100), BigDecimal.valueOf(45), BigDecimal.valueOf(3));
    assertEquals(new BigDecimal("3.000000"), es.es());
    assertEquals(new BigDecimal("1.000000"), es.spiT().orElseThrow());
  }

  /** On a flat stretch of the plan (no work planned in period 3) the latest period is taken. */
  @Test
  void onAFlatStretchTheLatestPeriodCounts() {
    // PV 0, 20, 40, 40, 70, 100 ; EV = 40 -> C = 3 (PV_3 = 40 <= 40), ES = 3 + 0/30 = 3
    EarnedSchedule es = EarnedSchedule.compute(series(0, 20, 40, 40, 70, 100), BigDecimal.valueOf(40), BigDecimal.valueOf(4));
    assertEquals(new BigDecimal("3.000000"), es.es());
    // EV = 55 -> C = 3, ES = 3 + (55 - 40)/(70 - 40) = 3.5
    assertEquals(new BigDecimal("3.500000"),
        EarnedSchedule.compute(series(0, 20, 40, 40, 70, 100), BigDecimal.valueOf(55), BigDecimal.valueOf(4)).es());
  }

  @Test
  void atZeroTimeOrZeroEarnedTheIndicesAreAbsent() {
    EarnedSchedule atStart = EarnedSchedule.compute(series(0, 50, 100), BigDecimal.ZERO, BigDecimal.ZERO);
    assertEquals(Optional.empty(), atStart.spiT());
    assertEquals(Optional.empty(), atStart.forecastDuration());
    EarnedSchedule nothing = EarnedSchedule.compute(series(0, 50, 100), BigDecimal.ZERO, BigDecimal.ONE);
    assertEquals(new BigDecimal("0.000000"), nothing.spiT().orElseThrow());
    assertEquals(Optional.empty(), nothing.forecastDuration());
  }

  /**
   * A late project: a 10-week linear plan (10 % a week) from 3 March 2025, Rp100.000.000. The TPK
   * reaches 60 % at week 8, 95 % at week 12 and 100 % at week 13 (2 June 2025).
   *
   * <pre>
   * week  8: PV 80 %, EV 60 %  SPI = 0.75      ES = 6    SPI(t) = 6/8   = 0.75
   * week 12: PV 100 %, EV 95 % SPI = 0.95      ES = 9.5  SPI(t) = 9.5/12 = 0.791667
   * week 13: PV 100 %, EV 100% SPI = 1 (!)     ES = 10   SPI(t) = 10/13 = 0.769231, SV(t) = −3
   * </pre>
   *
   * The cost-based SPI returns to 1 at the end although the project is three weeks late; SPI(t)
   * does not, and the forecast finish at week 8 (PD/SPI(t) = 10/0.75 = 13.33 weeks = 93.33 days,
   * ceil(93.33) = 94 days → 5 June 2025) is close to the real 2 June.
   */
  @Test
  void lateProjectSpiReturnsToOneButSpiTDoesNot() {
    PlannedCurve plan = Fixtures.linearPlan(Fixtures.START, 10);
    Project p = Fixtures.road("late");
    LocalDate w8 = Fixtures.START.plusWeeks(8);
    LocalDate w12 = Fixtures.START.plusWeeks(12);
    LocalDate w13 = Fixtures.START.plusWeeks(13);
    List<ProgressReport> reports = List.of(
        Fixtures.report(Fixtures.START, 0, 1),
        Fixtures.report(w8, 60, 2),
        Fixtures.report(w12, 95, 3),
        Fixtures.report(w13, 100, 4));
    MonitoredProject mp = MonitoredProject.of(p, reports, Idr.of(90_000_000));
    ProjectAssessor assessor = ProjectAssessor.withDefaults();

    ProjectAssessment a8 = assessor.assess(mp, w8);
    assertEquals(new BigDecimal("0.750000"), a8.earnedValue().spi().orElseThrow());
    assertEquals(new BigDecimal("6.000000"), a8.earnedSchedule().es());
    assertEquals(new BigDecimal("0.750000"), a8.earnedSchedule().spiT().orElseThrow());
    assertEquals(new BigDecimal("13.333333"), a8.earnedSchedule().forecastDuration().orElseThrow());
    assertEquals(LocalDate.of(2025, 6, 5), a8.forecastFinish()); // 3 March + ceil(93.33) = 94 days
    assertEquals(ProjectStatus.CRITICAL, a8.status()); // 20 pp behind at 80 % planned

    ProjectAssessment a12 = assessor.assess(mp, w12);
    assertEquals(new BigDecimal("0.950000"), a12.earnedValue().spi().orElseThrow());
    assertEquals(new BigDecimal("9.500000"), a12.earnedSchedule().es());
    assertEquals(new BigDecimal("0.791667"), a12.earnedSchedule().spiT().orElseThrow());

    ProjectAssessment a13 = assessor.assess(mp, w13);
    assertEquals(new BigDecimal("1.000000"), a13.earnedValue().spi().orElseThrow());
    assertEquals(new BigDecimal("10.000000"), a13.earnedSchedule().es());
    assertEquals(new BigDecimal("13.000000"), a13.earnedSchedule().at());
    assertEquals(new BigDecimal("-3.000000"), a13.earnedSchedule().svT());
    assertEquals(new BigDecimal("0.769231"), a13.earnedSchedule().spiT().orElseThrow());
    assertEquals(ProjectStatus.COMPLETED, a13.status());
    assertEquals(w13, a13.completedOn());
    assertEquals(w13, a13.forecastFinish());

    // assessed later, a completed project keeps AT at its completion
    ProjectAssessment later = assessor.assess(mp, w13.plusWeeks(10));
    assertEquals(new BigDecimal("13.000000"), later.earnedSchedule().at());
    assertTrue(plan.finish().isBefore(w13));
  }
}
