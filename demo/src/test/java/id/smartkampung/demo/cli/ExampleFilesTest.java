package id.smartkampung.demo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.BudgetCsv;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.BudgetValidator;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.demo.cli.ValidateCommandTest.Result;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.json.ProgressJson;
import id.smartkampung.monitoring.json.ProjectJson;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.core.money.Idr;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example input files shipped with the demo ({@code demo/examples/}, issue 16): each is valid,
 * {@code validate} says so, and the README lists every one of them.
 */
class ExampleFilesTest {
  static final Path EXAMPLES = Path.of("examples");

  @ParameterizedTest
  @ValueSource(strings = {"apbdes-sumberagung-2025.json", "apbdes-sumberagung-2025.csv", "apbdes-sumberagung-2025-spreadsheet.csv", "apbdes-sumberagung-2026.json"})
  void theExampleBudgetsValidateClean(String name) {
    Result r = ValidateCommandTest.run("validate", EXAMPLES.resolve(name).toString(), "--village", "Sumberagung");
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("0 error(s), 0 warning(s)"), r.out());
  }

  @Test
  void theThreeBudgetFilesHoldTheSameBudget() throws Exception {
    var json = BudgetJson.read(EXAMPLES.resolve("apbdes-sumberagung-2025.json"));
    var csv = BudgetCsv.read(EXAMPLES.resolve("apbdes-sumberagung-2025.csv"), json.village(), 2025);
    var sheet = BudgetCsv.read(EXAMPLES.resolve("apbdes-sumberagung-2025-spreadsheet.csv"), json.village(), 2025);
    assertEquals(BudgetCsv.toCsv(json), BudgetCsv.toCsv(csv));
    assertEquals(csv, sheet);
  }

  @Test
  void the2026ExampleIsTheLibrarysExample() throws Exception {
    assertEquals(BudgetJson.example(2026), BudgetJson.read(EXAMPLES.resolve("apbdes-sumberagung-2026.json")));
    assertEquals(BudgetJson.example(2025), BudgetJson.read(EXAMPLES.resolve("apbdes-sumberagung-2025.json")));
  }

  @Test
  void theRevisionTableReadsAndTheRevisedBudgetIsValid() throws Exception {
    var json = BudgetJson.read(EXAMPLES.resolve("apbdes-sumberagung-2025.json"));
    BudgetCsv.Revision r = BudgetCsv.readRevision(EXAMPLES.resolve("perubahan-apbdes-sumberagung-2025.csv"), json.village(), 2025);
    assertEquals(BudgetCsv.toCsv(json), BudgetCsv.toCsv(r.before()), "before the revision: the enacted example");
    assertEquals(6, r.diff().changes().size(), r.diff().changes().toString());
    var v = BudgetValidator.of(PolicyPack.forYear(2025)).validate(r.after());
    assertTrue(v.errors().isEmpty(), v.findings().toString());
  }

  @Test
  void theProjectAndItsProgressReportsReadAndAssess() throws Exception {
    Project p = ProjectJson.read(Files.readString(EXAMPLES.resolve("jalan-sumberjo.proyek.json"), UTF_8));
    var reports = ProgressJson.read(Files.readString(EXAMPLES.resolve("jalan-sumberjo.laporan.json"), UTF_8), p);
    assertTrue(reports.size() >= 5, "a series of weekly reports");
    var a = ProjectAssessor.withDefaults().assess(MonitoredProject.of(p, reports, Idr.of(300_000_000)), LocalDate.of(2025, 4, 28));
    assertTrue(a.actual().value().signum() > 0, a.toString());
  }

  @Test
  void theReadmeListsEveryExampleFile() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), UTF_8);
    List<String> names;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      names = s.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertEquals(7, names.size(), names.toString());
    for (String n : names) {
      assertTrue(readme.contains("demo/examples/" + n), "README.md lists demo/examples/" + n);
    }
  }
}
