package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.ReferenceData;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import id.smartkampung.core.testkit.BudgetArbitraries;
import id.smartkampung.core.testkit.BudgetCoverage;
import id.smartkampung.core.testkit.BudgetDomain;
import id.smartkampung.core.testkit.Corrupted;
import id.smartkampung.core.testkit.Corruption;
import java.util.Optional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the village budget (issue 2): generated valid budgets validate clean, each single
 * corruption is reported with exactly its rule, revision diffs apply, totals agree with an
 * independent sum of the lines, and the line order is canonical.
 */
class BudgetProperties {

  // ------------------------------------------------------------------ validation (I1-I3, I11)

  @Property(tries = 300)
  @Domain(BudgetDomain.class)
  void everyGeneratedValidBudgetValidatesWithoutAnyFinding(@ForAll Apbdes budget) {
    BudgetCoverage.collect(budget);
    Statistics.label("fiscal year").collect(budget.fiscalYear());
    BudgetValidation v = BudgetValidator.check(budget);
    assertEquals(baseline(budget), rules(v.findings()), () -> budget + " has findings " + v.findings());
    assertTrue(v.isClean());
  }

  /**
   * What a valid budget's validation holds: nothing, or under a provisional pack (2027) exactly the
   * warning that the year's rules are provisional.
   */
  static Set<Rule> baseline(Apbdes budget) {
    return PolicyPack.forYear(budget.fiscalYear()).isProvisional() ? EnumSet.of(Rule.POLICY_PROVISIONAL) : EnumSet.noneOf(Rule.class);
  }

  @Property(tries = 100)
  void everyValidBudgetOf2024And2025IsCleanUnderItsYearsPack(@ForAll("budgets2024Or2025") Apbdes budget) {
    Statistics.label("fiscal year").collect(budget.fiscalYear());
    assertEquals(List.of(), BudgetValidator.check(budget).findings());
  }

  @Provide
  Arbitrary<Apbdes> budgets2024Or2025() {
    return Arbitraries.oneOf(BudgetArbitraries.validBudgets(2024), BudgetArbitraries.validBudgets(2025));
  }

  @Property(tries = 450)
  void eachSingleCorruptionIsReportedWithExactlyItsRuleAndNoOtherError(@ForAll("corrupted") Corrupted c) {
    BudgetCoverage.collect(c);
    Statistics.label("corruption")
        .coverage(cov -> {
          for (Corruption k : Corruption.values()) {
            cov.check(k).count(n -> n > 0);
          }
        });
    Statistics.label("fiscal year").collect(c.original().fiscalYear());
    Set<Rule> baseline = baseline(c.original());
    assertEquals(baseline, rules(BudgetValidator.check(c.original()).findings()), "the budget before the corruption is valid");
    BudgetValidation v = BudgetValidator.check(c.budget());
    Set<Rule> errorRules = rules(v.errors());
    Set<Rule> allRules = rules(v.findings());
    allRules.removeAll(baseline);
    if (c.expectedSeverity() == Severity.ERROR) {
      assertEquals(EnumSet.of(c.expected()), errorRules, () -> c + " -> " + v.findings());
    } else {
      assertEquals(Set.of(), errorRules, () -> c + " -> " + v.findings());
    }
    assertEquals(EnumSet.of(c.expected()), allRules, () -> c + " -> " + v.findings());
    assertTrue(
        v.findings().stream().filter(f -> !baseline.contains(f.rule())).allMatch(f -> f.severity() == c.expectedSeverity()), () -> v.findings().toString());
  }

  @Provide
  Arbitrary<Corrupted> corrupted() {
    return BudgetArbitraries.corruptedBudgets();
  }

  @Property(tries = 60)
  void aDuplicateLineIsAWarningAndTheBudgetStaysEnactable(@ForAll("duplicates") Corrupted c) {
    BudgetValidation v = BudgetValidator.check(c.budget());
    assertTrue(v.isClean(), v.findings()::toString);
    Set<Rule> expected = baseline(c.original());
    expected.add(Rule.LINE_DUPLICATE);
    assertEquals(expected.size(), v.warnings().size(), v.findings()::toString);
    assertEquals(expected, rules(v.warnings()));
    int added = c.budget().lines().size() - c.original().lines().size();
    assertTrue(added == 1 || added == 2, "the repeat, and a SiLPA line if there was none: " + added);
    long distinct = c.budget().lines().stream().distinct().count();
    assertEquals(c.budget().lines().size() - 1, distinct, "exactly one line is an exact repeat");
    assertTrue(c.budget().imbalance().isZero());
  }

  @Provide
  Arbitrary<Corrupted> duplicates() {
    return BudgetArbitraries.corruptedBudgets(Corruption.DUPLICATE_LINE);
  }

  private static Set<Rule> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
  }

  // ------------------------------------------------------------------ revision diff

  @Property(tries = 150)
  void aRevisionIsValidAndItsDiffAppliedToTheOldVersionGivesTheNewOne(@ForAll("revised") Tuple2<Apbdes, Apbdes> t) {
    Apbdes old = t.get1();
    Apbdes revised = t.get2();
    BudgetDiff diff = BudgetDiff.between(old, revised);
    BudgetCoverage.collect(diff);
    assertEquals(baseline(revised), rules(BudgetValidator.check(revised).findings()), "a generated revision is valid");
    assertEquals(revised, diff.applyTo(old));
    for (Section s : Section.values()) {
      assertTrue(diff.delta(s).isEqualTo(revised.total(s).subtract(old.total(s))), () -> "net change of " + s);
    }
  }

  @Provide
  Arbitrary<Tuple2<Apbdes, Apbdes>> revised() {
    return BudgetArbitraries.validBudgets().flatMap(b -> BudgetArbitraries.revisions(b).map(r -> Tuple.of(b, r)));
  }

  @Property(tries = 150)
  void theDiffBetweenAnyTwoBudgetsOfOneVillageAndYearAppliesToTheFirst(
      @ForAll("pairs") Tuple2<Apbdes, Apbdes> t) {
    Apbdes a = t.get1();
    Apbdes b = t.get2();
    BudgetDiff diff = BudgetDiff.between(a, b);
    assertEquals(b, diff.applyTo(a));
    for (BudgetDiff.Change ch : diff.changes()) {
      int sign = ch.after().compareTo(ch.before());
      switch (ch.kind()) {
        case INCREASED -> assertTrue(sign > 0);
        case DECREASED -> assertTrue(sign < 0);
        case ADDED -> assertTrue(ch.before().isZero());
        case REMOVED -> assertTrue(ch.after().isZero());
      }
    }
  }

  @Provide
  Arbitrary<Tuple2<Apbdes, Apbdes>> pairs() {
    return BudgetArbitraries.validBudgets(2025)
        .flatMap(a -> BudgetArbitraries.validBudgets(2025).map(b -> Tuple.of(a, Apbdes.of(a.village(), 2025, b.lines()))));
  }

  @Property(tries = 100)
  @Domain(BudgetDomain.class)
  void theDiffOfABudgetWithItselfIsEmpty(@ForAll Apbdes budget) {
    BudgetDiff diff = BudgetDiff.between(budget, budget);
    assertTrue(diff.isEmpty(), diff::toString);
    assertEquals(budget, diff.applyTo(budget));
  }

  // ------------------------------------------------------------------ totals

  @Property(tries = 200)
  void totalsAgreeWithPlainSumsOfTheLines(@ForAll("anyBudget") Apbdes budget) {
    BigDecimal belanja = sum(budget, l -> l.section() == Section.BELANJA);
    BigDecimal pendapatan = sum(budget, l -> l.section() == Section.PENDAPATAN);
    assertEquals(0, belanja.compareTo(number(budget.totalBelanja())));
    assertEquals(0, pendapatan.compareTo(number(budget.totalPendapatan())));

    assertEquals(0, sumOf(budget.belanjaByBidang()).compareTo(number(budget.totalBelanja())), "Σ per bidang = total belanja");
    assertEquals(0, sumOf(budget.belanjaByKegiatan()).compareTo(number(budget.totalBelanja())), "Σ per kegiatan = total belanja");
    BigDecimal withSource = sum(budget, l -> l.section() == Section.BELANJA && l.fundSource() != null);
    assertEquals(0, sumOf(budget.items()).compareTo(withSource), "Σ items = belanja lines with a fund source");

    BigDecimal akun4 = budget.totalsByAccount(AccountCode.Level.JENIS).entrySet().stream()
        .filter(e -> e.getKey().akun() == 4)
        .map(e -> number(e.getValue()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, akun4.compareTo(number(budget.totalPendapatan())), "Σ jenis of akun 4 = total pendapatan");
    BigDecimal imbalance = pendapatan.subtract(belanja)
        .add(sum(budget, l -> l.section() == Section.PEMBIAYAAN_PENERIMAAN))
        .subtract(sum(budget, l -> l.section() == Section.PEMBIAYAAN_PENGELUARAN));
    assertEquals(0, imbalance.compareTo(number(budget.imbalance())));
  }

  @Provide
  Arbitrary<Apbdes> anyBudget() {
    return Arbitraries.oneOf(BudgetArbitraries.validBudgets(), BudgetArbitraries.corruptedBudgets().map(Corrupted::budget));
  }

  private static BigDecimal sum(Apbdes b, java.util.function.Predicate<BudgetLine> which) {
    return b.lines().stream().filter(which).map(l -> number(l.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal sumOf(Map<?, ? extends MonetaryAmount> totals) {
    return totals.values().stream().map(BudgetProperties::number).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal number(MonetaryAmount m) {
    return m.getNumber().numberValue(BigDecimal.class);
  }

  // ------------------------------------------------------------------ canonical order

  @Property(tries = 200)
  void shufflingTheLinesGivesAnEqualBudget(@ForAll("anyBudget") Apbdes budget, @ForAll Random random) {
    List<BudgetLine> shuffled = new ArrayList<>(budget.lines());
    Collections.shuffle(shuffled, random);
    Apbdes again = Apbdes.of(budget.village(), budget.fiscalYear(), shuffled);
    assertEquals(budget, again);
    assertEquals(budget.hashCode(), again.hashCode());
    assertEquals(budget.lines(), again.lines());
  }

  @Property(tries = 100)
  void theGeneratorsOnlyUseKnownCodes(@ForAll("anyValid") Apbdes budget) {
    ReferenceData ref = ReferenceData.standard();
    for (BudgetLine l : budget.lines()) {
      assertTrue(ref.isKnown(l.account()), l::toString);
      Optional.ofNullable(l.kegiatan()).ifPresent(k -> assertTrue(ref.isKnown(k), l::toString));
      Optional.ofNullable(l.fundSource()).ifPresent(f -> assertTrue(ref.isKnown(f), l::toString));
      assertTrue(Idr.isExactToSen(l.amount()) && !l.amount().isNegative(), l::toString);
    }
    assertFalse(budget.lines().isEmpty());
  }

  @Provide
  Arbitrary<Apbdes> anyValid() {
    return BudgetArbitraries.validBudgets();
  }
}
