package id.smartkampung.core.ledger.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import java.time.LocalDate;
import java.time.YearMonth;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * The Kaur Keuangan's monthly accountability report — <i>laporan pertanggungjawaban Kaur Keuangan
 * bulanan</i> (Permendagri 20/2018 Pasal 63: the treasurer closes the books at the end of every
 * month and accounts for the money to the Sekretaris Desa by the 10th of the next month) — one row
 * per month from January to the latest month with an entry or a close, built from the BKU in
 * business-date order: the balance the month opened with, money in and out (withheld tax counted
 * as money in, its deposit as money out, as the BKU prints them), the closing balance, and the
 * close (<i>tutup buku</i>) with the cash counted. An immutable value.
 *
 * @param fiscalYear the fiscal year
 * @param months the months in order; never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record MonthlyAccountability(int fiscalYear, ImmutableList<Month> months) {
  public MonthlyAccountability {
    requireNonNull(months, "months");
  }

  /**
   * One month of the report.
   *
   * @param month the month
   * @param opening the BKU balance at the start of the month
   * @param in money in during the month (receipts, returned panjar, withheld tax, reversed payments)
   * @param out money out during the month (payments, panjar, tax deposits, reversed receipts)
   * @param closing the BKU balance at the end of the month: {@code opening + in − out}
   * @param taxWithheld tax withheld in the month (PFK in, 7.1.1.x)
   * @param taxDeposited tax deposited in the month (PFK out)
   * @param entries the number of BKU lines in the month
   * @param closedOn the business date of its monthly close; null while it is not closed
   * @param cashCounted the cash on hand counted at the close; null while it is not closed
   * @param due the last day to report to the Sekretaris Desa: the 10th of the next month
   */
  public record Month(
      YearMonth month,
      Money opening,
      Money in,
      Money out,
      Money closing,
      Money taxWithheld,
      Money taxDeposited,
      int entries,
      @Nullable LocalDate closedOn,
      @Nullable Money cashCounted,
      LocalDate due) {
    public Month {
      requireNonNull(month, "month");
      requireNonNull(opening, "opening");
      requireNonNull(in, "in");
      requireNonNull(out, "out");
      requireNonNull(closing, "closing");
      requireNonNull(taxWithheld, "taxWithheld");
      requireNonNull(taxDeposited, "taxDeposited");
      requireNonNull(due, "due");
    }

    /** Whether the month's books are closed. */
    public boolean isClosed() {
      return closedOn != null;
    }
  }
}
