package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.JALAN;
import static id.smartkampung.core.ledger.LedgerFixture.PKA_PU;
import static id.smartkampung.core.ledger.LedgerFixture.rp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Operation.AccountPanjar;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.Purchase;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.tax.TaxPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of a panjar accounted for by several SPJ with receipts (issue 14) and of the taxes
 * collected at each SPJ (issue 13), over generated advances, receipts, payees and kinds.
 */
class PanjarSpjProperties {
  record Spj(List<AccountPanjar.Receipt> receipts) {}

  @Provide
  Arbitrary<List<AccountPanjar.Receipt>> receiptLists() {
    return receipts().list().ofMinSize(1).ofMaxSize(6);
  }

  Arbitrary<AccountPanjar.Receipt> receipts() {
    Arbitrary<Payee> payee = Arbitraries.of(PanjarSpjTest.PAYEES);
    Arbitrary<PurchaseKind> kind = Arbitraries.of(PurchaseKind.GOODS, PurchaseKind.SERVICES, PurchaseKind.FUEL, PurchaseKind.RENT_LAND_BUILDING, PurchaseKind.POSTAL);
    return Combinators.combine(payee, kind, Arbitraries.longs().between(1_000, 4_000_000), Arbitraries.integers().between(1, 999))
        .as((p, k, rupiah, n) -> new AccountPanjar.Receipt(p.id(), k, rp(rupiah), "nota " + n));
  }

  /**
   * Partial SPJ while they fit the advance, then the final one: the advance = Σ spent + returned −
   * further paid (cash), realised = Σ spent, nothing stays reserved; every SPJ's collected tax =
   * the sum of its receipts' taxes (by the year's rules); the reference model agrees.
   */
  @Property(tries = 60)
  void advanceIsSpentPlusReturnedLessFurtherPaid(
      @ForAll @LongRange(min = 100_000, max = 12_000_000) long advance, @ForAll("receiptLists") List<AccountPanjar.Receipt> receipts) {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 6, 2));
    long cash0 = Idr.toSen(f.ledger.snapshot().funds().get(FundSource.DDS).cash());
    OperationId panjar = f.paid(SppType.UM, JALAN, advance);
    long spent = 0;
    long taxes = 0;
    TaxPolicy rules = TaxPolicy.forYear(2025);
    for (int i = 0; i < receipts.size(); i++) {
      AccountPanjar.Receipt r = receipts.get(i);
      boolean last = i == receipts.size() - 1;
      long sen = Idr.toSen(r.amount());
      AccountPanjar.Stage stage = last || (spent + sen) > advance * 100 ? AccountPanjar.Stage.FINAL : AccountPanjar.Stage.PARTIAL;
      long owedBefore = Idr.toSen(f.ledger.snapshot().funds().get(FundSource.DDS).taxPayable());
      Outcome o = f.apply(new AccountPanjar(f.id(), PKA_PU, f.tick(), panjar, stage, PanjarSpjTest.PAYEES, ImmutableList.of(r), "SPJ " + i));
      assertTrue(o.isAccepted(), o::toString);
      LocalDate on = o.operation().businessDate(Operation.ZONE);
      Payee payee = PanjarSpjTest.PAYEES.stream().filter(p -> p.id().equals(r.payee())).findFirst().orElseThrow();
      long expectedTax = Idr.toSen(rules.determine(payee, Purchase.of(r.purchase(), r.amount(), on)).withheld());
      long collected = Idr.toSen(f.ledger.snapshot().funds().get(FundSource.DDS).taxPayable()) - owedBefore;
      assertEquals(expectedTax, collected, "withheld at the SPJ = the sum of its receipts' taxes");
      spent += sen;
      taxes += collected;
      if (stage == AccountPanjar.Stage.FINAL) {
        break;
      }
    }
    long advanceSen = advance * 100;
    long returned = Math.max(0, advanceSen - spent);
    long furtherPaid = Math.max(0, spent - advanceSen);
    assertEquals(advanceSen, spent + returned - furtherPaid);
    LedgerSnapshot s = f.ledger.snapshot();
    assertEquals(SppStatus.SETTLED, s.spps().get(panjar));
    assertEquals(cash0 - advanceSen + returned - furtherPaid + taxes, Idr.toSen(s.funds().get(FundSource.DDS).cash()), "cash: advance out, the rest back or the excess out, taxes in");
    assertEquals(Idr.ofSen(spent), s.items().get(JALAN).realised());
    assertEquals(Idr.ZERO, s.items().get(JALAN).committed());
    assertEquals(Idr.ofSen(returned), f.ledger.panjarBook(LocalDate.of(2025, 12, 31)).lines().get(0).returned());
    assertTrue(f.ledger.recheck().isEmpty(), () -> f.ledger.recheck().toString());
    LinedSppTest.referenceAgrees(f);
  }
}
