package id.smartkampung.core.ledger.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import org.javamoney.moneta.Money;

/**
 * The year-end realisation report — <i>Laporan Realisasi Anggaran</i> (LRA) of the accountability
 * report (<i>laporan pertanggungjawaban realisasi APBDes</i>, Permendagri 20/2018 pasal 70): budget
 * against realisation for pendapatan (per objek account), belanja (per kelompok 5.1–5.4) and
 * pembiayaan, and SiLPA per fund source (cash less tax still owed; at the close, the cash). An
 * immutable value.
 *
 * @param fiscalYear the fiscal year
 * @param closed whether the books were closed (otherwise the figures are as of now)
 * @param pendapatan revenue per account
 * @param belanja spending per kelompok
 * @param pembiayaanPenerimaan financing receipts per account
 * @param pembiayaanPengeluaran financing expenditures per account (6.2.x; realised by financing SPPs)
 * @param totalPendapatan total revenue
 * @param totalBelanja total spending
 * @param pembiayaanNeto financing receipts − expenditures
 * @param silpaByFundSource SiLPA per fund source
 * @param silpa the SiLPA: realised pendapatan − belanja + pembiayaan neto
 * @param byFundSource budget and realisation per fund source (<i>realisasi per sumber dana</i>, as
 *     the accountability report's attachments list it), with each source's SiLPA
 */
@Api(Api.Status.STABLE)
public record YearEndReport(
    int fiscalYear,
    boolean closed,
    ImmutableList<Row> pendapatan,
    ImmutableList<Row> belanja,
    ImmutableList<Row> pembiayaanPenerimaan,
    ImmutableList<Row> pembiayaanPengeluaran,
    Row totalPendapatan,
    Row totalBelanja,
    Row pembiayaanNeto,
    ImmutableSortedMap<FundSource, Money> silpaByFundSource,
    Money silpa,
    ImmutableSortedMap<FundSource, FundSourceRow> byFundSource) {

  /** A report without the rows per fund source (the form before they were added). */
  public YearEndReport(
      int fiscalYear,
      boolean closed,
      ImmutableList<Row> pendapatan,
      ImmutableList<Row> belanja,
      ImmutableList<Row> pembiayaanPenerimaan,
      ImmutableList<Row> pembiayaanPengeluaran,
      Row totalPendapatan,
      Row totalBelanja,
      Row pembiayaanNeto,
      ImmutableSortedMap<FundSource, Money> silpaByFundSource,
      Money silpa) {
    this(fiscalYear, closed, pendapatan, belanja, pembiayaanPenerimaan, pembiayaanPengeluaran, totalPendapatan, totalBelanja, pembiayaanNeto, silpaByFundSource, silpa,
        ImmutableSortedMap.of());
  }

  public YearEndReport {
    requireNonNull(pendapatan, "pendapatan");
    requireNonNull(belanja, "belanja");
    requireNonNull(pembiayaanPenerimaan, "pembiayaanPenerimaan");
    requireNonNull(pembiayaanPengeluaran, "pembiayaanPengeluaran");
    requireNonNull(totalPendapatan, "totalPendapatan");
    requireNonNull(totalBelanja, "totalBelanja");
    requireNonNull(pembiayaanNeto, "pembiayaanNeto");
    requireNonNull(silpaByFundSource, "silpaByFundSource");
    requireNonNull(silpa, "silpa");
    requireNonNull(byFundSource, "byFundSource");
  }

  /**
   * One fund source's budget and realisation — <i>realisasi per sumber dana</i>.
   *
   * @param fundSource the fund source
   * @param pendapatanBudget revenue budgeted from it (4.x)
   * @param pendapatanRealised revenue received into it (net of reversals)
   * @param belanjaBudget spending budgeted on it
   * @param belanjaRealised spending realised from it
   * @param pembiayaanPenerimaanBudget financing receipts budgeted into it (6.1.x, e.g. SiLPA)
   * @param pembiayaanPenerimaanRealised financing receipts received into it
   * @param pembiayaanPengeluaranBudget financing expenditures budgeted from it (6.2.x)
   * @param pembiayaanPengeluaranRealised financing expenditures realised from it
   * @param silpa its SiLPA (as in {@link #silpaByFundSource}; zero when it has none)
   */
  public record FundSourceRow(
      FundSource fundSource,
      Money pendapatanBudget,
      Money pendapatanRealised,
      Money belanjaBudget,
      Money belanjaRealised,
      Money pembiayaanPenerimaanBudget,
      Money pembiayaanPenerimaanRealised,
      Money pembiayaanPengeluaranBudget,
      Money pembiayaanPengeluaranRealised,
      Money silpa) {
    public FundSourceRow {
      requireNonNull(fundSource, "fundSource");
      requireNonNull(pendapatanBudget, "pendapatanBudget");
      requireNonNull(pendapatanRealised, "pendapatanRealised");
      requireNonNull(belanjaBudget, "belanjaBudget");
      requireNonNull(belanjaRealised, "belanjaRealised");
      requireNonNull(pembiayaanPenerimaanBudget, "pembiayaanPenerimaanBudget");
      requireNonNull(pembiayaanPenerimaanRealised, "pembiayaanPenerimaanRealised");
      requireNonNull(pembiayaanPengeluaranBudget, "pembiayaanPengeluaranBudget");
      requireNonNull(pembiayaanPengeluaranRealised, "pembiayaanPengeluaranRealised");
      requireNonNull(silpa, "silpa");
    }
  }

  /**
   * The next year's opening SiLPA — <i>SiLPA tahun sebelumnya</i> (6.1.1) — one penerimaan-pembiayaan
   * line per fund source, each keeping its source's earmark (leftover Dana Desa stays Dana Desa and
   * keeps its restrictions; leftover ADD may pay siltap again); money of the unearmarked SiLPA pool
   * ({@code SILPA}) stays unearmarked, on a line of source {@code SILPA} (a 6.1.1 line without a
   * source means the same to the validator, with a warning). Zero sources are left out. Meant for a closed year: the lines
   * go into the next year's APBDes, from which its book is opened.
   */
  public ImmutableList<BudgetLine> openingSilpa() {
    ImmutableList.Builder<BudgetLine> out = ImmutableList.builder();
    for (var e : silpaByFundSource.entrySet()) {
      if (!e.getValue().isPositive()) {
        continue;
      }
      out.add(
          BudgetLine.penerimaanPembiayaan(
              AccountCode.parse("6.1.1.01"),
              e.getKey(),
              "SiLPA TA " + fiscalYear + " " + e.getKey().code(),
              e.getValue()));
    }
    return out.build();
  }

  /**
   * One LRA row: an account (or a total under its parent), budget and realised.
   *
   * @param account the account
   * @param budget the budget in force
   * @param realised the realisation
   */
  public record Row(AccountCode account, Money budget, Money realised) {
    public Row {
      requireNonNull(account, "account");
      requireNonNull(budget, "budget");
      requireNonNull(realised, "realised");
    }

    /**
     * Budget − realised: the <i>lebih/(kurang)</i> column as published LRAs print it (the format of
     * the <i>laporan realisasi pelaksanaan APBDes</i>, Permendagri 20/2018 lampiran): positive where
     * less was realised than budgeted, negative (printed in parentheses) where more was — the same
     * sign as {@link RealisationReport.Figures#remaining()} (which also deducts commitments).
     */
    public Money difference() {
      return budget.subtract(realised);
    }

    /** Realised ÷ budget as a percentage with 2 decimals; 0 when the budget is 0. */
    public BigDecimal percent() {
      return Idr.ratio(Idr.toSen(realised), Idr.toSen(budget)).movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }
  }
}
