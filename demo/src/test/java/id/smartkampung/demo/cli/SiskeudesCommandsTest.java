package id.smartkampung.demo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.interchange.siskeudes.SiskeudesArchive;
import id.smartkampung.core.interchange.siskeudes.SiskeudesTable;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.demo.cli.ValidateCommandTest.Result;
import id.smartkampung.demo.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export JOURNAL OUT.zip} and {@code import FILE.zip} (issue 17): the demo's year written as a
 * Siskeudes export and imported into a new journal with its dashboards and the same figures; every
 * documented exit code: 0 written, 1 a row breaking a rule (named by table and row), 2 an unreadable
 * export, an existing journal, no such file; nothing written on a refusal.
 */
class SiskeudesCommandsTest {
  @TempDir static Path shared;
  static Path journal;
  static Path zip;
  @TempDir Path dir;

  @BeforeAll
  static void runAndExport() throws Exception {
    Path runDir = shared.resolve("run");
    Result run = ValidateCommandTest.run("run", "--out", runDir.toString(), "--lang", "en");
    assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
    try (var s = Files.list(runDir)) {
      journal = s.filter(p -> p.getFileName().toString().matches("jurnal-.*-2025\\.jsonl")).findFirst().orElseThrow();
    }
    zip = shared.resolve("siskeudes.zip");
    Result export = ValidateCommandTest.run("export", journal.toString(), zip.toString(), "--lang", "en");
    assertEquals(ExitCode.OK, export.code(), export.out() + export.err());
    assertTrue(export.out().contains("Siskeudes export written"), export.out());
    assertEquals("", export.err());
  }

  @Test
  void theExportedYearImportsIntoANewJournalWithItsDashboardsAndTheSameFigures() throws Exception {
    Path out = dir.resolve("impor");
    Result r = ValidateCommandTest.run("import", zip.toString(), "--out", out.toString(), "--lang", "en");
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertEquals("", r.err());
    Path imported = out.resolve(journal.getFileName());
    assertTrue(Files.exists(imported), r.out());
    assertTrue(Files.exists(out.resolve(ReportWriter.VILLAGE_PAGE)));
    assertTrue(r.out().contains("one batch"), r.out());
    LocalDate end = LocalDate.of(2025, 12, 31);
    try (VillageBook a = VillageBook.open(journal); VillageBook b = VillageBook.open(imported)) {
      assertEquals(a.ledger().realisation(end).total(), b.ledger().realisation(end).total());
      assertTrue(a.ledger().bku().balance().isEqualTo(b.ledger().bku().balance()));
    }

    Result again = ValidateCommandTest.run("import", zip.toString(), "--out", out.toString(), "--lang", "en");
    assertEquals(ExitCode.UNREADABLE, again.code(), again.out() + again.err());
    assertTrue(again.err().startsWith("error: ") && again.err().contains("exists"), again.err());
  }

  @Test
  void aRowBreakingARuleIsListedWithItsTableAndRowAndNothingIsWritten() throws Exception {
    Map<String, SiskeudesTable> t = new java.util.TreeMap<>(SiskeudesArchive.read(zip));
    // pay every LS receipt a hundred times its amount: the first one overspends its item (I5)
    SiskeudesTable bukti = t.get("Ta_SPPBukti");
    int row = 1;
    String no = bukti.cell(row, "No_SPP");
    String big = bukti.cell(row, "Nilai") + "00";
    t.put("Ta_SPPBukti", edit(bukti, row, "Nilai", big));
    SiskeudesTable spp = t.get("Ta_SPP");
    for (int r = 1; r <= spp.size(); r++) {
      if (spp.cell(r, "No_SPP").equals(no)) {
        t.put("Ta_SPP", edit(spp, r, "Jumlah", String.valueOf(new java.math.BigDecimal(spp.cell(r, "Jumlah")).add(new java.math.BigDecimal(big)).subtract(new java.math.BigDecimal(bukti.cell(row, "Nilai"))))));
      }
    }
    SiskeudesTable rinci = t.get("Ta_SPPRinci");
    for (int r = 1; r <= rinci.size(); r++) {
      if (rinci.cell(r, "No_SPP").equals(no) && rinci.cell(r, "Kd_Rincian").equals(bukti.cell(row, "Kd_Rincian")) && rinci.cell(r, "Kd_Keg").equals(bukti.cell(row, "Kd_Keg"))) {
        t.put("Ta_SPPRinci", edit(rinci, r, "Nilai", String.valueOf(new java.math.BigDecimal(rinci.cell(r, "Nilai")).add(new java.math.BigDecimal(big)).subtract(new java.math.BigDecimal(bukti.cell(row, "Nilai"))))));
      }
    }
    Path broken = dir.resolve("rusak.zip");
    SiskeudesArchive.write(broken, t.values());
    Path out = dir.resolve("impor");
    Result r = ValidateCommandTest.run("import", broken.toString(), "--out", out.toString(), "--lang", "en");
    assertEquals(ExitCode.VIOLATIONS, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("Ta_SPPBukti row 1 [I5.item-overspent]"), r.out());
    assertTrue(r.out().contains("nothing written"), r.out());
    assertFalse(Files.exists(out.resolve(journal.getFileName())), "nothing written");
  }

  @Test
  void anUnreadableExportIsExit2WithOneLine() throws Exception {
    byte[] whole = Files.readAllBytes(zip);
    Path cut = dir.resolve("terpotong.zip");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    Result r = ValidateCommandTest.run("import", cut.toString(), "--out", dir.resolve("x").toString());
    assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
    assertTrue(r.err().startsWith("error: ") && r.err().contains("truncated"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");

    Result none = ValidateCommandTest.run("import", dir.resolve("tidak-ada.zip").toString());
    assertEquals(ExitCode.UNREADABLE, none.code());
    assertTrue(none.err().contains("no such file"), none.err());
    Result noJournal = ValidateCommandTest.run("export", dir.resolve("tidak-ada.jsonl").toString(), dir.resolve("o.zip").toString());
    assertEquals(ExitCode.UNREADABLE, noJournal.code());
    assertTrue(noJournal.err().contains("no such file"), noJournal.err());
  }

  private static SiskeudesTable edit(SiskeudesTable t, int row, String column, String value) {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r : t.rows()) {
      rows.add(new ArrayList<>(r));
    }
    rows.get(row - 1).set(t.column(column), value);
    return SiskeudesTable.of(t.name(), t.header(), rows);
  }
}
