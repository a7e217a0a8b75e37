package id.smartkampung.monitoring;

import static id.smartkampung.monitoring.Fixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.earnedvalue.EarnedSchedule;
import id.smartkampung.monitoring.earnedvalue.EarnedValue;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Monitoring's API in plain units (issue 11 item 6): one percentage type at one scale, percentage
 * points for differences, indices at their documented scale, amounts printed with their two
 * decimals; and the two Javadoc statements that used to contradict the code.
 */
class UnitsTest {
  @Test
  void aWholePercentageNeedsNoBigDecimalAndAnExactFractionNoRoundingMode() {
    assertEquals(new BigDecimal("50.0000"), Percent.of(50).value());
    assertEquals(Percent.parse("50"), Percent.of(50));
    assertEquals(Percent.parse("37.5"), Percent.ofFraction(new BigDecimal("0.375")));
    assertEquals(Percent.of(60), Percent.ofFraction(new BigDecimal("0.60")));
    assertEquals(new BigDecimal("0.375000"), Percent.parse("37.5").fraction());
    // an inexact fraction is refused, not rounded silently; with a mode it rounds
    assertThrows(IllegalArgumentException.class, () -> Percent.ofFraction(new BigDecimal("0.3333333")));
    assertEquals(Percent.parse("33.3333"), Percent.ofFraction(new BigDecimal("0.3333333"), RoundingMode.HALF_EVEN));
    assertEquals(Percent.parse("33.3333"), Percent.ratio(1, 3, RoundingMode.DOWN));
    assertThrows(IllegalArgumentException.class, () -> Percent.of(101));
  }

  @Test
  void aDifferenceOfPercentagesIsInPercentagePointsAtTheSameScale() {
    PercentagePoints d = Percent.parse("37.5").minus(Percent.of(50));
    assertEquals(PercentagePoints.parse("-12.5"), d);
    assertEquals(new BigDecimal("-12.5000"), d.value());
    assertEquals("-12.5000 pp", d.toString());
    assertEquals(PercentagePoints.of(10), d.negate().minus(PercentagePoints.parse("2.5")));
    assertTrue(d.negate().exceeds(PercentagePoints.of(10)));
    assertThrows(IllegalArgumentException.class, () -> PercentagePoints.parse("1.00001"));
  }

  @Test
  void indicesComeAtTheirDocumentedScaleAndAmountsWithTwoDecimals() {
    EarnedValue ev = EarnedValue.ofPercent(Idr.of(3000), Percent.of(50), Percent.of(50), Idr.of(1500));
    assertEquals(new BigDecimal("1.000000"), ev.spi().orElseThrow());
    assertEquals(new BigDecimal("1.000000"), ev.cpi().orElseThrow());
    assertEquals(new BigDecimal("1.000000"), ev.tcpi().orElseThrow());
    assertEquals(EarnedValue.INDEX_SCALE, ev.spi().orElseThrow().scale());
    assertEquals(new BigDecimal("50.0000"), ev.paidPercent());
    // Moneta keeps the value (3E+3), monitoring prints the amount with its scale
    assertTrue(ev.bac().isEqualTo(Idr.of(3000)));
    assertEquals("3000.00", Idr.format(ev.bac()));
    assertEquals("EV[BAC=3000.00 PV=1500.00 EV=1500.00 AC=1500.00]", ev.toString());
  }

  @Test
  void earnedScheduleFiguresAreInPeriodsAtScaleSix() {
    EarnedSchedule es = EarnedSchedule.of(Fixtures.linearPlan(START, 10), Percent.of(30), START.plusWeeks(4));
    assertEquals(new BigDecimal("3.000000"), es.es());
    assertEquals(new BigDecimal("4.000000"), es.at());
    assertEquals(new BigDecimal("-1.000000"), es.svT());
    assertEquals(new BigDecimal("0.750000"), es.spiT().orElseThrow());
  }

  /**
   * Javadoc fix: the forecast is absent when ES = 0, which is not "while nothing is earned": on a
   * plan flat at 0 % for its first two weeks, nothing earned still has ES = 2 and a forecast.
   */
  @Test
  void aForecastExistsWithNothingEarnedOnceTheEarnedScheduleIsPositive() {
    PlannedCurve flatStart = PlannedCurve.ofCumulative(START, 7,
        List.of(Percent.ZERO, Percent.ZERO, Percent.ZERO, Percent.of(50), Percent.HUNDRED));
    EarnedSchedule es = EarnedSchedule.of(flatStart, Percent.ZERO, START.plusWeeks(3));
    assertEquals(new BigDecimal("2.000000"), es.es());
    assertTrue(es.forecastFinish().isPresent(), es::toString);
    // on a plan rising from week 1, nothing earned is ES = 0 and no forecast
    assertTrue(EarnedSchedule.of(Fixtures.linearPlan(START, 4), Percent.ZERO, START.plusWeeks(3)).forecastFinish().isEmpty());
  }

  /** Javadoc fix: a report dated on the assessment date is used; only reports after it are ignored. */
  @Test
  void aReportOnTheAssessmentDateIsUsed() {
    Project p = Fixtures.road("units-1");
    LocalDate d = START.plusWeeks(2);
    ProjectAssessment a = ProjectAssessor.withDefaults().assess(
        MonitoredProject.of(p, List.of(ProgressReport.of(d, Percent.of(20), "TPK"), ProgressReport.of(d.plusDays(1), Percent.of(30), "TPK")), Idr.ZERO),
        d);
    assertEquals(Percent.of(20), a.actual());
    assertEquals(d, a.latestReport());
  }
}
