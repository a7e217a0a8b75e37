package id.smartkampung.core.testkit;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Outcome;

/**
 * A ledger as the contracts see it — <i>pembukuan yang diuji</i>: any implementation of village
 * budget execution, ours or a foreign one, that takes {@link Operation}s one at a time and shows
 * its balances. An auditor adapts a system to this interface in a few lines; {@link #of(Ledger)}
 * adapts ours.
 *
 * <p>A foreign system reports its result as an {@link Outcome}: {@code new Outcome(ACCEPTED, op,
 * sequence, List.of())}, {@code new Outcome(DUPLICATE, op, sequence, List.of())} for a repeat of an
 * operation with the same id and content, or {@code new Outcome(REJECTED, op, 0, findings)} with at
 * least one {@link id.smartkampung.core.rule.Finding} naming the broken {@link
 * id.smartkampung.core.rule.Rule} (map the system's own error codes to ours).
 */
@Api(Api.Status.EXPERIMENTAL)
public interface LedgerUnderTest {
  /** Attempts the operation; never null. */
  Outcome apply(Operation op);

  /** The balances now; never null. */
  LedgerPosition position();

  /** Our {@link Ledger}, seen through this interface. */
  static LedgerUnderTest of(Ledger ledger) {
    requireNonNull(ledger, "ledger");
    return new LedgerUnderTest() {
      @Override
      public Outcome apply(Operation op) {
        return ledger.apply(op);
      }

      @Override
      public LedgerPosition position() {
        return LedgerPosition.of(ledger);
      }

      @Override
      public String toString() {
        return ledger.toString();
      }
    };
  }
}
