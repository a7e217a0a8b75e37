package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The difference of a revision — <i>perubahan APBDes</i>, "semula"/"menjadi" — read right (issue 15):
 * a revision table keeps each row's pairing; two separately enacted budgets with sub-lines of one
 * identity whose amounts changed are reported as ambiguous, not paired by sorted amount; net changes
 * per kegiatan, sub-bidang and bidang as published revision pages state them.
 */
class BudgetDiffTest {
  private static final Village VILLAGE = Village.of("35.10.01.2003", "Sumberagung", "Pesanggaran", "Banyuwangi");
  private static final String REVISION = "section,account_code,kegiatan_code,description,amount_before,amount_after,fund_source\n";
  private static final String HEADER = "section,account_code,kegiatan_code,description,amount,fund_source\n";

  /** Two sub-lines of one identity (same kegiatan, account, description and source), as the example. */
  private static final String TWO_SUB_LINES = REVISION
      + "belanja,5.3.5.01,02.03.10,Rabat beton,34200000,400000000,DDS\n"
      + "belanja,5.3.5.01,02.03.10,Rabat beton,370500000,353875000,DDS\n"
      + "belanja,5.2.1.01,01.01.04,ATK,1000000,1500000,ADD\n";

  private static BudgetCsv.Revision revision(String csv) throws IOException {
    return BudgetCsv.readRevision(new StringReader(csv), "perubahan.csv", VILLAGE, 2025);
  }

  private static String pair(BudgetDiff.Change c) {
    return c.kind() + " " + Idr.format(c.before()) + "->" + Idr.format(c.after());
  }

  @Test
  void regression_aRevisionTableKeepsEachRowsBeforeAndAfterTogether() throws IOException {
    BudgetDiff d = revision(TWO_SUB_LINES).diff();
    List<String> rabat = d.changes().stream()
        .filter(c -> c.line().description().equals("Rabat beton"))
        .map(BudgetDiffTest::pair)
        .collect(Collectors.toList());
    // as written in the rows, not 34.200.000 -> 353.875.000 and 370.500.000 -> 400.000.000 (sorted pairing)
    assertEquals(List.of("INCREASED 34200000.00->400000000.00", "DECREASED 370500000.00->353875000.00"), rabat);
    assertTrue(d.isUnambiguous());
    assertEquals(Idr.of(349_175_000L + 500_000L), d.delta(Section.BELANJA));
  }

  @Test
  void aRevisionTablesDiffAppliedToBeforeGivesAfter() throws IOException {
    BudgetCsv.Revision r = revision(TWO_SUB_LINES);
    assertEquals(r.after(), r.diff().applyTo(r.before()));
  }

  @Test
  void twoEnactedBudgetsWithChangedSubLinesOfOneIdentityAreAmbiguousNotGuessed() {
    Apbdes before = BudgetCsv.parse(HEADER
        + "belanja,5.3.5.01,02.03.10,Rabat beton,34200000,DDS\n"
        + "belanja,5.3.5.01,02.03.10,Rabat beton,370500000,DDS\n"
        + "belanja,5.2.1.01,01.01.04,ATK,1000000,ADD\n", VILLAGE, 2025);
    Apbdes after = BudgetCsv.parse(HEADER
        + "belanja,5.3.5.01,02.03.10,Rabat beton,400000000,DDS\n"
        + "belanja,5.3.5.01,02.03.10,Rabat beton,353875000,DDS\n"
        + "belanja,5.2.1.01,01.01.04,ATK,1500000,ADD\n", VILLAGE, 2025);
    BudgetDiff d = BudgetDiff.between(before, after);
    assertFalse(d.isUnambiguous());
    assertEquals(1, d.ambiguities().size());
    BudgetDiff.Ambiguity a = d.ambiguities().get(0);
    assertEquals("Rabat beton", a.line().description());
    assertEquals(Idr.of(349_175_000L), a.delta());
    assertEquals(1, d.changes().size(), "only the unambiguous ATK line is a paired change");
    assertEquals(BudgetDiff.Kind.INCREASED, d.changes().get(0).kind());
    assertEquals(after, d.applyTo(before), "applying replaces the ambiguous sub-lines as a whole");
    assertEquals(Idr.of(349_675_000L), d.delta(Section.BELANJA), "net changes do not depend on the pairing");
  }

  @Test
  void subLinesThatOnlyMoveOrStayTheSameAreNotAmbiguous() {
    Apbdes before = BudgetCsv.parse(HEADER
        + "belanja,5.3.5.01,02.03.10,Rabat beton,10,DDS\n"
        + "belanja,5.3.5.01,02.03.10,Rabat beton,20,DDS\n", VILLAGE, 2025);
    Apbdes removed = BudgetCsv.parse(HEADER + "belanja,5.2.1.01,01.01.04,ATK,30,ADD\n", VILLAGE, 2025);
    assertTrue(BudgetDiff.between(before, before).isEmpty());
    BudgetDiff d = BudgetDiff.between(before, removed);
    assertTrue(d.isUnambiguous(), "all sub-lines dropped: nothing to pair");
    assertEquals(2, d.changes(BudgetDiff.Kind.REMOVED).size());
    assertEquals(1, d.changes(BudgetDiff.Kind.ADDED).size());
  }

  @Test
  void deltasPerKegiatanSubBidangAndBidang() throws IOException {
    BudgetDiff d = revision(REVISION
        + "belanja,5.3.5.01,02.03.10,Rabat beton,100000000,150000000,DDS\n"
        + "belanja,5.2.1.01,02.03.10,Papan nama,1000000,,DDS\n"
        + "belanja,5.2.2.01,02.03.01,Honor TPK,,2000000,DDS\n"
        + "belanja,5.2.1.01,01.01.04,ATK,3000000,2500000,ADD\n"
        + "belanja,5.2.1.01,01.02.01,ATK,700000,700000,ADD\n"
        + "pendapatan,4.2.4.01,,Bantuan Provinsi,0,80000000,\n").diff();
    assertEquals(
        Map.of(KegiatanCode.parse("02.03.10"), Idr.of(49_000_000L), KegiatanCode.parse("02.03.01"), Idr.of(2_000_000L),
            KegiatanCode.parse("01.01.04"), Idr.of(-500_000L)),
        d.deltaByKegiatan(), "unchanged kegiatan 01.02.01 is not listed");
    assertEquals(Map.of("02.03", Idr.of(51_000_000L), "01.01", Idr.of(-500_000L)), d.deltaBySubBidang());
    assertEquals(Map.of("02", Idr.of(51_000_000L), "01", Idr.of(-500_000L)), d.deltaByBidang());
    assertEquals(Idr.of(49_000_000L), d.delta(KegiatanCode.parse("02.03.10")));
    assertEquals(Idr.of(80_000_000L), d.delta(Section.PENDAPATAN), "pendapatan is not in the per-kegiatan deltas");
  }
}
