package id.smartkampung.core.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw entries ({@link Journal#forEachRaw}) against the general reading ({@link Journal#forEach}):
 * lines that the writer never produces but whose hash is right — another layout, a body that is not
 * valid JSON, text after the body — are judged exactly as before, and the raw entry's hashes and
 * body are those of the tree reading.
 */
class RawEntryTest {
  @TempDir Path dir;

  /** A journal of {@code n} test entries, then {@code last} appended as the last line, hashed correctly. */
  private Path journalEndingWith(int n, String lastPrefixWithoutBody, String lastBody) throws Exception {
    Path f = JournalTest.journalWith(dir.resolve("j.jsonl"), n);
    String prev = Journal.read(f).last().hash();
    String prefix = lastPrefixWithoutBody.replace("PREV", prev) + lastBody;
    byte[] p = prefix.getBytes(UTF_8);
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(p));
    Files.write(f, (prefix + ",\"hash\":\"" + hash + "\"}\n").getBytes(UTF_8), StandardOpenOption.APPEND);
    return f;
  }

  private static List<JournalEntry> raw(Path f) throws Exception {
    List<JournalEntry> out = new ArrayList<>();
    Journal.forEachRaw(f, e -> out.add(e.toEntry()));
    return out;
  }

  @Test
  void rawEntriesAreTheEntriesOfTheGeneralReading() throws Exception {
    Path f = JournalTest.journalWith(dir.resolve("j.jsonl"), 5);
    List<JournalEntry> general = new ArrayList<>();
    Journal.forEach(f, general::add);
    assertEquals(general, raw(f));
  }

  @Test
  void aLineInAnotherLayoutWithItsRightHashIsReadAsBefore() throws Exception {
    Path f = journalEndingWith(2, "{ \"seq\": 3, \"prev\": \"PREV\", \"body\": ", "{\"type\": \"test\", \"n\": 3}");
    List<JournalEntry> general = new ArrayList<>();
    Journal.forEach(f, general::add);
    assertEquals(4, general.size());
    assertEquals(general, raw(f));
  }

  @Test
  void aBodyThatIsNotJsonIsRefusedAsBefore() throws Exception {
    Path f = journalEndingWith(2, "{\"seq\":3,\"prev\":\"PREV\",\"body\":", "{\"type\":\"test\",\"n\":}");
    JournalException general = assertThrows(JournalException.class, () -> Journal.forEach(f, e -> {}));
    assertTrue(general.getMessage().contains("not valid JSON"), general.getMessage());
    JournalException tokens = assertThrows(JournalException.class, () -> Journal.forEachRaw(f, e -> {
      if (e.sequence() == 3) {
        SignedOperation.fromJson(e, OperationCodec.create());
      }
    }));
    assertEquals(general.getMessage(), tokens.getMessage());
    assertEquals(4, tokens.line());
  }

  @Test
  void textAfterTheBodyIsRefusedAsBefore() throws Exception {
    Path f = journalEndingWith(2, "{\"seq\":3,\"prev\":\"PREV\",\"body\":", "{\"type\":\"test\"},\"extra\":1");
    JournalException general = assertThrows(JournalException.class, () -> Journal.forEach(f, e -> {}));
    assertTrue(general.getMessage().contains("not a journal entry"), general.getMessage());
    JournalException tokens = assertThrows(JournalException.class, () -> Journal.forEachRaw(f, e -> {
      if (e.sequence() == 3) {
        SignedOperation.fromJson(e, OperationCodec.create());
      }
    }));
    assertEquals(general.getMessage(), tokens.getMessage());
  }

  @Test
  void aRepeatedFieldIsRefusedAsBudgetFilesRefuseIt() throws Exception {
    // regression (issue 11): the journal kept the last of a repeated field where budget files refused it;
    // now one strict layer refuses it everywhere, with the same error through the tree and the tokens
    Path top = journalEndingWith(2, "{\"seq\":3,\"prev\":\"PREV\",\"body\":", "{\"type\":\"first\"},\"body\":{\"type\":\"second\"}");
    JournalException general = assertThrows(JournalException.class, () -> Journal.forEach(top, e -> {}));
    assertTrue(general.getMessage().contains("Duplicate field 'body'"), general.getMessage());
    JournalException tokens = assertThrows(JournalException.class, () -> Journal.forEachRaw(top, e -> {
      if (e.sequence() == 3) {
        SignedOperation.fromJson(e, OperationCodec.create());
      }
    }));
    assertEquals(general.getMessage(), tokens.getMessage());
  }

  @Test
  void aRepeatedFieldInsideABodyIsRefusedTheSameWayThroughTreeAndTokens() throws Exception {
    Path inner = journalEndingWith(2, "{\"seq\":3,\"prev\":\"PREV\",\"body\":", "{\"type\":\"close-year\",\"type\":\"close-year\"}");
    JournalException innerTree = assertThrows(JournalException.class, () -> Journal.forEach(inner, e -> {}));
    assertTrue(innerTree.getMessage().contains("Duplicate field 'type'"), innerTree.getMessage());
    JournalException innerTokens = assertThrows(JournalException.class, () -> Journal.forEachRaw(inner, e -> {
      if (e.sequence() == 3) {
        SignedOperation.fromJson(e, OperationCodec.create());
      }
    }));
    assertEquals(innerTree.getMessage(), innerTokens.getMessage());
  }

  @Test
  void aBodyIsParsedOnlyWhenAsked() throws Exception {
    // the chain is verified without the body; its JSON is checked by whoever reads it
    Path f = journalEndingWith(1, "{\"seq\":2,\"prev\":\"PREV\",\"body\":", "{\"n\":");
    List<Long> seen = new ArrayList<>();
    Journal.forEachRaw(f, e -> seen.add(e.sequence()));
    assertEquals(List.of(0L, 1L, 2L), seen);
    assertThrows(JournalException.class, () -> Journal.forEachRaw(f, Journal.RawEntry::body));
  }

  @Test
  void theHashesOfARawEntryAreItsChain() throws Exception {
    Path f = JournalTest.journalWith(dir.resolve("j.jsonl"), 3);
    Journal.Contents c = Journal.read(f);
    List<String> hashes = new ArrayList<>();
    List<String> prevs = new ArrayList<>();
    Journal.forEachRaw(f, e -> {
      hashes.add(e.hash());
      prevs.add(e.previousHash());
    });
    assertEquals(c.header().hash(), hashes.get(0));
    assertEquals(Journal.GENESIS, prevs.get(0));
    for (int i = 1; i <= 3; i++) {
      assertEquals(c.entries().get(i - 1).hash(), hashes.get(i));
      assertEquals(hashes.get(i - 1), prevs.get(i));
    }
  }
}
