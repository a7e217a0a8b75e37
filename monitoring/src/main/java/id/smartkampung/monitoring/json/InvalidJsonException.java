package id.smartkampung.monitoring.json;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.json.InvalidInputException;
import id.smartkampung.core.json.JsonProblems;
import id.smartkampung.core.rule.Finding;
import java.util.List;
import java.util.Map;

/**
 * Bad monitoring input — <i>masukan tidak sah</i>: a JSON document that is malformed, has a wrong
 * type, an unknown or missing field, or a value that breaks a rule (e.g. 120 % progress, latitude
 * 95). Names the JSON path (e.g. {@code $.reports[3].evidence[0].lat}) and the rule; the message is
 * a sentence for people. When it is thrown, nothing has been built.
 *
 * <p>Monitoring's kind of {@link InvalidInputException}, the one type every reader of smartkampung
 * throws for bad input; its one finding (rule {@code IO.format}) is the first problem, with this
 * exception's {@link Rule} code in the finding's data under {@code "problem"}.
 */
@Api(Api.Status.STABLE)
public final class InvalidJsonException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The rule broken. */
  public enum Rule {
    /** Not well-formed JSON (or trailing content, or not valid UTF-8). */
    MALFORMED("malformed-json"),
    /** Beyond one of the input limits ({@link id.smartkampung.core.json.InputLimits}: size, depth, lengths). */
    LIMIT("input-limit"),
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

    /** The rule of a problem kind of the strict reader (the same codes). */
    static Rule of(JsonProblems.Kind kind) {
      for (Rule r : values()) {
        if (r.code.equals(kind.code())) {
          return r;
        }
      }
      return INVALID_VALUE;
    }
  }

  private final String path;
  private final Rule rule;
  private final String detail;

  InvalidJsonException(String path, Rule rule, String detail) {
    super(
        "invalid JSON at " + path + " (" + rule.code() + "): " + detail,
        null,
        List.of(Finding.error(id.smartkampung.core.rule.Rule.FORMAT, path, detail, Map.of("problem", rule.code()))));
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
