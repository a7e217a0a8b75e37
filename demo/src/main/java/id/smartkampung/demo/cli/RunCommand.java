package id.smartkampung.demo.cli;

import id.smartkampung.core.csv.CsvDialect;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.report.YearEndReport;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.text.Language;
import id.smartkampung.demo.report.Exports;
import id.smartkampung.demo.report.Messages;
import id.smartkampung.demo.report.MonitoringFolder;
import id.smartkampung.demo.report.ReportWriter;
import id.smartkampung.demo.report.Rupiah;
import id.smartkampung.demo.report.VillageDashboard;
import id.smartkampung.demo.scenario.CaughtCase;
import id.smartkampung.demo.scenario.LedgerBackend;
import id.smartkampung.demo.scenario.Misconduct;
import id.smartkampung.demo.scenario.Scenario;
import id.smartkampung.demo.scenario.ScenarioListener;
import id.smartkampung.demo.scenario.ScenarioResult;
import id.smartkampung.monitoring.rollup.VillageRollup;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run}: the demo of a Banyuwangi village's fiscal year — <i>peragaan satu tahun anggaran</i>:
 * simulates a fiscal year (2025 by default, {@code --year}) for Desa Sumberagung week by week (see {@link Scenario}), prints a progress
 * indicator, the caught misconduct and a summary, and writes the dashboards and exports.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates a fiscal year (--year, default 2025) of Desa Sumberagung (Kab.",
      "Banyuwangi). Week by week, with a district of villages, planted misconduct",
      "and how it is caught. Writes to DIR: the village's journal (jurnal-KODE-YEAR.jsonl,",
      "hash-chained, every operation signed by the acting official; a journal of",
      "an earlier run in DIR is replaced), HTML dashboards, CSV/JSON exports and the",
      "monitoring data (pemantauan/). Prints the journal's anchor (SEQ:HASH), which",
      "the officials publish so that anyone can audit the journal against it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "2:bad usage, or DIR cannot be created or written",
      "3:internal error"
    })
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: ${DEFAULT-VALUE})")
  Path out = Path.of("demo-output");

  @Mixin ReportOptions reports;

  @Option(names = "--year", paramLabel = "YYYY", converter = YearConverter.class,
      description = "fiscal year: one with a shipped policy pack, 2024 to 2026, or 2027 on its provisional pack (default: ${DEFAULT-VALUE})")
  int year = Scenario.FISCAL_YEAR;

  @Option(names = "--seed", paramLabel = "N", description = "seed of the simulation (default: ${DEFAULT-VALUE})")
  long seed = Scenario.DEFAULT_SEED;

  /**
   * Where the ledger lives: the village's journal in the output directory, every operation signed by
   * the acting official ({@link LedgerBackend#journaled()}).
   */
  static LedgerBackend.Factory backend() {
    return LedgerBackend.journaled();
  }

  @Override
  public Integer call() {
    PrintWriter con = spec.commandLine().getOut();
    Messages m = Messages.of(reports.lang);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError(out + ": exists and is not a directory", ExitCode.UNREADABLE);
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UserError(out + ": cannot create the output directory (" + e.getMessage() + ")", ExitCode.UNREADABLE);
    }
    con.println(m.f("console.title", year, Scenario.village().name(), seed));
    PolicyPack pack = PolicyPack.forYear(year);
    if (pack.isProvisional()) {
      con.println(m.f("console.provisional", year, pack.provisionalNote()));
    }
    pack.danaDesaParts().stream().filter(p -> !p.throughVillageTreasury()).forEach(p -> con.println(m.f("console.outsideTreasury", p.code())));
    boolean replacing = Files.exists(LedgerBackend.journalFile(out, Scenario.village(), year));
    ScenarioResult r;
    try {
      r = Scenario.run(year, seed, backend(), out, new Progress(con, m, System.console() != null));
    } catch (IOException e) {
      throw new UserError(out + ": cannot write the journal (" + e.getMessage() + ")", ExitCode.UNREADABLE);
    }
    List<String> files;
    try {
      files = new java.util.ArrayList<>(ReportWriter.write(VillageDashboard.of(r), r.district(), out, reports.lang, reports.csv));
      // the district's other villages and the tahap II requests: what report DIR needs to rebuild the same pages
      files.addAll(MonitoringFolder.writeDistrict(out.resolve(ReportWriter.MONITORING_DIR), r.districtProjects(), r.village().code(), r.trancheRequests()));
    } catch (IOException e) {
      throw new UserError(out + ": cannot write the reports (" + e.getMessage() + ")", ExitCode.UNREADABLE);
    }
    summary(con, m, r, files, replacing);
    return ExitCode.OK;
  }

  private void summary(PrintWriter con, Messages m, ScenarioResult r, List<String> files, boolean replacing) {
    con.println();
    con.println(m.f("console.caught", r.caught().size(), Misconduct.values().length));
    for (CaughtCase c : r.caught()) {
      con.printf("  %s  %-26s %-9s %s%n", c.date(), c.code(), m.t("action." + c.action().split(" ")[0]), m.t("misconduct." + c.misconduct().name()));
      con.println("      " + abbreviate(c.subject() + ": " + m.catalogue().message(c.code(), c.evidence()), 150));
    }
    Ledger ledger = r.ledger();
    YearEndReport lra = ledger.yearEnd();
    con.println();
    con.println(m.f("console.books", ledger.size(), rejected(r), Rupiah.format(lra.totalBelanja().realised(), reports.lang), Rupiah.format(lra.totalBelanja().budget(), reports.lang),
        Rupiah.percent(lra.totalBelanja().percent(), reports.lang), Rupiah.format(lra.silpa(), reports.lang),
        ledger.recheck().isEmpty() ? m.t("console.clean") : ledger.recheck().size() + " finding(s)"));
    VillageRollup top = r.district().villages().get(0);
    con.println(m.f("console.district", r.district().villages().size(), r.district().projectCount(), top.village().name(), top.risk()));
    con.println();
    Path journal = r.journal();
    Journal.Anchor anchor = r.anchor();
    if (journal != null && anchor != null) {
      con.println(m.f("console.journal", journal, anchor.sequence()));
      if (replacing) {
        con.println(m.t("console.journalReplaced"));
      }
      con.println(m.f("console.anchor", anchor));
      con.println(m.f("console.auditHint", "java -jar demo/target/smartkampung-demo.jar audit " + journal + " --anchor " + anchor));
      con.println();
    }
    con.println(m.f("console.files", out));
    for (String f : files) {
      if (!f.startsWith(ReportWriter.MONITORING_DIR + "/")) {
        con.println("  " + f);
      }
    }
    con.println("  " + ReportWriter.MONITORING_DIR + "/ (" + (files.stream().filter(f -> f.startsWith(ReportWriter.MONITORING_DIR + "/")).count()) + ")");
    con.println(m.f("console.open", out.resolve(ReportWriter.VILLAGE_PAGE)));
    con.flush();
  }

  private static int rejected(ScenarioResult r) {
    return (int) r.caught().stream().filter(c -> c.action().equals("rejected")).count();
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Converts {@code --year}; a year without a shipped pack is a usage error naming the years. */
  static final class YearConverter implements picocli.CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int y;
      try {
        y = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a year; the demo runs the fiscal years with a shipped policy pack: " + Scenario.years());
      }
      if (!Scenario.years().contains(y)) {
        throw new picocli.CommandLine.TypeConversionException("no policy pack for fiscal year " + y + "; the demo runs " + Scenario.years());
      }
      return y;
    }
  }

  /**
   * The progress indicator: on a terminal, one line redrawn each simulated month; otherwise one
   * plain line per month.
   */
  private static final class Progress implements ScenarioListener {
    private final PrintWriter con;
    private final Messages m;
    private final boolean terminal;
    private int month;

    Progress(PrintWriter con, Messages m, boolean terminal) {
      this.con = con;
      this.m = m;
      this.terminal = terminal;
    }

    @Override
    public void weekDone(int week, int weeks, LocalDate date) {
      boolean end = week == weeks || date.getMonthValue() == 12 && date.getDayOfMonth() == 31;
      if (date.getMonthValue() == month && !end) {
        return;
      }
      month = date.getMonthValue();
      int width = 26;
      int filled = Math.min(width, week * width / Math.max(1, weeks));
      String bar = "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + String.format("%-9s", date.getMonth().getDisplayName(TextStyle.SHORT, m.lang().locale()))
          + date.getYear() + "  " + m.t("console.week") + " " + week + "/" + weeks;
      if (terminal) {
        con.print("\r" + bar);
        if (end) {
          con.println();
        }
      } else {
        con.println(bar);
      }
      con.flush();
    }
  }
}
