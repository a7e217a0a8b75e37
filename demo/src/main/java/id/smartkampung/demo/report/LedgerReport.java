package id.smartkampung.demo.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.journal.Refusal;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.report.RealisationReport;
import id.smartkampung.core.money.Idr;
import id.smartkampung.demo.scenario.CaughtCase;
import id.smartkampung.demo.scenario.CaughtCases;
import id.smartkampung.demo.scenario.TrancheRequest;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dashboards of a village from its books and its monitoring files — <i>laporan dari buku desa</i>:
 * what {@code report JOURNAL|DIR} renders once the journals have been replayed into {@link Ledger}s.
 * The monitoring data are the folder {@code run} writes beside the journal ({@link MonitoringFolder}:
 * every village's projects and reports, the AC of villages without a journal, the tahap II requests);
 * what was paid on a village's projects (AC) comes from its ledger, as of the report date: the year
 * end once the books are closed, else the date of the last operation.
 *
 * @param dashboard the village dashboard
 * @param district the roll-up of the village's projects and the other villages' of the folder
 */
public record LedgerReport(VillageDashboard dashboard, DistrictRollup district) {
  public LedgerReport {
    requireNonNull(dashboard, "dashboard");
    requireNonNull(district, "district");
  }

  /**
   * Loads the monitoring folder {@code monitoringDir} (absent: no projects) and assesses the village's
   * projects against the ledger; the district is the village and the other villages the folder holds.
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException naming the file and JSON path of a malformed monitoring file
   */
  public static LedgerReport of(Ledger ledger, Path monitoringDir) throws IOException {
    District d = district(List.of(new Book(requireNonNull(ledger, "ledger"), ImmutableList.of(), null)), monitoringDir);
    return new LedgerReport(d.villages().get(0), d.district());
  }

  /**
   * A village's books as a journal gives them: the ledger, the refused attempts it keeps, the journal
   * and its anchor.
   *
   * @param ledger the ledger replayed from the journal
   * @param refusals the refused attempts the journal keeps (empty for a book that records none)
   * @param seal the journal and its anchor; null when there is none
   */
  public record Book(Ledger ledger, ImmutableList<Refusal> refusals, @Nullable JournalSeal seal) {
    public Book {
      requireNonNull(ledger, "ledger");
      requireNonNull(refusals, "refusals");
    }
  }

  /**
   * The dashboards of a district: one per village with books, in the order given, and the roll-up of
   * every project of the monitoring folder.
   *
   * @param villages the village dashboards
   * @param district the district roll-up
   */
  public record District(ImmutableList<VillageDashboard> villages, DistrictRollup district) {}

  /**
   * The dashboards of a district from its villages' books and its monitoring folder ({@link
   * MonitoringFolder}): each village's projects assessed against its ledger (AC as its books paid
   * them, as of its report date), the other villages' projects with the AC the folder gives, the
   * district at the latest report date; each village's caught misconduct found again from its
   * refused attempts, books, projects and tahap II requests ({@link CaughtCases}).
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException naming the file and JSON path of a malformed monitoring file,
   *     or if no book is given
   */
  public static District district(List<Book> books, Path monitoringDir) throws IOException {
    if (books.isEmpty()) {
      throw new IllegalArgumentException("a district's report needs the books of at least one village");
    }
    MonitoringFolder folder = MonitoringFolder.read(monitoringDir);
    List<MonitoredProject> all = new ArrayList<>();
    List<ImmutableList<MonitoredProject>> own = new ArrayList<>();
    java.util.Set<String> codes = new java.util.LinkedHashSet<>();
    LocalDate asOf = null;
    for (Book b : books) {
      Ledger ledger = b.ledger();
      LocalDate date = reportDate(ledger);
      RealisationReport realisation = ledger.realisation(date);
      ImmutableList<MonitoredProject> projects = folder.village(ledger.village().code(), p -> realised(realisation, p.kegiatan()));
      own.add(projects);
      all.addAll(projects);
      codes.add(ledger.village().code());
      asOf = asOf == null || date.isAfter(asOf) ? date : asOf;
    }
    all.addAll(folder.others(codes));
    String name = "Kabupaten " + books.get(0).ledger().village().kabupaten();
    DistrictRollup district = DistrictRollup.assess(name, asOf, all, ProjectAssessor.withDefaults());
    ImmutableList.Builder<VillageDashboard> villages = ImmutableList.builder();
    for (int i = 0; i < books.size(); i++) {
      Book b = books.get(i);
      Ledger ledger = b.ledger();
      LocalDate date = reportDate(ledger);
      ImmutableList<TrancheRequest> requests = folder.trancheRequests().getOrDefault(ledger.village().code(), ImmutableList.of());
      ImmutableList<CaughtCase> caught = CaughtCases.of(ledger, b.refusals(), own.get(i), requests, date);
      VillageDashboard v = VillageDashboard.of(ledger, date, district, own.get(i), requests, caught);
      JournalSeal seal = b.seal();
      villages.add(seal == null ? v : v.withJournal(seal));
    }
    return new District(villages.build(), district);
  }

  /** The year end once the books are closed, else the business date of the last operation. */
  static LocalDate reportDate(Ledger ledger) {
    if (ledger.isClosed() || ledger.size() == 0) {
      return LocalDate.of(ledger.fiscalYear(), 12, 31);
    }
    List<Operation> h = ledger.history();
    return h.get(h.size() - 1).businessDate();
  }

  private static org.javamoney.moneta.Money realised(RealisationReport r, KegiatanCode k) {
    RealisationReport.Figures f = r.byKegiatan().get(k);
    return f == null ? Idr.ZERO : f.realised();
  }
}
