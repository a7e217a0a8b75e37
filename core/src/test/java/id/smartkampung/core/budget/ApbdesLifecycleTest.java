package id.smartkampung.core.budget;

import static id.smartkampung.core.budget.ExampleBudget.kemiren;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.RuleViolationException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Examples of the budget lifecycle (Permendagri 20/2018 art. 31–37; PP 43/2014 art. 101): the
 * Sekretaris Desa drafts, the Kepala Desa agrees with the BPD, the Bupati evaluates, the Kepala
 * Desa enacts by Perdes; one revision (perubahan APBDes) per fiscal year.
 */
class ApbdesLifecycleTest {
  private static final PolicyPack PACK = PolicyPack.forYear(2025);
  private static final Official SEKDES = Official.of("3510010101800001", "Sutrisno", Role.SEKRETARIS_DESA);
  private static final Official KADES = Official.of("3510010101750002", "Lukman Hakim", Role.KEPALA_DESA);
  private static final Official EVALUATOR = Official.of("197001011995031001", "Bagian Pemerintahan Desa", Role.EVALUATOR_KABUPATEN);
  private static final Official BPD = Official.of("3510010101700003", "Ketua BPD", Role.BPD);
  private static final LocalDate OCT_1 = LocalDate.of(2024, 10, 1);

  private static ApbdesLifecycle drafted() {
    return ApbdesLifecycle.draft(kemiren().build(), PACK, OCT_1, SEKDES, "RAPBDes 2025");
  }

  private static ApbdesLifecycle enacted() {
    return drafted()
        .agree(LocalDate.of(2024, 10, 20), KADES, "BA kesepakatan 01/2024")
        .evaluate(LocalDate.of(2024, 11, 15), EVALUATOR, "Evaluasi Bupati 412/2024")
        .enact(LocalDate.of(2024, 12, 20), KADES, "Perdes 5/2024");
  }

  private static Apbdes revisedBudget() {
    ExampleBudget e = kemiren();
    e.jalan -= 30_000_000L;
    e.drainase += 20_000_000L;
    e.pbh += 20_000_000L;
    e.extra.add(BudgetLine.belanja(ExampleBudget.DRAINASE, id.smartkampung.core.code.AccountCode.parse("5.3.7.01"),
        id.smartkampung.core.code.FundSource.DDS, "Gorong-gorong Dusun Krajan", id.smartkampung.core.money.Idr.of(30_000_000L)));
    return e.build();
  }

  private static Finding violation(Rule expected, Executable step) {
    RuleViolationException e = assertThrows(RuleViolationException.class, step);
    assertEquals(1, e.findings().size(), e.findings()::toString);
    assertEquals(expected, e.findings().get(0).rule(), e.findings()::toString);
    return e.findings().get(0);
  }

  @Test
  void draftAgreeEvaluateEnactInOrder_thenTheBudgetIsInForce() {
    ApbdesLifecycle l = drafted();
    assertEquals(Optional.empty(), l.enacted(), "no spending without an enacted budget");
    ApbdesLifecycle done = enacted();
    assertEquals(ApbdesLifecycle.Stage.ENACTED, done.current().stage());
    assertEquals(Optional.of(kemiren().build()), done.enacted());
    assertEquals("Perdes 5/2024", done.original().step(ApbdesLifecycle.Stage.ENACTED).orElseThrow().reference());
    assertEquals(4, done.original().steps().size());
  }

  @Test
  void stepsOutOfOrderAreRefused() {
    violation(Rule.LIFECYCLE_ORDER, () -> drafted().enact(LocalDate.of(2024, 12, 1), KADES, "Perdes"));
    violation(Rule.LIFECYCLE_ORDER, () -> drafted().evaluate(LocalDate.of(2024, 12, 1), EVALUATOR, "letter"));
    ApbdesLifecycle agreed = drafted().agree(LocalDate.of(2024, 10, 20), KADES, "BA");
    violation(Rule.LIFECYCLE_ORDER, () -> agreed.agree(LocalDate.of(2024, 10, 21), KADES, "BA lagi"));
    violation(Rule.LIFECYCLE_ORDER, () -> enacted().enact(LocalDate.of(2024, 12, 21), KADES, "Perdes lagi"));
  }

  // a wrong role is I7.wrong-role on every step (it was I4.lifecycle-order on budget steps before the one code)
  @Test
  void eachStepBelongsToItsRole() {
    violation(Rule.WRONG_ROLE, () -> ApbdesLifecycle.draft(kemiren().build(), PACK, OCT_1, KADES, "RAPBDes"));
    violation(Rule.WRONG_ROLE, () -> drafted().agree(LocalDate.of(2024, 10, 20), BPD, "BA"));
    ApbdesLifecycle agreed = drafted().agree(LocalDate.of(2024, 10, 20), KADES, "BA");
    Finding f = violation(Rule.WRONG_ROLE, () -> agreed.evaluate(LocalDate.of(2024, 11, 1), SEKDES, "letter"));
    assertEquals("SEKRETARIS_DESA", f.data().get("role"));
    ApbdesLifecycle evaluated = agreed.evaluate(LocalDate.of(2024, 11, 1), EVALUATOR, "letter");
    violation(Rule.WRONG_ROLE, () -> evaluated.enact(LocalDate.of(2024, 12, 1), SEKDES, "Perdes"));
    violation(Rule.WRONG_ROLE, () -> enacted().draftRevision(revisedBudget(), LocalDate.of(2025, 7, 1), KADES, "RAPBDes-P"));
  }

  @Test
  void datesNeverGoBackwards() {
    Finding f = violation(Rule.LIFECYCLE_ORDER, () -> drafted().agree(OCT_1.minusDays(1), KADES, "BA"));
    assertEquals(OCT_1.minusDays(1).toString(), f.data().get("date"));
    assertEquals(OCT_1.toString(), f.data().get("previous"));
    violation(Rule.LIFECYCLE_ORDER, () -> enacted().draftRevision(revisedBudget(), LocalDate.of(2024, 12, 19), SEKDES, "RAPBDes-P"));
    // the same day is not backwards
    drafted().agree(OCT_1, KADES, "BA");
  }

  @Test
  void aRejectedStepChangesNothing() {
    ApbdesLifecycle l = drafted();
    assertThrows(RuleViolationException.class, () -> l.enact(LocalDate.of(2024, 12, 1), KADES, "Perdes"));
    assertEquals(ApbdesLifecycle.Stage.DRAFT, l.current().stage());
    assertEquals(1, l.current().steps().size());
  }

  /**
   * Permendagri 20/2018 Pasal 32–35: the RAPBDes is agreed with the BPD and evaluated by the Bupati —
   * the steps that exist to find its errors. A draft with errors is recorded (issue 15); its errors,
   * all listed, block agreement and enactment.
   */
  @Test
  void aDraftWithErrorsIsRecorded_itsErrorsBlockAgreement_allListed() {
    ExampleBudget e = kemiren();
    e.siltapKadesSource = id.smartkampung.core.code.FundSource.DDS;
    e.drainase = -1L;
    ApbdesLifecycle l = ApbdesLifecycle.draft(e.build(), PACK, OCT_1, SEKDES, "RAPBDes");
    assertEquals(ApbdesLifecycle.Stage.DRAFT, l.current().stage());
    Set<Rule> found = l.validation().errors().stream().map(Finding::rule).collect(Collectors.toSet());
    assertTrue(found.containsAll(EnumSet.of(Rule.SILTAP_FROM_DANA_DESA, Rule.AMOUNT_NEGATIVE, Rule.BALANCE)), found::toString);
    RuleViolationException x = assertThrows(RuleViolationException.class, () -> l.agree(OCT_1, KADES, "Berita Acara"));
    Set<Rule> rules = x.findings().stream().map(Finding::rule).collect(Collectors.toSet());
    assertTrue(rules.containsAll(EnumSet.of(Rule.SILTAP_FROM_DANA_DESA, Rule.AMOUNT_NEGATIVE, Rule.BALANCE)), rules::toString);
    assertTrue(x.findings().stream().allMatch(Finding::isError));
    assertEquals(ApbdesLifecycle.Stage.DRAFT, l.current().stage(), "a refused agreement changes nothing");
  }

  @Test
  void aBudgetWithOnlyWarningsCanBeDraftedAndEnacted() {
    ExampleBudget e = kemiren();
    // no focus tags: the priorities are classified by kegiatan prefixes, with a warning (since 2025
    // the food-security minimum is an ERROR, Permendes PDT 2/2024 pasal 7 ayat (4))
    e.tagged = false;
    ApbdesLifecycle l = ApbdesLifecycle.draft(e.build(), PACK, OCT_1, SEKDES, "RAPBDes");
    assertEquals(ApbdesLifecycle.Stage.DRAFT, l.current().stage());
    assertFalse(l.validation().warnings().isEmpty(), "the warnings are returned with the accepted draft, not dropped");
    assertTrue(l.validation().errors().isEmpty());
    ApbdesLifecycle agreed = l.agree(OCT_1, KADES, "BA");
    assertFalse(agreed.validation().warnings().isEmpty(), "and with every accepted step after it");
  }

  @Test
  void oneRevisionPerYear_byTheSameSteps_keptBesideTheOriginal() {
    ApbdesLifecycle r = enacted().draftRevision(revisedBudget(), LocalDate.of(2025, 7, 1), SEKDES, "RAPBDes Perubahan 2025");
    assertEquals(ApbdesLifecycle.Kind.REVISION, r.current().kind());
    assertEquals(Optional.of(kemiren().build()), r.enacted(), "the original stays in force until the revision is enacted");
    ApbdesLifecycle done = r.agree(LocalDate.of(2025, 7, 10), KADES, "BA-P")
        .evaluate(LocalDate.of(2025, 7, 25), EVALUATOR, "Evaluasi-P")
        .enact(LocalDate.of(2025, 8, 1), KADES, "Perdes 2/2025");
    assertEquals(Optional.of(revisedBudget()), done.enacted());
    assertEquals(kemiren().build(), done.original().budget());
    BudgetDiff diff = done.revisionDiff().orElseThrow();
    assertEquals(1, diff.changes(BudgetDiff.Kind.ADDED).size());
    assertEquals(2, diff.changes(BudgetDiff.Kind.INCREASED).size());
    assertEquals(1, diff.changes(BudgetDiff.Kind.DECREASED).size());
    assertEquals(revisedBudget(), diff.applyTo(kemiren().build()));

    Finding f = violation(Rule.REVISION_LIMIT, () -> done.draftRevision(revisedBudget(), LocalDate.of(2025, 10, 1), SEKDES, "second"));
    assertTrue(f.message().contains("2025"), f::message);
    violation(Rule.REVISION_LIMIT, () -> r.draftRevision(revisedBudget(), LocalDate.of(2025, 7, 2), SEKDES, "second while first in progress"));
  }

  @Test
  void onlyAnEnactedBudgetCanBeRevised() {
    Finding f = violation(Rule.LIFECYCLE_ORDER, () -> drafted().draftRevision(revisedBudget(), LocalDate.of(2025, 7, 1), SEKDES, "RAPBDes-P"));
    assertTrue(f.message().contains("enacted"), f::message);
  }

  @Test
  void aRevisionIsOfTheSameVillageAndYear_andMustBeValid() {
    ApbdesLifecycle l = enacted();
    Apbdes otherVillage = Apbdes.of(Village.of("35.10.02.2001", "Tamansari", "Licin", "Banyuwangi"), 2025, kemiren().build().lines());
    violation(Rule.LIFECYCLE_ORDER, () -> l.draftRevision(otherVillage, LocalDate.of(2025, 7, 1), SEKDES, "RAPBDes-P"));
    assertSame(l.original(), l.original());
    assertEquals(Optional.empty(), l.revision());
    // an unbalanced revision draft is recorded; its errors block its agreement (issue 15)
    ExampleBudget broken = kemiren();
    broken.pbh = 70_000_000L;
    ApbdesLifecycle r = l.draftRevision(broken.build(), LocalDate.of(2025, 7, 1), SEKDES, "RAPBDes-P");
    assertTrue(r.validation().has(Rule.BALANCE));
    violation(Rule.BALANCE, () -> r.agree(LocalDate.of(2025, 7, 2), KADES, "BA-P"));
    assertEquals(l.original().budget(), r.enacted().orElseThrow(), "the enacted original stays in force");
  }
}
