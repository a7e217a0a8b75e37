package id.smartkampung.demo.cli;

/** The documented exit codes of the demo program — <i>kode keluar</i>. */
public final class ExitCode {
  /** Success; for {@code validate} and {@code audit}: clean, no violation. */
  public static final int OK = 0;
  /** The input was read and violates rules (each listed with its rule code and place). */
  public static final int VIOLATIONS = 1;
  /** Bad usage, or an input that cannot be read or parsed (the error names the file and place). */
  public static final int UNREADABLE = 2;
  /** An internal error: a bug in the program; the message says what, without a stack trace. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
