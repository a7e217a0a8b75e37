package id.smartkampung.demo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.demo.cli.ValidateCommandTest.Result;
import id.smartkampung.demo.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code run} command: writes the dashboards and exports (exit 0), in English on request; bad arguments exit 2 in one line. */
class RunCommandTest {
  @TempDir Path dir;

  @Test
  @DisplayName("run writes the dashboards and exports, prints the caught misconduct and exits 0")
  void runWritesTheFiles() throws Exception {
    Path out = dir.resolve("out");
    Result r = ValidateCommandTest.run("run", "--out", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertEquals("", r.err());
    for (String f : List.of(ReportWriter.VILLAGE_PAGE, ReportWriter.DISTRICT_PAGE, "realisasi-apbdes-2025.csv", "realisasi-apbdes-2025.json", "bku-2025.csv",
        "bku-2025.json", "penilaian-proyek-2025.csv", "penilaian-proyek-2025.json", "temuan.json")) {
      assertTrue(Files.size(out.resolve(f)) > 100, f);
    }
    assertTrue(r.out().contains("Penyimpangan tertangkap (7 dari 7)"), r.out());
    assertTrue(r.out().contains("I7.segregation-of-duties") && r.out().contains("I5.item-overspent") && r.out().contains("spending-ahead"), r.out());
    assertTrue(r.out().contains("minggu 53/53"), "a progress line per month, plain when not on a terminal");
    assertFalse(r.out().contains("\r"), "no carriage returns when stdout is not a terminal");
    assertTrue(Files.readString(out.resolve(ReportWriter.VILLAGE_PAGE), UTF_8).contains("lang=\"id\""));
  }

  @Test
  @DisplayName("--lang en writes English dashboards and console")
  void english() throws Exception {
    Path out = dir.resolve("en");
    Result r = ValidateCommandTest.run("run", "--lang", "en", "--seed", "7", "--out", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("Misconduct caught (7 of 7)"), r.out());
    String html = Files.readString(out.resolve(ReportWriter.VILLAGE_PAGE), UTF_8);
    assertTrue(html.contains("lang=\"en\"") && html.contains("Physical projects") && html.contains("IDR "), "English labels and money");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--lang=fr", "--seed=abc", "--no-such-option", "extra-argument"})
  @DisplayName("bad arguments: exit 2 with a one-line reason, no stack trace, nothing run")
  void badArguments(String arg) {
    Result r = ValidateCommandTest.run("run", arg, "--out", dir.resolve("never").toString());
    assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: "), r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(dir.resolve("never")));
  }

  @Test
  @DisplayName("an output path that is a file: exit 2 naming it")
  void outputIsAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Result r = ValidateCommandTest.run("run", "--out", file.toString());
    assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(file.toString()) && r.err().contains("not a directory"), r.err());
  }

  @Test
  @DisplayName("no command: exit 2 with a one-line reason")
  void noCommand() {
    Result r = ValidateCommandTest.run();
    assertEquals(ExitCode.UNREADABLE, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
