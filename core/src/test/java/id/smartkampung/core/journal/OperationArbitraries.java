package id.smartkampung.core.journal;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.testkit.BudgetArbitraries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.javamoney.moneta.Money;

/** Generators of every kind of operation with any content the codec must carry (valid or not for the ledger). */
final class OperationArbitraries {
  private OperationArbitraries() {}

  static Arbitrary<String> texts() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars("\n\t\"\\/éñü—’ä€").ofMaxLength(30);
  }

  static Arbitrary<OperationId> ids() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars("éñ—").ofMinLength(1).ofMaxLength(40)
        .filter(s -> !s.isBlank()).map(OperationId::of);
  }

  static Arbitrary<Official> officials() {
    Arbitrary<String> nonBlank = texts().filter(s -> !s.isBlank());
    return Combinators.combine(nonBlank, nonBlank, Arbitraries.of(Role.class)).as(Official::of);
  }

  static Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds = Arbitraries.longs().between(Instant.parse("2023-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2027-12-31T23:59:59Z").getEpochSecond());
    return Combinators.combine(seconds, Arbitraries.frequency(net.jqwik.api.Tuple.of(5, 0), net.jqwik.api.Tuple.of(1, 123_000_000), net.jqwik.api.Tuple.of(1, 7)))
        .as(Instant::ofEpochSecond);
  }

  static Arbitrary<Money> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-1_000_000_000_00L, 1_000_000_000_000_00L).map(Idr::ofSen),
        Arbitraries.longs().between(0, 10_000_000L).map(Idr::of),
        Arbitraries.longs().between(-100_000L, 100_000L).map(x -> Idr.of(BigDecimal.valueOf(x, 3))));
  }

  static Arbitrary<BudgetItemKey> items() {
    return Combinators.combine(BudgetArbitraries.kegiatanCodes(), BudgetArbitraries.belanjaAccounts(), BudgetArbitraries.fundSources()).as(BudgetItemKey::of);
  }

  static Arbitrary<FinancingItemKey> financingItems() {
    return Combinators.combine(Arbitraries.of("6.2.1.01", "6.2.2.01", "6.2.9.01").map(AccountCode::parse), BudgetArbitraries.fundSources()).as(FinancingItemKey::of);
  }

  /** Every kind of operation, about equally often. */
  static Arbitrary<Operation> operations() {
    Arbitrary<OperationId> id = ids();
    Arbitrary<Official> who = officials();
    Arbitrary<Instant> at = instants();
    Arbitrary<String> text = texts();
    return Arbitraries.oneOf(
        Combinators.combine(id, who, at, who, BudgetArbitraries.kegiatanCodes().set().ofMaxSize(3), Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(60).optional())
            .as((i, a, t, o, k, key) -> (Operation) new RegisterOfficial(i, a, t, o, ImmutableSortedSet.copyOf(k), key.orElse(null))),
        Combinators.combine(id, who, at, BudgetArbitraries.validBudgets(), text).as((i, a, t, b, r) -> (Operation) new DraftBudget(i, a, t, b, r)),
        Combinators.combine(id, who, at, text).as((i, a, t, r) -> (Operation) new AgreeBudget(i, a, t, r)),
        Combinators.combine(id, who, at, text).as((i, a, t, r) -> (Operation) new EvaluateBudget(i, a, t, r)),
        Combinators.combine(id, who, at, text).as((i, a, t, r) -> (Operation) new EnactBudget(i, a, t, r)),
        Combinators.combine(id, who, at, BudgetArbitraries.validBudgets(), text).as((i, a, t, b, r) -> (Operation) new DraftRevision(i, a, t, b, r)),
        Combinators.combine(id, who, at, BudgetArbitraries.accountCodes(), BudgetArbitraries.fundSources(), amounts(), Arbitraries.integers().between(-1, 4).optional(), text)
            .as((i, a, t, acc, f, m, tr, r) -> new ReceiveRevenue(i, a, t, acc, f, m, tr.orElse(null), r))
            .flatMap(r -> Arbitraries.of("EARMARKED", "NON_EARMARKED", "REGULER", "KDMP", "x").optional()
                .map(p -> (Operation) new ReceiveRevenue(r.id(), r.actor(), r.at(), r.account(), r.fundSource(), r.amount(), r.tranche(), p.orElse(null), r.reference()))),
        Combinators.combine(id, who, at, Arbitraries.of(SppType.class), items(), amounts(), text, text)
            .as((i, a, t, ty, it, m, p, d) -> (Operation) new SubmitSpp(i, a, t, ty, it, m, p, d)),
        Combinators.combine(id, who, at, id).as((i, a, t, s) -> (Operation) new VerifySpp(i, a, t, s)),
        Combinators.combine(id, who, at, id).as((i, a, t, s) -> (Operation) new ApproveSpp(i, a, t, s)),
        Combinators.combine(id, who, at, id, text).as((i, a, t, s, r) -> (Operation) new RejectSpp(i, a, t, s, r)),
        Combinators.combine(id, who, at, id, text).as((i, a, t, s, r) -> (Operation) new CancelSpp(i, a, t, s, r)),
        Combinators.combine(id, who, at, id, Arbitraries.of(TaxType.class).set(), text)
            .as((i, a, t, s, w, r) -> (Operation) new PaySpp(i, a, t, s, ImmutableSortedSet.copyOf(w), r)),
        Combinators.combine(id, who, at, id, amounts(), text).as((i, a, t, s, m, r) -> (Operation) new SettlePanjar(i, a, t, s, m, r)),
        Combinators.combine(id, who, at, id, Arbitraries.of(TaxType.class), amounts(), text)
            .as((i, a, t, s, x, m, n) -> (Operation) new DepositTax(i, a, t, s, x, m, n)),
        Combinators.combine(id, who, at, id, text).as((i, a, t, s, r) -> (Operation) new ReverseReceipt(i, a, t, s, r)),
        Combinators.combine(id, who, at, id, text).as((i, a, t, s, r) -> (Operation) new ReversePayment(i, a, t, s, r)),
        Combinators.combine(id, who, at).as((i, a, t) -> (Operation) new CloseYear(i, a, t)),
        Combinators.combine(id, who, at, financingItems(), amounts(), text, text)
            .as((i, a, t, it, m, p, d) -> (Operation) new SubmitFinancingSpp(i, a, t, it, m, p, d)),
        Combinators.combine(id, who, at, Arbitraries.integers().between(1, 12), amounts(), text)
            .as((i, a, t, mo, m, r) -> (Operation) new Operation.CloseMonth(i, a, t, java.time.YearMonth.of(2025, mo), m, r)),
        Combinators.combine(id, who, at, text).as((i, a, t, r) -> (Operation) new Operation.ReturnBudget(i, a, t, r)),
        Combinators.combine(id, who, at, BudgetArbitraries.validBudgets(), text).as((i, a, t, b, r) -> (Operation) new Operation.CorrectBudget(i, a, t, b, r)),
        Combinators.combine(id, who, at, Arbitraries.integers().between(0, 800).map(d -> java.time.LocalDate.of(2024, 1, 1).plusDays(d)), text)
            .as((i, a, t, d, r) -> (Operation) new Operation.EnactDeemedBudget(i, a, t, d, r)),
        Combinators.combine(id, who, at, BudgetArbitraries.validBudgets(), text).as((i, a, t, b, r) -> (Operation) new Operation.ShiftBudget(i, a, t, b, r)),
        Combinators.combine(id, who, at, BudgetArbitraries.validBudgets(), text).as((i, a, t, b, r) -> (Operation) new Operation.AddLateGrant(i, a, t, b, r)),
        Combinators.combine(id, who, at, BudgetArbitraries.validBudgets(), text).as((i, a, t, b, r) -> (Operation) new Operation.SpendEmergency(i, a, t, b, r)),
        Combinators.combine(id, who, at, text, Arbitraries.maps(items(), amounts()).ofMaxSize(3).injectNull(0.5)) // with and without the previous year's pagu (Pasal 36)
            .as((i, a, t, r, p) -> (Operation) new Operation.CancelBudget(i, a, t, r, p == null ? null : com.google.common.collect.ImmutableSortedMap.copyOf(p))),
        Combinators.combine(id, who, at, Arbitraries.of("KDMP", "REGULER", "x"), BudgetArbitraries.accountCodes(), financingItems(), amounts(), text)
            .as((i, a, t, p, acc, it, m, r) -> (Operation) new Operation.RecordKdmpChannelling(i, a, t, p, acc, it, m, r)),
        Combinators.combine(id, who, at, text.set().ofMaxSize(4), text.set().ofMaxSize(3), text)
            .as((i, a, t, ad, rm, r) -> (Operation) new Operation.ChangeBltList(i, a, t, ImmutableSortedSet.copyOf(ad), ImmutableSortedSet.copyOf(rm), r)),
        Combinators.combine(id, who, at, items(), amounts(),
                Combinators.combine(text, Arbitraries.integers().between(2023, 2027), Arbitraries.integers().between(1, 12))
                    .as((k, y, m) -> new Operation.SubmitBltSpp.KpmMonth(k, java.time.YearMonth.of(y, m))).list().ofMaxSize(5),
                text)
            .as((i, a, t, it, m, p, d) -> (Operation) new Operation.SubmitBltSpp(i, a, t, it, m, com.google.common.collect.ImmutableList.copyOf(p), d)),
        Combinators.combine(id, who, at, Arbitraries.integers().between(1990, 2100), Arbitraries.maps(BudgetArbitraries.fundSources(), amounts()).ofMaxSize(4),
                Combinators.combine(items(), amounts()).as(Operation.OpenYear.Carried::new).list().ofMaxSize(3),
                Combinators.combine(Arbitraries.of(id.smartkampung.core.tax.Levy.class), Arbitraries.integers().between(2023, 2027), Arbitraries.integers().between(1, 12),
                        BudgetArbitraries.fundSources(), amounts())
                    .as((l, y, m, f, x) -> new Operation.OpenYear.CarriedTax(l, java.time.YearMonth.of(y, m), f, x))
                    .list().ofMaxSize(3).uniqueElements(c -> c.levy() + " " + c.period() + " " + c.fundSource()),
                text)
            .as((i, a, t, y, s, d, o, r) -> (Operation) new Operation.OpenYear(i, a, t, y, com.google.common.collect.ImmutableSortedMap.copyOf(s), com.google.common.collect.ImmutableList.copyOf(d),
                com.google.common.collect.ImmutableList.copyOf(o), r)),
        Combinators.combine(id, who, at, payees(), lines(), text)
            .as((i, a, t, p, l, d) -> (Operation) new Operation.SubmitLinedSpp(i, a, t, p, l, d)),
        Combinators.combine(id, who, at, Arbitraries.of(id.smartkampung.core.tax.Levy.class),
                Combinators.combine(Arbitraries.integers().between(2023, 2027), Arbitraries.integers().between(1, 12)).as(java.time.YearMonth::of), amounts(), text, text)
            .as((i, a, t, l, ym, x, c, n) -> (Operation) new Operation.DepositTaxPeriod(i, a, t, l, ym, x, c, n)),
        Combinators.combine(id, who, at, BudgetArbitraries.fundSources(), Arbitraries.of(id.smartkampung.core.ledger.CashPlace.class), amounts(), text)
            .as((i, a, t, f, to, m, r) -> (Operation) new Operation.MoveCash(i, a, t, f, to, m, r)),
        Combinators.combine(id, who, at, id, Arbitraries.of(Operation.AccountPanjar.Stage.class), payees(),
                Combinators.combine(payeeIds(), Arbitraries.of(id.smartkampung.core.tax.PurchaseKind.class), amounts(), text)
                    .as(Operation.AccountPanjar.Receipt::new).list().ofMaxSize(3),
                text)
            .as((i, a, t, s, st, p, r, ref) -> (Operation) new Operation.AccountPanjar(i, a, t, s, st, p, com.google.common.collect.ImmutableList.copyOf(r), ref)),
        Combinators.combine(id, who, at, BudgetArbitraries.accountCodes(), BudgetArbitraries.fundSources(), amounts().list().ofSize(2), items().injectNull(0.5), text)
            .as((i, a, t, acc, f, gt, it, r) -> (Operation) new Operation.RecordBankInterest(i, a, t, acc, f, gt.get(0), gt.get(1), it, r)),
        Combinators.combine(id, who, at, items(), amounts(), text).as((i, a, t, it, m, r) -> (Operation) new Operation.RecordBankFee(i, a, t, it, m, r)));
  }

  /** A few payees' ids: lines and receipts name them (or not: the codec carries what it is given). */
  static Arbitrary<String> payeeIds() {
    return Arbitraries.of("toko-1", "cv-2", "tpk-3", "kasi-4", "pns-5", "x");
  }

  /** The payees of an SPP or SPJ: every kind, with the kind of tax id only (as a journal holds them). */
  static Arbitrary<com.google.common.collect.ImmutableList<id.smartkampung.core.tax.Payee>> payees() {
    Arbitrary<String> name = texts().filter(s -> !s.isBlank());
    Arbitrary<id.smartkampung.core.tax.TaxId> taxId = Arbitraries.of(id.smartkampung.core.tax.TaxId.Kind.class).map(id.smartkampung.core.tax.TaxId::ofKind);
    Arbitrary<Boolean> yes = Arbitraries.of(true, false);
    Arbitrary<id.smartkampung.core.tax.Payee> payee = Arbitraries.oneOf(
        Combinators.combine(payeeIds(), name, taxId, yes).as(id.smartkampung.core.tax.Payee::supplier),
        Combinators.combine(payeeIds(), name, taxId, yes, Arbitraries.of(id.smartkampung.core.tax.ConstructionCertificate.class))
            .as(id.smartkampung.core.tax.Payee::contractor),
        Combinators.combine(payeeIds(), name, taxId, yes).as(id.smartkampung.core.tax.Payee::landlord),
        Combinators.combine(payeeIds(), name, taxId, Arbitraries.of(id.smartkampung.core.tax.PtkpStatus.class), yes)
            .as(id.smartkampung.core.tax.Payee::villageOfficial),
        Combinators.combine(payeeIds(), name, taxId).as(id.smartkampung.core.tax.Payee::nonEmployee),
        Combinators.combine(payeeIds(), name, taxId, Arbitraries.of(id.smartkampung.core.tax.Golongan.class)).as(id.smartkampung.core.tax.Payee::civilServant));
    return payee.list().ofMaxSize(3).map(com.google.common.collect.ImmutableList::copyOf);
  }

  static Arbitrary<com.google.common.collect.ImmutableList<Operation.SubmitLinedSpp.Line>> lines() {
    return Combinators.combine(items(), payeeIds(), Arbitraries.of(id.smartkampung.core.tax.PurchaseKind.class), amounts())
        .as(Operation.SubmitLinedSpp.Line::new).list().ofMaxSize(4).map(com.google.common.collect.ImmutableList::copyOf);
  }

  static Optional<String> none() {
    return Optional.empty();
  }
}
