package id.smartkampung.demo.cli;

/**
 * An error the user can act on (a missing file, an unreadable input), reported as one line and
 * the given exit code, never as a stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  /** An error with a message and an exit code. */
  public UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** The exit code to return. */
  public int exitCode() {
    return exitCode;
  }
}
