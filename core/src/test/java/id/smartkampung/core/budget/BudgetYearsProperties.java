package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import id.smartkampung.core.testkit.BudgetArbitraries;
import id.smartkampung.core.testkit.Corrupted;
import id.smartkampung.core.testkit.Corruption;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, done when: for every shipped year (2024–2027), generated valid budgets validate clean
 * under that year's pack (2027: only the warning that its rules are provisional), and each named
 * corruption that applies to the year — focus-tag corruption where the year has focus areas (2025
 * on), the Dana Desa earmark (a line on an account Dana Desa may never pay, 2026 on: Permendesa PDT
 * 16/2025) — is reported with exactly its rule. One property per year, so that a failure names the
 * year.
 */
class BudgetYearsProperties {

  @Test
  void everyShippedYearHasItsProperties() {
    assertEquals(Set.of(2024, 2025, 2026, 2027), Set.copyOf(PolicyPack.shippedYears().tailSet(2024)), "add the year's properties below");
    assertTrue(BudgetArbitraries.corruptionsOf(2024).contains(Corruption.SILTAP_FROM_DANA_DESA));
    assertTrue(BudgetArbitraries.corruptionsOf(2026).containsAll(List.of(Corruption.FOCUS_TAG_UNKNOWN, Corruption.DANA_DESA_FORBIDDEN)));
  }

  @Property(tries = 60)
  void valid2024(@ForAll("valid2024") Apbdes b) {
    clean(b, 2024);
  }

  @Property(tries = 60)
  void valid2025(@ForAll("valid2025") Apbdes b) {
    clean(b, 2025);
  }

  @Property(tries = 60)
  void valid2026(@ForAll("valid2026") Apbdes b) {
    clean(b, 2026);
  }

  @Property(tries = 60)
  void valid2027(@ForAll("valid2027") Apbdes b) {
    clean(b, 2027);
  }

  @Property(tries = 120)
  void corrupted2024(@ForAll("corrupted2024") Corrupted c) {
    exactlyItsRule(c, 2024);
  }

  @Property(tries = 120)
  void corrupted2025(@ForAll("corrupted2025") Corrupted c) {
    exactlyItsRule(c, 2025);
  }

  @Property(tries = 120)
  void corrupted2026(@ForAll("corrupted2026") Corrupted c) {
    exactlyItsRule(c, 2026);
  }

  @Property(tries = 120)
  void corrupted2027(@ForAll("corrupted2027") Corrupted c) {
    exactlyItsRule(c, 2027);
  }

  private static void clean(Apbdes b, int year) {
    assertEquals(year, b.fiscalYear());
    BudgetValidation v = BudgetValidator.check(b);
    assertEquals(BudgetProperties.baseline(b), rules(v.findings()), () -> b + " has findings " + v.findings());
    assertTrue(v.isClean());
  }

  private static void exactlyItsRule(Corrupted c, int year) {
    assertEquals(year, c.original().fiscalYear());
    Statistics.label("corruption").collect(c.kind());
    Set<Rule> baseline = BudgetProperties.baseline(c.original());
    assertEquals(baseline, rules(BudgetValidator.check(c.original()).findings()), "the budget before the corruption is valid");
    BudgetValidation v = BudgetValidator.check(c.budget());
    Set<Rule> all = rules(v.findings());
    all.removeAll(baseline);
    assertEquals(EnumSet.of(c.expected()), all, () -> c + " -> " + v.findings());
    assertEquals(c.expectedSeverity() == Severity.ERROR ? EnumSet.of(c.expected()) : Set.of(), rules(v.errors()), () -> c + " -> " + v.findings());
  }

  private static Set<Rule> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
  }

  @Provide
  Arbitrary<Apbdes> valid2024() {
    return BudgetArbitraries.validBudgets(2024);
  }

  @Provide
  Arbitrary<Apbdes> valid2025() {
    return BudgetArbitraries.validBudgets(2025);
  }

  @Provide
  Arbitrary<Apbdes> valid2026() {
    return BudgetArbitraries.validBudgets(2026);
  }

  @Provide
  Arbitrary<Apbdes> valid2027() {
    return BudgetArbitraries.validBudgets(2027);
  }

  @Provide
  Arbitrary<Corrupted> corrupted2024() {
    return BudgetArbitraries.corruptedBudgets(2024);
  }

  @Provide
  Arbitrary<Corrupted> corrupted2025() {
    return BudgetArbitraries.corruptedBudgets(2025);
  }

  @Provide
  Arbitrary<Corrupted> corrupted2026() {
    return BudgetArbitraries.corruptedBudgets(2026);
  }

  @Provide
  Arbitrary<Corrupted> corrupted2027() {
    return BudgetArbitraries.corruptedBudgets(2027);
  }
}
