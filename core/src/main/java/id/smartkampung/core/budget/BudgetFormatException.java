package id.smartkampung.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.rule.Finding;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Thrown when a budget file — <i>berkas APBDes</i>, JSON or CSV — cannot be read into a budget: it
 * carries <em>every</em> problem found, each a {@link Finding} with its rule ({@link
 * id.smartkampung.core.rule.Rule#FORMAT} for malformed input, the I1/I2 rule for a line that breaks
 * one) and its place in the file (a JSON path like {@code $.lines[3].amount}, or a CSV place like
 * {@code line 5, column amount}), plus the name of the file when it was read from one. Nothing is
 * half-built: a reader returns a whole budget or throws this.
 */
@Api(Api.Status.STABLE)
public final class BudgetFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final ImmutableList<Finding> findings;

  /**
   * An exception for at least one finding.
   *
   * @param source the file name, or null when the input was not a file
   */
  BudgetFormatException(String source, List<Finding> findings) {
    super(message(source, findings));
    checkArgument(!findings.isEmpty(), "a format exception names at least one finding");
    this.source = source;
    this.findings = ImmutableList.copyOf(findings);
  }

  /** The file (or other named input) the problems are in; empty when none was named. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** All problems found, in the order of the input; never empty. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  private static String message(String source, List<Finding> findings) {
    requireNonNull(findings, "findings");
    String where = source == null ? "" : source + ": ";
    String count = findings.size() == 1 ? "1 problem" : findings.size() + " problems";
    return where + count + ": " + findings.stream().map(Finding::toString).collect(Collectors.joining("; "));
  }
}
