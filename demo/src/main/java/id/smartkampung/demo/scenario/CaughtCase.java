package id.smartkampung.demo.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.book.PanjarBook;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.tranche.TrancheEligibility;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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

  // One builder per kind of case, used by the run that catches it and by the report that finds it
  // again in the journal and the monitoring folder (CaughtCases): the same case reads the same.

  /** An operation the ledger refused for {@code rule}; {@code subject} as {@link #sppSubject}. */
  static CaughtCase rejected(Misconduct m, LocalDate d, Outcome o, Rule rule, String subject) {
    Finding f = o.findings().stream().filter(x -> x.rule() == rule).findFirst().orElseThrow();
    Map<String, String> evidence = new LinkedHashMap<>(f.data());
    evidence.put("operation", o.operation().id().value());
    evidence.put("actor", o.operation().actor().toString());
    return of(m, d, rule.code(), "rejected", subject, f.message(), evidence);
  }

  /** What an SPP case concerns: the SPP and the project it pays for. */
  static String sppSubject(String spp, String project) {
    return "SPP " + spp + " (" + project + ")";
  }

  /** A panjar not accounted for (SPJ) within the pack's working days, seen on {@code d}. */
  static CaughtCase panjarOverdue(PanjarBook.Line l, LocalDate d, String pkaName, PolicyPack policy) {
    return of(Misconduct.PANJAR_OVERDUE, d, "panjar-overdue", "overdue", "Panjar " + l.spp().value() + " (" + l.item().kegiatan() + ")",
        "panjar of " + Idr.format(l.advance()) + " paid " + l.paidOn() + " to " + pkaName + " not accounted for (SPJ) by " + l.due()
            + " (" + policy.panjar().returnWithinWorkingDays() + " working days, " + policy.panjar().reference() + ")",
        ImmutableMap.of("spp", l.spp().value(), "pka", l.pka(), "advance", Idr.format(l.advance()), "paidOn", l.paidOn().toString(), "due", l.due().toString(),
            "daysOverdue", Long.toString(ChronoUnit.DAYS.between(l.due(), d)),
            "withinWorkingDays", Integer.toString(policy.panjar().returnWithinWorkingDays()), "reference", policy.panjar().reference()));
  }

  /** A red flag of a project's assessment. */
  static CaughtCase flagged(Misconduct m, ProjectAssessment a, RedFlagCode code, LocalDate d) {
    RedFlag f = a.flags(code).get(0);
    return of(m, d, code.code(), "flagged " + f.severity(), a.project().name() + " (" + a.project().id() + ")", f.message(), f.evidence());
  }

  /** A tahap II request refused because its gates are not met. */
  static CaughtCase trancheEarly(TrancheRequest r, int year, String reference) {
    TrancheEligibility e = r.eligibility();
    return of(Misconduct.TRANCHE_EARLY, r.date(), "tranche-gate", "refused", "Dana Desa tahap II " + year,
        String.join("; ", e.reasons()),
        ImmutableMap.of(
            "absorption", e.absorption().fraction().toPlainString(),
            "minAbsorption", e.minAbsorption().fraction().toPlainString(),
            "output", Optional.ofNullable(e.output()).map(x -> x.fraction().toPlainString()).orElse("-"),
            "minOutput", e.minOutput().fraction().toPlainString(),
            "reference", reference));
  }
}
