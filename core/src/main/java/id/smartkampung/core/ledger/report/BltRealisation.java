package id.smartkampung.core.ledger.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.Api;
import id.smartkampung.core.ledger.OperationId;
import java.time.LocalDate;
import java.time.YearMonth;
import org.javamoney.moneta.Money;

/**
 * The realisation of BLT Desa per family and month — <i>laporan realisasi BLT Desa per KPM per
 * bulan</i> (Permendesa PDT 16/2025 on the focus of Dana Desa use: BLT Desa for extreme poverty,
 * paid monthly per beneficiary family, KPM): every KPM-month paid by a BLT SPP that stands (paid,
 * not reversed), the families on the Perkades list now, totals per family and per month. Families
 * appear by the village's own KPM id, never by an NIK (UU 27/2022). An immutable value.
 *
 * @param fiscalYear the fiscal year
 * @param listed the families on the list now (after every Perkades change)
 * @param payments every KPM-month paid, in the order the payments were posted
 * @param byKpm the total paid per family
 * @param byMonth the total paid per month
 * @param total everything paid
 */
@Api(Api.Status.EXPERIMENTAL)
public record BltRealisation(
    int fiscalYear,
    ImmutableSortedSet<String> listed,
    ImmutableList<Payment> payments,
    ImmutableSortedMap<String, Money> byKpm,
    ImmutableSortedMap<YearMonth, Money> byMonth,
    Money total) {

  public BltRealisation {
    requireNonNull(listed, "listed");
    requireNonNull(payments, "payments");
    requireNonNull(byKpm, "byKpm");
    requireNonNull(byMonth, "byMonth");
    requireNonNull(total, "total");
  }

  /** The months a family was paid for (empty for a family never paid). */
  public ImmutableSortedSet<YearMonth> monthsPaid(String kpm) {
    return payments.stream().filter(p -> p.kpm().equals(kpm)).map(Payment::month).collect(ImmutableSortedSet.toImmutableSortedSet(java.util.Comparator.naturalOrder()));
  }

  /**
   * One family's one month paid.
   *
   * @param kpm the village's id of the family
   * @param month the month paid for
   * @param amount the amount
   * @param spp the BLT SPP that paid it
   * @param paidOn the date of payment
   */
  public record Payment(String kpm, YearMonth month, Money amount, OperationId spp, LocalDate paidOn) {
    public Payment {
      requireNonNull(kpm, "kpm");
      requireNonNull(month, "month");
      requireNonNull(amount, "amount");
      requireNonNull(spp, "spp");
      requireNonNull(paidOn, "paidOn");
    }
  }
}
