package id.smartkampung.demo.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.csv.CsvDialect;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.report.RealisationReport;
import id.smartkampung.core.text.Language;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.json.ProgressJson;
import id.smartkampung.monitoring.json.ProjectJson;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a village's dashboard, the district's and the data exports to a directory — <i>penulis
 * laporan</i>. Files (for fiscal year Y):
 *
 * <ul>
 *   <li>{@code index.html} — the village dashboard; {@code district.html} — the district's;
 *   <li>{@code realisasi-apbdes-Y.csv|json} (the CSV files in a {@link CsvDialect}, see {@link Exports}) — realisation per item, kegiatan, bidang, fund source;
 *   <li>{@code bku-Y.csv|json} — the Buku Kas Umum with running balance;
 *   <li>{@code penilaian-proyek-Y.csv|json} — every project of the district, assessed;
 *   <li>{@code temuan.json} — the caught misconduct (from a run of the scenario);
 *   <li>{@code pemantauan/ID.proyek.json}, {@code pemantauan/ID.laporan.json} — the village's
 *       projects and progress reports in the monitoring module's JSON, from which {@code report}
 *       rebuilds the dashboards ({@code run} adds the other villages' and the tahap II requests:
 *       {@link MonitoringFolder}).
 * </ul>
 */
public final class ReportWriter {
  /** The village dashboard's file name. */
  public static final String VILLAGE_PAGE = "index.html";

  /** The district dashboard's file name. */
  public static final String DISTRICT_PAGE = "district.html";

  /** The folder of the monitoring data. */
  public static final String MONITORING_DIR = "pemantauan";

  private ReportWriter() {}

  /**
   * Writes everything, the CSV files in {@link Exports#DEFAULT_DIALECT}; returns the files written,
   * relative to {@code dir}, in writing order.
   *
   * @throws IOException if a file cannot be written
   */
  public static ImmutableList<String> write(VillageDashboard v, DistrictRollup district, Path dir, Language lang) throws IOException {
    return write(v, district, dir, lang, Exports.DEFAULT_DIALECT);
  }

  /**
   * Writes everything, the CSV files in {@code csv}; returns the files written, relative to {@code
   * dir}, in writing order.
   *
   * @throws IOException if a file cannot be written
   */
  public static ImmutableList<String> write(VillageDashboard v, DistrictRollup district, Path dir, Language lang, CsvDialect csv) throws IOException {
    Files.createDirectories(dir);
    Ledger ledger = v.ledger();
    int y = ledger.fiscalYear();
    Apbdes budget = ledger.enactedBudget().orElseThrow(() -> new IllegalArgumentException("the ledger has no enacted budget"));
    RealisationReport realisation = ledger.realisation(v.asOf());
    List<ProjectAssessment> all = new ArrayList<>();
    district.villages().forEach(x -> all.addAll(x.projects()));

    List<String> data = new ArrayList<>();
    write(dir, "realisasi-apbdes-" + y + ".csv", Exports.realisationCsv(realisation, budget, csv), data);
    write(dir, "realisasi-apbdes-" + y + ".json", Exports.realisationJson(realisation, budget), data);
    write(dir, "bku-" + y + ".csv", Exports.bkuCsv(ledger.bku(), csv), data);
    write(dir, "bku-" + y + ".json", Exports.bkuJson(ledger.bku()), data);
    write(dir, "penilaian-proyek-" + y + ".csv", Exports.assessmentsCsv(all, csv), data);
    write(dir, "penilaian-proyek-" + y + ".json", Exports.assessmentsJson(all), data);
    if (!v.caught().isEmpty()) {
      write(dir, "temuan.json", Exports.caughtJson(v.caught(), lang), data);
    }
    Files.createDirectories(dir.resolve(MONITORING_DIR));
    for (MonitoredProject mp : v.projects()) {
      String id = mp.project().id().value();
      write(dir, MONITORING_DIR + "/" + id + ".proyek.json", ProjectJson.write(mp.project()), data);
      write(dir, MONITORING_DIR + "/" + id + ".laporan.json", ProgressJson.write(mp.project(), mp.reports()), data);
    }
    List<String> files = new ArrayList<>();
    write(dir, VILLAGE_PAGE, VillagePage.render(v, lang, data.stream().filter(f -> !f.startsWith(MONITORING_DIR)).toList()), files);
    write(dir, DISTRICT_PAGE, DistrictPage.render(district, lang, Map.of(ledger.village().code(), VILLAGE_PAGE)), files);
    files.addAll(data);
    return ImmutableList.copyOf(files);
  }

  /**
   * Writes the district page alone, {@value #DISTRICT_PAGE} in {@code dir}, each village with books
   * linked to its page ({@code links}: village code to a path relative to {@code dir}).
   *
   * @return the file written, relative to {@code dir}
   * @throws IOException if it cannot be written
   */
  public static String writeDistrict(DistrictRollup district, Path dir, Language lang, Map<String, String> links) throws IOException {
    Files.createDirectories(dir);
    List<String> files = new ArrayList<>();
    write(dir, DISTRICT_PAGE, DistrictPage.render(district, lang, links), files);
    return files.get(0);
  }

  private static void write(Path dir, String name, String content, List<String> written) throws IOException {
    Files.writeString(dir.resolve(name), content, UTF_8);
    written.add(name);
  }
}
