package id.smartkampung.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.book.BukuKas;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.testkit.LedgerArbitraries;
import id.smartkampung.core.testkit.LedgerScenario;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Cash on hand and bank (issue 14) over generated years — receipts by transfer and in cash,
 * payments from the bank and from the cash box, mutasi kas in and out of their rules, back-dated
 * entries: after every operation, per fund source, the bank book plus the cash book is the BKU
 * (I10: BKU balance = cash + bank), and in business-date order neither the bank nor the cash box of
 * any fund source is ever below zero (I6.cash-place-negative).
 */
class CashAndBankProperties {

  @Provide
  Arbitrary<LedgerScenario> scenarios() {
    return LedgerArbitraries.scenarios();
  }

  @Property(tries = 200)
  void bankPlusCashIsTheBkuAndNeitherIsEverNegative(@ForAll("scenarios") LedgerScenario scenario) {
    Ledger ledger = Ledger.create(scenario.village(), scenario.policy());
    boolean cashUsed = false;
    for (Operation op : scenario.all()) {
      Outcome o = ledger.apply(op);
      if (!o.isAccepted() || !op.kind().movesMoney()) {
        continue;
      }
      BukuKasUmum bku = ledger.bku();
      BukuKas bank = ledger.bukuBank();
      BukuKas cash = ledger.bukuKasTunai();
      Map<FundSource, Long> perSource = new HashMap<>();
      for (BukuKasUmum.Entry e : bku.entries()) {
        perSource.merge(e.fundSource(), Idr.toSen(e.in()) - Idr.toSen(e.out()), Long::sum);
      }
      for (FundSource f : ledger.snapshot().funds().keySet()) {
        long inBank = Idr.toSen(bank.balances().getOrDefault(f, Idr.ZERO));
        long inCash = Idr.toSen(cash.balances().getOrDefault(f, Idr.ZERO));
        assertEquals(perSource.getOrDefault(f, 0L), inBank + inCash, () -> "BKU of " + f + " = its bank + its cash, after " + op);
        assertEquals(Idr.toSen(ledger.snapshot().funds().get(f).cash()), inBank + inCash);
      }
      neverNegative(bank, op);
      neverNegative(cash, op);
      cashUsed |= !cash.entries().isEmpty();
    }
    Statistics.label("cash box used").collect(cashUsed);
  }

  /**
   * Per fund source, the balance of the book at the end of every business date (the rule's grain:
   * I6.cash-place-negative is per business date; within one date the book lists entries in journal
   * order, so a receipt back-dated to the same date may follow the payment it covers) never dips
   * below zero.
   */
  private static void neverNegative(BukuKas book, Operation after) {
    Map<FundSource, Long> running = new HashMap<>();
    java.util.List<BukuKas.Entry> entries = book.entries();
    for (int i = 0; i < entries.size(); i++) {
      BukuKas.Entry e = entries.get(i);
      running.merge(e.fundSource(), Idr.toSen(e.in()) - Idr.toSen(e.out()), Long::sum);
      boolean endOfDate = i + 1 == entries.size() || !entries.get(i + 1).date().equals(e.date());
      if (endOfDate) {
        for (Map.Entry<FundSource, Long> b : running.entrySet()) {
          assertTrue(b.getValue() >= 0, () -> book.title() + " of " + b.getKey() + " below zero at the end of " + e.date() + " after " + after);
        }
      }
    }
  }
}
