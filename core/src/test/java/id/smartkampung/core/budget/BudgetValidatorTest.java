package id.smartkampung.core.budget;

import static id.smartkampung.core.budget.ExampleBudget.kemiren;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One example per rule of {@link BudgetValidator}, with the regulation it rests on. */
class BudgetValidatorTest {

  private static Set<Rule> rules(BudgetValidation v) {
    return v.findings().stream().map(Finding::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
  }

  private static Finding only(BudgetValidation v) {
    assertEquals(1, v.findings().size(), v.findings()::toString);
    return v.findings().get(0);
  }

  @Test
  void theExampleBudgetIsCleanIn2024And2025() {
    assertEquals(List.of(), BudgetValidator.check(kemiren().build(2025)).findings());
    assertEquals(List.of(), BudgetValidator.check(kemiren().build(2024)).findings());
  }

  // ---------------------------------------------------------------- I1 amounts (Permendagri 20/2018; ISO 4217)

  @Test
  void i1_aNegativeBudgetLineIsAnErrorAtItsAmount() {
    ExampleBudget e = kemiren();
    e.drainase = -50_000_000L;
    e.pbh = -50_000_000L; // keeps balance and PBH's cover, so only the sign is wrong
    Apbdes b = e.build();
    BudgetValidation v = BudgetValidator.check(b);
    assertEquals(EnumSet.of(Rule.AMOUNT_NEGATIVE), rules(v));
    assertEquals(2, v.errors().size());
    assertTrue(v.findings().stream().anyMatch(f -> f.path().equals("$.lines[" + ExampleBudget.indexOf(b, "Saluran drainase") + "].amount")));
  }

  @Test
  void i1_aZeroLineIsReal_fundedOnlyAfterARevision() {
    ExampleBudget e = kemiren();
    e.drainase = 0;
    e.pbh = 0;
    assertEquals(List.of(), BudgetValidator.check(e.build()).findings());
  }

  @Test
  void i1_aThirdDecimalIsAnError_rupiahIsExactToTheSen() {
    ExampleBudget e = kemiren();
    e.extra.add(BudgetLine.belanja(ExampleBudget.DRAINASE, AccountCode.parse("5.3.7.01"), FundSource.PBH, "Gorong-gorong", Idr.of(new BigDecimal("0.005"))));
    e.extra.add(BudgetLine.pendapatan(AccountCode.parse("4.2.2.01"), FundSource.PBH, "Bagi hasil tambahan", Idr.of(new BigDecimal("0.005"))));
    BudgetValidation v = BudgetValidator.check(e.build());
    assertEquals(EnumSet.of(Rule.AMOUNT_PRECISION), rules(v));
    assertEquals(2, v.findings().size());
  }

  @Test
  void i1_trailingZerosAreNotAThirdDecimal() {
    ExampleBudget e = kemiren();
    e.extra.add(BudgetLine.belanja(ExampleBudget.DRAINASE, AccountCode.parse("5.3.7.01"), FundSource.PBH, "Gorong-gorong", Idr.of(new BigDecimal("0.000"))));
    assertEquals(List.of(), BudgetValidator.check(e.build()).findings());
  }

  @Test
  void i1_anAmountInAnotherCurrencyIsAnError() {
    ExampleBudget e = kemiren();
    e.extra.add(BudgetLine.belanja(ExampleBudget.DRAINASE, AccountCode.parse("5.3.7.01"), FundSource.PBH, "Pompa air", Money.of(0, "USD")));
    assertEquals(Rule.AMOUNT_CURRENCY, only(BudgetValidator.check(e.build())).rule());
  }

  // ---------------------------------------------------------------- I2 codes (Permendagri 20/2018 Bagan Akun Standar)

  @Test
  void i2_anUnknownAccountIsAnErrorAtTheAccount() {
    ExampleBudget e = kemiren();
    e.extra.add(BudgetLine.belanja(ExampleBudget.DRAINASE, AccountCode.parse("5.2.8.01"), FundSource.PBH, "Belanja entah apa", Idr.ZERO));
    Finding f = only(BudgetValidator.check(e.build()));
    assertEquals(Rule.CODE_UNKNOWN, f.rule());
    assertTrue(f.path().endsWith(".account") && f.message().contains("5.2.8.01"), f::toString);
  }

  @Test
  void i2_anUnknownKegiatanIsAnErrorAtTheKegiatan() {
    ExampleBudget e = kemiren();
    e.extra.add(BudgetLine.belanja(KegiatanCode.parse("02.09.01"), AccountCode.parse("5.2.1.01"), FundSource.PBH, "ATK", Idr.ZERO));
    Finding f = only(BudgetValidator.check(e.build()));
    assertEquals(Rule.CODE_UNKNOWN, f.rule());
    assertTrue(f.path().endsWith(".kegiatan") && f.message().contains("02.09.01"), f::toString);
  }

  @Test
  void i2_anUnknownFundSourceIsAnErrorAtTheFundSource() {
    ExampleBudget e = kemiren();
    e.extra.add(BudgetLine.belanja(ExampleBudget.JALAN, AccountCode.parse("5.3.5.01"), FundSource.parse("BKK"), "Jalan paving", Idr.ZERO));
    Finding f = only(BudgetValidator.check(e.build()));
    assertEquals(Rule.CODE_UNKNOWN, f.rule());
    assertTrue(f.path().endsWith(".fundSource") && f.message().contains("BKK"), f::toString);
  }

  @Test
  void i2_anAccountInTheWrongSectionOrAboveObjekLevelIsAnError() {
    ExampleBudget e = kemiren();
    e.extra.add(BudgetLine.pendapatan(AccountCode.parse("5.2.1.01"), FundSource.PBH, "Belanja sebagai pendapatan", Idr.ZERO));
    e.extra.add(BudgetLine.belanja(ExampleBudget.JALAN, AccountCode.parse("5.3.5"), FundSource.DDS, "Jalan (jenis)", Idr.ZERO));
    BudgetValidation v = BudgetValidator.check(e.build());
    assertEquals(EnumSet.of(Rule.CODE_SECTION), rules(v));
    assertEquals(2, v.errors().size());
  }

  @Test
  void i2_aBelanjaLineWithoutFundSourceIsAnError_itCanNeverBePaid() {
    // issue 12: it slips past every per-source check and can never be paid, so an ERROR (was a WARNING)
    ExampleBudget e = kemiren();
    e.extra.add(new BudgetLine(Section.BELANJA, AccountCode.parse("5.2.1.01"), ExampleBudget.OPERASIONAL, "ATK", Idr.ZERO, null, null));
    Finding f = only(BudgetValidator.check(e.build()));
    assertEquals(Rule.FUND_SOURCE_MISSING, f.rule());
    assertEquals(Severity.ERROR, f.severity());
  }

  @Test
  void i2_anExactRepeatIsALikelyDuplicate_aWarning() {
    ExampleBudget e = kemiren();
    e.drainase = 25_000_000L;
    e.extra.add(BudgetLine.belanja(ExampleBudget.DRAINASE, AccountCode.parse("5.3.7.01"), FundSource.PBH, "Saluran drainase", Idr.of(25_000_000L)));
    BudgetValidation v = BudgetValidator.check(e.build());
    Finding f = only(v);
    assertEquals(Rule.LINE_DUPLICATE, f.rule());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(v.isClean());
  }

  @Test
  void i2_subLinesOfOneItemAreNormal_paidFromTwoSourcesOrWithOtherDescriptionOrAmount() {
    ExampleBudget e = kemiren();
    e.drainase = 20_000_000L;
    e.extra.add(BudgetLine.belanja(ExampleBudget.DRAINASE, AccountCode.parse("5.3.7.01"), FundSource.PBH, "Saluran drainase", Idr.of(10_000_000L)));
    e.extra.add(BudgetLine.belanja(ExampleBudget.DRAINASE, AccountCode.parse("5.3.7.01"), FundSource.PBH, "Saluran drainase Dusun Krajan", Idr.of(20_000_000L)));
    Apbdes b = e.build();
    assertEquals(List.of(), BudgetValidator.check(b).findings());
    assertTrue(b.item(BudgetItemKey.of(ExampleBudget.DRAINASE, AccountCode.parse("5.3.7.01"), FundSource.PBH)).isEqualTo(Idr.of(50_000_000L)));
  }

  // ---------------------------------------------------------------- I3 balance, fund sources, siltap

  @Test
  void i3_pendapatanMinusBelanjaPlusPembiayaanNetoMustBeZero() {
    ExampleBudget e = kemiren();
    e.pbh = 60_000_000L;
    Finding f = only(BudgetValidator.check(e.build()));
    assertEquals(Rule.BALANCE, f.rule());
    assertEquals("10000000.00", f.data().get("imbalance"));
  }

  @Test
  void i3_aFundSourceMayNotPayForMoreThanItBringsIn() {
    ExampleBudget e = kemiren();
    e.pbh = 40_000_000L;
    e.add = 610_000_000L; // still balanced
    Finding f = only(BudgetValidator.check(e.build()));
    assertEquals(Rule.FUND_SOURCE_OVERALLOCATED, f.rule());
    assertEquals("PBH", f.data().get("fundSource"));
  }

  @Test
  @DisplayName("I3: SiLPA keeps its source's earmark — the SiLPA of the short source covers it (Permendagri 20/2018, SiLPA as penerimaan pembiayaan 6.1.1)")
  void i3_silpaOfTheShortSourceCoversIt() {
    ExampleBudget e = kemiren();
    e.drainase = 80_000_000L; // PBH short by 30 m
    e.extra.add(ExampleBudget.silpa(FundSource.PBH, 30_000_000L));
    assertEquals(List.of(), BudgetValidator.check(e.build()).findings());
  }

  @Test
  @DisplayName("I3: SiLPA without a source no longer covers another source's shortfall (an error), and is warned about (I4.silpa-mismatch), as open-year opens SiLPA per source")
  void i3_silpaWithoutSourceDoesNotCoverAnotherSourcesShortfall() {
    ExampleBudget e = kemiren();
    e.drainase = 80_000_000L; // PBH short by 30 m
    e.extra.add(ExampleBudget.silpa(30_000_000L));
    BudgetValidation v = BudgetValidator.check(e.build());
    assertEquals(EnumSet.of(Rule.FUND_SOURCE_OVERALLOCATED, Rule.SILPA_MISMATCH), rules(v), v.findings()::toString);
    assertEquals(2, v.findings().size(), v.findings()::toString);
    Finding error = v.errors().get(0);
    assertEquals("PBH", error.data().get("fundSource"));
    assertTrue(error.message().contains("SiLPA without a fund source (SILPA) pays only lines budgeted from it"), error::message);
    Finding warning = v.findings().stream().filter(f -> f.rule() == Rule.SILPA_MISMATCH).findFirst().orElseThrow();
    assertFalse(warning.isError());
    assertEquals(Map.of("amount", "30000000.00", "countedAs", "SILPA"), warning.data());
    assertTrue(warning.path().endsWith(".fundSource"), warning::path);
  }

  @Test
  @DisplayName("I3: SiLPA without a source is the unearmarked SILPA source: it pays lines budgeted from SILPA (with the warning only)")
  void i3_silpaWithoutSourcePaysLinesBudgetedFromSilpa() {
    ExampleBudget e = kemiren();
    e.extra.add(ExampleBudget.silpa(30_000_000L));
    e.extra.add(BudgetLine.belanja(KegiatanCode.parse("02.03.11"), AccountCode.parse("5.3.5.01"), FundSource.SILPA, "Paving gang dari SiLPA", Idr.of(30_000_000L)));
    BudgetValidation v = BudgetValidator.check(e.build());
    assertEquals(EnumSet.of(Rule.SILPA_MISMATCH), rules(v), v.findings()::toString);
    assertTrue(v.errors().isEmpty());
  }

  @Test
  @DisplayName("I3: leftover Dana Desa keeps Dana Desa's restrictions — SiLPA of DDS covers no ADD shortfall")
  void i3_silpaIsSpentOnlyByItsSource() {
    ExampleBudget e = kemiren();
    e.drainase = 80_000_000L; // PBH short by 30 m
    e.operasionalAdd = 324_000_000L; // ADD short by 30 m
    e.extra.add(ExampleBudget.silpa(FundSource.PBH, 30_000_000L));
    e.jalan = 600_000_000L; // DDS gives up 30 m, which it may not lend to others
    BudgetValidation v = BudgetValidator.check(e.build());
    assertEquals(EnumSet.of(Rule.FUND_SOURCE_OVERALLOCATED), rules(v));
    assertEquals(1, v.findings().size(), v.findings()::toString);
    assertEquals("ADD", v.findings().get(0).data().get("fundSource"));
  }

  @Test
  void i3_siltapFromDanaDesaIsAnError_pp11of2019art81() {
    ExampleBudget e = kemiren();
    e.siltapKadesSource = FundSource.DDS;
    e.danaDesa += e.siltapKades;
    e.add -= e.siltapKades;
    Apbdes b = e.build();
    Finding f = only(BudgetValidator.check(b));
    assertEquals(Rule.SILTAP_FROM_DANA_DESA, f.rule());
    assertEquals("$.lines[" + ExampleBudget.indexOf(b, "Penghasilan tetap Kepala Desa") + "].fundSource", f.path());
    assertTrue(f.message().contains("PP 11/2019 pasal 81"), f::message);
  }

  @Test
  void i3_siltapFromBagiHasilIsAllowed_onlyDanaDesaIsForbidden() {
    ExampleBudget e = kemiren();
    e.siltapKadesSource = FundSource.PBH;
    e.pbh += e.siltapKades;
    e.add -= e.siltapKades;
    assertEquals(List.of(), BudgetValidator.check(e.build()).findings());
  }

  // ---------------------------------------------------------------- I11 policy pack

  /** Siltap, tunjangan and BPD (5.1.1, 5.1.2, 5.1.4) = {@code capped}; ADD pays exactly that. */
  private static ExampleBudget withCapped(long capped) {
    ExampleBudget e = kemiren();
    e.siltapKades = 0;
    e.tunjanganBpd = 0;
    e.operasionalAdd = 0;
    e.siltapPerangkat = capped;
    e.add = capped;
    return e;
  }

  @Test
  void i11_compositionExactly30PercentOfBelanjaPasses_pp11of2019art100() {
    // belanja = 450 m + 1 000 m (DDS) + 50 m (PBH) = 1 500 m; 30 % = 450 m
    Apbdes b = withCapped(450_000_000L).build();
    assertTrue(b.totalBelanja().isEqualTo(Idr.of(1_500_000_000L)));
    assertEquals(List.of(), BudgetValidator.check(b).findings());
  }

  @Test
  void i11_compositionOneRupiahAbove30PercentFails_pp11of2019art100() {
    Finding f = only(BudgetValidator.check(withCapped(450_000_001L).build()));
    assertEquals(Rule.COMPOSITION_CEILING, f.rule());
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.message().contains("PP 11/2019 pasal 100"), f::message);
  }

  @Test
  void i11_jaminanSosialIsNotUnderTheCompositionCeiling() {
    ExampleBudget e = withCapped(450_000_000L);
    e.add += 100_000_000L;
    e.extra.add(BudgetLine.belanja(KegiatanCode.parse("01.01.03"), AccountCode.parse("5.1.3.01"), FundSource.ADD, "BPJS Kesehatan", Idr.of(100_000_000L)));
    assertEquals(List.of(), BudgetValidator.check(e.build()).findings());
  }

  /** BLT-DD = {@code blt}; the road absorbs the difference so Dana Desa stays fully allocated. */
  private static Apbdes withBlt(long blt, int year) {
    ExampleBudget e = kemiren();
    e.jalan -= blt - e.blt;
    e.blt = blt;
    return e.build(year);
  }

  @Test
  void i11_blt15PercentOfDanaDesaPassesIn2025_permendes2of2024() {
    assertEquals(List.of(), BudgetValidator.check(withBlt(150_000_000L, 2025)).findings());
  }

  @Test
  void i11_bltAbove15PercentOfDanaDesaFailsIn2025_permendes2of2024() {
    Finding f = only(BudgetValidator.check(withBlt(150_000_001L, 2025)));
    assertEquals(Rule.DANA_DESA_PRIORITY, f.rule());
    assertEquals("BLT_DD", f.data().get("priority"));
    assertEquals(Severity.ERROR, f.severity());
    Finding twenty = only(BudgetValidator.check(withBlt(200_000_000L, 2025)));
    assertEquals("BLT_DD", twenty.data().get("priority"));
  }

  @Test
  void i11_blt20PercentIsAllowedIn2024_upTo25Percent_permendesPdtt7of2023() {
    assertEquals(List.of(), BudgetValidator.check(withBlt(200_000_000L, 2024)).findings());
    assertEquals(List.of(), BudgetValidator.check(withBlt(250_000_000L, 2024)).findings());
    Finding f = only(BudgetValidator.check(withBlt(250_000_001L, 2024)));
    assertEquals("BLT_DD", f.data().get("priority"));
  }

  @Test
  void i11_operasionalFromDanaDesaAtMost3Percent_pmk108of2024() {
    ExampleBudget ok = kemiren();
    ok.jalan -= 10_000_000L;
    ok.operasionalDds = 30_000_000L;
    assertEquals(List.of(), BudgetValidator.check(ok.build()).findings());
    ExampleBudget over = kemiren();
    over.jalan -= 10_000_001L;
    over.operasionalDds = 30_000_001L;
    Finding f = only(BudgetValidator.check(over.build()));
    assertEquals(Rule.DANA_DESA_PRIORITY, f.rule());
    assertEquals("OPERASIONAL_PEMDES", f.data().get("priority"));
  }

  @Test
  void i11_ketahananPanganBelow20PercentIsAnErrorIn2025_itIsMandatory_permendes2of2024pasal7ayat4() {
    ExampleBudget e = kemiren();
    e.jalan += 50_000_001L;
    e.pangan = 199_999_999L;
    BudgetValidation v = BudgetValidator.check(e.build());
    Finding f = only(v);
    assertEquals(Rule.DANA_DESA_PRIORITY, f.rule());
    assertEquals("KETAHANAN_PANGAN", f.data().get("priority"));
    assertEquals(Severity.ERROR, f.severity());
    assertFalse(v.isClean(), "the 2025 food-security minimum is mandatory: the budget cannot be enacted");
    assertTrue(f.message().contains("pasal 7 ayat (4)"), f::message);

    ExampleBudget exactly = kemiren();
    exactly.jalan += 50_000_000L;
    exactly.pangan = 200_000_000L;
    assertEquals(List.of(), BudgetValidator.check(exactly.build()).findings());
  }

  @Test
  void i11_ketahananPanganBelow20PercentStaysAWarningIn2024_permendesPdtt7of2023() {
    ExampleBudget e = kemiren();
    e.jalan += 50_000_001L;
    e.pangan = 199_999_999L;
    BudgetValidation v = BudgetValidator.check(e.build(2024));
    Finding f = only(v);
    assertEquals("KETAHANAN_PANGAN", f.data().get("priority"));
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(v.isClean(), "a warning does not block enactment");
  }

  @Test
  void i11_penyertaanModalBumdesFromDanaDesaCountsForKetahananPangan() {
    ExampleBudget e = kemiren();
    e.pangan = 100_000_000L;
    e.extra.add(BudgetLine.pengeluaranPembiayaan(AccountCode.parse("6.2.2.01"), FundSource.DDS, "Penyertaan modal BUMDes ketahanan pangan", Idr.of(150_000_000L)));
    assertEquals(List.of(), BudgetValidator.check(e.build()).findings());
  }

  @Test
  void i11_prioritiesCountOnlyDanaDesaMoney() {
    ExampleBudget e = kemiren();
    e.add += 500_000_000L; // a big BLT from ADD does not count toward the Dana Desa share
    e.extra.add(BudgetLine.belanja(ExampleBudget.BLT, AccountCode.parse("5.4.1.01"), FundSource.ADD, "BLT dari ADD", Idr.of(500_000_000L)));
    assertEquals(EnumSet.noneOf(Rule.class), rules(BudgetValidator.check(e.build())));
  }

  // ---------------------------------------------------------------- 2026 and 2027 (issue 12)

  /** A 2026 budget recording the KDMP part (PMK 7/2026 pasal 15(3): 58.03 % of the pagu) as revenue and a 6.2.9 outflow. */
  private static ExampleBudget withKdmp2026() {
    ExampleBudget e = kemiren();
    long kdmp = 580_300_000L;
    e.jalan -= kdmp;
    e.extra.add(BudgetLine.pengeluaranPembiayaan(
        AccountCode.parse("6.2.9.01"), FundSource.DDS, "Dana Desa untuk KDMP (disalurkan RKUN ke rekening penampung)", Idr.of(kdmp)));
    return e;
  }

  @Test
  void permendesaPdt16of2025_pasal2ayat3_operationsAbove3PercentOfThePaguOtherThanKdmpIsAnError() {
    // pagu Rp1.000.000.000, KDMP Rp580.300.000: the ceiling is 3 % of Rp419.700.000 = Rp12.591.000,
    // so Rp20.000.000 of operations (2 % of the whole pagu) breaks it
    Finding f = only(BudgetValidator.check(withKdmp2026().build(2026)));
    assertEquals(Rule.DANA_DESA_PRIORITY, f.rule());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("OPERASIONAL_PEMDES", f.data().get("priority"));
    assertEquals("419700000.00", f.data().get("danaDesa"));
    assertTrue(f.message().contains("other than KDMP") && f.message().contains("Permendesa PDT 16/2025 pasal 2 ayat (3)"), f::message);
  }

  @Test
  void permendesaPdt16of2025_pasal2ayat3_operationsAtExactly3PercentOfThePaguOtherThanKdmpIsClean() {
    ExampleBudget e = withKdmp2026();
    e.jalan += e.operasionalDds - 12_591_000L;
    e.operasionalDds = 12_591_000L;
    assertEquals(List.of(), BudgetValidator.check(e.build(2026)).findings());
    ExampleBudget noKdmp = kemiren(); // a budget that records only regular Dana Desa: the base is all of it
    assertEquals(List.of(), BudgetValidator.check(noKdmp.build(2026)).findings());
  }

  @Test
  void the2027PackIsProvisional_everyValidationUnderItSaysSo() {
    BudgetValidation v = BudgetValidator.check(kemiren().build(2027));
    assertTrue(v.isClean());
    Finding f = only(v);
    assertEquals(Rule.POLICY_PROVISIONAL, f.rule());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().contains("2027") && f.message().contains("provisional"), f::message);
    BudgetValidation broken = BudgetValidator.check(withKdmp2026().build(2027));
    assertEquals(EnumSet.of(Rule.DANA_DESA_PRIORITY, Rule.POLICY_PROVISIONAL), rules(broken), "the 2026 rules carried forward, with the warning");
  }

  // ---------------------------------------------------------------- all at once, and the pack's year

  @Test
  void allFindingsAreReportedAtOnce() {
    ExampleBudget e = kemiren();
    e.siltapKadesSource = FundSource.DDS;
    e.drainase = -1L;
    e.extra.add(BudgetLine.belanja(KegiatanCode.parse("09.01.01"), AccountCode.parse("5.2.1.01"), FundSource.PBH, "?", Idr.ZERO));
    Set<Rule> found = rules(BudgetValidator.check(e.build()));
    assertTrue(found.containsAll(EnumSet.of(Rule.AMOUNT_NEGATIVE, Rule.CODE_UNKNOWN, Rule.BALANCE, Rule.SILTAP_FROM_DANA_DESA, Rule.FUND_SOURCE_OVERALLOCATED)), found::toString);
  }

  @Test
  void aBudgetIsValidatedOnlyAgainstThePackOfItsOwnYear() {
    BudgetValidator v2024 = BudgetValidator.of(PolicyPack.forYear(2024));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v2024.validate(kemiren().build(2025)));
    assertTrue(e.getMessage().contains("2025") && e.getMessage().contains("2024"), e::getMessage);
  }

  @Test
  void unknownFiscalYearIsAClearError_notASilentDefault() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyPack.forYear(2023));
    assertTrue(e.getMessage().contains("2023") && e.getMessage().contains("2024") && e.getMessage().contains("2025"), e::getMessage);
    assertThrows(IllegalArgumentException.class, () -> BudgetValidator.check(kemiren().build(2023)));
    assertFalse(PolicyPack.shippedYears().contains(2023));
  }
}
