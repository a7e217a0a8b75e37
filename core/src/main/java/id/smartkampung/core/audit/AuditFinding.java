package id.smartkampung.core.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;

/**
 * One finding of an audit — <i>temuan audit</i> — at an entry of the village's journal: the entry's
 * sequence number (1 is the first operation, 0 the header or the file as a whole) and the finding
 * (rule code, severity, message, the operation id as its path, the data involved).
 *
 * @param sequence the journal entry, 0 for the header or the whole file
 * @param finding what is wrong; never null
 */
@Api(Api.Status.STABLE)
public record AuditFinding(long sequence, Finding finding) {
  public AuditFinding {
    checkArgument(sequence >= 0, "a journal entry is numbered from 0");
    requireNonNull(finding, "finding");
  }

  /** A finding at an entry. */
  public static AuditFinding at(long sequence, Finding finding) {
    return new AuditFinding(sequence, finding);
  }

  /** The rule broken. */
  public Rule rule() {
    return finding.rule();
  }

  /** True for an error (a violation), false for a warning. */
  public boolean isError() {
    return finding.isError();
  }

  /** One line for people: {@code entry 17: ERROR I5.item-overspent at spp-9: …}. */
  @Override
  public String toString() {
    return "entry " + sequence + ": " + finding;
  }
}
