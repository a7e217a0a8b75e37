package id.smartkampung.core.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.audit.LedgerHistory;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.policy.PolicyPack;

/**
 * A test scenario for a ledger — <i>skenario uji</i>: a history to start from (officials
 * registered, a budget on its way or enacted, or a prefix of a village's real history) and then
 * operations to attempt, valid, invalid and adversarial ones mixed, by realistic actors. Generated
 * by {@link LedgerArbitraries}; applied in order to a fresh ledger. An immutable value.
 *
 * @param start the history to start from; never null
 * @param operations the operations attempted after it, in order; never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record LedgerScenario(LedgerHistory start, ImmutableList<Operation> operations) {

  public LedgerScenario {
    requireNonNull(start, "start");
    operations = ImmutableList.copyOf(requireNonNull(operations, "operations"));
  }

  /** The village. */
  public Village village() {
    return start.village();
  }

  /** The policy pack of the fiscal year. */
  public PolicyPack policy() {
    return start.policy();
  }

  /** The start followed by the attempted operations: everything to apply, in order. */
  public ImmutableList<Operation> all() {
    return ImmutableList.<Operation>builder().addAll(start.operations()).addAll(operations).build();
  }

  /** One line per operation, for a failure report. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("LedgerScenario[" + village().name() + " " + start.fiscalYear() + ", start of " + start.size() + " operations, then:");
    int n = start.size();
    for (Operation op : operations) {
      b.append("\n  ").append(++n).append(". ").append(describe(op));
    }
    return b.append("]").toString();
  }

  /** An operation in one line; a budget is summarised by its size. */
  static String describe(Operation op) {
    if (op instanceof Operation.DraftBudget d) {
      return "DraftBudget[id=" + d.id() + ", actor=" + d.actor() + ", at=" + d.at() + ", budget of " + d.budget().lines().size() + " lines]";
    }
    if (op instanceof Operation.DraftRevision d) {
      return "DraftRevision[id=" + d.id() + ", actor=" + d.actor() + ", at=" + d.at() + ", budget of " + d.budget().lines().size() + " lines]";
    }
    return op.toString();
  }
}
