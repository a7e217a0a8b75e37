package id.smartkampung.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM appends to a journal in a loop and is killed with SIGKILL at random
 * moments, many rounds over the same file. After each kill the journal opens, every acknowledged
 * entry is there, the chain is intact, and appending goes on.
 */
class JournalCrashTest {
  @TempDir Path dir;

  @Test
  void acknowledgedEntriesSurviveSigkill() throws Exception {
    Path file = dir.resolve("crash.jsonl");
    Random random = new Random(20251);
    long acknowledgedBefore = 0;
    int rounds = 12;
    for (int round = 0; round < rounds; round++) {
      int padding = random.nextInt(4) == 0 ? 20_000 : random.nextInt(200);
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  CrashingWriter.class.getName(),
                  file.toString(),
                  Integer.toString(padding))
              .redirectErrorStream(true)
              .start();
      AtomicLong lastAck = new AtomicLong(-1);
      StringBuilder other = new StringBuilder();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = r.readLine()) != null) {
                    if (line.startsWith("ack ")) {
                      lastAck.set(Long.parseLong(line.substring(4)));
                    } else if (line.startsWith("open ")) {
                      lastAck.compareAndSet(-1, Long.parseLong(line.split(" ")[1]));
                    } else {
                      other.append(line).append('\n');
                    }
                  }
                } catch (Exception e) {
                  // the stream closes when the child dies
                }
              });
      reader.start();
      // let it run past its start-up, then kill it at a random moment
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (lastAck.get() < acknowledgedBefore + 3 && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(150));
      p.destroyForcibly(); // SIGKILL on Linux
      assertTrue(p.waitFor(20, TimeUnit.SECONDS), "child did not die");
      reader.join(5000);
      assertTrue(other.length() == 0, "child printed: " + other);
      long acked = lastAck.get();
      assertTrue(acked >= acknowledgedBefore, "round " + round + " acknowledged nothing new");

      try (Journal j = Journal.open(file)) {
        long last = j.anchor().sequence();
        assertTrue(last >= acked, "round " + round + ": entry " + acked + " was acknowledged but the journal ends at " + last);
      }
      Journal.Contents c = Journal.read(file);
      assertTrue(c.tornTail() == null, "open cut the torn tail");
      for (int i = 0; i < c.entries().size(); i++) {
        assertEquals(i + 1, c.entries().get(i).body().get("n").asLong(), "entry " + (i + 1) + " damaged");
      }
      acknowledgedBefore = c.last().sequence();
    }
    assertTrue(acknowledgedBefore > rounds, "too few entries written to mean anything: " + acknowledgedBefore);
  }
}
