package id.smartkampung.core.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;

/**
 * What became of an operation — <i>hasil</i>: accepted (posted to the history at {@link
 * #sequence()}), a duplicate of an operation already posted (I8, nothing changed), or rejected with
 * its findings (nothing changed).
 *
 * @param status accepted, duplicate or rejected; never null
 * @param operation the operation as given; never null
 * @param sequence the 1-based place in the history of the accepted (or, for a duplicate, the
 *     original) operation; 0 when rejected
 * @param findings why it was rejected (each with rule code, path and data); empty unless rejected
 */
@Api(Api.Status.STABLE)
public record Outcome(Status status, Operation operation, long sequence, ImmutableList<Finding> findings) {
  /** The three results. */
  public enum Status {
    /** Checked, logged and posted. */
    ACCEPTED,
    /** The same id with the same content was posted before; a no-op (I8). */
    DUPLICATE,
    /** A rule would break; nothing changed. */
    REJECTED
  }

  public Outcome {
    requireNonNull(status, "status");
    requireNonNull(operation, "operation");
    requireNonNull(findings, "findings");
  }

  static Outcome accepted(Operation op, long sequence) {
    return new Outcome(Status.ACCEPTED, op, sequence, ImmutableList.of());
  }

  static Outcome duplicate(Operation op, long sequence) {
    return new Outcome(Status.DUPLICATE, op, sequence, ImmutableList.of());
  }

  static Outcome rejected(Operation op, ImmutableList<Finding> findings) {
    return new Outcome(Status.REJECTED, op, 0, findings);
  }

  /** True when the operation was posted now. */
  public boolean isAccepted() {
    return status == Status.ACCEPTED;
  }

  /** True when the operation was refused. */
  public boolean isRejected() {
    return status == Status.REJECTED;
  }

  /** True when some finding is of this rule. */
  public boolean has(Rule rule) {
    for (Finding f : findings) {
      if (f.rule() == rule) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return status + " " + operation.id() + (findings.isEmpty() ? "" : " " + findings);
  }
}
