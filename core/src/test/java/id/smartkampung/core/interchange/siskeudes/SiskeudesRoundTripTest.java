package id.smartkampung.core.interchange.siskeudes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.journal.YearScenario;
import id.smartkampung.core.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A village year written as a Siskeudes export and read back (issue 17): the year scenario of Desa
 * Sumberagung (budget, Dana Desa tranches, siltap, a road with PPh 22 and PPN withheld and deposited,
 * a panjar and its SPJ, a rejected, a cancelled and a reversed SPP, a reversed receipt) → zip → a
 * new book with the same figures.
 */
class SiskeudesRoundTripTest {
  @TempDir Path dir;

  static final LocalDate END = LocalDate.of(2025, 12, 31);

  @Test
  void aYearRoundTripsThroughTheZipToABookWithTheSameFigures() throws Exception {
    Path journal = dir.resolve("asal.jsonl");
    YearScenario.write(journal);
    Path zip = dir.resolve("siskeudes.zip");
    Ledger before;
    try (VillageBook book = VillageBook.open(journal)) {
      before = book.ledger();
      SiskeudesExport.write(before, zip);
    }
    Path imported = dir.resolve("impor.jsonl");
    SiskeudesYear year = SiskeudesImport.importBook(zip, imported);
    assertFalse(Files.exists(dir.resolve("impor.jsonl.importing")));
    try (VillageBook book = VillageBook.open(imported)) {
      Ledger after = book.ledger();
      assertEquals(before.village(), after.village());
      assertEquals(lines(before.enactedBudget().orElseThrow().lines()), lines(after.enactedBudget().orElseThrow().lines()));
      assertEquals(before.realisation(END), after.realisation(END));
      assertEquals(before.taxBook(END).withheld(), after.taxBook(END).withheld());
      assertEquals(before.taxBook(END).deposited(), after.taxBook(END).deposited());
      assertEquals(before.bku().balance(), after.bku().balance());
      assertEquals(year.operations().size(), after.size());
    }
    // and once more: the zip written from the imported book is the same zip
    Path again = dir.resolve("lagi.zip");
    try (VillageBook book = VillageBook.open(imported)) {
      SiskeudesExport.write(book.ledger(), again);
    }
    var first = SiskeudesArchive.read(zip);
    var second = SiskeudesArchive.read(again);
    assertEquals(first.keySet(), second.keySet());
    for (String t : first.keySet()) {
      assertEquals(first.get(t).rows(), second.get(t).rows(), t);
    }
  }

  /** Budget lines without their focus tags (the export has no column for them). */
  static List<String> lines(List<id.smartkampung.core.budget.BudgetLine> lines) {
    return lines.stream()
        .map(l -> l.section() + " " + l.kegiatan() + " " + l.account() + " " + l.fundSource() + " " + l.description() + " " + l.amount() + " " + l.output() + " " + l.quantity())
        .sorted()
        .collect(Collectors.toList());
  }
}
