package id.smartkampung.core.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;

/** Invariants of the tax determination over generated payees, purchases and years. */
class TaxDeterminationProperties {

  /** A payee, a purchase that fits it, and the year's rules. */
  record Case(TaxPolicy policy, Payee payee, Purchase purchase) {
    TaxDetermination determine() {
      return policy.determine(payee, purchase);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<TaxPolicy> policy = Arbitraries.of(2024, 2025, 2026, 2027).map(TaxPolicy::forYear);
    Arbitrary<TaxId> taxId = Arbitraries.of(TaxId.npwp("012345678901000"), TaxId.nik("3301010101010001"), TaxId.none());
    Arbitrary<Money> amount = Arbitraries.oneOf(
            Arbitraries.longs().between(1, 3_000_000_000L).map(Idr::of),
            Arbitraries.longs().between(1, 300_000_000_00L).map(Idr::ofSen),
            Arbitraries.longs().between(1_900_000, 2_400_000).map(Idr::of));
    Arbitrary<Payee> business = Combinators.combine(Arbitraries.integers().between(0, 2), taxId, Arbitraries.of(true, false),
            Arbitraries.of(ConstructionCertificate.class))
        .as((k, id, pkp, cert) -> switch (k) {
          case 0 -> Payee.supplier("s", "Supplier", id, pkp);
          case 1 -> Payee.contractor("c", "Contractor", id, pkp, cert);
          default -> Payee.landlord("l", "Landlord", id, pkp);
        });
    Arbitrary<Payee> person = Combinators.combine(Arbitraries.integers().between(0, 2), taxId, Arbitraries.of(PtkpStatus.class),
            Arbitraries.of(true, false), Arbitraries.of(Golongan.class))
        .as((k, id, st, bpjs, gol) -> switch (k) {
          case 0 -> Payee.villageOfficial("o", "Official", id, st, bpjs);
          case 1 -> Payee.nonEmployee("n", "Non-employee", id);
          default -> Payee.civilServant("p", "PNS", id, gol);
        });
    Arbitrary<Payee> payee = Arbitraries.oneOf(business, person);
    return Combinators.combine(policy, payee, amount, Arbitraries.integers().between(1, 12), Arbitraries.of(true, false),
            Arbitraries.of(PurchaseKind.class))
        .as((pol, pay, amt, month, split, kind) -> {
          PurchaseKind k = fit(pay, kind);
          Purchase p = new Purchase(k, amt, LocalDate.of(pol.fiscalYear(), month, 10), split, IncomeToDate.none(), false);
          return new Case(pol, pay, p);
        });
  }

  /** A kind the payee can be paid for, derived from a generated one. */
  private static PurchaseKind fit(Payee payee, PurchaseKind kind) {
    return switch (payee.kind()) {
      case VILLAGE_OFFICIAL -> kind.ordinal() % 2 == 0 ? PurchaseKind.SILTAP_TUNJANGAN : PurchaseKind.HONORARIUM;
      case NON_EMPLOYEE, CIVIL_SERVANT -> PurchaseKind.HONORARIUM;
      case CONTRACTOR -> kind.isPersonalIncome() ? PurchaseKind.CONSTRUCTION_WORK : kind;
      default -> kind.isPersonalIncome() || kind.isConstruction() ? PurchaseKind.GOODS : kind;
    };
  }

  @Property
  void everyLineIsNeverNegativeAndNeverAboveItsBase(@ForAll("cases") Case c) {
    for (TaxLine l : c.determine().lines()) {
      assertTrue(!l.amount().isNegative() && !l.amount().isGreaterThan(l.base()), l::toString);
    }
  }

  @Property
  void ppnPlusPriceWithoutPpnIsThePayment(@ForAll("cases") Case c) {
    TaxDetermination t = c.determine();
    assertTrue(t.ppnShare().add(t.priceWithoutPpn()).isEqualTo(t.payment()), t::toString);
    t.line(Levy.PPN).ifPresent(l -> assertTrue(l.amount().isEqualTo(t.ppnShare())));
    assertTrue(!t.ppnShare().isNegative());
  }

  @Property
  void withheldIsTheSumOfTheLinesAndThePayeeGetsTheRest(@ForAll("cases") Case c) {
    TaxDetermination t = c.determine();
    Money sum = Idr.ZERO;
    for (TaxLine l : t.lines()) {
      sum = sum.add(l.amount());
    }
    assertTrue(sum.isEqualTo(t.withheld()));
    assertTrue(t.netToPayee().add(t.withheld()).isEqualTo(t.payment()));
    assertTrue(!t.withheld().isGreaterThan(t.payment()), t::toString); // no earlier income: never more than paid
  }

  /** The collected PPN is the faktur's (rate × DPP, rounded) within one rupiah. */
  @Property
  void collectedPpnMatchesTheFaktur(@ForAll("cases") Case c) {
    c.determine().line(Levy.PPN).ifPresent(l -> {
      BigDecimal faktur = l.base().getNumberStripped().multiply(l.rate()).setScale(0, RoundingMode.HALF_UP);
      assertTrue(faktur.subtract(l.amount().getNumberStripped()).abs().compareTo(BigDecimal.ONE) <= 0, l::toString);
    });
  }

  /** The price without PPN (the DPP of PPh 22/23/4(2)) never falls when the payment rises. */
  @Property
  void priceWithoutPpnIsMonotoneInThePayment(
      @ForAll @IntRange(min = 2024, max = 2027) int year, @ForAll @LongRange(min = 1, max = 10_000_000_000L) long a,
      @ForAll @LongRange(min = 0, max = 1_000_000) long more) {
    TaxPolicy p = TaxPolicy.forYear(year);
    Payee pkp = Payee.supplier("s", "S", TaxId.none(), true);
    LocalDate d = LocalDate.of(year, 5, 5);
    TaxDetermination lo = p.determine(pkp, Purchase.of(PurchaseKind.GOODS, Idr.of(a), d));
    TaxDetermination hi = p.determine(pkp, Purchase.of(PurchaseKind.GOODS, Idr.of(a + more), d));
    assertTrue(!lo.priceWithoutPpn().isGreaterThan(hi.priceWithoutPpn()));
    assertTrue(!lo.amount(Levy.PPH_22).isGreaterThan(hi.amount(Levy.PPH_22)));
  }

  /** A payee without NPWP never pays less of any levy than the same payee with one. */
  @Property
  void noTaxIdNeverPaysLess(@ForAll("cases") Case c) {
    Payee p = c.payee();
    Payee withId = switch (p.kind()) {
      case SUPPLIER -> Payee.supplier(p.id(), p.name(), TaxId.npwp("012345678901000"), p.pkp());
      case CONTRACTOR -> Payee.contractor(p.id(), p.name(), TaxId.npwp("012345678901000"), p.pkp(), p.certificate().orElseThrow());
      case LANDLORD -> Payee.landlord(p.id(), p.name(), TaxId.npwp("012345678901000"), p.pkp());
      case VILLAGE_OFFICIAL -> Payee.villageOfficial(p.id(), p.name(), TaxId.npwp("012345678901000"), p.ptkp().orElseThrow(), p.bpjsKesehatan());
      case NON_EMPLOYEE -> Payee.nonEmployee(p.id(), p.name(), TaxId.npwp("012345678901000"));
      case CIVIL_SERVANT -> Payee.civilServant(p.id(), p.name(), TaxId.npwp("012345678901000"), p.golongan().orElseThrow());
    };
    Payee without = switch (p.kind()) {
      case SUPPLIER -> Payee.supplier(p.id(), p.name(), TaxId.none(), p.pkp());
      case CONTRACTOR -> Payee.contractor(p.id(), p.name(), TaxId.none(), p.pkp(), p.certificate().orElseThrow());
      case LANDLORD -> Payee.landlord(p.id(), p.name(), TaxId.none(), p.pkp());
      case VILLAGE_OFFICIAL -> Payee.villageOfficial(p.id(), p.name(), TaxId.none(), p.ptkp().orElseThrow(), p.bpjsKesehatan());
      case NON_EMPLOYEE -> Payee.nonEmployee(p.id(), p.name(), TaxId.none());
      case CIVIL_SERVANT -> Payee.civilServant(p.id(), p.name(), TaxId.none(), p.golongan().orElseThrow());
    };
    TaxDetermination a = c.policy().determine(withId, c.purchase());
    TaxDetermination b = c.policy().determine(without, c.purchase());
    for (Levy l : Levy.values()) {
      assertTrue(!b.amount(l).isLessThan(a.amount(l)), () -> l + ": " + a + " vs " + b);
    }
  }

  /** Monthly PPh 21 by TER never falls as the month's gross rises (PP 58/2023 rates rise with income). */
  @Property
  void terTaxIsMonotone(
      @ForAll PtkpStatus status, @ForAll @LongRange(min = 1, max = 2_000_000_000L) long gross, @ForAll @LongRange(min = 0, max = 5_000_000) long more) {
    TaxPolicy p = TaxPolicy.forYear(2025);
    Payee o = Payee.villageOfficial("o", "O", TaxId.none(), status, false);
    Money lo = p.determine(o, Purchase.of(PurchaseKind.SILTAP_TUNJANGAN, Idr.of(gross), LocalDate.of(2025, 4, 1))).amount(Levy.PPH_21);
    Money hi = p.determine(o, Purchase.of(PurchaseKind.SILTAP_TUNJANGAN, Idr.of(gross + more), LocalDate.of(2025, 4, 1))).amount(Levy.PPH_21);
    assertTrue(!lo.isGreaterThan(hi));
  }

  /** Paying a non-employee in two parts costs the same PPh 21 as paying once (within a rupiah per part). */
  @Property
  void nonEmployeeTaxIsCumulative(@ForAll @LongRange(min = 1, max = 500_000_000L) long a, @ForAll @LongRange(min = 1, max = 500_000_000L) long b) {
    TaxPolicy p = TaxPolicy.forYear(2025);
    Payee n = Payee.nonEmployee("n", "N", TaxId.npwp("012345678901000"));
    LocalDate d = LocalDate.of(2025, 8, 8);
    Money first = p.determine(n, Purchase.of(PurchaseKind.HONORARIUM, Idr.of(a), d)).amount(Levy.PPH_21);
    IncomeToDate e = new IncomeToDate(Idr.of(a), first, Idr.of(a), first, 12);
    Money second = p.determine(n, Purchase.of(PurchaseKind.HONORARIUM, Idr.of(b), d).withEarlier(e)).amount(Levy.PPH_21);
    Money once = p.determine(n, Purchase.of(PurchaseKind.HONORARIUM, Idr.of(a + b), d)).amount(Levy.PPH_21);
    assertTrue(first.add(second).subtract(once).abs().isLessThanOrEqualTo(Idr.of(1)), () -> first + " + " + second + " vs " + once);
  }

  /**
   * A year of equal siltap: Jan–Nov by TER and December by Pasal 17 together withhold exactly the
   * year's tax, computed here independently from UU HPP Pasal 17 (5/15/25/30/35 % at 60 jt/250 jt/500 jt/5 M),
   * biaya jabatan 5 % ≤ 6 jt and the PTKP (TK/0 54 jt + 4,5 jt per step).
   */
  @Property(tries = 200)
  void aYearOfSiltapWithholdsTheYearsTax(@ForAll PtkpStatus status, @ForAll @LongRange(min = 1_000_000, max = 150_000_000) long monthly) {
    TaxPolicy p = TaxPolicy.forYear(2025);
    Payee o = Payee.villageOfficial("o", "O", TaxId.npwp("012345678901000"), status, false);
    Money withheld = Idr.ZERO;
    Money refund = Idr.ZERO;
    for (int m = 1; m <= 12; m++) {
      IncomeToDate e = new IncomeToDate(Idr.ZERO, Idr.ZERO, Idr.of(monthly * (m - 1)), withheld, 12);
      TaxDetermination t = p.determine(o, Purchase.of(PurchaseKind.SILTAP_TUNJANGAN, Idr.of(monthly), LocalDate.of(2025, m, 25)).withEarlier(e));
      withheld = withheld.add(t.amount(Levy.PPH_21));
      refund = t.refundDue();
    }
    long year = monthly * 12;
    long bj = Math.min(year / 20, 6_000_000);
    int steps = (status.name().startsWith("K") ? 1 : 0) + Integer.parseInt(status.name().substring(status.name().length() - 1));
    long pkp = Math.max(0, year - bj - 54_000_000L - 4_500_000L * steps) / 1000 * 1000;
    BigDecimal tax = BigDecimal.ZERO;
    long[] upTo = {60_000_000L, 250_000_000L, 500_000_000L, 5_000_000_000L, Long.MAX_VALUE};
    String[] rate = {"0.05", "0.15", "0.25", "0.30", "0.35"};
    long lower = 0;
    for (int i = 0; i < upTo.length && pkp > lower; i++) {
      tax = tax.add(BigDecimal.valueOf(Math.min(pkp, upTo[i]) - lower).multiply(new BigDecimal(rate[i])));
      lower = upTo[i];
    }
    Money annual = Idr.of(tax.setScale(0, RoundingMode.HALF_UP));
    Money net = withheld.subtract(refund);
    assertTrue(net.isEqualTo(annual), () -> "withheld less refund " + Idr.format(net) + " vs the year's tax " + Idr.format(annual));
  }

  /** Due dates: never before the pack's day of the next month, always a weekday, at most two days later. */
  @Property
  void dueDatesAreWeekdaysOnOrJustAfterTheDay(@ForAll @IntRange(min = 2024, max = 2027) int year, @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll Levy levy) {
    TaxPolicy p = TaxPolicy.forYear(year);
    LocalDate due = p.dueDate(levy, YearMonth.of(year, month));
    LocalDate nominal = YearMonth.of(year, month).plusMonths(1).atDay(year >= 2025 ? 15 : 10);
    assertTrue(!due.isBefore(nominal) && !due.isAfter(nominal.plusDays(2)), due::toString);
    assertTrue(due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY);
  }

  @Property
  void terRowsOfTheShippedYearsAreTheSame(@ForAll PtkpStatus s, @ForAll @LongRange(min = 0, max = 2_000_000_000L) long gross) {
    BigDecimal g = BigDecimal.valueOf(gross);
    BigDecimal r = TaxPolicy.forYear(2024).terRate(s, g);
    for (int y : List.of(2025, 2026, 2027)) {
      assertEquals(0, r.compareTo(TaxPolicy.forYear(y).terRate(s, g)));
    }
  }
}
