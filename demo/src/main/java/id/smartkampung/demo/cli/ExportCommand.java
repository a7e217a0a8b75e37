package id.smartkampung.demo.cli;

import id.smartkampung.core.interchange.siskeudes.SiskeudesExport;
import id.smartkampung.core.interchange.siskeudes.SiskeudesSchema;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.text.Language;
import id.smartkampung.demo.cli.ReportOptions.LangConverter;
import id.smartkampung.demo.report.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export JOURNAL OUT.zip}: a journal's year as a Siskeudes export — <i>ekspor ke
 * Siskeudes/OpenSID</i> ({@link SiskeudesExport}): the budget with its RAB detail and the
 * realisation, in the tables OpenSID's <i>Impor Data Keuangan</i> reads. The journal is replayed
 * (hash chain and signatures verified) from a private copy and never changed.
 *
 * <p>Exit codes: 0 written; 2 the journal cannot be read or is refused, it holds no enacted budget,
 * OUT.zip cannot be written, or bad usage.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a journal's year as a Siskeudes export (a zip of CSV tables) that OpenSID",
      "imports for its transparency widgets and that import reads back: the budget",
      "with RAB detail (before and after the perubahan), receipts, SPPs, payments,",
      "SPJ and tax deposits. The journal is only read."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "2:the journal cannot be read or is refused, it has no enacted budget, OUT.zip cannot be written; bad usage",
      "3:internal error"
    })
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JOURNAL", description = "the journal file, e.g. demo-output/jurnal-35.10.01.2003-2025.jsonl")
  Path journal;

  @Parameters(index = "1", paramLabel = "OUT.zip", description = "the zip to write (replaced if it exists)")
  Path zip;

  @Option(names = "--lang", paramLabel = "id|en", converter = LangConverter.class, description = "language of the console: id (default) or en")
  Language lang = Language.ID;

  @Override
  public Integer call() {
    PrintWriter con = spec.commandLine().getOut();
    Messages m = Messages.of(lang);
    JournalArgs.requireFile(journal);
    if (Files.isDirectory(zip)) {
      throw new UserError(zip + ": is a directory; give the zip file to write", ExitCode.UNREADABLE);
    }
    Ledger ledger;
    Path copy = null;
    try {
      copy = Files.createTempFile("smartkampung-export-", ".jsonl");
      Files.copy(journal, copy, StandardCopyOption.REPLACE_EXISTING);
      try (VillageBook book = VillageBook.open(copy)) {
        ledger = book.ledger();
      }
    } catch (JournalException e) {
      throw JournalArgs.unreadable(journal, e);
    } catch (IOException e) {
      throw new UserError(journal + ": cannot be read (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // a temporary copy left behind is harmless
        }
      }
    }
    try {
      SiskeudesExport.write(ledger, zip);
    } catch (IllegalArgumentException e) {
      throw new UserError(journal + ": " + JournalArgs.oneLine(e.getMessage()), ExitCode.UNREADABLE);
    } catch (IOException e) {
      throw new UserError(zip + ": cannot be written (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    }
    con.println(m.f("export.written", zip, ledger.village().name(), ledger.fiscalYear(), SiskeudesSchema.COLUMNS.size()));
    con.flush();
    return ExitCode.OK;
  }
}
