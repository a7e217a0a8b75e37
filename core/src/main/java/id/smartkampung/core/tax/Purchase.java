package id.smartkampung.core.tax;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.money.Idr;
import java.time.LocalDate;
import org.javamoney.moneta.Money;

/**
 * One payment to a payee as the tax office sees it — <i>transaksi pembayaran</i>: what it buys, the
 * amount paid (which <b>includes</b> PPN when a PKP charges it), the date, whether it is one part of
 * a purchase split into several payments (<i>dipecah-pecah</i>: the small-payment exemptions then do
 * not apply), and for PPh 21 the person's {@link IncomeToDate}.
 *
 * @param kind what is bought
 * @param amount the amount paid, positive, at most 2 decimals
 * @param paidOn the payment date (its month is the tax period)
 * @param split true when the purchase was split into several payments
 * @param earlier the person's earlier income this year (PPh 21 only; {@link IncomeToDate#none()} otherwise)
 * @param lastPeriod true when this is the person's last tax period of the year before December (they stop working): the
 *     year is reconciled now, as in December
 */
public record Purchase(PurchaseKind kind, Money amount, LocalDate paidOn, boolean split, IncomeToDate earlier, boolean lastPeriod) {
  /** Checks the amount is a positive, exact IDR amount. */
  public Purchase {
    requireNonNull(kind, "kind");
    requireNonNull(amount, "amount");
    requireNonNull(paidOn, "paidOn");
    requireNonNull(earlier, "earlier");
    checkArgument(Idr.isIdr(amount), "purchase amount %s is not in IDR", amount);
    checkArgument(Idr.isExactToSen(amount), "purchase amount %s has more than 2 decimals", amount);
    checkArgument(amount.isPositive(), "purchase amount %s must be positive", amount);
  }

  /** A payment that is not split, with no earlier income. */
  public static Purchase of(PurchaseKind kind, Money amount, LocalDate paidOn) {
    return new Purchase(kind, amount, paidOn, false, IncomeToDate.none(), false);
  }

  /** This purchase marked as one part of a split purchase. */
  public Purchase asSplit() {
    return new Purchase(kind, amount, paidOn, true, earlier, lastPeriod);
  }

  /** This purchase with the person's earlier income this year. */
  public Purchase withEarlier(IncomeToDate e) {
    return new Purchase(kind, amount, paidOn, split, e, lastPeriod);
  }

  /** This purchase as the person's last tax period of the year (they stop working this month). */
  public Purchase asLastPeriod() {
    return new Purchase(kind, amount, paidOn, split, earlier, true);
  }
}
