package id.smartkampung.demo.cli;

import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.journal.JournalException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code audit} and {@code report} share about a journal argument — <i>berkas jurnal</i>:
 * the anchor option's converter, the check that the file is there, and the one-line error naming
 * the file, line and entry of a journal that cannot be read.
 */
final class JournalArgs {
  private JournalArgs() {}

  /** Converts {@code --anchor SEQ:HASH}; a malformed one is a usage error. */
  static final class AnchorConverter implements ITypeConverter<Journal.Anchor> {
    @Override
    public Journal.Anchor convert(String value) {
      try {
        return Journal.Anchor.parse(value.strip());
      } catch (IllegalArgumentException e) { // also a sequence number that is not a number
        throw new TypeConversionException("anchor '" + value + "' is malformed: expected SEQUENCE:SHA256HEX (64 lower-case hex digits), as printed by run");
      }
    }
  }

  /** Refuses a journal argument that is not a readable regular file (exit 2). */
  static void requireFile(Path journal) {
    if (Files.isDirectory(journal)) {
      throw new UserError(journal + ": is a directory, not a journal file", ExitCode.UNREADABLE);
    }
    if (!Files.exists(journal)) {
      throw new UserError(journal + ": no such file", ExitCode.UNREADABLE);
    }
    if (!Files.isReadable(journal)) {
      throw new UserError(journal + ": cannot be read (permission denied)", ExitCode.UNREADABLE);
    }
  }

  /**
   * The error of a journal that cannot be read, naming {@code shown} (the file the user gave, which
   * may differ from the one read, e.g. a private copy), the line and the entry; exit 2.
   */
  static UserError unreadable(Path shown, JournalException e) {
    String where = shown + (e.line() > 0 ? ", line " + e.line() : "") + (e.sequence().isPresent() ? " (entry " + e.sequence().getAsLong() + ")" : "");
    return new UserError(where + ": " + oneLine(e.problem()), ExitCode.UNREADABLE);
  }

  /** A message on one line. */
  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
