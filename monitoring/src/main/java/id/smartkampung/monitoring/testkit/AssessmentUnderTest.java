package id.smartkampung.monitoring.testkit;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import java.time.LocalDate;
import java.util.List;

/**
 * The monitoring system under audit — <i>sistem pemantauan yang diuji</i>: whatever assesses a
 * physical project at a date, seen only through what it reports. An auditor adapts their own
 * system (load the project, its reports and payments into it, read its verdict back as an {@link
 * AssessmentOutcome}); smartkampung's {@link ProjectAssessor} adapts with {@link #of(ProjectAssessor)}.
 *
 * <p>Implementations must be pure as far as the contract can tell: the same inputs give the same
 * outcome, and one call does not influence the next.
 */
@Api(Api.Status.EXPERIMENTAL)
@FunctionalInterface
public interface AssessmentUnderTest {
  /**
   * Assesses {@code subject} at {@code date}.
   *
   * @param subject the project, its progress reports and its actual cost (AC); never null
   * @param date the assessment date; never null
   * @param district every project of the district the system knows of, the subject included — the
   *     basis of its photo register (<i>daftar foto kabupaten</i>); never null
   * @return what the system reports; never null
   */
  AssessmentOutcome assess(MonitoredProject subject, LocalDate date, List<MonitoredProject> district);

  /** smartkampung's own assessor, with the district's photo registry built from {@code district}. */
  static AssessmentUnderTest of(ProjectAssessor assessor) {
    requireNonNull(assessor, "assessor");
    return (subject, date, district) -> AssessmentOutcome.of(assessor.assess(subject, date, MonitoredProject.photoRegistry(district)));
  }
}
