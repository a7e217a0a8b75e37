package id.smartkampung.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.interchange.siskeudes.SiskeudesExport;
import id.smartkampung.core.interchange.siskeudes.SiskeudesImport;
import id.smartkampung.core.interchange.siskeudes.SiskeudesTable;
import id.smartkampung.core.interchange.siskeudes.SiskeudesYear;
import id.smartkampung.core.money.Idr;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue 17): the Siskeudes export left BLT Desa SPPs out, so a year with BLT came back
 * with less realised spending (the demo's year: Rp90.000.000). They are written as LS SPPs to the
 * KPM and read back as such: the same realisation and BKU balance.
 */
class BltSiskeudesExportTest {
  @Test
  void aPaidBltSppIsWrittenAndReadBackWithItsRealisation() {
    BltTest t = new BltTest().ready();
    t.ok(t.list(Set.of("kpm-01", "kpm-02"), Set.of()));
    t.paid(t.blt(Idr.of(300_000L), BltTest.BLT, BltTest.km("kpm-01", 1), BltTest.km("kpm-02", 1), BltTest.km("kpm-01", 2)));
    Ledger before = t.ledger;
    Map<String, SiskeudesTable> tables = new LinkedHashMap<>();
    for (SiskeudesTable table : SiskeudesExport.tables(before)) {
      tables.put(table.name(), table);
    }
    assertEquals(1, tables.get("Ta_SPP").size());
    assertEquals("900000", tables.get("Ta_SPP").cell(1, "Jumlah"));
    assertEquals("5.4.1.01.", tables.get("Ta_SPPBukti").cell(1, "Kd_Rincian"));
    assertEquals(1, tables.get("Ta_Pencairan").size());
    SiskeudesYear year = SiskeudesImport.read(tables);
    assertEquals(List.of(), year.check());
    Ledger after = Ledger.create(year.village(), year.policy());
    for (Operation op : year.operations()) {
      assertTrue(after.apply(op).isAccepted(), op::toString);
    }
    LocalDate end = LocalDate.of(BltTest.YEAR, 12, 31);
    assertEquals(before.realisation(end), after.realisation(end));
    assertTrue(before.bku().balance().isEqualTo(after.bku().balance()));
  }
}
