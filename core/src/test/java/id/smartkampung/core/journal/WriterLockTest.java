package id.smartkampung.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per journal across processes (issue 19, item 1). The regression: the lock was taken on
 * the journal's own channel, and reading the file through another descriptor released it (POSIX
 * locks belong to the process), so two processes could both append and break the chain. Each test
 * here starts real JVMs on one file.
 */
class WriterLockTest {
  @TempDir Path dir;

  /** A child JVM running {@link LockHoldingChild}. */
  private static final class Child implements AutoCloseable {
    final Process process;
    final BufferedReader out;
    final Writer in;

    Child(String mode, Path file, Path err) throws IOException {
      process = new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp", System.getProperty("java.class.path"),
              LockHoldingChild.class.getName(), mode, file.toString())
          .redirectError(err.toFile())
          .start();
      out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    String firstLine() throws IOException {
      String line = out.readLine();
      return line == null ? "<no output>" : line;
    }

    void exit() throws Exception {
      in.write("exit\n");
      in.flush();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child did not exit");
      assertEquals(0, process.exitValue());
    }

    void kill() throws Exception {
      process.destroyForcibly(); // SIGKILL on Linux
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child did not die");
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }

  private Path book() throws Exception {
    Path f = dir.resolve("book.jsonl");
    try (Child creator = new Child("new-book", f, dir.resolve("creator.err"))) {
      assertEquals("held", creator.firstLine());
      creator.exit();
    }
    return f;
  }

  @Test
  void aSecondProcessIsRefusedWhileTheFirstLivesAndAdmittedAfterItExits() throws Exception {
    Path f = book();
    try (Child first = new Child("book", f, dir.resolve("first.err"))) {
      assertEquals("held", first.firstLine());
      try (Child second = new Child("book", f, dir.resolve("second.err"))) {
        assertEquals("refused", second.firstLine(), "a second VillageBook in another process");
      }
      try (Child second = new Child("journal", f, dir.resolve("third.err"))) {
        assertEquals("refused", second.firstLine(), "a bare Journal in another process");
      }
      IOException here = assertThrows(IOException.class, () -> VillageBook.open(f));
      assertTrue(here.getMessage().contains("open for appending elsewhere"), here.getMessage());
      first.exit();
    }
    try (Child after = new Child("book", f, dir.resolve("after.err"))) {
      assertEquals("held", after.firstLine(), "admitted once the first writer has closed");
      after.exit();
    }
  }

  @Test
  void aKilledWriterReleasesTheLock() throws Exception {
    Path f = book();
    try (Child first = new Child("book", f, dir.resolve("first.err"))) {
      assertEquals("held", first.firstLine());
      try (Child second = new Child("journal", f, dir.resolve("second.err"))) {
        assertEquals("refused", second.firstLine());
      }
      first.kill();
    }
    try (VillageBook again = VillageBook.open(f)) {
      assertTrue(again.anchor().sequence() >= 0);
    }
  }

  /**
   * Within one process: a refused second open, and reads of the file, must not release the first
   * writer's lock (closing any descriptor of a locked file drops a POSIX lock).
   */
  @Test
  void aRefusedOpenOrAReadInTheWriterProcessKeepsTheLock() throws Exception {
    Path f = JournalTest.journalWith(dir.resolve("j.jsonl"), 2);
    try (Journal writer = Journal.open(f)) {
      assertThrows(IOException.class, () -> Journal.open(f));
      assertThrows(IOException.class, () -> Journal.create(f, Journal.MAPPER.createObjectNode()));
      assertEquals(2, Journal.read(f).entries().size());
      try (Child other = new Child("journal", f, dir.resolve("other.err"))) {
        assertEquals("refused", other.firstLine(), "another process after a refused open and a read in this one");
      }
      writer.append(JournalTest.body(3));
    }
    assertEquals(3, Journal.read(f).entries().size(), "the chain is whole");
  }
}
