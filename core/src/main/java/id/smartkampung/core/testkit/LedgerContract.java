package id.smartkampung.core.testkit;

import id.smartkampung.core.Api;
import id.smartkampung.core.audit.LedgerHistory;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.testkit.ContractRun.Guarantee;
import java.util.EnumSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;

/**
 * The guarantees of budget execution as jqwik properties — <i>kontrak penatausahaan</i>: implement
 * {@link #newLedger} in a test class (named {@code …Properties} so that Maven runs it) and every
 * default property below runs against the ledger it returns, whatever system is behind it.
 *
 * <pre>
 * class MyLedgerProperties implements LedgerContract {
 *   &#64;Override
 *   public LedgerUnderTest newLedger(Village village, PolicyPack policy) {
 *     return LedgerUnderTest.of(Ledger.create(village, policy));   // or an adapter to another system
 *   }
 * }
 * </pre>
 *
 * <p>Each property generates {@link LedgerScenario}s ({@link #ledgerScenarios()}, by default
 * {@link LedgerArbitraries#scenarios()}: a village with a valid budget, then up to 60 operations,
 * valid and adversarial mixed), applies them to a new ledger one at a time and checks one
 * guarantee of DESIGN §3 after every operation, from what the ledger answered ({@link
 * id.smartkampung.core.ledger.Outcome}) and what it shows ({@link LedgerPosition}) — never by
 * asking this library's ledger what should have happened. A failure names the invariant, the
 * operation and the figures; jqwik shrinks it to a short sequence of plain operations.
 *
 * <p>Runs 100 tries per property by default; override a property to change its tries or its
 * scenarios, e.g. {@code @Override @Property(tries = 1000) public void cashOfEachFundSourceNever…
 * (@ForAll("ledgerScenarios") LedgerScenario s) { LedgerContract.super.cash…(s); }}, or override
 * {@link #ledgerScenarios()} (e.g. with {@link LedgerArbitraries#scenarios(LedgerHistory)} to start
 * from a village's own history).
 */
@Api(Api.Status.EXPERIMENTAL)
@PropertyDefaults(tries = 100)
public interface LedgerContract {

  /** A new, empty ledger of the village under the policy pack of its fiscal year; never null. */
  LedgerUnderTest newLedger(Village village, PolicyPack policy);

  /** The scenarios every property runs: {@link LedgerArbitraries#scenarios()}. */
  @Provide
  default Arbitrary<LedgerScenario> ledgerScenarios() {
    return LedgerArbitraries.scenarios();
  }

  /**
   * DESIGN §3: a rejected operation changes nothing and names its broken rule(s); a duplicate
   * changes nothing either.
   */
  @Property
  default void rejectedOperationsChangeNothing(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.UNCHANGED_ON_REJECTION);
  }

  /**
   * I1: every amount shown is IDR exact to the sen; budget, committed and realised are never
   * negative; no receipt, SPP or tax deposit that is not positive is accepted, nor an SPJ below
   * zero ({@code I1.amount-not-positive}, {@code I1.amount-precision}, {@code I1.amount-currency}).
   */
  @Property
  default void amountsAreRupiahToTheSen(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.AMOUNTS);
  }

  /**
   * I4: no SPP before the budget is enacted ({@code I4.budget-not-enacted}); the budget drafted
   * once and revised at most once ({@code I4.lifecycle-order}, {@code I4.revision-limit}); a
   * revision never enacted below what an item has committed and realised ({@code
   * I4.revision-below-committed}); money operations dated in the fiscal year ({@code
   * I4.outside-fiscal-year}); the close on or after 31 December, and nothing after it ({@code
   * I4.year-closed}).
   */
  @Property
  default void spendingFollowsTheEnactedBudget(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.LIFECYCLE);
  }

  /** I5: per item (kegiatan × rincian × sumber dana) committed + realised ≤ budget ({@code I5.item-overspent}). */
  @Property
  default void committedAndRealisedStayWithinEachItem(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.WITHIN_ITEM);
  }

  /**
   * I6: per fund source, cash less the tax withheld and still owed never goes negative — Dana Desa
   * not yet received cannot be spent ({@code I6.cash-negative}).
   */
  @Property
  default void cashOfEachFundSourceNeverGoesNegative(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.CASH);
  }

  /**
   * I7: every accepted step is taken by a registered official in their own role — the PKA of the
   * kegiatan submits, the Sekretaris Desa verifies, the Kepala Desa approves, the Kaur Keuangan
   * pays; submitter, verifier, approver and payer are distinct persons; each step once and in
   * order ({@code I7.wrong-role}, {@code I7.segregation-of-duties}, {@code I7.actor-not-registered},
   * {@code I7.step-order}).
   */
  @Property
  default void dutiesAreSegregated(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.DUTIES);
  }

  /**
   * I8: an operation whose id was accepted before is a no-op duplicate when its content is the
   * same, and rejected with {@code I8.idempotency-conflict} when it is not.
   */
  @Property
  default void aRepeatedIdIsANoOpOrAConflict(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.IDEMPOTENCY);
  }

  /**
   * I9: nothing is accepted that is dated in a month the Kaur Keuangan has closed ({@code
   * I9.month-closed}) or before what it follows ({@code I9.date-order}): registrations, budget
   * steps and closes after every accepted entry, an SPP not before the enactment in force, a step of
   * an SPP not before its latest step, a receipt's reversal not before the receipt. Receipts and
   * payments may be back-dated inside the open months (the property's name is older than that).
   */
  @Property
  default void entriesArePostedInDateOrder(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.DATE_ORDER);
  }

  /** I10: the BKU balance equals the cash of all fund sources; tax payable is never negative ({@code I10.books-unreconciled}). */
  @Property
  default void booksReconcile(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.BOOKS);
  }

  /**
   * I10: each accepted operation moves exactly its own amounts — a receipt the cash and receipts
   * of its fund source, an SPP the committed amount of its item, a payment from committed to
   * realised and the net out of the cash (its tax into tax owed), an SPJ the spent part into
   * realised and the rest back to cash, a deposit cash and tax owed, a reversal back — and nothing
   * else; enactment sets the budgets to the version enacted.
   */
  @Property
  default void balancesMoveByExactlyWhatIsPosted(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.MOVEMENTS);
  }

  /**
   * I9: a correction is a reversing entry of something posted — an accepted, unreversed receipt,
   * or a paid SPP with no later dependent (no tax deposited on it; a panjar before its SPJ) — and
   * each is reversed at most once ({@code I9.reversal-not-allowed}).
   */
  @Property
  default void reversalsUndoOnlyWhatIsPosted(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.REVERSAL);
  }

  /**
   * I5: an SPJ accounts for a paid panjar (SPP UM), once, for no more than the advance; of several
   * SPJ (issue 14) the partial ones together never beyond the advance, only the final one may go
   * beyond it, its excess paid further ({@code I5.panjar-overaccounted}, Permendagri 20/2018).
   */
  @Property
  default void panjarIsAccountedForWithinItsAdvance(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.PANJAR);
  }

  /**
   * I10: a tax deposit is traced to a paid LS SPP whose payment withheld that tax, and never
   * exceeds what that SPP still owes ({@code I10.tax-overdeposited}). The contract sees the SPP's
   * tax owed as the rise of its fund source's tax payable at payment, less what was deposited
   * since — per SPP, not per tax type: on a payment that withheld two taxes, too much of one
   * deposited while the other is still owed is beyond its sight.
   */
  @Property
  default void taxDepositsStayWithinWhatIsWithheld(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.TAX);
  }

  /**
   * I6 by place: the bank account (RKD) and the cash box of each fund source never go negative at
   * any business date — money leaves a place only if the place held it from the outflow's date on,
   * so a payment back-dated before the receipt it needs is refused ({@code I6.cash-place-negative},
   * Permendagri 20/2018 Pasal 43–44).
   */
  @Property
  default void bankAndCashBoxNeverGoNegative(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.CASH_PLACES);
  }

  /**
   * I5 for BLT Desa: paid only to families on the list decided by Perkades, at most the year's
   * amount a month and months at once, never twice for a family's month ({@code
   * I5.blt-kpm-not-listed}, {@code I5.blt-paid-twice}, {@code I11.blt-per-kpm}, {@code
   * I11.blt-months-at-once}).
   */
  @Property
  default void bltIsPaidOnlyToListedFamiliesOncePerMonth(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    run(scenario, Guarantee.BLT);
  }

  /**
   * I9: the accepted operations, replayed in order on a new ledger, are all accepted again and give
   * the same balances — the history is the whole truth.
   */
  @Property
  default void replayingTheAcceptedHistoryGivesTheSameBalances(@ForAll("ledgerScenarios") LedgerScenario scenario) {
    ContractRun.replays(this::newLedger, scenario);
  }

  private void run(LedgerScenario scenario, Guarantee guarantee) {
    ContractRun.check(this::newLedger, scenario, EnumSet.of(guarantee));
  }
}
