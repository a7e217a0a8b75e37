package id.smartkampung.core.audit;

import static id.smartkampung.core.journal.YearScenario.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.journal.Forger;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.journal.OperationSignature;
import id.smartkampung.core.journal.SignedOperation;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.journal.YearScenario;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.SigningKey;
import id.smartkampung.core.rule.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline audit: an honest year is clean; journals forged with a valid hash chain — an
 * overspending SPP, a self-approval, cash spent that never arrived, an unsigned or altered approval
 * — are each reported with the right rule at the right entry; bad files are unreadable or reported.
 */
class JournalAuditTest {
  @TempDir static Path shared;
  static Path honest;
  @TempDir Path dir;

  @BeforeAll
  static void writeTheYear() throws Exception {
    honest = shared.resolve("sumberagung-2025.jsonl");
    YearScenario.write(honest);
  }

  private AuditReport forged(List<ObjectNode> bodies) throws Exception {
    return JournalAudit.audit(Forger.write(dir.resolve("forged.jsonl"), bodies));
  }

  /** An event as a colluding insider would write it: signed with the actor's own key. */
  private static ObjectNode signed(Operation op) {
    return SignedOperation.signed(op, OperationSignature.sign(new VillageBook.Header(VILLAGE, 2025, 2025), op, KEYS.get(op.actor().id()))).toJson();
  }

  private static Instant at(List<ObjectNode> bodies, int seq) {
    return Instant.parse(Forger.op(bodies, seq).get("at").asText());
  }

  @Test
  void anHonestYearIsClean() throws Exception {
    AuditReport r = JournalAudit.audit(honest);
    assertEquals(List.of(), r.findings(), r::toString);
    assertTrue(r.isClean());
    assertEquals(Files.readAllLines(honest).size() - 1, r.entries());
    assertEquals(5, r.registeredKeys().size());
    assertEquals(KEYS.get(KD.id()).publicKey().base64(), r.registeredKeys().get(KD.id()));
    assertEquals(VILLAGE, r.village());
    try (VillageBook book = VillageBook.open(honest)) {
      assertEquals(book.anchor(), r.last());
      assertTrue(JournalAudit.audit(honest, book.anchor()).isClean());
    }
    assertTrue(r.toString().contains("clean"), r::toString);
  }

  @Test
  void anOverspendingSppSignedByInsidersIsReportedAtItsEntry() throws Exception {
    List<ObjectNode> b = Forger.bodies(honest);
    int after = Forger.find(b, "deposit-tax", null); // the road has 200 M of 350 M left
    Instant t = at(b, after).plusSeconds(60);
    SubmitSpp submit = new SubmitSpp(OperationId.of("forged-1"), PKA_PU, t, SppType.LS, JALAN, Idr.of(250_000_000L), "CV Fiktif", "rabat beton");
    b.add(after + 1, signed(submit));
    b.add(after + 2, signed(new VerifySpp(OperationId.of("forged-2"), SEKDES, t.plusSeconds(1), submit.id())));
    b.add(after + 3, signed(new ApproveSpp(OperationId.of("forged-3"), KD, t.plusSeconds(2), submit.id())));
    b.add(after + 4, signed(new PaySpp(OperationId.of("forged-4"), KAUR, t.plusSeconds(3), submit.id(), ImmutableSortedSet.of(), "trf")));
    AuditReport r = forged(b);
    assertFalse(r.isClean());
    assertTrue(r.has(after + 1, Rule.ITEM_OVERSPENT), r::toString);
    assertEquals(after + 1, r.errors().get(0).sequence(), r::toString);
    assertTrue(r.errors().stream().noneMatch(f -> f.rule() == Rule.SIGNATURE_INVALID || f.rule() == Rule.SIGNATURE_MISSING), r::toString);
  }

  @Test
  void aSelfApprovedSppIsReportedAtTheApproval() throws Exception {
    List<ObjectNode> b = Forger.bodies(honest);
    int approve = Forger.find(b, "approve-spp", null);
    int submit = Forger.find(b, "submit-spp", Forger.op(b, approve).get("spp").asText());
    ApproveSpp self = new ApproveSpp(OperationId.of(Forger.op(b, approve).get("id").asText()), PKA_UMUM, at(b, approve),
        OperationId.of(Forger.op(b, submit).get("id").asText()));
    b.set(approve, signed(self));
    AuditReport r = forged(b);
    assertTrue(r.has(approve, Rule.SEGREGATION_OF_DUTIES), r::toString);
    assertEquals(approve, r.errors().get(0).sequence(), r::toString);
  }

  @Test
  void cashThatNeverArrivedIsReportedAtThePaymentThatSpendsIt() throws Exception {
    List<ObjectNode> b = Forger.bodies(honest);
    int add = -1;
    for (int i = 1; i < b.size(); i++) {
      if (b.get(i).path("type").asText().equals("receive-revenue") && Forger.op(b, i).get("fundSource").asText().equals("ADD")) {
        add = i;
      }
    }
    b.remove(add); // the ADD transfer was never received
    int firstAddPayment = Forger.find(b, "pay-spp", null); // the January siltap, paid from ADD
    AuditReport r = forged(b);
    assertTrue(r.has(firstAddPayment, Rule.CASH_NEGATIVE), r::toString);
    assertEquals(firstAddPayment, r.errors().get(0).sequence(), r::toString);
  }

  @Test
  void anUnsignedApprovalIsReportedAtItsEntry() throws Exception {
    List<ObjectNode> b = Forger.bodies(honest);
    int approve = Forger.find(b, "approve-spp", null);
    b.get(approve).remove("sig");
    AuditReport r = forged(b);
    assertEquals(List.of((long) approve), r.errors().stream().map(AuditFinding::sequence).distinct().toList(), r::toString);
    assertTrue(r.has(approve, Rule.SIGNATURE_MISSING), r::toString);
  }

  @Test
  void anOperationAlteredAfterSigningOrSignedByAnotherKeyOrPersonIsReported() throws Exception {
    List<ObjectNode> b = Forger.bodies(honest);
    int submit = Forger.find(b, "submit-spp", null);
    Forger.op(b, submit).put("amount", "2600000.00");
    int pay = Forger.find(b, "pay-spp", null);
    ((ObjectNode) b.get(pay).get("sig")).put("value", SigningKey.generate().sign(new byte[] {1}));
    int verify = Forger.find(b, "verify-spp", null);
    ((ObjectNode) b.get(verify).get("sig")).put("by", KD.id());
    AuditReport r = forged(b);
    assertTrue(r.has(submit, Rule.SIGNATURE_INVALID), r::toString);
    assertTrue(r.has(pay, Rule.SIGNATURE_INVALID), r::toString);
    assertTrue(r.has(verify, Rule.SIGNATURE_INVALID), r::toString);
    assertTrue(r.at(verify).get(0).finding().message().contains("signed by 'kd-1'"), r::toString);
  }

  @Test
  void anUnknownEventIsReportedAtItsEntryAndTheRestIsStillAudited() throws Exception {
    List<ObjectNode> b = Forger.bodies(honest);
    b.get(3).put("type", "pay-bribe");
    AuditReport r = forged(b);
    assertTrue(r.has(3, Rule.FORMAT), r::toString);
    assertTrue(r.at(3).get(0).finding().message().contains("pay-bribe"), r::toString);
    assertTrue(r.errors().size() > 1, "what depended on the unreadable registration is reported too: " + r);
  }

  @Test
  void aJournalChangedOrCutInTheMiddleIsReportedAtTheBreak() throws Exception {
    List<String> lines = Files.readAllLines(honest);
    lines.remove(20);
    AuditReport r = JournalAudit.audit(Files.write(dir.resolve("cut.jsonl"), lines));
    assertEquals(1, r.findings().size(), r::toString);
    assertTrue(r.has(20, Rule.HISTORY_ALTERED), r::toString);
    assertEquals(19, r.entries());

    lines = Files.readAllLines(honest);
    int enact = 0;
    while (!lines.get(enact).contains("Perdes 1/2024")) {
      enact++;
    }
    lines.set(enact, lines.get(enact).replace("Perdes 1/2024", "Perdes 9/2024"));
    AuditReport changed = JournalAudit.audit(Files.write(dir.resolve("changed.jsonl"), lines));
    assertEquals(1, changed.findings().size(), changed::toString);
    assertTrue(changed.has(enact, Rule.HISTORY_ALTERED), changed::toString);
  }

  @Test
  void aRemovedTailIsCaughtByTheAnchor() throws Exception {
    Journal.Anchor anchor = JournalAudit.audit(honest).last();
    List<String> lines = Files.readAllLines(honest);
    Path cut = Files.write(dir.resolve("tail.jsonl"), lines.subList(0, lines.size() - 2));
    assertTrue(JournalAudit.audit(cut).isClean(), "without an anchor a shorter chain is valid");
    AuditReport r = JournalAudit.audit(cut, anchor);
    assertTrue(r.has(anchor.sequence() - 1, Rule.HISTORY_ALTERED), r::toString);
  }

  @Test
  void filesThatAreNotAVillagesJournalCannotBeAudited() throws Exception {
    assertThrows(JournalException.class, () -> JournalAudit.audit(Files.createFile(dir.resolve("empty.jsonl"))));
    assertThrows(JournalException.class, () -> JournalAudit.audit(Files.writeString(dir.resolve("text.jsonl"), "not json\n")));
    List<ObjectNode> b = Forger.bodies(honest);
    b.get(0).put("content", "smartkampung.ledger/9");
    JournalException e = assertThrows(JournalException.class, () -> forged(b));
    assertEquals(0, e.sequence().getAsLong());
  }
}
