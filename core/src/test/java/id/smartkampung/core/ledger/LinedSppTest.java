package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.DRAINASE;
import static id.smartkampung.core.ledger.LedgerFixture.HONOR;
import static id.smartkampung.core.ledger.LedgerFixture.JALAN;
import static id.smartkampung.core.ledger.LedgerFixture.KAUR;
import static id.smartkampung.core.ledger.LedgerFixture.PKA_PU;
import static id.smartkampung.core.ledger.LedgerFixture.PKA_UMUM;
import static id.smartkampung.core.ledger.LedgerFixture.POLICY;
import static id.smartkampung.core.ledger.LedgerFixture.SILTAP;
import static id.smartkampung.core.ledger.LedgerFixture.VILLAGE;
import static id.smartkampung.core.ledger.LedgerFixture.rp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.audit.JournalAudit;
import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Operation.DepositTaxPeriod;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.SubmitLinedSpp;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.tax.Levy;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PtkpStatus;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.tax.TaxId;
import id.smartkampung.core.tax.TaxPeriod;
import id.smartkampung.core.tax.TaxPeriodBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPP with several lines and payees (issue 14, "payments as they really are") and their taxes
 * determined by the year's tax rules at submission, withheld at payment and deposited per tax
 * type and period (issue 13).
 */
class LinedSppTest {
  static final Payee PKP_SHOP = Payee.supplier("toko-sumber-jaya", "Toko Bangunan Sumber Jaya", TaxId.npwp("012345678901000"), true);

  static Payee official(int n) {
    return Payee.villageOfficial("perangkat-" + n, "Perangkat " + n, TaxId.nik(String.format("35101612345600%02d", n)), PtkpStatus.TK_0, false);
  }

  static Payee rt(int n) {
    return Payee.nonEmployee("rt-" + n, "Ketua RT " + n, TaxId.nik(String.format("35101699999900%02d", n)));
  }

  /** Submits, verifies, approves and pays a lined SPP through the fixture; the SPP's id. */
  static OperationId paidLined(LedgerFixture f, SubmitLinedSpp spp) {
    f.ok(spp);
    f.ok(f.verify(spp.id()));
    f.ok(f.approve(spp.id()));
    f.ok(f.pay(spp.id()));
    return spp.id();
  }

  static SubmitLinedSpp lined(LedgerFixture f, com.google.common.collect.ImmutableList<Payee> payees, List<SubmitLinedSpp.Line> lines) {
    return new SubmitLinedSpp(f.id(), lines.get(0).item().kegiatan().bidang() == 2 ? PKA_PU : PKA_UMUM, f.tick(), payees, ImmutableList.copyOf(lines), "SPP LS");
  }

  /** The reference model recomputes the history without a violation and to the ledger's figures. */
  static void referenceAgrees(LedgerFixture f) {
    ReferenceLedger r = ReferenceLedger.recompute(VILLAGE, POLICY, f.ledger.history());
    assertEquals(List.of(), r.violations());
    LedgerSnapshot s = f.ledger.snapshot();
    s.funds().forEach((source, p) -> {
      assertEquals(0, p.cash().getNumber().numberValue(java.math.BigDecimal.class).compareTo(r.cash().get(source)), "cash " + source);
      assertEquals(0, p.taxPayable().getNumber().numberValue(java.math.BigDecimal.class).compareTo(r.taxPayable().get(source)), "tax " + source);
    });
    s.items().forEach((k, p) -> {
      assertEquals(0, p.committed().getNumber().numberValue(java.math.BigDecimal.class).compareTo(r.committed().get(k)), "committed " + k);
      assertEquals(0, p.realised().getNumber().numberValue(java.math.BigDecimal.class).compareTo(r.realised().get(k)), "realised " + k);
    });
    assertEquals(s.spps(), r.sppStatus());
  }

  @Test
  @DisplayName("DESIGN §2: Rp8.500.000 of goods from a PKP: PPN 11/111 = 842.342 and PPh 22 1,5 % of the price without PPN = 114.865 (PMK 59/2022, PMK 34/2017); the supplier is paid the rest")
  void pkpGoodsTaxedAsTheTaxOfficeDoes() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 3, 3));
    long cashBefore = Idr.toSen(f.ledger.snapshot().funds().get(FundSource.DDS).cash());
    OperationId spp = paidLined(f, lined(f, ImmutableList.of(PKP_SHOP), List.of(new SubmitLinedSpp.Line(JALAN, PKP_SHOP.id(), PurchaseKind.GOODS, rp(8_500_000L)))));
    LedgerSnapshot.FundPosition dds = f.ledger.snapshot().funds().get(FundSource.DDS);
    assertEquals(rp(957_207L), dds.taxPayable(), "PPN 842.342 + PPh 22 114.865 owed");
    assertEquals(cashBefore - 754_279_300L, Idr.toSen(dds.cash()), "the supplier is paid 8.500.000 - 957.207 = 7.542.793");
    assertEquals(rp(8_500_000L), f.ledger.snapshot().items().get(JALAN).realised(), "the gross is realised");
    List<BukuKasUmum.Entry> bku = f.ledger.bku().entries().stream().filter(e -> e.description().contains(spp.value())).toList();
    assertEquals(3, bku.size(), "the payment and one line per tax: " + bku);
    assertTrue(bku.stream().anyMatch(e -> e.in().equals(rp(842_342L)) && e.description().contains("PPN") && e.description().contains("dasar")), bku.toString());
    assertTrue(bku.stream().anyMatch(e -> e.in().equals(rp(114_865L)) && e.description().contains("PPh 22")), bku.toString());
    TaxPeriodBook book = f.ledger.taxPeriodBook().orElseThrow();
    assertEquals(rp(842_342L), book.owed(new TaxPeriod(Levy.PPN, YearMonth.of(2025, 3))));
    assertEquals(LocalDate.of(2025, 4, 15), book.period(new TaxPeriod(Levy.PPN, YearMonth.of(2025, 3))).orElseThrow().due(), "PMK 81/2024: the 15th of the next month");
    assertFalse(book.slipsCsv(YearMonth.of(2025, 3)).contains("012345678901000"), "the slip export masks the NPWP");
    referenceAgrees(f);
  }

  @Test
  @DisplayName("a payroll SPP: siltap of three perangkat (TER category A: 0 % up to Rp5.400.000, PP 58/2023) and incentives of 30 RT (non-employees: 5 % of 50 %, PMK 168/2023 pasal 13)")
  void payrollForManyPayees() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 2, 3));
    List<Payee> payees = new ArrayList<>();
    List<SubmitLinedSpp.Line> lines = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      payees.add(official(i));
      lines.add(new SubmitLinedSpp.Line(SILTAP, official(i).id(), PurchaseKind.SILTAP_TUNJANGAN, rp(3_000_000L)));
    }
    for (int i = 1; i <= 30; i++) {
      payees.add(rt(i));
      lines.add(new SubmitLinedSpp.Line(HONOR, rt(i).id(), PurchaseKind.HONORARIUM, rp(500_000L)));
    }
    long addBefore = Idr.toSen(f.ledger.snapshot().funds().get(FundSource.ADD).cash());
    long padBefore = Idr.toSen(f.ledger.snapshot().funds().get(FundSource.PAD).cash());
    paidLined(f, new SubmitLinedSpp(f.id(), PKA_UMUM, f.tick(), ImmutableList.copyOf(payees), ImmutableList.copyOf(lines), "siltap dan insentif RT Februari"));
    LedgerSnapshot s = f.ledger.snapshot();
    assertEquals(rp(9_000_000L), s.items().get(SILTAP).realised());
    assertEquals(rp(15_000_000L), s.items().get(HONOR).realised());
    assertEquals(Idr.ZERO, s.funds().get(FundSource.ADD).taxPayable(), "siltap of Rp3 juta, TK/0: TER 0 %");
    assertEquals(rp(375_000L), s.funds().get(FundSource.PAD).taxPayable(), "30 × 12.500");
    assertEquals(addBefore - 900_000_000L, Idr.toSen(s.funds().get(FundSource.ADD).cash()));
    assertEquals(padBefore - 1_500_000_000L + 37_500_000L, Idr.toSen(s.funds().get(FundSource.PAD).cash()));
    assertEquals(rp(375_000L), f.ledger.taxPeriodBook().orElseThrow().owed(new TaxPeriod(Levy.PPH_21, YearMonth.of(2025, 2))));
    referenceAgrees(f);
  }

  @Test
  @DisplayName("every SPP check applies to every line: the item's budget (I5), the PKA's kegiatan (I7), the payee among the SPP's, a purchase the payee can be paid for")
  void everyLineIsChecked() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 3, 3));
    Outcome over = f.apply(lined(f, ImmutableList.of(PKP_SHOP), List.of(
        new SubmitLinedSpp.Line(DRAINASE, PKP_SHOP.id(), PurchaseKind.GOODS, rp(60_000_000L)),
        new SubmitLinedSpp.Line(DRAINASE, PKP_SHOP.id(), PurchaseKind.GOODS, rp(50_000_000L)))));
    assertFalse(over.isAccepted());
    assertTrue(over.findings().stream().anyMatch(x -> x.rule() == Rule.ITEM_OVERSPENT), over.toString());
    Outcome unknown = f.apply(lined(f, ImmutableList.of(PKP_SHOP), List.of(
        new SubmitLinedSpp.Line(JALAN, PKP_SHOP.id(), PurchaseKind.GOODS, rp(1_000_000L)),
        new SubmitLinedSpp.Line(JALAN, "toko-lain", PurchaseKind.GOODS, rp(1_000_000L)))));
    assertTrue(unknown.findings().stream().anyMatch(x -> x.rule() == Rule.UNKNOWN_REFERENCE && x.path().endsWith(".lines[1].payee")), unknown.toString());
    Outcome notHis = f.apply(new SubmitLinedSpp(f.id(), PKA_PU, f.tick(), ImmutableList.of(PKP_SHOP), ImmutableList.of(
        new SubmitLinedSpp.Line(JALAN, PKP_SHOP.id(), PurchaseKind.GOODS, rp(1_000_000L)),
        new SubmitLinedSpp.Line(HONOR, PKP_SHOP.id(), PurchaseKind.SERVICES, rp(1_000_000L))), "x"));
    assertTrue(notHis.findings().stream().anyMatch(x -> x.rule() == Rule.SEGREGATION_OF_DUTIES && x.path().endsWith(".lines[1].item")), notHis.toString());
    Outcome wrongKind = f.apply(lined(f, ImmutableList.of(PKP_SHOP), List.of(new SubmitLinedSpp.Line(JALAN, PKP_SHOP.id(), PurchaseKind.SILTAP_TUNJANGAN, rp(1_000_000L)))));
    assertTrue(wrongKind.findings().stream().anyMatch(x -> x.rule() == Rule.INVALID_OPERATION && x.path().endsWith(".lines[0].purchase")), wrongKind.toString());
    assertEquals(Idr.ZERO, f.ledger.snapshot().items().get(JALAN).committed(), "nothing half-applied");
    referenceAgrees(f);
  }

  @Test
  @DisplayName("deposits per tax type and period: one NTPN for many withholdings, partial allowed, never above what is owed (I10); the books and the reference agree")
  void depositsPerPeriod() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 3, 3));
    paidLined(f, lined(f, ImmutableList.of(PKP_SHOP), List.of(new SubmitLinedSpp.Line(JALAN, PKP_SHOP.id(), PurchaseKind.GOODS, rp(8_500_000L)))));
    paidLined(f, lined(f, ImmutableList.of(PKP_SHOP), List.of(new SubmitLinedSpp.Line(DRAINASE, PKP_SHOP.id(), PurchaseKind.GOODS, rp(8_500_000L)))));
    f.on(LocalDate.of(2025, 4, 10));
    YearMonth march = YearMonth.of(2025, 3);
    f.ok(new DepositTaxPeriod(f.id(), KAUR, f.tick(), Levy.PPN, march, rp(1_000_000L), "820250410001", "NTPN0001"));
    Outcome over = f.apply(new DepositTaxPeriod(f.id(), KAUR, f.tick(), Levy.PPN, march, rp(684_685L), "820250410002", "NTPN0002"));
    assertFalse(over.isAccepted());
    assertEquals(Rule.TAX_OVERDEPOSITED, over.findings().get(0).rule());
    f.ok(new DepositTaxPeriod(f.id(), KAUR, f.tick(), Levy.PPN, march, rp(684_684L), "820250410003", "NTPN0003"));
    assertFalse(f.apply(new DepositTaxPeriod(f.id(), KAUR, f.tick(), Levy.PPH_23, march, rp(1L), "8", "N")).isAccepted(), "nothing of PPh 23 was withheld");
    TaxPeriodBook book = f.ledger.taxPeriodBook().orElseThrow();
    assertEquals(Idr.ZERO, book.owed(new TaxPeriod(Levy.PPN, march)));
    assertEquals(rp(229_730L), book.owed(new TaxPeriod(Levy.PPH_22, march)));
    assertEquals(rp(229_730L), f.ledger.snapshot().funds().get(FundSource.DDS).taxPayable());
    assertTrue(f.ledger.recheck().isEmpty(), f.ledger.recheck().toString());
    referenceAgrees(f);
  }

  @Test
  @DisplayName("a lined SPP's taxes are determined at submission: its payment names no tax types; the old DepositTax per SPP does not reach it")
  void paymentNamesNoTaxes() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 3, 3));
    SubmitLinedSpp s = lined(f, ImmutableList.of(PKP_SHOP), List.of(new SubmitLinedSpp.Line(JALAN, PKP_SHOP.id(), PurchaseKind.GOODS, rp(8_500_000L))));
    f.ok(s);
    f.ok(f.verify(s.id()));
    f.ok(f.approve(s.id()));
    Outcome o = f.apply(new PaySpp(f.id(), KAUR, f.tick(), s.id(), ImmutableSortedSet.of(TaxType.PPN), "trf"));
    assertFalse(o.isAccepted());
    assertTrue(o.findings().get(0).path().endsWith(".withhold"));
    f.ok(f.pay(s.id()));
    assertFalse(f.apply(new Operation.DepositTax(f.id(), KAUR, f.tick(), s.id(), TaxType.PPN, rp(1L), "NTPN")).isAccepted());
    referenceAgrees(f);
  }

  @Test
  @DisplayName("a lined SPP is journaled with its payees: the book reopens to the same state and audits clean; the public slip export masks the NIK")
  void journalReplaysAndAudits(@TempDir Path dir) throws Exception {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 3, 3));
    paidLined(f, lined(f, ImmutableList.of(PKP_SHOP, rt(1)), List.of(
        new SubmitLinedSpp.Line(JALAN, PKP_SHOP.id(), PurchaseKind.GOODS, rp(8_500_000L)),
        new SubmitLinedSpp.Line(JALAN, rt(1).id(), PurchaseKind.HONORARIUM, rp(750_000L)))));
    f.on(LocalDate.of(2025, 4, 14));
    f.ok(new DepositTaxPeriod(f.id(), KAUR, f.tick(), Levy.PPH_22, YearMonth.of(2025, 3), rp(114_865L), "820250414001", "NTPN0004"));
    Path file = dir.resolve("kemiren-2025.jsonl");
    try (VillageBook book = VillageBook.create(file, VILLAGE, POLICY)) {
      for (Operation op : f.ledger.history()) {
        assertTrue(book.apply(op).isAccepted(), op.toString());
      }
    }
    try (VillageBook book = VillageBook.open(file)) {
      assertEquals(f.ledger.snapshot(), book.ledger().snapshot());
      assertEquals(f.ledger.bku(), book.ledger().bku());
      String slips = book.ledger().taxPeriodBook().orElseThrow().slipsCsv(YearMonth.of(2025, 3));
      assertTrue(slips.contains("PPh 21"), slips);
      assertFalse(slips.contains("3510169999990001"), slips);
    }
    String journal = Files.readString(file);
    assertTrue(journal.contains("\"submit-lined-spp\""));
    // regression (PrivacyTest): the journal is public; an SPP carries the kind of each payee's tax id, never the number
    assertFalse(journal.contains("012345678901000") || journal.contains("3510169999990001"), "no NPWP or NIK in the journal");
    assertTrue(journal.contains("\"taxId\":{\"kind\":\"NPWP\"}"), "the kind is kept: the taxes depend on it");
    var report = JournalAudit.audit(file);
    assertTrue(report.isClean(), report.toString());
  }

  @Test
  @DisplayName("year-end close with December's tax still owed (due 15 January, PMK 81/2024 pasal 94 jo. pasal 100): accepted with the tax book's carried-tax WARNING on its outcome")
  void closeCarriesDecemberTaxWithAWarning() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 12, 10));
    paidLined(f, lined(f, ImmutableList.of(PKP_SHOP), List.of(new SubmitLinedSpp.Line(JALAN, PKP_SHOP.id(), PurchaseKind.GOODS, rp(8_500_000L)))));
    f.on(LocalDate.of(2025, 12, 31));
    Outcome close = f.apply(new Operation.CloseYear(f.id(), KAUR, f.tick()));
    assertTrue(close.isAccepted(), close.toString());
    assertEquals(1, close.findings().size(), close.toString());
    id.smartkampung.core.rule.Finding w = close.findings().get(0);
    assertEquals(Rule.YEAR_END_OPEN_ITEMS, w.rule());
    assertEquals(id.smartkampung.core.rule.Severity.WARNING, w.severity());
    assertEquals(close.operation().id().value() + ".taxes", w.path());
    assertTrue(w.message().contains("957207.00") && w.message().contains("carried into 2026"), w.message());
    referenceAgrees(f);
  }

  @Test
  @DisplayName("a close with nothing owed has no findings on its outcome")
  void closeWithNothingOwedIsClean() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 12, 31));
    Outcome close = f.apply(new Operation.CloseYear(f.id(), KAUR, f.tick()));
    assertEquals(List.of(), close.findings());
  }
}
