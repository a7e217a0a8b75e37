package id.smartkampung.monitoring.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.earnedvalue.EarnedValue;
import java.math.BigDecimal;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * The earned-value figures a system under audit reports — <i>angka nilai hasil</i> — amounts in IDR
 * exactly as the system computed them (to the sen), indices as plain ratios (1 = on plan); an index
 * or forecast whose divisor is zero is <em>absent</em> (null), never zero or infinite.
 *
 * @param bac budget at completion (BAC); positive
 * @param pv planned value PV
 * @param ev earned value EV
 * @param ac actual cost AC (paid so far)
 * @param spi SPI = EV / PV; null when PV = 0
 * @param cpi CPI = EV / AC; null when AC = 0
 * @param eac EAC = BAC / CPI; null when AC = 0 or EV = 0
 * @param eacAtBudgetRate EAC = AC + (BAC − EV)
 * @param eacCpiSpi EAC = AC + (BAC − EV) / (CPI × SPI); null when AC, EV or PV is 0
 */
@Api(Api.Status.EXPERIMENTAL)
public record EarnedValueFigures(
    Money bac,
    Money pv,
    Money ev,
    Money ac,
    @Nullable BigDecimal spi,
    @Nullable BigDecimal cpi,
    @Nullable Money eac,
    Money eacAtBudgetRate,
    @Nullable Money eacCpiSpi) {

  public EarnedValueFigures {
    requireNonNull(bac, "bac");
    requireNonNull(pv, "pv");
    requireNonNull(ev, "ev");
    requireNonNull(ac, "ac");
    requireNonNull(eacAtBudgetRate, "eacAtBudgetRate");
    checkArgument(bac.isPositive(), "BAC is positive");
  }

  /** The figures of smartkampung's {@link EarnedValue}. */
  public static EarnedValueFigures of(EarnedValue ev) {
    return new EarnedValueFigures(
        ev.bac(), ev.pv(), ev.ev(), ev.ac(),
        ev.spi().orElse(null),
        ev.cpi().orElse(null),
        ev.eac().orElse(null),
        ev.eacAtBudgetRate(),
        ev.eacCpiSpi().orElse(null));
  }

  /** This with another SPI, null for none (for an adapter, or a deliberately broken system). */
  public EarnedValueFigures withSpi(@Nullable BigDecimal newSpi) {
    return new EarnedValueFigures(bac, pv, ev, ac, newSpi, cpi, eac, eacAtBudgetRate, eacCpiSpi);
  }

  /** This with another third EAC, null for none. */
  public EarnedValueFigures withEacCpiSpi(@Nullable Money newEac) {
    return new EarnedValueFigures(bac, pv, ev, ac, spi, cpi, eac, eacAtBudgetRate, newEac);
  }

  /** An amount in sen, for exact arithmetic in the contract. */
  static long sen(Money amount) {
    return Idr.toSen(amount);
  }
}
