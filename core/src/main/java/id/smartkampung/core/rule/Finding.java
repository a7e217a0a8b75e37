package id.smartkampung.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import id.smartkampung.core.Api;
import java.util.Map;

/**
 * One finding — <i>temuan</i> — of a check: the rule, how grave, a message for people, the path of
 * the offending place (a JSON path like {@code $.belanja[3].amount}, a file and line, or an
 * operation id) and the data involved. A rejected operation returns its findings; an audit lists
 * them.
 *
 * @param rule the rule broken; never null
 * @param severity error or warning; never null
 * @param message what is wrong, in a sentence; never null
 * @param path where; never null, may be empty for a whole-budget finding
 * @param data the figures involved (e.g. budget, committed, requested), as text; never null
 */
@Api(Api.Status.STABLE)
public record Finding(
    Rule rule, Severity severity, String message, String path, ImmutableMap<String, String> data) {

  public Finding {
    requireNonNull(rule, "rule");
    requireNonNull(severity, "severity");
    requireNonNull(message, "message");
    requireNonNull(path, "path");
    requireNonNull(data, "data");
  }

  /** An error finding. */
  public static Finding error(Rule rule, String path, String message, Map<String, String> data) {
    return new Finding(rule, Severity.ERROR, message, path, ImmutableMap.copyOf(data));
  }

  /** An error finding without data. */
  public static Finding error(Rule rule, String path, String message) {
    return error(rule, path, message, Map.of());
  }

  /** A warning finding. */
  public static Finding warning(Rule rule, String path, String message, Map<String, String> data) {
    return new Finding(rule, Severity.WARNING, message, path, ImmutableMap.copyOf(data));
  }

  /** A warning finding without data. */
  public static Finding warning(Rule rule, String path, String message) {
    return warning(rule, path, message, Map.of());
  }

  /** True for an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same finding at another path (e.g. the file location instead of the model index). */
  public Finding at(String newPath) {
    return new Finding(rule, severity, message, newPath, data);
  }

  /** One line for people: {@code ERROR I3.balance at $.belanja: message}. */
  @Override
  public String toString() {
    return severity + " " + rule.code() + (path.isEmpty() ? "" : " at " + path) + ": " + message;
  }
}
