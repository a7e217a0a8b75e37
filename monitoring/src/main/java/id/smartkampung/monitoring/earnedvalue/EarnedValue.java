package id.smartkampung.monitoring.earnedvalue;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.Percent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import org.javamoney.moneta.Money;

/**
 * Earned value of a project at a date — <i>nilai hasil (earned value)</i>, per DESIGN §4 and the PMI
 * Practice Standard for Earned Value Management:
 *
 * <ul>
 *   <li>PV = BAC × planned %, EV = BAC × actual % (each rounded half-even to the sen), AC = paid so far;
 *   <li>SV = EV − PV, CV = EV − AC;
 *   <li>SPI = EV / PV, CPI = EV / AC ({@value #INDEX_SCALE} decimals, half-even);
 *   <li>EAC: {@code BAC / CPI} (the "typical" forecast, also called <em>the</em> EAC below),
 *       {@code AC + (BAC − EV)} (remaining work at budget), {@code AC + (BAC − EV) / (CPI × SPI)};
 *   <li>ETC = EAC − AC, VAC = BAC − EAC (both on {@code BAC / CPI});
 *   <li>TCPI = (BAC − EV) / (BAC − AC).
 * </ul>
 *
 * <p><b>Division by zero.</b> An index or forecast whose divisor is zero is <em>absent</em>
 * ({@link Optional#empty()}), never zero or infinite: SPI when PV = 0 (before the plan starts); CPI
 * when AC = 0 (nothing paid); {@code BAC/CPI}, ETC and VAC when AC = 0 or EV = 0; the CPI×SPI EAC
 * when AC, EV or PV is 0; TCPI when BAC − AC ≤ 0 (the budget is spent, so it can no longer be met).
 *
 * <p>Forecasts are computed from the unrounded ratios (e.g. {@code BAC/CPI = BAC × AC / EV}) and
 * rounded once, half-even, to the sen. All arithmetic is exact in long sen / {@link BigDecimal};
 * Money objects are created only by the accessors.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class EarnedValue {
  /** Decimal places of SPI, CPI and TCPI. */
  public static final int INDEX_SCALE = 6;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final long bac;
  private final long pv;
  private final long ev;
  private final long ac;

  private EarnedValue(long bac, long pv, long ev, long ac) {
    this.bac = bac;
    this.pv = pv;
    this.ev = ev;
    this.ac = ac;
  }

  /**
   * Earned value from amounts in sen.
   *
   * @throws IllegalArgumentException if BAC is not positive, or PV, EV or AC is negative, or PV or
   *     EV exceeds BAC
   */
  public static EarnedValue ofSen(long bacSen, long pvSen, long evSen, long acSen) {
    checkArgument(bacSen > 0, "BAC %s is not positive", Idr.formatSen(bacSen));
    checkArgument(pvSen >= 0 && pvSen <= bacSen, "PV %s is outside 0..BAC", Idr.formatSen(pvSen));
    checkArgument(evSen >= 0 && evSen <= bacSen, "EV %s is outside 0..BAC", Idr.formatSen(evSen));
    checkArgument(acSen >= 0, "AC %s is negative", Idr.formatSen(acSen));
    return new EarnedValue(bacSen, pvSen, evSen, acSen);
  }

  /** Earned value from Money amounts (IDR, exact to the sen). */
  public static EarnedValue of(Money bac, Money pv, Money ev, Money ac) {
    return ofSen(Idr.toSen(bac), Idr.toSen(pv), Idr.toSen(ev), Idr.toSen(ac));
  }

  /** Earned value from BAC, planned and actual percentages and AC, in sen. */
  public static EarnedValue ofPercent(long bacSen, Percent planned, Percent actual, long acSen) {
    return ofSen(bacSen, share(bacSen, planned), share(bacSen, actual), acSen);
  }

  /** Earned value from BAC, planned and actual percentages and AC. */
  public static EarnedValue ofPercent(Money bac, Percent planned, Percent actual, Money ac) {
    return ofPercent(Idr.toSen(bac), planned, actual, Idr.toSen(ac));
  }

  /** BAC × percent / 100, rounded half-even to the sen. */
  static long share(long bacSen, Percent p) {
    requireNonNull(p, "percent");
    return BigDecimal.valueOf(bacSen)
        .multiply(p.value())
        .divide(HUNDRED, 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }

  /** Budget at completion. */
  public Money bac() {
    return Idr.ofSen(bac);
  }

  /** Planned value. */
  public Money pv() {
    return Idr.ofSen(pv);
  }

  /** Earned value. */
  public Money ev() {
    return Idr.ofSen(ev);
  }

  /** Actual cost (paid so far). */
  public Money ac() {
    return Idr.ofSen(ac);
  }

  /** BAC in sen. */
  public long bacSen() {
    return bac;
  }

  /** PV in sen. */
  public long pvSen() {
    return pv;
  }

  /** EV in sen. */
  public long evSen() {
    return ev;
  }

  /** AC in sen. */
  public long acSen() {
    return ac;
  }

  /** Schedule variance SV = EV − PV (negative: behind). */
  public Money sv() {
    return Idr.ofSen(ev - pv);
  }

  /** Cost variance CV = EV − AC (negative: over cost). */
  public Money cv() {
    return Idr.ofSen(ev - ac);
  }

  /** Schedule performance index SPI = EV / PV; absent when PV = 0. */
  public Optional<BigDecimal> spi() {
    return ratio(ev, pv);
  }

  /** Cost performance index CPI = EV / AC; absent when AC = 0. */
  public Optional<BigDecimal> cpi() {
    return ratio(ev, ac);
  }

  /** EAC = BAC / CPI = BAC × AC / EV; absent when AC = 0 or EV = 0. */
  public Optional<Money> eac() {
    return eacSen().map(Idr::ofSen);
  }

  /**
   * {@link #eac()} in sen; also absent when the forecast exceeds what a {@code long} of sen holds
   * (about 92 quadrillion rupiah), which takes an absurdly small EV against a large AC.
   */
  public Optional<Long> eacSen() {
    if (ac == 0 || ev == 0) {
      return Optional.empty();
    }
    return divide(BigInteger.valueOf(bac).multiply(BigInteger.valueOf(ac)), BigInteger.valueOf(ev));
  }

  /** EAC = AC + (BAC − EV): the remaining work done at budget rates. Always present. */
  public Money eacAtBudgetRate() {
    return Idr.ofSen(ac + (bac - ev));
  }

  /**
   * EAC = AC + (BAC − EV) / (CPI × SPI) = AC + (BAC − EV) × AC × PV / EV²; absent when AC, EV or PV
   * is 0, or when the forecast exceeds what a {@code long} of sen holds.
   */
  public Optional<Money> eacCpiSpi() {
    if (ac == 0 || ev == 0 || pv == 0) {
      return Optional.empty();
    }
    BigInteger num = BigInteger.valueOf(bac - ev).multiply(BigInteger.valueOf(ac)).multiply(BigInteger.valueOf(pv));
    BigInteger den = BigInteger.valueOf(ev).multiply(BigInteger.valueOf(ev));
    return divide(num.add(BigInteger.valueOf(ac).multiply(den)), den).map(Idr::ofSen);
  }

  /** Estimate to complete ETC = EAC − AC (on BAC/CPI); absent with the EAC. */
  public Optional<Money> etc() {
    return eacSen().map(e -> Idr.ofSen(e - ac));
  }

  /** Variance at completion VAC = BAC − EAC (on BAC/CPI); absent with the EAC. */
  public Optional<Money> vac() {
    return eacSen().map(e -> Idr.ofSen(bac - e));
  }

  /**
   * To-complete performance index TCPI = (BAC − EV) / (BAC − AC): the cost efficiency the remaining
   * work needs to finish within BAC; absent when BAC − AC ≤ 0.
   */
  public Optional<BigDecimal> tcpi() {
    if (bac - ac <= 0) {
      return Optional.empty();
    }
    return ratio(bac - ev, bac - ac);
  }

  /** AC as a share of BAC in percent (may exceed 100), {@value #INDEX_SCALE} decimals, half-even. */
  public BigDecimal paidPercent() {
    return BigDecimal.valueOf(ac).multiply(HUNDRED).divide(BigDecimal.valueOf(bac), INDEX_SCALE, RoundingMode.HALF_EVEN);
  }

  private static Optional<BigDecimal> ratio(long num, long den) {
    if (den == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), INDEX_SCALE, RoundingMode.HALF_EVEN));
  }

  /** num / den rounded half-even to whole sen; empty when it does not fit a long. */
  private static Optional<Long> divide(BigInteger num, BigInteger den) {
    BigInteger q = new BigDecimal(num).divide(new BigDecimal(den), 0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    return q.bitLength() < Long.SIZE ? Optional.of(q.longValue()) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EarnedValue e && e.bac == bac && e.pv == pv && e.ev == ev && e.ac == ac;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(bac) * 31 * 31 * 31 + Long.hashCode(pv) * 31 * 31 + Long.hashCode(ev) * 31 + Long.hashCode(ac);
  }

  @Override
  public String toString() {
    return "EV[BAC=" + Idr.formatSen(bac) + " PV=" + Idr.formatSen(pv) + " EV=" + Idr.formatSen(ev) + " AC=" + Idr.formatSen(ac) + "]";
  }
}
