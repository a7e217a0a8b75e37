package id.smartkampung.core.ledger.book;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.OperationId;
import java.time.LocalDate;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * A subsidiary cash book of one place of the village's money (Permendagri 20/2018 Pasal 63 and its
 * lampiran: the BKU with its <i>buku pembantu</i>): the bank book — <i>buku pembantu bank</i>, every
 * movement through the village cash account (RKD) — or the cash book — <i>buku kas tunai</i>, every
 * movement through the treasurer's cash box — in business-date order (the journal order breaks ties),
 * with the running balance. The BKU's lines are each in exactly one of the two books; a <i>mutasi
 * kas</i> between them is in both (out of one, into the other) and not in the BKU, so that at every
 * line of the history the bank book's balance plus the cash book's equals the BKU's (I10). An
 * immutable value.
 *
 * @param place the place: {@link CashPlace#BANK} (buku pembantu bank) or {@link CashPlace#CASH} (buku kas tunai)
 * @param fiscalYear the fiscal year
 * @param entries the entries by business date, then journal order; never null
 * @param balance the closing balance, all fund sources
 * @param balances the closing balance per fund source (every fund source with an entry)
 */
@Api(Api.Status.EXPERIMENTAL)
public record BukuKas(CashPlace place, int fiscalYear, ImmutableList<Entry> entries, Money balance, ImmutableSortedMap<FundSource, Money> balances) {
  public BukuKas {
    requireNonNull(place, "place");
    requireNonNull(entries, "entries");
    requireNonNull(balance, "balance");
    requireNonNull(balances, "balances");
  }

  /** The book's name as the regulation's forms print it. */
  public String title() {
    return place == CashPlace.BANK ? "Buku Pembantu Bank" : "Buku Kas Tunai";
  }

  /**
   * One line of the book.
   *
   * @param sequence the operation's place in the history
   * @param date the business date
   * @param id the operation (bukti)
   * @param kind the BKU's kind of movement; null for a mutasi kas (not in the BKU)
   * @param fundSource the fund source
   * @param description what it was
   * @param in money in (zero when out)
   * @param out money out (zero when in)
   * @param balance the running balance of the place after this line, all fund sources
   */
  public record Entry(
      long sequence,
      LocalDate date,
      OperationId id,
      BukuKasUmum.@Nullable Kind kind,
      FundSource fundSource,
      String description,
      Money in,
      Money out,
      Money balance) {
    public Entry {
      requireNonNull(date, "date");
      requireNonNull(id, "id");
      requireNonNull(fundSource, "fundSource");
      requireNonNull(description, "description");
      requireNonNull(in, "in");
      requireNonNull(out, "out");
      requireNonNull(balance, "balance");
    }
  }
}
