package id.smartkampung.core.journal;

import static id.smartkampung.core.journal.YearScenario.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.RuleViolationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link VillageBook#applyAll}: a batch of operations with one write and one force of the journal (issue 17). */
class BatchApplyTest {
  @TempDir Path dir;

  /** {@code n} whole SPP cycles (submit, verify, approve, pay) of Rp1.000 on the road item, after {@code after}. */
  static List<Operation> cycles(String prefix, int n, Instant after) {
    List<Operation> ops = new ArrayList<>();
    Instant t = after;
    for (int i = 1; i <= n; i++) {
      OperationId spp = OperationId.of(prefix + "-spp-" + i);
      ops.add(new SubmitSpp(spp, PKA_PU, t = t.plusSeconds(60), SppType.LS, JALAN, Idr.of(1_000L), "CV Maju", "upah"));
      ops.add(new VerifySpp(OperationId.of(prefix + "-v-" + i), SEKDES, t = t.plusSeconds(60), spp));
      ops.add(new ApproveSpp(OperationId.of(prefix + "-a-" + i), KD, t = t.plusSeconds(60), spp));
      ops.add(new PaySpp(OperationId.of(prefix + "-p-" + i), KAUR, t = t.plusSeconds(60), spp, ImmutableSortedSet.of(), "trf"));
    }
    return ops;
  }

  /** An unsigned book of the year scenario's village, set up to the first receipt (officials without keys). */
  private VillageBook unsignedBook(Path file) throws Exception {
    VillageBook book = VillageBook.create(file, VILLAGE, 2025);
    for (Operation op : CrashSetup.setup()) {
      book.applyOrThrow(op);
    }
    return book;
  }

  @Test
  void aBatchIsWrittenWithOneForceAndReplaysAsPostedOneByOne() throws Exception {
    Path one = dir.resolve("one.jsonl");
    Path batched = dir.resolve("batched.jsonl");
    List<Operation> ops = cycles("x", 50, CrashSetup.OPENING);
    try (VillageBook a = unsignedBook(one); VillageBook b = unsignedBook(batched)) {
      for (Operation op : ops) {
        a.applyOrThrow(op);
      }
      long before = b.forces();
      BatchOutcome outcome = b.applyAllUnsigned(ops);
      assertTrue(outcome.isComplete(), outcome::toString);
      assertEquals(200, outcome.acknowledged());
      assertEquals(1, b.forces() - before, "200 operations, one force");
      assertEquals(a.anchor(), b.anchor());
    }
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(batched), "the same journal, byte for byte");
    try (VillageBook again = VillageBook.open(batched)) {
      assertEquals(CrashSetup.setup().size() + 200, again.ledger().size());
    }
  }

  @Test
  void aRejectionStopsTheBatchAndWhatCameBeforeItIsOnDisk() throws Exception {
    Path file = dir.resolve("book.jsonl");
    List<Operation> ops = new ArrayList<>(cycles("x", 3, CrashSetup.OPENING));
    // the Kepala Desa verifying an SPP: a step of the Sekdes (I7.wrong-role)
    ops.set(5, new VerifySpp(OperationId.of("x-v-2"), KD, ops.get(5).at(), OperationId.of("x-spp-2")));
    Journal.Anchor anchor;
    try (VillageBook book = unsignedBook(file)) {
      long before = book.ledger().size();
      BatchOutcome outcome = book.applyAllUnsigned(ops);
      assertFalse(outcome.isComplete());
      assertEquals(6, outcome.outcomes().size(), "posting stops at the rejected sixth operation");
      assertEquals(5, outcome.acknowledged());
      assertTrue(outcome.rejection().orElseThrow().has(Rule.WRONG_ROLE), outcome::toString);
      assertThrows(RuleViolationException.class, outcome::orThrow);
      assertEquals(before + 5, book.ledger().size());
      anchor = book.anchor();
      assertEquals(before + 5, anchor.sequence(), "the anchor counts what is on disk");
    }
    try (VillageBook again = VillageBook.open(file)) {
      assertEquals(anchor, again.anchor());
      assertTrue(again.ledger().operation(OperationId.of("x-spp-2")).isPresent());
      assertTrue(again.ledger().operation(OperationId.of("x-v-2")).isEmpty());
    }
  }

  @Test
  void postingABatchAgainAddsNothing() throws Exception {
    Path file = dir.resolve("book.jsonl");
    List<Operation> ops = cycles("x", 5, CrashSetup.OPENING);
    try (VillageBook book = unsignedBook(file)) {
      assertTrue(book.applyAllUnsigned(ops).isComplete());
      long size = Files.size(file);
      BatchOutcome again = book.applyAllUnsigned(ops);
      assertTrue(again.isComplete());
      assertTrue(again.outcomes().stream().allMatch(o -> o.status() == Outcome.Status.DUPLICATE), again::toString);
      assertEquals(size, Files.size(file), "duplicates write nothing (I8)");
    }
  }

  @Test
  void anEmptyBatchIsComplete() throws Exception {
    try (VillageBook book = unsignedBook(dir.resolve("book.jsonl"))) {
      long before = book.forces();
      BatchOutcome outcome = book.applyAllUnsigned(List.of());
      assertTrue(outcome.isComplete());
      assertEquals(0, outcome.acknowledged());
      assertEquals(before, book.forces(), "nothing to force");
    }
  }
}
