package id.smartkampung.monitoring.testkit;

import id.smartkampung.core.Api;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.MonitoringThresholds;
import id.smartkampung.monitoring.progress.ProgressReport;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.statistics.Statistics;

/**
 * Coverage labels for property runs over monitoring cases — <i>cakupan uji</i>: call these inside a
 * jqwik property and the run's report shows what the generated cases covered (situations, the
 * kontrak-kritis stage, critical cases, fully paid cases, site and plan kinds, statuses reached).
 * Only valid inside a running property. For example:
 *
 * <pre>
 * &#64;Property
 * void myRule(&#64;ForAll MonitoringScenario s) {
 *   MonitoringCoverage.collect(s);              // situation, stage, "critical by deviation", …
 *   AssessmentOutcome o = system.assess(s.subject(), s.date(), s.district());
 *   MonitoringCoverage.collect(o);              // statuses reached
 *   …
 * }
 * </pre>
 *
 * <p>To <em>require</em> coverage rather than just show it, use jqwik's
 * {@code Statistics.label("critical by deviation").coverage(c -> c.check(true).percentage(p -> p > 10))}.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class MonitoringCoverage {
  private MonitoringCoverage() {}

  /**
   * Labels a case: {@code situation}, {@code stage} (planned ≤ or &gt; 70 % at the date), {@code
   * critical by deviation} (per the default thresholds, computed from the plan and the latest
   * report), {@code fully paid} (AC ≥ BAC), {@code site} (point or line), {@code plan} (RAB or
   * cumulative) and {@code reports} (bucketed).
   */
  public static void collect(MonitoringScenario s) {
    MonitoringThresholds t = MonitoringThresholds.defaults();
    Percent planned = s.project().plan().plannedAt(s.date());
    Percent actual = latest(s.subject().reports(), s.date());
    boolean late = planned.compareTo(t.kritisStageBoundary()) > 0;
    boolean critical = !actual.isComplete()
        && planned.minus(actual).compareTo(late ? t.kritisLatePp() : t.kritisEarlyPp()) > 0;
    Statistics.label("situation").collect(s.situation());
    Statistics.label("stage").collect(late ? "planned > 70%" : "planned <= 70%");
    Statistics.label("critical by deviation").collect(critical);
    Statistics.label("fully paid").collect(s.subject().actualCostSen() >= s.project().bacSen());
    Statistics.label("site").collect(s.project().site().isLine() ? "line" : "point");
    Statistics.label("plan").collect(s.project().plan().rab().isPresent() ? "from RAB" : "cumulative");
    Statistics.label("reports").collect(bucket(s.subject().reports().size()));
  }

  /** Labels an assessment outcome by its {@code status} and whether it has any {@code red flag}. */
  public static void collect(AssessmentOutcome o) {
    Statistics.label("status").collect(o.status());
    Statistics.label("red flags").collect(o.flags().isEmpty() ? "none" : "some");
  }

  /** Labels a monitored project by its number of reports and whether it is fully paid. */
  public static void collect(MonitoredProject mp) {
    Statistics.label("reports").collect(bucket(mp.reports().size()));
    Statistics.label("fully paid").collect(mp.actualCostSen() >= mp.project().bacSen());
  }

  /** The latest report's progress on or before {@code date}; 0 % without one. */
  static Percent latest(List<ProgressReport> reports, LocalDate date) {
    Percent p = Percent.ZERO;
    for (ProgressReport r : reports) {
      if (!r.date().isAfter(date)) {
        p = r.physical();
      }
    }
    return p;
  }

  private static String bucket(int n) {
    if (n < 5) {
      return "1-4";
    }
    if (n < 10) {
      return "5-9";
    }
    return n < 20 ? "10-19" : ">=20";
  }
}
