package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.audit.JournalAudit;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Operation.DepositTaxPeriod;
import id.smartkampung.core.ledger.Operation.OpenYear;
import id.smartkampung.core.ledger.Operation.SubmitLinedSpp;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.ledger.report.YearOpening;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.tax.Levy;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.tax.TaxPeriod;
import id.smartkampung.core.tax.TaxPeriodBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * December's withholdings are due in January (PMK 81/2024 Pasal 94 jo. Pasal 100: the 15th of the
 * next month): the year-end close carries the tax still owed into the next year's book (issue 13,
 * "Deposits as treasurers make them"), and the next year's opening ({@code open-year}) brings it —
 * the cash into the bank beside the SiLPA, the debt into the tax book — so that it is deposited there.
 */
class CarriedTaxTest {
  static final int NEXT = YEAR + 1;
  static final YearMonth DECEMBER = YearMonth.of(YEAR, 12);
  /** DESIGN §2's worked example: Rp8.500.000 of goods from a PKP, PPN 11/111 = 842.342, PPh 22 1,5 % of the price without PPN = 114.865. */
  static final long PPN = 842_342L;
  static final long PPH_22 = 114_865L;

  /** 2025 closed with Rp8.500.000 of goods bought from a PKP on 10 December, its taxes not deposited. */
  static LedgerFixture closedWithDecemberTax() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(YEAR, 12, 10));
    LinedSppTest.paidLined(f, LinedSppTest.lined(f, ImmutableList.of(LinedSppTest.PKP_SHOP),
        List.of(new SubmitLinedSpp.Line(DRAINASE, LinedSppTest.PKP_SHOP.id(), PurchaseKind.GOODS, rp(8_500_000L)))));
    f.on(LocalDate.of(YEAR, 12, 31));
    Outcome close = f.apply(new Operation.CloseYear(f.id(), KAUR, f.tick()));
    assertTrue(close.isAccepted() && close.has(Rule.YEAR_END_OPEN_ITEMS), close::toString);
    return f;
  }

  /** The 2026 ledger with a budget spending exactly the SiLPA of the opening, enacted, dated 5 January 2026. */
  static LedgerFixture next(YearOpening o) {
    Map<BudgetItemKey, Long> items = new LinkedHashMap<>();
    items.put(PANGAN, rupiah(o.silpa().get(FundSource.DDS)));
    items.put(ATK, rupiah(o.silpa().get(FundSource.ADD)));
    items.put(HONOR, rupiah(o.silpa().get(FundSource.PAD)));
    Map<FundSource, Long> silpa = new LinkedHashMap<>();
    o.silpa().forEach((f, m) -> silpa.put(f, rupiah(m)));
    return YearOpeningTest.enacted2026(YearOpeningTest.budget2026(silpa, items));
  }

  static long rupiah(org.javamoney.moneta.Money m) {
    return m.getNumberStripped().longValueExact();
  }

  static void referenceAgrees(LedgerFixture g) {
    ReferenceLedger model = ReferenceLedger.recompute(VILLAGE, PolicyPack.forYear(NEXT), g.ledger.history());
    assertEquals(List.of(), model.violations());
    assertEquals(ReferenceFigures.of(model), ReferenceFigures.of(g.ledger.snapshot()));
  }

  @Test
  @DisplayName("the close's tax owed per levy, period and source goes into the opening; the SiLPA is the cash less that debt")
  void theOpeningCarriesTheTaxOwed() {
    LedgerFixture f = closedWithDecemberTax();
    assertEquals(Set.of(new OpenYear.CarriedTax(Levy.PPN, DECEMBER, FundSource.DDS, rp(PPN)), new OpenYear.CarriedTax(Levy.PPH_22, DECEMBER, FundSource.DDS, rp(PPH_22))),
        Set.copyOf(f.ledger.taxOwed()));
    YearOpening o = YearOpening.from(f.ledger);
    assertEquals(Set.copyOf(f.ledger.taxOwed()), Set.copyOf(o.taxOwed()));
    LedgerSnapshot.FundPosition dds = f.ledger.snapshot().funds().get(FundSource.DDS);
    assertEquals(rp(200_000_000L - 8_500_000L + PPN + PPH_22), dds.cash());
    assertEquals(rp(191_500_000L), o.silpa().get(FundSource.DDS), "the SiLPA of Dana Desa: its cash less the tax it owes");
  }

  @Test
  @DisplayName("2026 opens with December 2025's tax in its book and its bank, due 15 January 2026 (PMK 81/2024 Pasal 94); deposited in January, never above what is owed (I10); the reference model agrees")
  void decemberTaxIsDepositedInJanuary() {
    YearOpening o = YearOpening.from(closedWithDecemberTax().ledger);
    LedgerFixture g = next(o);
    Outcome opened = g.apply(o.operation(g.id(), KAUR, g.tick(), "LPP APBDes 2025"));
    assertTrue(opened.isAccepted(), opened::toString);
    LedgerSnapshot.FundPosition dds = g.ledger.snapshot().funds().get(FundSource.DDS);
    assertEquals(rp(191_500_000L + PPN + PPH_22), dds.cash(), "the bank holds the SiLPA and the tax still to deposit");
    assertEquals(rp(PPN + PPH_22), dds.taxPayable());
    assertEquals(rp(191_500_000L), dds.available());
    assertEquals(rp(191_500_000L + 300_000_000L + 50_000_000L), g.ledger.snapshot().funds().values().stream()
        .map(LedgerSnapshot.FundPosition::received).reduce(Idr.ZERO, org.javamoney.moneta.Money::add), "the tax is a debt: not received as SiLPA");
    BukuKasUmum bku = g.ledger.bku();
    assertEquals(2, bku.entries().stream().filter(e -> e.kind() == BukuKasUmum.Kind.TAX_WITHHELD).count(), bku::toString);
    assertTrue(bku.balance().isEqualTo(rp(541_500_000L + PPN + PPH_22)));
    TaxPeriodBook book = g.ledger.taxPeriodBook().orElseThrow();
    TaxPeriodBook.Period ppn = book.period(new TaxPeriod(Levy.PPN, DECEMBER)).orElseThrow();
    assertTrue(ppn.carried());
    assertEquals(rp(PPN), ppn.owed());
    assertEquals(LocalDate.of(NEXT, 1, 15), ppn.due());
    assertTrue(g.ledger.recheck().isEmpty(), () -> g.ledger.recheck().toString());

    g.on(LocalDate.of(NEXT, 1, 14));
    Outcome over = g.apply(new DepositTaxPeriod(g.id(), KAUR, g.tick(), Levy.PPN, DECEMBER, rp(PPN + 1), "820260114001", "NTPN1001"));
    assertTrue(over.isRejected());
    assertEquals(List.of(Rule.TAX_OVERDEPOSITED), over.findings().stream().map(Finding::rule).toList());
    g.ok(new DepositTaxPeriod(g.id(), KAUR, g.tick(), Levy.PPN, DECEMBER, rp(PPN), "820260114002", "NTPN1002"));
    g.ok(new DepositTaxPeriod(g.id(), KAUR, g.tick(), Levy.PPH_22, DECEMBER, rp(PPH_22), "820260114003", "NTPN1003"));
    dds = g.ledger.snapshot().funds().get(FundSource.DDS);
    assertEquals(rp(191_500_000L), dds.cash());
    assertEquals(Idr.ZERO, dds.taxPayable());
    assertEquals(Idr.ZERO, g.ledger.taxPeriodBook().orElseThrow().owedTotal());
    assertEquals(List.of(), g.ledger.taxOwed());
    assertTrue(g.ledger.recheck().isEmpty(), () -> g.ledger.recheck().toString());
    referenceAgrees(g);
  }

  @Test
  @DisplayName("the tax carried is money held for the state: the SiLPA of Dana Desa cannot spend it (I6)")
  void theTaxIsNotSpendable() {
    YearOpening o = YearOpening.from(closedWithDecemberTax().ledger);
    // PANGAN budgeted above the SiLPA of Dana Desa, the difference planned as 2026 Dana Desa not yet received
    List<id.smartkampung.core.budget.BudgetLine> lines = new java.util.ArrayList<>();
    lines.add(id.smartkampung.core.budget.BudgetLine.belanja(PANGAN.kegiatan(), PANGAN.account(), PANGAN.fundSource(), "pangan", rp(191_500_000L + PPN)));
    lines.add(id.smartkampung.core.budget.BudgetLine.pendapatan(DANA_DESA, FundSource.DDS, "Dana Desa", rp(PPN)));
    o.silpa().forEach((f, m) -> lines.add(id.smartkampung.core.budget.BudgetLine.penerimaanPembiayaan(SILPA, f, "SiLPA " + f, m)));
    lines.add(id.smartkampung.core.budget.BudgetLine.belanja(ATK.kegiatan(), ATK.account(), ATK.fundSource(), "atk", o.silpa().get(FundSource.ADD)));
    lines.add(id.smartkampung.core.budget.BudgetLine.belanja(HONOR.kegiatan(), HONOR.account(), HONOR.fundSource(), "honor", o.silpa().get(FundSource.PAD)));
    LedgerFixture g = YearOpeningTest.enacted2026(id.smartkampung.core.budget.Apbdes.of(VILLAGE, NEXT, lines));
    g.ok(o.operation(g.id(), KAUR, g.tick(), "LPP APBDes 2025"));
    OperationId spp = g.ok(g.submit(PKA_PU, SppType.LS, PANGAN, 191_500_000L + PPN));
    g.ok(g.verify(spp));
    g.ok(g.approve(spp));
    Outcome pay = g.apply(g.pay(spp));
    assertTrue(pay.isRejected(), pay::toString);
    referenceAgrees(g);
  }

  @Test
  @DisplayName("an opening may not carry tax of its own year, nor of a fraction of a rupiah: refused naming the place, by the ledger and the reference model alike")
  void badCarriedTaxIsRefused() {
    YearOpening o = YearOpening.from(closedWithDecemberTax().ledger);
    LedgerFixture g = next(o);
    OpenYear bad = new OpenYear(g.id(), KAUR, g.tick(), YEAR, o.silpa(), ImmutableList.of(),
        ImmutableList.of(new OpenYear.CarriedTax(Levy.PPN, YearMonth.of(NEXT, 1), FundSource.DDS, rp(PPN)),
            new OpenYear.CarriedTax(Levy.PPH_22, DECEMBER, FundSource.DDS, Idr.ofSen(11_486_550L))),
        "LPP APBDes 2025");
    Outcome refused = g.apply(bad);
    assertTrue(refused.isRejected());
    assertEquals(List.of(Rule.YEAR_OPENING, Rule.AMOUNT_PRECISION), refused.findings().stream().map(Finding::rule).toList(), refused::toString);
    assertEquals(bad.id().value() + ".taxOwed[0].period", refused.findings().get(0).path());
    assertEquals(bad.id().value() + ".taxOwed[1].amount", refused.findings().get(1).path());
    assertEquals(Idr.ZERO, g.ledger.snapshot().funds().getOrDefault(FundSource.DDS, new LedgerSnapshot.FundPosition(Idr.ZERO, Idr.ZERO, Idr.ZERO)).cash(), "nothing half-applied");
    List<Operation> history = new java.util.ArrayList<>(g.ledger.history());
    history.add(bad);
    ReferenceLedger model = ReferenceLedger.recompute(VILLAGE, PolicyPack.forYear(NEXT), history);
    assertEquals(Set.of(Rule.YEAR_OPENING, Rule.AMOUNT_PRECISION), model.violations().stream().map(v -> v.finding().rule()).collect(java.util.stream.Collectors.toSet()));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new OpenYear(g.id(), KAUR, g.tick(), YEAR, ImmutableSortedMap.of(), ImmutableList.of(),
        ImmutableList.of(new OpenYear.CarriedTax(Levy.PPN, DECEMBER, FundSource.DDS, rp(1L)), new OpenYear.CarriedTax(Levy.PPN, DECEMBER, FundSource.DDS, rp(2L))), "x"));
    assertTrue(twice.getMessage().contains("given twice"), twice.getMessage());
  }

  @Test
  @DisplayName("the opening with its tax is journaled: the 2026 book reopens to the same state and audits clean; an opening without tax is written as before (no taxOwed field)")
  void journaled(@TempDir Path dir) throws Exception {
    YearOpening o = YearOpening.from(closedWithDecemberTax().ledger);
    LedgerFixture g = next(o);
    g.ok(o.operation(g.id(), KAUR, g.tick(), "LPP APBDes 2025"));
    g.on(LocalDate.of(NEXT, 1, 14));
    g.ok(new DepositTaxPeriod(g.id(), KAUR, g.tick(), Levy.PPN, DECEMBER, rp(PPN), "820260114002", "NTPN1002"));
    Path file = dir.resolve("kemiren-2026.jsonl");
    try (VillageBook book = VillageBook.create(file, VILLAGE, PolicyPack.forYear(NEXT))) {
      for (Operation op : g.ledger.history()) {
        assertTrue(book.apply(op).isAccepted(), op::toString);
      }
    }
    try (VillageBook book = VillageBook.open(file)) {
      assertEquals(g.ledger.snapshot(), book.ledger().snapshot());
      assertEquals(g.ledger.bku(), book.ledger().bku());
      assertEquals(List.of(new OpenYear.CarriedTax(Levy.PPH_22, DECEMBER, FundSource.DDS, rp(PPH_22))), book.ledger().taxOwed());
    }
    String journal = Files.readString(file);
    assertTrue(journal.contains("\"taxOwed\":[{\"levy\":\"PPN\",\"period\":\"2025-12\",\"fundSource\":\"DDS\",\"amount\":\"842342.00\"}"), journal);
    var audit = JournalAudit.audit(file);
    assertTrue(audit.isClean(), audit::toString);
    assertFalse(id.smartkampung.core.journal.OperationCodec.write(new OpenYear(g.id(), KAUR, g.tick(), YEAR, o.silpa(), ImmutableList.of(), "x")).has("taxOwed"));
  }
}
