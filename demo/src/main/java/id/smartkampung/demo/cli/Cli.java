package id.smartkampung.demo.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the demo — <i>antarmuka baris perintah</i>.
 *
 * <p>Exit codes: {@value ExitCode#OK} success/clean, {@value ExitCode#VIOLATIONS} rule violations
 * found, {@value ExitCode#UNREADABLE} bad usage or unreadable input, {@value ExitCode#INTERNAL}
 * internal error. No stack trace reaches the user.
 *
 * <p>Streams: what a command was asked for — results, findings of a check or an audit, the summary
 * and the files written, progress — goes to stdout; an error, the reason for exit code {@value
 * ExitCode#UNREADABLE} or {@value ExitCode#INTERNAL}, goes to stderr, starting with {@code error:} (or
 * {@code internal error:}), and nothing else does.
 */
@Command(
    name = "smartkampung",
    mixinStandardHelpOptions = true,
    version = "smartkampung demo 0.1.0",
    description = "Village finance (APBDes) and project monitoring: demo, validation, audit and reports.",
    subcommands = {RunCommand.class, ValidateCommand.class, AuditCommand.class, ReportCommand.class, ImportCommand.class, ExportCommand.class, BenchCommand.class,
      CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success; validate/audit: clean",
      "1:rule violations found (each listed with its rule code and place; audit: with its journal entry, a broken hash chain included)",
      "2:bad usage, or a file that cannot be read or parsed (audit/report: no such file, empty, not a journal, another version; report: a journal it refuses)",
      "3:internal error"
    })
public final class Cli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line, printing to the given streams; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new Cli());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExitCodeExceptionMapper(e -> e instanceof UserError u ? u.exitCode() : ExitCode.INTERNAL);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("error: " + ex.getMessage() + " (try '" + c.getCommandSpec().qualifiedName() + " --help')");
          return ExitCode.UNREADABLE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          if (ex instanceof UserError u) {
            c.getErr().println("error: " + u.getMessage());
            return u.exitCode();
          }
          c.getErr().println("internal error: " + ex + " (please report it)");
          return ExitCode.INTERNAL;
        });
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run, validate, audit, report, import, export or bench");
  }
}
