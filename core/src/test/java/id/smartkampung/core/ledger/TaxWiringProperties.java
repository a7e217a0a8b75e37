package id.smartkampung.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.ledger.Operation.SubmitLinedSpp;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.tax.TaxLine;
import id.smartkampung.core.tax.TaxPeriodBook;
import id.smartkampung.core.tax.WithheldTax;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;

/**
 * The taxes of SPP with lines over generated histories (issue 13), after every step: no tax line is
 * negative or above its base; what each paid SPP withheld is the sum of its lines' taxes, counted
 * again from the tax book; per tax type and period the deposits never exceed what was withheld; and
 * the tax owed of the fund sources is exactly what the old tax book (single-line SPPs) and the tax
 * book per period still owe.
 */
class TaxWiringProperties {

  @Provide
  Arbitrary<ActionChain<LedgerProperties.World>> chains() {
    return LedgerProperties.chains(LedgerProperties.World::new);
  }

  @Property(tries = 60)
  void taxesOfLinedSppsHold(@ForAll("chains") ActionChain<LedgerProperties.World> chain) {
    LedgerProperties.World w = chain.withInvariant("taxes of SPP with lines", TaxWiringProperties::taxesHold).run();
    w.coverage.collect();
  }

  static void taxesHold(LedgerProperties.World w) {
    Ledger ledger = w.ledger;
    TaxPeriodBook book = ledger.taxPeriodBook().orElseThrow();
    Map<String, Long> bySource = new HashMap<>();
    for (TaxPeriodBook.Period p : book.periods()) {
      assertFalse(p.deposited().isGreaterThan(p.withheld()), () -> p.period() + ": deposited " + p.deposited() + " > withheld " + p.withheld());
      for (WithheldTax t : p.withholdings()) {
        TaxLine l = t.line();
        assertFalse(l.amount().isNegative() || l.amount().isGreaterThan(l.base()), l::toString);
        bySource.merge(t.source().substring(0, t.source().lastIndexOf('#')), Idr.toSen(l.amount()), Long::sum);
      }
    }
    // the withheld of each paid SPP with lines: the ledger's tax owed rose by the sum of its lines' taxes (MOVEMENTS in the contracts);
    // here: the BKU's withheld-tax entries of the payment equal the lines counted in the tax book
    Map<String, Long> fromBku = new HashMap<>();
    for (var e : ledger.bku().entries()) {
      if (e.kind() == id.smartkampung.core.ledger.book.BukuKasUmum.Kind.TAX_WITHHELD && e.description().contains(" #")) {
        String spp = e.description().split(" SPP ")[1].split(" #")[0];
        fromBku.merge(spp, Idr.toSen(e.in()), Long::sum);
      }
    }
    for (Operation op : ledger.history()) {
      if (op instanceof SubmitLinedSpp s && ledger.sppStatus(s.id()).orElseThrow() == SppStatus.PAID) {
        assertEquals(fromBku.getOrDefault(s.id().value(), 0L), bySource.getOrDefault(s.id().value(), 0L), s.id().value());
      }
    }
    long owed = Idr.toSen(ledger.taxBook(LocalDate.of(w.policy.fiscalYear(), 12, 31)).owed()) + Idr.toSen(book.owedTotal());
    long payable = ledger.snapshot().funds().values().stream().mapToLong(f -> Idr.toSen(f.taxPayable())).sum();
    assertEquals(payable, owed, "the fund sources owe what the two tax books owe");
    assertTrue(payable >= 0);
  }
}
