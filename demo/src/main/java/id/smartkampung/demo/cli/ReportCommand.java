package id.smartkampung.demo.cli;

import id.smartkampung.core.csv.CsvDialect;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.text.Language;
import id.smartkampung.demo.report.JournalSeal;
import id.smartkampung.demo.report.Exports;
import id.smartkampung.demo.report.LedgerReport;
import id.smartkampung.demo.report.Messages;
import id.smartkampung.demo.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report JOURNAL|DIR}: the dashboards and exports from existing journals — <i>laporan dari
 * jurnal</i>: one journal, or a district's folder as {@code run} writes it (every {@code
 * jurnal-*.jsonl} in it, one village each, of one fiscal year, and {@code pemantauan/}); the district
 * page from all of them, each village's caught misconduct found again from the refused attempts its
 * journal keeps, its books and the monitoring folder ({@link id.smartkampung.demo.scenario.CaughtCases}). The ledger is rebuilt by {@link VillageBook#open}, which verifies the hash chain and
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

  @Parameters(index = "0", paramLabel = "JOURNAL|DIR",
      description = "a journal file, e.g. demo-output/jurnal-35.10.01.2003-2025.jsonl, or a district's folder as run writes it (its jurnal-*.jsonl and pemantauan/)")
  Path journal;

  @Option(names = "--out", paramLabel = "DIR", description = "output directory, not the journal's own (default: ${DEFAULT-VALUE})")
  Path out = Path.of("demo-report");

  @Mixin ReportOptions reports;

  @Override
  public Integer call() {
    PrintWriter con = spec.commandLine().getOut();
    Messages m = Messages.of(reports.lang);
    boolean folder = Files.isDirectory(journal);
    List<Path> journals = folder ? journals(journal) : List.of(journal);
    if (!folder) {
      JournalArgs.requireFile(journal);
    }
    Path journalDir = folder ? journal.toAbsolutePath() : journal.toAbsolutePath().getParent();
    checkOutput(journalDir);
    Path monitoring = journalDir.resolve(ReportWriter.MONITORING_DIR);

    List<LedgerReport.Book> books = new ArrayList<>();
    for (Path j : journals) {
      books.add(book(j, con, m));
    }
    requireOneYear(books);
    Dashboards.Written written = Dashboards.write(books, monitoring, out, reports.lang, reports.csv);

    for (int i = 0; i < books.size(); i++) {
      LedgerReport.Book b = books.get(i);
      JournalSeal seal = b.seal();
      con.println(m.f("report.from", journals.get(i), b.ledger().village().name(), b.ledger().fiscalYear(), seal.entries(), seal.anchor()));
      if (!b.refusals().isEmpty()) {
        con.println(m.f("report.refusals", b.refusals().size()));
      }
    }
    con.println(m.t("report.verified"));
    LedgerReport.District d = written.district();
    int projects = d.villages().stream().mapToInt(v -> v.projects().size()).sum();
    con.println(projects == 0 ? m.f("report.noMonitoring", monitoring) : m.f("report.monitoring", projects, monitoring));
    con.println(m.f("report.district", d.district().villages().size(), d.district().projectCount(), d.villages().stream().mapToInt(v -> v.caught().size()).sum()));
    con.println();
    Dashboards.list(con, m, out, written.files());
    return ExitCode.OK;
  }

  /** The journals of a district's folder, {@code jurnal-*.jsonl}, by name; none is a usage error. */
  private static List<Path> journals(Path dir) {
    List<Path> found;
    try (Stream<Path> s = Files.list(dir)) {
      found = s.filter(p -> p.getFileName().toString().startsWith("jurnal-") && p.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(p))
          .sorted().toList();
    } catch (IOException e) {
      throw new UserError(dir + ": cannot be read (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    }
    if (found.isEmpty()) {
      throw new UserError(dir + ": holds no journal (jurnal-*.jsonl): give a journal file or the folder run writes", ExitCode.UNREADABLE);
    }
    return found;
  }

  /** A district's report is of one fiscal year, one book per village. */
  private static void requireOneYear(List<LedgerReport.Book> books) {
    java.util.Set<Integer> years = new java.util.TreeSet<>();
    java.util.Set<String> villages = new java.util.HashSet<>();
    for (LedgerReport.Book b : books) {
      years.add(b.ledger().fiscalYear());
      if (!villages.add(b.ledger().village().code())) {
        throw new UserError("two journals of Desa " + b.ledger().village().name() + " (" + b.ledger().village().code() + "): a district's report takes one book per village",
            ExitCode.UNREADABLE);
      }
    }
    if (years.size() > 1) {
      throw new UserError("the journals are of the fiscal years " + years + ": a district's report is of one year; report each year's journals apart", ExitCode.UNREADABLE);
    }
  }

  /**
   * Opens a journal from a private copy (the file itself is only read; opening a book cuts a torn
   * last line, in the copy): its ledger, the refused attempts it keeps, its seal.
   */
  private static LedgerReport.Book book(Path journal, PrintWriter con, Messages m) {
    Path copy = null;
    try {
      copy = Files.createTempFile("smartkampung-report-", ".jsonl");
      Files.copy(journal, copy, StandardCopyOption.REPLACE_EXISTING);
      try (VillageBook book = VillageBook.open(copy)) {
        if (book.recoveredTail().isPresent()) {
          con.println(m.f("audit.tornTail", book.recoveredTail().get().bytes()));
        }
        return new LedgerReport.Book(book.ledger(), book.refusals(), new JournalSeal(journal.getFileName().toString(), book.anchor()));
      }
    } catch (JournalException e) {
      throw JournalArgs.unreadable(journal, e);
    } catch (IOException e) {
      throw new UserError(journal + ": cannot be read (" + JournalArgs.oneLine(e.getMessage()) + ")", ExitCode.UNREADABLE);
    } finally {
      deleteQuietly(copy);
    }
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
