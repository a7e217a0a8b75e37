package id.smartkampung.core.testkit;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;

/**
 * A budget with exactly one named {@link Corruption} — <i>APBDes dengan satu kesalahan</i> —
 * produced by {@link BudgetArbitraries#corruptedBudgets()}: the valid budget it came from, the
 * damaged budget, and the rule a validator must report (and no other error).
 *
 * @param original the valid budget before the corruption; never null
 * @param budget the corrupted budget; never null
 * @param kind what was done; never null
 * @param what a sentence for people saying which line was changed and how; never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record Corrupted(Apbdes original, Apbdes budget, Corruption kind, String what) {
  public Corrupted {
    requireNonNull(original, "original");
    requireNonNull(budget, "budget");
    requireNonNull(kind, "kind");
    requireNonNull(what, "what");
  }

  /** The rule a validator must report; never null. */
  public Rule expected() {
    return kind.rule();
  }

  /** The severity of the expected finding; never null. */
  public Severity expectedSeverity() {
    return kind.severity();
  }

  @Override
  public String toString() {
    return kind + " (" + expected().code() + "): " + what + " in " + budget;
  }
}
