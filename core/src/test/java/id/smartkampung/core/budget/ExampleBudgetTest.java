package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The example 2025 APBDes of Desa Sumberagung, Kabupaten Banyuwangi, is realistic and clean. */
class ExampleBudgetTest {
  private final Apbdes example = BudgetJson.example();

  @Test
  void validatesWithoutAnyFindingAgainstThe2025Pack() {
    BudgetValidation v = BudgetValidator.of(PolicyPack.forYear(2025)).validate(example);
    assertEquals(List.of(), v.findings(), "not even a warning");
  }

  @Test
  void balancesExactly() {
    // Permendagri 20/2018: pendapatan - belanja + (penerimaan - pengeluaran pembiayaan) = 0
    assertTrue(example.imbalance().isZero(), Idr.format(example.imbalance()));
    // 60 + 40 (PAD) + 1 271 345 (DD) + 70 250 (PBH) + 811 683,12 (ADD) + 2 400 (bunga) juta... in rupiah:
    assertTrue(example.totalPendapatan().isEqualTo(Idr.of(60_000_000L + 40_000_000L + 1_271_345_000L + 70_250_000L + 811_683_120L + 2_400_000L)));
    assertTrue(example.totalPendapatan().isEqualTo(Idr.of(2_255_678_120L)));
    assertTrue(example.totalBelanja().isEqualTo(Idr.of(2_110_858_120L)));
    // SiLPA 35 180 000 in, penyertaan modal 180 000 000 out
    assertTrue(example.pembiayaanNeto().isEqualTo(Idr.of(35_180_000L - 180_000_000L)));
  }

  @Test
  void isABanyuwangiVillageIn2025() {
    assertEquals(2025, example.fiscalYear());
    assertEquals("Banyuwangi", example.village().kabupaten());
    assertTrue(example.village().code().matches("35\\.10\\.[0-9]{2}\\.[0-9]{4}"), "Banyuwangi is 35.10");
  }

  @Test
  void revenueHasRealisticSizes() {
    // Banyuwangi 2025 (published by the Pemkab, April 2025): Dana Desa Rp750 juta to Rp2,28 miliar, district
    // average about Rp1,27 miliar (Rp239,74 miliar pagu); ADD from Rp749 juta (the lowest) to Rp1,12 miliar (the highest)
    assertBetween(sum(l -> l.account().equals(AccountCode.parse("4.2.1.01"))), 1_200_000_000, 1_350_000_000, "Dana Desa about the district average");
    assertBetween(sum(l -> l.account().equals(AccountCode.parse("4.2.3.01"))), 749_000_000, 1_120_000_000, "ADD within the district's range");
    assertBetween(sum(l -> l.account().startsWith(AccountCode.parse("4.1.1"))), 10_000_000, 200_000_000, "hasil usaha desa (BUMDes, beach tourism)");
    assertBetween(sum(l -> l.account().startsWith(AccountCode.parse("4.2.2"))), 50_000_000, 90_000_000, "PBH");
    assertBetween(sum(l -> l.account().equals(AccountCode.parse("4.1.2.01"))), 30_000_000, 50_000_000, "tanah kas desa");
    assertBetween(sum(l -> l.account().equals(AccountCode.parse("4.3.6.01"))), 1, 5_000_000, "bunga bank");
    assertBetween(sum(l -> l.account().equals(AccountCode.parse("6.1.1.01"))), 25_000_000, 45_000_000, "SiLPA");
  }

  @Test
  void spendsInAllFiveBidang() {
    assertEquals(Set.of("01", "02", "03", "04", "05"), example.belanjaByBidang().keySet());
    example.belanjaByBidang().values().forEach(m -> assertTrue(m.isPositive()));
  }

  @Test
  void siltapAndTunjanganComeFromAddAndMeetTheMinimums() {
    // PP 11/2019 art. 81: siltap from ADD, at least the monthly minimums
    PolicyPack.Siltap rules = PolicyPack.forYear(2025).siltap();
    List<BudgetLine> siltap = example.lines(Section.BELANJA).stream()
        .filter(l -> l.account().startsWith(AccountCode.parse("5.1.1")) || l.account().startsWith(AccountCode.parse("5.1.2")))
        .collect(Collectors.toList());
    assertTrue(siltap.size() >= 4);
    // the Perbup Banyuwangi on siltap (No. 20/2020) could not be read: the example pays exactly the national minimums
    assertEquals(0, number(single("5.1.1.01", "Kepala Desa")).compareTo(yearly(rules, "KEPALA_DESA", 1)), "kepala desa at the minimum");
    siltap.forEach(l -> assertEquals(FundSource.ADD, l.fundSource(), l.description()));
    BigDecimal kades = number(single("5.1.1.01", "Kepala Desa"));
    BigDecimal sekdes = number(single("5.1.2.01", "Sekretaris Desa"));
    BigDecimal perangkat = number(single("5.1.2.01", "11 orang"));
    assertTrue(kades.compareTo(yearly(rules, "KEPALA_DESA", 1)) >= 0, "kepala desa");
    assertTrue(sekdes.compareTo(yearly(rules, "SEKRETARIS_DESA", 1)) >= 0, "sekretaris desa");
    assertEquals(0, sekdes.compareTo(yearly(rules, "SEKRETARIS_DESA", 1)), "sekretaris desa at the minimum");
    assertEquals(0, perangkat.compareTo(yearly(rules, "PERANGKAT_DESA", 11)), "11 perangkat at the minimum");
  }

  @Test
  void hasARealisticStaffAndNeighbourhoodHeads() {
    // 3 Kaur, 3 Kasi, 5 Kepala Dusun besides the Sekretaris Desa; 9 BPD members; 58 RT and 14 RW
    assertTrue(single("5.1.2.01", "11 orang").description().contains("3 Kaur, 3 Kasi dan 5 Kepala Dusun"));
    assertTrue(number(single("5.1.2.02", "12 orang")).compareTo(BigDecimal.valueOf(12L * 400_000 * 12)) == 0, "tunjangan of the 12 perangkat");
    assertTrue(number(single("5.1.4.01", "9 orang")).compareTo(BigDecimal.valueOf(6_300_000L * 12)) == 0, "BPD: 900 + 2 x 750 + 6 x 650 thousand a month");
    assertTrue(number(single("5.2.2.01", "72 orang")).compareTo(BigDecimal.valueOf(72L * 100_000 * 12)) == 0, "58 RT and 14 RW");
  }

  @Test
  void hasTheRoadDrainageAndPosyanduProjectsMostlyFromDanaDesa() {
    BudgetLine road = single("5.3.5.01", "Jalan Rabat Beton Dusun Sumberjo");
    assertEquals(KegiatanCode.parse("02.03.10"), road.kegiatan());
    assertEquals(FundSource.DDS, road.fundSource());
    assertEquals("350 m rabat beton", road.output());
    BudgetLine drainage = single("5.3.7.01", "Drainase");
    assertEquals(KegiatanCode.parse("02.03.15"), drainage.kegiatan());
    assertEquals(FundSource.DDS, drainage.fundSource());
    BudgetLine posyandu = single("5.3.4.01", "Posyandu");
    assertEquals(KegiatanCode.parse("02.02.07"), posyandu.kegiatan());
    Money bidang02 = example.belanjaByBidang().get("02");
    Money bidang02Dds = sum(l -> l.section() == Section.BELANJA && l.kegiatan().bidang() == 2 && FundSource.DDS.equals(l.fundSource()));
    assertTrue(bidang02Dds.multiply(2).isGreaterThan(bidang02), "bidang 02 mostly from DDS");
  }

  @Test
  void danaDesaPrioritiesAndCompositionHaveRealMargins() {
    // Permendes PDT 2/2024, PMK 108/2024, PP 11/2019 art. 100
    BigDecimal dd = number(sum(l -> l.account().equals(AccountCode.parse("4.2.1.01"))));
    BigDecimal blt = number(sum(dds(l -> KegiatanCode.parse("05.03.01").equals(l.kegiatan()))));
    BigDecimal pangan = number(sum(dds(l -> Optional.ofNullable(l.kegiatan()).filter(k -> k.startsWith("04.02") || k.startsWith("04.01")).isPresent()
        || l.account().startsWith(AccountCode.parse("6.2.2")))));
    BigDecimal operasional = number(sum(dds(l -> Optional.ofNullable(l.kegiatan()).filter(k -> k.startsWith("01.01.04") || k.startsWith("01.01.06")).isPresent())));
    assertTrue(blt.signum() > 0 && blt.compareTo(dd.multiply(new BigDecimal("0.15"))) <= 0, "BLT-DD <= 15 %");
    assertTrue(pangan.compareTo(dd.multiply(new BigDecimal("0.20"))) >= 0, "ketahanan pangan >= 20 %");
    assertTrue(operasional.signum() > 0 && operasional.compareTo(dd.multiply(new BigDecimal("0.03"))) <= 0, "operasional <= 3 %");
    BigDecimal capped = number(sum(l -> l.section() == Section.BELANJA
        && (l.account().startsWith(AccountCode.parse("5.1.1")) || l.account().startsWith(AccountCode.parse("5.1.2"))
            || l.account().startsWith(AccountCode.parse("5.1.4")))));
    assertTrue(capped.compareTo(number(example.totalBelanja()).multiply(new BigDecimal("0.30"))) <= 0, "siltap+tunjangan+BPD <= 30 %");
  }

  @Test
  void everyFundSourceSpendsExactlyWhatItBringsIn() {
    assertEquals(
        example.byFundSource(Section.PENDAPATAN).keySet().size() + 1, // + SiLPA
        example.byFundSource(Section.BELANJA).keySet().size());
    for (FundSource f : example.byFundSource(Section.BELANJA).keySet()) {
      Money in = sum(l -> l.section().isInflow() && f.equals(l.fundSource()));
      Money out = sum(l -> !l.section().isInflow() && f.equals(l.fundSource()));
      assertTrue(in.isEqualTo(out), f + ": in " + in + ", out " + out);
    }
  }

  private static Predicate<BudgetLine> dds(Predicate<BudgetLine> p) {
    return l -> FundSource.DDS.equals(l.fundSource()) && !l.section().isInflow() && p.test(l);
  }

  private BudgetLine single(String account, String descriptionPart) {
    List<BudgetLine> found = example.lines().stream()
        .filter(l -> l.account().equals(AccountCode.parse(account)) && l.description().contains(descriptionPart))
        .collect(Collectors.toList());
    assertEquals(1, found.size(), account + " '" + descriptionPart + "'");
    return found.get(0);
  }

  private Money sum(Predicate<BudgetLine> which) {
    return example.lines().stream().filter(which).map(BudgetLine::amount).reduce(Idr.ZERO, Money::add);
  }

  private static BigDecimal yearly(PolicyPack.Siltap rules, String role, int people) {
    return rules.monthlyMinimum().get(role).multiply(BigDecimal.valueOf(12L * people));
  }

  private static BigDecimal number(BudgetLine l) {
    return number(l.amount());
  }

  private static BigDecimal number(Money m) {
    return m.getNumberStripped();
  }

  private static void assertBetween(Money m, long low, long high, String what) {
    assertTrue(m.isGreaterThanOrEqualTo(Idr.of(low)) && m.isLessThanOrEqualTo(Idr.of(high)), what + " " + m);
  }
}
