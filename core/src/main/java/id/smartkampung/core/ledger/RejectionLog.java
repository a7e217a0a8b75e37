package id.smartkampung.core.ledger;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.rule.Finding;

/**
 * Where a {@link Ledger} hands each operation it refuses — <i>catatan penolakan</i>: the hook for a
 * store that keeps refused attempts in its audit trail ({@link
 * id.smartkampung.core.journal.Refusal}). Called under the ledger's lock, right after the check
 * that refused the operation: nothing is posted in between, so the refusal is recorded exactly where
 * it stands in the history. It changes nothing in the ledger.
 */
@Api(Api.Status.EXPERIMENTAL)
@FunctionalInterface
public interface RejectionLog {
  /** A log that keeps nothing. */
  RejectionLog NONE = (operation, findings) -> {};

  /**
   * Records a refused operation.
   *
   * @param operation the operation as given; never null
   * @param findings why it was refused; never null
   * @throws RuntimeException if it cannot be recorded; the ledger stays unchanged and the exception
   *     reaches the caller of {@link Ledger#apply(Operation, OperationLog, RejectionLog)}
   */
  void rejected(Operation operation, ImmutableList<Finding> findings);
}
