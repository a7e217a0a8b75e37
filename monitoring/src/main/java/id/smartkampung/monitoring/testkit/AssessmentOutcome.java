package id.smartkampung.monitoring.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.PercentagePoints;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.flag.RedFlagCode;
import java.time.LocalDate;
import id.smartkampung.monitoring.escalation.EscalationStage;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * What an assessment of a project at a date shows from outside — <i>hasil penilaian yang
 * teramati</i>: everything {@link ProjectAssessorContract} judges, in a form any monitoring system
 * can fill in (smartkampung's own with {@link #of(ProjectAssessment)}).
 *
 * @param planned planned physical progress at the date (<i>rencana</i>); never null
 * @param actual actual physical progress at the date (<i>realisasi fisik</i>); never null
 * @param deviationPp the deviation (<i>deviasi</i>) in percentage points as the system reports it; never null
 * @param status the schedule status, mapped to smartkampung's statuses; never null
 * @param forecastFinish the forecast finish date; null when the system has none
 * @param flags the red flags raised; never null
 * @param earnedValue the earned-value figures; never null
 * @param escalation the stage of a contractor's kontrak-kritis handling the system reports at the
 *     date (the latest event on or before it); null for none
 * @param latePenalty the late-completion penalty so far the system reports; never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record AssessmentOutcome(
    Percent planned,
    Percent actual,
    PercentagePoints deviationPp,
    ProjectStatus status,
    @Nullable LocalDate forecastFinish,
    ImmutableList<ObservedFlag> flags,
    EarnedValueFigures earnedValue,
    @Nullable EscalationStage escalation,
    Money latePenalty) {

  public AssessmentOutcome {
    requireNonNull(planned, "planned");
    requireNonNull(actual, "actual");
    requireNonNull(deviationPp, "deviationPp");
    requireNonNull(status, "status");
    requireNonNull(flags, "flags");
    requireNonNull(earnedValue, "earnedValue");
    requireNonNull(latePenalty, "latePenalty");
  }

  /** An outcome of a system that does not follow escalation: no stage, no penalty. */
  public AssessmentOutcome(
      Percent planned, Percent actual, PercentagePoints deviationPp, ProjectStatus status, @Nullable LocalDate forecastFinish,
      ImmutableList<ObservedFlag> flags, EarnedValueFigures earnedValue) {
    this(planned, actual, deviationPp, status, forecastFinish, flags, earnedValue, null, Idr.ZERO);
  }

  /** The outcome of smartkampung's own assessment. */
  public static AssessmentOutcome of(ProjectAssessment a) {
    return new AssessmentOutcome(
        a.planned(), a.actual(), a.deviationPp(), a.status(), a.forecastFinish(),
        a.flags().stream().map(ObservedFlag::of).collect(ImmutableList.toImmutableList()),
        EarnedValueFigures.of(a.earnedValue()), a.escalation().stage().orElse(null), a.escalation().latePenalty());
  }

  /** True when a flag of that kind was raised. */
  public boolean has(RedFlagCode code) {
    return flags.stream().anyMatch(f -> f.code() == code);
  }

  /** The dates of the reports that flags of that kind are about. */
  public ImmutableSet<LocalDate> reportsFlagged(RedFlagCode code) {
    return flags.stream().filter(f -> f.code() == code).map(ObservedFlag::report).filter(r -> r != null).collect(ImmutableSet.toImmutableSet());
  }

  /** This outcome with other flags (e.g. for an adapter that filters or maps them). */
  public AssessmentOutcome withFlags(ImmutableList<ObservedFlag> newFlags) {
    return new AssessmentOutcome(planned, actual, deviationPp, status, forecastFinish, newFlags, earnedValue, escalation, latePenalty);
  }

  /** This outcome with other earned-value figures. */
  public AssessmentOutcome withEarnedValue(EarnedValueFigures figures) {
    return new AssessmentOutcome(planned, actual, deviationPp, status, forecastFinish, flags, figures, escalation, latePenalty);
  }

  /** This outcome with another escalation stage (null for none) and late penalty. */
  public AssessmentOutcome withEscalation(@Nullable EscalationStage stage, Money penalty) {
    return new AssessmentOutcome(planned, actual, deviationPp, status, forecastFinish, flags, earnedValue, stage, penalty);
  }
}
