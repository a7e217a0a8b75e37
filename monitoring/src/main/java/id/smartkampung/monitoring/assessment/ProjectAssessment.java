package id.smartkampung.monitoring.assessment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.PercentagePoints;
import id.smartkampung.monitoring.earnedvalue.EarnedSchedule;
import id.smartkampung.monitoring.earnedvalue.EarnedValue;
import id.smartkampung.monitoring.escalation.EscalationStatus;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.flag.RiskScore;
import id.smartkampung.monitoring.project.Project;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The assessment of a project at a date — <i>hasil penilaian kemajuan kegiatan</i>: planned and
 * actual progress, deviation, status, earned value, earned schedule, forecast finish, red flags and
 * risk score. An immutable value made by {@link ProjectAssessor}.
 *
 * @param project the project; never null
 * @param date the assessment (status) date; never null
 * @param planned planned progress at the date; never null
 * @param actual the latest reported progress on or before the date (0 % without reports); never null
 * @param deviationPp the deviation (<i>deviasi</i>) actual − planned, in percentage points; never null
 * @param status the schedule status; never null
 * @param earnedValue PV, EV, AC and what follows; never null
 * @param earnedSchedule ES, AT, SPI(t) and the forecast; never null
 * @param completedOn the date of the report that completed the project; null when it is not complete
 * @param latestReport the date of the latest report on or before the date; null when there is none
 * @param forecastFinish the forecast finish: {@code completedOn} when complete, else the earned
 *     schedule's forecast; null while ES = 0 or the date is not after the start
 * @param flags the red flags, gravest first; never null
 * @param risk the risk score of the flags; never null
 * @param escalation where a contractor's kontrak kritis handling stands (stage, days late, late
 *     penalty, retention); never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record ProjectAssessment(
    Project project,
    LocalDate date,
    Percent planned,
    Percent actual,
    PercentagePoints deviationPp,
    ProjectStatus status,
    EarnedValue earnedValue,
    EarnedSchedule earnedSchedule,
    @Nullable LocalDate completedOn,
    @Nullable LocalDate latestReport,
    @Nullable LocalDate forecastFinish,
    ImmutableList<RedFlag> flags,
    RiskScore risk,
    EscalationStatus escalation) {

  public ProjectAssessment {
    requireNonNull(project, "project");
    requireNonNull(date, "date");
    requireNonNull(planned, "planned");
    requireNonNull(actual, "actual");
    requireNonNull(deviationPp, "deviationPp");
    requireNonNull(status, "status");
    requireNonNull(earnedValue, "earnedValue");
    requireNonNull(earnedSchedule, "earnedSchedule");
    requireNonNull(flags, "flags");
    requireNonNull(risk, "risk");
    requireNonNull(escalation, "escalation");
  }

  /** True when a flag of that kind was raised. */
  public boolean has(RedFlagCode code) {
    for (RedFlag f : flags) {
      if (f.code() == code) {
        return true;
      }
    }
    return false;
  }

  /** The flags of that kind. */
  public ImmutableList<RedFlag> flags(RedFlagCode code) {
    return flags.stream().filter(f -> f.code() == code).collect(ImmutableList.toImmutableList());
  }
}
