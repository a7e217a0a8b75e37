package id.smartkampung.core.budget;

import static id.smartkampung.core.budget.ExampleBudget.kemiren;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.money.Idr;
import java.util.ArrayList;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Examples of the APBDes value: canonical order, totals per level, bidang and fund source. */
class ApbdesTest {

  @Test
  void totalsOfTheExampleBudget() {
    Apbdes b = kemiren().build();
    assertTrue(b.totalPendapatan().isEqualTo(Idr.of(1_650_000_000L)));
    assertTrue(b.totalBelanja().isEqualTo(Idr.of(1_650_000_000L)));
    assertTrue(b.imbalance().isZero());
    assertTrue(b.belanjaByBidang().get("01").isEqualTo(Idr.of(620_000_000L)));
    assertTrue(b.belanjaByBidang().get("02").isEqualTo(Idr.of(680_000_000L)));
    assertTrue(b.belanjaBySubBidang().get("02.03").isEqualTo(Idr.of(680_000_000L)));
    assertTrue(b.byFundSource(Section.BELANJA).get(FundSource.DDS).isEqualTo(Idr.of(1_000_000_000L)));
    assertTrue(b.totalUnder(AccountCode.parse("5.1")).isEqualTo(Idr.of(306_000_000L)));
    assertTrue(b.totalsByAccount(AccountCode.Level.AKUN).get(AccountCode.parse("4")).isEqualTo(Idr.of(1_650_000_000L)));
  }

  @Test
  void anyOrderOfTheSameLinesGivesTheSameBudget() {
    Apbdes b = kemiren().build();
    List<BudgetLine> reversed = new ArrayList<>(b.lines());
    java.util.Collections.reverse(reversed);
    assertEquals(b, Apbdes.of(b.village(), 2025, reversed));
  }

  /**
   * Regression: the canonical order compared amounts by number only, so two lines differing only in
   * currency (an invalid but representable budget, e.g. read from a file) kept their input order and
   * two budgets with the same lines were not equal.
   */
  @Test
  void linesDifferingOnlyInCurrencyStillHaveACanonicalOrder() {
    BudgetLine idr = BudgetLine.belanja(ExampleBudget.JALAN, AccountCode.parse("5.3.5.01"), FundSource.DDS, "Jalan", Idr.of(1000L));
    BudgetLine usd = idr.withAmount(Money.of(1000, "USD"));
    Apbdes one = Apbdes.of(ExampleBudget.KEMIREN, 2025, List.of(idr, usd));
    Apbdes other = Apbdes.of(ExampleBudget.KEMIREN, 2025, List.of(usd, idr));
    assertEquals(one, other);
    assertEquals(one.hashCode(), other.hashCode());
  }

  /** Regression: an absent output and an empty output compared equal in the canonical order. */
  @Test
  void linesDifferingOnlyInAnAbsentOrEmptyOutputStillHaveACanonicalOrder() {
    BudgetLine none = BudgetLine.belanja(ExampleBudget.JALAN, AccountCode.parse("5.3.5.01"), FundSource.DDS, "Jalan", Idr.of(1000L));
    BudgetLine empty = none.withOutput("");
    assertEquals(Apbdes.of(ExampleBudget.KEMIREN, 2025, List.of(none, empty)), Apbdes.of(ExampleBudget.KEMIREN, 2025, List.of(empty, none)));
  }

  @Test
  void aFiscalYearOutsideTheRangeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Apbdes.of(ExampleBudget.KEMIREN, 1999, List.of()));
  }
}
