package id.smartkampung.monitoring.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.monitoring.earnedvalue.EarnedValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The earned-value figures a system under audit reports — <i>angka nilai hasil</i> — all amounts in
 * sen (IDR × 100), exactly as the system computed them; an index or forecast whose divisor is zero
 * is <em>absent</em>, never zero or infinite.
 *
 * @param bacSen budget at completion (BAC)
 * @param pvSen planned value PV
 * @param evSen earned value EV
 * @param acSen actual cost AC (paid so far)
 * @param spi SPI = EV / PV; absent when PV = 0
 * @param cpi CPI = EV / AC; absent when AC = 0
 * @param eacSen EAC = BAC / CPI; absent when AC = 0 or EV = 0
 * @param eacAtBudgetRateSen EAC = AC + (BAC − EV)
 * @param eacCpiSpiSen EAC = AC + (BAC − EV) / (CPI × SPI); absent when AC, EV or PV is 0
 */
@Api(Api.Status.EXPERIMENTAL)
public record EarnedValueFigures(
    long bacSen,
    long pvSen,
    long evSen,
    long acSen,
    Optional<BigDecimal> spi,
    Optional<BigDecimal> cpi,
    Optional<Long> eacSen,
    long eacAtBudgetRateSen,
    Optional<Long> eacCpiSpiSen) {

  public EarnedValueFigures {
    requireNonNull(spi, "spi");
    requireNonNull(cpi, "cpi");
    requireNonNull(eacSen, "eacSen");
    requireNonNull(eacCpiSpiSen, "eacCpiSpiSen");
    checkArgument(bacSen > 0, "BAC is positive");
  }

  /** The figures of smartkampung's {@link EarnedValue}. */
  public static EarnedValueFigures of(EarnedValue ev) {
    return new EarnedValueFigures(
        ev.bacSen(), ev.pvSen(), ev.evSen(), ev.acSen(), ev.spi(), ev.cpi(), ev.eacSen(),
        id.smartkampung.core.money.Idr.toSen(ev.eacAtBudgetRate()),
        ev.eacCpiSpi().map(id.smartkampung.core.money.Idr::toSen));
  }
}
