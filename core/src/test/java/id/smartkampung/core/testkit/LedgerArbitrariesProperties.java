package id.smartkampung.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.audit.LedgerHistory;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.rule.Rule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The ledger generators keep their promises: generated histories are accepted as they are, every
 * kegiatan of the budget has exactly one PKA, and the operation sequences reach what an auditor
 * looks for — every adversarial rule is hit, fund sources run dry, SPP get paid — checked as
 * jqwik coverage (the run fails if the share is not reached).
 */
class LedgerArbitrariesProperties {

  @Provide
  Arbitrary<LedgerHistory> enacted() {
    return LedgerArbitraries.enactedLedgers();
  }

  @Property(tries = 60)
  void enactedHistoriesAreAcceptedAndGiveEachKegiatanOnePka(@ForAll("enacted") LedgerHistory h) {
    Ledger ledger = h.replay();
    assertTrue(ledger.enactedBudget().isPresent());
    assertEquals(h.size(), ledger.size());
    Set<KegiatanCode> kegiatan = ledger.enactedBudget().orElseThrow().items().keySet().stream().map(BudgetItemKey::kegiatan).collect(Collectors.toSet());
    for (KegiatanCode k : kegiatan) {
      long pka = ledger.officials().values().stream()
          .filter(r -> r.official().role() == Role.PELAKSANA_KEGIATAN && r.kegiatan().contains(k)).count();
      assertEquals(1, pka, "PKA of " + k);
    }
  }

  // 600 tries, not 150: the rarest adversarial rules (I5.panjar-overaccounted, I1.amount-precision) are met about 5 times in 150
  // tries, so "met at least once" failed about one run in forty (it failed a full test run on 8 December 2026); in 600 about 20
  @Property(tries = 600)
  void sequencesReachWhatAnAuditorLooksFor(@ForAll("scenarios") LedgerScenario s) {
    Ledger ledger = Ledger.create(s.village(), s.policy());
    LedgerCoverage coverage = new LedgerCoverage();
    for (Operation op : s.all()) {
      Outcome o = ledger.apply(op);
      coverage.record(o, ledger.snapshot().funds());
    }
    coverage.collect();
    Statistics.label("fund source exhausted").coverage(c -> c.check(true).percentage(p -> p >= 15));
    Statistics.label("SPP paid").coverage(c -> c.check(true).percentage(p -> p >= 15));
    Statistics.label("revision enacted").coverage(c -> c.check(true).percentage(p -> p >= 3));
    // issue 14: the open month and its close are reached
    Statistics.label("month closed").coverage(c -> c.check(true).percentage(p -> p >= 10));
    // reached in about 15 % of tries since the replay step's weight went from 2 to 4 (the kinds of steps grew with issues 13 and 15: it had fallen to 4.7 %)
    // floors about 3 standard errors below the shares seen (10-13 % and 9-11 % of 150 tries): a floor of
    // 5 % failed about one run in forty; 3 % still says the situation is reached
    Statistics.label("back-dated entry accepted").coverage(c -> c.check(true).percentage(p -> p >= 3));
    // issue 15: the budget year's other paths are mixed in (the BUDGET_PATH step, weight 3; they were accepted in under 1 % of tries
    // before it), and the opening from the previous close (about 15 %)
    Statistics.label("shift, late grant or emergency spending accepted").coverage(c -> c.check(true).percentage(p -> p >= 8));
    Statistics.label("books opened from the previous close").coverage(c -> c.check(true).percentage(p -> p >= 3));
    Statistics.label("budget cancelled (Pasal 36)").coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("outcome").coverage(c -> {
      c.check(Outcome.Status.REJECTED).percentage(p -> p >= 15);
      c.check(Outcome.Status.DUPLICATE).count(n -> n > 0);
    });
    List<Rule> adversarial = List.of(
        Rule.ITEM_OVERSPENT, Rule.CASH_NEGATIVE, Rule.SEGREGATION_OF_DUTIES, Rule.ACTOR_NOT_REGISTERED, Rule.STEP_ORDER,
        Rule.IDEMPOTENCY_CONFLICT, Rule.DATE_ORDER, Rule.REVISION_LIMIT, Rule.REVISION_BELOW_COMMITTED, Rule.BUDGET_NOT_ENACTED,
        Rule.AMOUNT_NOT_POSITIVE, Rule.AMOUNT_PRECISION, Rule.PANJAR_OVERACCOUNTED, Rule.TAX_OVERDEPOSITED, Rule.OUTSIDE_FISCAL_YEAR, Rule.MONTH_CLOSED);
    Statistics.label("rejected by rule").coverage(c -> adversarial.forEach(r -> c.check(r.code()).count(n -> n > 0)));
  }

  @Provide
  Arbitrary<LedgerScenario> scenarios() {
    return LedgerArbitraries.scenarios();
  }
}
