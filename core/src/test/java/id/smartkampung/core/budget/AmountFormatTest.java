package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Amounts as Indonesian pages and spreadsheets print them (issue 15): an explicit import option,
 * strict by default, an ambiguous {@code 1.234} refused with a clear message.
 */
class AmountFormatTest {
  private static final Village VILLAGE = Village.of("35.10.01.2003", "Sumberagung", "Pesanggaran", "Banyuwangi");
  private static final String HEADER = "section,account_code,kegiatan_code,description,amount,fund_source\n";

  private static BigDecimal id(String text) {
    return AmountFormat.INDONESIAN.parse(text);
  }

  private static void same(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " vs " + actual);
  }

  @Test
  void numbersAsPublishedPagesPrintThem() {
    same("1244674000", id("Rp 1.244.674.000"));
    same("1244674000", id("Rp1.244.674.000"));
    same("1244674000", id("Rp. 1.244.674.000"));
    same("2452637561.15", id("2.452.637.561,15"));
    same("-2868420", id("(2.868.420)"));
    same("-2868420", id("-2.868.420"));
    same("-2868420", id("Rp (2.868.420)"));
    same("1000000", id("Rp 1.000.000,-"));
    same("1000000", id("1.000.000,00"));
    same("1000000", id("1000000"));
    same("1500000.50", id("1500000.50"));
    same("1234.5", id("1234,5"));
    same("999", id("999"));
    same("1244674000", id("\u00A0Rp\u00A01.244.674.000 "));
  }

  @Test
  void anAmbiguousNumberIsRefusedSayingBothReadings() {
    IllegalArgumentException dot = assertThrows(IllegalArgumentException.class, () -> id("1.234"));
    assertTrue(dot.getMessage().contains("ambiguous") && dot.getMessage().contains("1234") && dot.getMessage().contains("1.234,00"), dot.getMessage());
    IllegalArgumentException comma = assertThrows(IllegalArgumentException.class, () -> id("1,234"));
    assertTrue(comma.getMessage().contains("ambiguous") && comma.getMessage().contains("1.234,00"), comma.getMessage());
    assertThrows(IllegalArgumentException.class, () -> id("Rp 12.345"));
    assertThrows(IllegalArgumentException.class, () -> id("(999.000)"));
  }

  @Test
  void malformedNumbersAreRefused() {
    for (String bad : List.of("", "Rp", "1.23.456", "12.3456", "1,2,3", "1.234.56", "1,", "1e6", "--5", "((5))", "1 000", "abc", "1.000.000,-5")) {
      assertThrows(IllegalArgumentException.class, () -> id(bad), bad);
    }
  }

  @Test
  void strictStaysTheDefaultAndRefusesGrouping() {
    same("52200000.00", AmountFormat.STRICT.parse("52200000.00"));
    assertThrows(IllegalArgumentException.class, () -> AmountFormat.STRICT.parse("1.244.674.000"));
    BudgetFormatException e = assertThrows(
        BudgetFormatException.class, () -> BudgetCsv.parse(HEADER + "pendapatan,4.2.1.01,,Dana Desa,Rp 1.244.674.000,DDS\n", VILLAGE, 2025));
    assertEquals("line 2, column amount", e.findings().get(0).path());
  }

  @Test
  void theOptionReadsAPublishedTableAndNamesTheAmbiguousCell() throws IOException {
    Apbdes b = BudgetCsv.read(new StringReader(HEADER
        + "pendapatan,4.2.1.01,,Dana Desa,Rp 1.244.674.000,DDS\n"
        + "belanja,5.3.5.01,02.03.10,Rabat beton,\"2.452.637,15\",DDS\n"), "apbdes.csv", VILLAGE, 2025, AmountFormat.INDONESIAN);
    assertTrue(b.totalPendapatan().isEqualTo(Idr.of(1_244_674_000L)));
    assertTrue(b.totalBelanja().isEqualTo(Idr.of(new BigDecimal("2452637.15"))));
    BudgetFormatException e = assertThrows(BudgetFormatException.class, () -> BudgetCsv.read(new StringReader(HEADER
        + "pendapatan,4.2.1.01,,Dana Desa,1.234,DDS\n"
        + "belanja,5.3.5.01,02.03.10,Rabat beton,(2.868.420),DDS\n"), "apbdes.csv", VILLAGE, 2025, AmountFormat.INDONESIAN));
    assertEquals(List.of("line 2, column amount", "line 3, column amount"), e.findings().stream().map(Finding::path).collect(Collectors.toList()));
    assertEquals(List.of(Rule.FORMAT, Rule.AMOUNT_NEGATIVE), e.findings().stream().map(Finding::rule).collect(Collectors.toList()),
        "ambiguous is a format error; a negative budget line breaks I1");
    assertTrue(e.getMessage().contains("apbdes.csv"), e.getMessage());
  }

  @Test
  void aRevisionTableReadsWithTheOptionToo() throws IOException {
    BudgetCsv.Revision r = BudgetCsv.readRevision(new StringReader(
        "section,account_code,kegiatan_code,description,amount_before,amount_after,fund_source\n"
            + "belanja,5.3.5.01,02.03.10,Rabat beton,Rp 34.200.000,Rp 400.000.000,DDS\n"), "p.csv", VILLAGE, 2025, AmountFormat.INDONESIAN);
    assertEquals(Idr.of(365_800_000L), r.diff().delta(Section.BELANJA));
  }
}
