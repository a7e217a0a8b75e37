package id.smartkampung.demo.cli;

import id.smartkampung.core.csv.CsvDialect;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.text.Language;
import id.smartkampung.demo.cli.RunCommand.CsvConverter;
import id.smartkampung.demo.cli.RunCommand.LangConverter;
import id.smartkampung.demo.report.JournalSeal;
import id.smartkampung.demo.report.Exports;
import id.smartkampung.demo.report.LedgerReport;
import id.smartkampung.demo.report.Messages;
import id.smartkampung.demo.report.ReportWriter;
import id.smartkampung.demo.report.VillageDashboard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report JOURNAL}: the dashboards and exports from an existing journal — <i>laporan dari
 * jurnal</i>. The ledger is rebuilt by {@link VillageBook#open}, which verifies the hash chain and
 * every signature and has the ledger accept every operation again, from a private copy of the file:
 * the journal itself is only read, never changed (opening a book cuts a torn last line, and it does
 * so in the copy), and a read-only journal works. The monitoring data are the files {@code run}
 * writes beside the journal ({@code pemantauan/}); without them the dashboard shows the books only.
 *
 * <p>Exit codes: 0 written; 2 a journal that cannot be read or is refused (naming the file, line
 * and entry), a malformed monitoring file (naming it), an output directory that cannot be written or
 * is the journal's own directory, or bad usage.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the HTML dashboards and CSV/JSON exports from an existing journal.",
      "The ledger is rebuilt from the journal (hash chain and every signature",
      "verified, every operation accepted again), with the monitoring data that run",
      "writes beside it (pemantauan/). The journal is only read, never changed: the",
      "book is opened from a private copy. For the full from-scratch audit: audit."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "2:the journal cannot be read or is refused (naming the file, line and entry), a monitoring file is malformed, DIR cannot be written or is the journal's own directory; bad usage",
      "3:internal error"
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JOURNAL", description = "the journal file, e.g. demo-output/jurnal-35.10.01.2003-2025.jsonl")
  Path journal;

  @Option(names = "--out", paramLabel = "DIR", description = "output directory, not the journal's own (default: ${DEFAULT-VALUE})")
  Path out = Path.of("demo-report");

  @Option(names = "--lang", paramLabel = "id|en", converter = LangConverter.class, description = "language of the reports and console: id (default) or en")
  Language lang = Language.ID;

  @Option(names = "--csv", paramLabel = "spreadsheet|plain", converter = CsvConverter.class,
      description = "CSV exports: spreadsheet (default: ';', decimal comma, UTF-8 byte-order mark, for a spreadsheet set to Indonesian) or plain (RFC 4180: ',', decimal point)")
  CsvDialect csv = Exports.DEFAULT_DIALECT;

  @Override
  public Integer call() {
    PrintWriter con = spec.commandLine().getOut();
    Messages m = Messages.of(lang);
    JournalArgs.requireFile(journal);
    Path journalDir = journal.toAbsolutePath().getParent();
    checkOutput(journalDir);
    Path monitoring = journalDir.resolve(ReportWriter.MONITORING_DIR);

    Ledger ledger;
    JournalSeal seal;
    boolean torn;
    Path copy = null;
    try {
      copy = Files.createTempFile("smartkampung-report-", ".jsonl");
      Files.copy(journal, copy, StandardCopyOption.REPLACE_EXISTING);
      try (VillageBook book = VillageBook.open(copy)) {
        ledger = book.ledger();
        seal = new JournalSeal(journal.getFileName().toString(), book.anchor());
        torn = book.recoveredTail().isPresent();
        if (torn) {
          con.println(m.f("audit.tornTail", book.recoveredTail().get().bytes()));
        }
      }
    } catch (JournalException e) {
      throw JournalArgs.unreadable(journal, e);
    } catch (IOException e) {
      throw new UserError(journal + ": cannot be read (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    } finally {
      deleteQuietly(copy);
    }

    LedgerReport r;
    try {
      r = LedgerReport.of(ledger, monitoring);
    } catch (IllegalArgumentException e) {
      throw new UserError(JournalArgs.oneLine(e.getMessage()), ExitCode.UNREADABLE);
    } catch (IOException e) {
      throw new UserError(monitoring + ": cannot be read (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    }
    VillageDashboard dashboard = r.dashboard().withJournal(seal);
    List<String> files;
    try {
      files = ReportWriter.write(dashboard, r.district(), out, lang, csv);
    } catch (IOException e) {
      throw new UserError(out + ": cannot write the reports (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    }

    con.println(m.f("report.from", journal, ledger.village().name(), ledger.fiscalYear(), seal.entries(), seal.anchor()));
    con.println(m.t("report.verified"));
    con.println(dashboard.projects().isEmpty() ? m.f("report.noMonitoring", monitoring) : m.f("report.monitoring", dashboard.projects().size(), monitoring));
    con.println();
    con.println(m.f("console.files", out));
    for (String f : files) {
      if (!f.startsWith(ReportWriter.MONITORING_DIR + "/")) {
        con.println("  " + f);
      }
    }
    con.println(m.f("console.open", out.resolve(ReportWriter.VILLAGE_PAGE)));
    con.flush();
    return ExitCode.OK;
  }

  /**
   * The output directory must be a directory (or creatable) and not the journal's own: writing there
   * would replace the dashboards of the run and the monitoring files being read.
   */
  private void checkOutput(Path journalDir) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError(out + ": exists and is not a directory", ExitCode.UNREADABLE);
    }
    if (sameDirectory(out, journalDir)) {
      throw new UserError(out + ": is the journal's own directory; its dashboards and monitoring files would be overwritten: choose another --out",
          ExitCode.UNREADABLE);
    }
  }

  private static boolean sameDirectory(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall through to the comparison of names
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temporary copy left behind is harmless
    }
  }
}
