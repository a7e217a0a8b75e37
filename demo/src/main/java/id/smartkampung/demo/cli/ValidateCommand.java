package id.smartkampung.demo.cli;

import id.smartkampung.core.budget.AmountFormat;
import id.smartkampung.core.budget.BudgetCsv;
import id.smartkampung.core.budget.BudgetDiff;
import id.smartkampung.core.budget.BudgetValidation;
import id.smartkampung.core.budget.BudgetValidator;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.budget.BudgetFormatException;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.CheckedBudget;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.json.InvalidInputException;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.javamoney.moneta.Money;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code validate FILE}: checks a budget file — <i>periksa berkas APBDes</i> — in JSON or in the CSV
 * penjabaran shape, against every rule of the fiscal year's policy pack. A CSV revision table
 * (<i>perubahan APBDes</i>, amount_before/amount_after) is read as one: both versions are checked
 * and the difference is listed, each row's before and after kept together.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a budget file (JSON, or CSV in the Siskeudes penjabaran shape) against every rule of its fiscal year.",
      "Exit 0 when clean (warnings are listed), 1 when it violates rules (each with rule code and place),",
      "2 when the file cannot be read or parsed (the error names the file and line or JSON path).",
      "At most " + ValidateCommand.PER_RULE + " findings of each rule are listed, then the count of the rest.",
      "Input limits: 16 MiB, 20000 budget lines, JSON nesting 32, strings 65536 characters, valid UTF-8.",
      "A CSV revision table (section,account_code,kegiatan_code,description,amount_before,amount_after,fund_source)",
      "is checked in both versions (semula and menjadi) and its changes are listed; exit 1 when the revised version breaks rules."
    })
public final class ValidateCommand implements Callable<Integer> {
  /** How many findings of one rule are printed; the rest are counted. */
  static final int PER_RULE = 20;

  private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<![0-9])(20[0-9]{2})(?![0-9])");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the budget file: *.json or *.csv")
  Path file;

  @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year of a CSV file (default: the year in its file name)")
  Integer year;

  @Option(names = "--village", paramLabel = "NAME", description = "village name of a CSV file (CSV files do not carry it)")
  String villageName = "(desa dari berkas CSV)";

  @Option(
      names = "--village-code",
      paramLabel = "KODE",
      description = "kode desa (PP.KK.CC.DDDD) of a CSV file (CSV files do not carry it); default: the demo village 35.10.01.2003")
  String villageCode = "35.10.01.2003";

  @Option(
      names = "--indonesian-amounts",
      description = "read CSV amounts as Indonesian pages print them (Rp 1.244.674.000, 2.452.637.561,15, (2.868.420)); an ambiguous 1.234 is refused")
  boolean indonesianAmounts;

  private AmountFormat amountFormat() {
    return indonesianAmounts ? AmountFormat.INDONESIAN : AmountFormat.STRICT;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!Files.isRegularFile(file)) {
      throw new UserError(file + ": no such file", ExitCode.UNREADABLE);
    }
    CheckedBudget checked;
    try {
      if (name.endsWith(".json")) {
        if (indonesianAmounts) {
          throw new UserError(file + ": --indonesian-amounts applies to CSV tables; JSON amounts are plain decimals", ExitCode.UNREADABLE);
        }
        checked = BudgetJson.readChecked(file);
      } else if (name.endsWith(".csv")) {
        int y = year != null ? year : yearFromName(name);
        if (!PolicyPack.shippedYears().contains(y)) {
          throw new UserError(file + ": no policy pack for fiscal year " + y + " (packs: " + PolicyPack.shippedYears() + ")", ExitCode.UNREADABLE);
        }
        Village village;
        try {
          village = Village.of(villageCode, villageName, "", "");
        } catch (IllegalArgumentException e) {
          throw new UserError("--village-code: " + e.getMessage(), ExitCode.UNREADABLE);
        }
        if (isRevisionTable(file)) {
          return revision(out, y, village);
        }
        checked = BudgetCsv.readChecked(file, village, y, amountFormat());
      } else {
        throw new UserError(file + ": unknown file type; expected a .json or .csv budget", ExitCode.UNREADABLE);
      }
    } catch (InvalidInputException e) {
      boolean unreadable = e.findings().stream().anyMatch(f -> f.rule() == Rule.FORMAT);
      // an unreadable file is an error (stderr); rule breaches are the result of the check (stdout)
      PrintWriter to = unreadable ? spec.commandLine().getErr() : out;
      to.println((unreadable ? "error: " + file + ": cannot be read" : file + ": breaks rules line by line") + ":");
      print(to, e.findings());
      to.flush();
      return unreadable ? ExitCode.UNREADABLE : ExitCode.VIOLATIONS;
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such file", ExitCode.UNREADABLE);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", ExitCode.UNREADABLE);
    }
    var v = checked.validation();
    out.println(file + ": APBDes " + checked.budget().fiscalYear() + " " + checked.budget().village().name() + ", "
        + checked.budget().lines().size() + " lines: " + v.errors().size() + " error(s), " + v.warnings().size() + " warning(s)");
    print(out, v.findings());
    return v.isClean() ? ExitCode.OK : ExitCode.VIOLATIONS;
  }

  /**
   * Prints the findings in their order, at most {@value #PER_RULE} of each rule, then for each rule
   * with more the count of the rest: a file with 100,000 bad lines gives a page, not 31 MB.
   */
  static void print(PrintWriter out, List<Finding> findings) {
    Map<Rule, Integer> seen = new EnumMap<>(Rule.class);
    for (Finding f : findings) {
      int n = seen.merge(f.rule(), 1, Integer::sum);
      if (n <= PER_RULE) {
        out.println("  " + f);
      }
    }
    seen.forEach((rule, n) -> {
      if (n > PER_RULE) {
        out.println("  … and " + (n - PER_RULE) + " more finding(s) of " + rule.code() + " (" + n + " in all)");
      }
    });
  }

  /** True when the file's header is a revision table's (a leading byte-order mark allowed). */
  private static boolean isRevisionTable(Path file) throws IOException {
    String first;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      first = in.readLine();
    } catch (CharacterCodingException e) {
      return false; // the budget reader reports it
    }
    if (first == null) {
      return false;
    }
    if (first.startsWith("\uFEFF")) {
      first = first.substring(1);
    }
    return first.strip().equals(String.join(",", BudgetCsv.REVISION_HEADER));
  }

  /** Reads a revision table, checks both versions and lists the difference. */
  private int revision(PrintWriter out, int y, Village village) throws IOException {
    BudgetCsv.Revision r = BudgetCsv.readRevision(file, village, y, amountFormat());
    BudgetValidator validator = BudgetValidator.of(PolicyPack.forYear(y));
    BudgetDiff d = r.diff();
    out.println(file + ": perubahan APBDes " + y + " " + villageName + ", " + d.changes().size() + " line(s) changed");
    BudgetValidation before = validator.validate(r.before());
    BudgetValidation after = validator.validate(r.after());
    report(out, "semula (before)", r.before().lines().size(), before);
    report(out, "menjadi (after)", r.after().lines().size(), after);
    out.println("  changes:");
    for (BudgetDiff.Change c : d.changes()) {
      out.println("    " + c.kind() + " " + c.line() + ": " + Idr.format(c.before()) + " -> " + Idr.format(c.after())
          + " (" + signed(c.delta()) + ")");
    }
    StringBuilder net = new StringBuilder("  net:");
    for (Section s : Section.values()) {
      net.append(' ').append(s.csvName()).append(' ').append(signed(d.delta(s)));
    }
    out.println(net);
    if (!d.deltaByBidang().isEmpty()) {
      out.println("  belanja per bidang: " + joined(d.deltaByBidang()));
      out.println("  belanja per sub-bidang: " + joined(d.deltaBySubBidang()));
      out.println("  belanja per kegiatan: " + joined(d.deltaByKegiatan()));
    }
    return after.isClean() ? ExitCode.OK : ExitCode.VIOLATIONS;
  }

  private static void report(PrintWriter out, String version, int lines, BudgetValidation v) {
    out.println("  " + version + ": " + lines + " lines: " + v.errors().size() + " error(s), " + v.warnings().size() + " warning(s)");
    print(out, v.findings());
  }

  private static String joined(Map<?, Money> deltas) {
    StringBuilder b = new StringBuilder();
    deltas.forEach((k, m) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(signed(m)));
    return b.toString();
  }

  private static String signed(Money m) {
    String s = Idr.format(m);
    return m.isNegative() ? s : "+" + s;
  }

  private int yearFromName(String name) {
    Matcher m = YEAR_IN_NAME.matcher(name);
    if (!m.find()) {
      throw new UserError(file + ": a CSV budget does not say its fiscal year; give --year", ExitCode.UNREADABLE);
    }
    return Integer.parseInt(m.group(1));
  }
}
