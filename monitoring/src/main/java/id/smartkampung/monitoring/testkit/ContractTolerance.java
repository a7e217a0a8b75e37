package id.smartkampung.monitoring.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import java.math.BigDecimal;

/**
 * How closely {@link ProjectAssessorContract} holds a system to the exact figures — <i>toleransi
 * uji</i>. smartkampung computes exactly and rounds once (amounts to the sen, indices to 6
 * decimals); a system computing in floating point or rounding to the rupiah needs more slack, and an
 * auditor says how much by overriding {@link ProjectAssessorContract#tolerance()}.
 *
 * @param percentPp slack on percentages, in percentage points; with a positive slack, cases that
 *     lie within it of a threshold (10 pp, 5 pp, the spending margin) are not judged
 * @param moneySen slack on amounts (PV, EV, EAC), in sen
 * @param index slack on SPI and CPI
 * @param relative extra slack on forecasts (EAC), as a share of the exact value
 */
@Api(Api.Status.EXPERIMENTAL)
public record ContractTolerance(BigDecimal percentPp, long moneySen, BigDecimal index, BigDecimal relative) {
  private static final ContractTolerance DEFAULTS =
      new ContractTolerance(BigDecimal.ZERO, 1, new BigDecimal("0.000001"), new BigDecimal("0.000001"));

  public ContractTolerance {
    requireNonNull(percentPp, "percentPp");
    requireNonNull(index, "index");
    requireNonNull(relative, "relative");
    checkArgument(percentPp.signum() >= 0 && moneySen >= 0 && index.signum() >= 0 && relative.signum() >= 0, "tolerances are not negative");
  }

  /**
   * The defaults: percentages exact, amounts to 1 sen, indices to 0.000001, forecasts to 1 sen plus
   * one millionth — what smartkampung's own rounding needs.
   */
  public static ContractTolerance defaults() {
    return DEFAULTS;
  }

  /** True when {@code value} is within the percentage slack of {@code threshold} (never, with no slack). */
  public boolean nearThreshold(BigDecimal value, BigDecimal threshold) {
    return percentPp.signum() > 0 && value.subtract(threshold).abs().compareTo(percentPp) <= 0;
  }
}
