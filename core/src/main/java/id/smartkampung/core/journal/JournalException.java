package id.smartkampung.core.journal;

import id.smartkampung.core.Api;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A journal file that cannot be trusted or read — <i>jurnal rusak</i>: damaged, altered, of another
 * format, or unreadable. Names the file, the line and, where known, the entry's sequence number and
 * what is wrong. Nothing is loaded from such a file.
 */
@Api(Api.Status.STABLE)
public final class JournalException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final OptionalLong sequence;
  private final String problem;

  JournalException(Path file, long line, OptionalLong sequence, String problem, Throwable cause) {
    super(file + (line > 0 ? ", line " + line : "") + (sequence.isPresent() ? " (entry " + sequence.getAsLong() + ")" : "") + ": " + problem, cause);
    this.file = file;
    this.line = line;
    this.sequence = sequence;
    this.problem = problem;
  }

  /** A problem at a line of the file, concerning the entry with that sequence number. */
  public static JournalException at(Path file, long line, long sequence, String problem) {
    return new JournalException(file, line, OptionalLong.of(sequence), problem, null);
  }

  /** A problem at a line of the file (0: the file as a whole) not tied to an entry. */
  public static JournalException at(Path file, long line, String problem) {
    return new JournalException(file, line, OptionalLong.empty(), problem, null);
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** The 1-based line of the file, 0 when the problem is not on one line. */
  public long line() {
    return line;
  }

  /** The sequence number of the entry concerned, when known. */
  public OptionalLong sequence() {
    return sequence;
  }

  /** What is wrong, without the place. */
  public String problem() {
    return problem;
  }
}
