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

  /**
   * What a person was paid and withheld before a payment on {@code date}, from the determinations
   * of their earlier payments this year (a full year's employment assumed): the gross of each
   * personal-income payment and its PPh 21 line, those of {@code date}'s month counted as this month's.
   *
   * @throws IllegalArgumentException when an earlier payment is dated after {@code date} or in another year
   */
  public static IncomeToDate from(java.util.Collection<TaxDetermination> earlier, java.time.LocalDate date) {
    Money monthGross = Idr.ZERO;
    Money monthTax = Idr.ZERO;
    Money yearGross = Idr.ZERO;
    Money yearTax = Idr.ZERO;
    for (TaxDetermination d : earlier) {
      java.time.LocalDate on = d.purchase().paidOn();
      checkArgument(on.getYear() == date.getYear() && !on.isAfter(date), "earlier payment on %s is not before %s in the same year", on, date);
      if (!d.purchase().kind().isPersonalIncome()) {
        continue;
      }
      Money tax = d.amount(Levy.PPH_21);
      yearGross = yearGross.add(d.payment());
      yearTax = yearTax.add(tax);
      if (on.getMonth() == date.getMonth()) {
        monthGross = monthGross.add(d.payment());
        monthTax = monthTax.add(tax);
      }
    }
    return new IncomeToDate(monthGross, monthTax, yearGross, yearTax, 12);
  }
}
