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
    assertTrue(r.err().startsWith("error: ") && r.err().contains("broken.json"), r.err());
    assertEquals("", r.out(), "an error goes to stderr, not stdout");
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
}
