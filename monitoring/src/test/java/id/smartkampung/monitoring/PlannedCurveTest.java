package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.plan.Rab;
import id.smartkampung.monitoring.plan.RabItem;
import id.smartkampung.monitoring.progress.ProgressReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannedCurveTest {
  private static final LocalDate START = LocalDate.of(2025, 3, 3);

  /**
   * RAB: pekerjaan persiapan Rp5 jt week 0 (1 week); galian Rp15 jt weeks 1–2; rabat beton Rp70
   * jt weeks 2–5 (4 weeks); finishing Rp10 jt week 6. Total Rp100 jt, so weights are 5, 15, 70, 10 %.
   * Week ends: 0; 5; 5+7.5=12.5; 12.5+7.5+17.5=37.5; 55; 72.5; 90; 100.
   */
  @Test
  void sCurveFromRabSpreadsEachWeightOverItsWeeks() {
    Rab rab = Rab.of(List.of(
        RabItem.of("persiapan", Idr.of(5_000_000), 0, 1),
        RabItem.of("galian", Idr.of(15_000_000), 1, 2),
        RabItem.of("rabat beton", Idr.of(70_000_000), 2, 4),
        RabItem.of("finishing", Idr.of(10_000_000), 6, 1)));
    PlannedCurve c = PlannedCurve.fromRab(START, rab);
    assertEquals(7, c.periods());
    assertEquals(
        List.of("0", "5", "12.5", "37.5", "55", "72.5", "90", "100"),
        c.cumulative().stream().map(p -> p.value().stripTrailingZeros().toPlainString()).toList());
    assertEquals(START.plusWeeks(7), c.finish());
    // day 3 of week 2: 12.5 + (37.5 - 12.5) * 3/7 = 23.214285... -> 23.2143
    assertEquals(Percent.of(new BigDecimal("23.2143")), c.plannedAt(START.plusDays(17)));
    assertEquals(Percent.ZERO, c.plannedAt(START.minusDays(5)));
    assertEquals(Percent.HUNDRED, c.plannedAt(START.plusYears(1)));
  }

  @Test
  void itemVolumesAreWeightedByCost() {
    Rab rab = Rab.of(List.of(
        RabItem.of("galian", Idr.of(20_000_000), 0, 2).withVolume(new BigDecimal("100"), "m3"),
        RabItem.of("beton", Idr.of(80_000_000), 2, 4).withVolume(new BigDecimal("52.5"), "m3")));
    // galian all done (20 %), beton 21 of 52.5 m3 = 40 % of 80 % = 32 % -> 52 %
    ProgressReport r = ProgressReport.ofItemVolumes(START.plusWeeks(4), rab,
        Map.of("galian", new BigDecimal("100"), "beton", new BigDecimal("21")), "Ketua TPK");
    assertEquals(Percent.of(52), r.physical());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> rab.weightedPercent(Map.of("beton", new BigDecimal("60"))));
    assertTrue(e.getMessage().contains("beton"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> rab.weightedPercent(Map.of("aspal", BigDecimal.ONE)));
  }

  @Test
  void cumulativePlansAreValidated() {
    assertEquals(2, PlannedCurve.ofCumulative(START, 7, List.of(Percent.ZERO, Percent.of(40), Percent.HUNDRED)).periods());
    IllegalArgumentException notZero = assertThrows(IllegalArgumentException.class,
        () -> PlannedCurve.ofCumulative(START, 7, List.of(Percent.of(5), Percent.HUNDRED)));
    assertTrue(notZero.getMessage().contains("starts at 0%"), notZero.getMessage());
    IllegalArgumentException notHundred = assertThrows(IllegalArgumentException.class,
        () -> PlannedCurve.ofCumulative(START, 7, List.of(Percent.ZERO, Percent.of(95))));
    assertTrue(notHundred.getMessage().contains("ends at 100%"), notHundred.getMessage());
    IllegalArgumentException down = assertThrows(IllegalArgumentException.class,
        () -> PlannedCurve.ofCumulative(START, 7, List.of(Percent.ZERO, Percent.of(60), Percent.of(50), Percent.HUNDRED)));
    assertTrue(down.getMessage().contains("point 2"), down.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PlannedCurve.ofCumulative(START, 0, List.of(Percent.ZERO, Percent.HUNDRED)));
    assertThrows(IllegalArgumentException.class, () -> PlannedCurve.ofCumulative(START, 7, List.of(Percent.HUNDRED)));
  }

  @Test
  void percentRefusesOutOfRangeAndExcessPrecision() {
    assertThrows(IllegalArgumentException.class, () -> Percent.of(120));
    assertThrows(IllegalArgumentException.class, () -> Percent.of(new BigDecimal("-0.5")));
    assertThrows(IllegalArgumentException.class, () -> Percent.of(new BigDecimal("10.00001")));
    assertEquals(Percent.of(new BigDecimal("10.5")), Percent.parse("10.50"));
  }

  @Test
  void rabRefusesDuplicateNamesAndZeroTotal() {
    assertThrows(IllegalArgumentException.class, () -> Rab.of(List.of(
        RabItem.of("a", Idr.of(1), 0, 1), RabItem.of("a", Idr.of(2), 0, 1))));
    assertThrows(IllegalArgumentException.class, () -> Rab.of(List.of(RabItem.of("a", Idr.ZERO, 0, 1))));
    assertThrows(IllegalArgumentException.class, () -> RabItem.of("a", Idr.of(1), 0, 0));
  }
}
