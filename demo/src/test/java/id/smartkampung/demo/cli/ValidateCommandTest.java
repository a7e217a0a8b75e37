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
import java.util.List;
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

  // ---- issue 19 item 4: bad input that took the program down

  private static String budgetWithAmount(String amountJson) {
    return "{\"format\":\"smartkampung.apbdes/1\",\"village\":{\"code\":\"35.10.01.2003\",\"name\":\"S\",\"kecamatan\":\"P\",\"kabupaten\":\"B\"},"
        + "\"fiscalYear\":2025,\"lines\":[{\"section\":\"pendapatan\",\"account\":\"4.2.1.01\",\"description\":\"Dana Desa\",\"amount\":" + amountJson
        + ",\"fundSource\":\"DDS\"}]}";
  }

  @Test
  void aHugeExponentIsUnreadableNotAnInternalError() throws Exception {
    // was exit 3: ArithmeticException: BigInteger would overflow supported range
    Path f = dir.resolve("exp.json");
    Files.writeString(f, budgetWithAmount("1e999999999"));
    Result r = run("validate", f.toString());
    assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("$.lines[0].amount"), r.out());
  }

  @Test
  void aTinyExponentIsNotPrintedInFull() throws Exception {
    // was 1,000,000,234 bytes of output
    Path f = dir.resolve("tiny.json");
    Files.writeString(f, budgetWithAmount("-1e-999999999"));
    Result r = run("validate", f.toString());
    assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
    assertTrue(r.out().length() < 2_000, "output of " + r.out().length() + " characters");
  }

  @Test
  void twoMillionDigitsAreRefusedAtOnce() throws Exception {
    String digits = "7".repeat(2_000_000);
    Path json = dir.resolve("digits.json");
    Files.writeString(json, budgetWithAmount("\"" + digits + "\""));
    Path csv = dir.resolve("digits-2025.csv");
    Files.writeString(csv, "section,account_code,kegiatan_code,description,amount,fund_source\npendapatan,4.2.1.01,,Dana Desa," + digits + ",DDS\n");
    for (Path f : List.of(json, csv)) {
      Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> run("validate", f.toString()));
      assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
      assertTrue(r.out().length() < 2_000, "output of " + r.out().length() + " characters");
    }
  }

  @Test
  void aFileOf200MegabytesIsRefusedFast() throws Exception {
    Path f = dir.resolve("big.json");
    try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(200L * 1024 * 1024);
    }
    Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> run("validate", f.toString()));
    assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("16 MiB"), r.out());
  }

  @Test
  void anOverlongUtf8SequenceIsUnreadableWithItsByteOffset() throws Exception {
    // was accepted, exit 0
    byte[] head = "section,account_code,kegiatan_code,description,amount,fund_source\npendapatan,4.2.1.01,,Dana".getBytes(StandardCharsets.UTF_8);
    byte[] tail = " Desa,100,DDS\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xC0;
    all[head.length + 1] = (byte) 0xA0;
    System.arraycopy(tail, 0, all, head.length + 2, tail.length);
    Path f = dir.resolve("overlong-2025.csv");
    Files.write(f, all);
    Result r = run("validate", f.toString());
    assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("byte offset " + head.length), r.out());
  }

  @Test
  void manyBadLinesAreListedAsTheFirstOnesPerRuleAndACount() throws Exception {
    // was 400,000 findings, 31 MB of output, for 100,000 empty line objects
    String lines = String.join(",", java.util.Collections.nCopies(100_000, "{}"));
    Path f = dir.resolve("empty-lines.json");
    Files.writeString(f, budgetWithAmount("\"1.00\"").replaceFirst("\"lines\":\\[.*\\]}$", "\"lines\":[" + lines + "]}"));
    Result r = run("validate", f.toString());
    assertEquals(ExitCode.UNREADABLE, r.code());
    assertTrue(r.out().length() < 2_000, "output of " + r.out().length() + " characters");
    // within the line limit: every line is bad, the output lists 20 per rule and counts the rest
    String some = String.join(",", java.util.Collections.nCopies(5_000, "{}"));
    Files.writeString(f, budgetWithAmount("\"1.00\"").replaceFirst("\"lines\":\\[.*\\]}$", "\"lines\":[" + some + "]}"));
    Result many = run("validate", f.toString());
    assertEquals(ExitCode.UNREADABLE, many.code());
    assertTrue(many.out().contains("more finding(s) of IO.format (20000 in all)"), many.out());
    assertTrue(many.out().lines().count() < 30, many.out());
  }
}
