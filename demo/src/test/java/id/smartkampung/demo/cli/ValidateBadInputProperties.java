package id.smartkampung.demo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.BudgetCsv;
import id.smartkampung.core.budget.BudgetJson;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code validate} never takes the program down (issue 19 item 4): whatever the file — random
 * bytes, a valid budget cut or spliced with junk, wrong types, huge and tiny numbers, deep nesting,
 * bad encodings, CSV quirks — it exits 0, 1 or 2, never {@value ExitCode#INTERNAL}, and its output
 * stays small.
 */
class ValidateBadInputProperties {
  private static final String JSON = BudgetJson.toJson(BudgetJson.example());
  private static final String CSV = BudgetCsv.toCsv(BudgetJson.example());

  @Property(tries = 120)
  void validateNeverExitsThree(@ForAll("files") byte[] content, @ForAll boolean csv) throws Exception {
    Path dir = Files.createTempDirectory("validate");
    Path f = dir.resolve(csv ? "desa-2025.csv" : "desa.json");
    try {
      Files.write(f, content);
      ValidateCommandTest.Result r = ValidateCommandTest.run("validate", f.toString());
      assertNotEquals(ExitCode.INTERNAL, r.code(), () -> r.out() + r.err());
      assertTrue(r.out().length() + r.err().length() < 200_000, () -> "output of " + (r.out().length() + r.err().length()) + " characters");
    } finally {
      Files.deleteIfExists(f);
      Files.deleteIfExists(dir);
    }
  }

  @Provide
  Arbitrary<byte[]> files() {
    Arbitrary<String> junk = Arbitraries.oneOf(
        Arbitraries.of("1e999999999", "-1e-999999999", "null", "[]", "{}", "\"", ",", "\n", "\u0000", "\uFEFF", "\"9999999999999999999999999999\"",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "{\"a\":{\"a\":{\"a\":", "=SUM(1+1)", "-1.005", "0.001"),
        Arbitraries.strings().ofMaxLength(8));
    Arbitrary<byte[]> spliced = Arbitraries.integers().between(0, 100_000).flatMap(at -> junk.flatMap(j -> Arbitraries.of(JSON, CSV).map(doc -> {
      int i = at % doc.length();
      return (doc.substring(0, i) + j + doc.substring(i)).getBytes(UTF_8);
    })));
    Arbitrary<byte[]> cut = Arbitraries.integers().between(0, 100_000).flatMap(at -> Arbitraries.of(JSON, CSV).map(doc -> doc.substring(0, at % doc.length()).getBytes(UTF_8)));
    Arbitrary<byte[]> amounts = junk.map(j -> JSON.replaceFirst("\"amount\": \"[^\"]*\"", java.util.regex.Matcher.quoteReplacement("\"amount\": " + j)).getBytes(UTF_8));
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    Arbitrary<byte[]> overlong = Arbitraries.integers().between(0, 100_000).map(at -> {
      byte[] d = JSON.getBytes(UTF_8);
      int i = at % d.length;
      byte[] out = new byte[d.length + 2];
      System.arraycopy(d, 0, out, 0, i);
      out[i] = (byte) 0xC0;
      out[i + 1] = (byte) 0x80;
      System.arraycopy(d, i, out, i + 2, d.length - i);
      return out;
    });
    return Arbitraries.oneOf(spliced, cut, amounts, bytes, overlong);
  }
}
