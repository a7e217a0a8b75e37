package id.smartkampung.monitoring.escalation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The escalation history of a contractor's project — <i>riwayat penanganan kontrak kritis</i>: its
 * {@link EscalationEvent events} in date order, checked against the ladder of {@link
 * EscalationStage}: a warning letter follows the show-cause meeting it closes, a show-cause meeting
 * II or III follows the warning letter before it, each stage happens at most once, termination
 * follows warning letter III or an extension, and nothing follows termination or the provisional
 * handover. An immutable value.
 *
 * @param events the events in date order; never null, may be empty
 */
public record Escalation(ImmutableList<EscalationEvent> events) {
  private static final Escalation NONE = new Escalation(ImmutableList.of());

  public Escalation {
    requireNonNull(events, "events");
    Set<EscalationStage> seen = EnumSet.noneOf(EscalationStage.class);
    EscalationEvent before = null;
    for (EscalationEvent e : events) {
      requireNonNull(e, "event");
      if (before != null) {
        checkArgument(!e.date().isBefore(before.date()), "%s is dated before %s: events are in date order", e, before);
        checkArgument(before.stage() != EscalationStage.TERMINATION && before.stage() != EscalationStage.PROVISIONAL_HANDOVER,
            "%s follows %s, which ends the contract", e, before);
      }
      checkArgument(seen.add(e.stage()), "%s happens twice", e.stage().label());
      e.stage().requires().ifPresent(r -> checkArgument(seen.contains(r), "%s needs %s before it", e, r.label()));
      if (e.stage() == EscalationStage.TERMINATION) {
        checkArgument(seen.contains(EscalationStage.WARNING_LETTER_3) || seen.contains(EscalationStage.EXTENSION),
            "%s needs warning letter III or a lapsed extension before it", e);
      }
      before = e;
    }
  }

  /** No escalation. */
  public static Escalation none() {
    return NONE;
  }

  /** The history of the given events (in date order). */
  public static Escalation of(List<EscalationEvent> events) {
    return new Escalation(ImmutableList.copyOf(events));
  }

  /** The latest event on or before {@code date}: where the project stands. */
  public Optional<EscalationEvent> latestOn(LocalDate date) {
    requireNonNull(date, "date");
    EscalationEvent latest = null;
    for (EscalationEvent e : events) {
      if (!e.date().isAfter(date)) {
        latest = e;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The event of a stage, if it happened (at any date). */
  public Optional<EscalationEvent> event(EscalationStage stage) {
    return events.stream().filter(e -> e.stage() == stage).findFirst();
  }

  /** True when there are no events. */
  public boolean isEmpty() {
    return events.isEmpty();
  }
}
