package id.smartkampung.core.interchange.siskeudes;

import static id.smartkampung.core.journal.YearScenario.KAUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.RecordBankFee;
import id.smartkampung.core.ledger.Operation.RecordBankInterest;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Finding;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bank interest and bank charges in a Siskeudes export (issue 14 leftover): written as {@code
 * Ta_Mutasi} rows with an account — how Siskeudes records what the bank books on the RKD (its
 * {@code Ref_Bunga} names the accounts, {@code Kd_Bunga} and {@code Kd_Admin}; OpenSID's {@code
 * Keuangan_grafik_model} sums {@code keuangan_ta_mutasi.Nilai} by {@code Kd_Rincian} as
 * realisation) — and read back as {@code record-bank-interest} and {@code record-bank-fee}.
 */
class SiskeudesBankTest {
  @TempDir Path dir;

  static final BudgetItemKey PAJAK_BUNGA = SiskeudesRoundTripProperties.PAJAK_BUNGA;
  static final BudgetItemKey ADM_BANK = BudgetItemKey.of(KegiatanCode.parse("01.01.04"), AccountCode.parse("5.2.1.01"), FundSource.DDS);
  static final AccountCode BUNGA = AccountCode.parse("4.3.6.01");
  static final LocalDate END = LocalDate.of(2025, 12, 31);

  /** The small honest year, plus: interest B1 with its tax, interest B2 without tax (June), a bank charge A1 (June). */
  static Ledger year() {
    Ledger l = SiskeudesBrokenZipTest.year();
    l.applyOrThrow(new ReceiveRevenue(OperationId.of("dll"), KAUR, Instant.parse("2025-05-02T02:00:00Z"), BUNGA, FundSource.DLL, Idr.of(100_000L), null, "bunga lalu"));
    l.applyOrThrow(new RecordBankInterest(OperationId.of("B1"), KAUR, Instant.parse("2025-05-31T02:00:00Z"), BUNGA, FundSource.DLL, Idr.of(250_000L), Idr.of(50_000L),
        PAJAK_BUNGA, "rekening koran Mei 2025"));
    l.applyOrThrow(new RecordBankInterest(OperationId.of("B2"), KAUR, Instant.parse("2025-06-30T02:00:00Z"), BUNGA, FundSource.DLL, Idr.of(5_000L), Idr.ZERO, null,
        "rekening koran Juni 2025"));
    l.applyOrThrow(new RecordBankFee(OperationId.of("A1"), KAUR, Instant.parse("2025-06-30T03:00:00Z"), ADM_BANK, Idr.of(15_000L), "biaya administrasi Juni 2025"));
    return l;
  }

  private static List<String> row(SiskeudesTable t, int r, String... columns) {
    List<String> out = new ArrayList<>();
    for (String c : columns) {
      out.add(t.cell(r, c));
    }
    return out;
  }

  @Test
  void theExportWritesInterestItsTaxAndChargesAsMutasiRowsWithAnAccount() {
    SiskeudesTable m = SiskeudesTables.of(year()).get("Ta_Mutasi");
    assertEquals(4, m.size());
    String[] cols = {"No_Bukti", "Tgl_Bukti", "Kd_Rincian", "Kd_Keg", "Sumberdana", "Kd_Mutasi", "Nilai", "Keterangan"};
    String desa = SiskeudesCodes.kdDesa(SiskeudesBrokenZipTest.year().village());
    assertEquals(List.of("B1", "2025-05-31", "4.3.6.01.", desa + "00.00.00.", "DLL", "", "250000", "rekening koran Mei 2025"), row(m, 1, cols));
    assertEquals(List.of("B1", "2025-05-31", "5.2.1.01.", desa + "01.03.01.", "DLL", "", "50000", "rekening koran Mei 2025"), row(m, 2, cols));
    assertEquals(List.of("B2", "2025-06-30", "4.3.6.01.", desa + "00.00.00.", "DLL", "", "5000", "rekening koran Juni 2025"), row(m, 3, cols));
    assertEquals(List.of("A1", "2025-06-30", "5.2.1.01.", desa + "01.01.04.", "DDS", "", "15000", "biaya administrasi Juni 2025"), row(m, 4, cols));
  }

  @Test
  void interestAndChargesRoundTripThroughTheZipToTheSameBooks() throws Exception {
    Ledger before = year();
    Path zip = dir.resolve("siskeudes.zip");
    SiskeudesExport.write(before, zip);
    Path journal = dir.resolve("impor.jsonl");
    SiskeudesYear year = SiskeudesImport.importBook(zip, journal);
    assertEquals(List.of(), year.notices().stream().filter(f -> f.path().startsWith("Ta_Mutasi")).toList());
    assertEquals("Ta_Mutasi row 1", year.place(OperationId.of("mutasi:B1")).orElseThrow().toString());
    try (VillageBook book = VillageBook.open(journal)) {
      Ledger after = book.ledger();
      assertEquals(SiskeudesRoundTripProperties.bankEntries(before), SiskeudesRoundTripProperties.bankEntries(after));
      assertEquals(before.realisation(END), after.realisation(END));
      assertEquals(before.bukuBank().balances(), after.bukuBank().balances());
      assertTrue(before.bku().balance().isEqualTo(after.bku().balance()));
      Operation b1 = after.history().stream().filter(o -> o.id().equals(OperationId.of("mutasi:B1"))).findFirst().orElseThrow();
      assertEquals(new RecordBankInterest(b1.id(), b1.actor(), b1.at(), BUNGA, FundSource.DLL, Idr.of(250_000L), Idr.of(50_000L), PAJAK_BUNGA, "rekening koran Mei 2025"), b1);
      // written again: the same rows, the same numbers
      assertEquals(SiskeudesTables.of(before).get("Ta_Mutasi").rows(), SiskeudesTables.of(after).get("Ta_Mutasi").rows());
    }
  }

  @Test
  void aNumberMixingAccountRowsAndMovementRowsIsRefusedAtTheMovementRow() throws Exception {
    Map<String, SiskeudesTable> t = SiskeudesTables.of(year());
    t.put("Ta_Mutasi", SiskeudesTables.edit(SiskeudesTables.edit(t.get("Ta_Mutasi"), 2, "Kd_Rincian", ""), 2, "Kd_Mutasi", "1"));
    List<Finding> f = SiskeudesTables.refused(dir, t);
    assertTrue(f.stream().anyMatch(x -> x.path().equals("Ta_Mutasi row 2, column Kd_Rincian") && x.message().contains("one number is one or the other")), SiskeudesTables.paths(f));
  }

  @Test
  void anAccountOutsideRevenueAndBelanjaIsRefusedAtItsCell() throws Exception {
    List<Finding> f = SiskeudesTables.refusedWith(dir, year(), "Ta_Mutasi", 4, "Kd_Rincian", "6.2.2.01.");
    assertTrue(f.stream().anyMatch(x -> x.path().equals("Ta_Mutasi row 4, column Kd_Rincian") && x.rule().code().equals(id.smartkampung.core.rule.Rule.CODE_SECTION.code())), SiskeudesTables.paths(f));
  }

  @Test
  void interestCreditedTwiceUnderOneNumberIsRefused() throws Exception {
    Map<String, SiskeudesTable> t = SiskeudesTables.of(year());
    String none = t.get("Ta_Mutasi").cell(1, "Kd_Keg");
    t.put("Ta_Mutasi", SiskeudesTables.edit(SiskeudesTables.edit(t.get("Ta_Mutasi"), 2, "Kd_Rincian", "4.3.6.01."), 2, "Kd_Keg", none));
    List<Finding> f = SiskeudesTables.refused(dir, t);
    assertTrue(f.stream().anyMatch(x -> x.path().equals("Ta_Mutasi row 2, column Kd_Rincian") && x.message().contains("credits interest twice")), SiskeudesTables.paths(f));
  }

  @Test
  void theTaxRowOnAnotherDayThanItsInterestIsRefused() throws Exception {
    List<Finding> f = SiskeudesTables.refusedWith(dir, year(), "Ta_Mutasi", 2, "Tgl_Bukti", "2025-06-01");
    assertTrue(f.stream().anyMatch(x -> x.path().equals("Ta_Mutasi row 2, column Tgl_Bukti")), SiskeudesTables.paths(f));
  }

  @Test
  void aChargeBeyondItsItemIsRefusedByTheLedgerAtItsRow() throws Exception {
    List<Finding> f = SiskeudesTables.refusedWith(dir, year(), "Ta_Mutasi", 4, "Nilai", "90000000");
    assertTrue(f.stream().anyMatch(x -> x.path().equals("Ta_Mutasi row 4") && x.message().contains("mutasi:A1")), SiskeudesTables.paths(f));
  }
}
