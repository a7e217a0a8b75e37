package id.smartkampung.core.journal;

import static id.smartkampung.core.journal.YearScenario.VILLAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.policy.PolicyPack;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of creating a book (issue 19, item 2): a child JVM creates a book and registers its
 * first officials, and is killed with SIGKILL a random few milliseconds after it starts creating,
 * round after round on fresh paths. After every kill the path holds either nothing (then {@code
 * create} succeeds) or a book that opens with every acknowledged operation — never an empty or
 * torn-header file. A file left by an older version's interrupted creation is recognised, reported
 * with what to do, and replaced only by {@link VillageBook#createOverInterrupted}.
 */
class BookCreationCrashTest {
  @TempDir Path dir;

  @Test
  void aBookKilledWhileBeingCreatedAlwaysOpensOrIsAbsent() throws Exception {
    Random random = new Random(19_02);
    int rounds = 10;
    int absent = 0;
    int opened = 0;
    int withOperations = 0;
    for (int round = 0; round < rounds; round++) {
      Path file = dir.resolve("book-" + round + ".jsonl");
      Process p = new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", // a child that starts fast: it lives for a moment
              "-cp", System.getProperty("java.class.path"),
              CrashingCreator.class.getName(), file.toString())
          .redirectError(dir.resolve("child-" + round + ".err").toFile())
          .start();
      List<String> acked = Collections.synchronizedList(new ArrayList<>());
      boolean[] go = {false};
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            if (line.equals("go")) {
              go[0] = true;
            } else if (line.startsWith("ack ")) {
              acked.add(line.substring(4));
            }
          }
        } catch (Exception e) {
          // the stream closes when the child dies
        }
      });
      reader.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!go[0] && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      assertTrue(go[0], "round " + round + ": the child did not start: " + Files.readString(dir.resolve("child-" + round + ".err")));
      // from "go", creating takes a few milliseconds and each registration one forced write
      long delay = TimeUnit.MICROSECONDS.toNanos(random.nextInt(round < rounds / 2 ? 3_000 : 25_000));
      long until = System.nanoTime() + delay;
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      p.destroyForcibly(); // SIGKILL on Linux
      assertTrue(p.waitFor(20, TimeUnit.SECONDS), "child did not die");
      reader.join(5000);
      String err = Files.readString(dir.resolve("child-" + round + ".err"));
      assertTrue(!err.contains("Exception") && !err.contains("Error:"), "the child failed: " + err);

      if (!Files.exists(file)) {
        assertEquals(List.of(), acked, "round " + round + ": acknowledged, but no book");
        absent++;
        try (VillageBook book = VillageBook.create(file, VILLAGE, 2025)) { // over a leftover temporary file, if any
          assertEquals(0, book.anchor().sequence());
        }
        continue;
      }
      assertTrue(Journal.interruptedCreation(file).isEmpty(), "round " + round + ": an empty or torn-header file was left");
      try (VillageBook book = VillageBook.open(file)) {
        opened++;
        if (book.ledger().size() > 0) {
          withOperations++;
        }
        for (String id : acked) {
          assertTrue(book.ledger().operation(OperationId.of(id)).isPresent(), "round " + round + ": " + id + " was acknowledged but is not in the book");
        }
      }
    }
    System.out.println("BookCreationCrashTest: " + rounds + " kills: " + absent + " before the book existed, " + opened + " opened ("
        + withOperations + " with operations)");
    assertEquals(rounds, absent + opened);
  }

  @Test
  void anEmptyOrTornHeaderFileOfAnOlderVersionIsRecognisedAndReplacedOnlyOnRequest() throws Exception {
    PolicyPack pack = PolicyPack.forYear(2025);
    Path whole = dir.resolve("whole.jsonl");
    VillageBook.create(whole, VILLAGE, pack).close();
    byte[] header = Files.readAllBytes(whole);
    for (int cut : new int[] {0, 1, header.length / 2, header.length - 1}) {
      Path torn = Files.write(dir.resolve("torn-" + cut + ".jsonl"), java.util.Arrays.copyOf(header, cut));
      JournalException onOpen = assertThrows(JournalException.class, () -> VillageBook.open(torn));
      assertTrue(onOpen.getMessage().contains("holds no acknowledged operation") && onOpen.getMessage().contains("createOverInterrupted"), onOpen::getMessage);
      FileAlreadyExistsException onCreate = assertThrows(FileAlreadyExistsException.class, () -> VillageBook.create(torn, VILLAGE, pack));
      assertTrue(onCreate.getMessage().contains("interrupted") && onCreate.getMessage().contains("createOverInterrupted"), onCreate::getMessage);
      try (VillageBook book = VillageBook.createOverInterrupted(torn, VILLAGE, pack)) {
        assertEquals(0, book.anchor().sequence());
      }
      VillageBook.open(torn).close();
    }
    // a file holding a complete line may hold acknowledged operations: never replaced
    byte[] before = Files.readAllBytes(whole);
    assertThrows(FileAlreadyExistsException.class, () -> VillageBook.createOverInterrupted(whole, VILLAGE, pack));
    Path other = Files.writeString(dir.resolve("notes.txt"), "a line\nand a torn one");
    assertThrows(FileAlreadyExistsException.class, () -> VillageBook.createOverInterrupted(other, VILLAGE, pack));
    assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(Files.readAllBytes(whole)), "left untouched");
    assertEquals("a line\nand a torn one", Files.readString(other));
  }
}
