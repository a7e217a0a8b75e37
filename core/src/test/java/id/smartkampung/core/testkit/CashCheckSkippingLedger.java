package id.smartkampung.core.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.LedgerSnapshot.FundPosition;
import id.smartkampung.core.ledger.LedgerSnapshot.ItemPosition;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.util.HashMap;
import java.util.Map;

/**
 * A deliberately broken ledger — a mutant for the mutation check, never for use: it is our {@link
 * Ledger} with the cash check (I6) forgotten. A payment the real ledger refuses for want of cash,
 * and for nothing else, it reports as accepted and books anyway: the item's commitment becomes
 * realised spending and the money leaves the fund source's cash, which goes negative. Every other
 * guarantee is the real ledger's.
 *
 * <p>The class is not a test (its name matches none of Surefire's includes); {@link
 * LedgerContractMutationTest} runs the contract against it through the JUnit Platform and expects
 * the contract to fail.
 */
final class CashCheckSkippingLedger implements LedgerUnderTest {

  /** The contract, bound to the mutant; launched only by {@link LedgerContractMutationTest}. */
  static final class Contract implements LedgerContract {
    @Override
    public LedgerUnderTest newLedger(Village village, PolicyPack policy) {
      return new CashCheckSkippingLedger(Ledger.create(village, policy));
    }
  }

  private final Ledger real;
  private final Map<BudgetItemKey, long[]> itemShift = new HashMap<>();
  private final Map<FundSource, Long> overdraft = new HashMap<>();
  private long sequence = 1_000_000;

  CashCheckSkippingLedger(Ledger real) {
    this.real = real;
  }

  @Override
  public Outcome apply(Operation op) {
    Outcome o = real.apply(op);
    if (op instanceof PaySpp pay && o.isRejected() && o.findings().stream().allMatch(f -> f.rule() == Rule.CASH_NEGATIVE)) {
      SubmitSpp spp = (SubmitSpp) real.operation(pay.spp()).orElseThrow();
      long gross = Idr.toSen(spp.amount());
      if (spp.type() == SppType.LS) {
        long[] shift = itemShift.computeIfAbsent(spp.item(), k -> new long[2]);
        shift[0] -= gross;
        shift[1] += gross;
      }
      overdraft.merge(spp.item().fundSource(), gross, Long::sum);
      return new Outcome(Outcome.Status.ACCEPTED, op, ++sequence, ImmutableList.<Finding>of());
    }
    return o;
  }

  @Override
  public LedgerPosition position() {
    LedgerPosition p = LedgerPosition.of(real);
    ImmutableSortedMap.Builder<BudgetItemKey, ItemPosition> items = ImmutableSortedMap.naturalOrder();
    p.items().forEach((k, v) -> {
      long[] s = itemShift.getOrDefault(k, new long[2]);
      items.put(k, new ItemPosition(v.budget(), v.committed().add(Idr.ofSen(s[0])), v.realised().add(Idr.ofSen(s[1]))));
    });
    ImmutableSortedMap.Builder<FundSource, FundPosition> funds = ImmutableSortedMap.naturalOrder();
    p.funds().forEach((f, v) -> funds.put(f, new FundPosition(v.received(), v.cash().subtract(Idr.ofSen(overdraft.getOrDefault(f, 0L))), v.taxPayable())));
    long total = overdraft.values().stream().mapToLong(Long::longValue).sum();
    return new LedgerPosition(items.build(), funds.build(), p.bkuBalance().subtract(Idr.ofSen(total)));
  }
}
