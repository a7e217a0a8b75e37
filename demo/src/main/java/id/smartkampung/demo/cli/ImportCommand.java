package id.smartkampung.demo.cli;

import id.smartkampung.core.csv.CsvDialect;
import id.smartkampung.core.interchange.siskeudes.SiskeudesFormatException;
import id.smartkampung.core.interchange.siskeudes.SiskeudesImport;
import id.smartkampung.core.interchange.siskeudes.SiskeudesYear;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.text.Language;
import id.smartkampung.demo.report.Exports;
import id.smartkampung.demo.report.JournalSeal;
import id.smartkampung.demo.report.LedgerReport;
import id.smartkampung.demo.report.Messages;
import id.smartkampung.demo.report.ReportWriter;
import id.smartkampung.demo.scenario.LedgerBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE.zip}: a village's year from a Siskeudes export — <i>impor ekspor
 * Siskeudes</i> — into a new journal ({@code DIR/jurnal-KODE-YEAR.jsonl}, posted as one batch
 * through every check) and its dashboards ({@link SiskeudesImport}). Never half-imported: a row
 * that cannot be read or that breaks a rule is listed with its table, row, column and rule, and
 * nothing is written.
 *
 * <p>Exit codes: 0 written; 1 the export breaks rules of village finance (each problem listed on
 * stdout with its table and row: an overspent item, a payment without cash, …); 2 the file cannot be
 * read as a Siskeudes export (no such file, not a zip or truncated, a table or column missing, a
 * cell malformed, an unsupported version — listed the same way), the journal exists already, DIR
 * cannot be written, or bad usage.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports a village's year from a Siskeudes export (the zip of CSV tables OpenSID",
      "reads): the budget with its RAB detail and perubahan, the kegiatan, receipts,",
      "SPPs with taxes, payments, SPJ and tax deposits, posted to a new journal as one",
      "batch through every check; then writes its dashboards. What breaks a rule is",
      "listed by table, row and column, and nothing is written."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "1:the export breaks rules of village finance (each listed with table, row, column and rule); nothing written",
      "2:not a readable Siskeudes export (missing table or column, malformed cell, unsupported version, truncated zip), the journal exists, DIR cannot be written; bad usage",
      "3:internal error"
    })
public final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.zip", description = "the Siskeudes export, a zip of CSV tables (Ref_Version.csv, Ta_RABRinci.csv, Ta_SPP.csv, ...)")
  Path zip;

  @Option(names = "--out", paramLabel = "DIR", description = "output directory for the journal and the dashboards (default: ${DEFAULT-VALUE})")
  Path out = Path.of("demo-import");

  @Mixin ReportOptions reports;

  @Override
  public Integer call() {
    PrintWriter con = spec.commandLine().getOut();
    Messages m = Messages.of(reports.lang);
    JournalArgs.requireFile(zip);
    SiskeudesYear year;
    try {
      year = SiskeudesImport.read(zip);
    } catch (SiskeudesFormatException e) {
      return refused(con, m, e.findings());
    } catch (IOException e) {
      throw new UserError(zip + ": cannot be read (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UserError(out + ": cannot be created (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    }
    Path journal = LedgerBackend.journalFile(out, year.village(), year.fiscalYear());
    con.println(m.f("import.read", zip, year.village().name(), year.village().code(), year.fiscalYear(), year.operations().size()));
    try {
      year.writeBook(journal);
    } catch (SiskeudesFormatException e) {
      return refused(con, m, e.findings());
    } catch (FileAlreadyExistsException e) {
      throw new UserError(journal + ": exists; an import writes a new journal (move it away or choose another --out)", ExitCode.UNREADABLE);
    } catch (IOException e) {
      throw new UserError(journal + ": cannot be written (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    }
    List<Finding> notices = new java.util.ArrayList<>(year.notices());
    notices.addAll(year.taxDifferences());
    if (!notices.isEmpty()) {
      con.println(m.f("import.notices", notices.size()));
      for (Finding f : notices) {
        con.println("  " + f.path() + ": " + JournalArgs.oneLine(f.message()));
      }
    }
    LedgerReport.Book book;
    try (VillageBook b = VillageBook.open(journal)) {
      book = new LedgerReport.Book(b.ledger(), b.refusals(), new JournalSeal(journal.getFileName().toString(), b.anchor()));
    } catch (JournalException e) {
      throw JournalArgs.unreadable(journal, e);
    } catch (IOException e) {
      throw new UserError(journal + ": cannot be read (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    }
    con.println(m.f("import.journal", journal, book.seal().anchor()));
    Dashboards.list(con, m, out, Dashboards.write(List.of(book), out.resolve(ReportWriter.MONITORING_DIR), out, reports.lang, reports.csv).files());
    return ExitCode.OK;
  }

  /**
   * Lists the problems: on stdout with exit 1 when a rule of village finance is broken, on stderr
   * with exit 2 when the export cannot be read at all (every problem a format one).
   */
  private int refused(PrintWriter con, Messages m, List<Finding> findings) {
    boolean unreadable = findings.stream().allMatch(f -> f.rule() == Rule.FORMAT);
    if (unreadable) {
      StringBuilder sb = new StringBuilder(zip + ": not a readable Siskeudes export, nothing written:");
      for (Finding f : findings.subList(0, Math.min(findings.size(), 20))) {
        sb.append(" ").append(f.path()).append(": ").append(JournalArgs.oneLine(f.message())).append(";");
      }
      if (findings.size() > 20) {
        sb.append(" and ").append(findings.size() - 20).append(" more");
      }
      throw new UserError(sb.toString(), ExitCode.UNREADABLE);
    }
    con.println(m.f("import.refused", findings.size()));
    for (Finding f : findings) {
      con.println("  " + f.path() + " [" + f.rule().code() + "] " + JournalArgs.oneLine(f.message()));
    }
    con.flush();
    return ExitCode.VIOLATIONS;
  }
}
