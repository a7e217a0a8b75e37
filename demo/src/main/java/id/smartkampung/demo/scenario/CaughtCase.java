package id.smartkampung.demo.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;

/**
 * One planted misconduct and how the system caught it — <i>temuan</i>: the date it was caught, the
 * rule or red-flag code that caught it, what happened (rejected, flagged, refused), a sentence and
 * the evidence behind it.
 *
 * @param misconduct what was planted; never null
 * @param date when it was caught; never null
 * @param code the rule or flag code that caught it, e.g. {@code I5.item-overspent}; never null
 * @param action what the system did: {@code rejected}, {@code flagged}, {@code refused} or {@code overdue}; never null
 * @param subject what it concerns (a project, an SPP, a tranche); never null
 * @param message what was found, in a sentence (the library's own words); never null
 * @param evidence the figures behind it; never null
 */
public record CaughtCase(
    Misconduct misconduct, LocalDate date, String code, String action, String subject, String message, ImmutableMap<String, String> evidence) {
  public CaughtCase {
    requireNonNull(misconduct, "misconduct");
    requireNonNull(date, "date");
    requireNonNull(code, "code");
    requireNonNull(action, "action");
    requireNonNull(subject, "subject");
    requireNonNull(message, "message");
    requireNonNull(evidence, "evidence");
  }

  static CaughtCase of(Misconduct m, LocalDate date, String code, String action, String subject, String message, Map<String, String> evidence) {
    return new CaughtCase(m, date, code, action, subject, message, ImmutableMap.copyOf(evidence));
  }
}
