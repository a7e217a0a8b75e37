package id.smartkampung.core.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.policy.PolicyPack;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Loading the yearly tax rules: the shipped packs, and bad data refused with its JSON path. */
class TaxPolicyTest {

  @Test
  void packsAreShippedFor2024To2027And2027IsProvisional() {
    assertTrue(TaxPolicy.shippedYears().containsAll(java.util.List.of(2024, 2025, 2026, 2027)), TaxPolicy.shippedYears()::toString);
    for (int y : TaxPolicy.shippedYears()) {
      TaxPolicy p = TaxPolicy.forYear(y);
      assertEquals(y, p.fiscalYear());
      assertEquals(RoundingMode.HALF_UP, p.rounding());
      assertFalse(p.unconfirmed().isEmpty(), "every pack lists what could not be confirmed");
    }
    assertTrue(TaxPolicy.forYear(2027).provisional());
    assertFalse(TaxPolicy.forYear(2026).provisional());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaxPolicy.forYear(2019));
    assertTrue(e.getMessage().contains("2024"), e::getMessage);
  }

  @Test
  void thePolicyPackReachesItsYearsTaxRules() {
    assertEquals(2025, PolicyPack.forYear(2025).taxPolicy().orElseThrow().fiscalYear());
  }

  /** PPN: 11 % in 2024, 12 % from 2025 (UU HPP); PTKP TK/0 Rp54 juta, K/3 Rp72 juta (PMK 101/2016). */
  @Test
  void headlineValues() {
    assertEquals(0, new BigDecimal("0.11").compareTo(TaxPolicy.forYear(2024).ppnRate()));
    assertEquals(0, new BigDecimal("0.12").compareTo(TaxPolicy.forYear(2025).ppnRate()));
    assertEquals(0, new BigDecimal("54000000").compareTo(TaxPolicy.forYear(2025).ptkp(PtkpStatus.TK_0)));
    assertEquals(0, new BigDecimal("72000000").compareTo(TaxPolicy.forYear(2025).ptkp(PtkpStatus.K_3)));
    // Pasal 17 (UU HPP): 60 jt × 5 % + 190 jt × 15 % + 250 jt × 25 % = 94.000.000 at PKP 500 jt
    assertEquals(0, new BigDecimal("94000000").compareTo(TaxPolicy.forYear(2025).pasal17(new BigDecimal("500000000"))));
  }

  /** PP 58/2023 Lampiran: 44 rows in category A, 40 in B, 41 in C (125 in all). */
  @Test
  void terTablesHaveTheLampiransRowCounts() throws IOException {
    String json = resource(2025);
    assertEquals(125, json.split("\"upTo\"").length - 1 - 5, "125 TER rows plus 5 Pasal 17 rows");
  }

  @Test
  void missingRateIsRefusedWithItsPath() throws IOException {
    String bad = resource(2025).replaceFirst("\"rate\": \"0.02\",", "");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(bad));
    assertTrue(e.getMessage().contains("tax-test.json") && e.getMessage().contains("$.pph23"), e::getMessage);
  }

  @Test
  void unorderedTerTableIsRefusedWithItsRow() throws IOException {
    String bad = resource(2025).replaceFirst("\"upTo\": \"5950000\"", "\"upTo\": \"5000000\"");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(bad));
    assertTrue(e.getMessage().contains("$.pph21.ter.A[2].upTo"), e::getMessage);
  }

  @Test
  void unknownPurchaseKindIsRefusedWithItsPath() throws IOException {
    String bad = resource(2025).replaceFirst("\"FUEL\"", "\"PETROL\"");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(bad));
    assertTrue(e.getMessage().contains("$.ppn.notCollectedKinds") && e.getMessage().contains("PETROL"), e::getMessage);
  }

  @Test
  void aStatusInNoTerCategoryIsRefused() throws IOException {
    String bad = resource(2025).replaceFirst("\"K/3\"\n      \\]", "]").replaceFirst("\"C\": \\[\\s*]", "\"C\": []");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(bad));
    assertTrue(e.getMessage().contains("K/3"), e::getMessage);
  }

  @Test
  void aRateAboveOneIsRefused() throws IOException {
    String bad = resource(2025).replaceFirst("\"rent\": \"0.10\"", "\"rent\": \"10\"");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(bad));
    assertTrue(e.getMessage().contains("$.pph4ayat2.rent"), e::getMessage);
  }

  @Test
  void unknownFieldIsRefused() throws IOException {
    String bad = resource(2025).replaceFirst("\"provisional\": false", "\"provisional\": false, \"ppnRate\": 1");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(bad));
    assertTrue(e.getMessage().contains("ppnRate"), e::getMessage);
  }

  private static TaxPolicy parse(String json) {
    return TaxPolicy.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "tax-test.json");
  }

  private static String resource(int year) throws IOException {
    try (InputStream in = TaxPolicy.class.getResourceAsStream("/id/smartkampung/core/policy/tax-" + year + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
