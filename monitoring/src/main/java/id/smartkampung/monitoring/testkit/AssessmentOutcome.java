package id.smartkampung.monitoring.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.smartkampung.core.Api;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.flag.RedFlagCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an assessment of a project at a date shows from outside — <i>hasil penilaian yang
 * teramati</i>: everything {@link ProjectAssessorContract} judges, in a form any monitoring system
 * can fill in (smartkampung's own with {@link #of(ProjectAssessment)}).
 *
 * @param planned planned physical progress at the date (<i>rencana</i>); never null
 * @param actual actual physical progress at the date (<i>realisasi fisik</i>); never null
 * @param deviationPp the deviation (<i>deviasi</i>) in percentage points as the system reports it; never null
 * @param status the schedule status, mapped to smartkampung's statuses; never null
 * @param forecastFinish the forecast finish date, if the system has one; never null
 * @param flags the red flags raised; never null
 * @param earnedValue the earned-value figures; never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record AssessmentOutcome(
    Percent planned,
    Percent actual,
    BigDecimal deviationPp,
    ProjectStatus status,
    Optional<LocalDate> forecastFinish,
    ImmutableList<ObservedFlag> flags,
    EarnedValueFigures earnedValue) {

  public AssessmentOutcome {
    requireNonNull(planned, "planned");
    requireNonNull(actual, "actual");
    requireNonNull(deviationPp, "deviationPp");
    requireNonNull(status, "status");
    requireNonNull(forecastFinish, "forecastFinish");
    requireNonNull(flags, "flags");
    requireNonNull(earnedValue, "earnedValue");
  }

  /** The outcome of smartkampung's own assessment. */
  public static AssessmentOutcome of(ProjectAssessment a) {
    return new AssessmentOutcome(
        a.planned(), a.actual(), a.deviationPp(), a.status(), a.forecastFinish(),
        a.flags().stream().map(ObservedFlag::of).collect(ImmutableList.toImmutableList()),
        EarnedValueFigures.of(a.earnedValue()));
  }

  /** True when a flag of that kind was raised. */
  public boolean has(RedFlagCode code) {
    return flags.stream().anyMatch(f -> f.code() == code);
  }

  /** The dates of the reports that flags of that kind are about. */
  public ImmutableSet<LocalDate> reportsFlagged(RedFlagCode code) {
    return flags.stream().filter(f -> f.code() == code).flatMap(f -> f.report().stream()).collect(ImmutableSet.toImmutableSet());
  }

  /** This outcome with other flags (e.g. for an adapter that filters or maps them). */
  public AssessmentOutcome withFlags(ImmutableList<ObservedFlag> newFlags) {
    return new AssessmentOutcome(planned, actual, deviationPp, status, forecastFinish, newFlags, earnedValue);
  }

  /** This outcome with other earned-value figures. */
  public AssessmentOutcome withEarnedValue(EarnedValueFigures figures) {
    return new AssessmentOutcome(planned, actual, deviationPp, status, forecastFinish, flags, figures);
  }
}
