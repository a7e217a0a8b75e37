package id.smartkampung.core.ledger.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.BudgetItemKey;
import org.javamoney.moneta.Money;

/**
 * The village's capital assets bought in the year — <i>daftar aset desa dari belanja modal</i>, the
 * list that goes with the year-end accountability report (Permendagri 20/2018 Pasal 70: the report
 * is accompanied by the financial statements; what belanja modal, kelompok 5.3, buys becomes an
 * asset of the village): realised spending per budget item of kelompok 5.3 (LS paid, panjar
 * accounted for; reversals taken out), items with nothing realised left out. An immutable value.
 *
 * @param fiscalYear the fiscal year
 * @param lines the 5.3 items with realised spending, in item order; never null
 * @param total the sum of the lines
 */
@Api(Api.Status.EXPERIMENTAL)
public record CapitalAssets(int fiscalYear, ImmutableList<Line> lines, Money total) {
  public CapitalAssets {
    requireNonNull(lines, "lines");
    requireNonNull(total, "total");
  }

  /**
   * One budget item of belanja modal.
   *
   * @param item the item (kegiatan, 5.3.x account, fund source)
   * @param budget its budget in force
   * @param realised what was realised on it
   */
  public record Line(BudgetItemKey item, Money budget, Money realised) {
    public Line {
      requireNonNull(item, "item");
      requireNonNull(budget, "budget");
      requireNonNull(realised, "realised");
    }
  }
}
