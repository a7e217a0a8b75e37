package id.smartkampung.monitoring;

import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.audit.AssessmentUnderTest;
import id.smartkampung.monitoring.audit.ProjectAssessorContract;

/**
 * smartkampung's own assessor against the shipped monitoring contract: every rule of DESIGN §4 that
 * {@link ProjectAssessorContract} states must hold for it. Uses only the kit's public API, as an
 * auditor's test would.
 */
class ProjectAssessorContractProperties implements ProjectAssessorContract {
  @Override
  public AssessmentUnderTest assessmentUnderTest() {
    return AssessmentUnderTest.of(ProjectAssessor.withDefaults());
  }
}
