package id.smartkampung.core.testkit;

import id.smartkampung.core.Api;
import id.smartkampung.core.audit.LedgerHistory;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.policy.PolicyPack;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;

/**
 * The guarantees over one village's real history — <i>audit riwayat desa</i>: implement {@link
 * #history()} (a history built in code, taken from a ledger, or read from the village's journal)
 * in a test class named {@code …Properties}, and the two default checks run:
 *
 * <ul>
 *   <li>{@link #everyGuaranteeHoldsAfterEveryOperationOfTheHistory()}: replayed on a new ledger,
 *       every operation of the history is accepted and, after each, every guarantee of {@link
 *       LedgerContract} holds;
 *   <li>{@link #noContinuationFromAnyPointBreaksAGuarantee}: from a prefix of the history of any
 *       length, generated operations — valid and adversarial — never break a guarantee either: the
 *       village's real state cannot be pushed into overspending, negative cash or a self-approved
 *       payment.
 * </ul>
 *
 * <p>The ledger is this library's {@link Ledger} unless {@link #newLedger} is overridden to test
 * another system on the same history.
 */
@Api(Api.Status.EXPERIMENTAL)
@PropertyDefaults(tries = 100)
public interface LedgerHistoryContract {

  /** The history to audit; never null. Called once per property. */
  LedgerHistory history();

  /** A new, empty ledger to replay the history on; by default this library's {@link Ledger}. */
  default LedgerUnderTest newLedger(Village village, PolicyPack policy) {
    return LedgerUnderTest.of(Ledger.create(village, policy));
  }

  /** Prefixes of {@link #history()} of any length followed by generated operations: {@link LedgerArbitraries#continuations}. */
  @Provide
  default Arbitrary<LedgerScenario> continuationsOfTheHistory() {
    return LedgerArbitraries.continuations(history());
  }

  /** Every operation of the history is accepted, and after each every guarantee holds. */
  @Example
  default void everyGuaranteeHoldsAfterEveryOperationOfTheHistory() {
    ContractRun.history(this::newLedger, history());
  }

  /** From any point of the history, no sequence of further operations breaks a guarantee. */
  @Property
  default void noContinuationFromAnyPointBreaksAGuarantee(@ForAll("continuationsOfTheHistory") LedgerScenario scenario) {
    ContractRun.check(this::newLedger, scenario, ContractRun.ALL);
  }
}
