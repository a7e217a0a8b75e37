package id.smartkampung.demo.scenario;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.plan.Addendum;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.site.GeoPoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntUnaryOperator;

/**
 * One physical project of the village as it happens in the field — <i>pelaksanaan kegiatan fisik</i>:
 * the project, its budget item, the PKA and TPK who run it, how the work really progresses (week by
 * week, in hundredths of a percent) and the weekly progress reports with photos.
 */
final class SiteWork {
  /** How the works go. */
  enum Conduct {
    /** The work follows the plan, a little late or early; paid as it progresses. */
    HONEST,
    /** The contractor is paid in full early; the work stalls (funds drawn ahead of the work). */
    PAID_UP_FRONT_THEN_STALLED
  }

  Project project;
  final BudgetItemKey item;
  final Person pka;
  final String tpk;
  final String supplier;
  final Conduct conduct;
  final GeoPoint photoPoint;
  private final IntUnaryOperator progressByDay;
  private final List<ProgressReport> reports = new ArrayList<>();
  private int lastBp;

  SiteWork(Project project, BudgetItemKey item, Person pka, String tpk, String supplier, Conduct conduct, GeoPoint photoPoint, IntUnaryOperator progressByDay) {
    this.project = requireNonNull(project);
    this.item = requireNonNull(item);
    this.pka = requireNonNull(pka);
    this.tpk = requireNonNull(tpk);
    this.supplier = requireNonNull(supplier);
    this.conduct = requireNonNull(conduct);
    this.photoPoint = requireNonNull(photoPoint);
    this.progressByDay = requireNonNull(progressByDay);
  }

  /**
   * Re-baselines the works by a contract addendum (CCO): the new plan judges progress from its date,
   * the earlier one before it; the work itself goes on as it was going.
   */
  void rebaseline(Addendum addendum) {
    project = project.withAddendum(addendum);
  }

  /** Honest progress: the plan shifted by {@code lagDays}, with a little noise; 100 % once the shifted plan is. */
  static IntUnaryOperator honest(Project p, int lagDays, Random random, Map<Integer, Integer> noise) {
    return day -> {
      LocalDate d = p.plan().start().plusDays(day - lagDays);
      Percent planned = p.plan().plannedAt(d.isBefore(p.plan().start()) ? p.plan().start() : d);
      if (planned.isComplete()) {
        return 10_000;
      }
      int bp = planned.value().movePointRight(2).setScale(0, RoundingMode.DOWN).intValueExact();
      int jitter = noise.computeIfAbsent(day, w -> random.nextInt(401) - 200);
      return Math.max(0, Math.min(9_900, bp + (bp == 0 ? 0 : jitter)));
    };
  }

  /** The week of the work (0 = the plan's start week) on a date. */
  int weekOf(LocalDate date) {
    return (int) Math.floorDiv(ChronoUnit.DAYS.between(project.plan().start(), date), 7);
  }

  /** True on the days a report is due: the start (baseline) and every Friday until completion is reported. */
  boolean reportDue(LocalDate date) {
    if (date.isBefore(project.plan().start()) || lastBp == 10_000) {
      return false;
    }
    return date.equals(project.plan().start()) || (date.getDayOfWeek() == java.time.DayOfWeek.FRIDAY && date.isAfter(project.plan().start()));
  }

  /** The real cumulative progress on a date, in hundredths of a percent (never going backwards). */
  int progressBp(LocalDate date) {
    if (date.isBefore(project.plan().start())) {
      return 0;
    }
    int bp = date.equals(project.plan().start()) ? 0 : progressByDay.applyAsInt((int) ChronoUnit.DAYS.between(project.plan().start(), date));
    lastBp = Math.max(lastBp, Math.min(10_000, bp));
    return lastBp;
  }

  int lastBp() {
    return lastBp;
  }

  boolean isComplete() {
    return lastBp == 10_000;
  }

  static Percent percent(int bp) {
    return Percent.rounded(BigDecimal.valueOf(bp, 2), RoundingMode.UNNECESSARY);
  }

  void add(ProgressReport r) {
    reports.add(r);
  }

  List<ProgressReport> reports() {
    return reports;
  }

  /** The latest report, if any. */
  ProgressReport latest() {
    return reports.isEmpty() ? null : reports.get(reports.size() - 1);
  }

  MonitoredProject monitored(org.javamoney.moneta.Money actualCost) {
    return MonitoredProject.of(project, reports, actualCost);
  }
}
