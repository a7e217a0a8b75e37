package id.smartkampung.core.rule;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an attempted step breaks a rule — <i>pelanggaran aturan</i>; nothing was changed. It
 * carries the findings, each with its rule code, path and data.
 */
@Api(Api.Status.STABLE)
public final class RuleViolationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Finding> findings;

  /** An exception for one or more findings (at least one). */
  public RuleViolationException(List<Finding> findings) {
    super(message(findings));
    Preconditions.checkArgument(!findings.isEmpty(), "a rule violation names at least one finding");
    this.findings = ImmutableList.copyOf(findings);
  }

  /** An exception for one finding. */
  public RuleViolationException(Finding finding) {
    this(List.of(finding));
  }

  /** The findings; never empty. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  private static String message(List<Finding> findings) {
    return findings.stream().map(Finding::toString).collect(Collectors.joining("; "));
  }
}
