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
import id.smartkampung.monitoring.escalation.Escalation;
import id.smartkampung.monitoring.project.Implementer;
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
 * @param actualCost AC, IDR exact to the sen; never negative, never null
 * @param escalation the handling of a contractor's kontrak kritis so far (show-cause meetings,
 *     warning letters, extension, termination, handover); empty for swakelola; never null
 * @param funds money drawn beyond AC (outstanding panjar) and what offsets spending ahead (the
 *     contractor's unrecovered advance, materials on site); never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record MonitoredProject(Project project, ImmutableList<ProgressReport> reports, Money actualCost, Escalation escalation, FundsDrawn funds) {
  public MonitoredProject {
    requireNonNull(project, "project");
    requireNonNull(reports, "reports");
    requireNonNull(actualCost, "actualCost");
    checkArgument(Idr.toSen(actualCost) >= 0, "actual cost %s of project %s is negative", Idr.format(actualCost), project.id());
    requireNonNull(escalation, "escalation");
    requireNonNull(funds, "funds");
    checkArgument(escalation.isEmpty() || project.implementer().kind() == Implementer.Kind.CONTRACTOR,
        "project %s is swakelola by the TPK: there is no contract to escalate (deviasi kritis goes to the PKA and the Kepala Desa)",
        project.id());
    for (int i = 1; i < reports.size(); i++) {
      checkArgument(
          !reports.get(i).date().isBefore(reports.get(i - 1).date()),
          "reports of project %s are in date order",
          project.id());
    }
  }

  /** A project with its reports (in date order) and actual cost, without escalation. */
  public MonitoredProject(Project project, ImmutableList<ProgressReport> reports, Money actualCost) {
    this(project, reports, actualCost, Escalation.none(), FundsDrawn.none());
  }

  /** A project with its reports (in date order), actual cost and escalation, nothing drawn beyond AC. */
  public MonitoredProject(Project project, ImmutableList<ProgressReport> reports, Money actualCost, Escalation escalation) {
    this(project, reports, actualCost, escalation, FundsDrawn.none());
  }

  /** This project with its escalation history. */
  public MonitoredProject withEscalation(Escalation newEscalation) {
    return new MonitoredProject(project, reports, actualCost, newEscalation, funds);
  }

  /** This project with the money drawn beyond AC and its offsets. */
  public MonitoredProject withFunds(FundsDrawn newFunds) {
    return new MonitoredProject(project, reports, actualCost, escalation, newFunds);
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
        actualCost);
  }

  /** This project with another actual cost. */
  public MonitoredProject withActualCost(Money ac) {
    return new MonitoredProject(project, reports, ac, escalation, funds);
  }

  /** This project with one more report. */
  public MonitoredProject plusReport(ProgressReport r) {
    return of(project, ImmutableList.<ProgressReport>builder().addAll(reports).add(r).build(), actualCost()).withEscalation(escalation).withFunds(funds);
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
