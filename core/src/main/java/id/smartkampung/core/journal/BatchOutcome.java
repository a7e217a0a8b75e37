package id.smartkampung.core.journal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.rule.RuleViolationException;
import java.util.Optional;

/**
 * What became of a batch of operations posted together — <i>posting sekaligus</i>, as an import
 * of a Siskeudes year or a day's entries from a device posts them: the outcome of each operation
 * attempted, in order. Posting stops at the first rejected operation; those before it are
 * accepted (or duplicates) and on disk, written with one write and one force of the file (a group
 * commit); those after it were not attempted.
 *
 * @param outcomes the outcome of each operation attempted, in order: accepted or duplicate, and at
 *     most one rejected, the last
 * @param submitted how many operations the batch had
 */
@Api(Api.Status.EXPERIMENTAL)
public record BatchOutcome(ImmutableList<Outcome> outcomes, int submitted) {
  public BatchOutcome {
    requireNonNull(outcomes, "outcomes");
    checkArgument(outcomes.size() <= submitted, "%s outcomes for a batch of %s", outcomes.size(), submitted);
    for (int i = 0; i < outcomes.size() - 1; i++) {
      checkArgument(!outcomes.get(i).isRejected(), "posting stops at the first rejection, not at outcome %s", i + 1);
    }
  }

  /** Whether every operation of the batch is accepted or a duplicate (and on disk). */
  public boolean isComplete() {
    return outcomes.size() == submitted && rejection().isEmpty();
  }

  /** How many operations of the batch are on disk (accepted or duplicates): the batch's first {@code acknowledged()}. */
  public int acknowledged() {
    return rejection().isPresent() ? outcomes.size() - 1 : outcomes.size();
  }

  /** The rejected operation that stopped the batch, if one did. */
  public Optional<Outcome> rejection() {
    if (outcomes.isEmpty()) {
      return Optional.empty();
    }
    Outcome last = outcomes.get(outcomes.size() - 1);
    return last.isRejected() ? Optional.of(last) : Optional.empty();
  }

  /**
   * This batch, if complete.
   *
   * @throws RuleViolationException with the findings of the rejected operation (the operations
   *     before it are on disk; see {@link #acknowledged()})
   */
  public BatchOutcome orThrow() {
    rejection().ifPresent(Outcome::orThrow);
    return this;
  }
}
