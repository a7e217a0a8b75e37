package id.smartkampung.core.interchange.siskeudes;

import static id.smartkampung.core.journal.YearScenario.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Quantity;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.money.Idr;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The budget in {@code Ta_RABRinci}: the RAB detail (Satuan, JmlSatuan, HrgSatuan) kept on the
 * lines, and the perubahan (Permendagri 20/2018 pasal 48: at most once a year, by Perdes) in the PAK
 * columns with {@code Ta_DESA.No_Perdes_PB}, both ways.
 */
class SiskeudesBudgetTest {
  static final Optional<Quantity> M350 = Optional.of(Quantity.of(350, "m"));
  static final Optional<Quantity> M360 = Optional.of(Quantity.of(360, "m"));

  static Apbdes withRoad(long rupiah, Optional<Quantity> q, long extraDanaDesa) {
    List<BudgetLine> lines = new ArrayList<>();
    for (BudgetLine b : BUDGET.lines()) {
      if (b.kegiatan() != null && BudgetItemKey.of(b.kegiatan(), b.account(), b.fundSource()).equals(JALAN)) {
        lines.add(new BudgetLine(b.section(), b.account(), b.kegiatan(), b.description(), Idr.of(rupiah), b.fundSource(), b.output(), b.focus(), q.orElse(null)));
      } else if (b.account().equals(AccountCode.parse("4.2.1.01"))) {
        lines.add(new BudgetLine(b.section(), b.account(), b.kegiatan(), b.description(), b.amount().add(Idr.of(extraDanaDesa)), b.fundSource(), b.output(), b.focus(), b.quantity()));
      } else {
        lines.add(b);
      }
    }
    return BUDGET.withLines(lines);
  }

  static Ledger revisedYear() {
    Ledger l = Ledger.create(VILLAGE, 2025);
    Instant t = Instant.parse("2024-10-01T01:00:00Z");
    for (var o : List.of(KD, SEKDES, KAUR, PKA_PU)) {
      l.applyOrThrow(new RegisterOfficial(OperationId.of("r-" + o.id()), KD, t = t.plusSeconds(60), o,
          o == PKA_PU ? ImmutableSortedSet.of(JALAN.kegiatan()) : ImmutableSortedSet.of(), null));
    }
    l.applyOrThrow(new DraftBudget(OperationId.of("draft"), SEKDES, t = t.plusSeconds(60), withRoad(350_000_000L, M350, 0), "RAPBDes"));
    l.applyOrThrow(new AgreeBudget(OperationId.of("agree"), KD, t = t.plusSeconds(60), "BA"));
    l.applyOrThrow(new EvaluateBudget(OperationId.of("evaluate"), EVALUATOR, t = t.plusSeconds(60), "evaluasi"));
    l.applyOrThrow(new EnactBudget(OperationId.of("enact"), KD, t = t.plusSeconds(60), "Perdes 1/2024"));
    t = Instant.parse("2025-07-01T02:00:00Z");
    l.applyOrThrow(new DraftRevision(OperationId.of("rev"), SEKDES, t = t.plusSeconds(60), withRoad(360_000_000L, M360, 10_000_000L), "perubahan"));
    l.applyOrThrow(new AgreeBudget(OperationId.of("rev-a"), KD, t = t.plusSeconds(60), "BA perubahan"));
    l.applyOrThrow(new EvaluateBudget(OperationId.of("rev-e"), EVALUATOR, t = t.plusSeconds(60), "evaluasi perubahan"));
    l.applyOrThrow(new EnactBudget(OperationId.of("rev-p"), KD, t = t.plusSeconds(60), "Perdes 5/2025"));
    return l;
  }

  static Map<String, SiskeudesTable> tables(Ledger l) {
    Map<String, SiskeudesTable> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (SiskeudesTable t : SiskeudesExport.tables(l)) {
      m.put(t.name(), t);
    }
    return m;
  }

  static int roadRow(SiskeudesTable rab) {
    for (int r = 1; r <= rab.size(); r++) {
      if (rab.cell(r, "Kd_Keg").equals("01.2003.02.03.10.") && rab.cell(r, "Kd_Rincian").equals("5.3.5.01.")) {
        return r;
      }
    }
    throw new AssertionError("no road row");
  }

  @Test
  void theRabDetailAndThePerubahanAreWrittenInTheirColumns() {
    Map<String, SiskeudesTable> t = tables(revisedYear());
    SiskeudesTable rab = t.get("Ta_RABRinci");
    int r = roadRow(rab);
    assertEquals("m", rab.cell(r, "Satuan"));
    assertEquals("350", rab.cell(r, "JmlSatuan"));
    assertEquals("1000000", rab.cell(r, "HrgSatuan"));
    assertEquals("350000000", rab.cell(r, "Anggaran"));
    assertEquals("360", rab.cell(r, "JmlSatuanPAK"));
    assertEquals("1000000", rab.cell(r, "HrgSatuanPAK"));
    assertEquals("360000000", rab.cell(r, "AnggaranStlhPAK"));
    assertEquals("10000000", rab.cell(r, "AnggaranPAK"));
    assertEquals("Perdes 5/2025", t.get("Ta_Desa").cell(1, "No_Perdes_PB"));
    assertEquals("2025-07-01", t.get("Ta_Desa").cell(1, "Tgl_Perdes_PB"));
  }

  @Test
  void theBudgetBeforeAndAfterThePerubahanIsReadBackWithItsQuantities() {
    Ledger l = revisedYear();
    SiskeudesYear y = SiskeudesImport.read(tables(l));
    assertEquals(SiskeudesRoundTripTest.lines(l.lifecycle().orElseThrow().original().budget().lines()), SiskeudesRoundTripTest.lines(y.budget().lines()));
    assertEquals(SiskeudesRoundTripTest.lines(l.lifecycle().orElseThrow().revision().orElseThrow().budget().lines()),
        SiskeudesRoundTripTest.lines(y.revision().orElseThrow().lines()));
    assertEquals(List.of(), y.check());
    Ledger again = Ledger.create(y.village(), y.policy());
    y.operations().forEach(again::applyOrThrow);
    assertTrue(again.enactedBudget().orElseThrow().item(JALAN).isEqualTo(Idr.of(360_000_000L)));
  }

  @Test
  void aUnitPriceThatIsNotTheAmountIsRefusedAtItsCell() {
    Map<String, SiskeudesTable> t = tables(revisedYear());
    SiskeudesTable rab = t.get("Ta_RABRinci");
    int r = roadRow(rab);
    List<List<String>> rows = new ArrayList<>();
    rab.rows().forEach(x -> rows.add(new ArrayList<>(x)));
    rows.get(r - 1).set(rab.column("HrgSatuan"), "990000");
    t.put("Ta_RABRinci", SiskeudesTable.of(rab.name(), rab.header(), rows));
    SiskeudesFormatException e = assertThrows(SiskeudesFormatException.class, () -> SiskeudesImport.read(t));
    assertEquals("Ta_RABRinci row " + r + ", column HrgSatuan", e.findings().get(0).path());
  }

  @Test
  void aChangedAmountWithoutAPerdesPerubahanIsRefused() {
    Map<String, SiskeudesTable> t = tables(revisedYear());
    SiskeudesTable desa = t.get("Ta_Desa");
    List<List<String>> rows = new ArrayList<>();
    desa.rows().forEach(x -> rows.add(new ArrayList<>(x)));
    rows.get(0).set(desa.column("No_Perdes_PB"), "");
    t.put("Ta_Desa", SiskeudesTable.of(desa.name(), desa.header(), rows));
    SiskeudesFormatException e = assertThrows(SiskeudesFormatException.class, () -> SiskeudesImport.read(t));
    assertTrue(e.findings().stream().anyMatch(f -> f.path().endsWith("column AnggaranStlhPAK") && f.message().contains("No_Perdes_PB")), e::getMessage);
  }
}
