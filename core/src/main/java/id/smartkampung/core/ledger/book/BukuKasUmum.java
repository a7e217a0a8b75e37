package id.smartkampung.core.ledger.book;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.OperationId;
import java.time.LocalDate;
import org.javamoney.moneta.Money;

/**
 * The general cash book — <i>Buku Kas Umum</i> (BKU, Permendagri 20/2018 pasal 63): every movement
 * of money in and out of the village cash account (RKD), in business-date order (an entry back-dated
 * inside the open month stands at its date; the journal order, the order of record, breaks ties),
 * with its running balance.
 * Withheld tax appears as money in (<i>penerimaan PFK</i>, 7.1.1.x) beside the gross payment, and
 * its deposit as money out. An immutable value.
 *
 * @param fiscalYear the fiscal year
 * @param entries the entries by business date, then journal order; never null
 * @param balance the closing balance (the last entry's running balance, or zero)
 */
@Api(Api.Status.STABLE)
public record BukuKasUmum(int fiscalYear, ImmutableList<Entry> entries, Money balance) {
  public BukuKasUmum {
    requireNonNull(entries, "entries");
    requireNonNull(balance, "balance");
  }

  /** What kind of movement an entry is. */
  public enum Kind {
    /** Revenue received (<i>penerimaan</i>). */
    RECEIPT,
    /** A receipt reversed (<i>koreksi penerimaan</i>). */
    RECEIPT_REVERSAL,
    /** An LS payment, gross (<i>belanja</i>). */
    PAYMENT,
    /** Tax withheld on an LS payment (<i>potongan pajak</i>, PFK in). */
    TAX_WITHHELD,
    /** A panjar advanced to a PKA (<i>pemberian panjar</i>). */
    PANJAR,
    /** The unspent rest of a panjar returned with its SPJ (<i>pengembalian sisa panjar</i>). */
    PANJAR_RETURN,
    /** Withheld tax deposited to the state treasury (<i>penyetoran pajak</i>, PFK out). */
    TAX_DEPOSIT,
    /** A payment reversed (<i>koreksi pembayaran</i>); a withholding reversed with it is an entry out. */
    PAYMENT_REVERSAL
  }

  /**
   * One BKU line.
   *
   * @param sequence the operation's place in the history
   * @param date the business date
   * @param id the operation (bukti)
   * @param kind the kind of movement
   * @param account the account: revenue 4.x/6.1.x, belanja 5.x, or PFK 7.1.1.0x
   * @param fundSource the fund source
   * @param description what it was
   * @param in money in (zero when out)
   * @param out money out (zero when in)
   * @param balance the running balance after this line
   */
  public record Entry(
      long sequence,
      LocalDate date,
      OperationId id,
      Kind kind,
      AccountCode account,
      FundSource fundSource,
      String description,
      Money in,
      Money out,
      Money balance) {
    public Entry {
      requireNonNull(date, "date");
      requireNonNull(id, "id");
      requireNonNull(kind, "kind");
      requireNonNull(account, "account");
      requireNonNull(fundSource, "fundSource");
      requireNonNull(description, "description");
      requireNonNull(in, "in");
      requireNonNull(out, "out");
      requireNonNull(balance, "balance");
    }
  }
}
