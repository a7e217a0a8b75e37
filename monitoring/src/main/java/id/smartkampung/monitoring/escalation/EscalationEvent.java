package id.smartkampung.monitoring.escalation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One step of a contractor's escalation — <i>peristiwa penanganan kontrak</i>: the stage, its date,
 * the document that records it (the minutes of a show-cause meeting, the warning letter, the
 * addendum granting an extension, the termination letter, the handover minutes) and, for a
 * show-cause meeting the end of its test period and for an extension the new end date.
 *
 * @param stage the stage; never null
 * @param date the day it happened; never null
 * @param document the document's number; never blank
 * @param until the end of the test period (show-cause meetings) or of the extension; null for a stage
 *     without an end (warning letters, termination, handover), never null for an extension
 */
public record EscalationEvent(EscalationStage stage, LocalDate date, String document, @Nullable LocalDate until) {
  public EscalationEvent {
    requireNonNull(stage, "stage");
    requireNonNull(date, "date");
    requireNonNull(document, "document");
    checkArgument(!document.isBlank(), "a %s names its document", stage.label());
    if (until != null) {
      checkArgument(until.isAfter(date), "%s of %s: its end %s is not after it", stage.label(), date, until);
    }
    if (stage == EscalationStage.EXTENSION) {
      checkArgument(until != null, "an extension (%s) says until when", document);
    }
  }

  /** A stage without an end date (warning letters, termination, handover). */
  public static EscalationEvent of(EscalationStage stage, LocalDate date, String document) {
    return new EscalationEvent(stage, date, document, null);
  }

  /** A show-cause meeting with its test period, or an extension with its new end. */
  public static EscalationEvent until(EscalationStage stage, LocalDate date, String document, LocalDate until) {
    return new EscalationEvent(stage, date, document, requireNonNull(until, "until"));
  }

  @Override
  public String toString() {
    return stage.label() + " " + date + " (" + document + (until == null ? "" : ", until " + until) + ")";
  }
}
