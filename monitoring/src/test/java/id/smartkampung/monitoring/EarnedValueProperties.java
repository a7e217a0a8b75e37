package id.smartkampung.monitoring;

import id.smartkampung.core.money.Idr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.monitoring.earnedvalue.EarnedSchedule;
import id.smartkampung.monitoring.earnedvalue.EarnedValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** SPI, CPI, the EACs, ES are consistent with their definitions (checked against exact rationals). */
class EarnedValueProperties {
  private static final long MAX_BAC = 50_000_000_000_00L; // Rp50 miliar in sen

  @Property(tries = 500)
  void indicesMatchTheirDefinitions(
      @ForAll @LongRange(min = 1, max = MAX_BAC) long bac,
      @ForAll @IntRange(min = 0, max = 1_000_000) int pvPpm,
      @ForAll @IntRange(min = 0, max = 1_000_000) int evPpm,
      @ForAll @LongRange(min = 0, max = 2 * MAX_BAC) long ac) {
    long pv = bac * (long) pvPpm / 1_000_000;
    long ev = bac * (long) evPpm / 1_000_000;
    EarnedValue e = EarnedValue.of(Idr.ofSen(bac), Idr.ofSen(pv), Idr.ofSen(ev), Idr.ofSen(ac));
    assertEquals(ev - pv, Idr.toSen(e.sv()));
    assertEquals(ev - ac, Idr.toSen(e.cv()));
    assertEquals(pv > 0, e.spi().isPresent());
    assertEquals(ac > 0, e.cpi().isPresent());
    e.spi().ifPresent(spi -> assertEquals(exact(ev, pv, 6), spi));
    e.cpi().ifPresent(cpi -> assertEquals(exact(ev, ac, 6), cpi));
    // EAC = BAC/CPI = BAC × AC / EV exactly, then rounded to the sen
    // present exactly when defined (AC, EV > 0) and within a long of sen (regression: it overflowed)
    boolean fits = ac > 0 && ev > 0
        && exact(BigInteger.valueOf(bac).multiply(BigInteger.valueOf(ac)), BigInteger.valueOf(ev), 0).toBigInteger().bitLength() < Long.SIZE;
    assertEquals(fits, e.eac().map(Idr::toSen).isPresent());
    e.eac().map(Idr::toSen).ifPresent(eac -> {
      assertEquals(exact(BigInteger.valueOf(bac).multiply(BigInteger.valueOf(ac)), BigInteger.valueOf(ev), 0).longValueExact(), eac);
      assertEquals(eac - ac, Idr.toSen(e.etc().orElseThrow()));
      assertEquals(bac - eac, Idr.toSen(e.vac().orElseThrow()));
    });
    assertEquals(ac + bac - ev, Idr.toSen(e.eacAtBudgetRate()));
    assertEquals(bac - ac > 0, e.tcpi().isPresent());
    e.tcpi().ifPresent(t -> assertEquals(exact(bac - ev, bac - ac, 6), t));
  }

  @Property(tries = 500)
  void spiAboveOneExactlyWhenAheadAndCpiAboveOneExactlyWhenUnderCost(
      @ForAll @LongRange(min = 1_000_00, max = MAX_BAC) long bac,
      @ForAll @IntRange(min = 1, max = 100) int pvPct,
      @ForAll @IntRange(min = 1, max = 100) int evPct,
      @ForAll @IntRange(min = 1, max = 150) int acPct) {
    EarnedValue e = EarnedValue.ofPercent(Idr.ofSen(bac), Percent.of(pvPct), Percent.of(evPct), Idr.ofSen(bac / 100 * acPct));
    long ev = Idr.toSen(e.ev());
    long pv = Idr.toSen(e.pv());
    long ac = Idr.toSen(e.ac());
    Assume.that(Math.abs(ev - pv) > bac / 1000 && Math.abs(ev - ac) > bac / 1000); // away from rounding ties
    assertEquals(ev > pv, e.spi().orElseThrow().compareTo(BigDecimal.ONE) > 0);
    assertEquals(ev > ac, e.cpi().orElseThrow().compareTo(BigDecimal.ONE) > 0);
    assertEquals(ev > ac, e.vac().orElseThrow().signum() > 0);
  }

  @Provide
  Arbitrary<List<BigDecimal>> pvSeries() {
    return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(30).map(steps -> {
      List<BigDecimal> s = new ArrayList<>();
      BigDecimal sum = BigDecimal.ZERO;
      s.add(sum);
      for (int step : steps) {
        sum = sum.add(BigDecimal.valueOf(step));
        s.add(sum);
      }
      return s;
    }).filter(s -> s.get(s.size() - 1).signum() > 0);
  }

  @Property(tries = 500)
  void earnedScheduleInvertsThePlan(@ForAll("pvSeries") List<BigDecimal> pv, @ForAll @IntRange(min = 0, max = 1000) int permille) {
    BigDecimal bac = pv.get(pv.size() - 1);
    BigDecimal ev = bac.multiply(BigDecimal.valueOf(permille)).divide(BigDecimal.valueOf(1000), 6, RoundingMode.DOWN);
    EarnedSchedule es = EarnedSchedule.compute(pv, ev, BigDecimal.TEN);
    // 0 ≤ ES ≤ PD, and interpolating the plan at ES gives back EV (to the rounding of ES)
    assertTrue(es.es().signum() >= 0 && es.es().compareTo(BigDecimal.valueOf(pv.size() - 1)) <= 0);
    int c = es.es().intValue();
    BigDecimal back = c >= pv.size() - 1
        ? bac
        : pv.get(c).add(pv.get(c + 1).subtract(pv.get(c)).multiply(es.es().subtract(BigDecimal.valueOf(c))));
    assertTrue(back.subtract(ev).abs().compareTo(new BigDecimal("0.001")) <= 0, "ES " + es.es() + " maps back to " + back + ", not " + ev);
    // SPI(t) = ES / AT
    assertEquals(es.es().divide(BigDecimal.TEN, 6, RoundingMode.HALF_EVEN), es.spiT().orElseThrow());
  }

  private static BigDecimal exact(long num, long den, int scale) {
    return BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), scale, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal exact(BigInteger num, BigInteger den, int scale) {
    return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_EVEN);
  }
}
