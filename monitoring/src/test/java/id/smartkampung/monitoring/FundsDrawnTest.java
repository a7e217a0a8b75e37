package id.smartkampung.monitoring;

import static id.smartkampung.monitoring.Fixtures.START;
import static id.smartkampung.monitoring.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.book.PanjarBook;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.FundsDrawn;
import id.smartkampung.monitoring.assessment.MaterialDelivery;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.flag.FlagSeverity;
import id.smartkampung.monitoring.flag.RedFlagCode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Spending ahead measured honestly (issue 18): panjar drawn and not yet accounted for by SPJ
 * (Permendagri 20/2018: a panjar counts as spending only once accounted for) is money drawn for
 * the work; a contractor's advance (uang muka) not yet recovered and materials on site are normal
 * and netted out.
 */
class FundsDrawnTest {
  private final ProjectAssessor assessor = ProjectAssessor.withDefaults();
  private static final LocalDate W4 = START.plusWeeks(4); // planned 40 %, built 40 %

  private ProjectAssessment assess(long acRupiah, FundsDrawn funds) {
    MonitoredProject mp = MonitoredProject.of(Fixtures.road("jalan-1"), List.of(report(START, 0, 1), report(W4, 40, 2)), Idr.of(acRupiah)).withFunds(funds);
    return assessor.assess(mp, W4);
  }

  @Test
  void outstandingPanjarCountsAsMoneyDrawn() {
    assertFalse(assess(40_000_000, FundsDrawn.none()).has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS));
    ProjectAssessment drawn = assess(40_000_000, FundsDrawn.none().withOutstandingPanjar(Idr.of(15_000_000)));
    assertTrue(drawn.has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS), drawn.flags()::toString);
    assertEquals("15000000.00", drawn.flags(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS).get(0).evidence().get("outstandingPanjar"));
    // realised 40 jt + panjar 60 jt = the whole BAC drawn at 40 % built: critical
    assertEquals(FlagSeverity.CRITICAL, assess(40_000_000, FundsDrawn.none().withOutstandingPanjar(Idr.of(60_000_000)))
        .flags(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS).get(0).severity());
  }

  @Test
  void anUnrecoveredAdvanceIsNettedOutUpToTheLimit() {
    // 40 jt built + a 20 % advance (20 jt), 5 jt of it recovered: paid 55 jt, 15 jt not yet recovered
    assertFalse(assess(55_000_000, FundsDrawn.none().withAdvance(Idr.of(20_000_000), Idr.of(5_000_000))).has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS));
    assertTrue(assess(55_000_000, FundsDrawn.none()).has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS), "without the advance recorded it is spending ahead");
    // an "advance" of 60 % counts only up to 30 % of BAC
    assertTrue(assess(100_000_000, FundsDrawn.none().withAdvance(Idr.of(60_000_000), Idr.ZERO)).has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS));
  }

  @Test
  void materialsOnSiteWithTheirPhotoAreNettedOutFromTheirDelivery() {
    MaterialDelivery cement = new MaterialDelivery(W4.minusDays(1), "semen 200 sak", Idr.of(20_000_000),
        Evidence.of(Fixtures.hash(77), Fixtures.SITE, 5, W4.minusDays(1).atTime(10, 0)));
    assertFalse(assess(60_000_000, FundsDrawn.none().withMaterials(List.of(cement))).has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS));
    MaterialDelivery later = new MaterialDelivery(W4.plusDays(1), "semen 200 sak", Idr.of(20_000_000),
        Evidence.of(Fixtures.hash(77), Fixtures.SITE, 5, W4.plusDays(1).atTime(10, 0)));
    assertTrue(assess(60_000_000, FundsDrawn.none().withMaterials(List.of(later))).has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS), "not yet delivered");
  }

  @Test
  void outstandingPanjarIsReadFromCoresPanjarBookAtTheDate() {
    BudgetItemKey jalan = BudgetItemKey.of(Fixtures.JALAN, AccountCode.parse("5.3.4.01"), FundSource.DDS);
    PanjarBook.Line open = line(jalan, START.plusDays(3), PanjarBook.Status.OUTSTANDING, null, 10_000_000);
    PanjarBook.Line settledLater = line(jalan, START.plusDays(3), PanjarBook.Status.SETTLED, W4.plusDays(2), 5_000_000);
    PanjarBook.Line settled = line(jalan, START.plusDays(3), PanjarBook.Status.SETTLED, W4.minusDays(2), 7_000_000);
    PanjarBook book = new PanjarBook(W4.plusDays(10), ImmutableList.of(open, settledLater, settled), Idr.of(10_000_000), Idr.ZERO);
    assertEquals("15000000.00", Idr.format(FundsDrawn.outstandingPanjar(book, Fixtures.JALAN, W4)));
    assertEquals("10000000.00", Idr.format(FundsDrawn.outstandingPanjar(book, Fixtures.JALAN, W4.plusDays(5))));
    assertEquals("0.00", Idr.format(FundsDrawn.outstandingPanjar(book, Fixtures.JALAN, START)));
  }

  private static PanjarBook.Line line(BudgetItemKey item, LocalDate paid, PanjarBook.Status status, @Nullable LocalDate settled, long rupiah) {
    return new PanjarBook.Line(OperationId.of("spp-um-" + rupiah), item, "pka-1", paid, paid.plusDays(14), Idr.of(rupiah), status, settled,
        Idr.ZERO, Idr.ZERO, false);
  }
}
