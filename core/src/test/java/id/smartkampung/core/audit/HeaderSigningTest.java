package id.smartkampung.core.audit;

import static id.smartkampung.core.journal.YearScenario.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.smartkampung.core.journal.Forger;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.journal.OperationCodec;
import id.smartkampung.core.journal.OperationSignature;
import id.smartkampung.core.journal.SignedOperation;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.journal.YearScenario;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Rule;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header is part of what officials sign (issue 19, item 3): a header edited with the hashes
 * recomputed is reported at entry 0, a header naming another shipped policy pack is a finding and
 * not a crash, and a journal of the first format (whose signatures do not cover the header) still
 * opens, takes new operations and audits, with a warning at entry 0.
 */
class HeaderSigningTest {
  @TempDir static Path shared;
  static Path honest;
  @TempDir Path dir;

  @BeforeAll
  static void writeTheYear() throws Exception {
    honest = shared.resolve("sumberagung-2025.jsonl");
    YearScenario.write(honest);
  }

  @Test
  void aHeaderSaysItsFormatAndItsDigestIsWhatSignaturesName() throws Exception {
    List<ObjectNode> b = Forger.bodies(honest);
    assertEquals(VillageBook.CONTENT, b.get(0).get("content").asText());
    String digest = new VillageBook.Header(VILLAGE, 2025, 2025).digest();
    assertEquals(digest, b.get(1).get("sig").get("header").asText(), "the first registration names the header it was signed under");
  }

  /** Regression (issue 19, item 3): today only "a budget of … in the book of Desa Palsu" at entry 7. */
  @Test
  void anEditedVillageNameInTheHeaderIsReportedAtEntry0() throws Exception {
    List<ObjectNode> b = Forger.bodies(honest);
    ((ObjectNode) b.get(0).get("village")).put("name", "Desa Palsu");
    AuditReport r = JournalAudit.audit(Forger.write(dir.resolve("palsu.jsonl"), b));
    assertTrue(r.has(0, Rule.HISTORY_ALTERED), r::toString);
    assertEquals(0, r.errors().get(0).sequence(), r::toString);
    assertTrue(r.at(0).get(0).finding().message().contains("Desa Palsu"), r::toString);
    // a book refuses to open it
    JournalException e = assertThrows(JournalException.class, () -> VillageBook.open(dir.resolve("palsu.jsonl")));
    assertTrue(e.getMessage().contains("signed under another header"), e::getMessage);
  }

  /**
   * Regression (found by {@code JournalForgeryProperties}, sample {@code Edit[entry=0, value=10,
   * kind=5]}): the zone removed from the header of a village in Asia/Jakarta, the hashes
   * recomputed, went unseen — the digest officials sign is of the header's fields, in which no zone
   * means Asia/Jakarta. A book of the current format is always written with its zone.
   */
  @Test
  void aHeaderOfTheCurrentFormatWithoutItsZoneIsAnAlteredHeader() throws Exception {
    List<ObjectNode> b = Forger.bodies(honest);
    assertEquals("Asia/Jakarta", b.get(0).get("zone").asText());
    b.get(0).remove("zone");
    Path edited = Forger.write(dir.resolve("tanpa-zona.jsonl"), b);
    JournalException e = assertThrows(JournalException.class, () -> VillageBook.open(edited));
    assertTrue(e.getMessage().contains("the header was altered"), e::getMessage);
    assertEquals(0L, e.sequence().orElse(-1L), e::getMessage);
    JournalException audited = assertThrows(JournalException.class, () -> JournalAudit.audit(edited));
    assertTrue(audited.getMessage().contains("'zone'"), audited::getMessage);
  }

  /** Regression (issue 19, item 3): today audit exits 3 with an IllegalArgumentException. */
  @Test
  void aHeaderNamingAnotherShippedPolicyPackIsAFindingNotACrash() throws Exception {
    int other = PolicyPack.shippedYears().stream().filter(y -> y != 2025).findFirst().orElseThrow();
    List<ObjectNode> b = Forger.bodies(honest);
    b.get(0).put("policyYear", other);
    AuditReport r = JournalAudit.audit(Forger.write(dir.resolve("policy.jsonl"), b));
    assertTrue(r.has(0, Rule.HISTORY_ALTERED), r::toString);
    assertTrue(r.at(0).stream().anyMatch(f -> f.finding().message().contains("policy year " + other)), r::toString);
    assertThrows(JournalException.class, () -> VillageBook.open(dir.resolve("policy.jsonl")));
  }

  @Test
  void aJournalOfTheFirstFormatOpensTakesOperationsAndAuditsWithAWarningAtEntry0() throws Exception {
    Path old = firstFormat(honest, dir.resolve("old.jsonl"));
    AuditReport r = JournalAudit.audit(old);
    assertTrue(r.isClean(), r::toString);
    assertEquals(1, r.findings().size(), r::toString);
    assertTrue(r.has(0, Rule.SIGNATURE_UNVERIFIABLE), r::toString);
    assertTrue(r.at(0).get(0).finding().message().contains("covered by no signature"), r::toString);
    try (VillageBook book = VillageBook.open(old)) {
      assertFalse(book.header().signsHeader());
      Instant t = book.ledger().history().get(book.ledger().history().size() - 1).at().plusSeconds(60);
      Operation op = new ReceiveRevenue(OperationId.of("late-1"), KAUR, t, AccountCode.parse("4.1.2.01"), FundSource.PAD, Idr.of(1_000L), null, "sewa");
      assertTrue(book.apply(op, KEYS.get(KAUR.id())).isAccepted(), "signed in the book's own (first) format");
    }
    assertEquals(1, JournalAudit.audit(old).findings().size());
    // a forged village name in an old journal: seen only where the events contradict it (the warning says so)
    List<ObjectNode> b = Forger.bodies(old);
    ((ObjectNode) b.get(0).get("village")).put("name", "Desa Palsu");
    AuditReport forged = JournalAudit.audit(Forger.write(dir.resolve("old-palsu.jsonl"), b));
    assertTrue(forged.has(0, Rule.SIGNATURE_UNVERIFIABLE), forged::toString);
  }

  /**
   * The journal rewritten as the previous version wrote it — content ledger/1, signatures without
   * the header — and left open (the year's closing dropped), to post to.
   */
  static Path firstFormat(Path journal, Path target) throws Exception {
    List<ObjectNode> b = Forger.bodies(journal);
    if (b.get(b.size() - 1).path("type").asText().equals("close-year")) {
      b.remove(b.size() - 1);
    }
    b.get(0).put("content", VillageBook.CONTENT_V1);
    OperationCodec codec = OperationCodec.create();
    for (int i = 1; i < b.size(); i++) {
      if (b.get(i).has("sig")) {
        Operation op = SignedOperation.fromJson(b.get(i), codec).operation();
        b.set(i, SignedOperation.signed(op, OperationSignature.sign(VILLAGE, 2025, op, KEYS.get(op.actor().id()))).toJson());
      }
    }
    return Forger.write(target, b);
  }
}
