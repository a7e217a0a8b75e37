package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The budget year's other paths (issue 15), each through the ledger, with the article it comes from. */
class BudgetPathsTest {

  /**
   * The fixture's budget with one belanja line repeated exactly and its ADD revenue raised to match
   * (an ADD line: more Dana Desa would change the shares the year's Dana Desa priorities check).
   */
  static Apbdes withDuplicateLine() {
    List<BudgetLine> lines = new ArrayList<>(budget().lines());
    BudgetLine atk = lines.stream().filter(l -> l.account().toString().equals("5.2.1.01")).findFirst().orElseThrow();
    lines.add(atk);
    lines.add(BudgetLine.pendapatan(ALOKASI_DANA_DESA, FundSource.ADD, "Alokasi Dana Desa (tambahan)", atk.amount()));
    return Apbdes.of(VILLAGE, YEAR, lines);
  }

  /** The findings of an outcome but the focus-tag fallback warning the untagged fixture budget always carries (issue 12). */
  static List<Finding> besidesFocus(Outcome o) {
    return o.findings().stream().filter(x -> x.rule() != Rule.FOCUS_BY_PREFIX).toList();
  }

  @Test
  @DisplayName("an accepted lifecycle step returns the findings of the version it moved (Permendagri 20/2018 Pasal 32-35; issue 15)")
  void acceptedStepsCarryFindings() {
    LedgerFixture f = new LedgerFixture().registered();
    Outcome drafted = f.apply(new DraftBudget(f.id(), SEKDES, f.tick(), withDuplicateLine(), "RAPBDes 2025"));
    assertTrue(drafted.isAccepted(), drafted::toString);
    assertTrue(drafted.has(Rule.LINE_DUPLICATE), () -> "the warning is returned, not dropped: " + drafted);
    assertTrue(drafted.findings().stream().noneMatch(Finding::isError), drafted::toString);
    assertTrue(besidesFocus(drafted).get(0).path().startsWith(drafted.operation().id().value() + "."), "at the operation's path");
    Outcome agreed = f.apply(new AgreeBudget(f.id(), KD, f.tick(), "BA kesepakatan"));
    assertTrue(agreed.isAccepted() && agreed.has(Rule.LINE_DUPLICATE), agreed::toString);
    assertEquals(f.ledger.lifecycle().orElseThrow().validation().findings().size(), agreed.findings().size());
  }

  @Test
  @DisplayName("a draft with errors is accepted and its errors are returned with it (issue 15)")
  void draftWithErrorsReturnsThem() {
    LedgerFixture f = new LedgerFixture().registered();
    List<BudgetLine> lines = new ArrayList<>(budget().lines());
    lines.add(BudgetLine.pendapatan(HASIL_USAHA, FundSource.PAD, "Hasil usaha lain", rp(1_000_000L)));
    Outcome drafted = f.apply(new DraftBudget(f.id(), SEKDES, f.tick(), Apbdes.of(VILLAGE, YEAR, lines), "RAPBDes 2025"));
    assertTrue(drafted.isAccepted(), drafted::toString);
    assertTrue(drafted.has(Rule.BALANCE), drafted::toString);
  }

  @Test
  @DisplayName("other accepted operations carry no findings")
  void otherOperationsCarryNone() {
    LedgerFixture f = LedgerFixture.ready();
    Outcome o = f.apply(f.submit(PKA_PU, SppType.LS, JALAN, 1_000_000L));
    assertTrue(o.isAccepted() && o.findings().isEmpty(), o::toString);
  }

  // ------------------------------------------------------------------ evaluation outcomes (Pasal 35)

  private static LedgerFixture agreedOn(LocalDate date) {
    LedgerFixture f = new LedgerFixture().registered();
    f.on(date);
    f.ok(new DraftBudget(f.id(), SEKDES, f.tick(), budget(), "RAPBDes 2025"));
    f.ok(new AgreeBudget(f.id(), KD, f.tick(), "BA kesepakatan 07/2024"));
    return f;
  }

  private static void agreesWithReference(LedgerFixture f) {
    assertEquals(List.of(), ReferenceLedger.recompute(VILLAGE, POLICY, f.ledger.history()).violations(), "the reference model agrees");
  }

  @Test
  @DisplayName("no evaluation within 20 working days of receipt: the draft takes effect and the Kepala Desa enacts it (Permendagri 20/2018 Pasal 35(2)-(3))")
  void deemedEvaluation() {
    LedgerFixture f = agreedOn(LocalDate.of(2024, 10, 1));
    LocalDate submitted = LocalDate.of(2024, 10, 2);
    // 20 working days from Wednesday 2 October 2024 (no holiday in October 2024) end on Wednesday 30 October
    f.on(LocalDate.of(2024, 10, 30));
    Outcome early = f.apply(new EnactDeemedBudget(f.id(), KD, f.tick(), submitted, "Perdes 5/2024"));
    assertTrue(early.isRejected() && early.has(Rule.EVALUATION_PENDING), early::toString);
    assertEquals("2024-10-30", early.findings().get(0).data().get("evaluationDue"));
    assertFalse(ReferenceLedger.recompute(VILLAGE, POLICY, f.ledger.history()).apply(early.operation()).isEmpty(), "the reference model refuses it too");
    Outcome wrongRole = f.apply(new EnactDeemedBudget(f.id(), SEKDES, f.tick(), submitted, "Perdes 5/2024"));
    assertTrue(wrongRole.has(Rule.WRONG_ROLE), wrongRole::toString);
    f.on(LocalDate.of(2024, 10, 31));
    Outcome deemed = f.apply(new EnactDeemedBudget(f.id(), KD, f.tick(), submitted, "Perdes 5/2024"));
    assertTrue(deemed.isAccepted(), deemed::toString);
    assertTrue(besidesFocus(deemed).isEmpty(), deemed::toString);
    assertEquals(ApbdesLifecycle.Stage.ENACTED, f.ledger.snapshot().stage());
    assertTrue(f.ledger.lifecycle().orElseThrow().original().step(ApbdesLifecycle.Stage.EVALUATED).isEmpty(), "no evaluator's step");
    agreesWithReference(f);
    f.funded();
    f.paid(SppType.LS, JALAN, 10_000_000L);
    agreesWithReference(f);
  }

  @Test
  @DisplayName("the evaluation period skips holidays of the calendar (SKB 2024: Natal 25 December, cuti bersama 26 December)")
  void deemedEvaluationSkipsHolidays() {
    LedgerFixture f = agreedOn(LocalDate.of(2024, 12, 2));
    LocalDate submitted = LocalDate.of(2024, 12, 3);
    // 20 weekdays from Tuesday 3 December end on 31 December; with the Christmas holiday and cuti
    // bersama and New Year's Day off, the Bupati has until Friday 3 January 2025
    f.on(LocalDate.of(2025, 1, 3));
    Outcome early = f.apply(new EnactDeemedBudget(f.id(), KD, f.tick(), submitted, "Perdes 5/2024"));
    assertTrue(early.has(Rule.EVALUATION_PENDING), early::toString);
    assertEquals("2025-01-03", early.findings().get(0).data().get("evaluationDue"));
    f.on(LocalDate.of(2025, 1, 6));
    Outcome deemed = f.apply(new EnactDeemedBudget(f.id(), KD, f.tick(), submitted, "Perdes 5/2024"));
    assertTrue(deemed.isAccepted(), deemed::toString);
    assertTrue(deemed.has(Rule.LIFECYCLE_DATE), () -> "enacted after 31 December of the year before is reported: " + deemed);
    agreesWithReference(f);
  }

  @Test
  @DisplayName("agreement after October and submission later than 3 days are reported as warnings, as the pack says (Permendagri 20/2018 Pasal 31-34)")
  void datesReported() {
    LedgerFixture f = new LedgerFixture().registered();
    f.on(LocalDate.of(2024, 11, 4));
    f.ok(new DraftBudget(f.id(), SEKDES, f.tick(), budget(), "RAPBDes 2025"));
    Outcome agreed = f.apply(new AgreeBudget(f.id(), KD, f.tick(), "BA kesepakatan"));
    assertTrue(agreed.isAccepted() && agreed.has(Rule.LIFECYCLE_DATE), agreed::toString);
    assertEquals("2024-10-31", agreed.findings().stream().filter(x -> x.rule() == Rule.LIFECYCLE_DATE).findFirst().orElseThrow().data().get("due"));
    f.on(LocalDate.of(2024, 12, 20));
    Outcome deemed = f.apply(new EnactDeemedBudget(f.id(), KD, f.tick(), LocalDate.of(2024, 11, 11), "Perdes 5/2024"));
    assertTrue(deemed.isAccepted(), deemed::toString);
    assertEquals(1, besidesFocus(deemed).size(), () -> "only the late submission, not the agreement again: " + deemed);
    assertEquals("submitted", besidesFocus(deemed).get(0).path().substring(deemed.operation().id().value().length() + 1));
    agreesWithReference(f);
  }

  @Test
  @DisplayName("a negative evaluation is corrected by the Kepala Desa with the BPD, then enacted (Permendagri 20/2018 Pasal 35(5))")
  void negativeEvaluationThenCorrection() {
    LedgerFixture f = agreedOn(LocalDate.of(2024, 10, 1));
    f.on(LocalDate.of(2024, 10, 15));
    rejected(f.apply(new ReturnBudget(f.id(), KD, f.tick(), "evaluasi")), Rule.WRONG_ROLE);
    f.ok(new ReturnBudget(f.id(), EVALUATOR, f.tick(), "Keputusan Bupati 188/45/2024: tidak sesuai"));
    rejected(f.apply(new EnactBudget(f.id(), KD, f.tick(), "Perdes")), Rule.LIFECYCLE_ORDER);
    rejected(f.apply(new EvaluateBudget(f.id(), EVALUATOR, f.tick(), "again")), Rule.LIFECYCLE_ORDER);
    List<BudgetLine> unbalanced = new ArrayList<>(budget().lines());
    unbalanced.add(BudgetLine.pendapatan(HASIL_USAHA, FundSource.PAD, "Hasil usaha lain", rp(1_000_000L)));
    rejected(f.apply(new CorrectBudget(f.id(), KD, f.tick(), Apbdes.of(VILLAGE, YEAR, unbalanced), "BA penyempurnaan")), Rule.BALANCE);
    Map<BudgetItemKey, Long> items = new HashMap<>(ORIGINAL);
    items.put(JALAN, 250_000_000L);
    items.put(PANGAN, 150_000_000L);
    f.on(LocalDate.of(2024, 11, 1));
    Outcome corrected = f.apply(new CorrectBudget(f.id(), KD, f.tick(), budget(items), "BA penyempurnaan 09/2024"));
    assertTrue(corrected.isAccepted() && !corrected.has(Rule.LIFECYCLE_DATE), corrected::toString);
    f.ok(new EnactBudget(f.id(), KD, f.tick(), "Perdes 5/2024"));
    assertEquals(rp(250_000_000L), f.ledger.snapshot().items().get(JALAN).budget());
    assertEquals(rp(150_000_000L), f.ledger.snapshot().items().get(PANGAN).budget());
    agreesWithReference(f);
  }

  @Test
  @DisplayName("a correction later than 20 working days after the evaluation is reported (Permendagri 20/2018 Pasal 35(5))")
  void lateCorrectionReported() {
    LedgerFixture f = agreedOn(LocalDate.of(2024, 10, 1));
    f.on(LocalDate.of(2024, 10, 15));
    f.ok(new ReturnBudget(f.id(), EVALUATOR, f.tick(), "Keputusan Bupati: tidak sesuai"));
    f.on(LocalDate.of(2024, 12, 2));
    Outcome late = f.apply(new CorrectBudget(f.id(), KD, f.tick(), budget(), "BA penyempurnaan"));
    assertTrue(late.isAccepted() && late.has(Rule.LIFECYCLE_DATE), late::toString);
    // 20 working days from Tuesday 15 October 2024 end on Tuesday 12 November
    assertEquals("2024-11-12", late.findings().stream().filter(x -> x.rule() == Rule.LIFECYCLE_DATE).findFirst().orElseThrow().data().get("due"));
    agreesWithReference(f);
  }

  @Test
  @DisplayName("the revision can be returned, corrected and deemed too; deemed enactment of a revision never cuts below committed + paid (I4)")
  void revisionPaths() {
    LedgerFixture f = LedgerFixture.ready();
    f.paid(SppType.LS, JALAN, 120_000_000L);
    Map<BudgetItemKey, Long> items = new HashMap<>(ORIGINAL);
    items.put(JALAN, 100_000_000L);
    items.put(PANGAN, 300_000_000L);
    f.on(LocalDate.of(YEAR, 7, 1));
    f.ok(new DraftRevision(f.id(), SEKDES, f.tick(), budget(items), "R-APBDes P"));
    f.ok(new AgreeBudget(f.id(), KD, f.tick(), "BA P"));
    f.on(LocalDate.of(YEAR, 8, 15));
    Outcome cut = f.apply(new EnactDeemedBudget(f.id(), KD, f.tick(), LocalDate.of(YEAR, 7, 2), "Perdes P"));
    rejected(cut, Rule.REVISION_BELOW_COMMITTED);
    f.ok(new ReturnBudget(f.id(), EVALUATOR, f.tick(), "evaluasi P: tidak sesuai"));
    items.put(JALAN, 200_000_000L);
    items.put(PANGAN, 200_000_000L);
    f.ok(new CorrectBudget(f.id(), KD, f.tick(), budget(items), "BA penyempurnaan P"));
    f.ok(new EnactBudget(f.id(), KD, f.tick(), "Perdes P"));
    assertEquals(rp(200_000_000L), f.ledger.snapshot().items().get(JALAN).budget());
    rejected(f.apply(new DraftRevision(f.id(), SEKDES, f.tick(), budget(items), "second")), Rule.REVISION_LIMIT);
    agreesWithReference(f);
  }

  // ------------------------------------------------------- changes by Perkades (not the perubahan)

  static final BudgetItemKey BTT = key("05.02.01", "5.4.1.01", "ADD");
  static final BudgetItemKey BENCANA = key("05.01.01", "5.2.1.01", "ADD");
  static final BudgetItemKey JALAN_PBK = key("02.03.10", "5.3.5.01", "PBK");
  static final AccountCode BANTUAN_KABUPATEN = AccountCode.parse("4.2.5.01");

  /** The fixture's budget with Rp10 juta of belanja tak terduga from ADD (ATK 10 juta less). */
  static Map<BudgetItemKey, Long> withBtt() {
    Map<BudgetItemKey, Long> items = new HashMap<>(ORIGINAL);
    items.put(ATK, 190_000_000L);
    items.put(BTT, 10_000_000L);
    return items;
  }

  /** {@code base} with a grant from the kabupaten (4.2.5.01, PBK) spent on the road from the same source. */
  static Apbdes withGrant(Apbdes base, long rupiah) {
    List<BudgetLine> lines = new ArrayList<>(base.lines());
    lines.add(BudgetLine.pendapatan(BANTUAN_KABUPATEN, FundSource.PBK, "Bantuan keuangan kabupaten", rp(rupiah)));
    lines.add(BudgetLine.belanja(JALAN_PBK.kegiatan(), JALAN_PBK.account(), FundSource.PBK, "rabat beton (BK kabupaten)", rp(rupiah)));
    return Apbdes.of(VILLAGE, YEAR, lines);
  }

  @Test
  @DisplayName("a shift by Perkades within a jenis belanja and fund source, the BPD informed, versioned with its diff; the perubahan stays available (Permendagri 20/2018)")
  void shift() {
    LedgerFixture f = LedgerFixture.ready();
    f.paid(SppType.LS, JALAN, 120_000_000L);
    Map<BudgetItemKey, Long> items = new HashMap<>(ORIGINAL);
    items.put(JALAN, 250_000_000L);
    items.put(DRAINASE, 150_000_000L);
    f.on(LocalDate.of(YEAR, 4, 1));
    Outcome shifted = f.apply(new ShiftBudget(f.id(), KD, f.tick(), budget(items), "Perkades 3/2025 perubahan penjabaran"));
    assertTrue(shifted.isAccepted(), shifted::toString);
    assertEquals(rp(150_000_000L), f.ledger.snapshot().items().get(DRAINASE).budget());
    ApbdesLifecycle.Change c = f.ledger.lifecycle().orElseThrow().changes().get(0);
    assertEquals(ApbdesLifecycle.Transition.SHIFT, c.kind());
    assertEquals("Perkades 3/2025 perubahan penjabaran", c.step().reference());
    assertEquals(2, c.diff().changes().size(), c.diff()::toString);
    // between jenis belanja (5.3 modal to 5.2 barang/jasa) it takes the Perdes perubahan
    Map<BudgetItemKey, Long> across = new HashMap<>(items);
    across.put(DRAINASE, 100_000_000L);
    across.put(PANGAN, 150_000_000L);
    rejected(f.apply(new ShiftBudget(f.id(), KD, f.tick(), budget(across), "Perkades 4/2025")), Rule.BUDGET_CHANGE);
    // never below what is paid
    Map<BudgetItemKey, Long> cut = new HashMap<>(items);
    cut.put(JALAN, 100_000_000L);
    cut.put(DRAINASE, 300_000_000L);
    rejected(f.apply(new ShiftBudget(f.id(), KD, f.tick(), budget(cut), "Perkades 5/2025")), Rule.REVISION_BELOW_COMMITTED);
    rejected(f.apply(new ShiftBudget(f.id(), SEKDES, f.tick(), budget(items), "Perkades 6/2025")), Rule.WRONG_ROLE);
    agreesWithReference(f);
    f.ok(new DraftRevision(f.id(), SEKDES, f.tick(), budget(items), "R-APBDes P"));
    rejected(f.apply(new ShiftBudget(f.id(), KD, f.tick(), budget(ORIGINAL), "during the perubahan")), Rule.LIFECYCLE_ORDER);
    agreesWithReference(f);
  }

  @Test
  @DisplayName("a grant arriving after the Perdes perubahan is added by Perkades, the BPD informed (Permendagri 20/2018; Buku Saku PKD p. 47)")
  void lateGrant() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(YEAR, 5, 1));
    rejected(f.apply(new AddLateGrant(f.id(), KD, f.tick(), withGrant(budget(), 50_000_000L), "Perkades 2/2025")), Rule.BUDGET_CHANGE);
    f.on(LocalDate.of(YEAR, 8, 1));
    f.ok(new DraftRevision(f.id(), SEKDES, f.tick(), budget(), "R-APBDes P"));
    f.ok(new AgreeBudget(f.id(), KD, f.tick(), "BA P"));
    f.ok(new EvaluateBudget(f.id(), EVALUATOR, f.tick(), "evaluasi P"));
    f.ok(new EnactBudget(f.id(), KD, f.tick(), "Perdes P"));
    f.on(LocalDate.of(YEAR, 10, 1));
    // the grant spent from another source is not a late grant
    Map<BudgetItemKey, Long> more = new HashMap<>(ORIGINAL);
    more.put(JALAN, 350_000_000L);
    Apbdes moreDds = budget(more);
    List<BudgetLine> mixed = new ArrayList<>(moreDds.lines());
    mixed.removeIf(l -> l.account().equals(DANA_DESA));
    mixed.add(BudgetLine.pendapatan(DANA_DESA, FundSource.DDS, "Dana Desa", rp(500_000_000L)));
    mixed.add(BudgetLine.pendapatan(BANTUAN_KABUPATEN, FundSource.PBK, "Bantuan keuangan kabupaten", rp(50_000_000L)));
    Outcome spentElsewhere = f.apply(new AddLateGrant(f.id(), KD, f.tick(), Apbdes.of(VILLAGE, YEAR, mixed), "Perkades 7/2025"));
    assertTrue(spentElsewhere.isRejected(), spentElsewhere::toString);
    Outcome grant = f.apply(new AddLateGrant(f.id(), KD, f.tick(), withGrant(budget(), 50_000_000L), "Perkades 8/2025"));
    assertTrue(grant.isAccepted(), grant::toString);
    assertEquals(rp(50_000_000L), f.ledger.snapshot().items().get(JALAN_PBK).budget());
    assertEquals(1, f.ledger.lifecycle().orElseThrow().changes().size());
    agreesWithReference(f);
    f.ok(f.receive(FundSource.PBK, BANTUAN_KABUPATEN, 50_000_000L, null));
    f.paid(SppType.LS, JALAN_PBK, 50_000_000L);
    agreesWithReference(f);
  }

  @Test
  @DisplayName("belanja tak terduga is detailed for an emergency by Perkades before any perubahan (Permendagri 20/2018, bidang 05)")
  void emergencySpending() {
    LedgerFixture f = new LedgerFixture().registered().enacted(budget(withBtt())).funded();
    f.on(LocalDate.of(YEAR, 2, 10));
    Map<BudgetItemKey, Long> flood = new HashMap<>(withBtt());
    flood.put(BTT, 4_000_000L);
    flood.put(BENCANA, 6_000_000L);
    Outcome o = f.apply(new SpendEmergency(f.id(), KD, f.tick(), budget(flood), "Perkades 1/2025 tanggap darurat banjir"));
    assertTrue(o.isAccepted(), o::toString);
    assertEquals(rp(6_000_000L), f.ledger.snapshot().items().get(BENCANA).budget());
    assertEquals(rp(4_000_000L), f.ledger.snapshot().items().get(BTT).budget());
    agreesWithReference(f);
    // drawing on a line that is not belanja tak terduga is a shift or a perubahan, not emergency spending
    Map<BudgetItemKey, Long> notBtt = new HashMap<>(flood);
    notBtt.put(ATK, 185_000_000L);
    notBtt.put(BENCANA, 11_000_000L);
    rejected(f.apply(new SpendEmergency(f.id(), KD, f.tick(), budget(notBtt), "Perkades 2/2025")), Rule.BUDGET_CHANGE);
    // after the perubahan is drafted, emergency spending by Perkades is over
    f.ok(new DraftRevision(f.id(), SEKDES, f.tick(), budget(flood), "R-APBDes P"));
    f.ok(new AgreeBudget(f.id(), KD, f.tick(), "BA P"));
    f.ok(new EvaluateBudget(f.id(), EVALUATOR, f.tick(), "evaluasi P"));
    f.ok(new EnactBudget(f.id(), KD, f.tick(), "Perdes P"));
    Map<BudgetItemKey, Long> again = new HashMap<>(flood);
    again.put(BTT, 0L);
    again.put(BENCANA, 10_000_000L);
    rejected(f.apply(new SpendEmergency(f.id(), KD, f.tick(), budget(again), "Perkades 9/2025")), Rule.BUDGET_CHANGE);
  }

  private static void rejected(Outcome o, Rule rule) {
    assertTrue(o.isRejected() && o.has(rule), () -> "expected " + rule + ": " + o);
  }
}
