package id.smartkampung.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FocusTag;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Operation.ChangeBltList;
import id.smartkampung.core.ledger.Operation.SubmitBltSpp;
import id.smartkampung.core.ledger.Operation.SubmitBltSpp.KpmMonth;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.javamoney.moneta.Money;

/**
 * BLT Desa (issue 14) on a 2026 book: the Perkades list of KPM, the monthly ceiling of Rp300.000 and
 * at most three months at once (Permendesa PDT 16/2025 pasal 3, the 2026 pack's {@code blt}), no
 * family paid twice for a month, only listed families, only from a BLT line, the SPP's four roles,
 * no tax withheld; the reference model agrees with every verdict.
 */
class BltTest {
  static final int YEAR = 2026;
  static final PolicyPack POLICY = PolicyPack.forYear(YEAR);
  static final BudgetItemKey BLT = LedgerFixture.key("05.03.01", "5.4.1.01", "DDS");
  static final BudgetItemKey JALAN = LedgerFixture.key("02.03.10", "5.3.5.01", "DDS");
  static final Official PKA_BLT = Official.of("pka-3", "Kasi Kesejahteraan", Role.PELAKSANA_KEGIATAN);

  final Ledger ledger = Ledger.create(LedgerFixture.VILLAGE, POLICY);
  final List<Operation> accepted = new ArrayList<>();
  Instant now = LocalDate.of(YEAR - 1, 10, 1).atTime(LocalTime.of(9, 0)).atZone(Operation.ZONE).toInstant();
  int n;

  static Apbdes budget() {
    List<BudgetLine> lines = new ArrayList<>();
    // 10 KPM × 12 months × Rp300.000 = Rp36.000.000
    lines.add(BudgetLine.belanja(BLT.kegiatan(), BLT.account(), FundSource.DDS, "BLT Dana Desa 10 KPM x 12 bulan", Idr.of(36_000_000L)).withFocus(FocusTag.parse("BLT")));
    lines.add(BudgetLine.belanja(JALAN.kegiatan(), JALAN.account(), FundSource.DDS, "Rabat beton", Idr.of(164_000_000L)).withFocus(FocusTag.parse("LAINNYA")));
    lines.add(BudgetLine.pendapatan(AccountCode.parse("4.2.1.01"), FundSource.DDS, "Dana Desa", Idr.of(200_000_000L)));
    return Apbdes.of(LedgerFixture.VILLAGE, YEAR, lines);
  }

  Instant tick() {
    now = now.plusSeconds(600);
    return now;
  }

  OperationId id() {
    return OperationId.of("op-" + (++n));
  }

  Outcome apply(Operation op) {
    Outcome o = ledger.apply(op);
    if (o.isAccepted()) {
      accepted.add(op);
    }
    return o;
  }

  OperationId ok(Operation op) {
    Outcome o = apply(op);
    assertTrue(o.isAccepted(), () -> "expected accepted: " + o);
    return op.id();
  }

  static Set<Rule> rules(Outcome o) {
    return o.findings().stream().map(Finding::rule).collect(Collectors.toSet());
  }

  /** Rejected with exactly these rules, the ledger unchanged, and the reference model judging alike. */
  void rejected(Operation op, Rule... expected) {
    LedgerSnapshot before = ledger.snapshot();
    Outcome o = apply(op);
    assertTrue(o.isRejected(), () -> "expected rejected: " + o);
    assertEquals(Set.of(expected), rules(o), o::toString);
    assertEquals(before, ledger.snapshot());
    List<Operation> withIt = new ArrayList<>(accepted);
    withIt.add(op);
    Set<Rule> model = ReferenceLedger.recompute(LedgerFixture.VILLAGE, POLICY, withIt).violations().stream().map(id.smartkampung.core.audit.AuditFinding::rule).collect(Collectors.toSet());
    assertEquals(Set.of(expected), model, "the reference model's verdict");
  }

  BltTest ready() {
    ok(Operation.RegisterOfficial.of(id(), LedgerFixture.KD, tick(), LedgerFixture.KD, Set.of()));
    ok(Operation.RegisterOfficial.of(id(), LedgerFixture.KD, tick(), LedgerFixture.SEKDES, Set.of()));
    ok(Operation.RegisterOfficial.of(id(), LedgerFixture.KD, tick(), LedgerFixture.KAUR, Set.of()));
    ok(Operation.RegisterOfficial.of(id(), LedgerFixture.KD, tick(), PKA_BLT, Set.of(BLT.kegiatan())));
    ok(Operation.RegisterOfficial.of(id(), LedgerFixture.KD, tick(), LedgerFixture.PKA_PU, Set.of(JALAN.kegiatan())));
    ok(new Operation.DraftBudget(id(), LedgerFixture.SEKDES, tick(), budget(), "RAPBDes 2026"));
    ok(new Operation.AgreeBudget(id(), LedgerFixture.KD, tick(), "BA kesepakatan"));
    ok(new Operation.EvaluateBudget(id(), LedgerFixture.EVALUATOR, tick(), "Evaluasi"));
    ok(new Operation.EnactBudget(id(), LedgerFixture.KD, tick(), "Perdes 1/2025"));
    now = LocalDate.of(YEAR, 2, 2).atTime(LocalTime.of(9, 0)).atZone(Operation.ZONE).toInstant();
    ok(new Operation.ReceiveRevenue(id(), LedgerFixture.KAUR, tick(), AccountCode.parse("4.2.1.01"), FundSource.DDS, Idr.of(80_000_000L), 1, "tahap I"));
    return this;
  }

  ChangeBltList list(Set<String> added, Set<String> removed) {
    return new ChangeBltList(id(), LedgerFixture.KD, tick(), ImmutableSortedSet.copyOf(added), ImmutableSortedSet.copyOf(removed), "Perkades 2/2026 penetapan KPM BLT Desa");
  }

  SubmitBltSpp blt(Money monthly, BudgetItemKey item, KpmMonth... payments) {
    return new SubmitBltSpp(id(), PKA_BLT, tick(), item, monthly, ImmutableList.copyOf(payments), "BLT Desa");
  }

  static KpmMonth km(String kpm, int month) {
    return new KpmMonth(kpm, YearMonth.of(YEAR, month));
  }

  OperationId paid(SubmitBltSpp spp) {
    OperationId id = ok(spp);
    ok(new Operation.VerifySpp(id(), LedgerFixture.SEKDES, tick(), id));
    ok(new Operation.ApproveSpp(id(), LedgerFixture.KD, tick(), id));
    ok(new Operation.PaySpp(id(), LedgerFixture.KAUR, tick(), id, ImmutableSortedSet.of(), "transfer ke rekening KPM"));
    return id;
  }

  @Test
  @DisplayName("Permendesa PDT 16/2025 ps 3: 2 KPM × 3 months at Rp300.000 are paid through the SPP's four roles, realised on the BLT line, no tax withheld")
  void threeMonthsForTwoFamilies() {
    ready();
    ok(list(Set.of("KPM-001", "KPM-002"), Set.of()));
    paid(blt(Idr.of(300_000L), BLT, km("KPM-001", 1), km("KPM-001", 2), km("KPM-001", 3), km("KPM-002", 1), km("KPM-002", 2), km("KPM-002", 3)));
    LedgerSnapshot s = ledger.snapshot();
    assertTrue(s.items().get(BLT).realised().isEqualTo(Idr.of(1_800_000L)));
    assertTrue(s.funds().get(FundSource.DDS).cash().isEqualTo(Idr.of(78_200_000L)));
    assertTrue(s.funds().get(FundSource.DDS).taxPayable().isZero());
    assertEquals(List.of(), ReferenceLedger.recompute(LedgerFixture.VILLAGE, POLICY, accepted).violations());
  }

  @Test
  @DisplayName("Permendesa PDT 16/2025 ps 3: Rp300.001 a month is above the ceiling (I11.blt-per-kpm)")
  void aboveTheCeiling() {
    ready();
    ok(list(Set.of("KPM-001"), Set.of()));
    rejected(blt(Idr.of(300_001L), BLT, km("KPM-001", 1)), Rule.BLT_PER_KPM);
  }

  @Test
  @DisplayName("Permendesa PDT 16/2025 ps 3: four months at once are more than three (I11.blt-months-at-once)")
  void fourMonthsAtOnce() {
    ready();
    ok(list(Set.of("KPM-001"), Set.of()));
    rejected(blt(Idr.of(300_000L), BLT, km("KPM-001", 1), km("KPM-001", 2), km("KPM-001", 3), km("KPM-001", 4)), Rule.BLT_MONTHS_AT_ONCE);
  }

  @Test
  @DisplayName("no family is paid twice for a month: on a live SPP or twice in one (I5.blt-paid-twice); after a rejection the month is free again")
  void paidTwice() {
    ready();
    ok(list(Set.of("KPM-001", "KPM-002"), Set.of()));
    paid(blt(Idr.of(300_000L), BLT, km("KPM-001", 1)));
    rejected(blt(Idr.of(300_000L), BLT, km("KPM-001", 1)), Rule.BLT_PAID_TWICE);
    rejected(blt(Idr.of(300_000L), BLT, km("KPM-002", 1), km("KPM-002", 1)), Rule.BLT_PAID_TWICE);
    OperationId pending = ok(blt(Idr.of(300_000L), BLT, km("KPM-002", 2)));
    rejected(blt(Idr.of(300_000L), BLT, km("KPM-002", 2)), Rule.BLT_PAID_TWICE);
    ok(new Operation.RejectSpp(id(), LedgerFixture.SEKDES, tick(), pending, "daftar belum diverifikasi"));
    paid(blt(Idr.of(300_000L), BLT, km("KPM-002", 2)));
  }

  @Test
  @DisplayName("only families on the Perkades list are paid; a family removed by a later Perkades is not (I5.blt-kpm-not-listed)")
  void onlyListedFamilies() {
    ready();
    rejected(blt(Idr.of(300_000L), BLT, km("KPM-001", 1)), Rule.BLT_KPM_NOT_LISTED);
    ok(list(Set.of("KPM-001", "KPM-002"), Set.of()));
    paid(blt(Idr.of(300_000L), BLT, km("KPM-001", 1)));
    ok(list(Set.of("KPM-003"), Set.of("KPM-001")));
    rejected(blt(Idr.of(300_000L), BLT, km("KPM-001", 2)), Rule.BLT_KPM_NOT_LISTED);
    rejected(list(Set.of(), Set.of("KPM-001")), Rule.BLT_KPM_NOT_LISTED);
    rejected(list(Set.of("KPM-002"), Set.of()), Rule.INVALID_OPERATION);
    paid(blt(Idr.of(300_000L), BLT, km("KPM-003", 2)));
  }

  @Test
  @DisplayName("UU 27/2022: a KPM named by a 16-digit NIK or KK number is refused (I2.blt-kpm-id), in the list and in an SPP")
  void noNik() {
    ready();
    rejected(list(Set.of("3510161234560001"), Set.of()), Rule.BLT_KPM_ID);
    rejected(list(Set.of("KK 3510161234560001"), Set.of()), Rule.BLT_KPM_ID);
    rejected(blt(Idr.of(300_000L), BLT, km("3510161234560001", 1)), Rule.BLT_KPM_ID);
  }

  @Test
  @DisplayName("BLT is paid from a BLT line only (I5.blt-line), by the PKA of its kegiatan, with no tax withheld")
  void fromTheBltLineOnly() {
    ready();
    ok(list(Set.of("KPM-001"), Set.of()));
    rejected(new SubmitBltSpp(id(), LedgerFixture.PKA_PU, tick(), JALAN, Idr.of(300_000L), ImmutableList.of(km("KPM-001", 1)), "BLT"), Rule.BLT_LINE);
    rejected(new SubmitBltSpp(id(), LedgerFixture.PKA_PU, tick(), BLT, Idr.of(300_000L), ImmutableList.of(km("KPM-001", 1)), "BLT"), Rule.SEGREGATION_OF_DUTIES);
    OperationId spp = ok(blt(Idr.of(300_000L), BLT, km("KPM-001", 1)));
    ok(new Operation.VerifySpp(id(), LedgerFixture.SEKDES, tick(), spp));
    ok(new Operation.ApproveSpp(id(), LedgerFixture.KD, tick(), spp));
    rejected(new Operation.PaySpp(id(), LedgerFixture.KAUR, tick(), spp, ImmutableSortedSet.of(id.smartkampung.core.policy.PolicyPack.TaxType.PPH_23), "trf"), Rule.INVALID_OPERATION);
  }

  @Test
  @DisplayName("a month outside the fiscal year and an empty SPP are refused; the item's budget bounds BLT as any SPP (I5.item-overspent)")
  void monthsAndBudget() {
    ready();
    ok(list(Set.of("KPM-001"), Set.of()));
    rejected(new SubmitBltSpp(id(), PKA_BLT, tick(), BLT, Idr.of(300_000L), ImmutableList.of(new KpmMonth("KPM-001", YearMonth.of(YEAR + 1, 1))), "BLT"), Rule.OUTSIDE_FISCAL_YEAR);
    rejected(new SubmitBltSpp(id(), PKA_BLT, tick(), BLT, Idr.of(300_000L), ImmutableList.of(), "BLT"), Rule.INVALID_OPERATION);
    List<String> many = new ArrayList<>();
    for (int i = 1; i <= 41; i++) {
      many.add(String.format("KPM-%03d", i));
    }
    ok(list(Set.copyOf(many.subList(1, 41)), Set.of()));
    // 41 KPM × 3 months × Rp300.000 = Rp36.900.000 > Rp36.000.000
    List<KpmMonth> ks = new ArrayList<>();
    for (String k : many) {
      for (int m = 1; m <= 3; m++) {
        ks.add(km(k, m));
      }
    }
    rejected(new SubmitBltSpp(id(), PKA_BLT, tick(), BLT, Idr.of(300_000L), ImmutableList.copyOf(ks), "BLT"), Rule.ITEM_OVERSPENT);
  }
}
