package id.smartkampung.monitoring.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.evidence.PhotoRegistry;
import id.smartkampung.monitoring.project.Project;
import java.time.LocalDate;

/**
 * A generated monitoring case — <i>kasus pemantauan</i>: a project with its reports and payments
 * (the {@code subject}), the date at which to assess it, the other projects of the district it is
 * assessed among, and its {@code control}: the same project with the planted fault taken out (equal
 * to the subject in situations without a fault). A contract compares the two, so a system that
 * flags everything fails as surely as one that flags nothing.
 *
 * @param situation what the case was generated to show; never null
 * @param subject the project to assess; never null
 * @param control the subject without its planted fault; never null
 * @param others the other projects of the district (for photo reuse across projects); never null
 * @param date the assessment date; on or after the subject's last report
 */
@Api(Api.Status.EXPERIMENTAL)
public record MonitoringScenario(
    Situation situation, MonitoredProject subject, MonitoredProject control, ImmutableList<MonitoredProject> others, LocalDate date) {

  /** What a generated case shows — <i>situasi</i>. */
  public enum Situation {
    /** On plan or a little ahead, paid no more than built, clean evidence: no red flag at all. */
    ON_TRACK,
    /** Behind the S-curve by less than the kontrak-kritis limit of its stage (10 pp, or 5 pp above 70 %). */
    BEHIND,
    /** <i>Kontrak kritis</i>: behind by more than the limit of its stage (Permen PU 07/2011). */
    KONTRAK_KRITIS,
    /**
     * Deviation and payments planted at and around the thresholds: 10 pp and 5 pp behind (±0.0001
     * pp), either side of 70 % planned, paid % exactly at physical % + the spending-ahead margin.
     */
    NEAR_THRESHOLD,
    /** <i>Sudah dibayar lunas, fisik belum selesai</i>: AC ≥ BAC but physical progress below 100 %. */
    FULLY_PAID_UNFINISHED,
    /** One photo of another project (same or another village) reappears in a report of the subject. */
    PHOTO_REUSED_ACROSS_PROJECTS,
    /** Every photo of every report taken kilometres from the site. */
    EVIDENCE_OFF_SITE,
    /** Reported 100 % but the measured volume falls short of the target (<i>kekurangan volume</i>). */
    VOLUME_SHORTFALL,
    /** One report's cumulative progress lower than an earlier report's. */
    PROGRESS_BACKWARDS
  }

  public MonitoringScenario {
    requireNonNull(situation, "situation");
    requireNonNull(subject, "subject");
    requireNonNull(control, "control");
    requireNonNull(others, "others");
    requireNonNull(date, "date");
    checkArgument(subject.project().equals(control.project()), "a control is the same project as its subject");
  }

  /** The subject's project. */
  public Project project() {
    return subject.project();
  }

  /** True when the subject carries a planted fault that the control does not. */
  public boolean hasPlantedFault() {
    return !subject.equals(control);
  }

  /** The district as the subject sees it: the subject and the others. */
  public ImmutableList<MonitoredProject> district() {
    return ImmutableList.<MonitoredProject>builder().add(subject).addAll(others).build();
  }

  /** The district with the control in place of the subject. */
  public ImmutableList<MonitoredProject> controlDistrict() {
    return ImmutableList.<MonitoredProject>builder().add(control).addAll(others).build();
  }

  /** The photo registry of {@link #district()}. */
  public PhotoRegistry registry() {
    return MonitoredProject.photoRegistry(district());
  }

  @Override
  public String toString() {
    return situation + " " + subject.project() + " at " + date + " (" + subject.reports().size() + " reports, AC "
        + subject.actualCost() + " of BAC " + subject.project().bac() + ")";
  }
}
