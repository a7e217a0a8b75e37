package id.smartkampung.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.AccountCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped packs of 2024–2027 and how a district loads its own (issue 12). */
class PolicyPackYearsTest {

  @Test
  void packsAreShippedFor2024To2027() {
    assertEquals(List.of(2024, 2025, 2026, 2027), List.copyOf(PolicyPack.shippedYears()));
    for (int y : PolicyPack.shippedYears()) {
      assertEquals(y, PolicyPack.forYear(y).fiscalYear());
    }
  }

  @Test
  void pmk7of2026_pasal15ayat3_kdmpIs58_03PercentOfThePaguAndNeverEntersTheVillageTreasury() {
    PolicyPack p = PolicyPack.forYear(2026);
    PolicyPack.DanaDesaPart kdmp = p.danaDesaPart("KDMP").orElseThrow();
    assertEquals(0, new BigDecimal("0.5803").compareTo(kdmp.share()));
    assertFalse(kdmp.throughVillageTreasury());
    assertEquals(List.of(AccountCode.parse("6.2.9")), kdmp.financingAccounts());
    assertTrue(kdmp.tranches().isEmpty(), "KDMP is disbursed on recommendation (pasal 26), not in tahap");
    assertTrue(kdmp.reference().contains("pasal 15 ayat (3)"));
    PolicyPack.DanaDesaPart reguler = p.danaDesaPart("REGULER").orElseThrow();
    assertEquals(0, BigDecimal.ONE.compareTo(reguler.share().add(kdmp.share())));
    assertTrue(reguler.throughVillageTreasury());
  }

  @Test
  void permendesaPdt16of2025_pasal3_bltAtMost300000PerKpmPerMonthAtMostThreeMonthsAtOnce() {
    PolicyPack.Blt blt = PolicyPack.forYear(2026).blt().orElseThrow();
    assertEquals(0, new BigDecimal("300000").compareTo(blt.maxPerKpmPerMonth()));
    assertEquals(3, blt.maxMonthsAtOnce());
    assertTrue(blt.reference().contains("pasal 3"));
  }

  @Test
  void bltOf2024_pmk145of2023_andOf2025_pmk108of2024_rp300000PerKpmPerMonthThreeMonthsAtOnce_unconfirmedAndSaidSo() {
    for (int year : new int[] {2024, 2025}) {
      PolicyPack.Blt blt = PolicyPack.forYear(year).blt().orElseThrow();
      assertEquals(0, new BigDecimal("300000").compareTo(blt.maxPerKpmPerMonth()), () -> year + "");
      assertEquals(3, blt.maxMonthsAtOnce(), () -> year + "");
      assertEquals(List.of("OB", "KPM-BULAN"), blt.kpmMonthUnits(), () -> year + "");
      assertTrue(blt.reference().contains("UNCONFIRMED for " + year), blt::reference);
    }
    assertTrue(PolicyPack.forYear(2024).blt().orElseThrow().reference().contains("PMK 145/2023"));
    assertTrue(PolicyPack.forYear(2025).blt().orElseThrow().reference().contains("PMK 108/2024"));
  }

  @Test
  void permendesaPdt16of2025_pasal2ayat3_operationsAtMost3PercentOfThePaguOtherThanKdmp() {
    PolicyPack.Priority ops =
        PolicyPack.forYear(2026).danaDesaPriorities().stream().filter(x -> x.code().equals("OPERASIONAL_PEMDES")).findFirst().orElseThrow();
    assertEquals(0, new BigDecimal("0.03").compareTo(ops.share()));
    assertEquals(List.of("KDMP"), ops.baseExcludesParts());
    assertEquals(PolicyPack.Bound.AT_MOST, ops.bound());
  }

  @Test
  void permendesPdtt21of2020_pasal63_pktdWagesAtLeastHalfAndEightFocusAreasOf2026() {
    PolicyPack p = PolicyPack.forYear(2026);
    assertEquals(0, new BigDecimal("0.50").compareTo(p.pktd().orElseThrow().minWageShare()));
    assertEquals(
        List.of("BLT", "IKLIM_BENCANA", "KESEHATAN_STUNTING", "KETAHANAN_PANGAN", "KDMP", "PKTD", "DIGITAL", "OPERASIONAL", "LAINNYA"),
        p.focusAreas().stream().map(PolicyPack.FocusArea::code).toList());
  }

  @Test
  void pmk145of2023AndPmk108of2024_earmarkedAndNonEarmarkedPartsWithTheirTranches() {
    for (int y : List.of(2024, 2025)) {
      PolicyPack p = PolicyPack.forYear(y);
      PolicyPack.DanaDesaPart earmarked = p.danaDesaPart("EARMARKED").orElseThrow();
      PolicyPack.DanaDesaPart free = p.danaDesaPart("NON_EARMARKED").orElseThrow();
      assertEquals(0, new BigDecimal("0.60").compareTo(earmarked.tranches().get(0).share()), "earmarked tahap I 60 %");
      assertEquals(0, new BigDecimal("0.40").compareTo(free.tranches().get(0).share()), "non-earmarked tahap I 40 %");
      assertEquals(0, new BigDecimal("0.60").compareTo(free.tranches().get(0).shareMandiri()), "Desa Mandiri tahap I 60 %");
      assertNull(earmarked.share(), "the village's APBDes sets the earmarked part");
      assertFalse(p.isProvisional());
    }
  }

  @Test
  void the2027PackIsProvisional_carrying2026Forward() {
    PolicyPack p = PolicyPack.forYear(2027);
    assertTrue(p.isProvisional());
    assertTrue(p.provisionalNote().contains("2026"));
    assertEquals(PolicyPack.forYear(2026).danaDesaParts(), p.danaDesaParts());
    assertFalse(PolicyPack.forYear(2026).isProvisional());
  }

  @Test
  void aDistrictLoadsItsOwnPack_replacingTheProvisional2027WithoutCodeChanges() throws IOException {
    String json;
    try (InputStream in = PolicyPack.class.getResourceAsStream("apbdes-2027.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String fin = json.replace("\"provisional\": true", "\"provisional\": false");
    PolicyPack own = PolicyPack.parse(new ByteArrayInputStream(fin.getBytes(StandardCharsets.UTF_8)));
    assertEquals(2027, own.fiscalYear());
    assertFalse(own.isProvisional());
  }

  @Test
  void anOldShapedDistrictPackStillParses_withOneUndividedDanaDesa() throws IOException {
    String json;
    try (InputStream in = PolicyPack.class.getResourceAsStream("apbdes-2025.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String old = json.substring(0, json.indexOf(",\n  \"danaDesa\"")).replaceAll(",\\s*\"tags\": \\[[^\\]]*\\]", "") + "\n}\n";
    PolicyPack p = PolicyPack.parse(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, p.danaDesaParts().size());
    assertTrue(p.blt().isEmpty());
  }

  @Test
  void aPackMissingARequiredFieldIsRefusedNamingItsPath() throws IOException {
    String json;
    try (InputStream in = PolicyPack.class.getResourceAsStream("apbdes-2026.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String broken = json.replaceFirst("\"name\": \"Dana Desa reguler\",", "");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyPack.parse(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("$.danaDesa.parts[0].name is missing"), e.getMessage());
    String noNote = json.replace("\"fiscalYear\": 2026,", "\"fiscalYear\": 2026, \"provisional\": true,");
    IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> PolicyPack.parse(new ByteArrayInputStream(noNote.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e2.getMessage().contains("provisionalNote"), e2.getMessage());
  }
}
