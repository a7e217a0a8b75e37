package id.smartkampung.core.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
  @TempDir Path dir;

  static ObjectNode body(long n) {
    return Journal.MAPPER.createObjectNode().put("type", "test").put("n", n).put("amount", "1500000.00");
  }

  static Path journalWith(Path file, int entries) throws IOException {
    try (Journal j = Journal.create(file, Journal.MAPPER.createObjectNode().put("village", "35.10.01.2003"))) {
      for (int i = 1; i <= entries; i++) {
        j.append(body(i));
      }
    }
    return file;
  }

  @Test
  void appendsAreReadBackInOrderWithTheirChain() throws Exception {
    Path f = journalWith(dir.resolve("j.jsonl"), 5);
    Journal.Contents c = Journal.read(f);
    assertEquals(5, c.entries().size());
    assertEquals("35.10.01.2003", c.header().body().get("village").asText());
    String prev = c.header().hash();
    for (int i = 0; i < 5; i++) {
      JournalEntry e = c.entries().get(i);
      assertEquals(i + 1, e.sequence());
      assertEquals(prev, e.previousHash());
      assertEquals(i + 1, e.body().get("n").asLong());
      prev = e.hash();
    }
    assertTrue(c.tornTail() == null);
  }

  /** The hash a writer reports (entry, anchor) is the one a reader computes from the bytes (the writer no longer hashes a line twice). */
  @Test
  void theHashesAWriterReportsAreTheOnesTheReaderComputes() throws Exception {
    Path f = dir.resolve("j.jsonl");
    List<JournalEntry> written = new ArrayList<>();
    Journal.Anchor anchor;
    JournalEntry header;
    try (Journal j = Journal.create(f, Journal.MAPPER.createObjectNode().put("village", "35.10.01.2003"))) {
      header = j.header();
      written.add(j.append(body(1)));
      written.add(j.stage(body(2)));
      written.add(j.stage(body(3)));
      j.commit();
      written.add(j.append(body(4)));
      anchor = j.anchor();
    }
    Journal.Contents c = Journal.read(f, anchor);
    assertEquals(header.hash(), c.header().hash());
    assertEquals(4, c.entries().size());
    for (int i = 0; i < 4; i++) {
      assertEquals(c.entries().get(i).hash(), written.get(i).hash());
      assertEquals(c.entries().get(i).previousHash(), written.get(i).previousHash());
    }
    assertEquals(c.last().hash(), anchor.hash());
  }

  @Test
  void reopeningContinuesTheChain() throws Exception {
    Path f = journalWith(dir.resolve("j.jsonl"), 3);
    try (Journal j = Journal.open(f)) {
      assertEquals(3, j.anchor().sequence());
      assertEquals(4, j.append(body(4)).sequence());
    }
    assertEquals(4, Journal.read(f).entries().size());
  }

  @Test
  void aTornLastLineIsCutAndReportedOnOpen() throws Exception {
    Path f = journalWith(dir.resolve("j.jsonl"), 3);
    byte[] all = Files.readAllBytes(f);
    Files.write(f, java.util.Arrays.copyOf(all, all.length - 20)); // crash in the middle of entry 3
    Journal.Contents read = Journal.read(f);
    assertEquals(2, read.entries().size());
    assertEquals(4, read.tornTail().line());
    try (Journal j = Journal.open(f)) {
      assertEquals(4, j.recoveredTail().orElseThrow().line());
      assertEquals(2, j.anchor().sequence());
      assertEquals(3, j.append(body(3)).sequence());
    }
    Journal.Contents after = Journal.read(f);
    assertEquals(3, after.entries().size());
    assertTrue(after.tornTail() == null);
  }

  @Test
  void anEmptyFileIsNotAJournal() throws Exception {
    Path f = Files.createFile(dir.resolve("empty.jsonl"));
    JournalException e = assertThrows(JournalException.class, () -> Journal.open(f));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    JournalException e = assertThrows(JournalException.class, () -> Journal.read(dir.resolve("nope.jsonl")));
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
  }

  @Test
  void textThatIsNotJsonIsRefusedAtItsLine() throws Exception {
    Path f = dir.resolve("notes.txt");
    Files.writeString(f, "Kas desa tahun 2025\nsaldo awal 0\n");
    JournalException e = assertThrows(JournalException.class, () -> Journal.read(f));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("not a smartkampung journal"), e.getMessage());
  }

  @Test
  void anotherFormatVersionIsRefusedNamingIt() throws Exception {
    Path f = journalWith(dir.resolve("j.jsonl"), 0);
    // a journal of a future format, written by the same writer but with another format name
    Path g = dir.resolve("v2.jsonl");
    try (Journal j = Journal.create(g, Journal.MAPPER.createObjectNode())) {
      // nothing
    }
    String text = Files.readString(g).replace(Journal.FORMAT, "smartkampung.journal/2");
    Files.writeString(g, text);
    JournalException e = assertThrows(JournalException.class, () -> Journal.read(g));
    assertEquals(0, e.sequence().orElseThrow());
    assertTrue(e.getMessage().contains("'smartkampung.journal/2'"), e.getMessage());
    assertTrue(Files.exists(f));
  }

  @Test
  void aJournalTruncatedInTheMiddleIsRefusedAtTheFirstBrokenEntry() throws Exception {
    Path f = journalWith(dir.resolve("j.jsonl"), 6);
    List<String> lines = Files.readAllLines(f, UTF_8);
    List<String> cut = new ArrayList<>(lines);
    cut.set(3, lines.get(3).substring(0, 40)); // entry 3 cut short, later entries intact
    Files.write(f, cut, UTF_8);
    JournalException e = assertThrows(JournalException.class, () -> Journal.open(f));
    assertEquals(3, e.sequence().orElseThrow());
    assertEquals(4, e.line());
  }

  @Test
  void anEntryFromAnotherJournalIsRefused() throws Exception {
    Path a = journalWith(dir.resolve("a.jsonl"), 4);
    Path b = journalWith(dir.resolve("b.jsonl"), 4); // same bodies, but other headers would differ in time; make them differ:
    List<String> la = Files.readAllLines(a, UTF_8);
    try (Journal j = Journal.create(dir.resolve("c.jsonl"), Journal.MAPPER.createObjectNode().put("village", "other"))) {
      j.append(body(1));
      j.append(body(99));
    }
    List<String> lc = Files.readAllLines(dir.resolve("c.jsonl"), UTF_8);
    List<String> mixed = new ArrayList<>(la);
    mixed.set(2, lc.get(2)); // entry 2 of another village's journal
    Files.write(a, mixed, UTF_8);
    JournalException e = assertThrows(JournalException.class, () -> Journal.read(a));
    assertEquals(2, e.sequence().orElseThrow());
    assertTrue(Files.exists(b));
  }

  @Test
  void removingTheLastEntriesIsCaughtByTheAnchor() throws Exception {
    Path f = journalWith(dir.resolve("j.jsonl"), 5);
    Journal.Anchor anchor = Journal.read(f).last().sequence() == 5
        ? new Journal.Anchor(5, Journal.read(f).last().hash())
        : null;
    List<String> lines = Files.readAllLines(f, UTF_8);
    Files.write(f, lines.subList(0, 4), UTF_8); // entries 4 and 5 removed
    assertEquals(3, Journal.read(f).entries().size()); // still a valid chain on its own
    JournalException e = assertThrows(JournalException.class, () -> Journal.read(f, anchor));
    assertEquals(4, e.sequence().orElseThrow());
    assertTrue(e.getMessage().contains("missing"), e.getMessage());
  }

  @Test
  void anchorsParseAndRejectGarbage() {
    Journal.Anchor a = Journal.Anchor.parse("12:" + "ab".repeat(32));
    assertEquals(12, a.sequence());
    assertThrows(IllegalArgumentException.class, () -> Journal.Anchor.parse("12:xyz"));
    assertThrows(IllegalArgumentException.class, () -> Journal.Anchor.parse("abc"));
  }

  @Test
  void createRefusesToOverwrite() throws Exception {
    Path f = journalWith(dir.resolve("j.jsonl"), 1);
    assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> Journal.create(f, Journal.MAPPER.createObjectNode()));
    assertEquals(1, Journal.read(f).entries().size());
  }

  /** Regression: two writers appending to one file would break its chain; the second is refused. */
  @Test
  void oneWriterAtATime() throws Exception {
    Path f = journalWith(dir.resolve("j.jsonl"), 2);
    try (Journal first = Journal.open(f)) {
      IOException e = assertThrows(IOException.class, () -> Journal.open(f));
      assertTrue(e.getMessage().contains("open for appending elsewhere"), e.getMessage());
      first.append(body(3));
      assertEquals(3, Journal.read(f).entries().size(), "reading needs no lock");
    }
    try (Journal again = Journal.open(f)) {
      assertEquals(4, again.append(body(4)).sequence());
    }
  }
}
