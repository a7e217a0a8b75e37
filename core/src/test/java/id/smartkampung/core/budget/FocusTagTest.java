package id.smartkampung.core.budget;

import static id.smartkampung.core.budget.ExampleBudget.kemiren;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FocusTag;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Focus tags per budget line — <i>fokus penggunaan Dana Desa</i> (issue 12): carried in JSON and CSV,
 * checked against the year's focus areas, and read by the Dana Desa priority checks in place of the
 * kegiatan-code prefixes; a budget without tags falls back to the prefixes with a warning.
 */
class FocusTagTest {
  private static final FocusTag BLT = FocusTag.parse("BLT");
  private static final FocusTag LAINNYA = FocusTag.parse("LAINNYA");

  private static Finding only(BudgetValidation v) {
    assertEquals(1, v.findings().size(), v.findings()::toString);
    return v.findings().get(0);
  }

  /** The example with line {@code description} retagged. */
  private static Apbdes retag(Apbdes b, String description, FocusTag tag) {
    List<BudgetLine> ls = new ArrayList<>(b.lines());
    int i = ExampleBudget.indexOf(b, description);
    ls.set(i, ls.get(i).withFocus(tag));
    return b.withLines(ls);
  }

  @Test
  void aMalformedTagIsRefusedWithItsForm() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FocusTag.parse("blt desa"));
    assertTrue(e.getMessage().contains("expected capitals"), e.getMessage());
  }

  @Test
  void the2025And2026PacksListTheirFocusAreas_permendes2of2024_permendesa16of2025pasal2() {
    assertTrue(PolicyPack.forYear(2025).focusArea(FocusTag.parse("KETAHANAN_PANGAN")).isPresent());
    assertTrue(PolicyPack.forYear(2025).focusArea(FocusTag.parse("KDMP")).isEmpty(), "KDMP is a 2026 focus");
    assertTrue(PolicyPack.forYear(2026).focusArea(FocusTag.parse("KDMP")).orElseThrow().reference().contains("huruf e"));
    assertTrue(PolicyPack.forYear(2024).focusAreas().isEmpty(), "the 2024 focus list is not confirmed: none shipped");
  }

  @Test
  void aBudgetWithoutTagsIsCountedByKegiatanPrefixesWithAWarningThatSaysSo() {
    ExampleBudget e = kemiren();
    e.tagged = false;
    BudgetValidation v = BudgetValidator.check(e.build());
    Finding f = only(v);
    assertEquals(Rule.FOCUS_BY_PREFIX, f.rule());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().contains("kegiatan-code prefixes"), f::message);
    assertTrue(v.isClean());
    // the prefixes still count: BLT under 05.03.01 above 15 % (Permendes PDT 2/2024) is found
    ExampleBudget over = kemiren();
    over.tagged = false;
    over.jalan -= 60_000_000L;
    over.blt += 60_000_000L;
    BudgetValidation w = BudgetValidator.check(over.build());
    assertTrue(w.errors().stream().anyMatch(x -> "BLT_DD".equals(x.data().get("priority"))), w.findings()::toString);
  }

  @Test
  void aTaggedBudgetIsCountedByTags_notByKegiatan_permendes2of2024() {
    // the road (02.03.10, 630 m) tagged BLT: BLT is then 73 % of Dana Desa, above 15 %
    Apbdes road = retag(kemiren().build(), "Jalan rabat beton Dusun Krajan", BLT);
    Finding f = only(BudgetValidator.check(road));
    assertEquals(Rule.DANA_DESA_PRIORITY, f.rule());
    assertEquals("BLT_DD", f.data().get("priority"));
    assertEquals("730000000.00", f.data().get("amount"));
    // the BLT line under 05.03.01 tagged LAINNYA no longer counts: BLT may then be any size
    ExampleBudget big = kemiren();
    big.jalan -= 100_000_000L;
    big.blt += 100_000_000L;
    Apbdes untaggedBlt = retag(big.build(), "BLT Dana Desa", LAINNYA);
    assertEquals(List.of(), BudgetValidator.check(untaggedBlt).findings());
    assertFalse(BudgetValidator.check(big.build()).isClean(), "tagged BLT, 20 % of Dana Desa: above 15 %");
  }

  @Test
  void aTagThatIsNotAFocusAreaOfTheYearIsAnErrorAtTheLinesFocus() {
    Apbdes b = retag(kemiren().build(), "Jalan rabat beton Dusun Krajan", FocusTag.parse("KDMP"));
    Finding f = only(BudgetValidator.check(b));
    assertEquals(Rule.FOCUS_TAG_UNKNOWN, f.rule());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("$.lines[" + ExampleBudget.indexOf(b, "Jalan rabat beton Dusun Krajan") + "].focus", f.path());
    assertTrue(f.message().contains("not a focus area of Dana Desa use in 2025"), f::message);
    // 2024: the pack lists no focus areas, so any tag is refused (and no fallback warning is given)
    ExampleBudget e2024 = kemiren();
    assertEquals(List.of(), BudgetValidator.check(e2024.build(2024)).findings());
    Apbdes tagged2024 = retag(e2024.build(2024), "BLT Dana Desa", BLT);
    Finding g = only(BudgetValidator.check(tagged2024));
    assertEquals(Rule.FOCUS_TAG_UNKNOWN, g.rule());
    assertTrue(g.message().contains("lists none"), g::message);
  }

  @Test
  void operationsAtMost3PercentOfDanaDesaOtherThanKdmp_countedByTheOperasionalTag_permendesa16of2025pasal2ayat3() {
    // 2026: Dana Desa 1 000 m of which KDMP 580.3 m (PMK 7/2026 pasal 15(3)) recorded as 6.2.9 outflow;
    // the base of the 3 % is 419.7 m, so 12 591 000 is the most operations may take
    ExampleBudget e = kemiren();
    e.jalan -= 580_300_000L;
    e.operasionalDds = 12_591_000L;
    e.jalan += 20_000_000L - 12_591_000L;
    e.extra.add(BudgetLine.pengeluaranPembiayaan(AccountCode.parse("6.2.9.01"), FundSource.DDS, "Dana Desa untuk KDMP", Idr.of(580_300_000L)).withFocus(FocusTag.parse("KDMP")));
    assertEquals(List.of(), BudgetValidator.check(e.build(2026)).findings());
    e.operasionalDds += 1;
    e.jalan -= 1;
    Finding f = only(BudgetValidator.check(e.build(2026)));
    assertEquals("OPERASIONAL_PEMDES", f.data().get("priority"));
    assertEquals(Severity.ERROR, f.severity());
  }

  @Test
  void tagByPrefixesGivesEachDanaDesaLineThePriorityItsKegiatanCountsFor() {
    ExampleBudget e = kemiren();
    e.tagged = false;
    Apbdes tagged = BudgetValidator.of(PolicyPack.forYear(2025)).tagByPrefixes(e.build());
    assertEquals(BLT, tagged.lines().get(ExampleBudget.indexOf(tagged, "BLT Dana Desa")).focus());
    assertEquals(FocusTag.parse("KETAHANAN_PANGAN"), tagged.lines().get(ExampleBudget.indexOf(tagged, "Bibit dan pupuk kelompok tani")).focus());
    assertEquals(LAINNYA, tagged.lines().get(ExampleBudget.indexOf(tagged, "Jalan rabat beton Dusun Krajan")).focus());
    assertNull(tagged.lines().get(ExampleBudget.indexOf(tagged, "Saluran drainase")).focus(), "PBH lines are not tagged");
  }

  // ------------------------------------------------------------------------------ JSON and CSV

  @Test
  void focusTagsRoundTripThroughJsonAndCsv() throws IOException {
    Apbdes b = kemiren().build();
    assertTrue(BudgetValidator.isTagged(b));
    assertEquals(b, BudgetJson.parse(BudgetJson.toJson(b)));
    String csv = BudgetCsv.toCsv(b);
    assertTrue(csv.startsWith(String.join(",", BudgetCsv.HEADER_WITH_FOCUS) + "\n"), csv);
    assertEquals(b, BudgetCsv.parse(csv, b.village(), 2025));
    ExampleBudget e = kemiren();
    e.tagged = false;
    assertTrue(BudgetCsv.toCsv(e.build()).startsWith(String.join(",", BudgetCsv.HEADER) + "\n"), "untagged: the six published columns");
  }

  @Test
  void aMalformedFocusIsAFormatErrorAtItsPlace() throws IOException {
    String json = BudgetJson.toJson(kemiren().build()).replace("\"focus\" : \"BLT\"", "\"focus\" : \"blt\"").replace("\"focus\": \"BLT\"", "\"focus\": \"blt\"");
    BudgetFormatException e = assertThrows(BudgetFormatException.class, () -> BudgetJson.parse(json));
    assertTrue(e.findings().stream().anyMatch(p -> p.path().endsWith(".focus") && p.rule() == Rule.FORMAT), e.findings()::toString);
    String csv = String.join(",", BudgetCsv.HEADER_WITH_FOCUS) + "\n"
        + "pendapatan,4.2.1.01,,Dana Desa,100000000.00,DDS,\n"
        + "belanja,5.4.1.01,05.03.01,BLT,10000000.00,DDS,blt desa\n";
    BudgetFormatException c = assertThrows(BudgetFormatException.class, () -> BudgetCsv.parse(csv, ExampleBudget.KEMIREN, 2025));
    assertEquals("line 3, column focus", c.findings().get(0).path(), c.findings()::toString);
  }

  @Test
  void aRevisionTableMayCarryFocusTags() throws IOException {
    String csv = String.join(",", BudgetCsv.REVISION_HEADER_WITH_FOCUS) + "\n"
        + "pendapatan,4.2.1.01,,Dana Desa,100000000.00,100000000.00,DDS,\n"
        + "belanja,5.4.1.01,05.03.01,BLT Dana Desa,10000000.00,12000000.00,DDS,BLT\n"
        + "belanja,5.3.5.01,02.03.10,Jalan,90000000.00,88000000.00,DDS,LAINNYA\n";
    BudgetCsv.Revision r = BudgetCsv.readRevision(new StringReader(csv), "perubahan.csv", ExampleBudget.KEMIREN, 2025);
    assertEquals(BLT, r.after().lines().stream().filter(l -> l.description().equals("BLT Dana Desa")).findFirst().orElseThrow().focus());
    assertEquals(2, r.diff().changes().size());
  }
}
