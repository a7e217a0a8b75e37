package id.smartkampung.core.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link WriterLockTest}: tries to open a journal for appending — as a bare
 * {@link Journal} or as a {@link VillageBook}, which reads the whole file on the way — and prints
 * {@code held} (then keeps it open until its standard input says {@code exit} or it is killed), or
 * {@code refused} and ends.
 */
public final class LockHoldingChild {
  private LockHoldingChild() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    java.io.Closeable open;
    try {
      open = switch (args[0]) {
        case "journal" -> Journal.open(file);
        case "book" -> VillageBook.open(file);
        case "new-book" -> VillageBook.create(file, YearScenario.VILLAGE, 2025);
        default -> throw new IllegalArgumentException(args[0]);
      };
    } catch (IOException e) {
      System.out.println(e.getMessage().contains("open for appending elsewhere") ? "refused" : "failed " + e);
      return;
    }
    try (java.io.Closeable c = open) {
      // reading the file again through other descriptors (as an audit or a report does) must not
      // drop the lock: that was the bug
      Journal.read(file);
      System.out.println("held");
      System.out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null && !line.equals("exit")) {
        // wait
      }
    }
  }
}
