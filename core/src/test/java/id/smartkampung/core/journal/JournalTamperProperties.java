package id.smartkampung.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Tamper evidence (DESIGN §3, I9): every single-byte change, every deleted, duplicated or swapped
 * line of a journal is detected, naming the entry at the first place the file differs.
 */
class JournalTamperProperties {
  private static Path dir;

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("journal-tamper");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static byte[] journal(int entries) throws IOException {
    Path f = Files.createTempFile(dir, "j", ".jsonl");
    Files.delete(f);
    JournalTest.journalWith(f, entries);
    return Files.readAllBytes(f);
  }

  private static Path write(byte[] bytes) throws IOException {
    Path f = Files.createTempFile(dir, "t", ".jsonl");
    Files.write(f, bytes);
    return f;
  }

  /** The 0-based line holding byte {@code at}. */
  private static int lineOf(byte[] bytes, int at) {
    int line = 0;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  @Property(tries = 40)
  void everySingleByteChangeIsDetectedAtItsEntry(@ForAll @IntRange(min = 1, max = 6) int entries, @ForAll byte replacement)
      throws Exception {
    byte[] original = journal(entries);
    int lastNewline = original.length - 1;
    for (int at = 0; at < original.length; at++) {
      if (original[at] == replacement) {
        continue;
      }
      byte[] changed = original.clone();
      changed[at] = replacement;
      Path f = write(changed);
      int line = lineOf(original, at);
      try {
        Journal.Contents c = Journal.read(f);
        // only the file's last newline may turn into a torn tail: then the last entry is reported cut
        assertEquals(lastNewline, at, "change at byte " + at + " went unnoticed");
        assertEquals(line + 1, c.tornTail().line());
        assertEquals(entries - 1, c.entries().size());
      } catch (JournalException e) {
        assertEquals(line, e.sequence().orElse(-1), "change at byte " + at + ": " + e.getMessage());
      } finally {
        Files.delete(f);
      }
    }
  }

  @Property(tries = 30)
  void everyDeletedDuplicatedOrSwappedLineIsDetected(@ForAll @IntRange(min = 2, max = 8) int entries) throws Exception {
    byte[] original = journal(entries);
    List<byte[]> lines = split(original);
    int n = lines.size(); // header + entries
    for (int k = 0; k < n; k++) {
      // deleted: detected at k, except the last line, which only an anchor can miss
      List<byte[]> deleted = new ArrayList<>(lines);
      deleted.remove(k);
      if (k < n - 1) {
        expectDetectedAt(deleted, k);
      }
      List<byte[]> duplicated = new ArrayList<>(lines);
      duplicated.add(k + 1, lines.get(k));
      expectDetectedAt(duplicated, k + 1);
      if (k + 1 < n) {
        List<byte[]> swapped = new ArrayList<>(lines);
        swapped.set(k, lines.get(k + 1));
        swapped.set(k + 1, lines.get(k));
        expectDetectedAt(swapped, k);
      }
    }
  }

  @Property(tries = 20)
  void removingTheLastEntryIsDetectedAgainstTheAnchor(@ForAll @IntRange(min = 1, max = 8) int entries) throws Exception {
    byte[] original = journal(entries);
    Path whole = write(original);
    Journal.Anchor anchor = new Journal.Anchor(entries, Journal.read(whole).last().hash());
    List<byte[]> lines = split(original);
    Path f = write(join(lines.subList(0, lines.size() - 1)));
    try {
      Journal.read(f, anchor);
      fail("a removed last entry went unnoticed against the anchor");
    } catch (JournalException e) {
      assertEquals(entries, e.sequence().orElse(-1), e.getMessage());
    }
  }

  @Property(tries = 20)
  void aCrashAtAnyByteLeavesTheCompleteEntriesReadable(@ForAll @IntRange(min = 1, max = 5) int entries) throws Exception {
    byte[] original = journal(entries);
    int headerEnd = indexOf(original, (byte) '\n');
    for (int len = headerEnd + 1; len <= original.length; len++) {
      Path f = write(Arrays.copyOf(original, len));
      try (Journal j = Journal.open(f)) {
        int complete = lineOf(original, len) - 1; // entries whose newline lies inside the cut
        if (len == original.length) {
          complete = entries;
        }
        assertEquals(complete, j.anchor().sequence(), "cut at " + len);
        assertEquals(original[len - 1] != '\n', j.recoveredTail().isPresent(), "cut at " + len);
      } finally {
        Files.delete(f);
      }
    }
  }

  private static void expectDetectedAt(List<byte[]> lines, int expected) throws IOException {
    Path f = write(join(lines));
    try {
      Journal.read(f);
      fail("a changed line order went unnoticed");
    } catch (JournalException e) {
      assertEquals(expected, e.sequence().orElse(-1), e.getMessage());
      assertTrue(e.line() == expected + 1, e.getMessage());
    } finally {
      Files.delete(f);
    }
  }

  private static List<byte[]> split(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i + 1));
        start = i + 1;
      }
    }
    return lines;
  }

  private static byte[] join(List<byte[]> lines) {
    int n = lines.stream().mapToInt(l -> l.length).sum();
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] l : lines) {
      System.arraycopy(l, 0, out, at, l.length);
      at += l.length;
    }
    return out;
  }

  private static int indexOf(byte[] a, byte b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
