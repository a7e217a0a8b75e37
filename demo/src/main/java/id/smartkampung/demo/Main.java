package id.smartkampung.demo;

import id.smartkampung.demo.cli.Cli;

/**
 * The demo program — <i>program peragaan smartkampung</i>: runs a Banyuwangi village fiscal year end
 * to end, validates budget files, audits journals and writes reports. See {@link Cli} for the
 * commands and exit codes.
 */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its documented exit code. */
  public static void main(String[] args) {
    System.exit(Cli.run(args, System.out, System.err));
  }
}
