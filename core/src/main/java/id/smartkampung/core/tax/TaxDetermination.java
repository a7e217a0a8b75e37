package id.smartkampung.core.tax;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.money.Idr;
import java.util.Optional;
import org.javamoney.moneta.Money;

/**
 * The taxes of one payment — <i>perhitungan pajak</i>: the payment split into its price without PPN
 * and PPN, and every tax and PFK deduction as a {@link TaxLine}. What the treasurer withholds is the
 * sum of the lines; the payee receives the rest. When December's reconciliation finds that more PPh 21
 * was withheld during the year than the year's tax, {@link #refundDue()} says how much is owed back
 * to the person (no line is negative). Immutable.
 */
public final class TaxDetermination {
  private final int fiscalYear;
  private final Payee payee;
  private final Purchase purchase;
  private final Money price;
  private final ImmutableList<TaxLine> lines;
  private final Money refundDue;

  TaxDetermination(int fiscalYear, Payee payee, Purchase purchase, Money price, ImmutableList<TaxLine> lines, Money refundDue) {
    this.fiscalYear = fiscalYear;
    this.payee = requireNonNull(payee);
    this.purchase = requireNonNull(purchase);
    this.price = requireNonNull(price);
    this.lines = requireNonNull(lines);
    this.refundDue = requireNonNull(refundDue);
  }

  /** The fiscal year whose rules were applied. */
  public int fiscalYear() {
    return fiscalYear;
  }

  /** The payee. */
  public Payee payee() {
    return payee;
  }

  /** The payment. */
  public Purchase purchase() {
    return purchase;
  }

  /** The amount paid. */
  public Money payment() {
    return purchase.amount();
  }

  /**
   * The price without PPN — <i>harga sebelum PPN</i>: the payment itself unless a PKP charged PPN in
   * it, then the payment less its PPN share; PPh 22, 23 and 4(2) are on this amount.
   */
  public Money priceWithoutPpn() {
    return price;
  }

  /** The PPN share of the payment (payment − price without PPN), collected or not. */
  public Money ppnShare() {
    return payment().subtract(price);
  }

  /** Every tax and PFK line, in a fixed order (PPN, PPh, PFK). */
  public ImmutableList<TaxLine> lines() {
    return lines;
  }

  /** The line of a levy, if the payment bears it. */
  public Optional<TaxLine> line(Levy levy) {
    return lines.stream().filter(l -> l.levy() == levy).findFirst();
  }

  /** The amount of a levy; zero when the payment does not bear it. */
  public Money amount(Levy levy) {
    return line(levy).map(TaxLine::amount).orElse(Idr.ZERO);
  }

  /** Everything the treasurer withholds: the sum of the lines. */
  public Money withheld() {
    Money sum = Idr.ZERO;
    for (TaxLine l : lines) {
      sum = sum.add(l.amount());
    }
    return sum;
  }

  /** What the payee receives: the payment less everything withheld. */
  public Money netToPayee() {
    return payment().subtract(withheld());
  }

  /** PPh 21 over-withheld during the year and owed back to the person (December); zero otherwise. */
  public Money refundDue() {
    return refundDue;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("TaxDetermination " + fiscalYear + " " + payee.id() + " " + Idr.format(payment()));
    for (TaxLine l : lines) {
      b.append("; ").append(l.levy().label()).append(' ').append(Idr.format(l.amount()));
    }
    return b.toString();
  }
}
