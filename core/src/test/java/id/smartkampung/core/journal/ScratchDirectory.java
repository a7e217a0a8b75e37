package id.smartkampung.core.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The scratch directory of the journal properties: on a RAM disk where there is one (durability is
 * the crash tests' business; here it keeps the forces cheap), deleted with everything in it.
 */
public final class ScratchDirectory {
  private ScratchDirectory() {}

  /** A new directory under {@code /dev/shm} if it is writable, else under the default temporary directory. */
  public static Path create(String prefix) throws IOException {
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, prefix) : Files.createTempDirectory(prefix);
  }

  /** Deletes the directory and everything in it. */
  public static void delete(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
