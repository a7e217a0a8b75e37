package id.smartkampung.core.tax;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import org.javamoney.moneta.Money;

/**
 * One tax (or PFK deduction) of a payment — <i>baris potongan pajak</i>, what a withholding slip
 * (<i>bukti potong/pungut</i>) shows: the levy, its base (<i>dasar pengenaan pajak</i>), the rate, the
 * amount in whole rupiah, and the regulation and article it rests on. For progressive PPh 21 the rate
 * is the effective one (amount ÷ base, 6 decimals).
 *
 * @param levy the tax or deduction
 * @param base the base, whole rupiah, not negative
 * @param rate the rate applied (a fraction, e.g. 0.015)
 * @param amount the amount withheld or collected, whole rupiah, 0 ≤ amount ≤ base
 * @param reference the regulation and article
 */
public record TaxLine(Levy levy, Money base, BigDecimal rate, Money amount, String reference) {
  /** Checks the invariants: whole rupiah, 0 ≤ amount ≤ base, rate in [0, 1]. */
  public TaxLine {
    requireNonNull(levy, "levy");
    requireNonNull(base, "base");
    requireNonNull(rate, "rate");
    requireNonNull(amount, "amount");
    requireNonNull(reference, "reference");
    checkArgument(Idr.isIdr(base) && Idr.isIdr(amount), "%s: base and amount must be IDR", levy);
    checkArgument(!base.isNegative() && !amount.isNegative(), "%s: base %s and amount %s must not be negative", levy, base, amount);
    checkArgument(wholeRupiah(amount), "%s: amount %s is not whole rupiah", levy, amount);
    checkArgument(!amount.isGreaterThan(base), "%s: amount %s exceeds its base %s", levy, amount, base);
    checkArgument(rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) <= 0, "%s: rate %s not in [0, 1]", levy, rate);
  }

  private static boolean wholeRupiah(Money m) {
    return m.getNumberStripped().stripTrailingZeros().scale() <= 0;
  }
}
