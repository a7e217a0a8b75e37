package id.smartkampung.demo.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.audit.AuditReport;
import id.smartkampung.core.audit.JournalAudit;
import id.smartkampung.core.audit.LedgerHistory;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.testkit.LedgerHistoryContract;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Audits the journal file of Desa Sumberagung's 2025 budget execution, as the village handed it over. */
class VillageJournalProperties implements LedgerHistoryContract {
  static final Path JOURNAL = Path.of("target", "jurnal-35.10.01.2003-2025.jsonl");

  @Override
  public LedgerHistory history() {
    try {
      // the chain is verified and every event read; nothing is taken from the village's own software
      return LedgerHistory.fromJournal(JOURNAL);
    } catch (Exception e) {
      throw new AssertionError("the journal cannot be read: " + e.getMessage(), e);
    }
  }

  @Example
  void theOfflineAuditFindsNoViolation() throws Exception {
    AuditReport report = JournalAudit.audit(JOURNAL); // chain, signatures, every guarantee from scratch
    report.findings().forEach(System.out::println);
    assertTrue(report.isClean(), () -> report.errors().toString());
  }

  /** Here the journal is written from the guide's first example; an auditor has the village's file instead. */
  @BeforeContainer
  static void writeTheJournal() throws Exception {
    Files.deleteIfExists(JOURNAL);
    LedgerHistory h = new SumberagungHistoryProperties().history();
    try (VillageBook book = VillageBook.create(JOURNAL, h.village(), h.policy())) {
      h.operations().forEach(book::apply);
    }
  }
}
