package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FocusTag;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The example 2026 APBDes of Desa Sumberagung: the KDMP part of Dana Desa (PMK 7/2026), clean under the 2026 pack. */
class Example2026BudgetTest {
  private final Apbdes example = BudgetJson.example(2026);
  private final PolicyPack pack = PolicyPack.forYear(2026);

  @Test
  void validatesWithoutAnyFindingAgainstThe2026Pack() {
    assertEquals(List.of(), BudgetValidator.of(pack).validate(example).findings(), "not even a warning");
  }

  @Test
  void theJsonAndTheCsvHoldTheSameBudget() throws Exception {
    try (InputStream in = BudgetJson.class.getResourceAsStream("example-banyuwangi-2026.csv")) {
      Apbdes csv = BudgetCsv.read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), "example-banyuwangi-2026.csv", example.village(), 2026);
      assertEquals(BudgetCsv.toCsv(example), BudgetCsv.toCsv(csv));
    }
  }

  @Test
  void balancesExactly() {
    assertTrue(example.imbalance().isZero(), Idr.format(example.imbalance()));
    assertTrue(example.totalPendapatan().isEqualTo(Idr.of(2_399_333_120L)), Idr.format(example.totalPendapatan()));
    assertTrue(example.totalBelanja().isEqualTo(Idr.of(1_687_352_120L)), Idr.format(example.totalBelanja()));
    // SiLPA of Dana Desa 25 000 000 in, KDMP 736 981 000 out
    assertTrue(example.pembiayaanNeto().isEqualTo(Idr.of(25_000_000L - 736_981_000L)), Idr.format(example.pembiayaanNeto()));
  }

  @Test
  void danaDesaIsSplitRegularAndKdmpPerPmk7Of2026() {
    // PMK 7/2026 pasal 15 ayat (3): 58,03 % of the pagu for KDMP, outside the village treasury (pasal 26)
    BigDecimal pagu = number(sum(l -> l.account().equals(AccountCode.parse("4.2.1.01"))));
    assertEquals(0, pagu.compareTo(BigDecimal.valueOf(1_270_000_000L)));
    PolicyPack.DanaDesaPart kdmp = pack.danaDesaParts().stream().filter(p -> p.code().equals("KDMP")).findFirst().orElseThrow();
    assertEquals(0, new BigDecimal("0.5803").compareTo(kdmp.share()));
    List<BudgetLine> outflow = example.lines(Section.PEMBIAYAAN_PENGELUARAN).stream().filter(l -> l.account().startsWith(AccountCode.parse("6.2.9"))).toList();
    assertEquals(1, outflow.size());
    BudgetLine k = outflow.get(0);
    assertEquals(FundSource.DDS, k.fundSource());
    assertEquals(FocusTag.parse("KDMP"), k.focus());
    BigDecimal expected = pagu.multiply(kdmp.share()).setScale(0, RoundingMode.FLOOR);
    assertEquals(0, expected.compareTo(number(k.amount())), "58,03 % of Rp1.270.000.000 = Rp736.981.000");
    // the regular part (and the 2025 SiLPA of Dana Desa) pays the tagged Dana Desa belanja, to the rupiah
    BigDecimal regular = pagu.subtract(expected);
    assertEquals(0, regular.compareTo(BigDecimal.valueOf(533_019_000L)));
    BigDecimal silpaDds = number(sum(l -> l.section() == Section.PEMBIAYAAN_PENERIMAAN && FundSource.DDS.equals(l.fundSource())));
    BigDecimal ddsBelanja = number(sum(l -> l.section() == Section.BELANJA && FundSource.DDS.equals(l.fundSource())));
    assertEquals(0, regular.add(silpaDds).compareTo(ddsBelanja));
    example.lines(Section.BELANJA).stream().filter(l -> FundSource.DDS.equals(l.fundSource()))
        .forEach(l -> assertTrue(l.focus() != null, "every Dana Desa line is tagged: " + l.description()));
  }

  @Test
  void operationsWithinThreePercentOfThePaguLessKdmp() {
    // Permendesa PDT 16/2025 pasal 2 ayat (3)
    BigDecimal ops = number(sum(l -> l.section() == Section.BELANJA && FocusTag.parse("OPERASIONAL").equals(l.focus())));
    assertTrue(ops.signum() > 0 && ops.compareTo(new BigDecimal("533019000").multiply(new BigDecimal("0.03"))) <= 0, ops.toPlainString());
  }

  @Test
  void theKdmpSupportIsNotInTheOriginalBudget() {
    // Permendesa PDT 16/2025 pasal 2 ayat (1) huruf e: support for KDMP is budgeted in the APBDes perubahan after the KDMP distribution
    assertTrue(example.lines(Section.BELANJA).stream().noneMatch(l -> FocusTag.parse("KDMP").equals(l.focus())));
  }

  @Test
  void sameVillageAsTheYearBefore() {
    assertEquals(BudgetJson.example(2025).village(), example.village());
    assertEquals(2026, example.fiscalYear());
    assertEquals(BudgetJson.example(), BudgetJson.example(2025));
    assertThrows(IllegalArgumentException.class, () -> BudgetJson.example(2024));
  }

  private Money sum(Predicate<BudgetLine> which) {
    return example.lines().stream().filter(which).map(BudgetLine::amount).reduce(Idr.ZERO, Money::add);
  }

  private static BigDecimal number(Money m) {
    return m.getNumberStripped();
  }
}
