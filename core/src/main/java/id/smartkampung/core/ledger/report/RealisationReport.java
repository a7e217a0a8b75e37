package id.smartkampung.core.ledger.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.javamoney.moneta.Money;

/**
 * The budget realisation report — <i>laporan realisasi pelaksanaan APBDes</i> (Permendagri 20/2018
 * pasal 68): per budget item and summed per bidang, kegiatan and fund source, the budget in force,
 * what is committed, what is realised, the realised share and what remains, as of a date. The
 * semester I report is this report as of 30 June. Every total is the sum of its lines (I10). An
 * immutable value.
 *
 * @param title e.g. "Realisasi APBDes 2025 s.d. 30 Juni 2025"
 * @param asOf the date
 * @param lines one per item, in item order
 * @param byBidang totals per bidang code ({@code 01}..{@code 05})
 * @param byKegiatan totals per kegiatan
 * @param byFundSource totals per fund source
 * @param total the grand total of belanja
 */
@Api(Api.Status.STABLE)
public record RealisationReport(
    String title,
    LocalDate asOf,
    ImmutableList<Line> lines,
    ImmutableSortedMap<String, Figures> byBidang,
    ImmutableSortedMap<KegiatanCode, Figures> byKegiatan,
    ImmutableSortedMap<FundSource, Figures> byFundSource,
    Figures total) {

  public RealisationReport {
    requireNonNull(title, "title");
    requireNonNull(asOf, "asOf");
    requireNonNull(lines, "lines");
    requireNonNull(byBidang, "byBidang");
    requireNonNull(byKegiatan, "byKegiatan");
    requireNonNull(byFundSource, "byFundSource");
    requireNonNull(total, "total");
  }

  /** One budget item's figures. */
  public record Line(BudgetItemKey item, Figures figures) {
    public Line {
      requireNonNull(item, "item");
      requireNonNull(figures, "figures");
    }
  }

  /**
   * Budget, committed and realised of an item or a group of items.
   *
   * @param budget the budget in force
   * @param committed submitted to approved and not paid, plus panjar not yet accounted for
   * @param realised paid (LS) and accounted for (panjar SPJ)
   */
  public record Figures(Money budget, Money committed, Money realised) {
    /** All zero. */
    public static final Figures ZERO = new Figures(Idr.ZERO, Idr.ZERO, Idr.ZERO);

    public Figures {
      requireNonNull(budget, "budget");
      requireNonNull(committed, "committed");
      requireNonNull(realised, "realised");
    }

    /** The sum of two figures. */
    public Figures plus(Figures o) {
      return new Figures(budget.add(o.budget), committed.add(o.committed), realised.add(o.realised));
    }

    /** What remains: budget − committed − realised (<i>sisa anggaran</i>). */
    public Money remaining() {
      return budget.subtract(committed).subtract(realised);
    }

    /** Realised ÷ budget as a percentage with 2 decimals, rounded half-even; 0 when the budget is 0. */
    public BigDecimal realisedPercent() {
      return Idr.ratio(Idr.toSen(realised), Idr.toSen(budget)).movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }
  }
}
