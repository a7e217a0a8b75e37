package id.smartkampung.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's streamed lines ({@link StagedLines}): a body that fails half-way, and batches larger than the buffer. */
class StagedLinesTest {
  @TempDir Path dir;

  /** A body that throws after writing part of its object stages nothing: the next entry takes its place in the chain. */
  @Test
  void aBodyThatFailsHalfWayLeavesNothingStaged() throws Exception {
    Path file = dir.resolve("j.jsonl");
    IllegalArgumentException failure = new IllegalArgumentException("not rupiah");
    try (Journal j = Journal.create(file, Journal.MAPPER.createObjectNode().put("village", "35.10.01.2003"))) {
      j.stage(JournalTest.body(1));
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> j.stage(g -> {
        g.writeStartObject();
        g.writeStringField("type", "half");
        g.writeObjectFieldStart("op");
        throw failure;
      }));
      assertSame(failure, thrown);
      assertEquals(2, j.stage(g -> Journal.MAPPER.writeTree(g, JournalTest.body(2))));
      j.commit();
      assertEquals(2, j.anchor().sequence());
    }
    Journal.Contents c = Journal.read(file);
    assertEquals(2, c.entries().size());
    assertEquals(2, c.entries().get(1).body().get("n").asLong());
    assertTrue(c.tornTail() == null);
  }

  /** A batch of many entries (far beyond the first buffer) is written whole, and each of its lines verifies. */
  @Test
  void aLargeBatchIsWrittenWhole() throws Exception {
    Path file = dir.resolve("j.jsonl");
    int n = 5_000;
    try (Journal j = Journal.create(file, Journal.MAPPER.createObjectNode().put("village", "35.10.01.2003"))) {
      for (int i = 1; i <= n; i++) {
        j.stage(JournalTest.body(i));
      }
      assertEquals(0, j.anchor().sequence(), "nothing is on disk before the commit");
      j.commit();
      assertEquals(n, j.anchor().sequence());
      j.append(JournalTest.body(n + 1));
    }
    Journal.Contents c = Journal.read(file);
    assertEquals(n + 1, c.entries().size());
    for (int i = 0; i <= n; i++) {
      assertEquals(i + 1, c.entries().get(i).body().get("n").asLong());
    }
  }

  /** A journal closed by a failure refuses to stage, as before. */
  @Test
  void aClosedJournalRefusesToStage() throws Exception {
    Journal j = Journal.create(dir.resolve("j.jsonl"), Journal.MAPPER.createObjectNode());
    j.close();
    assertThrows(IOException.class, () -> j.stage(g -> Journal.MAPPER.writeTree(g, JournalTest.body(1))));
  }
}
