package id.smartkampung.monitoring.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.PercentagePoints;
import java.math.BigDecimal;
import org.javamoney.moneta.Money;

/**
 * How closely {@link ProjectAssessorContract} holds a system to the exact figures — <i>toleransi
 * uji</i>. smartkampung computes exactly and rounds once (amounts to the sen, indices to 6
 * decimals); a system computing in floating point or rounding to the rupiah needs more slack, and an
 * auditor says how much by overriding {@link ProjectAssessorContract#tolerance()}.
 *
 * @param percentPp slack on percentages, in percentage points; with a positive slack, cases that
 *     lie within it of a threshold (10 pp, 5 pp, the spending margin) are not judged
 * @param money slack on amounts (PV, EV, EAC), IDR
 * @param index slack on SPI and CPI (a ratio)
 * @param relative extra slack on forecasts (EAC), as a percentage of the exact value
 */
@Api(Api.Status.EXPERIMENTAL)
public record ContractTolerance(PercentagePoints percentPp, Money money, BigDecimal index, Percent relative) {
  private static final ContractTolerance DEFAULTS =
      new ContractTolerance(PercentagePoints.ZERO, Idr.ofSen(1), new BigDecimal("0.000001"), Percent.parse("0.0001"));

  public ContractTolerance {
    requireNonNull(percentPp, "percentPp");
    requireNonNull(money, "money");
    requireNonNull(index, "index");
    requireNonNull(relative, "relative");
    checkArgument(percentPp.signum() >= 0 && !money.isNegative() && index.signum() >= 0, "tolerances are not negative");
  }

  /**
   * The defaults: percentages exact, amounts to 1 sen, indices to 0.000001, forecasts to 1 sen plus
   * one millionth (0.0001 %) — what smartkampung's own rounding needs.
   */
  public static ContractTolerance defaults() {
    return DEFAULTS;
  }

  /** True when {@code value} is within the percentage slack of {@code threshold} (never, with no slack). */
  public boolean nearThreshold(BigDecimal value, BigDecimal threshold) {
    return percentPp.signum() > 0 && value.subtract(threshold).abs().compareTo(percentPp.value()) <= 0;
  }

  /** The money slack in sen. */
  long moneySen() {
    return Idr.toSen(money);
  }
}
