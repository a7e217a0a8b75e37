package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Operation.CloseYear;
import id.smartkampung.core.ledger.Operation.OpenYear;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.ledger.report.YearOpening;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The next year's books open from the previous year's close (issue 15 "Carry-over", issue 12 "SiLPA
 * per fund source, keeping its earmark"): {@link YearOpening#from} and the {@code open-year}
 * operation. SiLPA is penerimaan pembiayaan 6.1.1 (Permendagri 20/2018 lampiran, kode rekening);
 * the DPAL is the rule {@code I4.dpal-not-carried} (article unconfirmed, see {@link
 * id.smartkampung.core.ledger.report.Dpal}).
 */
class YearOpeningTest {
  static final int NEXT = YEAR + 1;

  /**
   * 2025 closed: Dana Desa 500 M received (tahap I 200 M, tahap II 300 M), ADD 300 M, PAD 50 M; the
   * road paid 100 of 300 M and stopped by the rains, the drainage paid in full, siltap 60 M paid.
   * SiLPA: DDS 300 M, ADD 240 M, PAD 50 M; DPAL: the road, 200 M of Dana Desa.
   */
  static LedgerFixture closed2025() {
    LedgerFixture f = LedgerFixture.ready();
    f.ok(f.receive(FundSource.DDS, DANA_DESA, 300_000_000L, 2));
    f.paid(SppType.LS, JALAN, 100_000_000L);
    f.paid(SppType.LS, DRAINASE, 100_000_000L);
    f.paid(SppType.LS, SILTAP, 60_000_000L);
    f.on(LocalDate.of(YEAR, 12, 31));
    f.ok(new CloseYear(f.id(), KAUR, f.tick()));
    return f;
  }

  /**
   * A 2026 budget paid from SiLPA alone: per source its SiLPA line 6.1.1.01 and belanja lines of the
   * given rupiah per item (the budget balances when each source spends what it opens with).
   */
  static Apbdes budget2026(Map<FundSource, Long> silpa, Map<BudgetItemKey, Long> items) {
    List<BudgetLine> lines = new ArrayList<>();
    items.forEach((k, v) -> lines.add(BudgetLine.belanja(k.kegiatan(), k.account(), k.fundSource(), "belanja " + k, rp(v))));
    silpa.forEach((f, v) -> lines.add(BudgetLine.penerimaanPembiayaan(SILPA, f, "SiLPA " + f + " " + YEAR, rp(v))));
    return Apbdes.of(VILLAGE, NEXT, lines);
  }

  /** The budget that fits the opening of {@link #closed2025()}: the road carried with its 200 M, the rest spent on other items (siltap within the 30 % ceiling). */
  static Apbdes fitting() {
    Map<BudgetItemKey, Long> items = new LinkedHashMap<>();
    items.put(JALAN, 250_000_000L);
    items.put(PANGAN, 50_000_000L);
    items.put(SILTAP, 60_000_000L);
    items.put(ATK, 180_000_000L);
    items.put(HONOR, 50_000_000L);
    return budget2026(Map.of(FundSource.DDS, 300_000_000L, FundSource.ADD, 240_000_000L, FundSource.PAD, 50_000_000L), items);
  }

  /** A 2026 ledger with the officials registered and {@code b} enacted (in late 2025). */
  static LedgerFixture enacted2026(Apbdes b) {
    LedgerFixture g = new LedgerFixture(Ledger.create(VILLAGE, PolicyPack.forYear(NEXT)));
    g.now = Instant.parse("2025-10-01T01:00:00Z");
    g.registered();
    g.enacted(b);
    g.on(LocalDate.of(NEXT, 1, 5));
    return g;
  }

  static YearOpening opening() {
    return YearOpening.from(closed2025().ledger, Set.of(JALAN.kegiatan()));
  }

  @Test
  @DisplayName("the 2025 close gives the 2026 opening: SiLPA per fund source (cash less tax owed) and the DPAL items")
  void fromTheClose() {
    YearOpening o = opening();
    assertEquals(YEAR, o.closedYear());
    assertEquals(NEXT, o.openingYear());
    assertEquals(ImmutableSortedMap.of(FundSource.ADD, rp(240_000_000L), FundSource.DDS, rp(300_000_000L), FundSource.PAD, rp(50_000_000L)), o.silpa());
    assertEquals(List.of(new OpenYear.Carried(JALAN, rp(200_000_000L))), o.dpal());
    assertTrue(o.silpaTotal().isEqualTo(rp(590_000_000L)));
    assertEquals(List.of(), o.check(fitting()));
  }

  @Test
  @DisplayName("the opening is only drawn from a closed year, and the DPAL of a source within that source's SiLPA (I6.dpal-exceeds-silpa)")
  void onlyFromAClosedYearAndWithinTheSource() {
    assertThrows(IllegalArgumentException.class, () -> YearOpening.from(LedgerFixture.ready().ledger));
    // the DpalTest year: Dana Desa 200 M received and all paid, the road 200 M unfinished: nothing of DDS left to continue it
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> YearOpening.from(DpalTest.closedWithUnfinishedRoad().ledger, Set.of(JALAN.kegiatan())));
    assertTrue(e.getMessage().contains("DDS") && e.getMessage().contains("200000000.00"), e.getMessage());
  }

  @Test
  @DisplayName("2026 opens with each source's SiLPA as its cash: the BKU starts with the saldo awal, the LRA realises 6.1.1, the reference model agrees")
  void opensWithCashPerSource() {
    LedgerFixture g = enacted2026(fitting());
    OpenYear op = opening().operation(g.id(), KAUR, g.tick(), "Perdes 3/2026 pertanggungjawaban APBDes 2025");
    Outcome o = g.apply(op);
    assertTrue(o.isAccepted(), o::toString);
    assertEquals(List.of(), o.findings());
    Map<FundSource, LedgerSnapshot.FundPosition> funds = g.ledger.snapshot().funds();
    assertEquals(rp(300_000_000L), funds.get(FundSource.DDS).cash());
    assertEquals(rp(240_000_000L), funds.get(FundSource.ADD).cash());
    assertEquals(rp(50_000_000L), funds.get(FundSource.PAD).cash());
    BukuKasUmum bku = g.ledger.bku();
    assertEquals(3, bku.entries().size());
    assertTrue(bku.balance().isEqualTo(rp(590_000_000L)));
    assertTrue(bku.entries().get(0).description().startsWith("saldo awal: SiLPA 2025"), bku.entries().get(0).description());
    // the road continues on the Dana Desa SiLPA before any 2026 revenue arrives
    g.paid(SppType.LS, JALAN, 200_000_000L);
    ReferenceLedger model = ReferenceLedger.recompute(VILLAGE, PolicyPack.forYear(NEXT), g.ledger.history());
    assertEquals(List.of(), model.violations());
    assertEquals(ReferenceFigures.of(model), ReferenceFigures.of(g.ledger.snapshot()));
    assertEquals(g.ledger.snapshot(), Ledger.replay(VILLAGE, PolicyPack.forYear(NEXT), g.ledger.history(), OperationLog.NONE).snapshot());
  }

  @Test
  @DisplayName("SiLPA keeps its earmark: Dana Desa left over pays Dana Desa lines only; leftover ADD pays siltap (PP 11/2019 art. 81: siltap from ADD)")
  void silpaKeepsItsEarmark() {
    Map<BudgetItemKey, Long> items = new LinkedHashMap<>();
    items.put(JALAN, 300_000_000L);
    items.put(SILTAP, 100_000_000L);
    items.put(ATK, 140_000_000L);
    LedgerFixture g = enacted2026(budget2026(Map.of(FundSource.DDS, 300_000_000L, FundSource.ADD, 240_000_000L), items));
    g.ok(new OpenYear(g.id(), KAUR, g.tick(), YEAR, ImmutableSortedMap.of(FundSource.DDS, rp(300_000_000L), FundSource.ADD, rp(40_000_000L)), ImmutableList.of(), "LPP 2025"));
    // 60 M of siltap: ADD holds 40 M; the 300 M of Dana Desa SiLPA does not pay it
    OperationId spp = g.ok(g.submit(PKA_UMUM, SppType.LS, SILTAP, 60_000_000L));
    g.ok(g.verify(spp));
    g.ok(g.approve(spp));
    Outcome refused = g.apply(g.pay(spp));
    assertTrue(refused.has(Rule.CASH_NEGATIVE), refused::toString);
    // 40 M of siltap from the ADD SiLPA is paid
    g.paid(SppType.LS, SILTAP, 40_000_000L);
    assertEquals(rp(0L), g.ledger.snapshot().funds().get(FundSource.ADD).cash());
    assertEquals(rp(300_000_000L), g.ledger.snapshot().funds().get(FundSource.DDS).cash());
  }

  @Test
  @DisplayName("a budget that plans another SiLPA per source, or SiLPA without a source (the old unearmarked pool), is opened with I4.silpa-mismatch warnings")
  void plannedSilpaDiffers() {
    Map<BudgetItemKey, Long> items = new LinkedHashMap<>();
    items.put(JALAN, 250_000_000L);
    items.put(SILTAP, 60_000_000L);
    items.put(ATK, 180_000_000L);
    items.put(HONOR, 100_000_000L);
    List<BudgetLine> lines = new ArrayList<>(budget2026(Map.of(FundSource.DDS, 250_000_000L, FundSource.ADD, 240_000_000L), items).lines());
    // no source: the unearmarked SiLPA (SILPA), which since issue 12 pays only lines budgeted from SILPA, not PAD's
    // shortfall (the validator warns I4.silpa-mismatch); PAD's honorarium is paid from PAD revenue
    lines.add(BudgetLine.penerimaanPembiayaan(SILPA, "SiLPA 2025", rp(100_000_000L)));
    lines.add(BudgetLine.belanja(id.smartkampung.core.code.KegiatanCode.parse("02.03.11"), id.smartkampung.core.code.AccountCode.parse("5.3.5.01"), FundSource.SILPA,
        "Paving gang dari SiLPA", rp(100_000_000L)));
    lines.add(BudgetLine.pendapatan(id.smartkampung.core.code.AccountCode.parse("4.1.2.01"), FundSource.PAD, "Sewa tanah kas desa", rp(100_000_000L)));
    LedgerFixture g = enacted2026(Apbdes.of(VILLAGE, NEXT, lines));
    Outcome o = g.apply(opening().operation(g.id(), KAUR, g.tick(), "LPP 2025"));
    assertTrue(o.isAccepted(), o::toString);
    List<Finding> w = o.findings();
    assertEquals(3, w.size(), w::toString);
    assertTrue(w.stream().allMatch(x -> x.rule() == Rule.SILPA_MISMATCH && !x.isError()), w::toString);
    assertEquals(Map.of("fundSource", "DDS", "opened", "300000000.00", "planned", "250000000.00"), w.get(0).data());
    assertEquals(Map.of("fundSource", "PAD", "opened", "50000000.00", "planned", "0.00"), w.get(1).data());
    assertEquals(Map.of("unearmarked", "100000000.00"), w.get(2).data());
  }

  @Test
  @DisplayName("the opening is refused when the budget in force does not carry a DPAL item with its remaining amount (I4.dpal-not-carried)")
  void dpalNotCarried() {
    Map<BudgetItemKey, Long> items = new LinkedHashMap<>();
    items.put(JALAN, 150_000_000L);
    items.put(PANGAN, 150_000_000L);
    items.put(SILTAP, 60_000_000L);
    items.put(ATK, 180_000_000L);
    items.put(HONOR, 50_000_000L);
    Apbdes b = budget2026(Map.of(FundSource.DDS, 300_000_000L, FundSource.ADD, 240_000_000L, FundSource.PAD, 50_000_000L), items);
    assertEquals(List.of(Rule.DPAL_NOT_CARRIED), opening().check(b).stream().map(Finding::rule).toList());
    LedgerFixture g = enacted2026(b);
    Outcome o = g.apply(opening().operation(g.id(), KAUR, g.tick(), "LPP 2025"));
    assertTrue(o.isRejected());
    assertEquals(List.of(Rule.DPAL_NOT_CARRIED), o.findings().stream().map(Finding::rule).toList());
    assertEquals("150000000.00", o.findings().get(0).data().get("budgeted"));
  }

  @Test
  @DisplayName("a DPAL item beyond its source's SiLPA is refused (I6.dpal-exceeds-silpa): it would continue on another source's money")
  void dpalBeyondItsSource() {
    LedgerFixture g = enacted2026(fitting());
    Outcome o = g.apply(new OpenYear(g.id(), KAUR, g.tick(), YEAR, ImmutableSortedMap.of(FundSource.DDS, rp(100_000_000L), FundSource.ADD, rp(490_000_000L)),
        ImmutableList.of(new OpenYear.Carried(JALAN, rp(200_000_000L))), "LPP 2025"));
    assertEquals(List.of(Rule.DPAL_EXCEEDS_SILPA), o.findings().stream().map(Finding::rule).toList());
  }

  @Test
  @DisplayName("the books open once, from the year before, under the budget in force, before any SPP, by the Kaur Keuangan; SiLPA is not also received (I4.year-opening)")
  void outOfPlace() {
    LedgerFixture early = new LedgerFixture(Ledger.create(VILLAGE, PolicyPack.forYear(NEXT)));
    early.now = Instant.parse("2025-10-01T01:00:00Z");
    early.registered();
    early.on(LocalDate.of(NEXT, 1, 5));
    assertTrue(early.apply(opening().operation(early.id(), KAUR, early.tick(), "LPP")).has(Rule.BUDGET_NOT_ENACTED));

    LedgerFixture g = enacted2026(fitting());
    YearOpening o = opening();
    assertTrue(g.apply(new OpenYear(g.id(), KAUR, g.tick(), YEAR - 1, o.silpa(), o.dpal(), "LPP 2024")).has(Rule.YEAR_OPENING));
    assertTrue(g.apply(o.operation(g.id(), SEKDES, g.tick(), "LPP 2025")).has(Rule.WRONG_ROLE));
    g.ok(o.operation(g.id(), KAUR, g.tick(), "LPP 2025"));
    assertTrue(g.apply(o.operation(g.id(), KAUR, g.tick(), "LPP 2025")).has(Rule.YEAR_OPENING));
    Outcome again = g.apply(g.receive(FundSource.DDS, SILPA, 1_000_000L, null));
    assertTrue(again.has(Rule.YEAR_OPENING), again::toString);

    LedgerFixture spent = enacted2026(fitting());
    spent.ok(spent.receive(FundSource.PAD, HASIL_USAHA, 50_000_000L, null));
    spent.ok(spent.submit(PKA_UMUM, SppType.LS, HONOR, 10_000_000L));
    assertTrue(spent.apply(o.operation(spent.id(), KAUR, spent.tick(), "LPP 2025")).has(Rule.YEAR_OPENING));

    LedgerFixture received = enacted2026(fitting());
    received.ok(received.receive(FundSource.DDS, SILPA, 300_000_000L, null));
    assertTrue(received.apply(o.operation(received.id(), KAUR, received.tick(), "LPP 2025")).has(Rule.YEAR_OPENING));
  }

  @Test
  @DisplayName("an opening dated outside the year, or with an amount not positive, is refused naming the place")
  void badInput() {
    LedgerFixture g = enacted2026(fitting());
    Outcome zero = g.apply(new OpenYear(g.id(), KAUR, g.tick(), YEAR, ImmutableSortedMap.of(FundSource.PAD, Money.of(0, "IDR")), ImmutableList.of(), "LPP"));
    assertTrue(zero.has(Rule.AMOUNT_NOT_POSITIVE), zero::toString);
    assertTrue(zero.findings().stream().anyMatch(x -> x.path().endsWith(".silpa[PAD]")), zero::toString);
    assertTrue(g.ledger.snapshot().funds().isEmpty() || g.ledger.snapshot().funds().get(FundSource.PAD) == null
        || g.ledger.snapshot().funds().get(FundSource.PAD).cash().isZero());
  }
}
