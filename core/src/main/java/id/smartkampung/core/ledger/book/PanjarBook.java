package id.smartkampung.core.ledger.book;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.ledger.OperationId;
import java.time.LocalDate;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * The advances book — <i>buku pembantu panjar</i>: every panjar (SPP UM) paid, whether it is still
 * outstanding, accounted for by SPJ or reversed, and whether it is overdue: not accounted for within
 * the policy pack's working days of payment (Permendagri 20/2018: 10 working days), as of a date.
 * An immutable value.
 *
 * @param asOf the date of the book
 * @param lines one per panjar paid, in payment order
 * @param outstanding total advanced and not yet accounted for
 * @param overdue the part of {@code outstanding} past its deadline
 */
@Api(Api.Status.STABLE)
public record PanjarBook(LocalDate asOf, ImmutableList<Line> lines, Money outstanding, Money overdue) {
  public PanjarBook {
    requireNonNull(asOf, "asOf");
    requireNonNull(lines, "lines");
    requireNonNull(outstanding, "outstanding");
    requireNonNull(overdue, "overdue");
  }

  /** Where a panjar stands. */
  public enum Status {
    /** Advanced, not yet accounted for. */
    OUTSTANDING,
    /** Accounted for by SPJ, the rest returned. */
    SETTLED,
    /** The advance was reversed. */
    REVERSED
  }

  /**
   * One panjar.
   *
   * @param spp the SPP UM
   * @param item the budget item
   * @param pka the person id of the PKA who submitted it
   * @param paidOn when advanced
   * @param due the last day to account for it
   * @param advance the amount advanced
   * @param status where it stands
   * @param settledOn when accounted for; null while not accounted for
   * @param spent spent as shown by receipts (zero until settled)
   * @param returned returned to the RKD (zero until settled)
   * @param overdue true when outstanding after {@code due}, or settled after it
   */
  public record Line(
      OperationId spp,
      BudgetItemKey item,
      String pka,
      LocalDate paidOn,
      LocalDate due,
      Money advance,
      Status status,
      @Nullable LocalDate settledOn,
      Money spent,
      Money returned,
      boolean overdue) {
    public Line {
      requireNonNull(spp, "spp");
      requireNonNull(item, "item");
      requireNonNull(pka, "pka");
      requireNonNull(paidOn, "paidOn");
      requireNonNull(due, "due");
      requireNonNull(advance, "advance");
      requireNonNull(status, "status");
      requireNonNull(spent, "spent");
      requireNonNull(returned, "returned");
    }
  }
}
