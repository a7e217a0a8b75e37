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
  // PP 58/2023 Lampiran as transcribed independently of the pack ("terPph21[HRStaff].ts", a payroll
  // module quoting the Lampiran of PMK 168/2023 and PP 58/2023): lower bound of each row and its rate.
  private static final long[] LOWER_A = {
    0L, 5400001L, 5650001L, 5950001L, 6300001L, 6750001L, 7500001L, 8550001L, 9650001L, 10050001L, 10350001L,
    10700001L, 11050001L, 11600001L, 12500001L, 13750001L, 15100001L, 16950001L, 19750001L, 24150001L, 26450001L,
    28000001L, 30050001L, 32400001L, 35400001L, 39100001L, 43850001L, 47800001L, 51400001L, 56300001L, 62200001L,
    68600001L, 77500001L, 89000001L, 103000001L, 125000001L, 157000001L, 206000001L, 337000001L, 454000001L,
    550000001L, 695000001L, 910000001L, 1400000001L
  };
  private static final String[] RATE_A = {
    "0", "0.0025", "0.005", "0.0075", "0.01", "0.0125", "0.015", "0.0175", "0.02", "0.0225", "0.025", "0.03",
    "0.035", "0.04", "0.05", "0.06", "0.07", "0.08", "0.09", "0.10", "0.11", "0.12", "0.13", "0.14", "0.15",
    "0.16", "0.17", "0.18", "0.19", "0.20", "0.21", "0.22", "0.23", "0.24", "0.25", "0.26", "0.27", "0.28",
    "0.29", "0.30", "0.31", "0.32", "0.33", "0.34"
  };
  private static final long[] LOWER_B = {
    0L, 6200001L, 6500001L, 6850001L, 7300001L, 9200001L, 10750001L, 11250001L, 11600001L, 12600001L, 13600001L,
    14950001L, 16400001L, 18450001L, 21850001L, 26000001L, 27700001L, 29350001L, 31450001L, 33950001L, 37100001L,
    41100001L, 45800001L, 49500001L, 53800001L, 58500001L, 64000001L, 71000001L, 80000001L, 93000001L, 109000001L,
    129000001L, 163000001L, 211000001L, 374000001L, 459000001L, 555000001L, 704000001L, 957000001L, 1405000001L
  };
  private static final String[] RATE_B = {
    "0", "0.0025", "0.005", "0.0075", "0.01", "0.015", "0.02", "0.025", "0.03", "0.04", "0.05", "0.06", "0.07",
    "0.08", "0.09", "0.10", "0.11", "0.12", "0.13", "0.14", "0.15", "0.16", "0.17", "0.18", "0.19", "0.20",
    "0.21", "0.22", "0.23", "0.24", "0.25", "0.26", "0.27", "0.28", "0.29", "0.30", "0.31", "0.32", "0.33", "0.34"
  };
  private static final long[] LOWER_C = {
    0L, 6600001L, 6950001L, 7350001L, 7800001L, 8850001L, 9800001L, 10950001L, 11200001L, 12050001L, 12950001L,
    14150001L, 15550001L, 17050001L, 19500001L, 22700001L, 26600001L, 28100001L, 30100001L, 32600001L, 35400001L,
    38900001L, 43000001L, 47400001L, 51200001L, 55800001L, 60400001L, 66700001L, 74500001L, 83200001L, 95600001L,
    110000001L, 134000001L, 169000001L, 221000001L, 390000001L, 463000001L, 561000001L, 709000001L, 965000001L,
    1419000001L
  };
  private static final String[] RATE_C = {
    "0", "0.0025", "0.005", "0.0075", "0.01", "0.0125", "0.015", "0.0175", "0.02", "0.03", "0.04", "0.05", "0.06",
    "0.07", "0.08", "0.09", "0.10", "0.11", "0.12", "0.13", "0.14", "0.15", "0.16", "0.17", "0.18", "0.19",
    "0.20", "0.21", "0.22", "0.23", "0.24", "0.25", "0.26", "0.27", "0.28", "0.29", "0.30", "0.31", "0.32",
    "0.33", "0.34"
  };

  /** Every TER row of every shipped year equals the independent transcription: its lower bound, the bound before it, and its rate. */
  @Test
  void terTablesEqualTheLampiranRowByRow() {
    for (int y : TaxPolicy.shippedYears()) {
      TaxPolicy p = TaxPolicy.forYear(y);
      check(p, PtkpStatus.TK_0, LOWER_A, RATE_A);
      check(p, PtkpStatus.K_1, LOWER_B, RATE_B);
      check(p, PtkpStatus.K_3, LOWER_C, RATE_C);
    }
  }

  private static void check(TaxPolicy p, PtkpStatus s, long[] lower, String[] rate) {
    for (int i = 0; i < lower.length; i++) {
      BigDecimal r = new BigDecimal(rate[i]);
      String at = p.fiscalYear() + " " + s.label() + " row " + i;
      assertEquals(0, r.compareTo(p.terRate(s, BigDecimal.valueOf(lower[i]))), at);
      if (i > 0) {
        assertEquals(0, new BigDecimal(rate[i - 1]).compareTo(p.terRate(s, BigDecimal.valueOf(lower[i] - 1))), at + " (bound before)");
      }
    }
    assertEquals(0, new BigDecimal(rate[lower.length - 1]).compareTo(p.terRate(s, BigDecimal.valueOf(Long.MAX_VALUE))));
  }

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
