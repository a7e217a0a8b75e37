package id.smartkampung.core.budget;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The result of validating a budget — <i>hasil verifikasi APBDes</i>: every finding at once, errors
 * and warnings, in a stable order.
 *
 * @param findings all findings; never null
 */
@Api(Api.Status.STABLE)
public record BudgetValidation(ImmutableList<Finding> findings) {
  public BudgetValidation {
    requireNonNull(findings, "findings");
  }

  /** The errors. */
  public ImmutableList<Finding> errors() {
    return findings.stream().filter(Finding::isError).collect(ImmutableList.toImmutableList());
  }

  /** The warnings. */
  public ImmutableList<Finding> warnings() {
    return findings.stream().filter(f -> !f.isError()).collect(ImmutableList.toImmutableList());
  }

  /** True when there is no error (warnings allowed): the budget may be agreed and enacted. */
  public boolean isClean() {
    return findings.stream().noneMatch(Finding::isError);
  }

  /** The distinct rules found. */
  public Set<Rule> rules() {
    return findings.stream().map(Finding::rule).collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Rule.class)));
  }

  /** True when some finding is of this rule. */
  public boolean has(Rule rule) {
    return findings.stream().anyMatch(f -> f.rule() == rule);
  }
}
