package id.smartkampung.core.ledger;

import id.smartkampung.core.Api;

/**
 * Where a {@link Ledger} writes each accepted operation before it takes effect — <i>jurnal</i>: the
 * hook for a durable, append-only journal.
 *
 * <p>The ledger calls {@link #append} under its lock, after every check has passed and before the
 * state changes. If {@code append} returns, the operation is posted; if it throws, nothing changes
 * and the exception reaches the caller of {@link Ledger#apply}. An implementation that returns only
 * once the entry is on disk (e.g. after {@code FileChannel.force}) therefore never acknowledges an
 * operation that a crash could lose. Calls come one at a time, in history order, with sequence
 * numbers 1, 2, 3, … without gaps.
 */
@Api(Api.Status.STABLE)
@FunctionalInterface
public interface OperationLog {
  /** A log that keeps nothing (the ledger holds its history in memory anyway). */
  OperationLog NONE = (sequence, operation) -> {};

  /**
   * Records an accepted operation.
   *
   * @param sequence the 1-based place in the history
   * @param operation the operation; never null
   * @throws RuntimeException to refuse the operation (e.g. the disk is full); the ledger stays unchanged
   */
  void append(long sequence, Operation operation);
}
