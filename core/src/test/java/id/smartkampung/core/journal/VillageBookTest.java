package id.smartkampung.core.journal;

import static id.smartkampung.core.journal.YearScenario.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.LedgerSnapshot;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.official.SigningKey;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The village's book: a year posted and replayed, signatures on posting and on opening, bad and forged files. */
class VillageBookTest {
  static final PolicyPack POLICY = PolicyPack.forYear(2025);
  @TempDir static Path shared;
  static Path honest;
  @TempDir Path dir;

  @BeforeAll
  static void writeTheYear() throws Exception {
    honest = shared.resolve("sumberagung-2025.jsonl");
    YearScenario.write(honest);
  }

  private Path copy() throws Exception {
    Path f = dir.resolve("copy.jsonl");
    Files.copy(honest, f);
    return f;
  }

  private static JournalException refusedOnOpen(Path file) {
    return assertThrows(JournalException.class, () -> VillageBook.open(file).close());
  }

  @Test
  void aYearReplaysToTheSameLedger() throws Exception {
    Path f = dir.resolve("year.jsonl");
    YearScenario s = YearScenario.start(f);
    s.runYear();
    VillageBook live = s.book();
    LedgerSnapshot snapshot = live.ledger().snapshot();
    List<Operation> history = live.ledger().history();
    Journal.Anchor anchor = live.anchor();
    assertEquals(history.size(), anchor.sequence());
    var bku = live.ledger().bku();
    var lra = live.ledger().yearEnd();
    live.close();

    try (VillageBook again = VillageBook.open(f)) {
      assertEquals(snapshot, again.ledger().snapshot());
      assertEquals(history, again.ledger().history());
      assertEquals(bku, again.ledger().bku());
      assertEquals(lra, again.ledger().yearEnd());
      assertEquals(anchor, again.anchor());
      assertEquals(List.of(), again.ledger().recheck());
      assertTrue(again.recoveredTail().isEmpty());
      assertEquals(new VillageBook.Header(VILLAGE, 2025, 2025), again.header());
      assertTrue(again.ledger().isClosed());
    }
    try (VillageBook trusted = VillageBook.open(f, POLICY, anchor)) {
      assertEquals(snapshot, trusted.ledger().snapshot());
    }
  }

  @Nested
  class SignaturesOnPosting {
    OperationId spp;

    /** A fresh book up to a verified SPP waiting for the Kepala Desa's approval. */
    YearScenario waitingForApproval() throws Exception {
      YearScenario y = YearScenario.start(dir.resolve("approval.jsonl"));
      y.ok(new id.smartkampung.core.ledger.Operation.RegisterOfficial(y.id(), KD, y.tick(), KD, ImmutableSortedSet.of(), KEYS.get(KD.id()).publicKey().base64()));
      for (var o : List.of(SEKDES, KAUR, PKA_PU)) {
        y.ok(new id.smartkampung.core.ledger.Operation.RegisterOfficial(y.id(), KD, y.tick(), o,
            o == PKA_PU ? ImmutableSortedSet.of(JALAN.kegiatan()) : ImmutableSortedSet.of(), KEYS.get(o.id()).publicKey().base64()));
      }
      y.ok(new id.smartkampung.core.ledger.Operation.DraftBudget(y.id(), SEKDES, y.tick(), BUDGET, "RAPBDes"));
      y.ok(new id.smartkampung.core.ledger.Operation.AgreeBudget(y.id(), KD, y.tick(), "BA"));
      y.ok(new id.smartkampung.core.ledger.Operation.EvaluateBudget(y.id(), EVALUATOR, y.tick(), "evaluasi"));
      y.ok(new id.smartkampung.core.ledger.Operation.EnactBudget(y.id(), KD, y.tick(), "Perdes"));
      y.on(LocalDate.of(2025, 2, 3));
      spp = y.ok(y.submit(PKA_PU, SppType.LS, JALAN, 10_000_000L));
      y.ok(new VerifySpp(y.id(), SEKDES, y.tick(), spp));
      return y;
    }

    private void refused(YearScenario y, Outcome o, Rule rule) {
      assertTrue(o.isRejected() && o.has(rule), o::toString);
      assertEquals(Optional.of(id.smartkampung.core.ledger.SppStatus.VERIFIED), y.book().ledger().sppStatus(spp));
    }

    @Test
    void theRightOfficialsSignaturePasses() throws Exception {
      YearScenario y = waitingForApproval();
      long before = y.book().anchor().sequence();
      assertTrue(y.book().apply(new ApproveSpp(y.id(), KD, y.tick(), spp), KEYS.get(KD.id())).isAccepted());
      assertEquals(before + 1, y.book().anchor().sequence());
      y.book().close();
    }

    @Test
    void anUnsignedApprovalByAnOfficialWithAKeyIsRefused() throws Exception {
      YearScenario y = waitingForApproval();
      long before = y.book().anchor().sequence();
      refused(y, y.book().apply(new ApproveSpp(y.id(), KD, y.tick(), spp)), Rule.SIGNATURE_MISSING);
      assertEquals(before, y.book().anchor().sequence(), "nothing written");
      RuleViolationException direct = assertThrows(RuleViolationException.class, () -> y.book().ledger().apply(new ApproveSpp(y.id(), KD, y.tick(), spp)));
      assertEquals(Rule.SIGNATURE_MISSING, direct.findings().get(0).rule());
      assertEquals(before, y.book().anchor().sequence());
      y.book().close();
    }

    @Test
    void aWrongKeyAWrongSignerAndATamperedOperationAreRefused() throws Exception {
      YearScenario y = waitingForApproval();
      ApproveSpp approve = new ApproveSpp(y.id(), KD, y.tick(), spp);
      refused(y, y.book().apply(approve, SigningKey.generate()), Rule.SIGNATURE_INVALID);
      OperationSignature bySekdes = OperationSignature.sign(VILLAGE, 2025, new ApproveSpp(approve.id(), SEKDES, approve.at(), spp), KEYS.get(SEKDES.id()));
      refused(y, y.book().apply(approve, bySekdes), Rule.SIGNATURE_INVALID);
      OperationSignature forOther = OperationSignature.sign(VILLAGE, 2025, new ApproveSpp(approve.id(), KD, approve.at(), OperationId.of("other")), KEYS.get(KD.id()));
      refused(y, y.book().apply(approve, forOther), Rule.SIGNATURE_INVALID);
      Village elsewhere = Village.of("35.10.16.2003", "Kemiren", "Glagah", "Banyuwangi");
      refused(y, y.book().apply(approve, OperationSignature.sign(elsewhere, 2025, approve, KEYS.get(KD.id()))), Rule.SIGNATURE_INVALID);
      refused(y, y.book().apply(approve, OperationSignature.sign(VILLAGE, 2024, approve, KEYS.get(KD.id()))), Rule.SIGNATURE_INVALID);
      // the first format's signature, which does not cover the book's header, is refused in a book of the current format
      refused(y, y.book().apply(approve, OperationSignature.sign(VILLAGE, 2025, approve, KEYS.get(KD.id()))), Rule.SIGNATURE_INVALID);
      VillageBook.Header other = new VillageBook.Header(VILLAGE, 2025, 2025, false);
      refused(y, y.book().apply(approve, OperationSignature.sign(other, approve, KEYS.get(KD.id()))), Rule.SIGNATURE_INVALID);
      assertTrue(y.book().apply(approve, OperationSignature.sign(y.book().header(), approve, KEYS.get(KD.id()))).isAccepted());
      y.book().close();
    }

    @Test
    void aSignatureByAnOfficialWithoutAKeyIsRefused() throws Exception {
      YearScenario y = waitingForApproval();
      y.ok(new id.smartkampung.core.ledger.Operation.RegisterOfficial(y.id(), KD, y.tick(), PKA_UMUM, ImmutableSortedSet.of(ATK.kegiatan()), null));
      SubmitSpp submit = y.submit(PKA_UMUM, SppType.LS, ATK, 1_000_000L);
      Outcome o = y.book().apply(submit, SigningKey.generate());
      assertTrue(o.has(Rule.SIGNATURE_INVALID), o::toString);
      assertTrue(o.findings().get(0).message().contains("no registered key"), o::toString);
      assertTrue(y.book().apply(submit).isAccepted(), "unsigned is fine for an official without a key");
      y.book().close();
    }
  }

  @Nested
  class ForgedFiles {
    @Test
    void anApprovalStrippedOfItsSignatureIsRefusedNamingTheEntry() throws Exception {
      List<ObjectNode> b = Forger.bodies(honest);
      int at = Forger.find(b, "approve-spp", null);
      b.get(at).remove("sig");
      JournalException e = refusedOnOpen(Forger.write(dir.resolve("forged.jsonl"), b));
      assertEquals(at, e.sequence().getAsLong(), e::getMessage);
      assertTrue(e.getMessage().contains("I7.signature-missing"), e::getMessage);
    }

    @Test
    void anOperationChangedAfterSigningIsRefusedNamingTheEntry() throws Exception {
      List<ObjectNode> b = Forger.bodies(honest);
      int at = Forger.find(b, "submit-spp", null);
      Forger.op(b, at).put("amount", "2600000.00");
      JournalException e = refusedOnOpen(Forger.write(dir.resolve("forged.jsonl"), b));
      assertEquals(at, e.sequence().getAsLong());
      assertTrue(e.getMessage().contains("I7.signature-invalid"), e::getMessage);
    }

    @Test
    void anUnknownEventTypeIsRefusedNamingTheEntryAndPath() throws Exception {
      List<ObjectNode> b = Forger.bodies(honest);
      b.get(12).put("type", "pay-bribe");
      JournalException e = refusedOnOpen(Forger.write(dir.resolve("forged.jsonl"), b));
      assertEquals(12, e.sequence().getAsLong());
      assertTrue(e.getMessage().contains("not a treasury event") && e.getMessage().contains("pay-bribe"), e::getMessage);
    }

    @Test
    void anEventOfAnotherVillagesJournalIsRefused() throws Exception {
      Path other = dir.resolve("other.jsonl");
      Village kemiren = Village.of("35.10.16.2003", "Kemiren", "Glagah", "Banyuwangi");
      try (VillageBook book = VillageBook.create(other, kemiren, 2025)) {
        book.apply(new id.smartkampung.core.ledger.Operation.RegisterOfficial(OperationId.of("k-1"), KD, java.time.Instant.parse("2024-10-01T01:00:00Z"), KD,
            ImmutableSortedSet.of(), KEYS.get(KD.id()).publicKey().base64()), KEYS.get(KD.id()));
      }
      List<ObjectNode> theirs = Forger.bodies(other);
      List<ObjectNode> b = Forger.bodies(honest);
      b.set(1, theirs.get(1));
      JournalException e = refusedOnOpen(Forger.write(dir.resolve("forged.jsonl"), b));
      assertEquals(1, e.sequence().getAsLong());
      assertTrue(e.getMessage().contains("signature-invalid"), e::getMessage);
      // copied without re-hashing, the chain itself refuses it
      List<String> lines = Files.readAllLines(honest);
      lines.set(1, Files.readAllLines(other).get(1));
      Path spliced = Files.write(dir.resolve("spliced.jsonl"), lines);
      assertEquals(1, refusedOnOpen(spliced).sequence().getAsLong());
    }
  }

  @Nested
  class BadFiles {
    @Test
    void emptyNotJsonWrongVersionAndMissingAreRefused() throws Exception {
      assertTrue(refusedOnOpen(Files.createFile(dir.resolve("empty.jsonl"))).getMessage().contains("empty"));
      assertTrue(refusedOnOpen(Files.writeString(dir.resolve("text.jsonl"), "Buku Kas Umum Desa Sumberagung\n")).getMessage().contains("not a smartkampung journal"));
      assertTrue(refusedOnOpen(dir.resolve("missing.jsonl")).getMessage().contains("no such file"));
      List<ObjectNode> b = Forger.bodies(honest);
      b.get(0).put("content", "smartkampung.ledger/9");
      JournalException content = refusedOnOpen(Forger.write(dir.resolve("v9.jsonl"), b));
      assertEquals(0, content.sequence().getAsLong());
      assertTrue(content.getMessage().contains("smartkampung.ledger/9"), content::getMessage);
      b = Forger.bodies(honest);
      b.get(0).put("format", "smartkampung.journal/2");
      assertTrue(refusedOnOpen(Forger.write(dir.resolve("j2.jsonl"), b)).getMessage().contains("smartkampung.journal/2"));
      Path plainJournal = dir.resolve("plain.jsonl");
      Journal.create(plainJournal, Journal.MAPPER.createObjectNode()).close();
      assertTrue(refusedOnOpen(plainJournal).getMessage().contains("not a village's book"));
    }

    @Test
    void aJournalTruncatedInTheMiddleIsRefusedAtTheFirstBrokenEntry() throws Exception {
      List<String> lines = Files.readAllLines(honest);
      lines.remove(20);
      JournalException e = refusedOnOpen(Files.write(dir.resolve("cut.jsonl"), lines));
      assertEquals(20, e.sequence().getAsLong(), e::getMessage);
    }

    @Test
    void aTornLastLineIsCutAndReportedAndEverythingBeforeIsLoaded() throws Exception {
      Path f = copy();
      long entries = Files.readAllLines(f).size() - 1;
      Files.writeString(f, "{\"seq\":" + (entries + 1) + ",\"prev\":\"ab", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      try (VillageBook book = VillageBook.open(f)) {
        assertTrue(book.recoveredTail().isPresent());
        assertEquals(entries + 2, book.recoveredTail().get().line());
        assertEquals(entries, book.ledger().size());
      }
      try (VillageBook book = VillageBook.open(f)) {
        assertTrue(book.recoveredTail().isEmpty());
      }
    }

    @Test
    void aTrustedAnchorThatNoLongerMatchesIsRefused() throws Exception {
      Path f = copy();
      Journal.Anchor real;
      try (VillageBook book = VillageBook.open(f)) {
        real = book.anchor();
      }
      JournalException other = assertThrows(JournalException.class,
          () -> VillageBook.open(f, POLICY, new Journal.Anchor(real.sequence() - 1, real.hash())).close());
      assertEquals(real.sequence() - 1, other.sequence().getAsLong());
      JournalException beyond = assertThrows(JournalException.class,
          () -> VillageBook.open(f, POLICY, new Journal.Anchor(real.sequence() + 5, real.hash())).close());
      assertTrue(beyond.getMessage().contains("missing"), beyond::getMessage);
      assertThrows(JournalException.class, () -> VillageBook.open(f, PolicyPack.forYear(2024)).close());
    }
  }

  @Test
  void aDuplicateRetryIsNotWrittenTwice() throws Exception {
    YearScenario y = YearScenario.start(dir.resolve("retry.jsonl"));
    var reg = new id.smartkampung.core.ledger.Operation.RegisterOfficial(y.id(), KD, y.tick(), KD, ImmutableSortedSet.of(), KEYS.get(KD.id()).publicKey().base64());
    assertTrue(y.post(reg).isAccepted());
    assertEquals(Outcome.Status.DUPLICATE, y.post(reg).status());
    assertEquals(1, y.book().anchor().sequence());
    y.book().close();
  }
}
