package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.report.BltRealisation;
import id.smartkampung.core.ledger.report.DanaDesaRealisation;
import id.smartkampung.core.ledger.report.SemesterReport;
import id.smartkampung.core.ledger.report.YearEndReport;
import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The reports a village files (issue 14), from the books, each naming its regulation. */
class ReportsTest {

  @Test
  @DisplayName("Permendagri 20/2018 Pasal 68: the first-semester report holds what was realised by 30 June, per part and per kegiatan, compiled by the second week of July")
  void semesterReport() {
    LedgerFixture f = ready();
    f.on(LocalDate.of(YEAR, 3, 10));
    f.paid(SppType.LS, JALAN, 50_000_000L);
    f.on(LocalDate.of(YEAR, 8, 10));
    f.paid(SppType.LS, ATK, 20_000_000L);
    SemesterReport s = f.ledger.semesterReport();
    assertEquals(LocalDate.of(YEAR, 6, 30), s.asOf());
    assertEquals(LocalDate.of(YEAR, 7, 14), s.due());
    assertTrue(s.regulation().contains("Pasal 68"));
    assertTrue(s.apbdes().totalBelanja().realised().isEqualTo(Idr.of(50_000_000L)), s.apbdes().totalBelanja()::toString);
    assertTrue(s.apbdes().totalPendapatan().realised().isEqualTo(Idr.of(550_000_000L)));
    assertTrue(s.kegiatan().byKegiatan().get(JALAN.kegiatan()).realised().isEqualTo(Idr.of(50_000_000L)));
    assertTrue(s.kegiatan().byKegiatan().get(ATK.kegiatan()).realised().isZero());
    // the year-end report of the same book has both
    assertTrue(f.ledger.yearEnd().totalBelanja().realised().isEqualTo(Idr.of(70_000_000L)));
  }

  @Test
  @DisplayName("Permendagri 20/2018 Pasal 70: realisation per fund source — revenue, belanja, financing in and out, SiLPA — adds up to the LRA's totals")
  void perFundSource() {
    LedgerFixture f = new LedgerFixture().registered().enacted(financedBudget()).funded();
    f.ok(f.receive(FundSource.DDS, SILPA, 150_000_000L, null));
    f.paid(SppType.LS, JALAN, 40_000_000L);
    f.paid(SppType.LS, SILTAP, 30_000_000L);
    OperationId fin = f.ok(f.submitFinancing(PKA_PU, BUMDES, 100_000_000L));
    f.ok(f.verify(fin));
    f.ok(f.approve(fin));
    f.ok(f.pay(fin));
    YearEndReport y = f.ledger.yearEnd();
    YearEndReport.FundSourceRow dds = y.byFundSource().get(FundSource.DDS);
    assertTrue(dds.pendapatanRealised().isEqualTo(Idr.of(200_000_000L)));
    assertTrue(dds.pembiayaanPenerimaanRealised().isEqualTo(Idr.of(150_000_000L)));
    assertTrue(dds.pembiayaanPenerimaanBudget().isEqualTo(Idr.of(150_000_000L)));
    assertTrue(dds.belanjaRealised().isEqualTo(Idr.of(40_000_000L)));
    assertTrue(dds.belanjaBudget().isEqualTo(Idr.of(500_000_000L)));
    assertTrue(dds.pembiayaanPengeluaranRealised().isEqualTo(Idr.of(100_000_000L)));
    assertTrue(dds.silpa().isEqualTo(y.silpaByFundSource().get(FundSource.DDS)));
    assertTrue(y.byFundSource().get(FundSource.ADD).belanjaRealised().isEqualTo(Idr.of(30_000_000L)));
    // the rows add up to the LRA's totals
    BigDecimal pend = BigDecimal.ZERO;
    BigDecimal bel = BigDecimal.ZERO;
    for (YearEndReport.FundSourceRow r : y.byFundSource().values()) {
      pend = pend.add(r.pendapatanRealised().getNumberStripped());
      bel = bel.add(r.belanjaRealised().getNumberStripped());
    }
    assertEquals(0, pend.compareTo(y.totalPendapatan().realised().getNumberStripped()));
    assertEquals(0, bel.compareTo(y.totalBelanja().realised().getNumberStripped()));
  }

  @Test
  @DisplayName("financing items are in the snapshot (committed, then realised) and the reference model holds the same figures")
  void financingInTheSnapshot() {
    LedgerFixture f = new LedgerFixture().registered().enacted(financedBudget()).funded();
    OperationId fin = f.ok(f.submitFinancing(PKA_PU, BUMDES, 100_000_000L));
    LedgerSnapshot.ItemPosition p = f.ledger.snapshot().financing().get(BUMDES);
    assertTrue(p.budget().isEqualTo(Idr.of(150_000_000L)));
    assertTrue(p.committed().isEqualTo(Idr.of(100_000_000L)));
    f.ok(f.verify(fin));
    f.ok(f.approve(fin));
    f.ok(f.pay(fin));
    p = f.ledger.snapshot().financing().get(BUMDES);
    assertTrue(p.committed().isZero());
    assertTrue(p.realised().isEqualTo(Idr.of(100_000_000L)));
    ReferenceLedger model = ReferenceLedger.recompute(VILLAGE, POLICY, f.ledger.history());
    assertEquals(ReferenceFigures.of(model), ReferenceFigures.of(f.ledger.snapshot()));
    assertEquals(0, model.financingRealised().get(BUMDES).compareTo(BigDecimal.valueOf(100_000_000L)));
  }

  @Test
  @DisplayName("PMK 108/2024: the Dana Desa report lists each Dana Desa kegiatan with its realisation, the absorption, and tahap II's 60 % gate")
  void danaDesa() {
    LedgerFixture f = ready();
    f.paid(SppType.LS, JALAN, 150_000_000L);
    DanaDesaRealisation d = f.ledger.danaDesaRealisation();
    assertEquals(Set.of(JALAN.kegiatan(), DRAINASE.kegiatan(), PANGAN.kegiatan()), Set.copyOf(d.activities().stream().map(DanaDesaRealisation.Activity::kegiatan).toList()));
    DanaDesaRealisation.Activity jalan = d.activities().stream().filter(a -> a.kegiatan().equals(JALAN.kegiatan())).findFirst().orElseThrow();
    assertEquals(new BigDecimal("50.00"), jalan.percent());
    assertEquals(2, d.nextTranche());
    assertEquals(0, d.minAbsorption().compareTo(new BigDecimal("0.60")));
    assertTrue(d.absorptionMeetsGate()); // 150 M of 200 M received = 75 %
    assertTrue(d.regulation().contains("PMK"));
  }

  @Test
  @DisplayName("Permendesa PDT 16/2025: BLT per family and month counts what stands paid — a reversed payment drops out, an unpaid SPP is not there")
  void bltPerFamilyAndMonth() {
    BltTest t = new BltTest().ready();
    t.ok(t.list(Set.of("KPM-001", "KPM-002", "KPM-003"), Set.of()));
    t.paid(t.blt(Idr.of(300_000L), BltTest.BLT, BltTest.km("KPM-001", 1), BltTest.km("KPM-002", 1)));
    OperationId reversed = t.paid(t.blt(Idr.of(300_000L), BltTest.BLT, BltTest.km("KPM-003", 1)));
    t.ok(new Operation.ReversePayment(t.id(), KAUR, t.tick(), reversed, "rekening KPM tidak aktif"));
    t.ok(t.blt(Idr.of(300_000L), BltTest.BLT, BltTest.km("KPM-001", 2))); // submitted, not paid
    t.ok(t.list(Set.of(), Set.of("KPM-002")));
    BltRealisation r = t.ledger.bltRealisation();
    assertEquals(2, r.payments().size());
    assertTrue(r.total().isEqualTo(Idr.of(600_000L)));
    assertEquals(Set.of("KPM-001", "KPM-002"), r.byKpm().keySet());
    assertEquals(ImmutableSortedSet.of(YearMonth.of(BltTest.YEAR, 1)), r.monthsPaid("KPM-001"));
    assertTrue(r.byMonth().get(YearMonth.of(BltTest.YEAR, 1)).isEqualTo(Idr.of(600_000L)));
    assertEquals(ImmutableSortedSet.of("KPM-001", "KPM-003"), r.listed());
    assertFalse(r.payments().stream().anyMatch(p -> p.kpm().equals("KPM-003")));
    assertEquals(List.of(), t.ledger.recheck());
  }
}
