package id.smartkampung.core.ledger;

import id.smartkampung.core.Api;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Tax withheld by the treasurer — <i>potongan pajak</i>: the one place where a withholding is
 * computed. Each tax is {@code gross × rate} of the policy pack, rounded <b>down</b> ({@link
 * RoundingMode#DOWN}) to whole rupiah, so the treasurer never withholds more than the rate; the base
 * is the SPP's gross amount as requested. Due by the pack's day of the month after the payment
 * (PMK 81/2024: the 15th).
 */
@Api(Api.Status.INTERNAL)
public final class Withholding {
  /** The rounding of a withheld tax to whole rupiah. */
  public static final RoundingMode ROUNDING = RoundingMode.DOWN;

  private Withholding() {}

  /** The tax in sen (a whole number of rupiah) on {@code grossSen} at {@code rate}. */
  public static long taxSen(long grossSen, BigDecimal rate) {
    return BigDecimal.valueOf(grossSen).multiply(rate).movePointLeft(2).setScale(0, ROUNDING).longValueExact() * 100;
  }

  /** The tax in sen on {@code grossSen} for {@code type} at the pack's rate. */
  public static long taxSen(long grossSen, TaxType type, PolicyPack pack) {
    return taxSen(grossSen, pack.taxRate(type));
  }

  /** The deposit deadline of tax withheld on {@code paidOn}: the pack's day of the next month. */
  public static LocalDate dueDate(LocalDate paidOn, PolicyPack pack) {
    LocalDate next = paidOn.plusMonths(1).withDayOfMonth(1);
    return next.withDayOfMonth(Math.min(pack.taxes().depositDayOfNextMonth(), next.lengthOfMonth()));
  }
}
