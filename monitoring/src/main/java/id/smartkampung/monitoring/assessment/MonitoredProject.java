package id.smartkampung.monitoring.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoRegistry;
import id.smartkampung.monitoring.evidence.PhotoUse;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.javamoney.moneta.Money;

/**
 * Everything known about a project for its assessment — <i>data pemantauan kegiatan</i>: the
 * project, its progress reports (in date order; reports of one date keep the order given) and its
 * actual cost AC — what has been paid for it so far, as core's realisation per activity reports it.
 * Monitoring takes AC as a plain input and never changes core.
 *
 * @param project the project; never null
 * @param reports the progress reports, sorted by date; never null
 * @param actualCostSen AC in sen; never negative
 */
@Api(Api.Status.EXPERIMENTAL)
public record MonitoredProject(Project project, ImmutableList<ProgressReport> reports, long actualCostSen) {
  public MonitoredProject {
    requireNonNull(project, "project");
    requireNonNull(reports, "reports");
    checkArgument(actualCostSen >= 0, "actual cost %s of project %s is negative", Idr.formatSen(actualCostSen), project.id());
    for (int i = 1; i < reports.size(); i++) {
      checkArgument(
          !reports.get(i).date().isBefore(reports.get(i - 1).date()),
          "reports of project %s are in date order",
          project.id());
    }
  }

  /**
   * A project with its reports (sorted here by date) and actual cost.
   *
   * @throws IllegalArgumentException if AC is negative or not exact IDR
   */
  public static MonitoredProject of(Project project, List<ProgressReport> reports, Money actualCost) {
    return new MonitoredProject(
        project,
        ImmutableList.sortedCopyOf(Comparator.comparing(ProgressReport::date), reports),
        Idr.toSen(actualCost));
  }

  /** AC; never null. */
  public Money actualCost() {
    return Idr.ofSen(actualCostSen);
  }

  /** This project with another actual cost. */
  public MonitoredProject withActualCost(Money ac) {
    return new MonitoredProject(project, reports, Idr.toSen(ac));
  }

  /** This project with one more report. */
  public MonitoredProject plusReport(ProgressReport r) {
    return of(project, ImmutableList.<ProgressReport>builder().addAll(reports).add(r).build(), actualCost());
  }

  /** Registers every photo of these projects' reports: the district's photo registry. */
  public static PhotoRegistry photoRegistry(Collection<MonitoredProject> projects) {
    PhotoRegistry.Builder b = PhotoRegistry.builder();
    for (MonitoredProject mp : projects) {
      String village = mp.project().village().code();
      for (ProgressReport r : mp.reports()) {
        PhotoUse use = null;
        for (Evidence e : r.evidence()) {
          if (use == null) {
            use = new PhotoUse(village, mp.project().id(), r.date());
          }
          b.add(e.photo(), use);
        }
      }
    }
    return b.build();
  }
}
