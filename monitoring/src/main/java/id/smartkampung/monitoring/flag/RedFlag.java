package id.smartkampung.monitoring.flag;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import id.smartkampung.core.Api;
import java.util.Map;

/**
 * A red flag — <i>tanda bahaya</i> — raised by a project's assessment: its kind, severity, a sentence
 * for people and the data behind it (the evidence, as text: amounts, percentages, dates, hashes,
 * distances) so that a monitor can check it without rerunning anything.
 *
 * @param code the kind; never null
 * @param severity how grave; never null
 * @param message what was found, in a sentence; never null
 * @param evidence the figures behind it, in a stable order; never null
 */
@Api(Api.Status.STABLE)
public record RedFlag(RedFlagCode code, FlagSeverity severity, String message, ImmutableMap<String, String> evidence) {
  public RedFlag {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(message, "message");
    requireNonNull(evidence, "evidence");
  }

  /** A flag with the code's default severity. */
  public static RedFlag of(RedFlagCode code, String message, Map<String, String> evidence) {
    return new RedFlag(code, code.defaultSeverity(), message, ImmutableMap.copyOf(evidence));
  }

  /** A flag with an explicit severity. */
  public static RedFlag of(RedFlagCode code, FlagSeverity severity, String message, Map<String, String> evidence) {
    return new RedFlag(code, severity, message, ImmutableMap.copyOf(evidence));
  }

  /** One line: {@code HIGH photo-off-site: message}. */
  @Override
  public String toString() {
    return severity + " " + code + ": " + message;
  }
}
