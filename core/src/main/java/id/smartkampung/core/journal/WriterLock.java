package id.smartkampung.core.journal;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one-writer lock of a journal file: an exclusive lock on a companion file {@code
 * <journal>.lock} beside it, held on one descriptor that stays open for as long as the journal is
 * open for appending, and released by the operating system when the process ends, however it ends
 * (SIGKILL included).
 *
 * <p>Why a companion file and not the journal itself: POSIX record locks belong to the process and
 * file, and closing <em>any</em> descriptor of the file in the process releases them. Reading the
 * journal (opening a book reads the whole chain; an audit or a report reads it again) opens and
 * closes descriptors of the journal, which silently dropped a lock taken on the journal's own
 * channel, so that a second process was admitted as a second writer. Nothing but this class opens
 * the companion file, and within one process a registry of held locks refuses a second writer
 * <em>before</em> a descriptor of the companion file is opened (whose closing would release the
 * first writer's lock).
 *
 * <p>The companion file is never deleted (deleting a lock file races with another process taking
 * it); it holds no data, and an unlocked one left behind by an ended process is simply taken.
 */
final class WriterLock implements Closeable {
  /** The companion lock files held by this process, by real path. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path key;
  private final FileChannel channel;
  private boolean released;

  private WriterLock(Path key, FileChannel channel) {
    this.key = key;
    this.channel = channel;
  }

  /** The companion lock file of a journal file. */
  static Path lockFileOf(Path journal) {
    Path name = requireNonNull(journal, "journal").getFileName();
    return journal.resolveSibling(name + ".lock");
  }

  /**
   * Takes the writer lock of {@code journal}, or refuses at once.
   *
   * @throws IOException if another writer, in this process or another, holds it, or the lock file
   *     cannot be created
   */
  static WriterLock acquire(Path journal) throws IOException {
    Path lockFile = lockFileOf(journal).toAbsolutePath().normalize();
    Path dir = lockFile.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new java.nio.file.NoSuchFileException(dir == null ? lockFile.toString() : dir.toString(), null, "no such directory");
    }
    // the key is computed without opening the lock file: a descriptor opened and closed here would
    // release a lock this process already holds on it
    Path key = Files.exists(lockFile) ? lockFile.toRealPath() : dir.toRealPath().resolve(lockFile.getFileName());
    if (!HELD.add(key)) {
      throw refused(journal);
    }
    FileChannel ch = null;
    try {
      ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw refused(journal);
      }
      return new WriterLock(key, ch);
    } catch (IOException | RuntimeException e) {
      if (ch != null) {
        ch.close();
      }
      HELD.remove(key);
      throw e;
    }
  }

  private static IOException refused(Path journal) {
    return new IOException(journal + ": the journal is open for appending elsewhere (one writer at a time; the writer holds "
        + lockFileOf(journal).getFileName() + ")");
  }

  /** Releases the lock; idempotent. */
  @Override
  public synchronized void close() throws IOException {
    if (released) {
      return;
    }
    released = true;
    try {
      channel.close();
    } finally {
      HELD.remove(key);
    }
  }
}
