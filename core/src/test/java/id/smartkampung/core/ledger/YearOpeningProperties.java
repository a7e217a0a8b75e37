package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.journal.OperationCodec;
import id.smartkampung.core.ledger.Operation.CloseYear;
import id.smartkampung.core.ledger.Operation.OpenYear;
import id.smartkampung.core.ledger.report.Dpal;
import id.smartkampung.core.ledger.report.YearOpening;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.javamoney.moneta.Money;

/**
 * Close of year N → opening of year N+1 (issues 12 and 15): whatever the year spent and whichever
 * activities continue, the opening keeps each fund source's SiLPA and the DPAL items exactly — the
 * next ledger's cash per source is what each source had left, and the items carried are the DPAL's
 * — through the journal codec too, and the reference model agrees.
 */
class YearOpeningProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Where each source's SiLPA not continuing a DPAL item is budgeted in 2026 (no siltap: its ceiling is not the point here). */
  private static final Map<FundSource, BudgetItemKey> REST = Map.of(FundSource.DDS, PANGAN, FundSource.ADD, ATK, FundSource.PAD, HONOR);

  @Property(tries = 60)
  void closeThenOpenKeepsEachSourceAndTheDpal(
      @ForAll @IntRange(min = 0, max = 300) int tahapTwoJuta,
      @ForAll("spent") List<Integer> spentPercent,
      @ForAll("continuing") Set<KegiatanCode> continuing) {
    // 2025: ready (DDS 200 M, ADD 300 M, PAD 50 M), tahap II, then part of four items paid as cash allows
    LedgerFixture f = LedgerFixture.ready();
    if (tahapTwoJuta > 0) {
      f.ok(f.receive(FundSource.DDS, DANA_DESA, tahapTwoJuta * 1_000_000L, 2));
    }
    List<BudgetItemKey> paid = List.of(JALAN, DRAINASE, ATK, HONOR);
    for (int i = 0; i < paid.size(); i++) {
      BudgetItemKey k = paid.get(i);
      long want = ORIGINAL.get(k) / 100 * spentPercent.get(i);
      long cash = Idr.toSen(f.ledger.snapshot().funds().get(k.fundSource()).available()) / 100;
      long amount = Math.min(want, cash) / 1000 * 1000;
      if (amount > 0) {
        f.paid(SppType.LS, k, amount);
      }
    }
    f.on(LocalDate.of(YEAR, 12, 31));
    f.ok(new CloseYear(f.id(), KAUR, f.tick()));
    LedgerSnapshot closed = f.ledger.snapshot();
    Dpal dpal = Dpal.of(f.ledger, continuing);
    Map<FundSource, Money> left = new TreeMap<>();
    closed.funds().forEach((s, p) -> {
      if (p.available().isPositive()) {
        left.put(s, p.available());
      }
    });
    YearOpening opening;
    try {
      opening = YearOpening.from(f.ledger, continuing);
      Statistics.label("opened").collect(true);
    } catch (IllegalArgumentException e) {
      Statistics.label("opened").collect(false);
      // only when a source's DPAL needs more than it has left
      assertTrue(dpal.bySource().entrySet().stream().anyMatch(x -> x.getValue().isGreaterThan(left.getOrDefault(x.getKey(), Idr.ZERO))), e.getMessage());
      return;
    }
    assertEquals(left, opening.silpa());
    assertEquals(dpal.lines().stream().map(l -> new OpenYear.Carried(l.item(), l.remaining())).toList(), opening.dpal());

    // 2026: a budget that carries the DPAL and plans each source's SiLPA; the opening through the journal codec
    LedgerFixture g = YearOpeningTest.enacted2026(carrying(opening));
    OpenYear op = opening.operation(g.id(), KAUR, g.tick(), "LPP APBDes " + YEAR);
    OpenYear read;
    try {
      read = (OpenYear) OperationCodec.create().read("open-year", JSON.readTree(JSON.writeValueAsBytes(OperationCodec.write(op))), "$");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertEquals(op, read);
    Outcome o = g.apply(read);
    assertTrue(o.isAccepted(), o::toString);
    assertEquals(List.of(), o.findings());
    Map<FundSource, Money> cash = new TreeMap<>();
    g.ledger.snapshot().funds().forEach((s, p) -> {
      if (!p.cash().isZero()) {
        cash.put(s, p.cash());
      }
    });
    assertEquals(left, cash);
    ReferenceLedger model = ReferenceLedger.recompute(VILLAGE, PolicyPack.forYear(YEAR + 1), g.ledger.history());
    assertEquals(List.of(), model.violations());
    assertEquals(ReferenceFigures.of(model), ReferenceFigures.of(g.ledger.snapshot()));
    Statistics.label("DPAL items carried").collect(opening.dpal().size());
  }

  /** The 2026 budget from the opening alone: per source its SiLPA in, its DPAL items with their remaining amounts and the rest on one item out. */
  static Apbdes carrying(YearOpening opening) {
    Map<BudgetItemKey, Money> items = new TreeMap<>();
    for (OpenYear.Carried c : opening.dpal()) {
      items.merge(c.item(), c.remaining(), Money::add);
    }
    List<BudgetLine> lines = new ArrayList<>();
    opening.silpa().forEach((s, m) -> {
      lines.add(BudgetLine.penerimaanPembiayaan(SILPA, s, "SiLPA " + s, m));
      Money carried = opening.dpal().stream().filter(c -> c.item().fundSource().equals(s)).map(OpenYear.Carried::remaining).reduce(Idr.ZERO, Money::add);
      Money rest = m.subtract(carried);
      if (rest.isPositive()) {
        items.merge(REST.get(s), rest, Money::add);
      }
    });
    items.forEach((k, m) -> lines.add(BudgetLine.belanja(k.kegiatan(), k.account(), k.fundSource(), "belanja " + k, m)));
    return Apbdes.of(VILLAGE, YEAR + 1, lines);
  }

  @Provide
  Arbitrary<List<Integer>> spent() {
    return Arbitraries.integers().between(0, 100).list().ofSize(4);
  }

  @Provide
  Arbitrary<Set<KegiatanCode>> continuing() {
    return Arbitraries.of(JALAN.kegiatan(), DRAINASE.kegiatan(), ATK.kegiatan(), HONOR.kegiatan(), PANGAN.kegiatan()).set().ofMaxSize(3);
  }
}
