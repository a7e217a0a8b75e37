package id.smartkampung.core.budget;

import id.smartkampung.core.Api;
import id.smartkampung.core.rule.Finding;
import java.util.List;
import org.jspecify.annotations.Nullable;
import id.smartkampung.core.json.InvalidInputException;

/**
 * Thrown when a budget file — <i>berkas APBDes</i>, JSON or CSV — cannot be read into a budget: it
 * carries <em>every</em> problem found, each a {@link Finding} with its rule ({@link
 * id.smartkampung.core.rule.Rule#FORMAT} for malformed input, the I1/I2 rule for a line that breaks
 * one) and its place in the file (a JSON path like {@code $.lines[3].amount}, or a CSV place like
 * {@code line 5, column amount}), plus the name of the file when it was read from one. Nothing is
 * half-built: a reader returns a whole budget or throws this.
 *
 * <p>The budget's kind of {@link InvalidInputException}, the one type every reader throws for bad
 * input (since it became one, it is also an {@link IllegalArgumentException}).
 */
@Api(Api.Status.STABLE)
public final class BudgetFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for at least one finding.
   *
   * @param source the file name, or null when the input was not a file
   */
  BudgetFormatException(@Nullable String source, List<Finding> findings) {
    super(source, findings);
  }
}
