package id.smartkampung.demo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.BudgetJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code validate} command's documented exit codes on clean, rule-breaking and unreadable files. */
class ValidateCommandTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theExampleBudgetIsClean() throws Exception {
    Path f = dir.resolve("example.json");
    BudgetJson.write(BudgetJson.example(), f);
    Result r = run("validate", f.toString());
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("0 error(s)"), r.out());
  }

  @Test
  void anUnbalancedCsvBudgetViolatesRulesWithCodes() throws Exception {
    Path f = dir.resolve("desa-2025.csv");
    Files.writeString(f, "section,account_code,kegiatan_code,description,amount,fund_source\n"
        + "pendapatan,4.2.1.01,,Dana Desa,1000000000,DDS\n"
        + "belanja,5.3.5.01,02.03.10,Jalan rabat beton,900000000,DDS\n");
    Result r = run("validate", f.toString());
    assertEquals(ExitCode.VIOLATIONS, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("I3.balance"), r.out());
  }

  @Test
  void aNegativeAmountIsARuleViolationNamingItsLine() throws Exception {
    Path f = dir.resolve("desa-2025.csv");
    Files.writeString(f, "section,account_code,kegiatan_code,description,amount,fund_source\n"
        + "pendapatan,4.2.1.01,,Dana Desa,-5,DDS\n");
    Result r = run("validate", f.toString());
    assertEquals(ExitCode.VIOLATIONS, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("I1.amount-negative") && r.out().contains("line 2"), r.out());
  }

  @Test
  void malformedJsonIsUnreadableNamingTheFile() throws Exception {
    Path f = dir.resolve("broken.json");
    Files.writeString(f, "{\"format\": \"smartkampung.apbdes/1\", \"lines\": [");
    Result r = run("validate", f.toString());
    assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("broken.json"), r.out());
    assertFalse((r.out() + r.err()).contains("\tat "), "no stack trace");
  }

  @Test
  void aMissingFileOrUnknownTypeOrYearIsUnreadable() throws Exception {
    assertEquals(ExitCode.UNREADABLE, run("validate", dir.resolve("nope.json").toString()).code());
    Path txt = Files.writeString(dir.resolve("budget.txt"), "x");
    assertEquals(ExitCode.UNREADABLE, run("validate", txt.toString()).code());
    Path noYear = Files.writeString(dir.resolve("budget.csv"), "section,account_code,kegiatan_code,description,amount,fund_source\n");
    Result r = run("validate", noYear.toString());
    assertEquals(ExitCode.UNREADABLE, r.code());
    assertTrue(r.err().contains("--year"), r.err());
    assertEquals(ExitCode.UNREADABLE, run("validate", "--year", "2019", noYear.toString()).code());
  }

  @Test
  void badUsageIsExitTwoWithOneLine() {
    Result none = run("validate");
    assertEquals(ExitCode.UNREADABLE, none.code());
    assertEquals(1, none.err().strip().lines().count(), none.err());
    assertEquals(ExitCode.UNREADABLE, run("frobnicate").code());
    assertEquals(ExitCode.UNREADABLE, run().code());
    assertEquals(ExitCode.OK, run("validate", "--help").code());
  }

  /** Issue 15: a revision table (semula/menjadi) is read as one, each row's pairing kept, both versions checked. */
  @Test
  void aRevisionTableListsItsChangesAsTheRowsPairThemAndChecksBothVersions() throws Exception {
    Path f = dir.resolve("perubahan-2025.csv");
    Files.writeString(f, "section,account_code,kegiatan_code,description,amount_before,amount_after,fund_source\n"
        + "pendapatan,4.2.1.01,,Dana Desa,404700000,753875000,DDS\n"
        + "belanja,5.3.5.01,02.03.10,Rabat beton,34200000,400000000,DDS\n"
        + "belanja,5.3.5.01,02.03.10,Rabat beton,370500000,353875000,DDS\n");
    Result r = run("validate", f.toString());
    assertTrue(r.out().contains("INCREASED") && r.out().contains("34200000.00 -> 400000000.00 (+365800000.00)"), r.out());
    assertTrue(r.out().contains("370500000.00 -> 353875000.00 (-16625000.00)"), r.out());
    assertTrue(r.out().contains("semula (before)") && r.out().contains("menjadi (after)"), r.out());
    assertTrue(r.out().contains("belanja per kegiatan: 02.03.10 +349175000.00"), r.out());
    assertFalse(r.out().contains("readRevision"), "no Java method named to a command-line user: " + r.out());
    assertFalse(r.out().contains("I3.balance"), "both versions balance: " + r.out());
  }

  @Test
  void aRevisionTableWhoseRevisedVersionBreaksRulesExitsOne() throws Exception {
    Path f = dir.resolve("perubahan-2025.csv");
    Files.writeString(f, "section,account_code,kegiatan_code,description,amount_before,amount_after,fund_source\n"
        + "pendapatan,4.2.1.01,,Dana Desa,100000000,100000000,DDS\n"
        + "belanja,5.3.5.01,02.03.10,Rabat beton,100000000,150000000,DDS\n");
    Result r = run("validate", f.toString());
    assertEquals(ExitCode.VIOLATIONS, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("I3.balance"), r.out());
  }

  /** Issue 15: amounts as Indonesian pages print them, by explicit option only. */
  @Test
  void indonesianAmountsAreAnExplicitOptionAndAnAmbiguousOneIsRefusedByPlace() throws Exception {
    Path f = dir.resolve("desa-2025.csv");
    Files.writeString(f, "section,account_code,kegiatan_code,description,amount,fund_source\n"
        + "pendapatan,4.2.1.01,,Dana Desa,Rp 1.244.674.000,DDS\n"
        + "belanja,5.3.5.01,02.03.10,Jalan rabat beton,\"1.244.674.000,00\",DDS\n");
    assertEquals(ExitCode.UNREADABLE, run("validate", f.toString()).code(), "strict is the default");
    Result ok = run("validate", "--indonesian-amounts", f.toString());
    assertFalse(ok.out().contains("I3.balance"), ok.out() + ok.err());
    assertTrue(ok.out().contains("2 lines"), ok.out() + ok.err());
    Files.writeString(f, "section,account_code,kegiatan_code,description,amount,fund_source\n"
        + "pendapatan,4.2.1.01,,Dana Desa,1.234,DDS\n");
    Result amb = run("validate", "--indonesian-amounts", f.toString());
    assertEquals(ExitCode.UNREADABLE, amb.code(), amb.out() + amb.err());
    assertTrue(amb.out().contains("line 2, column amount") && amb.out().contains("ambiguous"), amb.out());
  }
}
