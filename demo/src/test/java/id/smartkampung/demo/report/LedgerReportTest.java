package id.smartkampung.demo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.OperationLog;
import id.smartkampung.core.text.Language;
import id.smartkampung.demo.scenario.LedgerBackend;
import id.smartkampung.demo.scenario.Scenario;
import id.smartkampung.demo.scenario.ScenarioListener;
import id.smartkampung.demo.scenario.ScenarioResult;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.flag.RedFlag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboards rebuilt from a replayed ledger and the monitoring files that {@code run} writes —
 * what {@code report JOURNAL} will render once the journal is read into a ledger — agree with the
 * live run.
 */
class LedgerReportTest {
  static ScenarioResult result;
  @TempDir static Path dir;

  @BeforeAll
  static void runTheYear() throws Exception {
    result = Scenario.run(Scenario.DEFAULT_SEED, LedgerBackend.inMemory(), dir, ScenarioListener.NONE);
    ReportWriter.write(VillageDashboard.of(result), result.district(), dir.resolve("run"), Language.ID);
  }

  @Test
  @DisplayName("replayed ledger + monitoring files give the run's assessments, and a well-formed dashboard")
  void rebuiltFromTheBooks() throws Exception {
    Ledger replayed = Ledger.replay(result.village(), result.ledger().policy(), result.ledger().history(), OperationLog.NONE);
    LedgerReport r = LedgerReport.of(replayed, dir.resolve("run").resolve(ReportWriter.MONITORING_DIR));
    assertEquals(result.asOf(), r.dashboard().asOf());
    var live = result.district().village(result.village().code()).orElseThrow();
    assertEquals(live.projects().size(), r.dashboard().rollup().projects().size());
    for (ProjectAssessment a : r.dashboard().rollup().projects()) {
      ProjectAssessment b = live.projects().stream().filter(x -> x.project().id().equals(a.project().id())).findFirst().orElseThrow();
      assertEquals(b.status(), a.status(), a.project().id()::toString);
      assertEquals(b.earnedValue(), a.earnedValue(), a.project().id()::toString);
      assertEquals(codes(b), codes(a), a.project().id()::toString);
    }
    Path out = dir.resolve("report");
    ReportWriter.write(r.dashboard(), r.district(), out, Language.EN);
    DashboardTest.selfContained(DashboardTest.parse(out.resolve(ReportWriter.VILLAGE_PAGE)), Files.readString(out.resolve(ReportWriter.VILLAGE_PAGE)));
    // the caught misconduct found again from the books and the monitoring files: a ledger replayed
    // from its history alone has no refused attempts (the self-approval and the overspending are only
    // in a journal's refusals), and ReportWriter alone writes no tahap II requests (run adds them:
    // JournalCommandsTest.reportOfTheFolderMatchesTheRun finds all seven)
    assertEquals(java.util.EnumSet.complementOf(java.util.EnumSet.of(id.smartkampung.demo.scenario.Misconduct.SELF_APPROVAL,
            id.smartkampung.demo.scenario.Misconduct.OVERSPENDING, id.smartkampung.demo.scenario.Misconduct.TRANCHE_EARLY)),
        r.dashboard().caught().stream().map(id.smartkampung.demo.scenario.CaughtCase::misconduct)
            .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(id.smartkampung.demo.scenario.Misconduct.class))));
    for (var c : r.dashboard().caught()) {
      assertEquals(result.caught(c.misconduct()).orElseThrow(), c, "each case as the run caught it");
    }
    assertFalse(Files.readString(out.resolve(ReportWriter.VILLAGE_PAGE)).contains("No list of planted misconduct"));
  }

  @Test
  @DisplayName("a malformed monitoring file is refused naming the file")
  void badMonitoringFile() throws Exception {
    Path m = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(m.resolve("x.proyek.json"), "{\"id\": 1}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LedgerReport.of(result.ledger(), m));
    assertTrue(e.getMessage().contains("x.proyek.json"), e.getMessage());
  }

  private static Set<String> codes(ProjectAssessment a) {
    return a.flags().stream().map(RedFlag::code).map(Object::toString).collect(Collectors.toSet());
  }
}
