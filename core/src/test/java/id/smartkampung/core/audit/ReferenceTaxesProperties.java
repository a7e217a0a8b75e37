package id.smartkampung.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.core.tax.ConstructionCertificate;
import id.smartkampung.core.tax.Golongan;
import id.smartkampung.core.tax.IncomeToDate;
import id.smartkampung.core.tax.Levy;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PtkpStatus;
import id.smartkampung.core.tax.Purchase;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.tax.TaxDetermination;
import id.smartkampung.core.tax.TaxId;
import id.smartkampung.core.tax.TaxLine;
import id.smartkampung.core.tax.TaxPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;

/**
 * The reference model's own statement of the tax determination ({@link ReferenceTaxes}, read from the
 * pack's JSON tree) agrees with the ledger's ({@link TaxPolicy#determine}) on every payee, purchase
 * kind, amount, month, earlier income and shipped year generated — levy by levy, base, amount, price
 * without PPN and refund — and both refuse the same payments (issue 13, "the reference model computes
 * taxes independently and agrees").
 */
class ReferenceTaxesProperties {

  record Case(int year, Payee payee, Purchase purchase) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> year = Arbitraries.of(TaxPolicy.shippedYears().asList());
    Arbitrary<TaxId> taxId = Arbitraries.of(TaxId.npwp("012345678901000"), TaxId.nik("3301010101010001"), TaxId.none());
    Arbitrary<Money> amount = Arbitraries.oneOf(
        Arbitraries.longs().between(1, 3_000_000_000L).map(Idr::of),
        Arbitraries.longs().between(1, 300_000_000_00L).map(Idr::ofSen),
        Arbitraries.longs().between(1_900_000, 2_400_000).map(Idr::of),
        Arbitraries.longs().between(100_000, 12_000_000).map(Idr::of));
    Arbitrary<Payee> payee = Combinators.combine(Arbitraries.integers().between(0, 5), taxId, Arbitraries.of(true, false),
            Arbitraries.of(ConstructionCertificate.class), Arbitraries.of(PtkpStatus.class), Arbitraries.of(Golongan.class))
        .as((k, id, flag, cert, st, gol) -> switch (k) {
          case 0 -> Payee.supplier("s", "Supplier", id, flag);
          case 1 -> Payee.contractor("c", "Contractor", id, flag, cert);
          case 2 -> Payee.landlord("l", "Landlord", id, flag);
          case 3 -> Payee.villageOfficial("o", "Official", id, st, flag);
          case 4 -> Payee.nonEmployee("n", "Non-employee", id);
          default -> Payee.civilServant("p", "PNS", id, gol);
        });
    // earlier income this year: {month's gross, month's tax, rest of the year's gross, rest of its tax}, rupiah
    Arbitrary<long[]> earlier = Arbitraries.oneOf(
        Arbitraries.just(new long[4]),
        Combinators.combine(Arbitraries.longs().between(0, 20_000_000), Arbitraries.longs().between(0, 2_000_000),
                Arbitraries.longs().between(0, 500_000_000), Arbitraries.longs().between(0, 50_000_000))
            .as((mg, mt, yg, yt) -> new long[] {mg, mt, yg, yt}));
    return Combinators.combine(year, payee, amount, Arbitraries.integers().between(1, 12), Arbitraries.of(true, false),
            Arbitraries.of(PurchaseKind.class), earlier, Arbitraries.integers().between(0, 9))
        .as((y, pay, amt, month, split, kind, e, last) -> {
          IncomeToDate before = new IncomeToDate(Idr.of(e[0]), Idr.of(e[1]), Idr.of(e[0] + e[2]), Idr.of(e[1] + e[3]), 1 + (int) (e[2] % 12));
          return new Case(y, pay, new Purchase(kind, amt, LocalDate.of(y, month, 10), split, before, last == 0));
        });
  }

  @Property(tries = 2000)
  void theReferenceDeterminationAgreesWithTheLedgers(@ForAll("cases") Case c) {
    TaxPolicy rules = TaxPolicy.forYear(c.year());
    ReferenceTaxes reference = ReferenceTaxes.forYear(c.year()).orElseThrow();
    TaxDetermination d;
    try {
      d = rules.determine(c.payee(), c.purchase());
    } catch (IllegalArgumentException e) {
      assertThrows(IllegalArgumentException.class, () -> reference.determine(c.payee(), c.purchase()), "the ledger refuses: " + e.getMessage());
      return;
    }
    ReferenceTaxes.Taxes r = reference.determine(c.payee(), c.purchase());
    assertEquals(0, Idr.toSen(d.priceWithoutPpn()) - r.price().movePointRight(2).longValueExact(), () -> d + " vs " + r);
    Map<Levy, ReferenceTaxes.Levied> byLevy = new EnumMap<>(Levy.class);
    r.lines().forEach(l -> byLevy.put(l.levy(), l));
    assertEquals(d.lines().size(), byLevy.size(), () -> d + " vs " + r);
    for (TaxLine l : d.lines()) {
      ReferenceTaxes.Levied x = byLevy.get(l.levy());
      assertTrue(x != null, () -> l.levy() + " missing in the reference: " + d + " vs " + r);
      assertEquals(0, l.amount().getNumberStripped().compareTo(x.amount()), () -> l.levy() + " amount: " + d + " vs " + r);
      assertEquals(0, l.base().getNumberStripped().compareTo(x.base()), () -> l.levy() + " base: " + l + " vs " + x);
    }
    assertEquals(0, d.refundDue().getNumberStripped().compareTo(r.refund()), () -> "refund: " + d + " vs " + r);
    assertEquals(0, d.withheld().getNumberStripped().compareTo(r.withheld()));
  }

  /** DESIGN §2 / issue 13: Rp8.500.000 of goods from a PKP in 2025: PPN 842.342 (PMK 131/2024), PPh 22 114.865 (PMK 34/2017). */
  @Example
  void pkpGoodsOf2025() {
    ReferenceTaxes.Taxes t = ReferenceTaxes.forYear(2025).orElseThrow()
        .determine(Payee.supplier("s", "Toko", TaxId.npwp("012345678901000"), true), Purchase.of(PurchaseKind.GOODS, Idr.of(8_500_000), LocalDate.of(2025, 3, 3)));
    assertEquals(new BigDecimal("842342"), t.amount(Levy.PPN).stripTrailingZeros().setScale(0));
    assertEquals(new BigDecimal("114865"), t.amount(Levy.PPH_22).setScale(0));
    assertEquals(new BigDecimal("957207"), t.withheld().setScale(0));
  }

  @Example
  void noPackNoReference() {
    assertTrue(ReferenceTaxes.forYear(1999).isEmpty());
  }
}
