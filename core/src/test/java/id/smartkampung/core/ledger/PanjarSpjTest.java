package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.HONOR;
import static id.smartkampung.core.ledger.LedgerFixture.JALAN;
import static id.smartkampung.core.ledger.LedgerFixture.KAUR;
import static id.smartkampung.core.ledger.LedgerFixture.PKA_PU;
import static id.smartkampung.core.ledger.LedgerFixture.POLICY;
import static id.smartkampung.core.ledger.LedgerFixture.VILLAGE;
import static id.smartkampung.core.ledger.LedgerFixture.rp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.audit.JournalAudit;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Operation.AccountPanjar;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.ledger.book.PanjarBook;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.tax.Levy;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.tax.TaxId;
import id.smartkampung.core.tax.TaxPeriod;
import id.smartkampung.core.tax.TaxPeriodBook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A panjar accounted for by several SPJ with receipts (issue 14: partial accountability, an SPJ
 * above the panjar settled by a further payment, the rest returned; Permendagri 20/2018, the pack's
 * panjar article) and the taxes of each receipt determined and collected at its SPJ (issue 13).
 */
class PanjarSpjTest {
  /** A PKP building shop: PPN collected by the village and PPh 22 on goods above Rp2 juta. */
  static final Payee PKP_SHOP = Payee.supplier("toko-maju", "Toko Bangunan Maju", TaxId.npwp("012345678901000"), true);
  /** A workshop that is not a PKP, with NPWP: PPh 23 2 % on services. */
  static final Payee WORKSHOP = Payee.supplier("bengkel-las", "Bengkel Las Sentosa", TaxId.npwp("019876543210000"), false);
  /** A small shop that is not a PKP, with an NIK: no tax on a purchase of at most Rp2 juta that is not split. */
  static final Payee WARUNG = Payee.supplier("warung-bu-sri", "Warung Bu Sri", TaxId.nik("3510165501700001"), false);
  static final ImmutableList<Payee> PAYEES = ImmutableList.of(PKP_SHOP, WORKSHOP, WARUNG);

  static AccountPanjar spj(LedgerFixture f, OperationId panjar, AccountPanjar.Stage stage, AccountPanjar.Receipt... receipts) {
    return new AccountPanjar(f.id(), PKA_PU, f.tick(), panjar, stage, PAYEES, ImmutableList.copyOf(receipts), "SPJ panjar " + panjar);
  }

  static AccountPanjar.Receipt receipt(Payee p, PurchaseKind kind, long rupiah, String number) {
    return new AccountPanjar.Receipt(p.id(), kind, rp(rupiah), number);
  }

  static long cash(LedgerFixture f) {
    return Idr.toSen(f.ledger.snapshot().funds().get(FundSource.DDS).cash());
  }

  static long taxOwed(LedgerFixture f) {
    return Idr.toSen(f.ledger.snapshot().funds().get(FundSource.DDS).taxPayable());
  }

  @Test
  @DisplayName("two SPJ on a panjar of Rp5.000.000: Rp3.330.000 of goods from a PKP (PPN 11/111 = 330.000, PMK 131/2024; PPh 22 1,5 % of 3.000.000 = 45.000, PMK 34/2017), Rp1.000.000 of services (PPh 23 2 % = 20.000), then Rp500.000 from a small shop (below the Rp2 juta threshold: none); Rp170.000 returned")
  void twoSpjWithTaxesAndTheRestReturned() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 3, 3));
    long before = cash(f);
    OperationId panjar = f.paid(SppType.UM, JALAN, 5_000_000L);
    f.on(LocalDate.of(2025, 3, 7));
    f.ok(spj(f, panjar, AccountPanjar.Stage.PARTIAL, receipt(PKP_SHOP, PurchaseKind.GOODS, 3_330_000L, "nota 1"), receipt(WORKSHOP, PurchaseKind.SERVICES, 1_000_000L, "kuitansi 2")));
    assertEquals(rp(395_000L), f.ledger.snapshot().funds().get(FundSource.DDS).taxPayable(), "330.000 + 45.000 + 20.000 collected at the SPJ");
    assertEquals(rp(4_330_000L), f.ledger.snapshot().items().get(JALAN).realised(), "the receipts are realised at once");
    assertEquals(rp(670_000L), f.ledger.snapshot().items().get(JALAN).committed(), "the rest of the advance stays reserved");
    assertEquals(SppStatus.PAID, f.ledger.snapshot().spps().get(panjar), "a partial SPJ keeps the panjar open");
    f.on(LocalDate.of(2025, 3, 12));
    f.ok(spj(f, panjar, AccountPanjar.Stage.FINAL, receipt(WARUNG, PurchaseKind.GOODS, 500_000L, "nota 3")));
    LedgerSnapshot s = f.ledger.snapshot();
    assertEquals(SppStatus.SETTLED, s.spps().get(panjar));
    assertEquals(rp(4_830_000L), s.items().get(JALAN).realised());
    assertEquals(Idr.ZERO, s.items().get(JALAN).committed());
    assertEquals(before - 500_000_000L + 39_500_000L + 17_000_000L, cash(f), "advance out, taxes collected in, Rp170.000 returned");
    assertEquals(39_500_000L, taxOwed(f));
    TaxPeriodBook taxes = f.ledger.taxPeriodBook().orElseThrow();
    YearMonth march = YearMonth.of(2025, 3);
    assertEquals(rp(330_000L), taxes.owed(new TaxPeriod(Levy.PPN, march)));
    assertEquals(rp(45_000L), taxes.owed(new TaxPeriod(Levy.PPH_22, march)));
    assertEquals(rp(20_000L), taxes.owed(new TaxPeriod(Levy.PPH_23, march)));
    assertTrue(taxes.slipsCsv(march).contains("Bengkel Las Sentosa"), taxes.slipsCsv(march));
    PanjarBook.Line line = f.ledger.panjarBook(LocalDate.of(2025, 3, 31)).lines().get(0);
    assertEquals(rp(4_830_000L), line.spent());
    assertEquals(rp(170_000L), line.returned());
    assertFalse(line.overdue(), "accounted for within 10 working days of 3 March");
    List<BukuKasUmum.Entry> bku = f.ledger.bku().entries();
    assertTrue(bku.stream().anyMatch(e -> e.kind() == BukuKasUmum.Kind.TAX_WITHHELD && e.in().equals(rp(330_000L)) && e.description().contains("nota 1")), bku.toString());
    assertTrue(bku.stream().anyMatch(e -> e.kind() == BukuKasUmum.Kind.PANJAR_RETURN && e.in().equals(rp(170_000L))), bku.toString());
    assertTrue(f.ledger.recheck().isEmpty(), f.ledger.recheck().toString());
    LinedSppTest.referenceAgrees(f);
  }

  @Test
  @DisplayName("an SPJ above the panjar: Rp1.200.000 of services on a panjar of Rp1.000.000 — the final SPJ pays the Rp200.000 excess (advance = spent + returned − further paid) and PPh 23 of 24.000 is collected")
  void finalSpjAboveTheAdvancePaysTheExcess() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 4, 7));
    long before = cash(f);
    OperationId panjar = f.paid(SppType.UM, JALAN, 1_000_000L);
    f.ok(spj(f, panjar, AccountPanjar.Stage.FINAL, receipt(WORKSHOP, PurchaseKind.SERVICES, 1_200_000L, "kuitansi 9")));
    assertEquals(rp(1_200_000L), f.ledger.snapshot().items().get(JALAN).realised());
    assertEquals(before - 100_000_000L - 20_000_000L + 2_400_000L, cash(f));
    assertEquals(rp(24_000L), f.ledger.taxPeriodBook().orElseThrow().owed(new TaxPeriod(Levy.PPH_23, YearMonth.of(2025, 4))));
    assertTrue(f.ledger.bku().entries().stream().anyMatch(e -> e.kind() == BukuKasUmum.Kind.PAYMENT && e.out().equals(rp(200_000L)) && e.description().contains("kekurangan panjar")));
    PanjarBook.Line line = f.ledger.panjarBook(LocalDate.of(2025, 4, 30)).lines().get(0);
    assertEquals(Idr.ZERO, line.returned());
    assertTrue(f.ledger.recheck().isEmpty(), f.ledger.recheck().toString());
    LinedSppTest.referenceAgrees(f);
  }

  @Test
  @DisplayName("refused, nothing half-applied: a partial SPJ above the advance, a receipt for income to a person (PPh 21 goes by LS SPP), an unknown payee, the old one-shot SPJ or a reversal after an SPJ with receipts, an SPJ on an LS SPP")
  void refusals() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 5, 5));
    OperationId panjar = f.paid(SppType.UM, JALAN, 1_000_000L);
    LedgerSnapshot start = f.ledger.snapshot();
    Outcome over = f.apply(spj(f, panjar, AccountPanjar.Stage.PARTIAL, receipt(WORKSHOP, PurchaseKind.SERVICES, 1_000_001L, "k1")));
    assertTrue(over.has(Rule.PANJAR_OVERACCOUNTED), over.toString());
    Payee rt = Payee.nonEmployee("rt-1", "Ketua RT 1", TaxId.nik("3510169999990001"));
    Outcome income = f.apply(new AccountPanjar(f.id(), PKA_PU, f.tick(), panjar, AccountPanjar.Stage.PARTIAL, ImmutableList.of(rt),
        ImmutableList.of(new AccountPanjar.Receipt("rt-1", PurchaseKind.HONORARIUM, rp(100_000L), "k2")), "honor"));
    assertTrue(income.findings().stream().anyMatch(x -> x.rule() == Rule.INVALID_OPERATION && x.path().endsWith(".receipts[0].purchase")), income.toString());
    Outcome unknown = f.apply(spj(f, panjar, AccountPanjar.Stage.PARTIAL, new AccountPanjar.Receipt("toko-lain", PurchaseKind.GOODS, rp(10_000L), "k3")));
    assertTrue(unknown.findings().stream().anyMatch(x -> x.rule() == Rule.UNKNOWN_REFERENCE && x.path().endsWith(".receipts[0].payee")), unknown.toString());
    Outcome empty = f.apply(spj(f, panjar, AccountPanjar.Stage.PARTIAL));
    assertTrue(empty.has(Rule.INVALID_OPERATION), empty.toString());
    assertEquals(start, f.ledger.snapshot(), "nothing half-applied");
    f.ok(spj(f, panjar, AccountPanjar.Stage.PARTIAL, receipt(WARUNG, PurchaseKind.GOODS, 400_000L, "k4")));
    Outcome settle = f.apply(new Operation.SettlePanjar(f.id(), PKA_PU, f.tick(), panjar, rp(600_000L), "sisa"));
    assertTrue(settle.has(Rule.INVALID_OPERATION), settle.toString());
    Outcome reverse = f.apply(new Operation.ReversePayment(f.id(), KAUR, f.tick(), panjar, "salah"));
    assertTrue(reverse.has(Rule.REVERSAL_NOT_ALLOWED), reverse.toString());
    OperationId ls = f.paid(SppType.LS, HONOR, 100_000L);
    Outcome onLs = f.apply(new AccountPanjar(f.id(), LedgerFixture.PKA_UMUM, f.tick(), ls, AccountPanjar.Stage.FINAL, PAYEES, ImmutableList.of(), "x"));
    assertTrue(onLs.has(Rule.INVALID_OPERATION), onLs.toString());
    f.ok(spj(f, panjar, AccountPanjar.Stage.FINAL));
    assertEquals(SppStatus.SETTLED, f.ledger.snapshot().spps().get(panjar), "a final SPJ without receipts returns the rest");
    assertFalse(f.apply(spj(f, panjar, AccountPanjar.Stage.PARTIAL, receipt(WARUNG, PurchaseKind.GOODS, 1_000L, "k5"))).isAccepted(), "a settled panjar takes no SPJ");
    assertTrue(f.ledger.recheck().isEmpty(), f.ledger.recheck().toString());
    LinedSppTest.referenceAgrees(f);
  }

  @Test
  @DisplayName("the SPJ are journaled with their payees (tax id kind only) and receipts: the book reopens to the same state, the same tax book, and audits clean")
  void journalReplaysAndAudits(@TempDir Path dir) throws Exception {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 3, 3));
    OperationId panjar = f.paid(SppType.UM, JALAN, 5_000_000L);
    f.ok(spj(f, panjar, AccountPanjar.Stage.PARTIAL, receipt(PKP_SHOP, PurchaseKind.GOODS, 3_330_000L, "nota 1")));
    f.ok(spj(f, panjar, AccountPanjar.Stage.FINAL, receipt(WORKSHOP, PurchaseKind.SERVICES, 1_000_000L, "kuitansi 2")));
    Path file = dir.resolve("kemiren-2025.jsonl");
    try (VillageBook book = VillageBook.create(file, VILLAGE, POLICY)) {
      for (Operation op : f.ledger.history()) {
        assertTrue(book.apply(op).isAccepted(), op.toString());
      }
    }
    try (VillageBook book = VillageBook.open(file)) {
      assertEquals(f.ledger.snapshot(), book.ledger().snapshot());
      assertEquals(f.ledger.bku(), book.ledger().bku());
      assertEquals(f.ledger.taxPeriodBook().orElseThrow().owedTotal(), book.ledger().taxPeriodBook().orElseThrow().owedTotal());
    }
    String journal = java.nio.file.Files.readString(file);
    assertTrue(journal.contains("\"account-panjar\"") && !journal.contains("012345678901000"), "journaled, without the NPWP");
    var report = JournalAudit.audit(file);
    assertTrue(report.isClean(), report.toString());
  }
}
