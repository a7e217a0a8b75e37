package id.smartkampung.demo.cli;

import id.smartkampung.core.csv.CsvDialect;
import id.smartkampung.core.text.Language;
import id.smartkampung.demo.report.LedgerReport;
import id.smartkampung.demo.report.Messages;
import id.smartkampung.demo.report.ReportWriter;
import id.smartkampung.demo.report.VillageDashboard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboards of books read from journals — <i>dasbor dari jurnal</i>: the one tail of the
 * commands that write them ({@code report}, {@code import}): the district's report built from the
 * books and the monitoring folder ({@link LedgerReport#district}), written, and listed on the
 * console. Problems are {@link UserError}s naming the file.
 */
final class Dashboards {
  private Dashboards() {}

  /**
   * Builds and writes the dashboards. One village: its page ({@value ReportWriter#VILLAGE_PAGE}),
   * the district's and the exports in {@code out}, as {@code run} writes them. Several: each
   * village's in {@code out/CODE/}, and the district page in {@code out}, linking them.
   *
   * @return what was built, and the files written, relative to {@code out}
   */
  static Written write(List<LedgerReport.Book> books, Path monitoring, Path out, Language lang, CsvDialect csv) {
    LedgerReport.District d;
    try {
      d = LedgerReport.district(books, monitoring);
    } catch (IllegalArgumentException e) {
      throw new UserError(JournalArgs.oneLine(e.getMessage()), ExitCode.UNREADABLE);
    } catch (IOException e) {
      throw new UserError(monitoring + ": cannot be read (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    }
    try {
      if (d.villages().size() == 1) {
        return new Written(d, ReportWriter.write(d.villages().get(0), d.district(), out, lang, csv));
      }
      List<String> files = new ArrayList<>();
      Map<String, String> links = new LinkedHashMap<>();
      for (VillageDashboard v : d.villages()) {
        String code = v.ledger().village().code();
        for (String f : ReportWriter.write(v, d.district(), out.resolve(code), lang, csv)) {
          files.add(code + "/" + f);
        }
        links.put(code, code + "/" + ReportWriter.VILLAGE_PAGE);
      }
      files.add(0, ReportWriter.writeDistrict(d.district(), out, lang, links));
      return new Written(d, List.copyOf(files));
    } catch (IOException e) {
      throw new UserError(out + ": cannot write the reports (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    }
  }

  /** The dashboards built and the files written (relative to the output directory). */
  record Written(LedgerReport.District district, List<String> files) {}

  /** Lists the files written (not the monitoring folder's) and the page to open. */
  static void list(PrintWriter con, Messages m, Path out, List<String> files) {
    con.println(m.f("console.files", out));
    for (String f : files) {
      if (!f.startsWith(ReportWriter.MONITORING_DIR + "/") && !f.contains("/" + ReportWriter.MONITORING_DIR + "/")) {
        con.println("  " + f);
      }
    }
    String open = files.contains(ReportWriter.VILLAGE_PAGE) ? ReportWriter.VILLAGE_PAGE : ReportWriter.DISTRICT_PAGE;
    con.println(m.f("console.open", out.resolve(open)));
    con.flush();
  }
}
