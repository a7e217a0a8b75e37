package id.smartkampung.core.journal;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.json.InvalidInputException;
import id.smartkampung.core.json.JsonProblems;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.util.List;

/**
 * An event of the journal that cannot be read — <i>peristiwa tidak terbaca</i>: an unknown type, an
 * unknown or missing field, a value of the wrong type or form. Names the JSON path of the problem
 * inside the entry's body (e.g. {@code $.op.amount}); a {@link VillageBook} or {@link
 * id.smartkampung.core.audit.JournalAudit} adds the file, line and entry.
 *
 * <p>The journal's kind of {@link InvalidInputException}, the one type every reader throws for bad
 * input (since it became one, it is also an {@link IllegalArgumentException}); its one finding is
 * the first problem.
 */
@Api(Api.Status.STABLE)
public final class EventFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** How the journal's readers report: at the first problem, as this exception. */
  static final JsonProblems PROBLEMS = JsonProblems.failFast(null, (source, findings) -> new EventFormatException(findings.get(0)));

  private final String path;
  private final String problem;

  EventFormatException(String path, String problem) {
    this(Finding.error(Rule.FORMAT, path, problem));
  }

  private EventFormatException(Finding f) {
    super(f.path() + ": " + f.message(), null, List.of(f));
    this.path = requireNonNull(f.path(), "path");
    this.problem = requireNonNull(f.message(), "problem");
  }

  /** The JSON path of the problem, e.g. {@code $.op.amount}; never null. */
  public String path() {
    return path;
  }

  /** What is wrong, without the place; never null. */
  public String problem() {
    return problem;
  }
}
