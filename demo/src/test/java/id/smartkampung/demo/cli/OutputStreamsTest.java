package id.smartkampung.demo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.demo.cli.ValidateCommandTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: errors printed by the demo go to stderr, consistently, and results to stdout. Every
 * failing command (exit 2) writes nothing to stdout and its reason to stderr, starting with {@code
 * error:}; a command that succeeds or reports findings (exit 0 or 1) writes nothing to stderr.
 */
class OutputStreamsTest {
  @TempDir Path dir;

  @Test
  void everyErrorGoesToStderrAndNothingToStdout() throws Exception {
    Path brokenJson = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"smartkampung.apbdes/1\", \"lines\": [");
    Path badCsv = Files.writeString(dir.resolve("desa-2025.csv"), "section;account_code;kegiatan_code;description;amount;fund_source\npendapatan;4.2.1.01;;Dana Desa;1000000.00;DDS\n");
    Path notJournal = Files.writeString(dir.resolve("x.jsonl"), "hello\n");
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    for (String[] args : List.of(
        new String[] {"validate", brokenJson.toString()},
        new String[] {"validate", badCsv.toString()},
        new String[] {"validate", dir.resolve("missing.json").toString()},
        new String[] {"audit", notJournal.toString()},
        new String[] {"audit", dir.resolve("missing.jsonl").toString()},
        new String[] {"report", notJournal.toString(), "--out", dir.resolve("r").toString()},
        new String[] {"run", "--out", file.toString()},
        new String[] {"run", "--csv", "excel"},
        new String[] {"frobnicate"})) {
      Result r = ValidateCommandTest.run(args);
      String what = String.join(" ", args) + ": ";
      assertEquals(ExitCode.UNREADABLE, r.code(), what + r.out() + r.err());
      assertEquals("", r.out(), what + "an error writes nothing to stdout");
      assertTrue(r.err().startsWith("error: "), what + r.err());
    }
  }

  @Test
  void resultsAndFindingsGoToStdoutAndNothingToStderr() throws Exception {
    Path unbalanced = Files.writeString(dir.resolve("desa-2025.csv"), "section,account_code,kegiatan_code,description,amount,fund_source\n"
        + "pendapatan,4.2.1.01,,Dana Desa,1000000000,DDS\n");
    for (String[] args : List.of(
        new String[] {"validate", ExampleFilesTest.EXAMPLES.resolve("apbdes-sumberagung-2025.json").toString()},
        new String[] {"validate", unbalanced.toString()})) {
      Result r = ValidateCommandTest.run(args);
      assertTrue(r.code() == ExitCode.OK || r.code() == ExitCode.VIOLATIONS, r.out() + r.err());
      assertFalse(r.out().isEmpty());
      assertEquals("", r.err(), String.join(" ", args));
    }
  }
}
