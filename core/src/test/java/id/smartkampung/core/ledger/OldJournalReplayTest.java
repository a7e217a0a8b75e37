package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.DRAINASE;
import static id.smartkampung.core.ledger.LedgerFixture.JALAN;
import static id.smartkampung.core.ledger.LedgerFixture.KAUR;
import static id.smartkampung.core.ledger.LedgerFixture.POLICY;
import static id.smartkampung.core.ledger.LedgerFixture.VILLAGE;
import static id.smartkampung.core.ledger.LedgerFixture.rp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.audit.AuditReport;
import id.smartkampung.core.audit.JournalAudit;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 13): a journal written before taxes were wired — single-line SubmitSpp, PaySpp
 * naming tax types withheld at the pack's flat rates, DepositTax per SPP — still replays to the same
 * books and audits clean. The journal file in the test resources was written by the session-2 code
 * (the writing of these kinds is unchanged since: OperationKindTest's golden bytes).
 */
class OldJournalReplayTest {
  static final String RESOURCE = "/id/smartkampung/core/journal/session2-kemiren-2025.jsonl";

  /** The session-2 history: LS payments with PPN/PPh 22 at flat rates, a deposit per SPP, a panjar. */
  static LedgerFixture session2History() {
    LedgerFixture f = LedgerFixture.ready();
    f.on(LocalDate.of(2025, 3, 3));
    OperationId ls = f.paid(SppType.LS, JALAN, 8_500_000L, TaxType.PPN, TaxType.PPH_22);
    f.paid(SppType.LS, DRAINASE, 2_000_000L, TaxType.PPH_23);
    f.paid(SppType.UM, JALAN, 1_500_000L);
    f.on(LocalDate.of(2025, 4, 10));
    f.ok(new DepositTax(f.id(), KAUR, f.tick(), ls, TaxType.PPN, rp(935_000L), "NTPN 0001"));
    return f;
  }

  @Test
  @DisplayName("a session-2 journal (old SubmitSpp, PaySpp with flat-rate tax types, DepositTax per SPP) replays to the old figures and audits clean")
  void session2JournalReplaysAndAudits(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("kemiren-2025.jsonl");
    try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
      if (in == null || Boolean.getBoolean("regenerate.session2")) {
        write(Path.of("src/test/resources" + RESOURCE));
        throw new AssertionError("regenerated " + RESOURCE + "; run again without -Dregenerate.session2");
      }
      Files.copy(in, file);
    }
    LedgerFixture expected = session2History();
    try (VillageBook book = VillageBook.open(file)) {
      assertEquals(expected.ledger.history(), book.ledger().history());
      assertEquals(expected.ledger.snapshot(), book.ledger().snapshot());
      assertEquals(expected.ledger.bku(), book.ledger().bku());
      // the flat rates of the pack, rounded down (the old behaviour, kept for old SPPs): 11 % + 1,5 % of 8.500.000, 2 % of 2.000.000
      assertEquals(rp(935_000L + 127_500L + 40_000L - 935_000L), book.ledger().snapshot().funds().get(id.smartkampung.core.code.FundSource.DDS).taxPayable());
    }
    AuditReport report = JournalAudit.audit(file);
    assertTrue(report.isClean(), report.toString());
  }

  private static void write(Path target) throws Exception {
    Files.createDirectories(target.getParent());
    Files.deleteIfExists(target);
    try (VillageBook book = VillageBook.create(target, VILLAGE, POLICY)) {
      for (Operation op : session2History().ledger.history()) {
        assertTrue(book.apply(op).isAccepted(), op.toString());
      }
    }
  }
}
