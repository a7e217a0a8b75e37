package id.smartkampung.core.testkit;

import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.CancelSpp;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.RejectSpp;
import id.smartkampung.core.ledger.Operation.ReversePayment;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.rule.Rule;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.ShrinkingMode;
import org.jspecify.annotations.Nullable;

/**
 * A deliberately broken ledger — a mutant for the mutation check, never for use: it is our {@link
 * Ledger} with the cash check (I6) forgotten. A payment the real ledger refuses for want of cash,
 * and for nothing else, it reports as accepted and books anyway: the item's commitment becomes
 * realised spending and the money leaves the fund source's cash, which goes negative. The SPP is
 * paid from then on (no further step is taken on it). Every other guarantee is the real ledger's.
 * Aimed at: {@link LedgerContract#cashOfEachFundSourceNeverGoesNegative}.
 *
 * <p>The class is not a test (its name matches none of Surefire's includes); {@link
 * LedgerContractMutationTest} runs the contract against it through the JUnit Platform and expects
 * the contract to fail.
 */
final class CashCheckSkippingLedger extends BrokenLedgers.Broken {

  /** The contract, bound to the mutant; launched only by {@link LedgerContractMutationTest}. */
  @PropertyDefaults(tries = BrokenLedgers.Contract.TRIES, shrinking = ShrinkingMode.OFF)
  static final class Contract extends BrokenLedgers.Contract {
    Contract() {
      super(CashCheckSkippingLedger::new);
    }

    @Override
    @Property(tries = BrokenLedgers.Contract.AIMED_TRIES)
    public void cashOfEachFundSourceNeverGoesNegative(@ForAll("ledgerScenarios") LedgerScenario scenario) {
      super.cashOfEachFundSourceNeverGoesNegative(scenario);
    }
  }

  private final Set<OperationId> paid = new HashSet<>();

  CashCheckSkippingLedger(Ledger real) {
    super(real);
  }

  @Override
  @Nullable Outcome refuse(Operation op) {
    OperationId spp = op instanceof PaySpp p ? p.spp() : op instanceof VerifySpp v ? v.spp() : op instanceof ApproveSpp a ? a.spp()
        : op instanceof RejectSpp r ? r.spp() : op instanceof CancelSpp c ? c.spp() : op instanceof SettlePanjar s ? s.spp()
        : op instanceof DepositTax d ? d.spp() : op instanceof ReversePayment r ? r.spp() : null;
    return spp != null && paid.contains(spp) && !(op instanceof SettlePanjar) ? refused(op, Rule.STEP_ORDER, "SPP " + spp + " is paid") : null;
  }

  @Override
  @Nullable Outcome misjudge(Operation op, Outcome refused) {
    if (!(op instanceof PaySpp pay) || !only(refused, Rule.CASH_NEGATIVE)) {
      return null;
    }
    SubmitSpp spp = spp(pay.spp());
    if (spp == null) {
      return null;
    }
    long gross = sen(spp.amount());
    if (spp.type() == SppType.LS) {
      shiftItem(spp.item(), -gross, gross);
    }
    shiftFund(spp.item().fundSource(), -gross, 0);
    paid.add(pay.spp());
    return accepted(op);
  }
}
