package id.smartkampung.core.interchange.siskeudes;

import static id.smartkampung.core.journal.YearScenario.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken exports are refused with the table and row named and nothing written (issue 17): a missing
 * table, an unknown account, an overspending row, a wrong version, a truncated file.
 */
class SiskeudesBrokenZipTest {
  @TempDir Path dir;

  /** A small honest year: the example budget, Dana Desa received, a road paid with PPh 22 and PPN, deposited. */
  static Ledger year() {
    Ledger l = Ledger.create(VILLAGE, 2025);
    Instant t = Instant.parse("2024-10-01T01:00:00Z");
    List<Operation> ops = new ArrayList<>();
    for (var o : List.of(KD, SEKDES, KAUR, PKA_PU)) {
      ops.add(new RegisterOfficial(OperationId.of("r-" + o.id()), KD, t = t.plusSeconds(60), o,
          o == PKA_PU ? ImmutableSortedSet.of(JALAN.kegiatan()) : ImmutableSortedSet.of(), null));
    }
    ops.add(new DraftBudget(OperationId.of("draft"), SEKDES, t = t.plusSeconds(60), BUDGET, "RAPBDes"));
    ops.add(new AgreeBudget(OperationId.of("agree"), KD, t = t.plusSeconds(60), "BA"));
    ops.add(new EvaluateBudget(OperationId.of("evaluate"), EVALUATOR, t = t.plusSeconds(60), "evaluasi"));
    ops.add(new EnactBudget(OperationId.of("enact"), KD, t = t.plusSeconds(60), "Perdes 1/2024"));
    t = Instant.parse("2025-01-06T02:00:00Z");
    ops.add(new ReceiveRevenue(OperationId.of("dds"), KAUR, t, AccountCode.parse("4.2.1.01"), FundSource.DDS, Idr.of(400_000_000L), 1, "rk"));
    t = Instant.parse("2025-03-03T02:00:00Z");
    ops.add(new SubmitSpp(OperationId.of("jalan"), PKA_PU, t = t.plusSeconds(60), SppType.LS, JALAN, Idr.of(100_000_000L), "CV Maju Jaya", "rabat beton"));
    ops.add(new VerifySpp(OperationId.of("jalan-v"), SEKDES, t = t.plusSeconds(60), OperationId.of("jalan")));
    ops.add(new ApproveSpp(OperationId.of("jalan-a"), KD, t = t.plusSeconds(60), OperationId.of("jalan")));
    ops.add(new PaySpp(OperationId.of("jalan-p"), KAUR, t = t.plusSeconds(60), OperationId.of("jalan"), ImmutableSortedSet.of(TaxType.PPH_22, TaxType.PPN), "cek 1"));
    t = Instant.parse("2025-04-10T02:00:00Z");
    ops.add(new DepositTax(OperationId.of("setor"), KAUR, t, OperationId.of("jalan"), TaxType.PPH_22, Idr.of(1_351_351L).add(Idr.of(new java.math.BigDecimal("0.35"))), "NTPN1"));
    for (Operation op : ops) {
      l.applyOrThrow(op);
    }
    return l;
  }

  private Map<String, SiskeudesTable> tables() {
    Map<String, SiskeudesTable> m = new LinkedHashMap<>();
    for (SiskeudesTable t : SiskeudesExport.tables(year())) {
      m.put(t.name(), t);
    }
    return m;
  }

  private static SiskeudesTable edit(SiskeudesTable t, int row, String column, String value) {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r : t.rows()) {
      rows.add(new ArrayList<>(r));
    }
    rows.get(row - 1).set(t.column(column), value);
    return SiskeudesTable.of(t.name(), t.header(), rows);
  }

  private static int rowWhere(SiskeudesTable t, String column, String value) {
    for (int r = 1; r <= t.size(); r++) {
      if (t.cell(r, column).equals(value)) {
        return r;
      }
    }
    throw new AssertionError("no row with " + column + " = " + value + " in " + t.name());
  }

  private Path zip(Map<String, SiskeudesTable> tables) throws Exception {
    Path zip = dir.resolve("export.zip");
    SiskeudesArchive.write(zip, tables.values());
    return zip;
  }

  /** Imports and expects a refusal; checks that nothing is written; returns the findings. */
  private List<Finding> refused(Path zip) {
    Path journal = dir.resolve("book.jsonl");
    SiskeudesFormatException e = assertThrows(SiskeudesFormatException.class, () -> SiskeudesImport.importBook(zip, journal));
    assertFalse(Files.exists(journal), "nothing written");
    assertFalse(Files.exists(dir.resolve("book.jsonl.importing")), "no temporary book left");
    return e.findings();
  }

  private static String paths(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().code() + " " + f.path() + ": " + f.message()).collect(Collectors.joining("\n"));
  }

  @Test
  void theHonestYearImports() throws Exception {
    Path journal = dir.resolve("book.jsonl");
    SiskeudesYear y = SiskeudesImport.importBook(zip(tables()), journal);
    assertTrue(Files.exists(journal));
    assertFalse(y.operations().isEmpty());
  }

  @Test
  void aMissingTableIsNamed() throws Exception {
    Map<String, SiskeudesTable> t = tables();
    t.remove("Ta_SPPBukti");
    List<Finding> f = refused(zip(t));
    assertEquals(1, f.size(), paths(f));
    assertEquals("Ta_SPPBukti", f.get(0).path());
    assertTrue(f.get(0).message().contains("missing"), f.get(0).message());
  }

  @Test
  void aMissingColumnIsNamed() throws Exception {
    Map<String, SiskeudesTable> t = tables();
    SiskeudesTable rab = t.get("Ta_RABRinci");
    List<String> header = new ArrayList<>(rab.header());
    int c = header.indexOf("AnggaranStlhPAK");
    header.remove(c);
    List<List<String>> rows = rab.rows().stream().map(r -> { List<String> x = new ArrayList<>(r); x.remove(c); return x; }).collect(Collectors.toList());
    t.put("Ta_RABRinci", SiskeudesTable.of("Ta_RABRinci", header, rows));
    List<Finding> f = refused(zip(t));
    assertEquals("Ta_RABRinci column AnggaranStlhPAK", f.get(0).path(), paths(f));
  }

  @Test
  void anUnknownAccountIsNamedByTableRowAndColumn() throws Exception {
    Map<String, SiskeudesTable> t = tables();
    t.put("Ta_RABRinci", edit(t.get("Ta_RABRinci"), 3, "Kd_Rincian", "5.9.9.99."));
    List<Finding> f = refused(zip(t));
    assertEquals(1, f.size(), paths(f));
    assertEquals(Rule.CODE_UNKNOWN, f.get(0).rule());
    assertEquals("Ta_RABRinci row 3, column Kd_Rincian", f.get(0).path());
    assertEquals("3", f.get(0).data().get("row"));
  }

  @Test
  void anOverspendingRowIsRefusedByTheLedgersRuleAtItsRow() throws Exception {
    // the road (02.03.10, 5.3.5.01, DDS) has Rp350.000.000: an SPP of Rp360.000.000 breaks I5
    Map<String, SiskeudesTable> t = tables();
    String big = "360000000";
    t.put("Ta_SPP", edit(t.get("Ta_SPP"), rowWhere(t.get("Ta_SPP"), "No_SPP", "jalan"), "Jumlah", big));
    t.put("Ta_SPPRinci", edit(t.get("Ta_SPPRinci"), rowWhere(t.get("Ta_SPPRinci"), "No_SPP", "jalan"), "Nilai", big));
    int bukti = rowWhere(t.get("Ta_SPPBukti"), "No_Bukti", "jalan");
    t.put("Ta_SPPBukti", edit(t.get("Ta_SPPBukti"), bukti, "Nilai", big));
    List<Finding> f = refused(zip(t));
    assertEquals(Rule.ITEM_OVERSPENT, f.get(0).rule(), paths(f));
    assertEquals("Ta_SPPBukti row " + bukti, f.get(0).path());
    assertTrue(f.get(0).message().contains("spp:jalan"), f.get(0).message());
  }

  @Test
  void anotherVersionIsRefusedNamingTheSupportedOnes() throws Exception {
    Map<String, SiskeudesTable> t = tables();
    t.put("Ref_Version", edit(t.get("Ref_Version"), 1, "Versi", "1.2.0"));
    List<Finding> f = refused(zip(t));
    assertEquals(1, f.size(), paths(f));
    assertEquals("Ref_Version row 1, column Versi", f.get(0).path());
    assertTrue(f.get(0).message().contains("2.0"), f.get(0).message());
  }

  @Test
  void aTruncatedZipIsRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SiskeudesArchive.write(out, tables().values());
    byte[] whole = out.toByteArray();
    Path zip = dir.resolve("export.zip");
    Files.write(zip, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
    List<Finding> f = refused(zip);
    assertEquals("export.zip", f.get(0).path(), paths(f));
    assertTrue(f.get(0).message().contains("truncated"), f.get(0).message());
  }

  @Test
  void aTruncatedTableInsideTheZipIsRefusedNamingTheTableAndLine() throws Exception {
    Map<String, SiskeudesTable> t = tables();
    String csv = t.get("Ta_RABRinci").toCsv();
    String cut = csv.substring(0, csv.length() - 40);
    t.remove("Ta_RABRinci");
    Path zip = dir.resolve("export.zip");
    try (var out = Files.newOutputStream(zip); var z = new java.util.zip.ZipOutputStream(out)) {
      for (SiskeudesTable x : t.values()) {
        z.putNextEntry(new java.util.zip.ZipEntry(x.fileName()));
        z.write(x.toCsv().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        z.closeEntry();
      }
      z.putNextEntry(new java.util.zip.ZipEntry("Ta_RABRinci.csv"));
      z.write(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      z.closeEntry();
    }
    List<Finding> f = refused(zip);
    assertTrue(f.get(0).path().startsWith("Ta_RABRinci row "), paths(f));
    assertTrue(f.get(0).message().contains("truncated"), f.get(0).message());
  }

  @Test
  void everyBrokenRowIsListedNotOnlyTheFirst() throws Exception {
    Map<String, SiskeudesTable> t = tables();
    t.put("Ta_RABRinci", edit(edit(t.get("Ta_RABRinci"), 2, "Anggaran", "1.000.000"), 5, "SumberDana", "XYZ"));
    List<Finding> f = refused(zip(t));
    assertEquals(List.of("Ta_RABRinci row 2, column Anggaran", "Ta_RABRinci row 5, column SumberDana"),
        f.stream().map(Finding::path).collect(Collectors.toList()), paths(f));
  }

  @Test
  void aTaxAmountOtherThanTheLedgersIsAWarningAtItsRow() throws Exception {
    // PPN on Rp100.000.000 paid to a PKP is 11/111 of it, Rp9.909.909,91; the export says Rp9.000.000
    Map<String, SiskeudesTable> t = tables();
    SiskeudesTable pot = t.get("Ta_SPPPot");
    int ppn = rowWhere(pot, "Kd_Rincian", "7.1.1.04.");
    java.math.BigDecimal was = new java.math.BigDecimal(pot.cell(ppn, "Nilai"));
    t.put("Ta_SPPPot", edit(pot, ppn, "Nilai", "9000000"));
    int spp = rowWhere(t.get("Ta_SPP"), "No_SPP", "jalan");
    java.math.BigDecimal potongan = new java.math.BigDecimal(t.get("Ta_SPP").cell(spp, "Potongan")).subtract(was).add(new java.math.BigDecimal("9000000"));
    t.put("Ta_SPP", edit(t.get("Ta_SPP"), spp, "Potongan", potongan.toPlainString()));
    SiskeudesYear y = SiskeudesImport.read(t);
    assertEquals(List.of(), y.check());
    List<Finding> w = y.taxDifferences();
    assertEquals(1, w.size(), paths(w));
    assertEquals("Ta_SPPPot row " + ppn + ", column Nilai", w.get(0).path());
    assertFalse(w.get(0).isError());
    assertTrue(w.get(0).message().contains("9000000") && w.get(0).message().contains(was.stripTrailingZeros().toPlainString()), w.get(0).message());
  }

  @Test
  void anExistingBookIsNeverReplaced() throws Exception {
    Path journal = dir.resolve("book.jsonl");
    Files.writeString(journal, "keep");
    assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> SiskeudesImport.importBook(zip(tables()), journal));
    assertEquals("keep", Files.readString(journal));
  }

  @Test
  void aTableOfAnotherYearIsRefusedRowByRow() throws Exception {
    Map<String, SiskeudesTable> t = tables();
    t.put("Ta_TBP", edit(t.get("Ta_TBP"), 1, "Tahun", "2024"));
    List<Finding> f = refused(zip(t));
    assertEquals("Ta_TBP row 1, column Tahun", f.get(0).path(), paths(f));
    assertEquals(ImmutableList.of(Rule.OUTSIDE_FISCAL_YEAR), f.stream().map(Finding::rule).distinct().collect(ImmutableList.toImmutableList()));
  }
}
