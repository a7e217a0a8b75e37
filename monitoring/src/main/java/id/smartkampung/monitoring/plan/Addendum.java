package id.smartkampung.monitoring.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import java.time.LocalDate;

/**
 * A change of the contract that re-baselines the plan — <i>adendum kontrak / CCO (contract change
 * order)</i>: more or less volume, more or fewer kinds of work, or a changed schedule (Perpres
 * 16/2018 ps 54(1) a, b, d, as amended by Perpres 12/2021), agreed in a document on a date. From
 * that date the new plan is the baseline progress is measured against; the earlier baseline is kept
 * and still judges the dates before it ({@link id.smartkampung.monitoring.project.Project#planAt}).
 *
 * <p>An addendum changes the plan, not the money allocated: a change of value needs a budget change
 * (APBDes perubahan) and a new {@link id.smartkampung.monitoring.project.Allocation}. The limit on
 * added value (ps 54(2): at most 10 % of the initial contract) is not checked here.
 *
 * @param date the day the addendum takes effect; the new baseline applies from this day
 * @param document the addendum's number (e.g. {@code 02/ADD-I/TPK/VII/2025}); never blank
 * @param plan the new baseline: the re-scheduled kurva S, usually from the changed RAB
 */
@Api(Api.Status.EXPERIMENTAL)
public record Addendum(LocalDate date, String document, PlannedCurve plan) {
  public Addendum {
    requireNonNull(date, "date");
    requireNonNull(document, "document");
    requireNonNull(plan, "plan");
    checkArgument(!document.isBlank(), "an addendum names its document");
  }

  /** An addendum effective on {@code date}, with its document and new plan. */
  public static Addendum of(LocalDate date, String document, PlannedCurve plan) {
    return new Addendum(date, document, plan);
  }
}
