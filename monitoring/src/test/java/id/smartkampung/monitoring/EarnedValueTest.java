package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.earnedvalue.EarnedValue;
import java.math.BigDecimal;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Earned value against a worked example.
 *
 * <p>Formulas: PMI, <i>Practice Standard for Earned Value Management</i>, 2nd ed. (2011), and
 * DESIGN §4. The numbers are a worked example constructed by hand for this test (no published
 * example with these figures was at hand); the arithmetic is shown so anyone can re-check it:
 *
 * <pre>
 * BAC = Rp200.000.000, planned 40 %, actual 30 %, AC = Rp75.000.000
 * PV  = 200.000.000 × 0.40 = 80.000.000
 * EV  = 200.000.000 × 0.30 = 60.000.000
 * SV  = 60 − 80 = −20.000.000         CV = 60 − 75 = −15.000.000
 * SPI = 60 / 80 = 0.75                CPI = 60 / 75 = 0.8
 * EAC (BAC/CPI)             = 200 / 0.8            = 250.000.000
 * EAC (AC + BAC − EV)       = 75 + 140             = 215.000.000
 * EAC (AC + (BAC−EV)/(CPI×SPI)) = 75 + 140 / 0.6   = 75 + 233.333.333,33… = 308.333.333,33
 * ETC = 250 − 75 = 175.000.000        VAC = 200 − 250 = −50.000.000
 * TCPI = (200 − 60) / (200 − 75) = 140 / 125 = 1.12
 * </pre>
 */
class EarnedValueTest {
  private static Money rp(String s) {
    return Idr.of(new BigDecimal(s));
  }

  private static void assertMoney(String expected, Money actual) {
    assertEquals(new BigDecimal(expected).setScale(2), new BigDecimal(Idr.format(actual)), "amount");
  }

  @Test
  void workedExample() {
    EarnedValue ev = EarnedValue.ofPercent(rp("200000000"), Percent.of(40), Percent.of(30), rp("75000000"));
    assertMoney("80000000", ev.pv());
    assertMoney("60000000", ev.ev());
    assertMoney("75000000", ev.ac());
    assertMoney("-20000000", ev.sv());
    assertMoney("-15000000", ev.cv());
    assertEquals(new BigDecimal("0.750000"), ev.spi().orElseThrow());
    assertEquals(new BigDecimal("0.800000"), ev.cpi().orElseThrow());
    assertMoney("250000000", ev.eac().orElseThrow());
    assertMoney("215000000", ev.eacAtBudgetRate());
    assertMoney("308333333.33", ev.eacCpiSpi().orElseThrow());
    assertMoney("175000000", ev.etc().orElseThrow());
    assertMoney("-50000000", ev.vac().orElseThrow());
    assertEquals(new BigDecimal("1.120000"), ev.tcpi().orElseThrow());
  }

  @Test
  void pvAndEvRoundHalfEvenToTheSen() {
    // BAC 1.00 rupiah = 100 sen; 12.5 % of it is 12.5 sen -> 12 (half-even); 37.5 % -> 37.5 -> 38
    EarnedValue ev = EarnedValue.ofPercent(Idr.ofSen(100), Percent.of(new BigDecimal("12.5")), Percent.of(new BigDecimal("37.5")), Idr.ZERO);
    assertEquals(12, Idr.toSen(ev.pv()));
    assertEquals(38, Idr.toSen(ev.ev()));
  }

  @Test
  void nothingPaidLeavesCpiAndCpiForecastsAbsent() {
    EarnedValue ev = EarnedValue.ofPercent(rp("1000000"), Percent.of(20), Percent.of(10), Idr.ZERO);
    assertEquals(Optional.empty(), ev.cpi());
    assertEquals(Optional.empty(), ev.eac());
    assertEquals(Optional.empty(), ev.etc());
    assertEquals(Optional.empty(), ev.vac());
    assertEquals(Optional.empty(), ev.eacCpiSpi());
    assertMoney("900000", ev.eacAtBudgetRate());
    assertEquals(new BigDecimal("0.900000"), ev.tcpi().orElseThrow());
  }

  @Test
  void beforeThePlanStartsSpiIsAbsent() {
    EarnedValue ev = EarnedValue.ofPercent(rp("1000000"), Percent.ZERO, Percent.ZERO, Idr.ZERO);
    assertEquals(Optional.empty(), ev.spi());
    assertEquals(Optional.empty(), ev.eacCpiSpi());
  }

  @Test
  void nothingEarnedButPaidLeavesEacAbsentAndCpiZero() {
    EarnedValue ev = EarnedValue.ofPercent(rp("1000000"), Percent.of(50), Percent.ZERO, rp("300000"));
    assertEquals(new BigDecimal("0.000000"), ev.cpi().orElseThrow());
    assertEquals(Optional.empty(), ev.eac());
    assertEquals(Optional.empty(), ev.eacCpiSpi());
  }

  @Test
  void budgetSpentLeavesTcpiAbsent() {
    EarnedValue spent = EarnedValue.ofPercent(rp("1000000"), Percent.of(80), Percent.of(50), rp("1000000"));
    assertEquals(Optional.empty(), spent.tcpi());
    EarnedValue over = EarnedValue.ofPercent(rp("1000000"), Percent.of(80), Percent.of(50), rp("1200000"));
    assertEquals(Optional.empty(), over.tcpi());
    assertTrue(over.paidPercent().compareTo(BigDecimal.valueOf(120)) == 0);
  }

  @Test
  void refusesImpossibleInputs() {
    assertThrows(IllegalArgumentException.class, () -> EarnedValue.of(Idr.ofSen(0), Idr.ofSen(0), Idr.ofSen(0), Idr.ofSen(0)));
    assertThrows(IllegalArgumentException.class, () -> EarnedValue.of(Idr.ofSen(100), Idr.ofSen(101), Idr.ofSen(0), Idr.ofSen(0)));
    assertThrows(IllegalArgumentException.class, () -> EarnedValue.of(Idr.ofSen(100), Idr.ofSen(0), Idr.ofSen(0), Idr.ofSen(-1)));
  }

  /** Regression: BAC × AC / EV overflowed a long for a tiny EV against a large AC (found by EarnedValueProperties). */
  @org.junit.jupiter.api.Test
  void anEacBeyondTheRangeOfMoneyIsAbsentNotACrash() {
    EarnedValue ev = EarnedValue.of(Idr.ofSen(5_000_000_000_000L), Idr.ofSen(5_000_000L), Idr.ofSen(5_000_000L), Idr.ofSen(10_000_000_000_000L));
    assertEquals(Optional.empty(), ev.eac().map(Idr::toSen));
    assertEquals(Optional.empty(), ev.eac());
    assertEquals(Optional.empty(), ev.etc());
    assertEquals(Optional.empty(), ev.eacCpiSpi());
    assertEquals(Optional.of(2L), EarnedValue.of(Idr.ofSen(2), Idr.ofSen(1), Idr.ofSen(1), Idr.ofSen(1)).eac().map(Idr::toSen));
  }
}
