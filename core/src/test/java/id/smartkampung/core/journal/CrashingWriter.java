package id.smartkampung.core.journal;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child process of {@link JournalCrashTest}: opens (or creates) a journal and appends entries
 * {@code {"n": seq}} in a loop, printing "ack SEQ" after each append returns, until it is killed.
 */
public final class CrashingWriter {
  private CrashingWriter() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String padding = "x".repeat(Integer.parseInt(args[1]));
    try (Journal j = Files.exists(file) ? Journal.open(file) : Journal.create(file, Journal.MAPPER.createObjectNode())) {
      System.out.println("open " + j.anchor().sequence() + " " + j.recoveredTail().map(t -> "cut").orElse("clean"));
      System.out.flush();
      while (true) {
        long next = j.anchor().sequence() + 1;
        JournalEntry e = j.append(Journal.MAPPER.createObjectNode().put("n", next).put("pad", padding));
        System.out.println("ack " + e.sequence());
        System.out.flush();
      }
    }
  }
}
