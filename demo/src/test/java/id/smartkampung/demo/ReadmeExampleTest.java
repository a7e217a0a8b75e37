package id.smartkampung.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.BudgetCheckExample;
import example.MonitoringExample;
import example.VillageBookExample;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.RuleViolationException;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.flag.RedFlagCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library examples are complete files of this repository ({@code
 * demo/src/test/java/example/}), shown in the README word for word (the test checks that), compiled
 * with the tests and run here — so a reader can paste them into a new project, and they cannot rot.
 */
class ReadmeExampleTest {
  static final List<String> EXAMPLES = List.of("VillageBookExample", "BudgetCheckExample", "MonitoringExample");

  @TempDir Path dir;

  interface Body {
    void run() throws Exception;
  }

  private static String printed(Body body) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setOut(stdout);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theVillageBookExampleRunsAsPrinted() throws Exception {
    Path file = dir.resolve("jurnal-sumberagung-2025.jsonl");
    String out = printed(() -> VillageBookExample.main(new String[] {file.toString()}));
    assertTrue(out.contains(Rule.SEGREGATION_OF_DUTIES.code()), out);
    assertTrue(out.contains("IDR 120000000") && out.strip().endsWith("clean"), out);
    // the taxes of the lined SPP as the comments in the README say (issue 13)
    assertTrue(out.contains("PPh 22 2025-02 1621622.00 due 2025-03-17"), out);
    assertTrue(out.contains("PPN 2025-02 11891892.00 due 2025-03-17"), out);
    try (VillageBook reopened = VillageBook.open(file)) {
      assertEquals(14, reopened.ledger().size(), "14 accepted operations; the rejected approval is not in the journal");
      assertEquals(Idr.of(1_621_622), reopened.ledger().snapshot().funds().get(FundSource.DDS).taxPayable(), "PPh 22 still owed after the PPN deposit");
      assertTrue(reopened.ledger().operation(OperationId.of("a0")).isEmpty(), "the self-approval changed nothing");
      assertEquals(Idr.toSen(Idr.of(120_000_000)), Idr.toSen(reopened.ledger().realised(BudgetItemKey.of(
          KegiatanCode.parse("02.03.10"), AccountCode.parse("5.3.5.01"), FundSource.DDS))));
      // what the example's applyOrThrow does with a rejection: it throws, and nothing changes
      Official kasi = Official.of("pka", "Agus Santoso", Role.PELAKSANA_KEGIATAN);
      RuleViolationException e = assertThrows(RuleViolationException.class, () -> reopened.applyOrThrow(
          new ApproveSpp(OperationId.of("a9"), kasi, Instant.parse("2025-02-13T02:00:00Z"), OperationId.of("spp1"))));
      assertTrue(e.findings().stream().anyMatch(f -> f.rule() == Rule.WRONG_ROLE), e.getMessage());
      assertEquals(14, reopened.ledger().size());
    }
  }

  @Test
  void theBudgetCheckExampleRunsAsPrinted() throws Exception {
    String clean = printed(() -> BudgetCheckExample.main(new String[] {"examples/apbdes-sumberagung-2025.json"}));
    assertEquals("clean", clean.strip());
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"smartkampung.apbdes/1\", \"lines\": [");
    String unreadable = printed(() -> BudgetCheckExample.main(new String[] {broken.toString()}));
    assertTrue(unreadable.contains("IO.format"), unreadable);
  }

  @Test
  void theMonitoringExampleRunsAsPrinted() throws Exception {
    String out = printed(() -> MonitoringExample.main(new String[0]));
    ProjectAssessment a = MonitoringExample.assess();
    assertEquals(ProjectStatus.CRITICAL, a.status(), out);
    assertTrue(a.has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS), out);
    assertTrue(a.has(RedFlagCode.DEVIASI_KRITIS), out); // swakelola by the TPK: deviasi kritis, not kontrak kritis
    assertTrue(out.startsWith("CRITICAL -50.0000 pp"), out);
  }

  @Test
  void theReadmeShowsTheseExamplesWordForWord() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    for (String name : EXAMPLES) {
      String source = Files.readString(Path.of("src/test/java/example/" + name + ".java"), StandardCharsets.UTF_8).strip();
      assertTrue(readme.contains("```java\n" + source + "\n```"), "README.md must contain example/" + name + ".java word for word in a java block");
    }
  }
}
