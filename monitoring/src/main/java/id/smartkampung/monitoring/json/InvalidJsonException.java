package id.smartkampung.monitoring.json;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;

/**
 * Bad monitoring input — <i>masukan tidak sah</i>: a JSON document that is malformed, has a wrong
 * type, an unknown or missing field, or a value that breaks a rule (e.g. 120 % progress, latitude
 * 95). Names the JSON path (e.g. {@code $.reports[3].evidence[0].lat}) and the rule; the message is
 * a sentence for people. When it is thrown, nothing has been built.
 */
@Api(Api.Status.STABLE)
public final class InvalidJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The rule broken. */
  public enum Rule {
    /** Not well-formed JSON (or trailing content). */
    MALFORMED("malformed-json"),
    /** A field the format does not know. */
    UNKNOWN_FIELD("unknown-field"),
    /** A required field is absent or null. */
    MISSING_FIELD("missing-field"),
    /** A field twice in one object. */
    DUPLICATE_FIELD("duplicate-field"),
    /** A value of the wrong JSON type (e.g. a number where a quoted amount is expected). */
    WRONG_TYPE("wrong-type"),
    /** A value outside its allowed range (percentages 0–100, latitude −90…90, …). */
    OUT_OF_RANGE("out-of-range"),
    /** A value of the right type that breaks a domain rule (malformed code, decreasing plan, …). */
    INVALID_VALUE("invalid-value");

    private final String code;

    Rule(String code) {
      this.code = code;
    }

    /** The stable code, e.g. {@code unknown-field}. */
    public String code() {
      return code;
    }
  }

  private final String path;
  private final Rule rule;
  private final String detail;

  InvalidJsonException(String path, Rule rule, String detail) {
    super("invalid JSON at " + path + " (" + rule.code() + "): " + detail);
    this.path = requireNonNull(path, "path");
    this.rule = requireNonNull(rule, "rule");
    this.detail = requireNonNull(detail, "detail");
  }

  /** The JSON path of the offending place, e.g. {@code $.plan.cumulativePercent[4]}. */
  public String path() {
    return path;
  }

  /** The rule broken. */
  public Rule rule() {
    return rule;
  }

  /** What is wrong, without the path. */
  public String detail() {
    return detail;
  }
}
