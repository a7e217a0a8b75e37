package example.audit;

import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.testkit.AssessmentUnderTest;
import id.smartkampung.monitoring.testkit.ProjectAssessorContract;

/**
 * The first example of monitoring/AUDITING.md, verbatim: every monitoring rule of the shipped
 * contract against the system under audit — here smartkampung's own {@link ProjectAssessor}, which
 * must pass them all. In a package of its own, so it can use only the kit's public API.
 */
class VillageMonitoringContractProperties implements ProjectAssessorContract {
  @Override
  public AssessmentUnderTest assessmentUnderTest() {
    // replace with an adapter to the audited system (see "Plugging in your own system")
    return AssessmentUnderTest.of(ProjectAssessor.withDefaults());
  }
}
