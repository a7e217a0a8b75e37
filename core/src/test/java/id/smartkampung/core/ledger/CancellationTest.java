package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.rule.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The cancellation of the Perdes APBDes by the Bupati/Walikota — <i>pembatalan</i> (Permendagri
 * 20/2018 Pasal 36): the village enacted it without following the evaluation; from the Keputusan on,
 * only the village government's operational spending (the pack's {@code cancellation}: 5.1) is
 * allowed until the corrected Perdes is enacted; nothing committed or paid before is undone.
 */
class CancellationTest {

  private static final String DECREE = "Keputusan Bupati 188/71/2025 pembatalan Perdes APB Desa";

  private static void rejected(Outcome o, Rule rule) {
    assertTrue(o.isRejected() && o.has(rule), () -> "expected " + rule + ": " + o);
  }

  private static void agreesWithReference(LedgerFixture f) {
    assertEquals(List.of(), ReferenceLedger.recompute(VILLAGE, POLICY, f.ledger.history()).violations(), "the reference model agrees");
  }

  private static void referenceRefuses(LedgerFixture f, Outcome refused) {
    assertFalse(ReferenceLedger.recompute(VILLAGE, POLICY, f.ledger.history()).apply(refused.operation()).isEmpty(), "the reference model refuses it too");
  }

  /** Ready, 10 M paid on the road before the cancellation, then cancelled by the district. */
  private static LedgerFixture cancelled() {
    LedgerFixture f = LedgerFixture.ready();
    f.paid(SppType.LS, JALAN, 10_000_000L);
    f.ok(new CancelBudget(f.id(), EVALUATOR, f.tick(), DECREE));
    return f;
  }

  @Test
  @DisplayName("after the cancellation a road SPP is refused, a siltap SPP accepted and paid (Permendagri 20/2018 Pasal 36: only operational spending)")
  void onlyOperationalSpending() {
    LedgerFixture f = cancelled();
    assertEquals(ApbdesLifecycle.Stage.CANCELLED, f.ledger.snapshot().stage());
    assertTrue(f.ledger.lifecycle().orElseThrow().cancelled());
    Outcome road = f.apply(f.submit(PKA_PU, SppType.LS, JALAN, 1_000_000L));
    rejected(road, Rule.BUDGET_CANCELLED);
    assertTrue(road.findings().get(0).message().contains(DECREE), road::toString);
    assertEquals("5.3.5.01", road.findings().get(0).data().get("account"));
    referenceRefuses(f, road);
    // 5.2.1 office supplies are not in the pack's operational accounts (5.1 only, our reading)
    Outcome atk = f.apply(f.submit(PKA_UMUM, SppType.LS, ATK, 1_000_000L));
    rejected(atk, Rule.BUDGET_CANCELLED);
    referenceRefuses(f, atk);
    f.paid(SppType.LS, SILTAP, 2_000_000L);
    // nothing paid before is undone
    assertEquals(rp(10_000_000L), f.ledger.snapshot().items().get(JALAN).realised());
    agreesWithReference(f);
  }

  @Test
  @DisplayName("only the district evaluator cancels (Pasal 36: Keputusan Bupati/Walikota); others are refused as the wrong role")
  void wrongActor() {
    LedgerFixture f = LedgerFixture.ready();
    Outcome byKd = f.apply(new CancelBudget(f.id(), KD, f.tick(), DECREE));
    rejected(byKd, Rule.WRONG_ROLE);
    referenceRefuses(f, byKd);
    assertEquals(ApbdesLifecycle.Stage.ENACTED, f.ledger.snapshot().stage());
    f.ok(f.submit(PKA_PU, SppType.LS, JALAN, 1_000_000L));
  }

  @Test
  @DisplayName("a budget that is not enacted cannot be cancelled (Pasal 36 cancels the enacted Perdes)")
  void notEnacted() {
    LedgerFixture f = new LedgerFixture().registered();
    f.ok(new DraftBudget(f.id(), SEKDES, f.tick(), budget(), "RAPBDes 2025"));
    f.ok(new AgreeBudget(f.id(), KD, f.tick(), "BA kesepakatan 01/2024"));
    Outcome early = f.apply(new CancelBudget(f.id(), EVALUATOR, f.tick(), DECREE));
    rejected(early, Rule.LIFECYCLE_ORDER);
    referenceRefuses(f, early);
    LedgerFixture twice = cancelled();
    Outcome again = twice.apply(new CancelBudget(twice.id(), EVALUATOR, twice.tick(), DECREE));
    rejected(again, Rule.LIFECYCLE_ORDER);
    referenceRefuses(twice, again);
  }

  @Test
  @DisplayName("a year with a revision is not cancelled here (Pasal 36 is about the Perdes APBDes; a cancelled perubahan is not modelled)")
  void notARevision() {
    LedgerFixture f = LedgerFixture.ready();
    f.ok(new DraftRevision(f.id(), SEKDES, f.tick(), budget(), "RAPBDes Perubahan 2025"));
    Outcome o = f.apply(new CancelBudget(f.id(), EVALUATOR, f.tick(), DECREE));
    rejected(o, Rule.LIFECYCLE_ORDER);
    referenceRefuses(f, o);
  }

  @Test
  @DisplayName("while cancelled no change by Perkades nor revision; the corrected Perdes, not below what was paid, lifts the cancellation (Pasal 36)")
  void correctedPerdesLiftsIt() {
    LedgerFixture f = cancelled();
    rejected(f.apply(new ShiftBudget(f.id(), KD, f.tick(), budget(), "Perkades 3/2025")), Rule.LIFECYCLE_ORDER);
    rejected(f.apply(new DraftRevision(f.id(), SEKDES, f.tick(), budget(), "RAPBDes Perubahan 2025")), Rule.LIFECYCLE_ORDER);
    rejected(f.apply(new CorrectBudget(f.id(), SEKDES, f.tick(), budget(), "BA penyempurnaan")), Rule.WRONG_ROLE);
    // the corrected budget cuts the road to 5 M, below the 10 M paid before the cancellation
    Map<BudgetItemKey, Long> cut = new HashMap<>(ORIGINAL);
    cut.put(JALAN, 5_000_000L);
    f.ok(new CorrectBudget(f.id(), KD, f.tick(), budget(cut), "BA penyempurnaan 02/2025"));
    assertTrue(f.ledger.lifecycle().orElseThrow().cancelled(), "still cancelled until the enactment");
    rejected(f.apply(f.submit(PKA_PU, SppType.LS, JALAN, 1_000_000L)), Rule.BUDGET_CANCELLED);
    Outcome below = f.apply(new EnactBudget(f.id(), KD, f.tick(), "Perdes 2/2025"));
    rejected(below, Rule.REVISION_BELOW_COMMITTED);
    referenceRefuses(f, below);
    agreesWithReference(f);
  }

  @Test
  @DisplayName("the corrected Perdes enacted, a road SPP is accepted again (Pasal 36)")
  void enactmentLiftsIt() {
    LedgerFixture f = cancelled();
    Map<BudgetItemKey, Long> items = new HashMap<>(ORIGINAL);
    f.ok(new CorrectBudget(f.id(), KD, f.tick(), budget(items), "BA penyempurnaan 02/2025"));
    f.ok(new EnactBudget(f.id(), KD, f.tick(), "Perdes 2/2025"));
    assertFalse(f.ledger.lifecycle().orElseThrow().cancelled());
    assertEquals(ApbdesLifecycle.Stage.ENACTED, f.ledger.snapshot().stage());
    f.paid(SppType.LS, JALAN, 1_000_000L);
    assertEquals(rp(11_000_000L), f.ledger.snapshot().items().get(JALAN).realised());
    agreesWithReference(f);
  }

  // ---- Pasal 36: "sekaligus menyatakan berlakunya pagu APB Desa tahun anggaran sebelumnya"

  /** Ready, 10 M paid on the road, then cancelled by a decree that declares the previous year's pagu. */
  private static LedgerFixture cancelledWithPagu(Map<BudgetItemKey, Long> pagu) {
    LedgerFixture f = LedgerFixture.ready();
    f.paid(SppType.LS, JALAN, 10_000_000L);
    com.google.common.collect.ImmutableSortedMap.Builder<BudgetItemKey, org.javamoney.moneta.Money> b = com.google.common.collect.ImmutableSortedMap.naturalOrder();
    pagu.forEach((k, v) -> b.put(k, rp(v)));
    f.ok(new CancelBudget(f.id(), EVALUATOR, f.tick(), DECREE, b.build()));
    return f;
  }

  @Test
  @DisplayName("the previous year's pagu is the ceiling of operational SPPs while cancelled; a rejected SPP frees its part (Permendagri 20/2018 Pasal 36)")
  void previousPaguIsTheCeiling() {
    LedgerFixture f = cancelledWithPagu(Map.of(SILTAP, 3_000_000L));
    OperationId first = f.ok(f.submit(PKA_UMUM, SppType.LS, SILTAP, 2_000_000L));
    Outcome over = f.apply(f.submit(PKA_UMUM, SppType.LS, SILTAP, 1_500_000L));
    rejected(over, Rule.BUDGET_CANCELLED);
    assertTrue(over.findings().get(0).message().contains("pagu") && over.findings().get(0).message().contains(DECREE), over::toString);
    assertEquals(SILTAP.toString(), over.findings().get(0).data().get("item"));
    referenceRefuses(f, over);
    // exactly up to the pagu is accepted
    f.ok(f.submit(PKA_UMUM, SppType.LS, SILTAP, 1_000_000L));
    rejected(f.apply(f.submit(PKA_UMUM, SppType.LS, SILTAP, 1L)), Rule.BUDGET_CANCELLED);
    f.ok(new RejectSpp(f.id(), SEKDES, f.tick(), first, "salah hitung"));
    f.ok(f.submit(PKA_UMUM, SppType.LS, SILTAP, 1_500_000L));
    agreesWithReference(f);
  }

  @Test
  @DisplayName("an operational item without a previous pagu in the decree gets nothing while cancelled (Pasal 36)")
  void noPaguNoSpending() {
    LedgerFixture f = cancelledWithPagu(Map.of());
    Outcome siltap = f.apply(f.submit(PKA_UMUM, SppType.LS, SILTAP, 1_000_000L));
    rejected(siltap, Rule.BUDGET_CANCELLED);
    referenceRefuses(f, siltap);
    // the road stays refused as not operational
    rejected(f.apply(f.submit(PKA_PU, SppType.LS, JALAN, 1_000_000L)), Rule.BUDGET_CANCELLED);
    agreesWithReference(f);
  }

  @Test
  @DisplayName("a decree declaring a previous pagu for non-operational spending is refused before anything changes (Pasal 36; pack cancellation.operationalAccounts)")
  void paguOnlyForOperationalItems() {
    LedgerFixture f = LedgerFixture.ready();
    Outcome o = f.apply(new CancelBudget(f.id(), EVALUATOR, f.tick(), DECREE, com.google.common.collect.ImmutableSortedMap.of(JALAN, rp(5_000_000L))));
    rejected(o, Rule.BUDGET_CANCELLED);
    assertTrue(o.findings().get(0).path().contains("previousPagu"), o::toString);
    referenceRefuses(f, o);
    Outcome zero = f.apply(new CancelBudget(f.id(), EVALUATOR, f.tick(), DECREE, com.google.common.collect.ImmutableSortedMap.of(SILTAP, rp(0L))));
    assertTrue(zero.isRejected(), zero::toString);
    referenceRefuses(f, zero);
    assertEquals(ApbdesLifecycle.Stage.ENACTED, f.ledger.snapshot().stage(), "nothing half-applied");
  }

  @Test
  @DisplayName("the corrected Perdes enacted, the previous pagu no longer binds (Pasal 36)")
  void enactmentLiftsThePagu() {
    LedgerFixture f = cancelledWithPagu(Map.of(SILTAP, 1_000_000L));
    f.ok(new CorrectBudget(f.id(), KD, f.tick(), budget(new HashMap<>(ORIGINAL)), "BA penyempurnaan 02/2025"));
    f.ok(new EnactBudget(f.id(), KD, f.tick(), "Perdes 2/2025"));
    f.paid(SppType.LS, SILTAP, 2_000_000L);
    agreesWithReference(f);
  }

  // ---- Pasal 36 ayat (2): "Kepala Desa memberhentikan pelaksanaan Peraturan Desa ... paling lama 7 (tujuh) hari kerja setelah pembatalan"

  @Test
  @DisplayName("an SPP on the road submitted before the cancellation is paid up to the 7th working day after it, not later (Permendagri 20/2018 Pasal 36 ayat (2))")
  void sevenWorkingDaysToStop() {
    assertEquals(7, POLICY.cancellation().orElseThrow().stopWorkingDays(), "the pack's data");
    LedgerFixture f = LedgerFixture.ready();
    f.on(java.time.LocalDate.of(2025, 2, 3)); // a Monday
    OperationId road = f.ok(f.submit(PKA_PU, SppType.LS, JALAN, 1_000_000L));
    OperationId drain = f.ok(f.submit(PKA_PU, SppType.LS, DRAINASE, 1_000_000L));
    OperationId siltap = f.ok(f.submit(PKA_UMUM, SppType.LS, SILTAP, 1_000_000L));
    f.ok(new CancelBudget(f.id(), EVALUATOR, f.tick(), DECREE));
    // 4, 5, 6, 7, 10, 11, 12 February 2025: the 7th working day is Wednesday 12 February
    f.on(java.time.LocalDate.of(2025, 2, 12));
    f.ok(f.verify(road));
    f.ok(f.approve(road));
    f.ok(f.pay(road));
    f.ok(f.verify(drain));
    f.on(java.time.LocalDate.of(2025, 2, 13));
    Outcome late = f.apply(f.approve(drain));
    rejected(late, Rule.BUDGET_CANCELLED);
    assertEquals("2025-02-12", late.findings().get(0).data().get("lastDay"), late::toString);
    assertTrue(late.findings().get(0).message().contains("Pasal 36 ayat (2)"), late::toString);
    referenceRefuses(f, late);
    // operational spending goes on; the late SPP may still be rejected
    f.ok(f.verify(siltap));
    f.ok(f.approve(siltap));
    f.ok(f.pay(siltap));
    f.ok(new RejectSpp(f.id(), KD, f.tick(), drain, "Perdes dibatalkan"));
    agreesWithReference(f);
  }

  @Test
  @DisplayName("the 7 working days skip weekends and the Idul Fitri 2025 holidays and cuti bersama (Pasal 36 ayat (2); SKB hari libur 2025)")
  void sevenWorkingDaysAcrossIdulFitri() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(java.time.LocalDate.of(2025, 3, 26));
    OperationId road = f.ok(f.submit(PKA_PU, SppType.LS, JALAN, 1_000_000L));
    f.ok(new CancelBudget(f.id(), EVALUATOR, f.tick(), DECREE));
    // from Wednesday 26 March 2025: 27 March; 28 March (cuti bersama Nyepi), 31 March - 1 April (Idul Fitri) and
    // 2, 3, 4, 7 April (cuti bersama) are days off; then 8, 9, 10, 11, 14, 15 April: the 7th working day is 15 April
    java.time.LocalDate last = java.time.LocalDate.of(2025, 4, 15);
    assertEquals(last, id.smartkampung.core.calendar.HolidayCalendar.standard().plusWorkingDays(java.time.LocalDate.of(2025, 3, 26), 7));
    f.on(last);
    f.ok(f.verify(road));
    f.on(last.plusDays(1));
    Outcome late = f.apply(f.approve(road));
    rejected(late, Rule.BUDGET_CANCELLED);
    referenceRefuses(f, late);
  }
}
