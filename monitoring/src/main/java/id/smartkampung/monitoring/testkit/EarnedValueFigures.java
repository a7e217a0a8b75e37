package id.smartkampung.monitoring.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.earnedvalue.EarnedValue;
import java.math.BigDecimal;
import java.util.Optional;
import org.javamoney.moneta.Money;

/**
 * The earned-value figures a system under audit reports — <i>angka nilai hasil</i> — amounts in IDR
 * exactly as the system computed them (to the sen), indices as plain ratios (1 = on plan); an index
 * or forecast whose divisor is zero is <em>absent</em>, never zero or infinite.
 *
 * @param bac budget at completion (BAC); positive
 * @param pv planned value PV
 * @param ev earned value EV
 * @param ac actual cost AC (paid so far)
 * @param spi SPI = EV / PV; absent when PV = 0
 * @param cpi CPI = EV / AC; absent when AC = 0
 * @param eac EAC = BAC / CPI; absent when AC = 0 or EV = 0
 * @param eacAtBudgetRate EAC = AC + (BAC − EV)
 * @param eacCpiSpi EAC = AC + (BAC − EV) / (CPI × SPI); absent when AC, EV or PV is 0
 */
@Api(Api.Status.EXPERIMENTAL)
public record EarnedValueFigures(
    Money bac,
    Money pv,
    Money ev,
    Money ac,
    Optional<BigDecimal> spi,
    Optional<BigDecimal> cpi,
    Optional<Money> eac,
    Money eacAtBudgetRate,
    Optional<Money> eacCpiSpi) {

  public EarnedValueFigures {
    requireNonNull(bac, "bac");
    requireNonNull(pv, "pv");
    requireNonNull(ev, "ev");
    requireNonNull(ac, "ac");
    requireNonNull(spi, "spi");
    requireNonNull(cpi, "cpi");
    requireNonNull(eac, "eac");
    requireNonNull(eacAtBudgetRate, "eacAtBudgetRate");
    requireNonNull(eacCpiSpi, "eacCpiSpi");
    checkArgument(bac.isPositive(), "BAC is positive");
  }

  /** The figures of smartkampung's {@link EarnedValue}. */
  public static EarnedValueFigures of(EarnedValue ev) {
    return new EarnedValueFigures(
        ev.bac(), ev.pv(), ev.ev(), ev.ac(), ev.spi(), ev.cpi(), ev.eac(), ev.eacAtBudgetRate(), ev.eacCpiSpi());
  }

  /** This with another SPI (for an adapter, or a deliberately broken system). */
  public EarnedValueFigures withSpi(Optional<BigDecimal> newSpi) {
    return new EarnedValueFigures(bac, pv, ev, ac, newSpi, cpi, eac, eacAtBudgetRate, eacCpiSpi);
  }

  /** This with another third EAC. */
  public EarnedValueFigures withEacCpiSpi(Optional<Money> newEac) {
    return new EarnedValueFigures(bac, pv, ev, ac, spi, cpi, eac, eacAtBudgetRate, newEac);
  }

  /** An amount in sen, for exact arithmetic in the contract. */
  static long sen(Money amount) {
    return Idr.toSen(amount);
  }
}
