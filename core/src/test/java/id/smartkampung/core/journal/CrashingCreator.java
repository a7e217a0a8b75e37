package id.smartkampung.core.journal;

import static id.smartkampung.core.journal.YearScenario.*;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The child process of {@link BookCreationCrashTest}: warms up (creates and fills a book elsewhere,
 * so that the classes are loaded and the code compiled), prints "go", then creates the book at the
 * given path and registers officials one by one, printing "ack ID" after each ACCEPTED, until it is
 * killed or done.
 */
public final class CrashingCreator {
  private CrashingCreator() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    Path warm = Files.createTempDirectory(file.toAbsolutePath().getParent(), "warm").resolve("warm.jsonl");
    try (VillageBook book = VillageBook.create(warm, VILLAGE, 2025)) {
      register(book, "w", false); // loads and compiles what creating and posting use
    }
    System.out.println("go");
    System.out.flush();
    try (VillageBook book = VillageBook.create(file, VILLAGE, 2025)) {
      register(book, "r", true);
    }
    System.out.println("done");
    System.out.flush();
  }

  private static void register(VillageBook book, String prefix, boolean print) {
    Instant t = Instant.parse("2024-10-01T01:00:00Z");
    for (var o : List.of(KD, SEKDES, KAUR, PKA_PU, PKA_UMUM)) {
      t = t.plusSeconds(60);
      RegisterOfficial r = new RegisterOfficial(OperationId.of(prefix + "-" + o.id()), KD, t, o, ImmutableSortedSet.of(), null);
      Outcome out = book.apply(r);
      if (!out.isAccepted()) {
        throw new IllegalStateException("refused: " + out);
      }
      if (print) {
        System.out.println("ack " + r.id());
        System.out.flush();
      }
    }
  }
}
