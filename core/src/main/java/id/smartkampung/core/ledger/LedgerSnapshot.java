package id.smartkampung.core.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.code.FundSource;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * The observable state of a ledger at one moment — <i>posisi keuangan</i>: per budget item its
 * budget, committed and realised amounts; per fund source what was received, the cash in the RKD
 * and the tax withheld and still owed; each SPP's status. Two ledgers with equal snapshots are in
 * the same state. An immutable value.
 *
 * @param historySize the number of accepted operations
 * @param stage the stage of the budget version now moving; null before the draft
 * @param revised whether the one revision of the year has been drafted
 * @param closed whether the year is closed
 * @param items per item of the budget in force (items cut from a revision stay with budget 0)
 * @param funds per fund source that has been received or budgeted
 * @param spps the status of every SPP by the id that submitted it
 * @param financing per financing expenditure item (6.2.x × fund source) of the budget in force —
 *     <i>pengeluaran pembiayaan</i>: budget, committed by financing SPPs and realised (items cut
 *     from a revision stay with budget 0)
 */
@Api(Api.Status.STABLE)
public record LedgerSnapshot(
    long historySize,
    ApbdesLifecycle.@Nullable Stage stage,
    boolean revised,
    boolean closed,
    ImmutableSortedMap<BudgetItemKey, ItemPosition> items,
    ImmutableSortedMap<FundSource, FundPosition> funds,
    ImmutableSortedMap<OperationId, SppStatus> spps,
    ImmutableSortedMap<FinancingItemKey, ItemPosition> financing) {

  public LedgerSnapshot {
    requireNonNull(items, "items");
    requireNonNull(funds, "funds");
    requireNonNull(spps, "spps");
    requireNonNull(financing, "financing");
  }

  /** A snapshot without financing items (the form before they were recorded here). */
  public LedgerSnapshot(
      long historySize,
      ApbdesLifecycle.@Nullable Stage stage,
      boolean revised,
      boolean closed,
      ImmutableSortedMap<BudgetItemKey, ItemPosition> items,
      ImmutableSortedMap<FundSource, FundPosition> funds,
      ImmutableSortedMap<OperationId, SppStatus> spps) {
    this(historySize, stage, revised, closed, items, funds, spps, ImmutableSortedMap.of());
  }

  /**
   * One budget item — <i>rincian DPA</i>: budget, committed (SPP submitted to approved and not yet
   * paid, plus panjar paid and not yet accounted for) and realised (LS paid, panjar accounted for).
   */
  public record ItemPosition(Money budget, Money committed, Money realised) {
    public ItemPosition {
      requireNonNull(budget, "budget");
      requireNonNull(committed, "committed");
      requireNonNull(realised, "realised");
    }

    /** What may still be requested: budget − committed − realised (<i>sisa anggaran</i>). */
    public Money remaining() {
      return budget.subtract(committed).subtract(realised);
    }
  }

  /**
   * One fund source — <i>sumber dana</i> in the RKD: received (net of reversed receipts), cash held
   * (including tax withheld and not yet deposited) and that tax owed.
   */
  public record FundPosition(Money received, Money cash, Money taxPayable) {
    public FundPosition {
      requireNonNull(received, "received");
      requireNonNull(cash, "cash");
      requireNonNull(taxPayable, "taxPayable");
    }

    /** What may still be spent: cash − tax owed (never negative, I6). */
    public Money available() {
      return cash.subtract(taxPayable);
    }
  }
}
