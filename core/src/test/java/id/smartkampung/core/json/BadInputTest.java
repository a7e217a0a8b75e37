package id.smartkampung.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.BudgetCsv;
import id.smartkampung.core.budget.BudgetFormatException;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests for issue 19 item 4 (bad input that took the program down) and for the input
 * limits of {@link InputLimits}: each example is refused at once, with one clear {@link Rule#FORMAT}
 * finding whose message quotes at most a bounded prefix of any value.
 */
class BadInputTest {
  private static final Village VILLAGE = Village.of("35.10.01.2003", "Sumberagung", "Pesanggaran", "Banyuwangi");
  private static final String CSV_HEADER = "section,account_code,kegiatan_code,description,amount,fund_source\n";
  private static final Duration AT_ONCE = Duration.ofSeconds(5);

  @TempDir Path dir;

  @org.junit.jupiter.api.BeforeAll
  static void loadTheLibraryFirst() {
    BudgetJson.example(); // class loading (Moneta, reference lists) takes seconds on a busy machine; not what is timed
  }

  private static String budgetWithAmount(String amountJson) {
    return "{\"format\":\"smartkampung.apbdes/1\",\"village\":{\"code\":\"35.10.01.2003\",\"name\":\"S\",\"kecamatan\":\"P\",\"kabupaten\":\"B\"},"
        + "\"fiscalYear\":2025,\"lines\":[{\"section\":\"pendapatan\",\"account\":\"4.2.1.01\",\"description\":\"Dana Desa\",\"amount\":" + amountJson
        + ",\"fundSource\":\"DDS\"}]}";
  }

  /** The format error of a reading that must fail at once; its messages are short. */
  private static BudgetFormatException refused(Executable read) {
    BudgetFormatException e = assertTimeoutPreemptively(AT_ONCE, () -> assertThrows(BudgetFormatException.class, read));
    for (Finding f : e.findings()) {
      assertTrue(f.message().length() < 600, "a bounded message: " + f.message().length() + " characters");
    }
    assertTrue(e.getMessage().length() < 20_000, "a bounded exception message");
    return e;
  }

  @Test
  void anAmountWithAHugeExponentIsAFormatErrorNotAnArithmeticException() {
    // issue 19.4: "amount": 1e999999999 gave ArithmeticException (BigInteger would overflow), exit 3
    BudgetFormatException e = refused(() -> BudgetJson.parse(budgetWithAmount("1e999999999")));
    assertEquals("$.lines[0].amount", e.findings().get(0).path());
    assertTrue(e.findings().get(0).message().contains("JSON number"), e.findings().get(0).message());
  }

  @Test
  void anAmountWithATinyExponentIsNotPrintedInFull() {
    // issue 19.4: -1e-999999999 printed the number in full, 1,000,000,234 bytes of output
    BudgetFormatException e = refused(() -> BudgetJson.parse(budgetWithAmount("-1e-999999999")));
    assertEquals("$.lines[0].amount", e.findings().get(0).path());
  }

  @Test
  void anAmountOfTwoMillionDigitsIsRefusedAtOnceInJsonAndCsv() {
    // issue 19.4: no answer in 30 s
    String digits = "9".repeat(2_000_000);
    BudgetFormatException json = refused(() -> BudgetJson.parse(budgetWithAmount("\"" + digits + "\"")));
    assertEquals("input-limit", json.findings().get(0).data().get("problem"), json.findings().get(0).message());
    refused(() -> BudgetCsv.parse(CSV_HEADER + "pendapatan,4.2.1.01,,Dana Desa," + digits + ",DDS\n", VILLAGE, 2025));
    // within the cell limit, longer than any rupiah amount
    String long50 = "1".repeat(50);
    BudgetFormatException csv = refused(() -> BudgetCsv.parse(CSV_HEADER + "pendapatan,4.2.1.01,,Dana Desa," + long50 + ",DDS\n", VILLAGE, 2025));
    assertEquals("line 2, column amount", csv.findings().get(0).path());
    assertTrue(csv.findings().get(0).message().contains("longer than any rupiah amount"), csv.findings().get(0).message());
  }

  @Test
  void aFileOf200MegabytesIsRefusedFromItsSize() throws Exception {
    // issue 19.4: a 200 MB budget gave no answer in 30 s; now refused before it is read
    for (String name : new String[] {"big.json", "big-2025.csv"}) {
      Path f = dir.resolve(name);
      try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
        r.setLength(200L * 1024 * 1024);
      }
      BudgetFormatException e = refused(() -> {
        if (name.endsWith(".json")) {
          BudgetJson.read(f);
        } else {
          BudgetCsv.read(f, VILLAGE, 2025);
        }
      });
      assertTrue(e.findings().get(0).message().contains("16 MiB"), e.findings().get(0).message());
    }
  }

  @Test
  void aStreamLargerThanTheLimitIsRefusedOnceTheLimitIsPassed() {
    byte[] big = new byte[InputLimits.MAX_DOCUMENT_BYTES + 10];
    java.util.Arrays.fill(big, (byte) ' ');
    BudgetFormatException e = refused(() -> BudgetJson.read(new ByteArrayInputStream(big), "stream"));
    assertTrue(e.findings().get(0).message().contains("larger than"), e.findings().get(0).message());
  }

  @Test
  void anOverlongUtf8SequenceIsRefusedWithItsByteOffset() throws Exception {
    // issue 19.4: an overlong sequence was accepted (exit 0); 0xC0 0xAF is an overlong '/'
    String json = budgetWithAmount("\"100.00\"");
    int at = json.indexOf("Dana Desa");
    byte[] head = json.substring(0, at).getBytes(UTF_8);
    byte[] tail = json.substring(at).getBytes(UTF_8);
    byte[] bad = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, bad, 0, head.length);
    bad[head.length] = (byte) 0xC0;
    bad[head.length + 1] = (byte) 0xAF;
    System.arraycopy(tail, 0, bad, head.length + 2, tail.length);
    Path f = dir.resolve("overlong.json");
    Files.write(f, bad);
    BudgetFormatException e = refused(() -> BudgetJson.read(f));
    assertTrue(e.findings().get(0).message().contains("byte offset " + head.length), e.findings().get(0).message());
    // and in CSV
    byte[] csvHead = (CSV_HEADER + "pendapatan,4.2.1.01,,Dana").getBytes(UTF_8);
    byte[] csvBad = java.util.Arrays.copyOf(csvHead, csvHead.length + 3);
    csvBad[csvHead.length] = (byte) 0xE0; // overlong three-byte form
    csvBad[csvHead.length + 1] = (byte) 0x80;
    csvBad[csvHead.length + 2] = (byte) 0xAF;
    Path c = dir.resolve("overlong-2025.csv");
    Files.write(c, csvBad);
    BudgetFormatException ce = refused(() -> BudgetCsv.read(c, VILLAGE, 2025));
    assertTrue(ce.findings().get(0).message().contains("byte offset " + csvHead.length), ce.findings().get(0).message());
  }

  @Test
  void deepNestingIsRefusedAsAnInputLimit() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    BudgetFormatException e = refused(() -> BudgetJson.parse(budgetWithAmount(deep)));
    assertEquals("input-limit", e.findings().get(0).data().get("problem"), e.findings().get(0).toString());
  }

  @Test
  void aHundredThousandEmptyLinesGiveOneFindingNotFourHundredThousand() {
    // issue 19.4: 100,000 empty line objects gave 400,000 findings, 31 MB of output
    String lines = String.join(",", java.util.Collections.nCopies(100_000, "{}"));
    String json = budgetWithAmount("\"1.00\"").replaceFirst("\"lines\":\\[.*\\]}$", "\"lines\":[" + lines + "]}");
    BudgetFormatException e = refused(() -> BudgetJson.parse(json));
    assertEquals(1, e.findings().size(), () -> e.getMessage().substring(0, 300));
    assertEquals("$.lines", e.findings().get(0).path());
    // a few thousand bad lines: all reported by the library, the message lists only the first ones
    String some = String.join(",", java.util.Collections.nCopies(2_000, "{}"));
    BudgetFormatException many = refused(() -> BudgetJson.parse(json.replace(lines, some)));
    assertTrue(many.findings().size() >= 2_000);
    assertTrue(many.getMessage().contains("more"), "the message counts the rest");
  }

  @Test
  void aHugeStringOrFieldNameIsRefusedAndNeverQuotedInFull() {
    String huge = "x".repeat(InputLimits.MAX_STRING_LENGTH + 1);
    BudgetFormatException s = refused(() -> BudgetJson.parse(budgetWithAmount("\"" + huge + "\"")));
    assertEquals("input-limit", s.findings().get(0).data().get("problem"));
    String name = "n".repeat(500);
    BudgetFormatException n = refused(() -> BudgetJson.parse(budgetWithAmount("\"1.00\"").replace("\"fiscalYear\"", "\"" + name + "\":1,\"fiscalYear\"")));
    assertTrue(n.findings().get(0).path().length() < 100, n.findings().get(0).path());
  }

  @Test
  void aLongBadCodeIsQuotedOnlyInPart() {
    String code = "9".repeat(10_000);
    BudgetFormatException e = refused(() -> BudgetJson.parse(budgetWithAmount("\"1.00\"").replace("\"4.2.1.01\"", "\"" + code + "\"")));
    assertEquals("$.lines[0].account", e.findings().get(0).path());
  }
}
