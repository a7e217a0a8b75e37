package id.smartkampung.core.journal;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;

/**
 * An event of the journal that cannot be read — <i>peristiwa tidak terbaca</i>: an unknown type, an
 * unknown or missing field, a value of the wrong type or form. Names the JSON path of the problem
 * inside the entry's body (e.g. {@code $.op.amount}); a {@link VillageBook} or {@link
 * id.smartkampung.core.audit.JournalAudit} adds the file, line and entry.
 */
@Api(Api.Status.STABLE)
public final class EventFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  EventFormatException(String path, String problem) {
    super(path + ": " + problem);
    this.path = requireNonNull(path, "path");
    this.problem = requireNonNull(problem, "problem");
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
