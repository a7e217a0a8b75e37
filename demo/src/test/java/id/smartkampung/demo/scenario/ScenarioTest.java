package id.smartkampung.demo.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.audit.AuditReport;
import id.smartkampung.core.audit.JournalAudit;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.LedgerSnapshot;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.ledger.report.RealisationReport;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.rollup.VillageRollup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo year with the README's seed, kept in the village's journal: every planted misconduct
 * caught, the books reconciled, and the offline audit of the written journal clean.
 */
class ScenarioTest {
  @TempDir static Path dir;
  static ScenarioResult result;

  @BeforeAll
  static void runTheYear() throws Exception {
    result = Scenario.run(Scenario.DEFAULT_SEED, LedgerBackend.journaled(), dir, ScenarioListener.NONE);
  }

  @Test
  @DisplayName("the treasurer closes every month February to December's predecessor and posts May's late bank interest back-dated (Permendagri 20/2018 Pasal 63; issue 14)")
  void monthlyClosesAndABackDatedReceipt() {
    var ledger = result.ledger();
    assertEquals(java.util.Optional.of(java.time.YearMonth.of(ledger.fiscalYear(), 11)), ledger.closedThrough());
    var report = ledger.monthlyAccountability();
    assertEquals(12, report.months().size());
    for (var m : report.months()) {
      assertEquals(m.month().getMonthValue() <= 11, m.isClosed(), m.month().toString());
    }
    java.time.Instant latest = null;
    int backDated = 0;
    for (var op : ledger.history()) {
      if (latest != null && op.at().isBefore(latest)) {
        backDated++;
        assertEquals(5, op.businessDate(ledger.zone()).getMonthValue(), "the back-dated receipt is May's interest");
        assertEquals(id.smartkampung.core.ledger.OperationKind.RECORD_BANK_INTEREST, op.kind());
      }
      latest = latest == null || op.at().isAfter(latest) ? op.at() : latest;
    }
    assertEquals(1, backDated);
    assertEquals(ledger.bku().balance(), report.months().get(11).closing());
  }

  @Test
  @DisplayName("the RKD's interest is credited each month gross with the bank's final tax (PP 131/2000 as amended by PP 123/2015 Pasal 2: 20 %), not as a plain receipt (issue 14)")
  void bankInterestMonthly() {
    var ledger = result.ledger();
    var interest = ledger.history().stream().filter(op -> op instanceof id.smartkampung.core.ledger.Operation.RecordBankInterest)
        .map(op -> (id.smartkampung.core.ledger.Operation.RecordBankInterest) op).toList();
    assertEquals(12, interest.size(), "one a month");
    for (var i : interest) {
      assertEquals(Idr.toSen(i.gross()) / 5, Idr.toSen(i.tax()), "20 % of " + i.gross());
    }
    assertTrue(ledger.history().stream().noneMatch(op -> op instanceof id.smartkampung.core.ledger.Operation.ReceiveRevenue r && r.account().toString().equals("4.3.6.01")),
        "no interest booked as a plain receipt");
  }

  @Test
  @DisplayName("cash is withdrawn for small purchases and panjar and paid from the cash box; bank + cash = BKU per fund source; each close counted the cash book (Permendagri 20/2018 Pasal 44(4), 63; issue 14)")
  void cashOnHandAndBank() {
    Ledger ledger = result.ledger();
    var bank = ledger.bukuBank();
    var cash = ledger.bukuKasTunai();
    assertTrue(cash.entries().stream().anyMatch(e -> e.kind() == null), "withdrawals (mutasi kas) in the cash book");
    assertTrue(cash.entries().stream().anyMatch(e -> e.kind() != null && Idr.toSen(e.out()) > 0), "payments out of the cash box");
    assertEquals(Idr.toSen(ledger.bku().balance()), Idr.toSen(bank.balance()) + Idr.toSen(cash.balance()));
    ledger.snapshot().funds().forEach((f, p) -> assertEquals(Idr.toSen(p.cash()),
        Idr.toSen(bank.balances().getOrDefault(f, Idr.ZERO)) + Idr.toSen(cash.balances().getOrDefault(f, Idr.ZERO)), f.toString()));
    java.util.Map<FundSource, Long> running = new java.util.HashMap<>();
    for (var e : cash.entries()) {
      long b = running.merge(e.fundSource(), Idr.toSen(e.in()) - Idr.toSen(e.out()), Long::sum);
      assertTrue(b >= 0, () -> "cash on hand below zero at " + e);
    }
    for (var op : ledger.history()) {
      if (op instanceof id.smartkampung.core.ledger.Operation.CloseMonth c) {
        long inBox = cash.entries().stream().filter(e -> !e.date().isAfter(c.businessDate(ledger.zone())) && e.sequence() < ledger.history().indexOf(op) + 1)
            .mapToLong(e -> Idr.toSen(e.in()) - Idr.toSen(e.out())).sum();
        assertEquals(inBox, Idr.toSen(c.cashCounted()), "the count of " + c.month());
      }
    }
  }

  @Test
  @DisplayName("BLT Dana Desa monthly (issue 14): a Perkades list and one change, every listed family paid for every month of the year exactly once, at most 3 months at once, the BLT line realised by it")
  void bltMonthly() {
    var ledger = result.ledger();
    var blt = ledger.bltRealisation();
    long lists = ledger.history().stream().filter(op -> op.kind() == id.smartkampung.core.ledger.OperationKind.CHANGE_BLT_LIST).count();
    assertEquals(2, lists, "the decision and one change");
    assertTrue(blt.listed().size() > 0);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (var p : blt.payments()) {
      assertTrue(seen.add(p.kpm() + " " + p.month()), () -> p + " paid twice");
      assertTrue(p.kpm().matches("KPM-[0-9]{3}"), "a village KPM id, never an NIK");
    }
    for (int m = 1; m <= 12; m++) {
      var month = java.time.YearMonth.of(ledger.fiscalYear(), m);
      long families = blt.payments().stream().filter(p -> p.month().equals(month)).count();
      assertEquals(blt.listed().size(), families, "families paid for " + month);
    }
    for (var op : ledger.history()) {
      if (op instanceof id.smartkampung.core.ledger.Operation.SubmitBltSpp b) {
        assertTrue(b.payments().stream().map(id.smartkampung.core.ledger.Operation.SubmitBltSpp.KpmMonth::month).distinct().count() <= 3);
      }
    }
    var item = ledger.history().stream().filter(op -> op instanceof id.smartkampung.core.ledger.Operation.SubmitBltSpp)
        .map(op -> ((id.smartkampung.core.ledger.Operation.SubmitBltSpp) op).item()).findFirst().orElseThrow();
    assertTrue(ledger.realised(item).isEqualTo(blt.total()));
  }

  @Test
  @DisplayName("the audit of the written journal is clean: no finding at all, every operation in it, ending at the run's anchor")
  void theJournalAuditsClean() throws Exception {
    Path journal = result.journal();
    assertEquals(LedgerBackend.journalFile(dir, result.village(), 2025), journal);
    AuditReport audit = JournalAudit.audit(journal, result.anchor());
    assertEquals(List.of(), audit.findings(), audit::toString);
    assertTrue(audit.isClean());
    // every operation posted, and the two refused attempts the journal keeps (self-approval, overspending)
    assertEquals(result.ledger().size() + 2, audit.entries());
    assertEquals(List.of(Misconduct.SELF_APPROVAL.expectedCode(), Misconduct.OVERSPENDING.expectedCode()),
        audit.refusals().stream().map(r -> r.rules().contains(Misconduct.SELF_APPROVAL.expectedCode()) ? Misconduct.SELF_APPROVAL.expectedCode()
            : r.rules().contains(Misconduct.OVERSPENDING.expectedCode()) ? Misconduct.OVERSPENDING.expectedCode() : r.rules().toString()).toList());
    assertTrue(audit.refusals().stream().allMatch(id.smartkampung.core.journal.Refusal::attributable), "each signed by the official who tried");
    assertEquals(result.anchor(), audit.last());
    assertEquals(6, audit.registeredKeys().size(), "the four officials and two more PKA, each with a key");
    try (VillageBook book = VillageBook.open(journal)) {
      assertEquals(result.ledger().history(), book.ledger().history(), "replay gives the live history");
      assertEquals(audit.refusals(), book.refusals());
      assertTrue(book.recoveredTail().isEmpty());
    }
  }

  @Test
  @DisplayName("every operation in the journal is signed by its actor, except the district evaluator's, who holds no registered key")
  void everyOperationIsSigned() throws Exception {
    List<String> unsigned = new ArrayList<>();
    List<String> lines = Files.readAllLines(result.journal());
    for (String line : lines.subList(1, lines.size())) {
      if (!line.contains("\"sig\":{")) {
        unsigned.add(line.replaceAll(".*\"type\":\"([a-z-]+)\".*\"role\":\"([A-Z_]+)\".*", "$1 $2"));
      }
    }
    assertEquals(List.of("evaluate-budget EVALUATOR_KABUPATEN", "evaluate-budget EVALUATOR_KABUPATEN"), unsigned);
  }

  @Test
  @DisplayName("every planted misconduct is caught, by the rule or flag meant to catch it")
  void everyPlantedMisconductIsCaught() {
    Set<Misconduct> caught = result.caught().stream().map(CaughtCase::misconduct).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(Misconduct.class), caught, () -> "caught: " + result.caught());
    for (CaughtCase c : result.caught()) {
      assertEquals(c.misconduct().expectedCode(), c.code(), c::toString);
      assertFalse(c.message().isBlank());
      assertFalse(c.evidence().isEmpty(), c::toString);
      assertEquals(2025, c.date().getYear(), c::toString);
    }
  }

  @Test
  @DisplayName("the caught cases stay visible at the year end: the drainage fully paid but unfinished, the posyandu's photos")
  void theYearEndAssessmentShowsTheFlags() {
    VillageRollup v = result.district().village(result.village().code()).orElseThrow();
    ProjectAssessment drainage = byId(v, "drainase-silirbaru");
    assertTrue(drainage.has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS), drainage.flags()::toString);
    assertTrue(Idr.toSen(drainage.earnedValue().ac()) >= Idr.toSen(drainage.project().bac()));
    ProjectAssessment posyandu = byId(v, "posyandu-krajan");
    assertTrue(posyandu.has(RedFlagCode.PHOTO_REUSED) && posyandu.has(RedFlagCode.PHOTO_OFF_SITE), posyandu.flags()::toString);
    ProjectAssessment road = byId(v, "jalan-sumberjo");
    assertTrue(road.actual().isComplete());
    assertFalse(road.has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS));
    ProjectAssessment bridge = byId(v, "jembatan-sumberjo");
    assertTrue(bridge.actual().isComplete(), bridge::toString);
    // the honest projects raise nothing but, for the road, the reuse of its photo by the posyandu
    Set<RedFlagCode> tolerated = EnumSet.of(RedFlagCode.PHOTO_REUSED, RedFlagCode.BEHIND_SCHEDULE);
    for (ProjectAssessment honest : List.of(road, bridge)) {
      assertTrue(honest.flags().stream().allMatch(f -> tolerated.contains(f.code())), honest.flags()::toString);
    }
  }

  /** Issue 18: the road re-baselined by a contract addendum (CCO), both baselines kept. */
  @Test
  void theRoadIsRebaselinedByAnAddendumAndKeepsItsSignedPlan() {
    VillageRollup v = result.district().village(result.village().code()).orElseThrow();
    var road = byId(v, "jalan-sumberjo").project();
    assertEquals(1, road.addenda().size());
    var addendum = road.addenda().get(0);
    assertTrue(addendum.document().startsWith("Adendum I"), addendum::toString);
    // the signed plan judges before the addendum, the addendum's from its date: the pour pauses in week 8
    assertEquals(road.plan(), road.planAt(addendum.date().minusDays(1)));
    assertEquals(addendum.plan(), road.planAt(addendum.date()));
    assertEquals(road.plan().finish().plusWeeks(1), addendum.plan().finish());
    assertEquals(addendum.plan().cumulative().get(8), addendum.plan().cumulative().get(9), "no pouring in week 8");
  }

  /** Issue 18: a contractor's project in escalation (kontrak kritis) and swakelola in deviasi kritis. */
  @Test
  void theDistrictShowsKontrakKritisInEscalationAndDeviasiKritis() {
    List<ProjectAssessment> all = result.district().villages().stream().flatMap(x -> x.projects().stream()).toList();
    ProjectAssessment contractor = all.stream()
        .filter(a -> a.project().implementer().kind() == id.smartkampung.monitoring.project.Implementer.Kind.CONTRACTOR && a.has(RedFlagCode.KONTRAK_KRITIS)
            && a.escalation().stage().isPresent())
        .findFirst().orElseThrow(() -> new AssertionError("no contractor in kontrak kritis with its escalation"));
    assertTrue(contractor.escalation().latePenalty().isPositive(), "past its planned finish the late penalty runs: " + contractor.escalation());
    assertTrue(all.stream().anyMatch(a -> a.has(RedFlagCode.DEVIASI_KRITIS)
        && a.project().implementer().kind() == id.smartkampung.monitoring.project.Implementer.Kind.TPK_SWAKELOLA), "a swakelola project in deviasi kritis");
    assertFalse(all.stream().anyMatch(a -> a.has(RedFlagCode.KONTRAK_KRITIS)
        && a.project().implementer().kind() == id.smartkampung.monitoring.project.Implementer.Kind.TPK_SWAKELOLA), "swakelola is never kontrak kritis");
  }

  @Test
  @DisplayName("tahap II: refused in May with the failed gates, granted later and received")
  void trancheTwo() {
    TrancheRequest early = result.trancheRequests().get(0);
    assertFalse(early.eligibility().eligible());
    assertTrue(early.received() == null);
    TrancheRequest granted = result.trancheRequests().get(result.trancheRequests().size() - 1);
    assertTrue(granted.eligibility().eligible());
    assertTrue(granted.received() != null);
    assertEquals(Idr.of(1_271_345_000L), result.ledger().danaDesaAbsorption().received(), "the whole Dana Desa of the 2025 example");
  }

  /** What the final SPJ of the panjar with two SPJ returned, in sen. */
  private static long stagedPanjarReturned() {
    return result.ledger().panjarBook(result.asOf()).lines().stream()
        .filter(l -> result.ledger().operation(l.spp()).map(o -> ((id.smartkampung.core.ledger.Operation.SubmitSpp) o).description().equals(VillageYear.STAGED_PANJAR)).orElse(false))
        .mapToLong(l -> Idr.toSen(l.returned())).sum();
  }

  @Test
  @DisplayName("a panjar with two SPJ (account-panjar, issue 14): the August supplementary-food panjar is accounted for by a partial SPJ and a final one returning the rest; the panjar book shows it settled")
  void panjarWithTwoSpj() {
    Ledger ledger = result.ledger();
    List<id.smartkampung.core.ledger.Operation.AccountPanjar> spj = ledger.history().stream()
        .filter(o -> o instanceof id.smartkampung.core.ledger.Operation.AccountPanjar).map(o -> (id.smartkampung.core.ledger.Operation.AccountPanjar) o).toList();
    assertEquals(2, spj.size(), spj::toString);
    assertEquals(spj.get(0).spp(), spj.get(1).spp(), "both SPJ of one panjar");
    assertEquals(id.smartkampung.core.ledger.Operation.AccountPanjar.Stage.PARTIAL, spj.get(0).stage());
    assertEquals(id.smartkampung.core.ledger.Operation.AccountPanjar.Stage.FINAL, spj.get(1).stage());
    var spp = (id.smartkampung.core.ledger.Operation.SubmitSpp) ledger.operation(spj.get(0).spp()).orElseThrow();
    assertEquals(VillageYear.STAGED_PANJAR, spp.description());
    long advance = Idr.toSen(spp.amount());
    // receipts of 30 % and 20 % in the partial SPJ, 43 % in the final one (to the thousand rupiah); 7 % returned
    long spent = Idr.toSen(spj.get(0).spent()) + Idr.toSen(spj.get(1).spent());
    assertEquals(advance / 100 * 30 / 100 / 1000 * 1000 * 100 + advance / 100 * 20 / 100 / 1000 * 1000 * 100, Idr.toSen(spj.get(0).spent()));
    var line = ledger.panjarBook(result.asOf()).lines().stream().filter(l -> l.spp().equals(spp.id())).findFirst().orElseThrow();
    assertEquals(id.smartkampung.core.ledger.book.PanjarBook.Status.SETTLED, line.status());
    assertEquals(spent, Idr.toSen(line.spent()), "spent: the receipts of both SPJ");
    assertEquals(advance - spent, Idr.toSen(line.returned()), "the rest returned with the final SPJ");
    assertTrue(advance - spent > 0);
    assertFalse(line.overdue(), "both SPJ within the working days allowed");
    assertEquals(spp.item(), line.item());
    assertEquals(Idr.toSen(ledger.realised(spp.item())) >= spent, true, "the receipts are realised spending");
  }

    @Test
  @DisplayName("the books reconcile: recheck clean, BKU balance = cash, realisation totals = sum of lines, year closed")
  void theBooksReconcile() {
    Ledger ledger = result.ledger();
    assertTrue(ledger.recheck().isEmpty(), ledger.recheck()::toString);
    assertTrue(ledger.isClosed());
    LedgerSnapshot snap = ledger.snapshot();
    long cash = 0;
    for (LedgerSnapshot.FundPosition f : snap.funds().values()) {
      cash += Idr.toSen(f.cash());
      assertEquals(0, Idr.toSen(f.taxPayable()));
    }
    BukuKasUmum bku = ledger.bku();
    assertEquals(cash, Idr.toSen(bku.balance()));
    RealisationReport r = ledger.realisation(result.asOf());
    long budget = 0;
    long realised = 0;
    for (RealisationReport.Line l : r.lines()) {
      budget += Idr.toSen(l.figures().budget());
      realised += Idr.toSen(l.figures().realised());
    }
    assertEquals(budget, Idr.toSen(r.total().budget()));
    assertEquals(realised, Idr.toSen(r.total().realised()));
    assertEquals(Idr.toSen(ledger.enactedBudget().orElseThrow().totalBelanja()), budget);
    assertTrue(ledger.lifecycle().orElseThrow().revision().isPresent(), "one revision");
    assertTrue(ledger.panjarBook(result.asOf()).outstanding().isZero());
    assertTrue(ledger.taxBook(result.asOf()).owed().isZero());
    // issue 13: the payrolls, RT/RW incentives, shops and the contractor are paid through SPP with lines;
    // their tax book per period reconciles: everything withheld is deposited, per tax type and period
    id.smartkampung.core.tax.TaxPeriodBook taxes = ledger.taxPeriodBook().orElseThrow();
    assertTrue(taxes.withheldTotal().isPositive());
    assertEquals(taxes.withheldTotal(), taxes.depositedTotal());
    java.util.Set<id.smartkampung.core.tax.Levy> levies = java.util.EnumSet.noneOf(id.smartkampung.core.tax.Levy.class);
    taxes.periods().forEach(p -> levies.add(p.period().levy()));
    assertEquals(java.util.EnumSet.of(id.smartkampung.core.tax.Levy.PPN, id.smartkampung.core.tax.Levy.PPH_21, id.smartkampung.core.tax.Levy.PPH_22,
        id.smartkampung.core.tax.Levy.PPH_23, id.smartkampung.core.tax.Levy.PPH_4_2), levies, "PPN and PPh 22 from PKP shops, PPh 22 from a non-PKP shop, "
        + "PPh 23 on services, PPh 21 on RT/RW incentives, PPh 4(2) on the contractor's construction work");
    long bkuTaxIn = bku.entries().stream().filter(e -> e.kind() == BukuKasUmum.Kind.TAX_WITHHELD).mapToLong(e -> Idr.toSen(e.in())).sum();
    assertEquals(bkuTaxIn, Idr.toSen(taxes.withheldTotal()) + Idr.toSen(ledger.taxBook(result.asOf()).withheld()), "the BKU's withheld taxes are the two tax books'");
    // all the Dana Desa is spent: belanja and, since issue 14, the 180 M penyertaan modal (it used to stay in SiLPA),
    // but for the rest of the panjar with two SPJ, returned with its final SPJ (it stays as SiLPA of Dana Desa)
    assertEquals(stagedPanjarReturned(), Idr.toSen(snap.funds().get(FundSource.DDS).cash()));
    assertEquals(21_000_000L, stagedPanjarReturned(), "7 % of the Rp3.000.000 panjar");
  }

  @Test
  @DisplayName("the Rp180 juta penyertaan modal to the BUMDes (6.2.2.01, Dana Desa) is paid in its year through a financing SPP (issue 14; Permendagri 20/2018 kode rekening 6.2)")
  void penyertaanModalPaid() {
    Ledger ledger = result.ledger();
    var row = ledger.yearEnd().pembiayaanPengeluaran().stream()
        .filter(x -> x.account().toString().equals("6.2.2.01")).findFirst().orElseThrow();
    // and not at the expense of the Dana Desa belanja: all of it realised
    var dds = ledger.realisation(result.asOf()).byFundSource().get(FundSource.DDS);
    assertEquals(Idr.toSen(dds.budget()) - stagedPanjarReturned(), Idr.toSen(dds.realised()), "all but the rest returned from the panjar with two SPJ");
        assertEquals(18_000_000_000L, Idr.toSen(row.budget()));
    assertEquals(18_000_000_000L, Idr.toSen(row.realised()));
    assertTrue(ledger.bku().entries().stream().anyMatch(e -> e.account().toString().equals("6.2.2.01") && Idr.toSen(e.out()) == 18_000_000_000L));
  }

  @Test
  @DisplayName("a run is deterministic for its seed, kept in a journal or in memory")
  void deterministic() throws Exception {
    ScenarioResult again = Scenario.run(Scenario.DEFAULT_SEED, LedgerBackend.inMemory(), Path.of("target"), ScenarioListener.NONE);
    assertTrue(again.journal() == null && again.anchor() == null);
    assertEquals(result.ledger().history(), again.ledger().history());
    assertEquals(result.caught(), again.caught());
    assertEquals(result.district().risk(), again.district().risk());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42})
  @DisplayName("other seeds: other numbers, the same misconduct caught and the books reconciled")
  void otherSeeds(long seed) throws Exception {
    ScenarioResult r = Scenario.run(seed, LedgerBackend.inMemory(), Path.of("target"), ScenarioListener.NONE);
    assertEquals(EnumSet.allOf(Misconduct.class), r.caught().stream().map(CaughtCase::misconduct).collect(Collectors.toSet()), r.caught()::toString);
    assertTrue(r.ledger().recheck().isEmpty());
    assertTrue(r.ledger().isClosed());
  }

  private static ProjectAssessment byId(VillageRollup v, String id) {
    return v.projects().stream().filter(a -> a.project().id().value().equals(id)).findFirst().orElseThrow();
  }
}
