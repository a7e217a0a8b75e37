package id.smartkampung.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.audit.AuditReport;
import id.smartkampung.core.audit.JournalAudit;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.official.SigningKey;
import id.smartkampung.core.rule.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Allocation;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.project.OutputTarget;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.site.GeoPoint;
import id.smartkampung.monitoring.site.Site;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library example, compiled and run: the code between the markers is the README's
 * code block, word for word (the test checks that), so the README cannot rot.
 */
class ReadmeExampleTest {
  @TempDir Path dir;

  @Test
  void theReadmeExampleRunsAsPrinted() throws Exception {
    Path file = dir.resolve("jurnal-sumberagung-2025.jsonl");
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream stdout = System.out;
    System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
    // README-EXAMPLE-BEGIN
    Apbdes apbdes = BudgetJson.example(); // Desa Sumberagung, Banyuwangi, 2025
    Official kades = Official.of("kd", "Bambang Wijaya", Role.KEPALA_DESA);
    Official sekdes = Official.of("sd", "Siti Aminah", Role.SEKRETARIS_DESA);
    Official kaur = Official.of("kk", "Dewi Lestari", Role.KAUR_KEUANGAN);
    Official kasi = Official.of("pka", "Agus Santoso", Role.PELAKSANA_KEGIATAN);
    Official bupati = Official.of("ev", "Bagian Pemdes", Role.EVALUATOR_KABUPATEN);
    SigningKey kadesKey = SigningKey.generate(); // kept on the Kepala Desa's phone
    KegiatanCode jalan = KegiatanCode.parse("02.03.10");
    BudgetItemKey rabat = BudgetItemKey.of(jalan, AccountCode.parse("5.3.5.01"), FundSource.DDS);
    Instant t = Instant.parse("2024-12-02T02:00:00Z");

    try (VillageBook book = VillageBook.create(file, apbdes.village(), 2025)) {
      book.apply(new RegisterOfficial(OperationId.of("r1"), kades, t, kades, ImmutableSortedSet.of(),
          Optional.of(kadesKey.publicKey().base64())), kadesKey);
      book.apply(RegisterOfficial.of(OperationId.of("r2"), kades, t, sekdes, Set.of()), kadesKey);
      book.apply(RegisterOfficial.of(OperationId.of("r3"), kades, t, kaur, Set.of()), kadesKey);
      book.apply(RegisterOfficial.of(OperationId.of("r4"), kades, t, kasi, Set.of(jalan)), kadesKey);
      book.apply(new DraftBudget(OperationId.of("b1"), sekdes, t, apbdes, "RAPBDes 2025"));
      book.apply(new AgreeBudget(OperationId.of("b2"), kades, t, "BA BPD 07/2024"), kadesKey);
      book.apply(new EvaluateBudget(OperationId.of("b3"), bupati, t, "Evaluasi 140/2024"));
      book.apply(new EnactBudget(OperationId.of("b4"), kades, t, "Perdes 5/2024"), kadesKey);

      Instant feb = Instant.parse("2025-02-12T02:00:00Z");
      book.apply(new ReceiveRevenue(OperationId.of("k1"), kaur, feb, AccountCode.parse("4.2.1.01"),
          FundSource.DDS, Idr.of(404_938_000), OptionalInt.of(1), "Tahap I"));
      book.apply(new SubmitSpp(OperationId.of("spp1"), kasi, feb, SppType.LS, rabat,
          Idr.of(120_000_000), "CV Karya Desa", "Semen dan batu pecah"));
      book.apply(new VerifySpp(OperationId.of("v1"), sekdes, feb, OperationId.of("spp1")));

      // the submitter may not approve his own request: rejected, nothing changes
      Outcome self = book.apply(new ApproveSpp(OperationId.of("a0"), kasi, feb, OperationId.of("spp1")));
      System.out.println(self.findings()); // [ERROR I7.segregation-of-duties ...]

      book.apply(new ApproveSpp(OperationId.of("a1"), kades, feb, OperationId.of("spp1")), kadesKey);
      book.apply(new PaySpp(OperationId.of("p1"), kaur, feb, OperationId.of("spp1"),
          ImmutableSortedSet.of(), "Transfer RKD"));
      System.out.println(book.ledger().realised(rabat)); // IDR 120000000
      System.out.println(book.anchor()); // the last entry and its hash: publish it
    }
    AuditReport audit = JournalAudit.audit(file); // offline: chain, signatures, every rule
    System.out.println(audit.isClean() ? "clean" : audit.errors());
    // README-EXAMPLE-END
    assertTrue(audit.isClean(), audit.errors().toString());
    assertEquals(13, audit.entries(), "13 accepted operations; the rejected approval is not in the journal");
    } finally {
      System.setOut(stdout);
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains(Rule.SEGREGATION_OF_DUTIES.code()), out);
    assertTrue(out.contains("IDR 120000000") && out.strip().endsWith("clean"), out);
    try (VillageBook reopened = VillageBook.open(file)) {
      assertTrue(reopened.ledger().operation(OperationId.of("a0")).isEmpty(), "the self-approval changed nothing");
      assertEquals(Idr.toSen(Idr.of(120_000_000)), Idr.toSen(reopened.ledger().realised(BudgetItemKey.of(
          KegiatanCode.parse("02.03.10"), AccountCode.parse("5.3.5.01"), FundSource.DDS))));
    }
  }

  @Test
  void theMonitoringExampleRunsAsPrinted() {
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream stdout = System.out;
    System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
    // README-MONITORING-BEGIN
    Apbdes apbdes = BudgetJson.example();
    KegiatanCode jalan = KegiatanCode.parse("02.03.10");
    GeoPoint site = GeoPoint.of(-8.5937, 114.0231);
    Project road = Project.builder()
        .id("jalan-sumberjo").name("Rabat beton jalan Dusun Sumberjo")
        .village(apbdes.village()).fiscalYear(2025)
        .allocation(Allocation.fromApbdes(apbdes, jalan)) // BAC: the kegiatan's budget
        .output(OutputTarget.of("350", "m"))
        .site(Site.point(site))
        .plan(PlannedCurve.ofCumulative(LocalDate.of(2025, 3, 3), 7, // kurva S, weekly
            Stream.of(0, 5, 15, 30, 50, 70, 85, 95, 100).map(Percent::of).toList()))
        .implementer(Implementer.tpk("TPK Desa Sumberagung"))
        .build();

    byte[] photo = "bytes of the photo file".getBytes(StandardCharsets.UTF_8);
    List<ProgressReport> reports = List.of(
        ProgressReport.of(LocalDate.of(2025, 3, 3), Percent.of(0), "Ketua TPK")
            .plusEvidence(Evidence.of(PhotoHash.of(photo), site, 5, LocalDateTime.of(2025, 3, 3, 9, 0))),
        ProgressReport.of(LocalDate.of(2025, 3, 31), Percent.of(20), "Ketua TPK"));
    Money paid = Idr.of(300_000_000); // from the ledger: book.ledger().realisedByKegiatan().get(jalan)

    ProjectAssessment a = ProjectAssessor.withDefaults()
        .assess(MonitoredProject.of(road, reports, paid), LocalDate.of(2025, 4, 7));
    System.out.println(a.status() + " " + a.deviationPp()); // CRITICAL -50.0000 pp
    a.flags().forEach(f -> System.out.println(f.code() + ": " + f.message()));
    // README-MONITORING-END
    this.assessed = a;
    } finally {
      System.setOut(stdout);
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    assertEquals(ProjectStatus.CRITICAL, assessed.status(), out);
    assertTrue(assessed.has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS), out);
    assertTrue(assessed.has(RedFlagCode.DEVIASI_KRITIS), out); // swakelola by the TPK: deviasi kritis, not kontrak kritis
    assertTrue(out.startsWith("CRITICAL -50.0000 pp"), out);
  }

  private ProjectAssessment assessed;

  @Test
  void theReadmeShowsTheseExamplesWordForWord() throws Exception {
    String source = Files.readString(Path.of("src/test/java/id/smartkampung/demo/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    for (String name : List.of("EXAMPLE", "MONITORING")) {
      String example = source.substring(source.indexOf("// README-" + name + "-BEGIN") + ("// README-" + name + "-BEGIN").length(),
          source.indexOf("    // README-" + name + "-END"));
      String dedented = example.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip()).reduce("", (x, y) -> x + y + "\n").strip();
      assertTrue(readme.contains(dedented), "README.md must contain the " + name + " block of ReadmeExampleTest word for word:\n" + dedented);
    }
  }
}
