package id.smartkampung.demo;

import id.smartkampung.demo.cli.Cli;

/**
 * The demo program — <i>program peragaan smartkampung</i>: runs a Banyuwangi village fiscal year end
 * to end, validates budget files, audits journals and writes reports. See {@link Cli} for the
 * commands and exit codes.
 */
public final class Main {
  /**
   * Moneta announces its MathContext through java.util.logging; a user of the program need not see
   * it. Held in a field: java.util.logging keeps loggers weakly, and a collected logger forgets its
   * level.
   */
  private static final java.util.logging.Logger MONETA = java.util.logging.Logger.getLogger("org.javamoney.moneta");

  private Main() {}

  /** Runs the command line and exits with its documented exit code. */
  public static void main(String[] args) {
    MONETA.setLevel(java.util.logging.Level.WARNING);
    System.exit(Cli.run(args, System.out, System.err));
  }
}
