package id.smartkampung.core.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.RuleViolationException;
import java.util.List;

/**
 * What became of an operation — <i>hasil</i>: accepted (posted to the history at {@link
 * #sequence()}), a duplicate of an operation already posted (I8, nothing changed), or rejected with
 * its findings (nothing changed).
 *
 * <p><b>A rejection is a value, not an exception</b>: a caller that drops the outcome of {@code
 * apply} does not notice that nothing happened, and every later operation that depends on it is
 * rejected too. Either look at the outcome ({@link #isRejected()}, {@link #findings()}), or let it
 * throw: {@link #orThrow()}, or {@code applyOrThrow} on {@link Ledger} and {@link
 * id.smartkampung.core.journal.VillageBook}. The {@code apply} methods are annotated
 * {@code @CheckReturnValue} (Error Prone's annotation, which Guava brings), so a build with Error
 * Prone flags an ignored outcome.
 *
 * <pre>{@code
 * book.applyOrThrow(new VerifySpp(OperationId.of("v1"), sekdes, feb, OperationId.of("spp1")));
 * // or
 * Outcome o = ledger.apply(op);
 * if (o.isRejected()) {
 *   o.findings().forEach(System.out::println); // e.g. ERROR I7.segregation-of-duties ...
 * }
 * }</pre>
 *
 * @param status accepted, duplicate or rejected; never null
 * @param operation the operation as given; never null
 * @param sequence the 1-based place in the history of the accepted (or, for a duplicate, the
 *     original) operation; 0 when rejected
 * @param findings when rejected, why (each with rule code, path and data); when a step of the budget
 *     lifecycle (<i>tahapan APBDes</i>) is accepted, the findings (errors and warnings) of the version
 *     it moved, which the agreement and the evaluation have to look at (Permendagri 20/2018 Pasal
 *     32–35); when the year-end close (<i>tutup buku</i>) is accepted with tax of lined SPPs still
 *     owed, the tax period book's WARNING that it is carried into the next year (December's
 *     withholdings are due in January, PMK 81/2024); otherwise empty
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

  static Outcome accepted(Operation op, long sequence, ImmutableList<Finding> findings) {
    return new Outcome(Status.ACCEPTED, op, sequence, findings);
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

  /**
   * This outcome when the operation was accepted or was a duplicate (I8: already posted, nothing
   * to do); otherwise throws.
   *
   * @return this outcome; never null
   * @throws RuleViolationException with the findings when the operation was rejected (nothing
   *     changed)
   */
  @CanIgnoreReturnValue
  public Outcome orThrow() {
    if (isRejected()) {
      throw new RuleViolationException(findings.isEmpty() ? List.of(Finding.error(Rule.FORMAT, "$", "rejected: " + operation.id())) : findings);
    }
    return this;
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
