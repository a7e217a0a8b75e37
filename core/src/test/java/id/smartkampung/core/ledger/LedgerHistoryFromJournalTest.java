package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.audit.LedgerHistory;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.journal.VillageBook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LedgerHistory#fromJournal}: the auditor's view of a village's journal file. */
class LedgerHistoryFromJournalTest {
  @TempDir Path dir;

  private Path journalOfAYear() throws Exception {
    Path file = dir.resolve("jurnal.jsonl");
    try (VillageBook book = VillageBook.create(file, VILLAGE, POLICY)) {
      LedgerFixture f = new LedgerFixture(book.ledger()).registered().enacted().funded();
      f.paid(SppType.LS, JALAN, 50_000_000L);
      f.paid(SppType.UM, ATK, 2_000_000L);
    }
    return file;
  }

  @Test
  void readsTheVillageThePolicyAndEveryOperationInOrder() throws Exception {
    Path file = journalOfAYear();
    LedgerHistory h = LedgerHistory.fromJournal(file);
    try (VillageBook book = VillageBook.open(file)) {
      assertEquals(book.ledger().history(), h.operations());
    }
    assertEquals(VILLAGE, h.village());
    assertEquals(2025, h.fiscalYear());
    assertEquals(20, h.size());
  }

  @Test
  void aBrokenChainIsRefusedNamingTheEntry() throws Exception {
    Path file = journalOfAYear();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    lines.set(12, lines.get(12).replace("50000000.00", "90000000.00")); // entry 12, an amount raised
    Files.write(file, lines, StandardCharsets.UTF_8);
    JournalException e = assertThrows(JournalException.class, () -> LedgerHistory.fromJournal(file));
    assertEquals(12, e.sequence().orElseThrow());
  }

  @Test
  void anEventOfAnotherKindIsRefusedNamingTheEntry() throws Exception {
    Path file = dir.resolve("foreign.jsonl");
    try (id.smartkampung.core.journal.Journal j = id.smartkampung.core.journal.Journal.create(file,
        new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
            .put("content", VillageBook.CONTENT).put("operationFormat", "smartkampung.operation/1")
            .put("fiscalYear", 2025).put("policyYear", 2025).put("zone", VILLAGE.zone().getId())
            .set("village", new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                java.util.Map.of("code", VILLAGE.code(), "name", VILLAGE.name(), "kecamatan", VILLAGE.kecamatan(), "kabupaten", VILLAGE.kabupaten()))))) {
      j.append(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("type", "transfer-to-cayman"));
    }
    JournalException e = assertThrows(JournalException.class, () -> LedgerHistory.fromJournal(file));
    assertEquals(1, e.sequence().orElseThrow(), e.getMessage());
    assertTrue(e.getMessage().contains("not a treasury event"), e.getMessage());
  }
}
