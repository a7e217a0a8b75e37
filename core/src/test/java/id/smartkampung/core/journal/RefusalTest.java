package id.smartkampung.core.journal;

import static id.smartkampung.core.journal.YearScenario.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.audit.AuditReport;
import id.smartkampung.core.audit.JournalAudit;
import id.smartkampung.core.ledger.LedgerSnapshot;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.official.SigningKey;
import id.smartkampung.core.rule.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refused attempts kept in the journal ({@link Refusal}, {@link VillageBook.Refusals#RECORDED}): an
 * attempt refused by the ledger's rules is kept and attributable, one refused for its signature is
 * kept and not attributable; neither changes the books; opening and the audit check each one again
 * where it stands; a forged refusal cannot frame an official; books that do not record refusals are
 * written byte for byte as before.
 */
class RefusalTest {
  @TempDir Path dir;
  OperationId spp;

  /** A book (recording refusals or not) up to an SPP verified and waiting for the Kepala Desa's approval. */
  private YearScenario waitingForApproval(YearScenario y) {
    y.ok(new RegisterOfficial(y.id(), KD, y.tick(), KD, ImmutableSortedSet.of(), KEYS.get(KD.id()).publicKey().base64()));
    for (var o : List.of(SEKDES, KAUR, PKA_PU)) {
      y.ok(new RegisterOfficial(y.id(), KD, y.tick(), o,
          o == PKA_PU ? ImmutableSortedSet.of(JALAN.kegiatan()) : ImmutableSortedSet.of(), KEYS.get(o.id()).publicKey().base64()));
    }
    y.ok(new Operation.DraftBudget(y.id(), SEKDES, y.tick(), BUDGET, "RAPBDes"));
    y.ok(new Operation.AgreeBudget(y.id(), KD, y.tick(), "BA"));
    y.ok(new Operation.EvaluateBudget(y.id(), EVALUATOR, y.tick(), "evaluasi"));
    y.ok(new Operation.EnactBudget(y.id(), KD, y.tick(), "Perdes"));
    y.on(LocalDate.of(2025, 2, 3));
    spp = y.ok(y.submit(PKA_PU, SppType.LS, JALAN, 10_000_000L));
    y.ok(new VerifySpp(y.id(), SEKDES, y.tick(), spp));
    return y;
  }

  private YearScenario recording(String name) throws Exception {
    return waitingForApproval(YearScenario.startRecordingRefusals(dir.resolve(name)));
  }

  @Test
  void anAttemptRefusedByTheRulesIsKeptAttributableAndChangesNothing() throws Exception {
    YearScenario y = recording("book.jsonl");
    VillageBook book = y.book();
    assertEquals(VillageBook.CONTENT_REFUSALS, Forger.bodies(book.file()).get(0).get("content").asText());
    LedgerSnapshot before = book.ledger().snapshot();
    long entries = book.anchor().sequence();
    int posted = book.ledger().history().size();

    // the Sekretaris Desa, who verified it, approves the SPP too: signed with her own key, refused by I7
    ApproveSpp selfApproval = new ApproveSpp(y.id(), SEKDES, y.tick(), spp);
    Outcome o = book.apply(selfApproval, KEYS.get(SEKDES.id()));
    assertTrue(o.isRejected(), o::toString);

    assertEquals(before, book.ledger().snapshot(), "a refusal changes nothing in the books");
    assertEquals(posted, book.ledger().history().size());
    assertEquals(entries + 1, book.anchor().sequence(), "the refusal is an entry of the journal");
    Refusal r = book.refusals().get(0);
    assertEquals(entries + 1, r.entry());
    assertEquals(selfApproval, r.operation());
    assertEquals(Refusal.codes(o.findings()), r.rules(), "the rules are the ledger's findings");
    assertTrue(r.attributable(), "signed with the Sekretaris Desa's registered key");
    ObjectNode line = Forger.bodies(book.file()).get((int) r.entry());
    assertEquals("approve-spp", line.get("refused").get("type").asText());
    assertEquals(SEKDES.id(), line.get("refused").get("sig").get("by").asText());

    // the book goes on: the journal's numbers now run one ahead of the ledger's
    Outcome approved = book.apply(new ApproveSpp(y.id(), KD, y.tick(), spp), KEYS.get(KD.id()));
    assertTrue(approved.isAccepted(), approved::toString);
    assertEquals(posted + 1, approved.sequence());
    assertEquals(entries + 2, book.anchor().sequence());
    LedgerSnapshot end = book.ledger().snapshot();
    Journal.Anchor anchor = book.anchor();
    book.close();

    try (VillageBook again = VillageBook.open(book.file())) {
      assertEquals(end, again.ledger().snapshot());
      assertEquals(List.of(r), again.refusals());
      assertEquals(anchor, again.anchor());
      assertTrue(again.header().recordsRefusals());
      // reopened, it keeps recording
      assertTrue(again.apply(new ApproveSpp(y.id(), SEKDES, y.tick(), spp), KEYS.get(SEKDES.id())).isRejected());
      assertEquals(2, again.refusals().size());
    }
    try (VillageBook trusted = VillageBook.open(book.file(), POLICY_2025, anchor)) {
      assertEquals(2, trusted.refusals().size());
    }
    AuditReport audit = JournalAudit.audit(book.file());
    assertTrue(audit.isClean(), audit::toString);
    assertEquals(2, audit.refusals().size());
    assertTrue(audit.toString().contains("2 refused attempt(s) kept"), audit::toString);
  }

  static final id.smartkampung.core.policy.PolicyPack POLICY_2025 = id.smartkampung.core.policy.PolicyPack.forYear(2025);

  @Test
  void anAttemptRefusedForItsSignatureIsKeptButNotAttributed() throws Exception {
    YearScenario y = recording("book.jsonl");
    VillageBook book = y.book();
    // the approval itself is in order; the Kepala Desa's key did not sign it (someone else, in his name)
    Outcome unsigned = book.apply(new ApproveSpp(y.id(), KD, y.tick(), spp));
    Outcome otherKey = book.apply(new ApproveSpp(y.id(), KD, y.tick(), spp), SigningKey.generate());
    assertTrue(unsigned.has(Rule.SIGNATURE_MISSING) && otherKey.has(Rule.SIGNATURE_INVALID));
    assertEquals(List.of(ImmutableSortedSet.of(Rule.SIGNATURE_MISSING.code()), ImmutableSortedSet.of(Rule.SIGNATURE_INVALID.code())),
        book.refusals().stream().map(Refusal::rules).toList());
    assertTrue(book.refusals().stream().noneMatch(Refusal::attributable));
    assertEquals(Optional.of(id.smartkampung.core.ledger.SppStatus.VERIFIED), book.ledger().sppStatus(spp));
    book.close();
    try (VillageBook again = VillageBook.open(book.file())) {
      assertEquals(2, again.refusals().size());
    }
    AuditReport audit = JournalAudit.audit(book.file());
    assertTrue(audit.isClean(), audit::toString);
  }

  @Test
  void aBatchKeepsTheRefusalThatStopsIt() throws Exception {
    YearScenario y = recording("book.jsonl");
    VillageBook book = y.book();
    ApproveSpp wrong = new ApproveSpp(y.id(), SEKDES, y.tick(), spp);
    BatchOutcome b = book.applyAll(List.of(SignedOperation.signed(wrong, OperationSignature.sign(book.header(), wrong, KEYS.get(SEKDES.id())))));
    assertTrue(b.outcomes().get(0).isRejected());
    assertEquals(1, book.refusals().size());
    long entries = book.anchor().sequence();
    assertEquals(book.refusals().get(0).entry(), entries, "committed with the batch");
    book.close();
    try (VillageBook again = VillageBook.open(book.file())) {
      assertEquals(book.refusals(), again.refusals());
    }
  }

  @Test
  void aBookThatDoesNotRecordRefusalsIsWrittenAsBefore() throws Exception {
    Path plain = dir.resolve("plain.jsonl");
    Path notRecorded = dir.resolve("not-recorded.jsonl");
    for (Path f : List.of(plain, notRecorded)) {
      YearScenario y = waitingForApproval(f == plain ? YearScenario.start(f) : YearScenario.start(f, VillageBook.Refusals.NOT_RECORDED));
      assertTrue(y.book().apply(new ApproveSpp(OperationId.of("try-1"), SEKDES, y.now(), spp), KEYS.get(SEKDES.id())).isRejected());
      assertEquals(List.of(), y.book().refusals());
      y.book().close();
    }
    assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(notRecorded));
    assertEquals(VillageBook.CONTENT, Forger.bodies(plain).get(0).get("content").asText());
    assertTrue(Files.readString(plain).indexOf("\"refused\"") < 0);
  }

  // ------------------------------------------------------------------------------------ forgery

  /** The journal of a book with one attributable refusal (the Sekretaris Desa approving); its entry number. */
  private int withOneRefusal(Path f) throws Exception {
    YearScenario y = waitingForApproval(YearScenario.startRecordingRefusals(f));
    assertTrue(y.book().apply(new ApproveSpp(y.id(), SEKDES, y.tick(), spp), KEYS.get(SEKDES.id())).isRejected());
    int entry = (int) y.book().refusals().get(0).entry();
    y.book().close();
    return entry;
  }

  @Test
  void aForgedRefusalCannotFrameAnOfficial() throws Exception {
    Path f = dir.resolve("book.jsonl");
    int entry = withOneRefusal(f);
    // a forger who can rewrite the file (and its chain) strips the signature: the entry still says
    // the Sekretaris Desa tried, refused for I7 only
    List<ObjectNode> bodies = Forger.bodies(f);
    ((ObjectNode) bodies.get(entry).get("refused")).remove("sig");
    Path unsigned = Forger.write(dir.resolve("unsigned.jsonl"), bodies);
    AuditReport a = JournalAudit.audit(unsigned);
    assertTrue(a.has(entry, Rule.SIGNATURE_MISSING), a::toString);
    assertTrue(a.has(entry, Rule.REFUSAL_MISMATCH), a::toString);
    assertFalse(a.isClean());
    JournalException open = assertThrows(JournalException.class, () -> VillageBook.open(unsigned).close());
    assertTrue(open.getMessage().contains("cannot be attributed"), open::getMessage);

    // a signature by another key, the rules left as they were
    bodies = Forger.bodies(f);
    Operation op = SignedOperation.fromJson(refusalAsEvent(bodies.get(entry)), OperationCodec.create()).operation();
    ((ObjectNode) bodies.get(entry).get("refused")).set("sig",
        SignedOperation.signed(op, OperationSignature.sign(new VillageBook.Header(VILLAGE, 2025, 2025, VILLAGE.zone(), true, true), op, SigningKey.generate()))
            .toJson().get("sig"));
    AuditReport other = JournalAudit.audit(Forger.write(dir.resolve("other-key.jsonl"), bodies));
    assertTrue(other.has(entry, Rule.SIGNATURE_INVALID) && other.has(entry, Rule.REFUSAL_MISMATCH), other::toString);
  }

  @Test
  void aRefusalWithOtherRulesThanTheBookFindsIsAMismatch() throws Exception {
    Path f = dir.resolve("book.jsonl");
    int entry = withOneRefusal(f);
    List<ObjectNode> bodies = Forger.bodies(f);
    ArrayNode rules = ((ObjectNode) bodies.get(entry).get("refused")).putArray("rules");
    rules.add(Rule.ITEM_OVERSPENT.code());
    Path forged = Forger.write(dir.resolve("forged.jsonl"), bodies);
    AuditReport a = JournalAudit.audit(forged);
    assertEquals(List.of(Rule.REFUSAL_MISMATCH), a.errors().stream().map(x -> x.rule()).toList(), a::toString);
    assertEquals(entry, a.errors().get(0).sequence());
    assertThrows(JournalException.class, () -> VillageBook.open(forged).close());
  }

  @Test
  void aRefusalOfWhatTheBookWouldAcceptIsAMismatch() throws Exception {
    Path f = dir.resolve("book.jsonl");
    int entry = withOneRefusal(f);
    // the Kepala Desa's proper approval, recorded as "refused": he did sign it, the book would accept it
    List<ObjectNode> bodies = Forger.bodies(f);
    Operation at = SignedOperation.fromJson(refusalAsEvent(bodies.get(entry)), OperationCodec.create()).operation();
    ApproveSpp proper = new ApproveSpp(OperationId.of("forged-1"), KD, at.at(), spp);
    VillageBook.Header h = new VillageBook.Header(VILLAGE, 2025, 2025, VILLAGE.zone(), true, true);
    ObjectNode refused = SignedOperation.signed(proper, OperationSignature.sign(h, proper, KEYS.get(KD.id()))).toJson();
    refused.putArray("rules").add(Rule.SEGREGATION_OF_DUTIES.code());
    bodies.get(entry).set("refused", refused);
    Path forged = Forger.write(dir.resolve("forged.jsonl"), bodies);
    AuditReport a = JournalAudit.audit(forged);
    assertTrue(a.has(entry, Rule.REFUSAL_MISMATCH), a::toString);
    assertTrue(a.at(entry).get(0).finding().message().contains("would accept it"), a::toString);
    JournalException open = assertThrows(JournalException.class, () -> VillageBook.open(forged).close());
    assertTrue(open.getMessage().contains("would accept it"), open::getMessage);
  }

  @Test
  void aRefusalInABookThatDoesNotDeclareThemIsUnreadable() throws Exception {
    Path f = dir.resolve("book.jsonl");
    int entry = withOneRefusal(f);
    List<ObjectNode> bodies = Forger.bodies(f);
    bodies.get(0).put("content", VillageBook.CONTENT); // the header of a book that keeps no refusals
    // re-sign nothing: the signatures name the original header, which the audit reports at entry 0 anyway
    Path forged = Forger.write(dir.resolve("forged.jsonl"), bodies);
    AuditReport a = JournalAudit.audit(forged);
    assertTrue(a.has(entry, Rule.FORMAT), a::toString);
    assertThrows(JournalException.class, () -> VillageBook.open(forged).close());
  }

  @Test
  void aMalformedRefusalIsUnreadableNamingItsPath() throws Exception {
    Path f = dir.resolve("book.jsonl");
    int entry = withOneRefusal(f);
    List<ObjectNode> bodies = Forger.bodies(f);
    ((ObjectNode) bodies.get(entry).get("refused")).putArray("rules"); // empty
    AuditReport a = JournalAudit.audit(Forger.write(dir.resolve("empty-rules.jsonl"), bodies));
    assertTrue(a.has(entry, Rule.FORMAT), a::toString);
    assertEquals("$.refused.rules", a.at(entry).get(0).finding().path(), a::toString);

    bodies = Forger.bodies(f);
    ((ObjectNode) bodies.get(entry).get("refused").get("op")).put("spp", 7);
    AuditReport b = JournalAudit.audit(Forger.write(dir.resolve("bad-op.jsonl"), bodies));
    assertTrue(b.at(entry).get(0).finding().path().startsWith("$.refused.op"), b::toString);
  }

  /** The attempted event of a refusal's body, as an event body. */
  private static ObjectNode refusalAsEvent(ObjectNode body) {
    ObjectNode e = ((ObjectNode) body.get("refused")).deepCopy();
    e.remove("rules");
    return e;
  }
}
