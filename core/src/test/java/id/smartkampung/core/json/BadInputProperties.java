package id.smartkampung.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.BudgetCsv;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.rule.Finding;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated bad input (issue 19 item 4, DESIGN §5): random bytes, truncations, wrong types, huge
 * and tiny numbers, deep nesting, bad encodings and CSV quirks. Every reading gives a budget or an
 * {@link InvalidInputException} whose findings each name a place and a bounded message — never
 * another exception.
 */
class BadInputProperties {
  private static final Village VILLAGE = Village.of("35.10.01.2003", "Sumberagung", "Pesanggaran", "Banyuwangi");
  private static final String JSON = BudgetJson.toJson(BudgetJson.example());
  private static final String CSV = BudgetCsv.toCsv(BudgetJson.example());

  /** Reads the bytes as JSON and as CSV: a result or a clear input error, nothing else. */
  private static void readsOrRefusesClearly(byte[] input) throws Exception {
    for (int format = 0; format < 2; format++) {
      try {
        if (format == 0) {
          BudgetJson.read(new ByteArrayInputStream(input), "generated.json");
        } else {
          BudgetCsv.read(new java.io.StringReader(new String(input, UTF_8)), "generated.csv", VILLAGE, 2025);
        }
      } catch (InvalidInputException e) {
        assertFalse(e.findings().isEmpty());
        for (Finding f : e.findings()) {
          assertTrue(f.message().length() < 600, () -> "a bounded message: " + f.message().length());
          if (format == 0) {
            assertTrue(f.path().startsWith("$"), f::toString);
          }
        }
      }
    }
  }

  @Property(tries = 150)
  void randomBytesAreReadOrRefusedClearly(@ForAll("randomBytes") byte[] input) throws Exception {
    readsOrRefusesClearly(input);
  }

  @Property(tries = 150)
  void truncationsAreRefusedClearly(@ForAll("cuts") int cut, @ForAll boolean csv) throws Exception {
    String doc = csv ? CSV : JSON;
    readsOrRefusesClearly(doc.substring(0, cut % doc.length()).getBytes(UTF_8));
  }

  @Property(tries = 200)
  void aValueReplacedByAnyJsonValueIsReadOrRefusedClearly(@ForAll("values") String value, @ForAll("fields") String field) throws Exception {
    // wrong types, huge and tiny numbers, deep nesting, long strings, in place of a field's value
    String doc = JSON.replaceFirst("\"" + field + "\": (\"[^\"]*\"|[0-9]+)", java.util.regex.Matcher.quoteReplacement("\"" + field + "\": " + value));
    readsOrRefusesClearly(doc.getBytes(UTF_8));
  }

  @Property(tries = 150)
  void badEncodingsAreRefusedWithTheirByteOffset(@ForAll("badUtf8") byte[] bad, @ForAll("cuts") int at) throws Exception {
    byte[] doc = JSON.getBytes(UTF_8);
    int i = at % doc.length;
    byte[] input = new byte[doc.length + bad.length];
    System.arraycopy(doc, 0, input, 0, i);
    System.arraycopy(bad, 0, input, i, bad.length);
    System.arraycopy(doc, i, input, i + bad.length, doc.length - i);
    try {
      BudgetJson.read(new ByteArrayInputStream(input), "bad.json");
      throw new AssertionError("invalid UTF-8 accepted");
    } catch (InvalidInputException e) {
      assertTrue(e.findings().get(0).message().contains("byte offset " + i), e.findings().get(0)::toString);
    }
  }

  @Property(tries = 200)
  void csvQuirksAreReadOrRefusedClearly(@ForAll("csvQuirks") String quirk, @ForAll("cuts") int at) throws Exception {
    int i = at % CSV.length();
    readsOrRefusesClearly((CSV.substring(0, i) + quirk + CSV.substring(i)).getBytes(UTF_8));
  }

  @Provide
  Arbitrary<byte[]> randomBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
  }

  @Provide
  Arbitrary<Integer> cuts() {
    return Arbitraries.integers().between(0, 1_000_000);
  }

  @Provide
  Arbitrary<String> fields() {
    return Arbitraries.of("format", "code", "fiscalYear", "section", "account", "kegiatan", "description", "amount", "fundSource", "output");
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.of("1e999999999", "-1e-999999999", "1E+308", "-0.0", "1.0e-400", "123456789012345678901234567890", "null", "true", "false",
            "[]", "{}", "\"\"", "\" \"", "\"-\"", "\"1e5\"", "\"0x10\"", "\"+1\"", "\"1,000\"", "\"١٢٣\"", "\"NaN\"", "\"-0\"", "\"00000001.00\""),
        Arbitraries.integers().between(1, 200).map(n -> "[".repeat(n) + "]".repeat(n)),
        Arbitraries.integers().between(1, 200).map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n)),
        Arbitraries.integers().between(20, 3000).map(n -> "\"" + "9".repeat(n) + "\""),
        Arbitraries.integers().between(20, 300).map(n -> "9".repeat(n)),
        Arbitraries.strings().ofMaxLength(20).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
  }

  @Provide
  Arbitrary<byte[]> badUtf8() {
    return Arbitraries.of(
        new byte[] {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
        new byte[] {(byte) 0xC1, (byte) 0xBF},
        new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong, three bytes
        new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, // overlong, four bytes
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
        new byte[] {(byte) 0xFF},
        new byte[] {(byte) 0x80}, // a continuation byte alone
        new byte[] {(byte) 0xE2, (byte) 0x82}, // truncated
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}); // beyond U+10FFFF
  }

  @Provide
  Arbitrary<String> csvQuirks() {
    return Arbitraries.oneOf(
        Arbitraries.of("\"", "\"\"", ",", ",,,,,,,", "\n", "\r", "\r\n", "\n\n\n", "\uFEFF", "\u0000", "\t", ";", "'", "=HYPERLINK(\"x\")",
            "\"a\nb\"", "\"unterminated", "1e5", "-", "9".repeat(60)),
        Arbitraries.strings().ofMaxLength(6),
        Arbitraries.integers().between(1, 5000).map(n -> List.of(",", "\n", "\"").get(n % 3).repeat(n)));
  }
}
