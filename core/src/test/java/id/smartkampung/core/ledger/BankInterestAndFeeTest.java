package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.KAUR;
import static id.smartkampung.core.ledger.LedgerFixture.PKA_UMUM;
import static id.smartkampung.core.ledger.LedgerFixture.YEAR;
import static id.smartkampung.core.ledger.LedgerFixture.rp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.audit.AuditFinding;
import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Operation.RecordBankFee;
import id.smartkampung.core.ledger.Operation.RecordBankInterest;
import id.smartkampung.core.ledger.book.BukuKas;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.ledger.report.YearEndReport;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bank interest and bank fees (issue 14, "cash on hand and bank"): interest credited to the RKD
 * gross on 4.3.6 <i>bunga bank</i> (the chart of Permendagri 20/2018) with the final tax the bank
 * withheld — PP 131/2000 as amended by PP 123/2015 Pasal 2: 20 % of the gross, nothing on a balance
 * within Rp7.500.000 (Pasal 3 ayat (1) huruf a; PMK 212/2018 Pasal 7) —, the tax and the bank's
 * fees realised on a budget item so that the LRA shows the interest gross and the SiLPA stays the
 * money in the bank; the reference model judges alike.
 */
class BankInterestAndFeeTest {
  static final AccountCode BUNGA = AccountCode.parse("4.3.6.01");
  /** The item the village budgets for the tax on interest (DLL, the fund source of 4.3.6). */
  static final BudgetItemKey PAJAK_BUNGA = LedgerFixture.key("01.01.04", "5.2.1.01", "DLL");
  /** The item the village budgets for the bank's administration fees (PAD). */
  static final BudgetItemKey ADM_BANK = LedgerFixture.key("01.01.04", "5.2.1.01", "PAD");

  /** The fixture's 2025 budget with 1 200 000 of interest (DLL), 300 000 budgeted for its tax and 600 000 (PAD) for bank fees. */
  static Apbdes budget() {
    List<BudgetLine> lines = new ArrayList<>(LedgerFixture.budget().lines());
    lines.add(BudgetLine.pendapatan(BUNGA, FundSource.DLL, "Bunga bank", rp(1_200_000L)));
    lines.add(BudgetLine.belanja(PAJAK_BUNGA.kegiatan(), PAJAK_BUNGA.account(), FundSource.DLL, "Pajak atas bunga bank", rp(300_000L)));
    lines.add(BudgetLine.pendapatan(LedgerFixture.HASIL_USAHA, FundSource.PAD, "Hasil usaha desa (biaya bank)", rp(600_000L)));
    lines.add(BudgetLine.belanja(ADM_BANK.kegiatan(), ADM_BANK.account(), FundSource.PAD, "Biaya administrasi bank", rp(600_000L)));
    lines.add(BudgetLine.belanja(LedgerFixture.HONOR.kegiatan(), LedgerFixture.HONOR.account(), FundSource.DLL, "Honor dari bunga bank", rp(900_000L)));
    return Apbdes.of(LedgerFixture.VILLAGE, YEAR, lines);
  }

  final LedgerFixture f = new LedgerFixture().registered();

  BankInterestAndFeeTest ready() {
    f.enacted(budget()).funded();
    return this;
  }

  RecordBankInterest interest(long gross, long tax, BudgetItemKey item) {
    return new RecordBankInterest(f.id(), KAUR, f.tick(), BUNGA, FundSource.DLL, rp(gross), rp(tax), item, "rekening koran Januari 2025");
  }

  RecordBankFee fee(BudgetItemKey item, long rupiah) {
    return new RecordBankFee(f.id(), KAUR, f.tick(), item, rp(rupiah), "rekening koran Januari 2025 biaya administrasi");
  }

  Outcome ok(Operation op) {
    Outcome o = f.apply(op);
    assertTrue(o.isAccepted(), () -> "expected accepted: " + o);
    return o;
  }

  /** Rejected with exactly these rules, nothing changed, and the reference model judging alike. */
  void rejected(Operation op, Rule... expected) {
    LedgerSnapshot before = f.ledger.snapshot();
    Outcome o = f.apply(op);
    assertTrue(o.isRejected(), () -> "expected rejected: " + o);
    assertEquals(Set.of(expected), o.findings().stream().map(Finding::rule).collect(Collectors.toSet()), o::toString);
    assertEquals(before, f.ledger.snapshot());
    List<Operation> withIt = new ArrayList<>(f.ledger.history());
    withIt.add(op);
    Set<Rule> model = ReferenceLedger.recompute(LedgerFixture.VILLAGE, LedgerFixture.POLICY, withIt).violations().stream().map(AuditFinding::rule).collect(Collectors.toSet());
    assertEquals(Set.of(expected), model, "the reference model's verdict");
  }

  void agreesWithTheReferenceModel() {
    assertEquals(List.of(), f.ledger.recheck());
    ReferenceLedger model = ReferenceLedger.recompute(LedgerFixture.VILLAGE, LedgerFixture.POLICY, f.ledger.history());
    assertEquals(List.of(), model.violations());
    assertEquals(ReferenceFigures.of(model), ReferenceFigures.of(f.ledger.snapshot()));
  }

  @Test
  @DisplayName("the 2024-2027 packs: interest on 4.3.6 bunga bank, final tax 20 % (PP 131/2000 jo. PP 123/2015 Pasal 2), none within Rp7.500.000 (Pasal 3(1)(a))")
  void everyPackStatesTheAccountTheRateAndTheExemption() {
    for (int year = 2024; year <= 2027; year++) {
      PolicyPack.BankInterest b = PolicyPack.forYear(year).bankInterest().orElseThrow();
      assertEquals(List.of(AccountCode.parse("4.3.6")), b.accounts());
      assertEquals(0, new BigDecimal("0.20").compareTo(b.finalTaxRate()));
      assertEquals(0, new BigDecimal("7500000").compareTo(b.exemptBalanceUpTo()));
      assertTrue(b.taxReference().contains("PP 123/2015, Pasal 2") && b.taxReference().contains("Pasal 3 ayat (1) huruf a"), b::taxReference);
      assertTrue(b.reference().contains("4.3.6 bunga bank"), b::reference);
    }
  }

  @Test
  @DisplayName("interest Rp250.000 with the bank's 20 % (Rp50.000): revenue gross, Rp200.000 into the RKD, the tax realised on its item (PP 131/2000 Pasal 2)")
  void interestIsRevenueGrossAndItsTaxSpending_pp131of2000pasal2() {
    ready();
    LedgerSnapshot.FundPosition before = f.ledger.snapshot().funds().get(FundSource.DLL);
    Outcome o = ok(interest(250_000L, 50_000L, PAJAK_BUNGA));
    assertEquals(List.of(), o.findings(), "the tax is the rate: no warning");
    LedgerSnapshot.FundPosition dll = f.ledger.snapshot().funds().get(FundSource.DLL);
    assertEquals(before == null ? rp(250_000L) : before.received().add(rp(250_000L)), dll.received());
    assertEquals(rp(200_000L), dll.cash());
    assertEquals(rp(50_000L), f.ledger.snapshot().items().get(PAJAK_BUNGA).realised());
    // the BKU: the interest in gross on 4.3.6.01, the tax out on the item's account
    List<BukuKasUmum.Entry> lines = f.ledger.bku().entries().stream().filter(e -> e.id().equals(o.operation().id())).toList();
    assertEquals(2, lines.size());
    assertEquals(BukuKasUmum.Kind.RECEIPT, lines.get(0).kind());
    assertEquals(BUNGA, lines.get(0).account());
    assertEquals(rp(250_000L), lines.get(0).in());
    assertEquals(BukuKasUmum.Kind.PAYMENT, lines.get(1).kind());
    assertEquals(PAJAK_BUNGA.account(), lines.get(1).account());
    assertEquals(rp(50_000L), lines.get(1).out());
    // the bank book: in the RKD, net; the cash box untouched
    BukuKas bank = f.ledger.bukuBank();
    assertEquals(rp(200_000L), bank.balances().get(FundSource.DLL));
    assertEquals(null, f.ledger.bukuKasTunai().balances().get(FundSource.DLL));
    // the LRA: 4.3.6 realised gross; the SiLPA of DLL is what the bank holds of it
    YearEndReport lra = f.ledger.yearEnd();
    assertEquals(rp(250_000L), lra.pendapatan().stream().filter(r -> r.account().equals(BUNGA)).findFirst().orElseThrow().realised());
    assertEquals(rp(200_000L), lra.silpaByFundSource().get(FundSource.DLL));
    assertEquals(rp(250_000L), lra.byFundSource().get(FundSource.DLL).pendapatanRealised());
    // the bank deposits the tax: not the village's tax owed
    assertEquals(Idr.ZERO, dll.taxPayable());
    agreesWithTheReferenceModel();
  }

  @Test
  @DisplayName("a balance within Rp7.500.000: no tax, no item (PP 131/2000 Pasal 3 ayat (1) huruf a); a tax other than 20 % is a warning")
  void noTaxWithinTheExemptionAndAWarningOffTheRate() {
    ready();
    assertEquals(List.of(), ok(interest(35_000L, 0L, null)).findings());
    Outcome off = ok(interest(250_000L, 37_500L, PAJAK_BUNGA)); // 15 %: the rate before PP 131/2000
    assertEquals(1, off.findings().size(), off::toString);
    Finding w = off.findings().get(0);
    assertEquals(Rule.BANK_INTEREST_TAX, w.rule());
    assertEquals(Severity.WARNING, w.severity());
    assertEquals("50000.00", w.data().get("expected"));
    assertTrue(w.message().contains("PP 131/2000"), w::message);
    // within a rupiah of the rate (the bank rounds): no warning
    assertEquals(List.of(), ok(interest(100_001L, 20_000L, PAJAK_BUNGA)).findings());
    agreesWithTheReferenceModel();
  }

  @Test
  @DisplayName("interest refused: not on 4.3.6, another source, a tax of all of it, a tax without its item or on another source's item, an item for no tax, over the item")
  void interestRefused() {
    ready();
    rejected(new RecordBankInterest(f.id(), KAUR, f.tick(), LedgerFixture.HASIL_USAHA, FundSource.PAD, rp(250_000L), rp(0L), null, "x"), Rule.INVALID_OPERATION);
    rejected(new RecordBankInterest(f.id(), KAUR, f.tick(), BUNGA, FundSource.PAD, rp(250_000L), rp(0L), null, "x"), Rule.INVALID_OPERATION);
    rejected(interest(250_000L, 250_000L, PAJAK_BUNGA), Rule.INVALID_OPERATION);
    rejected(interest(250_000L, 50_000L, null), Rule.INVALID_OPERATION);
    rejected(interest(250_000L, 50_000L, ADM_BANK), Rule.INVALID_OPERATION);
    rejected(interest(250_000L, 0L, PAJAK_BUNGA), Rule.INVALID_OPERATION);
    rejected(interest(250_000L, 50_000L, LedgerFixture.key("01.01.04", "5.2.1.02", "DLL")), Rule.UNKNOWN_REFERENCE);
    rejected(interest(2_000_000L, 400_000L, PAJAK_BUNGA), Rule.ITEM_OVERSPENT); // 300 000 budgeted for the tax
    rejected(interest(0L, 0L, null), Rule.AMOUNT_NOT_POSITIVE);
    rejected(new RecordBankInterest(f.id(), PKA_UMUM, f.tick(), BUNGA, FundSource.DLL, rp(250_000L), rp(50_000L), PAJAK_BUNGA, "x"), Rule.WRONG_ROLE);
    agreesWithTheReferenceModel();
  }

  @Test
  @DisplayName("interest before the budget: without tax a receipt like any other; its tax needs the enacted budget")
  void interestBeforeTheBudget() {
    f.on(LocalDate.of(YEAR, 1, 31));
    ok(interest(35_000L, 0L, null));
    rejected(interest(250_000L, 50_000L, PAJAK_BUNGA), Rule.BUDGET_NOT_ENACTED);
    agreesWithTheReferenceModel();
  }

  @Test
  @DisplayName("a bank fee Rp12.500 leaves the RKD of its item's source and is realised on the item")
  void aBankFeeIsRealisedOnItsItemFromTheBank() {
    ready();
    LedgerSnapshot.FundPosition before = f.ledger.snapshot().funds().get(FundSource.PAD);
    ok(fee(ADM_BANK, 12_500L));
    assertEquals(before.cash().subtract(rp(12_500L)), f.ledger.snapshot().funds().get(FundSource.PAD).cash());
    assertEquals(rp(12_500L), f.ledger.snapshot().items().get(ADM_BANK).realised());
    assertEquals(before.cash().subtract(rp(12_500L)), f.ledger.bukuBank().balances().get(FundSource.PAD));
    BukuKasUmum.Entry line = f.ledger.bku().entries().get(f.ledger.bku().entries().size() - 1);
    assertEquals(BukuKasUmum.Kind.PAYMENT, line.kind());
    assertEquals(rp(12_500L), line.out());
    assertTrue(line.description().startsWith("biaya administrasi bank"), line::description);
    agreesWithTheReferenceModel();
  }

  @Test
  @DisplayName("a bank fee refused: before the budget, not budgeted, over its item, more than the source holds, by the wrong official")
  void aBankFeeRefused() {
    rejected(fee(ADM_BANK, 12_500L), Rule.BUDGET_NOT_ENACTED);
    ready();
    rejected(fee(LedgerFixture.key("01.01.04", "5.2.1.02", "PAD"), 12_500L), Rule.UNKNOWN_REFERENCE);
    rejected(fee(ADM_BANK, 600_001L), Rule.ITEM_OVERSPENT);
    // DLL has no money yet: the fee on its item takes what the source does not hold
    rejected(fee(LedgerFixture.key("03.01.01", "5.2.2.01", "DLL"), 10_000L), Rule.CASH_NEGATIVE);
    rejected(new RecordBankFee(f.id(), PKA_UMUM, f.tick(), ADM_BANK, rp(12_500L), "x"), Rule.WRONG_ROLE);
    agreesWithTheReferenceModel();
  }

  @Test
  @DisplayName("a fee back-dated before the money it needs came into the bank is refused (I6.cash-place-negative)")
  void aBackDatedFeeNeedsTheMoneyAtItsDate() {
    ready();
    f.on(LocalDate.of(YEAR, 2, 10));
    ok(interest(250_000L, 50_000L, PAJAK_BUNGA)); // DLL: 200 000 in the bank from 10 February
    RecordBankFee early = new RecordBankFee(f.id(), KAUR, LocalDate.of(YEAR, 2, 3).atTime(10, 0).atZone(Operation.ZONE).toInstant(),
        LedgerFixture.key("03.01.01", "5.2.2.01", "DLL"), rp(10_000L), "biaya transfer 3 Februari");
    rejected(early, Rule.CASH_PLACE_NEGATIVE);
    ok(fee(LedgerFixture.key("03.01.01", "5.2.2.01", "DLL"), 10_000L));
    agreesWithTheReferenceModel();
  }
}
