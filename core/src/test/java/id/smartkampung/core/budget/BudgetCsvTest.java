package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV import and export of the APBDes in the Siskeudes <i>penjabaran</i> shape: what real tables
 * do is accepted, and every bad input gets an error naming the line and column (DESIGN §5).
 */
class BudgetCsvTest {
  private static final Village VILLAGE = Village.of("35.10.01.2003", "Sumberagung", "Pesanggaran", "Banyuwangi");
  private static final String HEADER = "section,account_code,kegiatan_code,description,amount,fund_source\n";
  private static final String REVISION = "section,account_code,kegiatan_code,description,amount_before,amount_after,fund_source\n";

  private static Apbdes parse(String csv) {
    return BudgetCsv.parse(csv, VILLAGE, 2025);
  }

  private static List<Finding> problems(String csv) {
    BudgetFormatException e = assertThrows(BudgetFormatException.class, () -> parse(csv));
    e.findings().forEach(f -> assertTrue(f.isError(), f.toString()));
    return e.findings();
  }

  private static void assertOnly(List<Finding> found, Rule rule, String path) {
    assertEquals(1, found.size(), found.toString());
    assertEquals(rule, found.get(0).rule(), found.toString());
    assertEquals(path, found.get(0).path(), found.toString());
  }

  // ------------------------------------------------------------------------------ what real tables do

  @Test
  void readsAmountsWithAndWithoutSenAndFillsTheNaturalFundSourceOfRevenue() {
    Apbdes b = parse(HEADER
        + "pendapatan,4.2.1.01,,Dana Desa,964073000,\n"
        + "pendapatan,4.2.3.01,,Alokasi Dana Desa,544835000.00,ADD\n"
        + "belanja,5.1.1.01,01.01.01,Penghasilan Tetap Kepala Desa,52200000,ADD\n"
        + "belanja,5.2.1.01,01.01.04,ATK,1000000.5,ADD\n"
        + "pembiayaan_penerimaan,6.1.1.01,,SiLPA,1000000,\n");
    assertEquals(5, b.lines().size());
    assertEquals(FundSource.DDS, b.lines(Section.PENDAPATAN).get(0).fundSource(), "4.2.1 brings in Dana Desa");
    assertTrue(b.lines(Section.PENDAPATAN).get(1).amount().isEqualTo(Idr.of(544_835_000)));
    BudgetLine atk = b.lines(Section.BELANJA).get(1);
    assertTrue(atk.amount().isEqualTo(Idr.parse("1000000.50")));
    assertNull(b.lines(Section.PEMBIAYAAN_PENERIMAAN).get(0).fundSource());
    assertEquals(KegiatanCode.parse("01.01.01"), b.lines(Section.BELANJA).get(0).kegiatan());
  }

  @Test
  void aBelanjaRowWithoutFundSourceIsReadButIsAnErrorOfTheBudgetAtItsLineAndColumn() throws IOException {
    // issue 12: a belanja line without sumber dana can never be paid: an ERROR of
    // the budget (was a warning); the file is still read, as published budgets have such lines
    String csv = HEADER
        + "pendapatan,4.2.3.01,,Alokasi Dana Desa,1000000,ADD\n"
        + "belanja,5.2.1.01,01.01.04,ATK,1000000,\n";
    Apbdes b = parse(csv);
    assertNull(b.lines(Section.BELANJA).get(0).fundSource(), "belanja without fund source stays empty");
    CheckedBudget c = BudgetCsv.readChecked(new StringReader(csv), "desa.csv", VILLAGE, 2025, BudgetValidator.of(PolicyPack.forYear(2025)));
    List<Finding> errors = c.validation().errors();
    assertOnly(errors, Rule.FUND_SOURCE_MISSING, "line 3, column fund_source");
  }

  @Test
  void zeroLinesSubLinesTwoFundSourcesAndExactRepeatsAreAllRead() throws IOException {
    // I2: sub-lines of one item and one account from two sources are normal; an exact repeat is a likely duplicate
    String csv = HEADER
        + "pendapatan,4.2.1.01,,Dana Desa,100,DDS\n"
        + "pendapatan,4.2.3.01,,Alokasi Dana Desa,250,ADD\n"
        + "belanja,5.2.1.01,01.01.04,ATK,100,ADD\n"
        + "belanja,5.2.1.01,01.01.04,ATK,100,DDS\n"
        + "belanja,5.2.1.01,01.01.04,ATK kertas,50,ADD\n"
        + "belanja,5.2.1.01,01.01.04,ATK,100,ADD\n"
        + "belanja,5.3.5.01,02.03.10,Rabat beton (dianggarkan di perubahan),0,DDS\n";
    CheckedBudget c = BudgetCsv.readChecked(new StringReader(csv), "desa.csv", VILLAGE, 2025, BudgetValidator.of(PolicyPack.forYear(2025)));
    assertEquals(7, c.budget().lines().size(), "all seven lines are read");
    List<Finding> dups = c.validation().findings().stream().filter(f -> f.rule() == Rule.LINE_DUPLICATE).collect(Collectors.toList());
    assertEquals(1, dups.size(), c.validation().findings().toString());
    assertEquals("line 7", dups.get(0).path());
    assertEquals("line 4", dups.get(0).data().get("repeats"));
    assertFalse(dups.get(0).isError());
    assertTrue(c.budget().item(BudgetItemKey.of(KegiatanCode.parse("01.01.04"), AccountCode.parse("5.2.1.01"), FundSource.ADD))
        .isEqualTo(Idr.of(250)), "sub-lines are controlled as their sum");
    assertFalse(c.validation().has(Rule.BALANCE), c.validation().findings().toString());
  }

  @Test
  void acceptsCrlfByteOrderMarkQuotedCommasAndBlankRows() {
    Apbdes b = parse("\uFEFF" + HEADER.replace("\n", "\r\n")
        + "pendapatan,4.2.1.01,,\"Dana Desa, tahap I dan II\",100,DDS\r\n"
        + "\r\n"
        + "pendapatan,4.3.6.01,,Bunga Bank,5,\r\n");
    assertEquals(2, b.lines().size());
    assertEquals("Dana Desa, tahap I dan II", b.lines().get(0).description());
    assertEquals(FundSource.DLL, b.lines().get(1).fundSource());
  }

  // ------------------------------------------------------------------------------ round trips

  @Test
  void exportWritesTheExampleResourceExactly() throws IOException {
    try (InputStream in = BudgetCsv.class.getResourceAsStream("example-banyuwangi-2025.csv")) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), BudgetCsv.toCsv(BudgetJson.example()));
    }
    assertTrue(BudgetCsv.toCsv(BudgetJson.example()).startsWith(HEADER.replace("\n", ",focus\n")), "the example's Dana Desa lines carry focus tags");
  }

  @Test
  void writeThenReadGivesAnEqualBudgetWithoutOutputs(@TempDir Path dir) throws IOException {
    Apbdes example = BudgetJson.example();
    Apbdes withoutOutputs = example.withLines(example.lines().stream()
        .map(l -> new BudgetLine(l.section(), l.account(), l.kegiatan(), l.description(), l.amount(), l.fundSource(), null, l.focus(), l.quantity()))
        .collect(Collectors.toList()));
    Path file = dir.resolve("apbdes.csv");
    BudgetCsv.write(example, file);
    assertEquals(withoutOutputs, BudgetCsv.read(file, example.village(), 2025));
    assertEquals(withoutOutputs, parse(BudgetCsv.toCsv(withoutOutputs)));
    CheckedBudget c = BudgetCsv.readChecked(file, example.village(), 2025);
    assertEquals(List.of(), c.validation().findings());
  }

  @Test
  void exportQuotesOnlyWhereNeeded() {
    Apbdes b = Apbdes.of(VILLAGE, 2025, List.of(
        BudgetLine.belanja(KegiatanCode.parse("01.01.04"), AccountCode.parse("5.2.1.01"), FundSource.ADD, "ATK, kertas \"HVS\"", Idr.of(1))));
    assertEquals(HEADER + "belanja,5.2.1.01,01.01.04,\"ATK, kertas \"\"HVS\"\"\",1.00,ADD\n", BudgetCsv.toCsv(b));
    assertEquals(b, parse(BudgetCsv.toCsv(b)));
  }

  // ------------------------------------------------------------------------------ bad input

  @Test
  void aWrongOrMissingHeaderIsAnErrorAtLine1() {
    assertOnly(problems(""), Rule.FORMAT, "line 1");
    assertOnly(problems("section,account,kegiatan,description,amount,fund_source\n"), Rule.FORMAT, "line 1");
    assertOnly(problems("pendapatan,4.2.1.01,,Dana Desa,100,DDS\n"), Rule.FORMAT, "line 1");
    List<Finding> revision = problems(REVISION + "pendapatan,4.2.1.01,,Dana Desa,1,2,\n");
    assertOnly(revision, Rule.FORMAT, "line 1");
    assertTrue(revision.get(0).message().contains("readRevision"), revision.get(0).message());
  }

  @Test
  void aRowWithTheWrongNumberOfCellsNamesItsLine() {
    assertOnly(problems(HEADER + "pendapatan,4.2.1.01,,Dana Desa,100,DDS\npendapatan,4.2.3.01,,ADD,100\n"), Rule.FORMAT, "line 3");
  }

  @Test
  void badCellsAreFormatErrorsAtTheirLineAndColumn() {
    assertOnly(problems(HEADER + "pengeluaran,4.2.1.01,,x,1,DDS\n"), Rule.FORMAT, "line 2, column section");
    assertOnly(problems(HEADER + "pendapatan,4.2.1.1,,x,1,DDS\n"), Rule.FORMAT, "line 2, column account_code");
    assertOnly(problems(HEADER + "pendapatan,,,x,1,DDS\n"), Rule.FORMAT, "line 2, column account_code");
    assertOnly(problems(HEADER + "belanja,5.2.1.01,1.1.4,x,1,ADD\n"), Rule.FORMAT, "line 2, column kegiatan_code");
    assertOnly(problems(HEADER + "belanja,5.2.1.01,01.01.04,x,1,Dana Desa\n"), Rule.FORMAT, "line 2, column fund_source");
    assertOnly(problems(HEADER + "belanja,5.2.1.01,01.01.04,x,52.200.000,ADD\n"), Rule.FORMAT, "line 2, column amount");
    assertOnly(problems(HEADER + "belanja,5.2.1.01,01.01.04,x,,ADD\n"), Rule.FORMAT, "line 2, column amount");
    assertOnly(problems(HEADER + "belanja,5.2.1.01,01.01.04,x,1e6,ADD\n"), Rule.FORMAT, "line 2, column amount");
  }

  @Test
  void lineRuleBreachesNameTheirRuleLineAndColumn() {
    // I1
    assertOnly(problems(HEADER + "belanja,5.2.1.01,01.01.04,x,-1,ADD\n"), Rule.AMOUNT_NEGATIVE, "line 2, column amount");
    assertOnly(problems(HEADER + "belanja,5.2.1.01,01.01.04,x,1.001,ADD\n"), Rule.AMOUNT_PRECISION, "line 2, column amount");
    // I2
    assertOnly(problems(HEADER + "belanja,5.8.1.01,01.01.04,x,1,ADD\n"), Rule.CODE_UNKNOWN, "line 2, column account_code");
    assertOnly(problems(HEADER + "belanja,5.2.1.01,09.09.01,x,1,ADD\n"), Rule.CODE_UNKNOWN, "line 2, column kegiatan_code");
    assertOnly(problems(HEADER + "belanja,5.2.1.01,01.01.04,x,1,ABC\n"), Rule.CODE_UNKNOWN, "line 2, column fund_source");
    assertOnly(problems(HEADER + "pendapatan,5.2.1.01,,x,1,ADD\n"), Rule.CODE_SECTION, "line 2, column account_code");
    assertOnly(problems(HEADER + "pendapatan,4.2.1.01,01.01.04,x,1,DDS\n"), Rule.CODE_SECTION, "line 2, column kegiatan_code");
    assertOnly(problems(HEADER + "belanja,5.2.1.01,,x,1,ADD\n"), Rule.CODE_SECTION, "line 2, column kegiatan_code");
  }

  @Test
  void everyProblemIsReportedWithItsPhysicalLine() {
    List<Finding> found = problems(HEADER
        + "pendapatan,4.2.1.01,,\"Dana Desa\ntahap I\",100,DDS\n" // lines 2-3
        + "\n" // line 4, blank
        + "belanja,5.2.1.01,01.01.04,x,-1,ADD\n" // line 5
        + "belanja,5.2.1.01,01.01.04,x,1,ADD,extra\n" // line 6
        + "belanja,5.2.1.01,01.01.04,x,abc,XYZ\n"); // line 7
    assertEquals(
        List.of("line 5, column amount", "line 6", "line 7, column amount"),
        found.stream().map(Finding::path).collect(Collectors.toList()));
  }

  @Test
  void malformedCsvIsAFormatError() {
    List<Finding> found = problems(HEADER + "pendapatan,4.2.1.01,,\"Dana Desa,100,DDS\n");
    assertEquals(Rule.FORMAT, found.get(0).rule());
    assertTrue(found.get(0).path().startsWith("line "), found.toString());
  }

  @Test
  void aFileErrorNamesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("desa.csv");
    Files.writeString(file, HEADER + "belanja,5.2.1.01,01.01.04,x,-1,ADD\n");
    BudgetFormatException e = assertThrows(BudgetFormatException.class, () -> BudgetCsv.read(file, VILLAGE, 2025));
    assertEquals(Optional.of(file.toString()), e.source());
    assertTrue(e.getMessage().startsWith(file + ": 1 problem: ERROR I1.amount-negative at line 2, column amount"), e.getMessage());
  }

  @Test
  void invalidUtf8IsAFormatError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, (HEADER + "pendapatan,4.2.1.01,,Dana Desa \u00ff,100,DDS\n").getBytes(StandardCharsets.ISO_8859_1));
    BudgetFormatException e = assertThrows(BudgetFormatException.class, () -> BudgetCsv.read(file, VILLAGE, 2025));
    assertEquals(Rule.FORMAT, e.findings().get(0).rule());
  }

  @Test
  void readCheckedNamesLinesAndWholeBudgetFindings() throws IOException {
    String csv = HEADER
        + "belanja,5.1.1.01,01.01.01,Siltap Kepala Desa,50,DDS\n"
        + "pendapatan,4.2.1.01,,Dana Desa,100,\n";
    CheckedBudget c = BudgetCsv.readChecked(new StringReader(csv), "desa.csv", VILLAGE, 2025, BudgetValidator.of(PolicyPack.forYear(2025)));
    Finding siltap = c.validation().findings().stream().filter(f -> f.rule() == Rule.SILTAP_FROM_DANA_DESA).findFirst().orElseThrow();
    assertEquals("line 2, column fund_source", siltap.path());
    Finding balance = c.validation().findings().stream().filter(f -> f.rule() == Rule.BALANCE).findFirst().orElseThrow();
    assertEquals("", balance.path());
    assertThrows(IllegalArgumentException.class,
        () -> BudgetCsv.readChecked(new StringReader(csv), "desa.csv", VILLAGE, 2024, BudgetValidator.of(PolicyPack.forYear(2025))));
  }

  @Test
  void readCheckedOfAYearWithoutAShippedPackIsAnArgumentError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("desa.csv");
    Files.writeString(file, HEADER + "pendapatan,4.2.1.01,,Dana Desa,100,\n");
    assertEquals(2023, BudgetCsv.read(file, VILLAGE, 2023).fiscalYear(), "plain reading needs no pack");
    assertThrows(IllegalArgumentException.class, () -> BudgetCsv.readChecked(file, VILLAGE, 2023));
  }

  // ------------------------------------------------------------------------------ revision shape

  @Test
  void aRevisionTableReadsIntoBeforeAndAfter() throws IOException {
    String csv = REVISION
        + "pendapatan,4.2.4.01,,Bantuan Provinsi,0,80000000,\n"
        + "belanja,5.3.5.01,02.03.10,Rabat beton,,50000000,DDS\n"
        + "belanja,5.2.1.01,01.01.04,ATK,1000000,,ADD\n"
        + "belanja,5.2.1.01,01.01.04,Kertas,200,200,ADD\n";
    BudgetCsv.Revision r = BudgetCsv.readRevision(new StringReader(csv), "perubahan.csv", VILLAGE, 2025);
    assertEquals(3, r.before().lines().size());
    assertEquals(3, r.after().lines().size());
    BudgetDiff d = r.diff();
    assertEquals(1, d.changes(BudgetDiff.Kind.INCREASED).size(), "0 before counts as an increase");
    assertEquals(1, d.changes(BudgetDiff.Kind.ADDED).size(), "empty amount_before: a new line");
    assertEquals(1, d.changes(BudgetDiff.Kind.REMOVED).size(), "empty amount_after: a dropped line");
    assertEquals(3, d.changes().size());
  }

  @Test
  void revisionErrorsNameTheAmountColumn() {
    BudgetFormatException e = assertThrows(BudgetFormatException.class, () -> BudgetCsv.readRevision(new StringReader(REVISION
        + "belanja,5.2.1.01,01.01.04,ATK,-1,5,ADD\n"
        + "belanja,5.2.1.01,01.01.04,ATK,1,0.001,ADD\n"
        + "belanja,5.2.1.01,01.01.04,ATK,,,ADD\n"
        + "belanja,5.2.1.01,01.01.04,ATK,x,1,ADD\n"), "p.csv", VILLAGE, 2025));
    assertEquals(
        List.of("line 2, column amount_before", "line 3, column amount_after", "line 4", "line 5, column amount_before"),
        e.findings().stream().map(Finding::path).collect(Collectors.toList()));
    assertEquals(
        List.of(Rule.AMOUNT_NEGATIVE, Rule.AMOUNT_PRECISION, Rule.FORMAT, Rule.FORMAT),
        e.findings().stream().map(Finding::rule).collect(Collectors.toList()));
    assertThrows(BudgetFormatException.class,
        () -> BudgetCsv.readRevision(new StringReader(HEADER + "pendapatan,4.2.1.01,,x,1,DDS\n"), "p.csv", VILLAGE, 2025));
  }
}
