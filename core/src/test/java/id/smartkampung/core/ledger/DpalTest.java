package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Operation.CloseYear;
import id.smartkampung.core.ledger.report.Dpal;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The DPAL (Dokumen Pelaksanaan Anggaran Lanjutan): unfinished activities carried into next year (issue 15). */
class DpalTest {

  /** A closed 2025 year in which the road (02.03.10, Dana Desa) was paid 100 of 300 juta and stopped by the rains. */
  static LedgerFixture closedWithUnfinishedRoad() {
    LedgerFixture f = LedgerFixture.ready();
    f.paid(SppType.LS, JALAN, 100_000_000L);
    f.paid(SppType.LS, DRAINASE, 100_000_000L);
    f.on(LocalDate.of(YEAR, 12, 31));
    f.ok(new CloseYear(f.id(), KAUR, f.tick()));
    return f;
  }

  /** The 2026 budget with the given rupiah per item, Dana Desa 2026 and SiLPA of Dana Desa 2025 in 6.1.1. */
  static Apbdes next(Map<BudgetItemKey, Long> items, long silpaDds) {
    List<BudgetLine> lines = new ArrayList<>();
    for (BudgetLine l : budget(items).lines()) {
      if (l.account().equals(DANA_DESA)) {
        lines.add(l.withAmount(l.amount().subtract(rp(silpaDds))));
      } else {
        lines.add(l);
      }
    }
    lines.add(BudgetLine.penerimaanPembiayaan(AccountCode.parse("6.1.1.01"), FundSource.DDS, "SiLPA Dana Desa 2025 (DPAL)", rp(silpaDds)));
    return Apbdes.of(VILLAGE, YEAR + 1, lines);
  }

  @Test
  @DisplayName("the year-end close lists the unfinished activity with its remaining amount and fund source; the next budget must carry it (DPAL)")
  void unfinishedRoadContinues() {
    LedgerFixture f = closedWithUnfinishedRoad();
    Dpal dpal = Dpal.of(f.ledger, Set.of(JALAN.kegiatan()));
    assertEquals(1, dpal.lines().size());
    Dpal.Line road = dpal.lines().get(0);
    assertEquals(JALAN, road.item());
    assertEquals(rp(300_000_000L), road.budget());
    assertEquals(rp(100_000_000L), road.realised());
    assertEquals(rp(200_000_000L), road.remaining());
    assertEquals(Map.of(FundSource.DDS, rp(200_000_000L)), dpal.bySource());
    assertTrue(dpal.total().isEqualTo(rp(200_000_000L)));

    Map<BudgetItemKey, Long> carried = new HashMap<>(ORIGINAL);
    carried.put(JALAN, 200_000_000L);
    assertEquals(List.of(), dpal.checkCarriedInto(next(carried, 200_000_000L)));

    Map<BudgetItemKey, Long> short_ = new HashMap<>(ORIGINAL);
    short_.put(JALAN, 100_000_000L);
    List<Finding> missing = dpal.checkCarriedInto(next(short_, 100_000_000L));
    assertEquals(1, missing.size());
    assertEquals(Rule.DPAL_NOT_CARRIED, missing.get(0).rule());
    assertEquals("200000000.00", missing.get(0).data().get("remaining"));
    assertEquals("100000000.00", missing.get(0).data().get("budgeted"));
  }

  @Test
  @DisplayName("a finished activity (drainage, fully paid) leaves no DPAL line; a kegiatan not in the budget is refused by name")
  void finishedAndUnknown() {
    LedgerFixture f = closedWithUnfinishedRoad();
    assertEquals(List.of(), Dpal.of(f.ledger, Set.of(DRAINASE.kegiatan())).lines());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dpal.of(f.ledger, Set.of(KegiatanCode.parse("02.03.11"))));
    assertTrue(e.getMessage().contains("02.03.11"), e.getMessage());
  }

  @Test
  @DisplayName("the DPAL is drawn up at the close, and carried into the same village's next year only")
  void onlyAtTheCloseAndIntoTheNextYear() {
    LedgerFixture open = LedgerFixture.ready();
    assertThrows(IllegalArgumentException.class, () -> Dpal.of(open.ledger, Set.of(JALAN.kegiatan())));
    Dpal dpal = Dpal.of(closedWithUnfinishedRoad().ledger, Set.of(JALAN.kegiatan()));
    assertThrows(IllegalArgumentException.class, () -> dpal.checkCarriedInto(budget()));
  }
}
