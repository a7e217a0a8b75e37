package id.smartkampung.core.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the tax determination, each reproduced to the rupiah with its source. Where no
 * published example was found the expected figure is computed by hand from the cited rule (said so).
 */
class TaxDeterminationTest {
  private static final TaxPolicy Y2024 = TaxPolicy.forYear(2024);
  private static final TaxPolicy Y2025 = TaxPolicy.forYear(2025);
  private static final TaxId NPWP = TaxId.npwp("01.234.567.8-901.000");
  private static final Payee PKP_SHOP = Payee.supplier("toko-bangunan", "TB Maju", NPWP, true);
  private static final Payee SMALL_SHOP = Payee.supplier("warung", "Warung Bu Sri", NPWP, false);

  private static Money rp(long rupiah) {
    return Idr.of(rupiah);
  }

  private static void assertRp(long expected, Money actual) {
    assertTrue(actual.isEqualTo(rp(expected)), () -> "expected Rp" + expected + " but was " + Idr.format(actual));
  }

  /** DESIGN §2 and issue 13: Rp8.500.000 (PPN included) to a PKP for materials → PPN 842.342, PPh 22 114.865. */
  @Test
  void materialsFromAPkpDesignExample2024() {
    TaxDetermination t = Y2024.determine(PKP_SHOP, Purchase.of(PurchaseKind.GOODS, rp(8_500_000), LocalDate.of(2024, 5, 6)));
    assertRp(842_342, t.amount(Levy.PPN));
    assertRp(7_657_658, t.priceWithoutPpn());
    assertRp(114_865, t.amount(Levy.PPH_22));
    assertRp(7_657_658, t.line(Levy.PPH_22).orElseThrow().base());
    assertRp(957_207, t.withheld()); // issue 13: "about Rp957.200"
    assertRp(7_542_793, t.netToPayee());
    assertEquals(2, t.lines().size());
  }

  /** The same payment in 2025: 12 % × DPP nilai lain 11/12 (PMK 131/2024 Pasal 3) gives the same PPN. */
  @Test
  void materialsFromAPkp2025UseDppNilaiLain() {
    TaxDetermination t = Y2025.determine(PKP_SHOP, Purchase.of(PurchaseKind.GOODS, rp(8_500_000), LocalDate.of(2025, 5, 6)));
    TaxLine ppn = t.line(Levy.PPN).orElseThrow();
    assertRp(842_342, ppn.amount());
    assertRp(7_019_520, ppn.base()); // 11/12 × 7.657.658 = 7.019.519,83
    assertEquals(0, new BigDecimal("0.12").compareTo(ppn.rate()));
    assertRp(114_865, t.amount(Levy.PPH_22)); // PPh 22 stays on the price, not on the DPP nilai lain
  }

  /**
   * baca.diskusipajak.com "Perhitungan PPN dari Harga Jual Termasuk PPN (DPP Nilai Lain)" (PMK
   * 131/2024): Rp110.000 including PPN → harga jual 99.099,10, DPP 90.840,84, PPN 10.900,90; in whole
   * rupiah (PER-11/PJ/2025 Pasal 129) 99.099, 90.841 and 10.901. (Split, so the treasurer collects it.)
   */
  @Test
  void publishedDppNilaiLainExample2025() {
    TaxDetermination t = Y2025.determine(PKP_SHOP, Purchase.of(PurchaseKind.GOODS, rp(110_000), LocalDate.of(2025, 2, 3)).asSplit());
    assertRp(99_099, t.priceWithoutPpn());
    TaxLine ppn = t.line(Levy.PPN).orElseThrow();
    assertRp(10_901, ppn.amount());
    assertRp(90_841, ppn.base());
  }

  /**
   * idntimes.com "Skema dan cara menghitung PPN 12 persen": a computer sold for Rp20 juta (non-luxury,
   * January 2025) → PPN = 12 % × (11/12 × Rp20 juta) = Rp2,2 juta. Paid with its PPN: Rp22.200.000.
   */
  @Test
  void publishedNonLuxuryPpnExample2025() {
    TaxDetermination t = Y2025.determine(PKP_SHOP, Purchase.of(PurchaseKind.GOODS, rp(22_200_000), LocalDate.of(2025, 1, 5)));
    assertRp(20_000_000, t.priceWithoutPpn());
    assertRp(2_200_000, t.amount(Levy.PPN));
    assertRp(18_333_333, t.line(Levy.PPN).orElseThrow().base());
    assertRp(300_000, t.amount(Levy.PPH_22));
  }

  /**
   * pdfcoffee.com "Contoh soal PPh Pasal 22" (2016, PPN 10 %): Contoh 1, a Dinas buys furniture for
   * Rp220.000.000 including PPN → DPP 200.000.000, PPh 22 Rp3.000.000; Contoh 2, ATK for Rp2.100.000
   * including PPN → DPP 1.909.090 (the page truncates; 1.909.091 half up) ≤ Rp2.000.000 → no PPh 22.
   * Reproduced with the 2024 rules loaded as a district pack with the 2016 PPN rate of 10 %.
   */
  @Test
  void publishedPph22Examples2016WithTenPercentPpn() throws Exception {
    String json;
    try (var in = TaxPolicy.class.getResourceAsStream("/id/smartkampung/core/policy/tax-2024.json")) {
      json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceFirst("\"rate\": \"0.11\"", "\"rate\": \"0.10\"");
    }
    TaxPolicy ppn10 = TaxPolicy.parse(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "ppn-10.json");
    Payee furniture = Payee.supplier("perdana", "Perdana Furniture", NPWP, true);
    TaxDetermination c1 = ppn10.determine(furniture, Purchase.of(PurchaseKind.GOODS, rp(220_000_000), LocalDate.of(2024, 4, 1)));
    assertRp(200_000_000, c1.priceWithoutPpn());
    assertRp(20_000_000, c1.amount(Levy.PPN));
    assertRp(3_000_000, c1.amount(Levy.PPH_22));
    TaxDetermination c2 = ppn10.determine(furniture, Purchase.of(PurchaseKind.GOODS, rp(2_100_000), LocalDate.of(2024, 7, 10)));
    assertRp(1_909_091, c2.priceWithoutPpn());
    assertTrue(c2.line(Levy.PPH_22).isEmpty());
  }

  /** The old computation (gross × 11 % + gross × 1.5 %) took Rp1.062.500 here: the supplier was short-paid. */
  @Test
  void theOldFlatComputationWithheldTooMuch() {
    TaxDetermination t = Y2024.determine(PKP_SHOP, Purchase.of(PurchaseKind.GOODS, rp(8_500_000), LocalDate.of(2024, 5, 6)));
    assertTrue(t.withheld().isLessThan(rp(1_062_500)));
  }

  /** A non-PKP shop charges no PPN: PPh 22 is 1.5 % of the whole payment (pajak.go.id 3.3.2). */
  @Test
  void goodsFromANonPkpShop() {
    TaxDetermination t = Y2025.determine(SMALL_SHOP, Purchase.of(PurchaseKind.GOODS, rp(8_500_000), LocalDate.of(2025, 3, 3)));
    assertTrue(t.line(Levy.PPN).isEmpty());
    assertRp(127_500, t.amount(Levy.PPH_22));
  }

  /** Without NPWP PPh 22 is 100 % higher (UU PPh Pasal 22 ayat (3)): 3 %. */
  @Test
  void goodsWithoutNpwpPayDoublePph22() {
    Payee noId = Payee.supplier("pengrajin", "Pak Ahmad", TaxId.none(), false);
    TaxDetermination t = Y2025.determine(noId, Purchase.of(PurchaseKind.GOODS, rp(3_000_000), LocalDate.of(2025, 3, 3)));
    assertRp(90_000, t.amount(Levy.PPH_22));
    assertEquals(0, new BigDecimal("0.03").compareTo(t.line(Levy.PPH_22).orElseThrow().rate()));
  }

  /** An activated NIK counts as NPWP (PMK 112/2022): the normal rate. */
  @Test
  void aNikCountsAsNpwp() {
    Payee nik = Payee.supplier("pengrajin", "Pak Ahmad", TaxId.nik("3301010101010001"), false);
    assertRp(45_000, Y2025.determine(nik, Purchase.of(PurchaseKind.GOODS, rp(3_000_000), LocalDate.of(2025, 3, 3))).amount(Levy.PPH_22));
  }

  /** Small unsplit purchases: no PPN collected, no PPh 22, when the price without PPN is at most Rp2.000.000 (PMK 59/2022, PMK 34/2017). */
  @Test
  void smallUnsplitPurchasesAreExemptButSplitOnesAreNot() {
    Purchase small = Purchase.of(PurchaseKind.GOODS, rp(2_220_000), LocalDate.of(2024, 8, 1)); // price 2.000.000
    TaxDetermination t = Y2024.determine(PKP_SHOP, small);
    assertRp(2_000_000, t.priceWithoutPpn());
    assertTrue(t.lines().isEmpty(), t::toString);
    TaxDetermination split = Y2024.determine(PKP_SHOP, small.asSplit());
    assertRp(220_000, split.amount(Levy.PPN));
    assertRp(30_000, split.amount(Levy.PPH_22));
    TaxDetermination justAbove = Y2024.determine(PKP_SHOP, Purchase.of(PurchaseKind.GOODS, rp(2_220_002), LocalDate.of(2024, 8, 1)));
    assertEquals(2, justAbove.lines().size(), justAbove::toString);
  }

  /** Fuel, electricity, PDAM water, postal items: no PPh 22 and no PPN collected (pajak.go.id 3.3.2). */
  @Test
  void exemptKindsBearNoTax() {
    for (PurchaseKind k : Set.of(PurchaseKind.FUEL, PurchaseKind.ELECTRICITY, PurchaseKind.PDAM_WATER, PurchaseKind.POSTAL)) {
      TaxDetermination t = Y2025.determine(PKP_SHOP, Purchase.of(k, rp(9_000_000), LocalDate.of(2025, 2, 2)).asSplit());
      assertTrue(t.lines().isEmpty(), t::toString);
      assertRp(9_000_000, t.netToPayee());
    }
  }

  /** Services from a PKP: PPN 11/111 and PPh 23 2 % of the price without PPN (UU PPh Pasal 23). Hand-computed. */
  @Test
  void servicesFromAPkp() {
    TaxDetermination t = Y2025.determine(PKP_SHOP, Purchase.of(PurchaseKind.SERVICES, rp(5_550_000), LocalDate.of(2025, 4, 1)));
    assertRp(550_000, t.amount(Levy.PPN));
    assertRp(100_000, t.amount(Levy.PPH_23));
    Payee noId = Payee.supplier("bengkel", "Bengkel", TaxId.none(), false);
    assertRp(200_000, Y2025.determine(noId, Purchase.of(PurchaseKind.SERVICES, rp(5_000_000), LocalDate.of(2025, 4, 1))).amount(Levy.PPH_23));
  }

  /** Construction by a contractor with a small-qualification SBU: PPh 4(2) final 1.75 % (PP 9/2022). Hand-computed. */
  @Test
  void constructionByQualification() {
    Payee cv = Payee.contractor("cv-karya", "CV Karya", NPWP, true, ConstructionCertificate.SMALL_QUALIFICATION);
    TaxDetermination t = Y2025.determine(cv, Purchase.of(PurchaseKind.CONSTRUCTION_WORK, rp(111_000_000), LocalDate.of(2025, 9, 1)));
    assertRp(11_000_000, t.amount(Levy.PPN));
    assertRp(1_750_000, t.amount(Levy.PPH_4_2));
    Payee none = Payee.contractor("mandor", "Pak Mandor", NPWP, false, ConstructionCertificate.NONE);
    assertRp(4_000_000, Y2025.determine(none, Purchase.of(PurchaseKind.CONSTRUCTION_WORK, rp(100_000_000), LocalDate.of(2025, 9, 1))).amount(Levy.PPH_4_2));
    Payee big = Payee.contractor("pt-besar", "PT Besar", NPWP, false, ConstructionCertificate.OTHER_QUALIFICATION);
    assertRp(2_650_000, Y2025.determine(big, Purchase.of(PurchaseKind.CONSTRUCTION_WORK, rp(100_000_000), LocalDate.of(2025, 9, 1))).amount(Levy.PPH_4_2));
    assertRp(6_000_000, Y2025.determine(none, Purchase.of(PurchaseKind.CONSTRUCTION_CONSULTANCY, rp(100_000_000), LocalDate.of(2025, 9, 1))).amount(Levy.PPH_4_2));
  }

  /** Rent of a building: PPh 4(2) final 10 % of the gross rent (PP 34/2017). Hand-computed. */
  @Test
  void rentOfABuilding() {
    Payee owner = Payee.landlord("pemilik", "Bu Ani", TaxId.none(), false);
    assertRp(1_000_000, Y2025.determine(owner, Purchase.of(PurchaseKind.RENT_LAND_BUILDING, rp(10_000_000), LocalDate.of(2025, 1, 9))).amount(Levy.PPH_4_2));
  }

  /** DESIGN §2: a siltap of Rp3.000.000 for TK/0 is taxed 0 by TER (category A is 0 % up to Rp5.400.000, PP 58/2023). */
  @Test
  void siltapBelowTerThresholdIsTaxedZero() {
    Payee kades = Payee.villageOfficial("kades", "Kepala Desa", NPWP, PtkpStatus.TK_0, false);
    TaxDetermination t = Y2025.determine(kades, Purchase.of(PurchaseKind.SILTAP_TUNJANGAN, rp(3_000_000), LocalDate.of(2025, 3, 25)));
    TaxLine l = t.line(Levy.PPH_21).orElseThrow();
    assertRp(0, l.amount());
    assertEquals(0, l.rate().signum());
    assertRp(3_000_000, t.netToPayee());
  }

  /** TER category A boundaries (PP 58/2023 Lampiran): 5.400.000 → 0 %, 5.400.001 → 0,25 %. */
  @Test
  void terBoundaries() {
    assertEquals(0, Y2025.terRate(PtkpStatus.TK_0, new BigDecimal("5400000")).signum());
    assertEquals(0, new BigDecimal("0.0025").compareTo(Y2025.terRate(PtkpStatus.K_0, new BigDecimal("5400001"))));
    assertEquals(0, new BigDecimal("0.34").compareTo(Y2025.terRate(PtkpStatus.TK_1, new BigDecimal("1400000001"))));
    assertEquals(0, Y2025.terRate(PtkpStatus.K_3, new BigDecimal("6600000")).signum());
    assertEquals(0, new BigDecimal("0.0025").compareTo(Y2025.terRate(PtkpStatus.K_3, new BigDecimal("6600001"))));
    assertEquals("B", Y2025.terCategory(PtkpStatus.TK_2));
  }

  /**
   * gajian (glama.ai/mcp/servers/naufaljct48/gajian): gross Rp10.454.000, K/1, June 2025 → TER
   * category B 1,5 % → PPh 21 Rp156.810.
   */
  @Test
  void terCategoryBPublishedPayslip() {
    Payee sekdes = Payee.villageOfficial("sekdes", "Sekretaris Desa", NPWP, PtkpStatus.K_1, false);
    TaxDetermination t = Y2025.determine(sekdes, Purchase.of(PurchaseKind.SILTAP_TUNJANGAN, rp(10_454_000), LocalDate.of(2025, 6, 25)));
    assertRp(156_810, t.amount(Levy.PPH_21));
  }

  /** Without NPWP PPh 21 is 20 % higher (UU PPh Pasal 21 ayat (5a)). Hand-computed: 10.454.000 × 1,5 % × 1,2. */
  @Test
  void terWithoutNpwpIsTwentyPercentHigher() {
    Payee sekdes = Payee.villageOfficial("sekdes", "Sekretaris Desa", TaxId.none(), PtkpStatus.K_1, false);
    assertRp(188_172, Y2025.determine(sekdes, Purchase.of(PurchaseKind.SILTAP_TUNJANGAN, rp(10_454_000), LocalDate.of(2025, 6, 25))).amount(Levy.PPH_21));
  }

  /** A second payment in the month is taxed on the month's total at its TER row, less what was withheld. Hand-computed. */
  @Test
  void secondPaymentInAMonthUsesTheMonthsTotal() {
    Payee kaur = Payee.villageOfficial("kaur", "Kaur", NPWP, PtkpStatus.TK_0, false);
    IncomeToDate e = new IncomeToDate(rp(5_000_000), rp(0), rp(5_000_000), rp(0), 12);
    TaxDetermination t = Y2025.determine(kaur, Purchase.of(PurchaseKind.HONORARIUM, rp(1_000_000), LocalDate.of(2025, 7, 30)).withEarlier(e));
    // month total 6.000.000 → category A 0,75 % → 45.000, nothing withheld yet this month
    assertRp(45_000, t.amount(Levy.PPH_21));
    assertRp(6_000_000, t.line(Levy.PPH_21).orElseThrow().base());
  }

  /**
   * December reconciliation (PP 58/2023, PMK 168/2023; Pasal 17 UU HPP). Hand-computed: TK/0, Rp6.000.000 a
   * month; Jan–Nov TER A 0,75 % = 45.000 × 11 = 495.000; year 72.000.000 − biaya jabatan 3.600.000 − PTKP
   * 54.000.000 = PKP 14.400.000 × 5 % = 720.000; December 720.000 − 495.000 = 225.000.
   */
  @Test
  void decemberReconcilesTheYear() {
    Payee kaur = Payee.villageOfficial("kaur", "Kaur", NPWP, PtkpStatus.TK_0, false);
    Money withheld = rp(0);
    for (int m = 1; m <= 11; m++) {
      IncomeToDate e = new IncomeToDate(rp(0), rp(0), rp(6_000_000L * (m - 1)), withheld, 12);
      TaxDetermination t = Y2025.determine(kaur, Purchase.of(PurchaseKind.SILTAP_TUNJANGAN, rp(6_000_000), LocalDate.of(2025, m, 25)).withEarlier(e));
      assertRp(45_000, t.amount(Levy.PPH_21));
      withheld = withheld.add(t.amount(Levy.PPH_21));
    }
    IncomeToDate e = new IncomeToDate(rp(0), rp(0), rp(66_000_000), withheld, 12);
    TaxDetermination dec = Y2025.determine(kaur, Purchase.of(PurchaseKind.SILTAP_TUNJANGAN, rp(6_000_000), LocalDate.of(2025, 12, 20)).withEarlier(e));
    assertRp(225_000, dec.amount(Levy.PPH_21));
    assertRp(14_400_000, dec.line(Levy.PPH_21).orElseThrow().base());
    assertRp(0, dec.refundDue());
  }

  /** The same year chained by {@link IncomeToDate#from}: each month's determination feeds the next. */
  @Test
  void incomeToDateChainsAYear() {
    Payee kaur = Payee.villageOfficial("kaur", "Kaur", NPWP, PtkpStatus.TK_0, false);
    java.util.List<TaxDetermination> year = new java.util.ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      LocalDate d = LocalDate.of(2025, m, 25);
      year.add(Y2025.determine(kaur, Purchase.of(PurchaseKind.SILTAP_TUNJANGAN, rp(6_000_000), d).withEarlier(IncomeToDate.from(year, d))));
    }
    assertRp(225_000, year.get(11).amount(Levy.PPH_21));
    assertRp(720_000, year.stream().map(t -> t.amount(Levy.PPH_21)).reduce(rp(0), Money::add));
  }

  /** December finds over-withholding: no negative line, the refund is reported. Hand-computed. */
  @Test
  void decemberReportsARefundWhenTooMuchWasWithheld() {
    Payee kaur = Payee.villageOfficial("kaur", "Kaur", NPWP, PtkpStatus.TK_0, false);
    IncomeToDate e = new IncomeToDate(rp(0), rp(0), rp(33_000_000), rp(100_000), 12);
    TaxDetermination dec = Y2025.determine(kaur, Purchase.of(PurchaseKind.SILTAP_TUNJANGAN, rp(3_000_000), LocalDate.of(2025, 12, 20)).withEarlier(e));
    assertRp(0, dec.amount(Levy.PPH_21));
    assertRp(100_000, dec.refundDue()); // 36 juta a year is below PTKP: the year's tax is 0
  }

  /** Non-employees: Pasal 17 on 50 % of the gross (PMK 168/2023). Hand-computed: 1.000.000 × 50 % × 5 %. */
  @Test
  void rtRwIncentiveAsNonEmployee() {
    Payee rt = Payee.nonEmployee("rt-01", "Ketua RT 01", NPWP);
    assertRp(25_000, Y2025.determine(rt, Purchase.of(PurchaseKind.HONORARIUM, rp(1_000_000), LocalDate.of(2025, 6, 1))).amount(Levy.PPH_21));
    Payee kader = Payee.nonEmployee("kader", "Kader Posyandu", TaxId.none());
    assertRp(30_000, Y2025.determine(kader, Purchase.of(PurchaseKind.HONORARIUM, rp(1_000_000), LocalDate.of(2025, 6, 1))).amount(Levy.PPH_21));
  }

  /** A non-employee's base accumulates over the year: the 15 % bracket starts at Rp60 juta of the 50 % base. Hand-computed. */
  @Test
  void nonEmployeeCumulativeCrossesABracket() {
    Payee tpk = Payee.nonEmployee("tpk", "Ketua TPK", NPWP);
    IncomeToDate e = new IncomeToDate(rp(0), rp(0), rp(118_000_000), rp(0), 12); // 59.000.000 of base so far
    TaxDetermination t = Y2025.determine(tpk, Purchase.of(PurchaseKind.HONORARIUM, rp(4_000_000), LocalDate.of(2025, 11, 1)).withEarlier(e));
    // base 2.000.000: 1.000.000 at 5 % + 1.000.000 at 15 % = 200.000
    assertRp(200_000, t.amount(Levy.PPH_21));
  }

  /** Civil servants' honoraria are final by golongan (PP 80/2010 Pasal 4): III 5 %, IV 15 %, I–II 0 %. */
  @Test
  void civilServantHonorariaByGolongan() {
    Purchase hon = Purchase.of(PurchaseKind.HONORARIUM, rp(1_000_000), LocalDate.of(2025, 6, 1));
    assertRp(50_000, Y2025.determine(Payee.civilServant("pns3", "Narasumber", NPWP, Golongan.III), hon).amount(Levy.PPH_21));
    assertRp(150_000, Y2025.determine(Payee.civilServant("pns4", "Camat", NPWP, Golongan.parse("IV/b")), hon).amount(Levy.PPH_21));
    assertRp(0, Y2025.determine(Payee.civilServant("pns2", "Staf", NPWP, Golongan.II), hon).amount(Levy.PPH_21));
  }

  /** The employee's BPJS Kesehatan share, 1 % of siltap (Perpres 75/2019 Pasal 30), is a PFK line, not a tax. */
  @Test
  void bpjsKesehatanIsAPfkLine() {
    Payee kades = Payee.villageOfficial("kades", "Kepala Desa", NPWP, PtkpStatus.K_2, true);
    TaxDetermination t = Y2025.determine(kades, Purchase.of(PurchaseKind.SILTAP_TUNJANGAN, rp(3_500_000), LocalDate.of(2025, 1, 25)));
    TaxLine b = t.line(Levy.BPJS_KESEHATAN).orElseThrow();
    assertRp(35_000, b.amount());
    assertFalse(b.levy().isTax());
    assertRp(35_000, t.withheld());
  }

  /** PMK 81/2024 Pasal 94 and 100: the 15th of the next month, moved past Saturdays, Sundays and holidays. */
  @Test
  void dueDatesMovePastNonWorkingDays() {
    assertEquals(LocalDate.of(2025, 2, 17), Y2025.dueDate(Levy.PPH_22, YearMonth.of(2025, 1))); // 15 Feb 2025 is a Saturday
    assertEquals(LocalDate.of(2025, 4, 15), Y2025.dueDate(Levy.PPN, YearMonth.of(2025, 3)));
    assertEquals(LocalDate.of(2025, 4, 16), Y2025.dueDate(Levy.PPN, YearMonth.of(2025, 3), d -> d.equals(LocalDate.of(2025, 4, 15))));
    assertEquals(LocalDate.of(2026, 1, 15), Y2025.dueDate(Levy.PPH_21, YearMonth.of(2025, 12)));
    assertEquals(LocalDate.of(2024, 2, 12), Y2024.dueDate(Levy.PPH_23, YearMonth.of(2024, 1))); // 2024: the 10th (PMK 242/2014); a Saturday
  }

  @Test
  void mismatchedPayeeAndKindIsRefusedNamingBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Y2025.determine(PKP_SHOP, Purchase.of(PurchaseKind.SILTAP_TUNJANGAN, rp(1_000_000), LocalDate.of(2025, 1, 1))));
    assertTrue(e.getMessage().contains("toko-bangunan") && e.getMessage().contains("SILTAP_TUNJANGAN"), e::getMessage);
    e = assertThrows(IllegalArgumentException.class,
        () -> Y2025.determine(PKP_SHOP, Purchase.of(PurchaseKind.CONSTRUCTION_WORK, rp(1_000_000), LocalDate.of(2025, 1, 1))));
    assertTrue(e.getMessage().contains("contractor"), e::getMessage);
    e = assertThrows(IllegalArgumentException.class,
        () -> Y2025.determine(PKP_SHOP, Purchase.of(PurchaseKind.GOODS, rp(1_000_000), LocalDate.of(2024, 12, 31))));
    assertTrue(e.getMessage().contains("outside fiscal year 2025"), e::getMessage);
  }

  @Test
  void taxIdsAreMaskedInText() {
    assertEquals("***********1000", NPWP.masked());
    assertFalse(PKP_SHOP.toString().contains("012345678"), PKP_SHOP::toString);
    assertThrows(IllegalArgumentException.class, () -> TaxId.nik("123"));
  }
}
