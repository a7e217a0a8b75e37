package id.smartkampung.core.tax;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.money.Idr;
import org.javamoney.moneta.Money;

/**
 * A person's income and PPh 21 earlier in the tax year — <i>penghasilan dan PPh 21 sebelumnya</i> —
 * paid by this village before the payment being taxed: what the month's TER, the non-employee's
 * cumulative base and the December reconciliation need. {@link #none()} for a first payment.
 *
 * @param grossThisMonth gross income already paid this calendar month
 * @param pph21ThisMonth PPh 21 already withheld this month
 * @param grossThisYear gross income already paid this tax year (including this month's)
 * @param pph21ThisYear PPh 21 already withheld this tax year (including this month's)
 * @param monthsEmployed months of the year the person is employed, 1..12 (caps the biaya jabatan)
 */
public record IncomeToDate(Money grossThisMonth, Money pph21ThisMonth, Money grossThisYear, Money pph21ThisYear, int monthsEmployed) {
  private static final IncomeToDate NONE = new IncomeToDate(Idr.ZERO, Idr.ZERO, Idr.ZERO, Idr.ZERO, 12);

  /** Checks amounts are exact, not negative, month within year, months 1..12. */
  public IncomeToDate {
    for (Money m : new Money[] {
      requireNonNull(grossThisMonth, "grossThisMonth"),
      requireNonNull(pph21ThisMonth, "pph21ThisMonth"),
      requireNonNull(grossThisYear, "grossThisYear"),
      requireNonNull(pph21ThisYear, "pph21ThisYear")
    }) {
      checkArgument(Idr.isIdr(m) && Idr.isExactToSen(m) && !m.isNegative(), "income to date: %s must be a non-negative IDR amount", m);
    }
    checkArgument(!grossThisMonth.isGreaterThan(grossThisYear), "income to date: this month's gross exceeds the year's");
    checkArgument(!pph21ThisMonth.isGreaterThan(pph21ThisYear), "income to date: this month's PPh 21 exceeds the year's");
    checkArgument(monthsEmployed >= 1 && monthsEmployed <= 12, "income to date: months employed %s not in 1..12", monthsEmployed);
  }

  /** Nothing paid before: a full year's employment. */
  public static IncomeToDate none() {
    return NONE;
  }
}
