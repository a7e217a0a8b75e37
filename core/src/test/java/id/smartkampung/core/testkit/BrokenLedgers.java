package id.smartkampung.core.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.LedgerSnapshot.FundPosition;
import id.smartkampung.core.ledger.LedgerSnapshot.ItemPosition;
import id.smartkampung.core.ledger.OfficialRegistration;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.ledger.Operation.DraftRevision;
import id.smartkampung.core.ledger.Operation.EnactBudget;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.ReversePayment;
import id.smartkampung.core.ledger.Operation.ReverseReceipt;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppStatus;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.ShrinkingMode;
import org.jspecify.annotations.Nullable;

/**
 * Deliberately broken ledgers — mutants for the mutation check of {@link LedgerContract}, never for
 * use. Each is this library's {@link Ledger} with one guarantee forgotten, the way a real system
 * gets it wrong, and otherwise consistent: what it wrongly accepts it books exactly as the
 * operation says (so the balances still move by the operation's amounts), and afterwards it judges
 * by the books it shows. {@link LedgerContractMutationTest} runs every property of the contract
 * against each and expects exactly the property aimed at the forgotten guarantee to fail.
 *
 * <p>Each mutant's {@code Contract} runs the properties with fewer tries and no shrinking: the
 * mutation check wants a verdict, not a minimal example.
 */
final class BrokenLedgers {
  private BrokenLedgers() {}

  /**
   * The contract bound to a mutant: each concrete one runs its properties with {@link #TRIES} tries
   * and no shrinking, the property aimed at the mutant with {@link #AIMED_TRIES}.
   */
  abstract static class Contract implements LedgerContract {
    /** Tries of the properties a mutant must pass. */
    static final int TRIES = 10;
    /** Tries of the property aimed at the mutant (it stops at the first failure). */
    static final int AIMED_TRIES = 500;

    private final Function<Ledger, LedgerUnderTest> mutant;

    Contract(Function<Ledger, LedgerUnderTest> mutant) {
      this.mutant = mutant;
    }

    @Override
    public LedgerUnderTest newLedger(Village village, PolicyPack policy) {
      return mutant.apply(Ledger.create(village, policy));
    }
  }

  // ------------------------------------------------------------------------------- the base

  /**
   * The real ledger plus what the mutant booked that the real one refused: shifts of committed and
   * realised per item, of cash and tax owed per fund source, and of the BKU balance; and the ids of
   * the operations it accepted on its own, for I8.
   */
  /** Whether the operation submits an SPP (of any kind). */
  static boolean submitsAnSpp(Operation op) {
    return switch (op.kind()) {
      case SUBMIT_SPP, SUBMIT_FINANCING_SPP, SUBMIT_LINED_SPP, SUBMIT_BLT_SPP -> true;
      default -> false;
    };
  }

  abstract static class Broken implements LedgerUnderTest {
    final Ledger real;
    private final Map<OperationId, Operation> own = new HashMap<>();
    private final Map<BudgetItemKey, long[]> itemShift = new HashMap<>();
    private final Map<FundSource, long[]> fundShift = new HashMap<>();
    private long bkuShift;
    private long sequence = 1_000_000;
    private @Nullable DraftRevision pendingRevision;

    Broken(Ledger real) {
      this.real = real;
    }

    /** What the mutant says to an operation the real ledger refused; null to refuse it as well. */
    abstract @Nullable Outcome misjudge(Operation op, Outcome refused);

    /** The mutant's own refusal, judged on the books it shows, before the real ledger is asked; null for none. */
    @Nullable Outcome refuse(Operation op) {
      return null;
    }

    /** Ids of the operations the real ledger accepted (a re-send goes to it, before the mutant's own refusals). */
    private final java.util.Set<id.smartkampung.core.ledger.OperationId> realIds = new java.util.HashSet<>();

    @Override
    public final Outcome apply(Operation op) {
      Operation before = own.get(op.id());
      if (before != null) {
        return before.equals(op) ? new Outcome(Outcome.Status.DUPLICATE, op, 0, ImmutableList.of()) : refused(op, Rule.IDEMPOTENCY_CONFLICT, "id used before");
      }
      if (op instanceof EnactBudget && pendingRevision != null && !itemShift.isEmpty()) {
        LedgerPosition shown = position();
        for (BudgetItemKey k : itemShift.keySet()) {
          ItemPosition p = shown.item(k);
          if (pendingRevision.budget().items().getOrDefault(k, Idr.ZERO).isLessThan(p.committed().add(p.realised()))) {
            return refused(op, Rule.REVISION_BELOW_COMMITTED, "item " + k);
          }
        }
      }
      // the opening of the books comes before any spending (I4): an SPP the mutant alone accepted is one the real ledger never
      // saw, so it would open the books after it — refused here as a ledger holding that SPP refuses it, or the mutant would
      // also break spendingFollowsTheEnactedBudget, a property it is not aimed at (seen: ItemOverspending, 8 December 2026)
      if (op instanceof Operation.OpenYear && own.values().stream().anyMatch(BrokenLedgers::submitsAnSpp)) {
        return refused(op, Rule.YEAR_OPENING, "the books open before any spending; an SPP was submitted");
      }
      // a re-sent id the real ledger took is the real ledger's to answer (duplicate or conflict), not the mutant's own refusals
      Outcome mine = realIds.contains(op.id()) ? null : refuse(op);
      if (mine != null) {
        return mine;
      }
      Outcome o = real.apply(op);
      if (o.isAccepted()) {
        realIds.add(op.id());
      }
      if (o.isAccepted() && op instanceof DraftRevision d) {
        pendingRevision = d;
      } else if (o.isAccepted() && op instanceof EnactBudget) {
        pendingRevision = null;
      }
      if (!o.isRejected()) {
        return o;
      }
      Outcome wrong = misjudge(op, o);
      if (wrong != null && wrong.isAccepted()) {
        own.put(op.id(), op);
      }
      return wrong == null ? o : wrong;
    }

    /** Accepted by the mutant alone. */
    final Outcome accepted(Operation op) {
      return new Outcome(Outcome.Status.ACCEPTED, op, ++sequence, ImmutableList.of());
    }

    /** Books {@code substitute} on the real ledger in place of {@code op}; accepted as {@code op}, or null. */
    final @Nullable Outcome instead(Operation op, Operation substitute) {
      Outcome o = real.apply(substitute);
      return o.isAccepted() ? new Outcome(Outcome.Status.ACCEPTED, op, o.sequence(), ImmutableList.of()) : null;
    }

    static Outcome refused(Operation op, Rule rule, String why) {
      return new Outcome(Outcome.Status.REJECTED, op, 0, ImmutableList.of(Finding.error(rule, op.id().value(), why)));
    }

    static boolean only(Outcome o, Rule rule) {
      return !o.findings().isEmpty() && o.findings().stream().allMatch(f -> f.rule() == rule);
    }

    final void shiftItem(BudgetItemKey k, long committed, long realised) {
      long[] s = itemShift.computeIfAbsent(k, x -> new long[2]);
      s[0] += committed;
      s[1] += realised;
    }

    /** Moves cash and tax owed of a fund source (and the BKU with the cash). */
    final void shiftFund(FundSource f, long cash, long tax) {
      long[] s = fundShift.computeIfAbsent(f, x -> new long[2]);
      s[0] += cash;
      s[1] += tax;
      bkuShift += cash;
    }

    final boolean fundShifted(FundSource f) {
      return fundShift.containsKey(f);
    }

    final @Nullable SubmitSpp spp(OperationId id) {
      return real.operation(id).filter(o -> o instanceof SubmitSpp).map(o -> (SubmitSpp) o).orElse(null);
    }

    static long sen(MonetaryAmount m) {
      return Idr.toSen(m);
    }

    @Override
    public final LedgerPosition position() {
      LedgerPosition p = LedgerPosition.of(real);
      if (itemShift.isEmpty() && fundShift.isEmpty()) {
        return p;
      }
      Map<BudgetItemKey, ItemPosition> items = new HashMap<>(p.items());
      itemShift.forEach((k, s) -> {
        ItemPosition v = p.item(k);
        items.put(k, new ItemPosition(v.budget(), v.committed().add(Idr.ofSen(s[0])), v.realised().add(Idr.ofSen(s[1]))));
      });
      Map<FundSource, FundPosition> funds = new HashMap<>(p.funds());
      fundShift.forEach((f, s) -> {
        FundPosition v = p.fund(f);
        funds.put(f, new FundPosition(v.received(), v.cash().add(Idr.ofSen(s[0])), v.taxPayable().add(Idr.ofSen(s[1]))));
      });
      return new LedgerPosition(ImmutableSortedMap.copyOf(items), ImmutableSortedMap.copyOf(funds), p.bkuBalance().add(Idr.ofSen(bkuShift)));
    }

    @Override
    public String toString() {
      return getClass().getSimpleName() + " over " + real;
    }
  }

  // ---------------------------------------------------------------------------- the mutants

  /**
   * I7 forgotten: takes an SPP step (verification, approval, payment) from an official in the wrong
   * role or from a person who took an earlier step of the same SPP — e.g. a PKA, moved into the
   * Sekretaris Desa role, verifying their own SPP (or someone in the wrong role taking a step). It books the step as if a proper official had
   * taken it. Aimed at: {@link LedgerContract#dutiesAreSegregated}.
   */
  static final class SegregationSkipping extends Broken {
    @PropertyDefaults(tries = BrokenLedgers.Contract.TRIES, shrinking = ShrinkingMode.OFF)
    static final class Contract extends BrokenLedgers.Contract {
      Contract() {
        super(SegregationSkipping::new);
      }

      @Override
      @Property(tries = BrokenLedgers.Contract.AIMED_TRIES)
      public void dutiesAreSegregated(@ForAll("ledgerScenarios") LedgerScenario scenario) {
        super.dutiesAreSegregated(scenario);
      }
    }

    SegregationSkipping(Ledger real) {
      super(real);
    }

    @Override
    @Nullable Outcome misjudge(Operation op, Outcome refused) {
      // since the step table (issue 11), a step by the wrong person in the wrong role is I7.wrong-role
      // beside (or instead of) I7.segregation-of-duties: the mutant skips both halves of I7's duty check
      if (refused.findings().isEmpty()
          || !refused.findings().stream().allMatch(f -> f.rule() == Rule.SEGREGATION_OF_DUTIES || f.rule() == Rule.WRONG_ROLE)) {
        return null;
      }
      Role role = op instanceof VerifySpp ? Role.SEKRETARIS_DESA : op instanceof ApproveSpp ? Role.KEPALA_DESA : op instanceof PaySpp ? Role.KAUR_KEUANGAN : null;
      if (role == null) {
        return null;
      }
      for (OfficialRegistration r : real.officials().values()) {
        Official stand = r.official();
        if (stand.role() != role || stand.id().equals(op.actor().id())) {
          continue;
        }
        Operation substitute =
            op instanceof VerifySpp v ? new VerifySpp(v.id(), stand, v.at(), v.spp())
                : op instanceof ApproveSpp a ? new ApproveSpp(a.id(), stand, a.at(), a.spp())
                : withActor((PaySpp) op, stand);
        Outcome o = instead(op, substitute);
        if (o != null) {
          return o;
        }
      }
      return null;
    }

    private static PaySpp withActor(PaySpp p, Official actor) {
      return new PaySpp(p.id(), actor, p.at(), p.spp(), p.withhold(), p.reference());
    }
  }

  /**
   * I5 forgotten: commits an SPP beyond what is left of its budget item. Aimed at: {@link
   * LedgerContract#committedAndRealisedStayWithinEachItem}.
   */
  static final class ItemOverspending extends Broken {
    @PropertyDefaults(tries = BrokenLedgers.Contract.TRIES, shrinking = ShrinkingMode.OFF)
    static final class Contract extends BrokenLedgers.Contract {
      Contract() {
        super(ItemOverspending::new);
      }

      @Override
      @Property(tries = BrokenLedgers.Contract.AIMED_TRIES)
      public void committedAndRealisedStayWithinEachItem(@ForAll("ledgerScenarios") LedgerScenario scenario) {
        super.committedAndRealisedStayWithinEachItem(scenario);
      }
    }

    ItemOverspending(Ledger real) {
      super(real);
    }

    @Override
    @Nullable Outcome misjudge(Operation op, Outcome refused) {
      if (!(op instanceof SubmitSpp s) || !only(refused, Rule.ITEM_OVERSPENT)) {
        return null;
      }
      shiftItem(s.item(), sen(s.amount()), 0);
      return accepted(op);
    }
  }

  /**
   * I8 forgotten: keys idempotency on the id alone — an operation under an id used before is taken
   * for a repeat and answered as a duplicate, whatever its content. Aimed at: {@link
   * LedgerContract#aRepeatedIdIsANoOpOrAConflict}.
   */
  static final class ConflictAsDuplicate extends Broken {
    @PropertyDefaults(tries = BrokenLedgers.Contract.TRIES, shrinking = ShrinkingMode.OFF)
    static final class Contract extends BrokenLedgers.Contract {
      Contract() {
        super(ConflictAsDuplicate::new);
      }

      @Override
      @Property(tries = BrokenLedgers.Contract.AIMED_TRIES)
      public void aRepeatedIdIsANoOpOrAConflict(@ForAll("ledgerScenarios") LedgerScenario scenario) {
        super.aRepeatedIdIsANoOpOrAConflict(scenario);
      }
    }

    ConflictAsDuplicate(Ledger real) {
      super(real);
    }

    @Override
    @Nullable Outcome misjudge(Operation op, Outcome refused) {
      return only(refused, Rule.IDEMPOTENCY_CONFLICT) ? new Outcome(Outcome.Status.DUPLICATE, op, 0, ImmutableList.of()) : null;
    }
  }

  /**
   * I9 forgotten in part: reverses an LS payment although tax withheld on it has been deposited (a
   * later dependent), giving back the net paid and striking the tax still owed. Aimed at: {@link
   * LedgerContract#reversalsUndoOnlyWhatIsPosted}.
   */
  static final class DependentReversing extends Broken {
    @PropertyDefaults(tries = BrokenLedgers.Contract.TRIES, shrinking = ShrinkingMode.OFF)
    static final class Contract extends BrokenLedgers.Contract {
      Contract() {
        super(DependentReversing::new);
      }

      @Override
      @Property(tries = BrokenLedgers.Contract.AIMED_TRIES)
      public void reversalsUndoOnlyWhatIsPosted(@ForAll("ledgerScenarios") LedgerScenario scenario) {
        super.reversalsUndoOnlyWhatIsPosted(scenario);
      }
    }

    private final Set<OperationId> reversed = new HashSet<>();

    DependentReversing(Ledger real) {
      super(real);
    }

    @Override
    @Nullable Outcome refuse(Operation op) {
      OperationId spp = op instanceof DepositTax d ? d.spp() : op instanceof ReversePayment r ? r.spp() : op instanceof SettlePanjar p ? p.spp() : null;
      return spp != null && reversed.contains(spp) ? refused(op, Rule.REVERSAL_NOT_ALLOWED, "SPP " + spp + " is reversed") : null;
    }

    @Override
    @Nullable Outcome misjudge(Operation op, Outcome refused) {
      if (!(op instanceof ReversePayment r) || !only(refused, Rule.REVERSAL_NOT_ALLOWED)) {
        return null;
      }
      SubmitSpp s = spp(r.spp());
      if (s == null || s.type() != SppType.LS || real.sppStatus(r.spp()).map(st -> st != SppStatus.PAID).orElse(true)) {
        return null;
      }
      long owed = real.taxBook(LocalDate.of(real.fiscalYear(), 12, 31)).lines().stream()
          .filter(l -> l.spp().equals(r.spp())).mapToLong(l -> sen(l.owed())).sum();
      long gross = sen(s.amount());
      shiftItem(s.item(), 0, -gross);
      shiftFund(s.item().fundSource(), gross - owed, -owed);
      reversed.add(r.spp());
      return accepted(op);
    }
  }

  /**
   * I5 forgotten for the SPJ: accounts for more than the panjar advanced, the excess paid from the
   * fund source's cash — while still keeping the item within its budget and the cash from going
   * negative. Aimed at: {@link LedgerContract#panjarIsAccountedForWithinItsAdvance}.
   */
  static final class PanjarOveraccounting extends Broken {
    @PropertyDefaults(tries = BrokenLedgers.Contract.TRIES, shrinking = ShrinkingMode.OFF)
    static final class Contract extends BrokenLedgers.Contract {
      Contract() {
        super(PanjarOveraccounting::new);
      }

      // an SPJ over the advance by settle-panjar is rarer since half of the planner's SPJ are account-panjar
      // (about 0.3 % of tries): 500 tries missed it about one run in four, 2 000 about one in 250
      @Override
      @Property(tries = 4 * BrokenLedgers.Contract.AIMED_TRIES)
      public void panjarIsAccountedForWithinItsAdvance(@ForAll("ledgerScenarios") LedgerScenario scenario) {
        super.panjarIsAccountedForWithinItsAdvance(scenario);
      }
    }

    PanjarOveraccounting(Ledger real) {
      super(real);
    }

    @Override
    @Nullable Outcome refuse(Operation op) {
      // its item and cash checks are on the books it shows
      LedgerPosition shown = position();
      if (op instanceof SubmitSpp s) {
        ItemPosition p = shown.item(s.item());
        if (p.committed().add(p.realised()).add(s.amount()).isGreaterThan(p.budget())) {
          return refused(op, Rule.ITEM_OVERSPENT, "item " + s.item());
        }
      }
      FundSource f = null;
      long out = 0;
      if (op instanceof PaySpp p && spp(p.spp()) != null) {
        f = spp(p.spp()).item().fundSource();
        out = sen(spp(p.spp()).amount());
      } else if (op instanceof ReverseReceipt r && real.operation(r.receipt()).orElse(null) instanceof ReceiveRevenue rr) {
        f = rr.fundSource();
        out = sen(rr.amount());
      }
      if (f != null && fundShifted(f) && sen(shown.fund(f).available()) < out) {
        return refused(op, Rule.CASH_NEGATIVE, "fund source " + f);
      }
      return null;
    }

    @Override
    @Nullable Outcome misjudge(Operation op, Outcome refused) {
      if (!(op instanceof SettlePanjar p) || !only(refused, Rule.PANJAR_OVERACCOUNTED)) {
        return null;
      }
      SubmitSpp s = spp(p.spp());
      if (s == null) {
        return null;
      }
      long excess = sen(p.spent()) - sen(s.amount());
      LedgerPosition shown = position();
      ItemPosition item = shown.item(s.item());
      if (sen(item.committed()) + sen(item.realised()) + excess > sen(item.budget()) || sen(shown.fund(s.item().fundSource()).available()) < excess) {
        return null;
      }
      Outcome o = instead(op, new SettlePanjar(p.id(), p.actor(), p.at(), p.spp(), Idr.ofSen(sen(s.amount())), p.receipts()));
      if (o != null) {
        shiftItem(s.item(), 0, excess);
        shiftFund(s.item().fundSource(), -excess, 0);
      }
      return o;
    }
  }

  /**
   * I10 forgotten in part: checks a tax deposit against the fund source's total tax owed instead
   * of what the SPP it names still owes. Aimed at: {@link
   * LedgerContract#taxDepositsStayWithinWhatIsWithheld}.
   */
  static final class FundLevelTaxDeposit extends Broken {
    @PropertyDefaults(tries = BrokenLedgers.Contract.TRIES, shrinking = ShrinkingMode.OFF)
    static final class Contract extends BrokenLedgers.Contract {
      Contract() {
        super(FundLevelTaxDeposit::new);
      }

      @Override
      @Property(tries = BrokenLedgers.Contract.AIMED_TRIES)
      public void taxDepositsStayWithinWhatIsWithheld(@ForAll("ledgerScenarios") LedgerScenario scenario) {
        super.taxDepositsStayWithinWhatIsWithheld(scenario);
      }
    }

    private final Set<OperationId> overdeposited = new HashSet<>();
    /** The deposits this mutant alone accepted: each left its fund source's bank account (RKD) on its date, in sen. */
    private final Map<FundSource, Map<LocalDate, Long>> phantom = new HashMap<>();

    FundLevelTaxDeposit(Ledger real) {
      super(real);
    }

    @Override
    @Nullable Outcome refuse(Operation op) {
      if (op instanceof DepositTax d && spp(d.spp()) != null) {
        FundSource f = spp(d.spp()).item().fundSource();
        if (fundShifted(f) && sen(d.amount()) > sen(position().fund(f).taxPayable())) {
          return refused(op, Rule.TAX_OVERDEPOSITED, "more than fund source " + f + " owes");
        }
      }
      if (op instanceof ReversePayment r && overdeposited.contains(r.spp())) {
        return refused(op, Rule.REVERSAL_NOT_ALLOWED, "tax deposited on SPP " + r.spp());
      }
      // I6 by place on the books it shows: the money of its own deposits is gone from the bank, so an outflow the real
      // ledger would take (it still holds that money) is refused when the bank it shows could not pay it — or the mutant
      // would also break bankAndCashBoxNeverGoNegative, a property it is not aimed at (seen 8 December 2026)
      if (!phantom.isEmpty() && !(op instanceof DepositTax)) {
        Ledger trial = Ledger.create(real.village(), real.policy(), id.smartkampung.core.ledger.OperationLog.NONE, 0, real.zone());
        for (Operation h : real.history()) {
          trial.applyOrThrow(h);
        }
        if (trial.apply(op).isAccepted()) {
          for (FundSource f : phantom.keySet()) {
            if (!bankHolds(trial, f, null, 0)) {
              return refused(op, Rule.CASH_PLACE_NEGATIVE, "the bank account of " + f + " could not pay it");
            }
          }
        }
      }
      return null;
    }

    /**
     * Whether the bank account of {@code f} on {@code l}'s books, less this mutant's own deposits (and one more of {@code
     * sen} on {@code date}, if given), holds zero or more on every date.
     */
    private boolean bankHolds(Ledger l, FundSource f, @Nullable LocalDate date, long sen) {
      java.util.TreeMap<LocalDate, Long> flows = new java.util.TreeMap<>();
      for (id.smartkampung.core.ledger.book.BukuKas.Entry e : l.bukuBank().entries()) {
        if (e.fundSource().equals(f)) {
          flows.merge(e.date(), sen(e.in()) - sen(e.out()), Long::sum);
        }
      }
      phantom.getOrDefault(f, Map.of()).forEach((d, x) -> flows.merge(d, -x, Long::sum));
      if (date != null) {
        flows.merge(date, -sen, Long::sum);
      }
      long held = 0;
      for (long x : flows.values()) {
        held += x;
        if (held < 0) {
          return false;
        }
      }
      return true;
    }

    @Override
    @Nullable Outcome misjudge(Operation op, Outcome refused) {
      if (!(op instanceof DepositTax d) || !only(refused, Rule.TAX_OVERDEPOSITED)) {
        return null;
      }
      SubmitSpp s = spp(d.spp());
      if (s == null || s.type() != SppType.LS || !d.amount().isPositive() || !Idr.isExactToSen(d.amount())) {
        return null;
      }
      FundSource f = s.item().fundSource();
      long amount = sen(d.amount());
      if (amount > sen(position().fund(f).taxPayable())) {
        return null;
      }
      // a deposit leaves the fund's bank account (RKD), which must hold it from the deposit's date on (I6 by place), on the
      // books this mutant shows
      LocalDate on = d.businessDate(real.zone());
      if (!bankHolds(real, f, on, amount)) {
        return null;
      }
      phantom.computeIfAbsent(f, x -> new HashMap<>()).merge(on, amount, Long::sum);
      shiftFund(f, -amount, -amount);
      overdeposited.add(d.spp());
      return accepted(op);
    }
  }

  /**
   * I9's monthly close forgotten: a receipt dated in a month the Kaur Keuangan has closed is booked
   * anyway (as if dated on the first day of the open month). Aimed at: {@link
   * LedgerContract#entriesArePostedInDateOrder}.
   */
  static final class ClosedMonthPosting extends Broken {
    @PropertyDefaults(tries = BrokenLedgers.Contract.TRIES, shrinking = ShrinkingMode.OFF)
    static final class Contract extends BrokenLedgers.Contract {
      Contract() {
        super(ClosedMonthPosting::new);
      }

      @Override
      @Property(tries = BrokenLedgers.Contract.AIMED_TRIES)
      public void entriesArePostedInDateOrder(@ForAll("ledgerScenarios") LedgerScenario scenario) {
        super.entriesArePostedInDateOrder(scenario);
      }
    }

    ClosedMonthPosting(Ledger real) {
      super(real);
    }

    @Override
    @Nullable Outcome misjudge(Operation op, Outcome refused) {
      if (!(op instanceof ReceiveRevenue r) || !only(refused, Rule.MONTH_CLOSED) || real.closedThrough().isEmpty()) {
        return null;
      }
      java.time.Instant open = real.closedThrough().get().plusMonths(1).atDay(1).atTime(8, 0).atZone(real.zone()).toInstant();
      return instead(op, new ReceiveRevenue(r.id(), r.actor(), open, r.account(), r.fundSource(), r.amount(), r.tranche(), r.reference()));
    }
  }
  /**
   * I6 by place forgotten: a payment the place it names cannot cover (the cash box holds less than
   * the cash payment, or the bank less than the transfer, at its date) is made from the other place
   * of the same fund source, while the books show it made where the SPP's payment said — the cash
   * box or the bank account overdrawn. The fund source's cash, the items and the BKU move exactly as
   * the payment says. Aimed at: {@link LedgerContract#bankAndCashBoxNeverGoNegative}.
   */
  static final class PlaceOverdrawing extends Broken {
    @PropertyDefaults(tries = BrokenLedgers.Contract.TRIES, shrinking = ShrinkingMode.OFF)
    static final class Contract extends BrokenLedgers.Contract {
      Contract() {
        super(PlaceOverdrawing::new);
      }

      @Override
      @Property(tries = BrokenLedgers.Contract.AIMED_TRIES)
      public void bankAndCashBoxNeverGoNegative(@ForAll("ledgerScenarios") LedgerScenario scenario) {
        super.bankAndCashBoxNeverGoNegative(scenario);
      }
    }

    PlaceOverdrawing(Ledger real) {
      super(real);
    }

    @Override
    @Nullable Outcome misjudge(Operation op, Outcome refused) {
      if (!(op instanceof PaySpp p) || !only(refused, Rule.CASH_PLACE_NEGATIVE)) {
        return null;
      }
      CashPlace other = p.place() == CashPlace.CASH ? CashPlace.BANK : CashPlace.CASH;
      return instead(op, new PaySpp(p.id(), p.actor(), p.at(), p.spp(), p.withhold(), p.reference(), other));
    }
  }

  /**
   * I5 for BLT Desa forgotten in part: a BLT SPP that pays a family for a month it is paid for
   * already (on this SPP or another) is reserved anyway, on the books it shows, within what is left
   * of its item; afterwards it reserves nothing more on that item. Aimed at: {@link
   * LedgerContract#bltIsPaidOnlyToListedFamiliesOncePerMonth}.
   *
   * <p>NOT in the mutation check yet: with the planner's mix (a BLT SPP for an earlier one's
   * KPM-months again on about 3 % of BLT submissions) the property did not reach the situation in
   * 500 tries, two runs out of two (1 000 tries with a wider variant did not finish in time). The
   * planner needs that situation more often before the mutant can be listed.
   */
  static final class BltTwicePaying extends Broken {
    @PropertyDefaults(tries = BrokenLedgers.Contract.TRIES, shrinking = ShrinkingMode.OFF)
    static final class Contract extends BrokenLedgers.Contract {
      Contract() {
        super(BltTwicePaying::new);
      }

      @Override
      @Property(tries = BrokenLedgers.Contract.AIMED_TRIES)
      public void bltIsPaidOnlyToListedFamiliesOncePerMonth(@ForAll("ledgerScenarios") LedgerScenario scenario) {
        super.bltIsPaidOnlyToListedFamiliesOncePerMonth(scenario);
      }
    }

    /** The items the mutant reserved on by itself: on the books it shows, no more is committed or realised on them. */
    private final Set<BudgetItemKey> reserved = new HashSet<>();

    BltTwicePaying(Ledger real) {
      super(real);
    }

    @Override
    @Nullable Outcome refuse(Operation op) {
      Set<BudgetItemKey> touched = new HashSet<>();
      if (op instanceof SubmitSpp s) {
        touched.add(s.item());
      } else if (op instanceof Operation.SubmitBltSpp b) {
        touched.add(b.item());
      } else if (op instanceof Operation.SubmitLinedSpp l) {
        l.lines().forEach(x -> touched.add(x.item()));
      } else if (op instanceof Operation.RecordBankFee f) {
        touched.add(f.item());
      } else if (op instanceof Operation.RecordBankInterest i && i.taxItem() != null) {
        touched.add(i.taxItem());
      } else if (op instanceof Operation.AccountPanjar a && spp(a.spp()) != null) {
        touched.add(spp(a.spp()).item());
      } else if (op instanceof EnactBudget || op instanceof Operation.ShiftBudget || op instanceof Operation.SpendEmergency || op instanceof Operation.AddLateGrant) {
        touched.addAll(reserved); // a budget change could cut an item below what the mutant shows
      }
      touched.retainAll(reserved);
      return touched.isEmpty() ? null : refused(op, Rule.ITEM_OVERSPENT, "item " + touched.iterator().next() + " holds a reservation of its own");
    }

    @Override
    @Nullable Outcome misjudge(Operation op, Outcome refused) {
      if (!(op instanceof Operation.SubmitBltSpp b) || !only(refused, Rule.BLT_PAID_TWICE) || !Idr.isExactToSen(b.amount()) || !b.amount().isPositive()) {
        return null;
      }
      ItemPosition p = position().item(b.item());
      if (p == null || sen(p.committed()) + sen(p.realised()) + sen(b.amount()) > sen(p.budget())) {
        return null;
      }
      shiftItem(b.item(), sen(b.amount()), 0);
      reserved.add(b.item());
      return accepted(op);
    }
  }

  /**
   * I5 forgotten for the partial SPJ (issue 14): a partial SPJ that takes what the panjar's SPJ
   * account for beyond the advance is accepted and booked as the contract reads a partial SPJ — its
   * receipts realised, as much taken off the item's reservations —, the excess paid from the fund
   * source as a final SPJ would; only where the item's reservations cover it (so they never go below
   * zero). After it the panjar takes no further SPJ. Aimed at: {@link
   * LedgerContract#panjarIsAccountedForWithinItsAdvance}.
   *
   * <p>NOT in the mutation check yet: the situation — a partial SPJ beyond the advance on an item
   * whose other reservations cover the excess — was not reached in 2 000 tries, two runs out of two.
   * Any ledger that accepts such an SPJ without other reservations shows the item's commitment below
   * zero (caught by {@code amountsAreRupiahToTheSen} as well), so the mutant must wait for it.
   */
  static final class PartialSpjOveraccounting extends Broken {
    @PropertyDefaults(tries = BrokenLedgers.Contract.TRIES, shrinking = ShrinkingMode.OFF)
    static final class Contract extends BrokenLedgers.Contract {
      Contract() {
        super(PartialSpjOveraccounting::new);
      }

      @Override
      @Property(tries = PARTIAL_TRIES)
      public void panjarIsAccountedForWithinItsAdvance(@ForAll("ledgerScenarios") LedgerScenario scenario) {
        super.panjarIsAccountedForWithinItsAdvance(scenario);
      }
    }

    /** Tries of the aimed property: the situation (a second partial SPJ beyond the advance on an item with other reservations) is rare. */
    static final int PARTIAL_TRIES = 4 * BrokenLedgers.Contract.AIMED_TRIES;

    PartialSpjOveraccounting(Ledger real) {
      super(real);
    }

    @Override
    @Nullable Outcome misjudge(Operation op, Outcome refused) {
      if (!(op instanceof Operation.AccountPanjar a) || a.stage() != Operation.AccountPanjar.Stage.PARTIAL || !only(refused, Rule.PANJAR_OVERACCOUNTED)) {
        return null;
      }
      SubmitSpp s = spp(a.spp());
      if (s == null || s.type() != SppType.UM) {
        return null;
      }
      long spent = 0;
      for (Operation.AccountPanjar.Receipt r : a.receipts()) {
        if (!Idr.isExactToSen(r.amount()) || !r.amount().isPositive()) {
          return null;
        }
        spent += sen(r.amount());
      }
      ItemPosition item = position().item(s.item());
      if (item == null || sen(item.committed()) < spent) {
        return null;
      }
      long committedBefore = sen(real.snapshot().items().get(s.item()).committed());
      // the real ledger settles it as a final SPJ: the rest of the reservation released, the excess paid
      Outcome o = instead(op, new Operation.AccountPanjar(a.id(), a.actor(), a.at(), a.spp(), Operation.AccountPanjar.Stage.FINAL, a.payees(), a.receipts(), a.reference()));
      if (o == null) {
        return null;
      }
      long released = committedBefore - sen(real.snapshot().items().get(s.item()).committed());
      long excess = spent - released;
      shiftItem(s.item(), -excess, 0);
      shiftFund(s.item().fundSource(), excess, 0);
      return o;
    }
  }
}
