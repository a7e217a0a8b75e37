package id.smartkampung.core.budget;

import static id.smartkampung.core.budget.ExampleBudget.kemiren;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FocusTag;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules read from a line's quantity — <i>volume dan satuan</i> (issue 12): siltap minimums by
 * person-months, the 2026 BLT ceiling per KPM, the PKTD wage share; and what Dana Desa may not pay.
 */
class QuantityRulesTest {

  private static Finding only(BudgetValidation v) {
    assertEquals(1, v.findings().size(), v.findings()::toString);
    return v.findings().get(0);
  }

  private static Apbdes with(Apbdes b, String description, java.util.function.UnaryOperator<BudgetLine> change) {
    List<BudgetLine> ls = new ArrayList<>(b.lines());
    int i = ExampleBudget.indexOf(b, description);
    ls.set(i, change.apply(ls.get(i)));
    return b.withLines(ls);
  }

  @Test
  void aQuantityIsPositiveWithAWellFormedUnit() {
    assertEquals("108 OB", Quantity.parse("108.00", "OB").toString());
    assertThrows(IllegalArgumentException.class, () -> Quantity.parse("0", "OB"));
    assertThrows(IllegalArgumentException.class, () -> Quantity.parse("-1", "OB"));
    assertThrows(IllegalArgumentException.class, () -> Quantity.parse("1e3", "OB"));
    assertThrows(IllegalArgumentException.class, () -> Quantity.parse("12", "orang bulan"));
  }

  @Test
  void siltapPaysAtLeastPersonMonthsTimesTheMinimum_pp11of2019pasal81ayat2() {
    // the example pays perangkat 240 000 000 a year; at the 2025 minimum of Rp2.022.200 that covers
    // 118 person-months (238 619 600) but not 119 (240 641 800)
    Apbdes ok = with(kemiren().build(), "Penghasilan tetap perangkat desa", l -> l.withQuantity(Quantity.of(118, "OB")));
    assertEquals(List.of(), BudgetValidator.check(ok).findings());
    Apbdes low = with(kemiren().build(), "Penghasilan tetap perangkat desa", l -> l.withQuantity(Quantity.of(119, "OB")));
    Finding f = only(BudgetValidator.check(low));
    assertEquals(Rule.SILTAP_BELOW_MINIMUM, f.rule());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("240641800.00", f.data().get("minimum"));
    assertEquals("PERANGKAT_DESA", f.data().get("position"));
    assertTrue(f.path().endsWith(".amount"), f::path);
    // the kepala desa: 36 000 000 for 12 OB is Rp3.000.000 a month, above Rp2.426.640; 15 OB is not
    Apbdes kades = with(kemiren().build(), "Penghasilan tetap Kepala Desa", l -> l.withQuantity(Quantity.of(15, "OB")));
    assertEquals("KEPALA_DESA", only(BudgetValidator.check(kades)).data().get("position"));
    // a quantity in another unit says nothing about person-months
    Apbdes other = with(kemiren().build(), "Penghasilan tetap perangkat desa", l -> l.withQuantity(Quantity.of(500, "paket")));
    assertEquals(List.of(), BudgetValidator.check(other).findings());
  }

  @Test
  void jaminanSosialAndTunjanganBpdFromDanaDesaAreRefusedIn2026_permendesa16of2025() {
    ExampleBudget e = kemiren();
    e.danaDesa += 30_000_000L;
    e.extra.add(BudgetLine.belanja(KegiatanCode.parse("01.01.03"), AccountCode.parse("5.1.3.01"), FundSource.DDS, "BPJS Kesehatan perangkat", Idr.of(30_000_000L)));
    // 2026: refused at the line's fund source
    Apbdes b2026 = e.build(2026);
    List<Finding> errors = BudgetValidator.check(b2026).errors();
    assertEquals(1, errors.size(), errors::toString);
    assertEquals(Rule.DANA_DESA_FORBIDDEN, errors.get(0).rule());
    assertTrue(errors.get(0).path().endsWith(".fundSource"));
    assertTrue(errors.get(0).message().contains("Permendesa PDT 16/2025"), errors.get(0)::message);
    // 2025: no such rule in the pack (not confirmed for 2025)
    assertTrue(BudgetValidator.check(e.build(2025)).errors().stream().noneMatch(x -> x.rule() == Rule.DANA_DESA_FORBIDDEN));
  }

  @Test
  void bltPaysAtMostRp300000PerKpmAMonthIn2026_permendesa16of2025pasal3() {
    // 2026 counts BLT by its tag (focus area huruf a); the example's BLT is 100 000 000: 333 KPM-months at Rp300.000 cover 99 900 000, 334 cover 100 200 000
    Apbdes ok = with(kemiren().build(2026), "BLT Dana Desa", l -> l.withFocus(FocusTag.parse("BLT")).withQuantity(Quantity.of(334, "OB")));
    assertTrue(BudgetValidator.check(ok).findings().stream().noneMatch(f -> f.rule() == Rule.BLT_PER_KPM), () -> BudgetValidator.check(ok).findings().toString());
    Apbdes over = with(kemiren().build(2026), "BLT Dana Desa", l -> l.withFocus(FocusTag.parse("BLT")).withQuantity(Quantity.of(333, "KPM-BULAN")));
    Finding f = BudgetValidator.check(over).findings().stream().filter(x -> x.rule() == Rule.BLT_PER_KPM).findFirst().orElseThrow();
    assertEquals("99900000.00", f.data().get("ceiling"));
    assertTrue(f.message().contains("pasal 3"), f::message);
  }

  @Test
  void bltPaysAtMostRp300000PerKpmAMonthIn2024And2025_valuesCarriedAndMarkedUnconfirmed() {
    // the 2024 (PMK 145/2023) and 2025 (PMK 108/2024) packs carry the ceiling from 2023 and 2026 (no article
    // found for either year): the same Rp300.000 per KPM-month applies to a BLT line that states its KPM-months
    for (int year : new int[] {2024, 2025}) {
      Apbdes ok = with(kemiren().build(year), "BLT Dana Desa", l -> l.withFocus(FocusTag.parse("BLT")).withQuantity(Quantity.of(334, "OB")));
      assertTrue(BudgetValidator.check(ok).findings().stream().noneMatch(f -> f.rule() == Rule.BLT_PER_KPM), () -> year + ": " + BudgetValidator.check(ok).findings());
      Apbdes over = with(kemiren().build(year), "BLT Dana Desa", l -> l.withFocus(FocusTag.parse("BLT")).withQuantity(Quantity.of(333, "KPM-BULAN")));
      Finding f = BudgetValidator.check(over).findings().stream().filter(x -> x.rule() == Rule.BLT_PER_KPM).findFirst().orElseThrow(() -> new AssertionError(year + ": no BLT_PER_KPM"));
      assertEquals("99900000.00", f.data().get("ceiling"), () -> year + "");
      assertTrue(f.message().contains("UNCONFIRMED for " + year), f::message);
    }
  }

  @Test
  void aPadatKaryaTunaiActivitySpendsAtLeastHalfOnWages_permendesPdtt21of2020pasal63b() {
    // the road (02.03.10, 630 m) as PKTD in 2026: 315 m of it as wages in HOK is exactly 50 %
    Apbdes b = kemiren().build(2026);
    List<BudgetLine> ls = new ArrayList<>(b.lines());
    int i = ExampleBudget.indexOf(b, "Jalan rabat beton Dusun Krajan");
    BudgetLine road = ls.get(i);
    ls.set(i, road.withAmount(Idr.of(315_000_000L)).withFocus(FocusTag.parse("PKTD")));
    ls.add(new BudgetLine(Section.BELANJA, AccountCode.parse("5.2.2.01"), road.kegiatan(), "Upah pekerja jalan rabat beton", Idr.of(315_000_000L),
        FundSource.DDS, null, FocusTag.parse("PKTD"), Quantity.of(2_100, "HOK")));
    Apbdes half = b.withLines(ls);
    assertTrue(BudgetValidator.check(half).findings().stream().noneMatch(f -> f.rule() == Rule.PKTD_WAGE_SHARE), () -> BudgetValidator.check(half).findings().toString());
    // one rupiah moved from wages to material: below 50 %
    ls.set(ExampleBudget.indexOf(half, "Jalan rabat beton Dusun Krajan"), road.withAmount(Idr.of(315_000_001L)).withFocus(FocusTag.parse("PKTD")));
    int w = ExampleBudget.indexOf(half, "Upah pekerja jalan rabat beton");
    ls.set(w, ls.get(w).withAmount(Idr.of(314_999_999L)));
    Apbdes below = b.withLines(ls);
    Finding f = BudgetValidator.check(below).findings().stream().filter(x -> x.rule() == Rule.PKTD_WAGE_SHARE).findFirst().orElseThrow();
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("02.03.10", f.data().get("kegiatan"));
    assertTrue(f.message().contains("pasal 63 huruf b"), f::message);
  }

  @Test
  void quantitiesRoundTripThroughJsonAndCsv() throws IOException {
    Apbdes b = with(kemiren().build(), "Penghasilan tetap perangkat desa", l -> l.withQuantity(Quantity.parse("96", "OB")));
    assertEquals(b, BudgetJson.parse(BudgetJson.toJson(b)));
    String csv = BudgetCsv.toCsv(b);
    assertTrue(csv.startsWith(String.join(",", BudgetCsv.HEADER_WITH_QUANTITY) + "\n"), csv);
    assertTrue(csv.contains(",96,OB\n"), csv);
    assertEquals(b, BudgetCsv.parse(csv, b.village(), 2025));
    String half = csv.replace(",96,OB\n", ",96,\n");
    BudgetFormatException e = assertThrows(BudgetFormatException.class, () -> BudgetCsv.parse(half, b.village(), 2025));
    assertTrue(e.findings().get(0).path().endsWith("column unit"), e.findings()::toString);
    String json = BudgetJson.toJson(b).replaceFirst("\"unit\"(\\s*):", "\"unitx\"$1:");
    BudgetFormatException j = assertThrows(BudgetFormatException.class, () -> BudgetJson.parse(json));
    assertTrue(j.findings().stream().anyMatch(p -> p.path().endsWith(".unit")), j.findings()::toString);
  }
}
