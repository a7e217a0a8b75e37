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
    assertTrue((r.out() + r.err()).contains("$.lines[0].amount"), r.out());
  }

  @Test
  void aTinyExponentIsNotPrintedInFull() throws Exception {
    // was 1,000,000,234 bytes of output
    Path f = dir.resolve("tiny.json");
    Files.writeString(f, budgetWithAmount("-1e-999999999"));
    Result r = run("validate", f.toString());
    assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
    assertTrue((r.out() + r.err()).length() < 2_000, "output of " + (r.out() + r.err()).length() + " characters");
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
      assertTrue((r.out() + r.err()).length() < 2_000, "output of " + (r.out() + r.err()).length() + " characters");
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
    assertTrue((r.out() + r.err()).contains("16 MiB"), r.out());
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
    assertTrue((r.out() + r.err()).contains("byte offset " + head.length), r.out());
  }

  @Test
  void manyBadLinesAreListedAsTheFirstOnesPerRuleAndACount() throws Exception {
    // was 400,000 findings, 31 MB of output, for 100,000 empty line objects
    String lines = String.join(",", java.util.Collections.nCopies(100_000, "{}"));
    Path f = dir.resolve("empty-lines.json");
    Files.writeString(f, budgetWithAmount("\"1.00\"").replaceFirst("\"lines\":\\[.*\\]}$", "\"lines\":[" + lines + "]}"));
    Result r = run("validate", f.toString());
    assertEquals(ExitCode.UNREADABLE, r.code());
    assertTrue((r.out() + r.err()).length() < 2_000, "output of " + (r.out() + r.err()).length() + " characters");
    // within the line limit: every line is bad, the output lists 20 per rule and counts the rest
    String some = String.join(",", java.util.Collections.nCopies(5_000, "{}"));
    Files.writeString(f, budgetWithAmount("\"1.00\"").replaceFirst("\"lines\":\\[.*\\]}$", "\"lines\":[" + some + "]}"));
    Result many = run("validate", f.toString());
    assertEquals(ExitCode.UNREADABLE, many.code());
    assertTrue((many.out() + many.err()).contains("more finding(s) of IO.format (20000 in all)"), many.out());
    assertTrue((many.out() + many.err()).lines().count() < 30, many.out());
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
    assertTrue((r.out() + r.err()).contains("INCREASED") && (r.out() + r.err()).contains("34200000.00 -> 400000000.00 (+365800000.00)"), r.out());
    assertTrue((r.out() + r.err()).contains("370500000.00 -> 353875000.00 (-16625000.00)"), r.out());
    assertTrue((r.out() + r.err()).contains("semula (before)") && (r.out() + r.err()).contains("menjadi (after)"), r.out());
    assertTrue((r.out() + r.err()).contains("belanja per kegiatan: 02.03.10 +349175000.00"), r.out());
    assertFalse((r.out() + r.err()).contains("readRevision"), "no Java method named to a command-line user: " + r.out());
    assertFalse((r.out() + r.err()).contains("I3.balance"), "both versions balance: " + r.out());
  }

  @Test
  void aRevisionTableWhoseRevisedVersionBreaksRulesExitsOne() throws Exception {
    Path f = dir.resolve("perubahan-2025.csv");
    Files.writeString(f, "section,account_code,kegiatan_code,description,amount_before,amount_after,fund_source\n"
        + "pendapatan,4.2.1.01,,Dana Desa,100000000,100000000,DDS\n"
        + "belanja,5.3.5.01,02.03.10,Rabat beton,100000000,150000000,DDS\n");
    Result r = run("validate", f.toString());
    assertEquals(ExitCode.VIOLATIONS, r.code(), r.out() + r.err());
    assertTrue((r.out() + r.err()).contains("I3.balance"), r.out());
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
    assertFalse((ok.out() + ok.err()).contains("I3.balance"), ok.out() + ok.err());
    assertTrue((ok.out() + ok.err()).contains("2 lines"), ok.out() + ok.err());
    Files.writeString(f, "section,account_code,kegiatan_code,description,amount,fund_source\n"
        + "pendapatan,4.2.1.01,,Dana Desa,1.234,DDS\n");
    Result amb = run("validate", "--indonesian-amounts", f.toString());
    assertEquals(ExitCode.UNREADABLE, amb.code(), amb.out() + amb.err());
    assertTrue((amb.out() + amb.err()).contains("line 2, column amount") && (amb.out() + amb.err()).contains("ambiguous"), amb.out());
  }
}
