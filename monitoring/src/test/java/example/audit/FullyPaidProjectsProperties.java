package example.audit;

import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.testkit.AssessmentOutcome;
import id.smartkampung.monitoring.testkit.AssessmentUnderTest;
import id.smartkampung.monitoring.testkit.MonitoringCoverage;
import id.smartkampung.monitoring.testkit.MonitoringDomain;
import id.smartkampung.monitoring.testkit.MonitoringScenario;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/**
 * The second example of monitoring/AUDITING.md, verbatim: an auditor's own rule over the shipped
 * domain — no project that is paid in full before it is finished goes unflagged.
 */
@Domain(MonitoringDomain.class)
class FullyPaidProjectsProperties {
  private final AssessmentUnderTest system = AssessmentUnderTest.of(ProjectAssessor.withDefaults());

  @Property(tries = 500)
  void noProjectPaidInFullBeforeItIsFinishedGoesUnflagged(@ForAll MonitoringScenario s) {
    MonitoringCoverage.collect(s); // shows situations, stages, "fully paid" shares in the report
    MonitoredProject p = s.subject();
    AssessmentOutcome o = system.assess(p, s.date(), s.district());
    MonitoringCoverage.collect(o); // shows the statuses reached, e.g. the share of CRITICAL
    boolean paidInFull = p.actualCostSen() >= p.project().bacSen();
    if (paidInFull && !o.actual().isComplete() && !o.has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS)) {
      throw new AssertionError(s + ": paid in full at " + o.actual() + " built, but not flagged: " + o.flags());
    }
  }
}
