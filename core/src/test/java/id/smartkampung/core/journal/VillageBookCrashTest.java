package id.smartkampung.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.ledger.OperationId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the village's book: a child JVM posts real treasury operations through a {@link
 * VillageBook} and is killed with SIGKILL at random moments, round after round on the same file.
 * After each kill the book reopens (replaying and re-checking everything), every operation whose
 * {@code apply} returned ACCEPTED is in the replayed ledger, the books reconcile, and posting goes on.
 */
class VillageBookCrashTest {
  @TempDir Path dir;

  @Test
  void everyAcknowledgedOperationSurvivesSigkill() throws Exception {
    crashRounds("one");
  }

  /**
   * The group commit (issue 17): the child posts batches of 20 operations with {@link
   * VillageBook#applyAll}, one force each; every operation of a batch whose call returned is in the
   * replayed ledger, and whatever a kill left (a prefix of a batch, a torn line) replays clean.
   */
  @Test
  void everyAcknowledgedBatchSurvivesSigkill() throws Exception {
    crashRounds("batch");
  }

  private void crashRounds(String mode) throws Exception {
    Path file = dir.resolve("crash-book-" + mode + ".jsonl");
    Random random = new Random(2025_03);
    List<String> acked = Collections.synchronizedList(new ArrayList<>());
    int rounds = 6;
    int cuts = 0;
    for (int round = 0; round < rounds; round++) {
      Process p = new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp", System.getProperty("java.class.path"),
              CrashingBookWriter.class.getName(), file.toString(), mode)
          .redirectError(dir.resolve("child-" + round + ".err").toFile())
          .start();
      int before = acked.size();
      StringBuilder other = new StringBuilder();
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            if (line.startsWith("ack ")) {
              acked.add(line.substring(4));
            } else if (!line.startsWith("open ")) {
              other.append(line).append('\n');
            }
          }
        } catch (Exception e) {
          // the stream closes when the child dies
        }
      });
      reader.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (acked.size() < before + 5 && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(200));
      p.destroyForcibly(); // SIGKILL on Linux
      assertTrue(p.waitFor(20, TimeUnit.SECONDS), "child did not die");
      reader.join(5000);
      assertEquals("", other.toString(), "the child printed something else");
      String err = java.nio.file.Files.readString(dir.resolve("child-" + round + ".err"));
      assertTrue(!err.contains("Exception") && !err.contains("Error:"), "the child failed: " + err);
      assertTrue(acked.size() > before, "round " + round + " acknowledged nothing");

      try (VillageBook book = VillageBook.open(file)) {
        if (book.recoveredTail().isPresent()) {
          cuts++;
        }
        for (String id : List.copyOf(acked)) {
          assertTrue(book.ledger().operation(OperationId.of(id)).isPresent(), "round " + round + ": " + id + " was acknowledged but is not in the replayed ledger");
        }
        assertTrue(book.ledger().size() >= acked.size());
        assertEquals(List.of(), book.ledger().recheck());
      }
    }
    System.out.println("VillageBookCrashTest (" + mode + "): " + acked.size() + " operations acknowledged over " + rounds + " kills, " + cuts + " torn tails cut");
  }
}
