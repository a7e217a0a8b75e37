package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.ledger.book.PanjarBook;
import id.smartkampung.core.ledger.book.TaxBook;
import id.smartkampung.core.ledger.report.RealisationReport;
import id.smartkampung.core.ledger.report.YearEndReport;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.rule.Rule;
import java.math.BigDecimal;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One example per rule of budget execution, with the regulation it comes from. */
class LedgerExamplesTest {

  private static void rejected(Outcome o, Rule rule) {
    assertTrue(o.isRejected(), () -> "expected rejection " + rule + ": " + o);
    assertTrue(o.has(rule), () -> "expected " + rule + " in " + o.findings());
  }

  private static void unchangedBy(LedgerFixture f, Operation op, Rule rule) {
    LedgerSnapshot before = f.ledger.snapshot();
    rejected(f.apply(op), rule);
    assertEquals(before, f.ledger.snapshot());
  }

  @Nested
  @DisplayName("I4 — enacted budget, one revision (PP 43/2014, Permendagri 20/2018)")
  class Enactment {
    @Test
    @DisplayName("receipts are allowed before enactment, an SPP is not (PP 43/2014 art. 100)")
    void noSpendingBeforeEnactment() {
      LedgerFixture f = new LedgerFixture().registered();
      f.on(LocalDate.of(YEAR, 1, 6));
      f.ok(f.receive(FundSource.DDS, DANA_DESA, 100_000_000L, 1));
      unchangedBy(f, f.submit(PKA_PU, SppType.LS, JALAN, 1_000_000L), Rule.BUDGET_NOT_ENACTED);
    }

    @Test
    @DisplayName("the lifecycle runs draft, agree, evaluate, enact in order (Permendagri 20/2018 pasal 31-35)")
    void lifecycleOrder() {
      LedgerFixture f = new LedgerFixture().registered();
      rejected(f.apply(new EnactBudget(f.id(), KD, f.tick(), "Perdes")), Rule.LIFECYCLE_ORDER);
      f.ok(new DraftBudget(f.id(), SEKDES, f.tick(), budget(), "RAPBDes"));
      rejected(f.apply(new EnactBudget(f.id(), KD, f.tick(), "Perdes")), Rule.LIFECYCLE_ORDER);
      rejected(f.apply(new AgreeBudget(f.id(), SEKDES, f.tick(), "BA")), Rule.WRONG_ROLE);
      rejected(f.apply(new DraftBudget(f.id(), SEKDES, f.tick(), budget(), "again")), Rule.LIFECYCLE_ORDER);
      f.ok(new AgreeBudget(f.id(), KD, f.tick(), "BA"));
      f.ok(new EvaluateBudget(f.id(), EVALUATOR, f.tick(), "evaluasi"));
      f.ok(new EnactBudget(f.id(), KD, f.tick(), "Perdes"));
      assertEquals(ApbdesLifecycle.Stage.ENACTED, f.ledger.snapshot().stage());
    }

    @Test
    @DisplayName("one revision per year (PP 43/2014 as amended by PP 11/2019; Permendagri 20/2018 pasal 44)")
    void oneRevision() {
      LedgerFixture f = LedgerFixture.ready();
      f.on(LocalDate.of(YEAR, 7, 1));
      Map<BudgetItemKey, Long> items = new HashMap<>(ORIGINAL);
      items.put(JALAN, 350_000_000L);
      items.put(PANGAN, 120_000_000L); // ketahanan pangan stays >= 20 % of Dana Desa (Permendes PDT 2/2024 pasal 7 ayat (4))
      f.ok(new DraftRevision(f.id(), SEKDES, f.tick(), budget(items), "R-APBDes P"));
      rejected(f.apply(new DraftRevision(f.id(), SEKDES, f.tick(), budget(items), "second")), Rule.REVISION_LIMIT);
      f.ok(new AgreeBudget(f.id(), KD, f.tick(), "BA P"));
      f.ok(new EvaluateBudget(f.id(), EVALUATOR, f.tick(), "evaluasi P"));
      f.ok(new EnactBudget(f.id(), KD, f.tick(), "Perdes P"));
      assertEquals(rp(350_000_000L), f.ledger.snapshot().items().get(JALAN).budget());
      rejected(f.apply(new DraftRevision(f.id(), SEKDES, f.tick(), budget(items), "third")), Rule.REVISION_LIMIT);
    }

    @Test
    @DisplayName("a draft with errors is recorded; its errors block agreement (Permendagri 20/2018 pasal 32-35; issue 15)")
    void draftWithErrorsIsRecordedButNotAgreed() {
      LedgerFixture f = LedgerFixture.ready();
      f.on(LocalDate.of(YEAR, 7, 1));
      Apbdes balanced = budget(ORIGINAL);
      java.util.List<BudgetLine> lines = new java.util.ArrayList<>(balanced.lines());
      BudgetLine first = lines.stream().filter(l -> l.section() == Section.BELANJA).findFirst().orElseThrow();
      lines.set(lines.indexOf(first), first.identity().withAmount(first.amount().add(Idr.of(1))));
      f.ok(new DraftRevision(f.id(), SEKDES, f.tick(), balanced.withLines(lines), "R-APBDes P (tidak seimbang)"));
      rejected(f.apply(new AgreeBudget(f.id(), KD, f.tick(), "BA P")), Rule.BALANCE);
      assertTrue(f.ledger.lifecycle().orElseThrow().validation().has(Rule.BALANCE), "the findings of the draft are there to see");
      ReferenceLedger reference = ReferenceLedger.recompute(VILLAGE, POLICY, f.ledger.history());
      assertEquals(java.util.List.of(), reference.violations(), "the reference model agrees: the draft is allowed");
      assertFalse(reference.apply(new AgreeBudget(f.id(), KD, f.tick(), "BA P")).isEmpty(), "and the agreement is not");
    }

    @Test
    @DisplayName("a revision never cuts an item below committed + realised (Permendagri 20/2018 pasal 44)")
    void revisionBelowCommitted() {
      LedgerFixture f = LedgerFixture.ready();
      f.paid(SppType.LS, JALAN, 120_000_000L);
      f.ok(f.submit(PKA_PU, SppType.LS, JALAN, 30_000_000L));
      Map<BudgetItemKey, Long> items = new HashMap<>(ORIGINAL);
      items.put(JALAN, 149_000_000L);
      items.put(PANGAN, 251_000_000L);
      f.ok(new DraftRevision(f.id(), SEKDES, f.tick(), budget(items), "R-APBDes P"));
      f.ok(new AgreeBudget(f.id(), KD, f.tick(), "BA P"));
      f.ok(new EvaluateBudget(f.id(), EVALUATOR, f.tick(), "evaluasi P"));
      Outcome o = f.apply(new EnactBudget(f.id(), KD, f.tick(), "Perdes P"));
      rejected(o, Rule.REVISION_BELOW_COMMITTED);
      assertEquals("120000000.00", o.findings().get(0).data().get("realised"));
      assertEquals("30000000.00", o.findings().get(0).data().get("committed"));
      assertEquals(rp(300_000_000L), f.ledger.snapshot().items().get(JALAN).budget());
    }

    @Test
    @DisplayName("nothing after the year-end close; close refused with panjar outstanding (Permendagri 20/2018 pasal 52)")
    void close() {
      LedgerFixture f = LedgerFixture.ready();
      OperationId panjar = f.paid(SppType.UM, ATK, 5_000_000L);
      f.on(LocalDate.of(YEAR, 12, 31));
      rejected(f.apply(new CloseYear(f.id(), KAUR, f.tick())), Rule.YEAR_END_OPEN_ITEMS);
      f.ok(new SettlePanjar(f.id(), PKA_UMUM, f.tick(), panjar, rp(4_000_000L), "kuitansi 1-7"));
      f.ok(new CloseYear(f.id(), KAUR, f.tick()));
      rejected(f.apply(f.receive(FundSource.PAD, HASIL_USAHA, 1_000L, null)), Rule.YEAR_CLOSED);
      YearEndReport lra = f.ledger.yearEnd();
      assertTrue(lra.closed());
      assertEquals(rp(546_000_000L), lra.silpa());
      assertEquals(rp(296_000_000L), lra.silpaByFundSource().get(FundSource.ADD));
    }

    @Test
    @DisplayName("receipts and payments are dated within the fiscal year (Permendagri 20/2018 pasal 2)")
    void fiscalYear() {
      LedgerFixture f = new LedgerFixture().registered();
      rejected(f.apply(f.receive(FundSource.DDS, DANA_DESA, 1_000L, null)), Rule.OUTSIDE_FISCAL_YEAR);
    }
  }

  @Nested
  @DisplayName("I5 — committed + realised within the item (Permendagri 20/2018 pasal 48: SPP within the DPA)")
  class ItemLimit {
    @Test
    @DisplayName("an SPP reserves at submission: two requests together cannot exceed the item")
    void reserveAtSubmission() {
      LedgerFixture f = LedgerFixture.ready();
      f.ok(f.submit(PKA_PU, SppType.LS, DRAINASE, 60_000_000L));
      Outcome o = f.apply(f.submit(PKA_PU, SppType.LS, DRAINASE, 40_000_001L));
      rejected(o, Rule.ITEM_OVERSPENT);
      assertEquals("100000000.00", o.findings().get(0).data().get("budget"));
      assertEquals("60000000.00", o.findings().get(0).data().get("committed"));
      assertEquals("40000001.00", o.findings().get(0).data().get("requested"));
      f.ok(f.submit(PKA_PU, SppType.LS, DRAINASE, 40_000_000L));
    }

    @Test
    @DisplayName("rejection and cancellation release the reservation")
    void release() {
      LedgerFixture f = LedgerFixture.ready();
      OperationId a = f.ok(f.submit(PKA_PU, SppType.LS, DRAINASE, 100_000_000L));
      rejected(f.apply(f.submit(PKA_PU, SppType.LS, DRAINASE, 1L)), Rule.ITEM_OVERSPENT);
      f.ok(new RejectSpp(f.id(), SEKDES, f.tick(), a, "RAB tidak lengkap"));
      OperationId b = f.ok(f.submit(PKA_PU, SppType.LS, DRAINASE, 100_000_000L));
      f.ok(new CancelSpp(f.id(), PKA_PU, f.tick(), b, "salah item"));
      f.ok(f.submit(PKA_PU, SppType.LS, DRAINASE, 100_000_000L));
    }

    @Test
    @DisplayName("a panjar counts as committed until its SPJ, then as realised; the rest returns to the RKD (Permendagri 20/2018 pasal 52)")
    void panjar() {
      LedgerFixture f = LedgerFixture.ready();
      OperationId p = f.paid(SppType.UM, HONOR, 10_000_000L);
      LedgerSnapshot.ItemPosition pos = f.ledger.snapshot().items().get(HONOR);
      assertEquals(rp(10_000_000L), pos.committed());
      assertEquals(Idr.ZERO, pos.realised());
      assertEquals(rp(40_000_000L), f.ledger.snapshot().funds().get(FundSource.PAD).cash());
      unchangedBy(f, new SettlePanjar(f.id(), PKA_UMUM, f.tick(), p, rp(10_000_001L), "kuitansi"), Rule.PANJAR_OVERACCOUNTED);
      f.ok(new SettlePanjar(f.id(), PKA_UMUM, f.tick(), p, rp(7_500_000L), "kuitansi 1-12"));
      pos = f.ledger.snapshot().items().get(HONOR);
      assertEquals(Idr.ZERO, pos.committed());
      assertEquals(rp(7_500_000L), pos.realised());
      assertEquals(rp(42_500_000L), f.ledger.snapshot().funds().get(FundSource.PAD).cash());
      rejected(f.apply(new SettlePanjar(f.id(), PKA_UMUM, f.tick(), p, rp(1L), "again")), Rule.STEP_ORDER);
    }
  }

  @Nested
  @DisplayName("I6 — cash per fund source (PMK 108/2024: Dana Desa spent only once received)")
  class Cash {
    @Test
    @DisplayName("Dana Desa not yet received cannot be spent, even with other sources in cash")
    void danaDesaNotReceived() {
      LedgerFixture f = LedgerFixture.ready();
      OperationId spp = f.ok(f.submit(PKA_PU, SppType.LS, JALAN, 250_000_000L));
      f.ok(f.verify(spp));
      f.ok(f.approve(spp));
      Outcome o = f.apply(f.pay(spp));
      rejected(o, Rule.CASH_NEGATIVE);
      assertEquals("DDS", o.findings().get(0).data().get("fundSource"));
      f.ok(f.receive(FundSource.DDS, DANA_DESA, 300_000_000L, 2));
      f.ok(f.pay(spp));
    }

    @Test
    @DisplayName("a receipt is reversed only while its cash is still there (I6, I9)")
    void reverseReceipt() {
      LedgerFixture f = LedgerFixture.ready();
      OperationId r = f.ok(f.receive(FundSource.PBK, AccountCode.parse("4.2.5.01"), 10_000_000L, null));
      f.ok(new ReverseReceipt(f.id(), KAUR, f.tick(), r, "salah rekening"));
      rejected(f.apply(new ReverseReceipt(f.id(), KAUR, f.tick(), r, "again")), Rule.REVERSAL_NOT_ALLOWED);
      f.paid(SppType.LS, HONOR, 50_000_000L);
      OperationId pad = f.ledger.history().stream().filter(op -> op instanceof ReceiveRevenue rr && rr.fundSource().equals(FundSource.PAD)).findFirst().get().id();
      rejected(f.apply(new ReverseReceipt(f.id(), KAUR, f.tick(), pad, "dibatalkan")), Rule.CASH_NEGATIVE);
    }
  }

  @Nested
  @DisplayName("I7 — segregation of duties (Permendagri 20/2018 pasal 3-10, 48-50)")
  class Duties {
    @Test
    @DisplayName("only the PKA of the kegiatan submits; only the Sekdes verifies, the Kepala Desa approves, the Kaur Keuangan pays")
    void roles() {
      LedgerFixture f = LedgerFixture.ready();
      rejected(f.apply(f.submit(PKA_UMUM, SppType.LS, JALAN, 1_000L)), Rule.SEGREGATION_OF_DUTIES);
      rejected(f.apply(f.submit(KAUR, SppType.LS, JALAN, 1_000L)), Rule.WRONG_ROLE);
      OperationId spp = f.ok(f.submit(PKA_PU, SppType.LS, JALAN, 1_000_000L));
      rejected(f.apply(new ApproveSpp(f.id(), KD, f.tick(), spp)), Rule.STEP_ORDER);
      rejected(f.apply(new VerifySpp(f.id(), KD, f.tick(), spp)), Rule.WRONG_ROLE);
      f.ok(f.verify(spp));
      rejected(f.apply(f.verify(spp)), Rule.STEP_ORDER);
      rejected(f.apply(new PaySpp(f.id(), KAUR, f.tick(), spp, ImmutableSortedSet.of(), "x")), Rule.STEP_ORDER);
      f.ok(f.approve(spp));
      rejected(f.apply(new PaySpp(f.id(), KD, f.tick(), spp, ImmutableSortedSet.of(), "x")), Rule.WRONG_ROLE);
      f.ok(f.pay(spp));
      rejected(f.apply(f.pay(spp)), Rule.STEP_ORDER);
      rejected(f.apply(new CancelSpp(f.id(), PKA_PU, f.tick(), spp, "late")), Rule.STEP_ORDER);
    }

    @Test
    @DisplayName("no self-approval: a person re-registered in another role cannot verify their own SPP")
    void selfApproval() {
      LedgerFixture f = LedgerFixture.ready();
      OperationId spp = f.ok(f.submit(PKA_PU, SppType.LS, JALAN, 1_000_000L));
      Official sameAsSekdes = Official.of(PKA_PU.id(), PKA_PU.name(), Role.SEKRETARIS_DESA);
      f.ok(RegisterOfficial.of(f.id(), KD, f.tick(), sameAsSekdes, Set.of()));
      Outcome o = f.apply(new VerifySpp(f.id(), sameAsSekdes, f.tick(), spp));
      rejected(o, Rule.SEGREGATION_OF_DUTIES);
    }

    @Test
    @DisplayName("only registered officials act; the Kepala Desa registers them")
    void registration() {
      LedgerFixture f = new LedgerFixture();
      rejected(f.apply(RegisterOfficial.of(f.id(), SEKDES, f.tick(), SEKDES, Set.of())), Rule.ACTOR_NOT_REGISTERED);
      f.ok(RegisterOfficial.of(f.id(), KD, f.tick(), KD, Set.of()));
      Official otherKd = Official.of("kd-2", "Pak Lain", Role.KEPALA_DESA);
      rejected(f.apply(RegisterOfficial.of(f.id(), otherKd, f.tick(), otherKd, Set.of())), Rule.ACTOR_NOT_REGISTERED);
      f.ok(RegisterOfficial.of(f.id(), KD, f.tick(), KAUR, Set.of()));
      f.on(LocalDate.of(YEAR, 1, 2));
      rejected(f.apply(new ReceiveRevenue(f.id(), OUTSIDER, f.tick(), DANA_DESA, FundSource.DDS, rp(1), null, "x")), Rule.ACTOR_NOT_REGISTERED);
      rejected(f.apply(RegisterOfficial.of(f.id(), KD, f.tick(), SEKDES, Set.of(JALAN.kegiatan()))), Rule.INVALID_OPERATION);
    }

    @Test
    @DisplayName("an official's Ed25519 public key is kept for signed approvals (issue 4)")
    void publicKey() throws Exception {
      LedgerFixture f = new LedgerFixture();
      f.ok(RegisterOfficial.of(f.id(), KD, f.tick(), KD, Set.of()));
      String key = Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
      f.ok(new RegisterOfficial(f.id(), KD, f.tick(), SEKDES, ImmutableSortedSet.of(), key));
      assertEquals(key, f.ledger.official(SEKDES.id()).orElseThrow().publicKey());
      rejected(f.apply(new RegisterOfficial(f.id(), KD, f.tick(), KAUR, ImmutableSortedSet.of(), "bm90IGEga2V5")), Rule.INVALID_OPERATION);
    }
  }

  @Nested
  @DisplayName("I8 / I9 — idempotency, append-only history, back-dating inside the open month, monthly close")
  class History {
    @Test
    @DisplayName("same id and content is a no-op; same id with other content a conflict")
    void idempotency() {
      LedgerFixture f = LedgerFixture.ready();
      ReceiveRevenue r = f.receive(FundSource.PAD, HASIL_USAHA, 1_000_000L, null);
      f.ok(r);
      LedgerSnapshot s = f.ledger.snapshot();
      Outcome again = f.apply(r);
      assertEquals(Outcome.Status.DUPLICATE, again.status());
      assertEquals(s, f.ledger.snapshot());
      ReceiveRevenue changed = new ReceiveRevenue(r.id(), KAUR, f.tick(), HASIL_USAHA, FundSource.PAD, rp(2_000_000L), null, "x");
      unchangedBy(f, changed, Rule.IDEMPOTENCY_CONFLICT);
    }

    private static java.time.Instant at(int month, int day) {
      return LocalDate.of(YEAR, month, day).atTime(9, 0).atZone(Operation.ZONE).toInstant();
    }

    @Test
    @DisplayName("a receipt is back-dated inside the open month; the BKU shows it at its date, the journal keeps it last (Permendagri 20/2018 Pasal 63; issue 14)")
    void backDatedReceiptInTheOpenMonth() {
      LedgerFixture f = LedgerFixture.ready();
      f.on(LocalDate.of(YEAR, 1, 20));
      f.ok(f.receive(FundSource.PAD, HASIL_USAHA, 2_000_000L, null));
      // the bank statement of 10 January arrives late: posted on the 20th, dated the 10th
      OperationId late = f.ok(new ReceiveRevenue(f.id(), KAUR, at(1, 10), HASIL_USAHA, FundSource.PAD, rp(750_000L), null, "rekening koran 10/1"));
      assertEquals(late, f.ledger.history().get(f.ledger.history().size() - 1).id(), "the journal keeps the order of record");
      var entries = f.ledger.bku().entries();
      var dates = entries.stream().map(BukuKasUmum.Entry::date).toList();
      assertEquals(dates.stream().sorted().toList(), dates, "the BKU is in business-date order");
      BukuKasUmum.Entry e = entries.stream().filter(x -> x.id().equals(late)).findFirst().orElseThrow();
      assertEquals(LocalDate.of(YEAR, 1, 10), e.date());
      assertEquals(rp(550_750_000L), e.balance(), "the running balance at its date: 550 M received on the 6th + 0.75 M");
      assertEquals(rp(552_750_000L), f.ledger.bku().balance());
      assertTrue(f.ledger.recheck().isEmpty());
      assertEquals(java.util.List.of(), ReferenceLedger.recompute(VILLAGE, POLICY, f.ledger.history()).violations());
    }

    @Test
    @DisplayName("an SPP step is not dated before the step it follows; an SPP not before the enactment (I9.date-order)")
    void notBeforeWhatItFollows() {
      LedgerFixture f = LedgerFixture.ready();
      f.on(LocalDate.of(YEAR, 2, 10));
      OperationId spp = f.ok(f.submit(PKA_UMUM, SppType.LS, ATK, 1_000_000L));
      unchangedBy(f, new VerifySpp(f.id(), SEKDES, at(2, 9), spp), Rule.DATE_ORDER);
      f.ok(new VerifySpp(f.id(), SEKDES, at(2, 10).plusSeconds(3600), spp));
      unchangedBy(f, new SubmitSpp(f.id(), PKA_UMUM, java.time.Instant.parse("2024-10-01T00:00:00Z"), SppType.LS, ATK, rp(1), "x", "before the Perdes"), Rule.DATE_ORDER);
      // a registration (not a posting) stays in date order
      unchangedBy(f, RegisterOfficial.of(f.id(), KD, at(2, 1), Official.of("pka-9", "Kasi Baru", Role.PELAKSANA_KEGIATAN), Set.of()), Rule.DATE_ORDER);
    }

    @Test
    @DisplayName("the Kaur Keuangan closes the month with the cash count; nothing is posted into it afterwards (Permendagri 20/2018 Pasal 63)")
    void monthlyClose() {
      LedgerFixture f = LedgerFixture.ready();
      f.on(LocalDate.of(YEAR, 1, 31));
      unchangedBy(f, new CloseMonth(f.id(), KAUR, f.tick(), java.time.YearMonth.of(YEAR, 1), Idr.ZERO, "BA kas Januari"), Rule.INVALID_OPERATION);
      f.on(LocalDate.of(YEAR, 2, 3));
      unchangedBy(f, new CloseMonth(f.id(), PKA_UMUM, f.tick(), java.time.YearMonth.of(YEAR, 1), Idr.ZERO, "BA kas Januari"), Rule.WRONG_ROLE);
      unchangedBy(f, new CloseMonth(f.id(), KAUR, f.tick(), java.time.YearMonth.of(YEAR, 1), rp(5_000L), "BA kas Januari"), Rule.BOOKS_UNRECONCILED);
      f.ok(new CloseMonth(f.id(), KAUR, f.tick(), java.time.YearMonth.of(YEAR, 1), Idr.ZERO, "BA kas Januari"));
      assertEquals(Optional.of(java.time.YearMonth.of(YEAR, 1)), f.ledger.closedThrough());
      unchangedBy(f, new ReceiveRevenue(f.id(), KAUR, at(1, 31), HASIL_USAHA, FundSource.PAD, rp(1_000L), null, "telat"), Rule.MONTH_CLOSED);
      unchangedBy(f, new CloseMonth(f.id(), KAUR, f.tick(), java.time.YearMonth.of(YEAR, 1), Idr.ZERO, "lagi"), Rule.MONTH_CLOSED);
      // February stays open: a receipt back-dated to 1 February is accepted
      f.ok(new ReceiveRevenue(f.id(), KAUR, at(2, 1), HASIL_USAHA, FundSource.PAD, rp(1_000L), null, "1/2"));
      assertEquals(java.util.List.of(), ReferenceLedger.recompute(VILLAGE, POLICY, f.ledger.history()).violations());
    }

    @Test
    @DisplayName("the Kaur Keuangan's monthly accountability report: opening, in, out, closing per month, the close and the 10th as due date (Permendagri 20/2018 Pasal 63)")
    void monthlyAccountability() {
      LedgerFixture f = LedgerFixture.ready();
      f.on(LocalDate.of(YEAR, 1, 20));
      f.ok(f.receive(FundSource.PAD, HASIL_USAHA, 2_000_000L, null));
      f.on(LocalDate.of(YEAR, 2, 3));
      f.ok(new CloseMonth(f.id(), KAUR, f.tick(), java.time.YearMonth.of(YEAR, 1), Idr.ZERO, "BA kas Januari"));
      f.on(LocalDate.of(YEAR, 2, 10));
      f.paid(SppType.LS, ATK, 10_000_000L, TaxType.PPH_22);
      var report = f.ledger.monthlyAccountability();
      assertEquals(2, report.months().size());
      var jan = report.months().get(0);
      assertEquals(Idr.ZERO, jan.opening());
      assertEquals(rp(552_000_000L), jan.in());
      assertEquals(rp(552_000_000L), jan.closing());
      assertEquals(LocalDate.of(YEAR, 2, 3), jan.closedOn());
      assertEquals(LocalDate.of(YEAR, 2, 10), jan.due());
      var feb = report.months().get(1);
      assertEquals(rp(552_000_000L), feb.opening());
      assertEquals(rp(10_000_000L), feb.out());
      assertEquals(rp(150_000L), feb.taxWithheld(), "PPh 22 1.5 % of 10 M, in as PFK");
      assertEquals(rp(542_150_000L), feb.closing());
      assertEquals(f.ledger.bku().balance(), feb.closing(), "the last month closes at the BKU balance");
      assertFalse(feb.isClosed());
    }

    @Test
    @DisplayName("the year's capital assets are the realised belanja modal (5.3) per item, reversals taken out (Permendagri 20/2018 Pasal 70)")
    void capitalAssets() {
      LedgerFixture f = LedgerFixture.ready();
      f.paid(SppType.LS, JALAN, 40_000_000L, TaxType.PPH_22);
      OperationId reversed = f.paid(SppType.LS, JALAN, 5_000_000L);
      f.ok(new ReversePayment(f.id(), KAUR, f.tick(), reversed, "salah transfer"));
      f.paid(SppType.LS, ATK, 1_000_000L); // 5.2: not an asset
      var assets = f.ledger.capitalAssets();
      assertEquals(1, assets.lines().size());
      assertEquals(JALAN, assets.lines().get(0).item());
      assertEquals(rp(40_000_000L), assets.lines().get(0).realised());
      assertEquals(rp(40_000_000L), assets.total());
    }

    @Test
    @DisplayName("a receipt of a closed month is corrected by a reversing entry in the open month (Permendagri 20/2018 Pasal 63; I9)")
    void correctionOfAClosedMonth() {
      LedgerFixture f = LedgerFixture.ready();
      f.on(LocalDate.of(YEAR, 1, 15));
      OperationId wrong = f.ok(f.receive(FundSource.PAD, HASIL_USAHA, 3_000_000L, null));
      f.on(LocalDate.of(YEAR, 2, 2));
      f.ok(new CloseMonth(f.id(), KAUR, f.tick(), java.time.YearMonth.of(YEAR, 1), Idr.ZERO, "BA kas Januari"));
      unchangedBy(f, new ReverseReceipt(f.id(), KAUR, at(1, 31), wrong, "salah catat"), Rule.MONTH_CLOSED);
      f.ok(new ReverseReceipt(f.id(), KAUR, f.tick(), wrong, "salah catat"));
      assertEquals(rp(50_000_000L), f.ledger.snapshot().funds().get(FundSource.PAD).cash());
      assertEquals(java.util.List.of(), ReferenceLedger.recompute(VILLAGE, POLICY, f.ledger.history()).violations());
      assertTrue(f.ledger.recheck().isEmpty());
    }

    @Test
    @DisplayName("a payment is corrected by a reversing entry; the original stays in the history")
    void reversePayment() {
      LedgerFixture f = LedgerFixture.ready();
      OperationId spp = f.paid(SppType.LS, ATK, 10_000_000L, TaxType.PPH_22, TaxType.PPN);
      long before = f.ledger.size();
      f.ok(new ReversePayment(f.id(), KAUR, f.tick(), spp, "pembayaran ganda"));
      assertEquals(before + 1, f.ledger.size());
      assertEquals(SppStatus.REVERSED, f.ledger.sppStatus(spp).orElseThrow());
      assertEquals(rp(300_000_000L), f.ledger.snapshot().funds().get(FundSource.ADD).cash());
      assertEquals(Idr.ZERO, f.ledger.snapshot().items().get(ATK).realised());
      rejected(f.apply(new ReversePayment(f.id(), KAUR, f.tick(), spp, "again")), Rule.REVERSAL_NOT_ALLOWED);
      assertTrue(f.ledger.recheck().isEmpty());
    }

    @Test
    @DisplayName("a failing journal refuses the operation and nothing changes; replay rebuilds the same state")
    void logAndReplay() {
      InMemoryOperationLog log = InMemoryOperationLog.create();
      LedgerFixture f = new LedgerFixture(Ledger.create(VILLAGE, POLICY, log));
      f.registered().enacted().funded();
      f.paid(SppType.LS, JALAN, 50_000_000L, TaxType.PPH_23);
      assertEquals(f.ledger.history(), log.operations());
      Ledger replayed = Ledger.replay(VILLAGE, POLICY, log.operations(), OperationLog.NONE);
      assertEquals(f.ledger.snapshot(), replayed.snapshot());

      boolean[] fail = {true};
      LedgerFixture g = new LedgerFixture(Ledger.create(VILLAGE, POLICY, (seq, op) -> {
        if (fail[0]) {
          throw new IllegalStateException("disk full");
        }
      }));
      LedgerSnapshot empty = g.ledger.snapshot();
      assertThrows(IllegalStateException.class, () -> g.apply(RegisterOfficial.of(g.id(), KD, g.tick(), KD, Set.of())));
      assertEquals(empty, g.ledger.snapshot());
      fail[0] = false;
      g.registered();
      assertEquals(5, g.ledger.size());
    }
  }

  @Nested
  @DisplayName("Taxes withheld by the treasurer (UU PPh, UU HPP; deposit by the 15th, PMK 81/2024)")
  class Taxes {
    @Test
    @DisplayName("PPh 22 1.5 % and PPN 11 % withheld, rounded down to whole rupiah; liability until deposited")
    void withholding() {
      LedgerFixture f = LedgerFixture.ready();
      f.on(LocalDate.of(YEAR, 3, 10));
      OperationId spp = f.paid(SppType.LS, ATK, 1_234_567L, TaxType.PPH_22, TaxType.PPN);
      // 1,234,567 × 1.5 % = 18,518.505 → 18,518; × 11 % = 135,802.37 → 135,802
      LedgerSnapshot.FundPosition add = f.ledger.snapshot().funds().get(FundSource.ADD);
      assertEquals(rp(154_320L), add.taxPayable());
      assertEquals(rp(300_000_000L - 1_234_567L + 154_320L), add.cash());
      assertEquals(rp(1_234_567L), f.ledger.snapshot().items().get(ATK).realised());

      TaxBook book = f.ledger.taxBook(LocalDate.of(YEAR, 4, 15));
      assertEquals(2, book.lines().size());
      assertEquals(LocalDate.of(YEAR, 4, 15), book.lines().get(0).due());
      assertEquals(rp(154_320L), book.owed());
      assertEquals(Idr.ZERO, book.overdue());
      assertEquals(rp(154_320L), f.ledger.taxBook(LocalDate.of(YEAR, 4, 16)).overdue());

      unchangedBy(f, new DepositTax(f.id(), KAUR, f.tick(), spp, TaxType.PPH_22, rp(18_519L), "NTPN1"), Rule.TAX_OVERDEPOSITED);
      rejected(f.apply(new DepositTax(f.id(), KAUR, f.tick(), spp, TaxType.PPH_23, rp(1L), "NTPN1")), Rule.TAX_OVERDEPOSITED);
      f.ok(new DepositTax(f.id(), KAUR, f.tick(), spp, TaxType.PPH_22, rp(18_518L), "NTPN1"));
      f.on(LocalDate.of(YEAR, 4, 20));
      f.ok(new DepositTax(f.id(), KAUR, f.tick(), spp, TaxType.PPN, rp(135_802L), "NTPN2"));
      TaxBook later = f.ledger.taxBook(LocalDate.of(YEAR, 4, 30));
      assertEquals(Idr.ZERO, later.owed());
      assertTrue(later.lines().get(1).deposits().get(0).late());
      assertFalse(later.lines().get(0).deposits().get(0).late());
      rejected(f.apply(new ReversePayment(f.id(), KAUR, f.tick(), spp, "x")), Rule.REVERSAL_NOT_ALLOWED);
      assertTrue(f.ledger.recheck().isEmpty());
    }

    @Test
    @DisplayName("no tax is withheld on a panjar advance")
    void noTaxOnPanjar() {
      LedgerFixture f = LedgerFixture.ready();
      OperationId spp = f.ok(f.submit(PKA_UMUM, SppType.UM, ATK, 1_000_000L));
      f.ok(f.verify(spp));
      f.ok(f.approve(spp));
      rejected(f.apply(f.pay(spp, TaxType.PPH_21)), Rule.INVALID_OPERATION);
    }
  }

  @Nested
  @DisplayName("Books and reports (Permendagri 20/2018 pasal 63-70)")
  class BooksAndReports {
    @Test
    @DisplayName("BKU running balance equals the cash of all fund sources; panjar book shows overdue advances")
    void bkuAndPanjar() {
      LedgerFixture f = LedgerFixture.ready();
      f.on(LocalDate.of(YEAR, 2, 3));
      f.paid(SppType.LS, JALAN, 100_000_000L, TaxType.PPH_22);
      OperationId p = f.paid(SppType.UM, HONOR, 2_000_000L);
      BukuKasUmum bku = f.ledger.bku();
      assertEquals(rp(550_000_000L - 100_000_000L + 1_500_000L - 2_000_000L), bku.balance());
      assertEquals(BukuKasUmum.Kind.TAX_WITHHELD, bku.entries().get(4).kind());
      // paid Monday 3 Feb 2025: 10 working days → 17 Feb
      PanjarBook early = f.ledger.panjarBook(LocalDate.of(YEAR, 2, 17));
      assertEquals(LocalDate.of(YEAR, 2, 17), early.lines().get(0).due());
      assertFalse(early.lines().get(0).overdue());
      PanjarBook late = f.ledger.panjarBook(LocalDate.of(YEAR, 2, 18));
      assertTrue(late.lines().get(0).overdue());
      assertEquals(rp(2_000_000L), late.overdue());
      f.on(LocalDate.of(YEAR, 2, 20));
      f.ok(new SettlePanjar(f.id(), PKA_UMUM, f.tick(), p, rp(2_000_000L), "kuitansi"));
      PanjarBook after = f.ledger.panjarBook(LocalDate.of(YEAR, 3, 1));
      assertEquals(PanjarBook.Status.SETTLED, after.lines().get(0).status());
      assertTrue(after.lines().get(0).overdue());
      assertEquals(Idr.ZERO, after.outstanding());
    }

    @Test
    @DisplayName("realisation per bidang, kegiatan and fund source; semester I as of 30 June; Dana Desa absorption")
    void realisation() {
      LedgerFixture f = LedgerFixture.ready();
      f.on(LocalDate.of(YEAR, 3, 2));
      f.paid(SppType.LS, JALAN, 90_000_000L);
      f.paid(SppType.LS, SILTAP, 25_000_000L);
      f.on(LocalDate.of(YEAR, 8, 1));
      f.paid(SppType.LS, PANGAN, 30_000_000L);
      f.ok(f.submit(PKA_PU, SppType.LS, DRAINASE, 10_000_000L));

      RealisationReport sem1 = f.ledger.semesterI();
      assertEquals(LocalDate.of(YEAR, 6, 30), sem1.asOf());
      assertEquals(rp(115_000_000L), sem1.total().realised());
      assertEquals(rp(90_000_000L), sem1.byBidang().get("02").realised());
      assertEquals(new BigDecimal("30.00"), sem1.byKegiatan().get(JALAN.kegiatan()).realisedPercent());

      RealisationReport now = f.ledger.realisation(LocalDate.of(YEAR, 12, 31));
      assertEquals(rp(145_000_000L), now.total().realised());
      assertEquals(rp(10_000_000L), now.total().committed());
      assertEquals(rp(850_000_000L - 155_000_000L), now.total().remaining());
      assertEquals(rp(120_000_000L), now.byFundSource().get(FundSource.DDS).realised());
      assertEquals(rp(120_000_000L), f.ledger.realisedByKegiatan().values().stream().reduce(Idr.ZERO, (a, b) -> a.add(b)).subtract(rp(25_000_000L)));
      assertEquals(new BigDecimal("0.600000"), f.ledger.danaDesaAbsorption().ratio());
      assertEquals(rp(200_000_000L), f.ledger.danaDesaAbsorption().receivedByTranche().get(1));
      // regression: ADD and PAD received without a tranche number are not Dana Desa "tahap 0"
      assertEquals(null, f.ledger.danaDesaAbsorption().receivedByTranche().get(0));

      YearEndReport lra = f.ledger.yearEnd();
      assertEquals(rp(850_000_000L), lra.totalPendapatan().budget());
      assertEquals(rp(550_000_000L), lra.totalPendapatan().realised());
      assertEquals(rp(145_000_000L), lra.totalBelanja().realised());
      assertEquals(rp(405_000_000L), lra.silpa());
      // regression (issue 14): lebih/(kurang) is budget − realised as published LRAs print it
      // (Permendagri 20/2018 lampiran, laporan realisasi pelaksanaan APBDes), the sign of "remaining";
      // it used to be realised − budget
      assertEquals(rp(850_000_000L - 550_000_000L), lra.totalPendapatan().difference());
      assertEquals(lra.totalBelanja().budget().subtract(rp(145_000_000L)), lra.totalBelanja().difference());
      assertTrue(lra.totalBelanja().difference().isPositive());
      assertTrue(f.ledger.recheck().isEmpty());
    }
  }

  @Nested
  @DisplayName("Pembiayaan — financing receipts 6.1.x and expenditures 6.2.x (Permendagri 20/2018 lampiran, kode rekening 6; DESIGN §2)")
  class Financing {
    /** Registered, the financed budget enacted, 200 M Dana Desa tahap I and 150 M SiLPA of Dana Desa (6.1.1.01) received. */
    private LedgerFixture financed() {
      LedgerFixture f = new LedgerFixture().registered().enacted(financedBudget()).funded();
      f.ok(f.receive(FundSource.DDS, SILPA, 150_000_000L, null));
      return f;
    }

    @Test
    @DisplayName("a penyertaan modal to the BUMDes (6.2.2) is paid through an SPP: PKA submits, Sekdes verifies, Kepala Desa approves, Kaur Keuangan pays")
    void penyertaanModalPaid() {
      LedgerFixture f = financed();
      long cashBefore = Idr.toSen(f.ledger.snapshot().funds().get(FundSource.DDS).cash());
      OperationId spp = f.ok(f.submitFinancing(PKA_PU, BUMDES, 150_000_000L));
      f.ok(f.verify(spp));
      f.ok(f.approve(spp));
      f.ok(f.pay(spp));
      assertEquals(Optional.of(SppStatus.PAID), f.ledger.sppStatus(spp));
      assertEquals(cashBefore - 15_000_000_000L, Idr.toSen(f.ledger.snapshot().funds().get(FundSource.DDS).cash()));
      YearEndReport lra = f.ledger.yearEnd();
      YearEndReport.Row row = lra.pembiayaanPengeluaran().stream().filter(r -> r.account().equals(PENYERTAAN_MODAL)).findFirst().orElseThrow();
      assertEquals(rp(150_000_000L), row.budget());
      assertEquals(rp(150_000_000L), row.realised());
      assertTrue(row.difference().isZero());
      // SiLPA received (6.1.1) less the capital paid (6.2.2): the financing nets to zero, budget and realised
      assertTrue(lra.pembiayaanNeto().realised().isZero());
      var entries = f.ledger.bku().entries();
      BukuKasUmum.Entry paid = entries.get(entries.size() - 1);
      assertEquals(BukuKasUmum.Kind.PAYMENT, paid.kind());
      assertEquals(PENYERTAAN_MODAL, paid.account());
      assertEquals(rp(150_000_000L), paid.out());
      assertTrue(f.ledger.recheck().isEmpty());
    }

    @Test
    @DisplayName("the SPP's controls hold for financing: within the item (I5), a budgeted item only, cash of the source (I6), no tax withheld, four persons (I7)")
    void controls() {
      LedgerFixture f = new LedgerFixture().registered().enacted(financedBudget()).funded();
      // over the item: 150 M budgeted
      rejected(f.apply(f.submitFinancing(PKA_PU, BUMDES, 150_000_001L)), Rule.ITEM_OVERSPENT);
      // a 6.2.1 reserve the budget does not have
      rejected(f.apply(f.submitFinancing(PKA_PU, FinancingItemKey.of(AccountCode.parse("6.2.1.01"), FundSource.DDS), 1_000L)), Rule.UNKNOWN_REFERENCE);
      // the treasurer does not submit the SPP they pay
      rejected(f.apply(f.submitFinancing(KAUR, BUMDES, 1_000L)), Rule.WRONG_ROLE);
      OperationId spp = f.ok(f.submitFinancing(PKA_PU, BUMDES, 150_000_000L));
      rejected(f.apply(f.submitFinancing(PKA_PU, BUMDES, 1_000L)), Rule.ITEM_OVERSPENT);
      rejected(f.apply(new ApproveSpp(f.id(), KD, f.tick(), spp)), Rule.STEP_ORDER);
      f.ok(f.verify(spp));
      f.ok(f.approve(spp));
      // only 200 M Dana Desa received, less nothing spent: covers 150 M; spend 100 M of it first on the road
      f.paid(SppType.LS, JALAN, 100_000_000L);
      rejected(f.apply(f.pay(spp)), Rule.CASH_NEGATIVE);
      f.ok(f.receive(FundSource.DDS, SILPA, 150_000_000L, null));
      rejected(f.apply(f.pay(spp, TaxType.PPH_23)), Rule.INVALID_OPERATION);
      f.ok(f.pay(spp));
      assertTrue(f.ledger.recheck().isEmpty());
    }

    @Test
    @DisplayName("financing receipts 6.1.x: SiLPA of the previous year per fund source (6.1.1) and the drawing of a reserve fund (6.1.2) add to that source's cash; the LRA shows them per account")
    void financingReceipts() {
      LedgerFixture f = new LedgerFixture().registered().enacted(financedBudget());
      f.on(LocalDate.of(YEAR, 1, 2));
      f.ok(f.receive(FundSource.DDS, SILPA, 150_000_000L, null));
      f.ok(f.receive(FundSource.ADD, SILPA, 12_500_000L, null));
      AccountCode pencairan = AccountCode.parse("6.1.2.01");
      f.ok(f.receive(FundSource.PAD, pencairan, 20_000_000L, null));
      // SiLPA keeps its fund source: Dana Desa's SiLPA pays Dana Desa items only (DESIGN §2: SiLPA of Dana Desa keeps its restrictions)
      assertEquals(rp(150_000_000L), f.ledger.snapshot().funds().get(FundSource.DDS).cash());
      assertEquals(rp(12_500_000L), f.ledger.snapshot().funds().get(FundSource.ADD).cash());
      YearEndReport lra = f.ledger.yearEnd();
      YearEndReport.Row silpa = lra.pembiayaanPenerimaan().stream().filter(r -> r.account().equals(SILPA)).findFirst().orElseThrow();
      assertEquals(rp(150_000_000L), silpa.budget());
      assertEquals(rp(162_500_000L), silpa.realised());
      assertEquals(rp(-12_500_000L), silpa.difference()); // received more than budgeted: printed (12.500.000)
      YearEndReport.Row reserve = lra.pembiayaanPenerimaan().stream().filter(r -> r.account().equals(pencairan)).findFirst().orElseThrow();
      assertEquals(rp(20_000_000L), reserve.realised());
      // and the SiLPA of Dana Desa pays the penyertaan modal
      OperationId spp = f.ok(f.submitFinancing(PKA_PU, BUMDES, 150_000_000L));
      f.ok(f.verify(spp));
      f.ok(f.approve(spp));
      f.ok(f.pay(spp));
      assertTrue(f.ledger.snapshot().funds().get(FundSource.DDS).cash().isZero());
      assertTrue(f.ledger.recheck().isEmpty());
    }

    @Test
    @DisplayName("a financing SPP is rejected, cancelled or its payment reversed like any SPP; the reservation and the cash come back")
    void withdrawnAndReversed() {
      LedgerFixture f = financed();
      OperationId a = f.ok(f.submitFinancing(PKA_PU, BUMDES, 100_000_000L));
      f.ok(new RejectSpp(f.id(), SEKDES, f.tick(), a, "Perdes penyertaan modal belum ditetapkan"));
      OperationId b = f.ok(f.submitFinancing(PKA_PU, BUMDES, 150_000_000L));
      f.ok(f.verify(b));
      f.ok(f.approve(b));
      f.ok(f.pay(b));
      long cashPaid = Idr.toSen(f.ledger.snapshot().funds().get(FundSource.DDS).cash());
      f.ok(new ReversePayment(f.id(), KAUR, f.tick(), b, "salah rekening BUMDes"));
      assertEquals(cashPaid + 15_000_000_000L, Idr.toSen(f.ledger.snapshot().funds().get(FundSource.DDS).cash()));
      assertTrue(f.ledger.yearEnd().pembiayaanPengeluaran().get(0).realised().isZero());
      f.ok(f.submitFinancing(PKA_PU, BUMDES, 150_000_000L));
      assertTrue(f.ledger.recheck().isEmpty());
    }
  }

  @Test
  @DisplayName("I1 — payments and receipts are positive rupiah exact to the sen")
  void amounts() {
    LedgerFixture f = LedgerFixture.ready();
    rejected(f.apply(f.receive(FundSource.PAD, HASIL_USAHA, 0L, null)), Rule.AMOUNT_NOT_POSITIVE);
    rejected(
        f.apply(new ReceiveRevenue(f.id(), KAUR, f.tick(), HASIL_USAHA, FundSource.PAD, Idr.of(new BigDecimal("1.005")), null, "x")),
        Rule.AMOUNT_PRECISION);
    rejected(f.apply(f.submit(PKA_PU, SppType.LS, JALAN, -5L)), Rule.AMOUNT_NOT_POSITIVE);
    rejected(f.apply(f.receive(FundSource.PAD, DANA_DESA, 5L, null)), Rule.INVALID_OPERATION);
    rejected(f.apply(f.receive(FundSource.DDS, DANA_DESA, 5L, 3)), Rule.INVALID_OPERATION);
    rejected(f.apply(f.submit(PKA_PU, SppType.LS, UNBUDGETED, 5L)), Rule.UNKNOWN_REFERENCE);
  }
}
