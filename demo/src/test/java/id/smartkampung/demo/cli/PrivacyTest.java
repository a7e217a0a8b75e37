package id.smartkampung.demo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.demo.cli.ValidateCommandTest.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, privacy (UU 27/2022): no 16-digit NIK-shaped number — nor an 18-digit NIP-shaped one —
 * appears in any public output of a demo run: the dashboards, {@code temuan.json}, the CSV and JSON
 * exports, the monitoring files, the journal (its lines carry the officials' ids) and the console;
 * nor in the reports rebuilt from the journal. A number counts when it stands alone: not inside a
 * hash or key (hex or base64 letters around it).
 */
class PrivacyTest {
  /** 16 digits (NIK) or 18 digits (NIP), not part of a longer run of letters or digits. */
  static final Pattern PERSONAL_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(?:[0-9]{16}|[0-9]{18})(?![0-9A-Za-z])");

  @TempDir Path dir;

  @Test
  void noNikShapedNumberInAnyPublicOutputOfARun() throws Exception {
    Path out = dir.resolve("run");
    Result run = ValidateCommandTest.run("run", "--out", out.toString(), "--csv", "plain");
    assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
    Path journal;
    try (Stream<Path> s = Files.list(out)) {
      journal = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).findFirst().orElseThrow();
    }
    Result report = ValidateCommandTest.run("report", journal.toString(), "--out", dir.resolve("report").toString());
    assertEquals(ExitCode.OK, report.code(), report.out() + report.err());

    List<String> found = new ArrayList<>();
    // the console names the files written: the test's temporary folder (whose name has a random number) is not output
    String tmp = dir.toAbsolutePath().toString();
    scan("console of run", (run.out() + run.err()).replace(tmp, "DIR"), found);
    scan("console of report", (report.out() + report.err()).replace(tmp, "DIR"), found);
    int files = 0;
    for (Path root : List.of(out, dir.resolve("report"))) {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path f : s.filter(Files::isRegularFile).toList()) {
          files++;
          scan(dir.relativize(f).toString(), new String(Files.readAllBytes(f), StandardCharsets.UTF_8).replace(tmp, "DIR"), found);
        }
      }
    }
    assertTrue(files >= 20, "public files scanned: " + files);
    assertTrue(found.isEmpty(), "personal numbers in public output: " + found);
  }

  @Test
  void theCheckFindsANikWhereItStandsAloneButNotInsideAHash() {
    List<String> found = new ArrayList<>();
    scan("a", "{\"actor\":{\"id\":\"3510012003700001\"}}", found);
    scan("b", "Hadi (KEPALA_DESA, 197805122005011007)", found);
    scan("c", "\"hash\":\"ab3510012003700001cd\", 1012345000.00, 35.10.01.2003-P01", found);
    assertEquals(List.of("a: 3510012003700001", "b: 197805122005011007"), found);
  }

  private static void scan(String where, String text, List<String> found) {
    Matcher m = PERSONAL_NUMBER.matcher(text);
    while (m.find()) {
      found.add(where + ": " + m.group());
    }
  }
}
