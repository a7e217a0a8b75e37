package id.smartkampung.demo.scenario;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.journal.Refusal;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.OperationLog;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.book.PanjarBook;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.evidence.PhotoRegistry;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.javamoney.moneta.Money;

/**
 * The misconduct caught in a village's year, found again from what a district keeps — <i>temuan
 * dari jurnal dan data pemantauan</i>: the refused attempts its journal keeps ({@link Refusal}),
 * its books (panjar not accounted for in time), its projects' progress reports (red flags) and its
 * tahap II requests. What {@code report} shows where {@code run} shows the cases as it caught them;
 * each case is built as the run builds it ({@link CaughtCase}).
 *
 * <ul>
 *   <li>A refusal for a rule a planted misconduct is caught by ({@link Misconduct#expectedCode()}),
 *       attributable to its actor ({@link Refusal#attributable()}; one that is not proves nothing
 *       about the official it names): re-applied to the books as they stood, for its findings.
 *   <li>A panjar overdue and outstanding on a Monday (as the run looks each Monday).
 *   <li>A red flag of the same codes on a Friday, the projects assessed with their reports up to
 *       that day and what the ledger had paid on their kegiatan by then.
 *   <li>A tahap II request refused by its gates.
 * </ul>
 *
 * The first case of each misconduct counts, as in the run.
 */
public final class CaughtCases {
  private CaughtCases() {}

  /**
   * The cases of a village's year.
   *
   * @param ledger the village's books (replayed from its journal)
   * @param refusals the refused attempts its journal keeps, in entry order
   * @param projects the village's projects with their reports
   * @param requests its tahap II requests
   * @param asOf the last day to look at
   */
  public static ImmutableList<CaughtCase> of(Ledger ledger, List<Refusal> refusals, List<MonitoredProject> projects, List<TrancheRequest> requests,
      LocalDate asOf) {
    Map<Misconduct, CaughtCase> found = new EnumMap<>(Misconduct.class);
    refusals(ledger, refusals, projects, found);
    panjar(ledger, asOf, found);
    flags(ledger, projects, asOf, found);
    for (TrancheRequest r : requests) {
      if (!r.eligibility().eligible()) {
        found.putIfAbsent(Misconduct.TRANCHE_EARLY, CaughtCase.trancheEarly(r, ledger.fiscalYear(), ledger.policy().tranchesReference()));
      }
    }
    return found.values().stream().sorted(Comparator.comparing(CaughtCase::date)).collect(ImmutableList.toImmutableList());
  }

  private static void refusals(Ledger books, List<Refusal> refusals, List<MonitoredProject> projects, Map<Misconduct, CaughtCase> found) {
    if (refusals.isEmpty()) {
      return;
    }
    List<Operation> history = books.history();
    Ledger ledger = Ledger.create(books.village(), books.policy(), OperationLog.NONE, history.size(), books.zone());
    int posted = 0;
    for (int i = 0; i < refusals.size(); i++) {
      Refusal r = refusals.get(i);
      int before = (int) (r.entry() - 1 - i); // the operations posted before it: its entry less the header and the refusals before it
      for (; posted < before; posted++) {
        ledger.applyOrThrow(history.get(posted));
      }
      if (!r.attributable()) {
        continue;
      }
      Outcome o = ledger.apply(r.operation());
      for (Misconduct m : Misconduct.values()) {
        Optional<Rule> rule = o.findings().stream().map(f -> f.rule()).filter(x -> x.code().equals(m.expectedCode())).findFirst();
        if (o.isRejected() && rule.isPresent()) {
          Operation op = r.operation();
          String spp = op instanceof Operation.ApproveSpp a ? a.spp().value() : op.id().value();
          found.putIfAbsent(m, CaughtCase.rejected(m, op.businessDate(books.zone()), o, rule.get(), CaughtCase.sppSubject(spp, project(history, op, projects))));
        }
      }
    }
  }

  /** The name of the project an SPP operation pays for (by its budget item's kegiatan), or the kegiatan. */
  private static String project(List<Operation> history, Operation op, List<MonitoredProject> projects) {
    Optional<SubmitSpp> submit = op instanceof SubmitSpp s ? Optional.of(s)
        : op instanceof Operation.ApproveSpp a ? history.stream().filter(x -> x instanceof SubmitSpp s && s.id().equals(a.spp())).map(x -> (SubmitSpp) x).findFirst()
        : Optional.empty();
    if (submit.isEmpty()) {
      return op.id().value();
    }
    String kegiatan = submit.get().item().kegiatan().toString();
    return projects.stream().map(MonitoredProject::project).filter(p -> p.kegiatan().toString().equals(kegiatan)).map(Project::name).findFirst().orElse(kegiatan);
  }

  private static void panjar(Ledger ledger, LocalDate asOf, Map<Misconduct, CaughtCase> found) {
    for (LocalDate d = firstOn(DayOfWeek.MONDAY, LocalDate.of(ledger.fiscalYear(), 1, 1)); !d.isAfter(asOf); d = d.plusWeeks(1)) {
      for (PanjarBook.Line l : ledger.panjarBook(d).lines()) {
        if (l.overdue() && l.status() == PanjarBook.Status.OUTSTANDING) {
          String name = ledger.official(l.pka()).map(x -> x.official().name()).orElse(l.pka());
          found.putIfAbsent(Misconduct.PANJAR_OVERDUE, CaughtCase.panjarOverdue(l, d, name, ledger.policy()));
          return;
        }
      }
    }
  }

  private static final Map<RedFlagCode, Misconduct> FLAGS = Map.of(
      RedFlagCode.SPENDING_AHEAD_OF_PROGRESS, Misconduct.SPENDING_AHEAD,
      RedFlagCode.PHOTO_OFF_SITE, Misconduct.PHOTO_OFF_SITE,
      RedFlagCode.PHOTO_REUSED, Misconduct.PHOTO_REUSED);

  private static void flags(Ledger ledger, List<MonitoredProject> projects, LocalDate asOf, Map<Misconduct, CaughtCase> found) {
    if (projects.isEmpty()) {
      return;
    }
    ProjectAssessor assessor = ProjectAssessor.withDefaults();
    LocalDate first = projects.stream().flatMap(p -> p.reports().stream()).map(ProgressReport::date).min(Comparator.naturalOrder()).orElse(asOf);
    for (LocalDate d = firstOn(DayOfWeek.FRIDAY, first); !d.isAfter(asOf); d = d.plusWeeks(1)) {
      LocalDate day = d;
      Map<?, Money> paid = ledger.realisation(d).byKegiatan().entrySet().stream()
          .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().realised()));
      Function<Project, Money> ac = p -> paid.containsKey(p.kegiatan()) ? paid.get(p.kegiatan()) : Idr.ZERO;
      List<MonitoredProject> mps = new ArrayList<>();
      for (MonitoredProject mp : projects) {
        List<ProgressReport> upTo = mp.reports().stream().filter(r -> !r.date().isAfter(day)).toList();
        if (!upTo.isEmpty()) {
          mps.add(MonitoredProject.of(mp.project(), upTo, ac.apply(mp.project())));
        }
      }
      PhotoRegistry registry = MonitoredProject.photoRegistry(mps);
      for (MonitoredProject mp : mps) {
        ProjectAssessment a = assessor.assess(mp, d, registry);
        for (Map.Entry<RedFlagCode, Misconduct> f : FLAGS.entrySet()) {
          if (a.has(f.getKey()) && !found.containsKey(f.getValue())) {
            found.put(f.getValue(), CaughtCase.flagged(f.getValue(), a, f.getKey(), d));
          }
        }
      }
    }
  }

  private static LocalDate firstOn(DayOfWeek day, LocalDate from) {
    LocalDate d = from;
    while (d.getDayOfWeek() != day) {
      d = d.plusDays(1);
    }
    return d;
  }
}
