package id.smartkampung.core.tax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;

/** Whatever withholdings and deposits are attempted, what the book accepts never over-deposits. */
class TaxPeriodBookProperties {
  private static final TaxPolicy Y2025 = TaxPolicy.forYear(2025);
  private static final Payee SHOP = Payee.supplier("s", "S", TaxId.none(), true);

  /** A step: a purchase of goods or services in a month, or a deposit attempt for a levy and month. */
  record Step(boolean deposit, int month, boolean goods, long amount, Levy levy) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(1, 3), Arbitraries.of(true, false),
            Arbitraries.longs().between(1, 50_000_000), Arbitraries.of(Levy.PPN, Levy.PPH_22, Levy.PPH_23))
        .as(Step::new);
    return step.list().ofMaxSize(40);
  }

  @Property
  void depositsNeverExceedWithholdingsPerLevyAndPeriod(@ForAll("steps") List<Step> steps) {
    TaxPeriodBook b = TaxPeriodBook.of(Y2025);
    int n = 0;
    for (Step s : steps) {
      LocalDate d = LocalDate.of(2025, s.month(), 10);
      if (s.deposit()) {
        TaxPeriod p = new TaxPeriod(s.levy(), YearMonth.of(2025, s.month()));
        TaxDeposit dep = new TaxDeposit("d" + n++, p, d.plusMonths(1), Idr.of(s.amount() % 2_000_000 + 1), "NTPN");
        if (b.check(dep).isEmpty()) {
          b = b.deposited(dep);
        } else {
          assertTrue(dep.amount().isGreaterThan(b.owed(p)));
        }
      } else {
        PurchaseKind k = s.goods() ? PurchaseKind.GOODS : PurchaseKind.SERVICES;
        b = b.withheld("spp" + n++, d, Y2025.determine(SHOP, Purchase.of(k, Idr.of(s.amount()), d)));
      }
    }
    Money owed = Idr.ZERO;
    for (TaxPeriodBook.Period p : b.periods()) {
      assertTrue(!p.deposited().isGreaterThan(p.withheld()), p::toString);
      assertTrue(p.owed().add(p.deposited()).isEqualTo(p.withheld()));
      owed = owed.add(p.owed());
    }
    assertTrue(owed.isEqualTo(b.owedTotal()));
    assertTrue(b.withheldTotal().subtract(b.depositedTotal()).isEqualTo(b.owedTotal()));
    assertTrue(b.carriedInto(TaxPolicy.forYear(2026)).owedTotal().isEqualTo(b.owedTotal()));
  }
}
