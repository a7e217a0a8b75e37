package id.smartkampung.core.json;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a strict reader's problems go — <i>daftar masalah masukan</i>: either thrown at the first
 * ({@link #failFast}) or collected, so that a file's problems are all reported at once ({@link
 * #collecting}, then {@link #throwIfAny}). Each problem is a {@link Finding} of rule {@link
 * Rule#FORMAT} at its JSON path, with its {@linkplain Kind kind} in the finding's data under {@code
 * "problem"}. A fail-fast instance holds no state and may be shared; a collecting one belongs to
 * one reading.
 */
public final class JsonProblems {
  /** The kind of a problem, a stable code in {@link Finding#data()} under {@code "problem"}. */
  public enum Kind {
    /** Not well-formed JSON (or content after the document, or not valid UTF-8). */
    MALFORMED("malformed-json"),
    /** Beyond one of the {@link InputLimits}. */
    LIMIT("input-limit"),
    /** A field the format does not know. */
    UNKNOWN_FIELD("unknown-field"),
    /** A required field is absent or null. */
    MISSING_FIELD("missing-field"),
    /** A field twice in one object. */
    DUPLICATE_FIELD("duplicate-field"),
    /** A value of the wrong JSON type (e.g. a number where a quoted amount is expected). */
    WRONG_TYPE("wrong-type"),
    /** A value outside its allowed range. */
    OUT_OF_RANGE("out-of-range"),
    /** A value of the right type that breaks a rule of its form (a malformed code or amount, …). */
    INVALID_VALUE("invalid-value");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The stable code, e.g. {@code unknown-field}. */
    public String code() {
      return code;
    }

    /** The kind of a finding made here; {@link #INVALID_VALUE} for any other finding. */
    public static Kind of(Finding f) {
      String code = f.data().get("problem");
      for (Kind k : values()) {
        if (k.code.equals(code)) {
          return k;
        }
      }
      return INVALID_VALUE;
    }
  }

  /** Makes the exception a reader throws, of its own type, for the findings of an input. */
  @FunctionalInterface
  public interface Failure {
    /** The exception for at least one finding; {@code source} may be null. */
    InvalidInputException of(String source, List<Finding> findings);
  }

  private final String source;
  private final Failure failure;
  private final List<Finding> found;

  private JsonProblems(String source, Failure failure, boolean collect) {
    this.source = source;
    this.failure = requireNonNull(failure, "failure");
    this.found = collect ? new ArrayList<>() : null;
  }

  /** Problems thrown at the first one, as {@code failure} makes them. */
  public static JsonProblems failFast(String source, Failure failure) {
    return new JsonProblems(source, failure, false);
  }

  /** Problems collected; {@link #throwIfAny} throws them all at once. */
  public static JsonProblems collecting(String source, Failure failure) {
    return new JsonProblems(source, failure, true);
  }

  /** The input's name in errors (e.g. its file), or null. */
  public String source() {
    return source;
  }

  /** Reports a problem at {@code path}: thrown when fail-fast, else recorded. */
  public void report(Kind kind, String path, String message) {
    add(Finding.error(Rule.FORMAT, path, message, Map.of("problem", kind.code())));
  }

  /** Reports a finding made elsewhere (e.g. a line rule found while reading): thrown when fail-fast, else recorded. */
  public void add(Finding f) {
    if (found == null) {
      throw failure.of(source, List.of(f));
    }
    found.add(f);
  }

  /** Reports a problem after which nothing more can be read, and throws it with any recorded before. */
  public InvalidInputException fatal(Kind kind, String path, String message) {
    Finding f = Finding.error(Rule.FORMAT, path, message, Map.of("problem", kind.code()));
    List<Finding> all = new ArrayList<>(found == null ? List.of() : found);
    all.add(f);
    throw failure.of(source, all);
  }

  /** How many problems are recorded (always 0 when fail-fast). */
  public int count() {
    return found == null ? 0 : found.size();
  }

  /** Whether no problem is recorded. */
  public boolean isEmpty() {
    return count() == 0;
  }

  /** Throws the recorded problems, if any. */
  public void throwIfAny() {
    if (!isEmpty()) {
      throw failure.of(source, found);
    }
  }
}
