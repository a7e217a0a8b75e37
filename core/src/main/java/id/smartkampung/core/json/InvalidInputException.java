package id.smartkampung.core.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.rule.Finding;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Input that cannot be read — <i>masukan tidak sah</i>: the one exception type every reader of
 * smartkampung throws for bad input (JSON, CSV, a journal event). It carries <em>every</em> problem
 * found (some readers stop at the first), each a {@link Finding} with its rule ({@link
 * id.smartkampung.core.rule.Rule#FORMAT} for malformed input) and its place in the input — a JSON
 * path like {@code $.lines[3].amount}, or a CSV place like {@code line 5, column amount} — plus the
 * name of the file when it was read from one. Nothing is half-built: a reader returns a whole value
 * or throws this.
 *
 * <p>The readers throw subtypes that name the input: {@link
 * id.smartkampung.core.budget.BudgetFormatException} (budget files), {@link
 * id.smartkampung.core.journal.EventFormatException} (journal events) and monitoring's {@code
 * InvalidJsonException}; catching this type catches them all. The message lists at most {@value
 * #MESSAGE_FINDINGS} findings and counts the rest; {@link #findings()} has them all. Every value
 * quoted in a message is cut to a bounded prefix ({@link StrictJson#quote}).
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many findings the message lists at most. */
  public static final int MESSAGE_FINDINGS = 20;

  private final String source;
  private final ImmutableList<Finding> findings;

  /**
   * An exception for at least one finding, with the standard message.
   *
   * @param source the file name, or null when the input was not a file
   */
  public InvalidInputException(String source, List<Finding> findings) {
    this(message(source, findings), source, findings);
  }

  /** An exception for at least one finding, with a message of the subtype's own form. */
  protected InvalidInputException(String message, String source, List<Finding> findings) {
    super(message);
    checkArgument(!findings.isEmpty(), "an input exception names at least one finding");
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
    String shown = findings.stream().limit(MESSAGE_FINDINGS).map(Finding::toString).collect(Collectors.joining("; "));
    int rest = findings.size() - MESSAGE_FINDINGS;
    return where + count + ": " + shown + (rest > 0 ? "; and " + rest + " more" : "");
  }
}
