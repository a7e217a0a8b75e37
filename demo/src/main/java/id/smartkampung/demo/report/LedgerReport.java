package id.smartkampung.demo.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.report.RealisationReport;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.json.InvalidJsonException;
import id.smartkampung.monitoring.json.ProgressJson;
import id.smartkampung.monitoring.json.ProjectJson;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dashboards of a village from its books and its monitoring files — <i>laporan dari buku desa</i>:
 * what {@code report JOURNAL} renders once the journal has been replayed into a {@link Ledger}. The
 * monitoring data are the files {@code run} writes beside the journal ({@code pemantauan/ID.proyek.json}
 * and {@code ID.laporan.json}); what was paid on each project (AC) comes from the ledger, as of the
 * report date: the year end once the books are closed, else the date of the last operation.
 *
 * @param dashboard the village dashboard
 * @param district the roll-up of the village's projects (a district of one village)
 */
public record LedgerReport(VillageDashboard dashboard, DistrictRollup district) {
  public LedgerReport {
    requireNonNull(dashboard, "dashboard");
    requireNonNull(district, "district");
  }

  /**
   * Loads the monitoring files of {@code monitoringDir} (absent: no projects) and assesses them
   * against the ledger.
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException naming the file and JSON path of a malformed monitoring file
   */
  public static LedgerReport of(Ledger ledger, Path monitoringDir) throws IOException {
    requireNonNull(ledger, "ledger");
    LocalDate asOf = reportDate(ledger);
    RealisationReport realisation = ledger.realisation(asOf);
    List<MonitoredProject> projects = new ArrayList<>();
    if (Files.isDirectory(monitoringDir)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(monitoringDir)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".proyek.json")).sorted().toList();
      }
      for (Path f : files) {
        Project p = read(f, () -> ProjectJson.read(Files.readString(f, UTF_8)));
        Path reportsFile = f.resolveSibling(f.getFileName().toString().replace(".proyek.json", ".laporan.json"));
        List<ProgressReport> reports = Files.exists(reportsFile)
            ? read(reportsFile, () -> ProgressJson.read(Files.readString(reportsFile, UTF_8), p))
            : List.of();
        projects.add(MonitoredProject.of(p, reports, realised(realisation, p.kegiatan())));
      }
    }
    String name = "Kabupaten " + ledger.village().kabupaten();
    DistrictRollup district = DistrictRollup.assess(name, asOf, projects, ProjectAssessor.withDefaults());
    VillageDashboard v = VillageDashboard.of(ledger, asOf, district, ImmutableList.copyOf(projects), ImmutableList.of(), ImmutableList.of());
    return new LedgerReport(v, district);
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

  private interface Reader<T> {
    T read() throws IOException;
  }

  private static <T> T read(Path file, Reader<T> reader) throws IOException {
    try {
      return reader.read();
    } catch (InvalidJsonException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }
}
