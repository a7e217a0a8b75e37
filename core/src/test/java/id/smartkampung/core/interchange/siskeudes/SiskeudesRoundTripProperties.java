package id.smartkampung.core.interchange.siskeudes;

import static id.smartkampung.core.journal.YearScenario.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.tax.TaxId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.javamoney.moneta.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Round trip over generated years (issue 17): a year of SPPs (LS with taxes, panjar with SPJ,
 * some only approved, some rejected), receipts, tax deposits and optionally a revision, posted on a
 * ledger (what it refuses is left out), written as the Siskeudes tables (through their CSV text) and
 * read back, gives a ledger with the same budget, realisation, tax book and BKU balance.
 */
class SiskeudesRoundTripProperties {
  static final LocalDate END = LocalDate.of(2025, 12, 31);
  static final List<BudgetItemKey> ITEMS = List.copyOf(BUDGET.items().keySet());

  /**
   * One SPP of the year: its item, type, amount, taxes and what happens to it; then, two days later,
   * a cash event: none (0), PAD received in cash and part of it deposited by an STS (1), cash drawn
   * from the bank (2, Mutasi tarik tunai) or put back (3, Mutasi setor tunai), of {@code cashSen};
   * or a bank event: interest credited with the final tax the bank withheld (4) or without tax (5),
   * a bank charge (6).
   */
  record Step(int item, boolean panjar, long sen, int taxes, int fate, int spentPercent, int cash, long cashSen) {}

  @Provide
  Arbitrary<List<Step>> years() {
    Arbitrary<Step> step = Combinators.combine(
            Arbitraries.integers().between(0, ITEMS.size() - 1),
            Arbitraries.of(true, false),
            Arbitraries.longs().between(100_000L, 3_000_000_000L),
            Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 6),
            Arbitraries.longs().between(1L, 500_000_000L))
        .as(Step::new);
    return step.list().ofMaxSize(40);
  }

  @Property(tries = 40)
  void aGeneratedYearRoundTripsThroughTheTables(@ForAll("years") List<Step> steps, @ForAll boolean revise, @ForAll @IntRange(min = 0, max = 39) int revisedAt) {
    Ledger before = post(steps, revise, revisedAt);
    Map<String, SiskeudesTable> tables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (SiskeudesTable t : SiskeudesExport.tables(before)) {
      tables.put(t.name(), SiskeudesTable.parse(t.name(), t.toCsv()));
    }
    SiskeudesYear year = SiskeudesImport.read(tables);
    assertEquals(List.of(), year.check());
    assertEquals(List.of(), year.taxDifferences(), "the export's taxes are the ledger's");
    Ledger after = Ledger.create(year.village(), year.policy());
    for (Operation op : year.operations()) {
      Outcome o = after.apply(op);
      assertTrue(o.isAccepted(), o::toString);
    }
    assertEquals(SiskeudesRoundTripTest.lines(before.enactedBudget().orElseThrow().lines()), SiskeudesRoundTripTest.lines(after.enactedBudget().orElseThrow().lines()));
    assertEquals(before.realisation(END), after.realisation(END));
    assertTrue(before.taxBook(END).withheld().isEqualTo(after.taxBook(END).withheld()));
    assertTrue(before.taxBook(END).deposited().isEqualTo(after.taxBook(END).deposited()));
    assertTrue(before.bku().balance().isEqualTo(after.bku().balance()));
    assertEquals(before.bukuKasTunai().balances(), after.bukuKasTunai().balances(), "cash box per fund source");
    assertEquals(before.bukuBank().balances(), after.bukuBank().balances(), "bank per fund source");
    assertEquals(moves(before), moves(after), "the movements between bank and cash box");
    net.jqwik.api.statistics.Statistics.label("cash").collect(moves(before).isEmpty() ? "no movement" : "bank/cash movements");
    assertEquals(bankEntries(before), bankEntries(after), "bank interest and charges");
    assertEquals(periods(before), periods(after), "the tax withheld and collected per levy and month");
    assertEquals(spjReceipts(before), spjReceipts(after), "the receipts of the SPJ in stages, by date");
    net.jqwik.api.statistics.Statistics.label("spj").collect(spjReceipts(before).isEmpty() ? "no SPJ in stages" : "SPJ in stages");
    net.jqwik.api.statistics.Statistics.label("bank").collect(bankEntries(before).isEmpty() ? "no interest or charge" : "interest or charges");
    assertEquals(before.lifecycle().orElseThrow().revision().isPresent(), year.revision().isPresent());
  }

  /**
   * Regression (CI of session 6): a panjar accounted for in stages, then the revision and the next
   * cash event two days after its SPP. The final stage and those events share a day; posted before
   * it, the revision was refused for date order (I9) and the cash events were silently left out.
   */
  @Example
  void aStagedSpjThenTheRevisionOnItsFinalDay() {
    Step staged = new Step(0, true, 200_000_000L, 0, 4, 80, 2, 50_000_000L);
    Step next = new Step(1, false, 100_000_000L, 0, 3, 0, 0, 1L);
    Ledger revised = post(List.of(staged, next), true, 1);
    assertTrue(revised.lifecycle().orElseThrow().revision().isPresent(), "the revision is enacted");
    Ledger moved = post(List.of(staged, next), false, 0);
    assertEquals(1, moves(moved).size(), "the cash event of the staged step is posted: " + moves(moved));
    assertEquals(2, spjReceipts(moved).size(), "both stages' receipts");
    aGeneratedYearRoundTripsThroughTheTables(List.of(staged, next), true, 1);
    aGeneratedYearRoundTripsThroughTheTables(List.of(staged, next), false, 0);
  }

  private static List<String> moves(Ledger l) {
    return l.history().stream().filter(o -> o instanceof MoveCash).map(o -> {
      MoveCash m = (MoveCash) o;
      return m.id() + " " + m.fundSource() + " " + m.to() + " " + m.amount();
    }).toList();
  }

  /** The tax period book: per levy and month, withheld and deposited. */
  static List<String> periods(Ledger l) {
    return l.taxPeriodBook().map(b -> b.periods().stream().map(p -> p.period() + " withheld " + p.withheld() + " deposited " + p.deposited()).toList()).orElse(List.of());
  }

  /** The receipts of the SPJ panjar, each with its date, payee kind, purchase and amount. */
  static List<String> spjReceipts(Ledger l) {
    return l.history().stream().<String>mapMulti((o, out) -> {
      if (o instanceof AccountPanjar a) {
        for (AccountPanjar.Receipt r : a.receipts()) {
          out.accept(a.businessDate(l.zone()) + " " + a.payee(r.payee()).name() + " " + a.payee(r.payee()).pkp() + " " + a.payee(r.payee()).taxId().kind() + " "
              + r.purchase() + " " + r.amount() + " " + r.number());
        }
      }
    }).toList();
  }

  /** Bank interest and charges, by their number as written (an import prefixes {@code mutasi:}). */
  static List<String> bankEntries(Ledger l) {
    return l.history().stream().<String>mapMulti((o, out) -> {
      if (o instanceof RecordBankInterest b) {
        out.accept(SiskeudesExport.number(b.id()) + " " + b.account() + " " + b.fundSource() + " " + b.gross() + " " + b.tax() + " " + b.taxItem() + " " + b.reference());
      } else if (o instanceof RecordBankFee f) {
        out.accept(SiskeudesExport.number(f.id()) + " " + f.item() + " " + f.amount() + " " + f.reference());
      }
    }).toList();
  }

  /** The item that realises the tax on bank interest (DLL, the fund source of 4.3.6 bunga bank). */
  static final BudgetItemKey PAJAK_BUNGA = BudgetItemKey.of(KegiatanCode.parse("01.03.01"), AccountCode.parse("5.2.1.01"), FundSource.DLL);
  /** The item that realises the bank's charges. */
  static final BudgetItemKey ADM_BANK = BudgetItemKey.of(KegiatanCode.parse("01.01.04"), AccountCode.parse("5.2.1.01"), FundSource.ADD);

  /**
   * Seconds after nine at which the cash events and the revision are posted: their day is also the
   * day a staged SPJ's final stage is posted (at second 10), and the ledger takes events in date
   * order (I9), so they come after it.
   */
  private static final int LATE = 20;

  /** The step's cash event, two days after its SPP (the day of a staged SPJ's final stage, {@link #LATE} after it). */
  private static void cash(Ledger l, Step st, int i, LocalDate day) {
    Money m = Idr.of(BigDecimal.valueOf(st.cashSen(), 2));
    switch (st.cash()) {
      case 1 -> {
        if (l.apply(new ReceiveRevenue(OperationId.of("tbp:C" + i), KAUR, at(day, LATE + 0), AccountCode.parse("4.1.2.01"), FundSource.PAD, m, null,
            null, "retribusi " + i, id.smartkampung.core.ledger.CashPlace.CASH)).isAccepted()) {
          Money part = Idr.of(BigDecimal.valueOf(Math.max(1L, st.cashSen() * st.spentPercent() / 100), 2));
          l.apply(new MoveCash(OperationId.of("sts:S" + i), KAUR, at(day, LATE + 1), FundSource.PAD, id.smartkampung.core.ledger.CashPlace.BANK, part, "C" + i));
        }
      }
      case 2 -> l.apply(new MoveCash(OperationId.of("mutasi:M" + i), KAUR, at(day, LATE + 2), FundSource.DDS, id.smartkampung.core.ledger.CashPlace.CASH, m, "tarik tunai"));
      case 3 -> l.apply(new MoveCash(OperationId.of("mutasi:M" + i), KAUR, at(day, LATE + 2), FundSource.DDS, id.smartkampung.core.ledger.CashPlace.BANK, m, "setor tunai"));
      case 4, 5 -> {
        Money gross = Idr.of(BigDecimal.valueOf(st.cashSen() / 100 + 100, 0));
        Money tax = st.cash() == 4 ? Idr.of(gross.getNumber().numberValue(BigDecimal.class).divide(BigDecimal.valueOf(5), 0, java.math.RoundingMode.HALF_UP)) : Idr.ZERO;
        l.apply(new RecordBankInterest(OperationId.of("bunga-" + i), KAUR, at(day, LATE + 3), AccountCode.parse("4.3.6.01"), FundSource.DLL, gross, tax,
            st.cash() == 4 ? PAJAK_BUNGA : null, "rekening koran bunga " + i));
      }
      case 6 -> l.apply(new RecordBankFee(OperationId.of("adm-" + i), KAUR, at(day, LATE + 4), ADM_BANK, Idr.of(BigDecimal.valueOf(st.cashSen() % 5_000_000L + 1, 2)),
          "rekening koran biaya administrasi " + i));
      default -> {}
    }
  }

  private static Instant at(LocalDate d, int second) {
    return d.atTime(LocalTime.of(9, 0)).atZone(Operation.ZONE).toInstant().plusSeconds(second);
  }

  /** Posts the year; what the ledger refuses is left out. */
  static Ledger post(List<Step> steps, boolean revise, int revisedAt) {
    Ledger l = Ledger.create(VILLAGE, 2025);
    Instant t = Instant.parse("2024-10-01T01:00:00Z");
    ImmutableSortedSet<KegiatanCode> all = ITEMS.stream().map(BudgetItemKey::kegiatan).collect(ImmutableSortedSet.toImmutableSortedSet(KegiatanCode::compareTo));
    for (var o : List.of(KD, SEKDES, KAUR, PKA_PU)) {
      l.applyOrThrow(new RegisterOfficial(OperationId.of("r-" + o.id()), KD, t = t.plusSeconds(60), o, o == PKA_PU ? all : ImmutableSortedSet.of(), null));
    }
    l.applyOrThrow(new DraftBudget(OperationId.of("draft"), SEKDES, t = t.plusSeconds(60), BUDGET, "RAPBDes"));
    l.applyOrThrow(new AgreeBudget(OperationId.of("agree"), KD, t = t.plusSeconds(60), "BA"));
    l.applyOrThrow(new EvaluateBudget(OperationId.of("evaluate"), EVALUATOR, t = t.plusSeconds(60), "evaluasi"));
    l.applyOrThrow(new EnactBudget(OperationId.of("enact"), KD, t = t.plusSeconds(60), "Perdes 1/2024"));
    LocalDate jan6 = LocalDate.of(2025, 1, 6);
    int s = 0;
    for (Object[] r : new Object[][] {{"4.2.1.01", FundSource.DDS, 500_000_000L}, {"4.2.3.01", FundSource.ADD, 400_000_000L}, {"4.1.2.01", FundSource.PAD, 30_000_000L},
        {"4.2.2.01", FundSource.PBH, 60_000_000L}, {"4.3.6.01", FundSource.DLL, 2_400_000L}}) {
      FundSource src = (FundSource) r[1];
      l.applyOrThrow(new ReceiveRevenue(OperationId.of("tbp-" + src), KAUR, at(jan6, s++), AccountCode.parse((String) r[0]), src, Idr.of((Long) r[2]),
          src.equals(FundSource.DDS) ? 1 : null, "rekening koran"));
    }
    for (int i = 0; i < steps.size(); i++) {
      LocalDate day = LocalDate.of(2025, 1, 13).plusDays(3L * i);
      if (revise && i == revisedAt) {
        revise(l, day.minusDays(1));
      }
      if (i > 0 && !(revise && i == revisedAt)) {
        cash(l, steps.get(i - 1), i - 1, day.minusDays(1));
      }
      Step st = steps.get(i);
      BudgetItemKey item = ITEMS.get(st.item());
      OperationId spp = OperationId.of("spp-" + i);
      Money amount = Idr.of(BigDecimal.valueOf(st.sen(), 2));
      if (!l.apply(new SubmitSpp(spp, PKA_PU, at(day, 0), st.panjar() ? SppType.UM : SppType.LS, item, amount, "CV Sumber Rejeki", "belanja " + i)).isAccepted()) {
        continue;
      }
      l.apply(new VerifySpp(OperationId.of("v-" + i), SEKDES, at(day, 1), spp));
      if (st.fate() == 0) {
        l.apply(new RejectSpp(OperationId.of("x-" + i), KD, at(day, 2), spp, "ditolak"));
        continue;
      }
      l.apply(new ApproveSpp(OperationId.of("a-" + i), KD, at(day, 2), spp));
      if (st.fate() == 1) {
        continue; // approved, not paid
      }
      ImmutableSortedSet.Builder<TaxType> taxes = ImmutableSortedSet.naturalOrder();
      if (!st.panjar()) {
        if ((st.taxes() & 1) != 0) {
          taxes.add(TaxType.PPH_22);
        }
        if ((st.taxes() & 2) != 0) {
          taxes.add(TaxType.PPN);
        }
        if ((st.taxes() & 4) != 0) {
          taxes.add(TaxType.PPH_23);
        }
      }
      if (!l.apply(new PaySpp(OperationId.of("p-" + i), KAUR, at(day, 3), spp, taxes.build(), "cek " + i)).isAccepted()) {
        l.apply(new PaySpp(OperationId.of("p-" + i), KAUR, at(day, 3), spp, ImmutableSortedSet.of(), "cek " + i));
      }
      LocalDate next = day.plusDays(1);
      if (st.panjar() && st.fate() == 4) {
        stagedSpj(l, st, i, spp, amount, next);
      } else if (st.panjar() && st.fate() >= 3) {
        Money spent = Idr.of(amount.getNumber().numberValue(BigDecimal.class).multiply(BigDecimal.valueOf(st.spentPercent())).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN));
        l.apply(new SettlePanjar(OperationId.of("spj-" + i), PKA_PU, at(next, 0), spp, spent, "kuitansi " + i));
      } else if (!st.panjar() && st.fate() >= 3) {
        int k = 0;
        for (var line : l.taxBook(END).lines()) {
          if (line.spp().equals(spp) && line.owed().isPositive()) {
            l.apply(new DepositTax(OperationId.of("ssp-" + i + "-" + (k++)), KAUR, at(next, k), spp, line.tax(), line.owed(), "NTPN " + i));
          }
        }
      }
    }
    return l;
  }

  /** A PKP supplier with an NPWP and a small supplier without one (the SPJ carries the kind of tax id only). */
  static final Payee CV = Payee.supplier("cv", "CV Sumber Rejeki", TaxId.npwp("01.234.567.8-901.234"), true);
  static final Payee TOKO = Payee.supplier("toko", "Toko Makmur", TaxId.none(), false);

  /**
   * A panjar accounted for in stages (account-panjar): a partial SPJ the day after payment with
   * half of what it spent (goods or services from the PKP supplier, its taxes collected), the final
   * SPJ a day later with the rest (from the small supplier), which settles it.
   */
  private static void stagedSpj(Ledger l, Step st, int i, OperationId spp, Money amount, LocalDate next) {
    long spentSen = amount.getNumber().numberValue(BigDecimal.class).movePointRight(2).longValueExact() * st.spentPercent() / 100;
    long firstSen = spentSen / 2;
    PurchaseKind kind = (st.taxes() & 1) != 0 ? PurchaseKind.SERVICES : PurchaseKind.GOODS;
    if (firstSen > 0) {
      l.apply(new AccountPanjar(OperationId.of("spj-" + i + "-1"), PKA_PU, at(next, 0), spp, AccountPanjar.Stage.PARTIAL, ImmutableList.of(CV),
          ImmutableList.of(new AccountPanjar.Receipt("cv", kind, Idr.ofSen(firstSen), "kw-" + i + "-1")), "SPJ parsial " + i));
    }
    long restSen = spentSen - firstSen;
    ImmutableList<AccountPanjar.Receipt> rest = restSen > 0 ? ImmutableList.of(new AccountPanjar.Receipt("toko", PurchaseKind.GOODS, Idr.ofSen(restSen), "kw-" + i + "-2"))
        : ImmutableList.of();
    l.apply(new AccountPanjar(OperationId.of("spj-" + i), PKA_PU, at(next.plusDays(1), 10), spp, AccountPanjar.Stage.FINAL, ImmutableList.of(TOKO), rest,
        "SPJ akhir " + i));
  }

  /** The one revision: the road and Dana Desa revenue up by Rp10.000.000 (balanced). */
  private static void revise(Ledger l, LocalDate day) {
    List<BudgetLine> lines = new ArrayList<>();
    boolean road = false;
    boolean dd = false;
    for (BudgetLine b : BUDGET.lines()) {
      if (!road && b.kegiatan() != null && BudgetItemKey.of(b.kegiatan(), b.account(), b.fundSource()).equals(JALAN)) {
        lines.add(new BudgetLine(b.section(), b.account(), b.kegiatan(), b.description(), b.amount().add(Idr.of(10_000_000L)), b.fundSource(), b.output(), b.focus(), b.quantity()));
        road = true;
      } else if (!dd && b.account().equals(AccountCode.parse("4.2.1.01"))) {
        lines.add(new BudgetLine(b.section(), b.account(), b.kegiatan(), b.description(), b.amount().add(Idr.of(10_000_000L)), b.fundSource(), b.output(), b.focus(), b.quantity()));
        dd = true;
      } else {
        lines.add(b);
      }
    }
    Apbdes revised = BUDGET.withLines(lines);
    l.applyOrThrow(new DraftRevision(OperationId.of("rev"), SEKDES, at(day, LATE + 0), revised, "rancangan perubahan"));
    l.applyOrThrow(new AgreeBudget(OperationId.of("rev-agree"), KD, at(day, LATE + 1), "BA perubahan"));
    l.applyOrThrow(new EvaluateBudget(OperationId.of("rev-eval"), EVALUATOR, at(day, LATE + 2), "evaluasi perubahan"));
    l.applyOrThrow(new EnactBudget(OperationId.of("rev-enact"), KD, at(day, LATE + 3), "Perdes 5/2025"));
  }


}
