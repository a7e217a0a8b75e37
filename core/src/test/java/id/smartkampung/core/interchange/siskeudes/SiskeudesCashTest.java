package id.smartkampung.core.interchange.siskeudes;

import static id.smartkampung.core.journal.YearScenario.KAUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.MoveCash;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cash tables of a Siskeudes export (issue 17): {@code Ta_STS}/{@code Ta_STSRinci} (a cash
 * receipt deposited into the bank, <i>penyetoran</i>, Permendagri 20/2018 Pasal 44(3)-(4): receipts
 * go to the rekening kas desa) and {@code Ta_Mutasi} (<i>mutasi kas</i>: tarik/setor tunai) read as
 * {@code move-cash}, a TBP deposited by an STS read as a receipt in cash, and written back.
 */
class SiskeudesCashTest {
  @TempDir Path dir;

  /** The small honest year, plus: PAD received in cash (TBP T9), deposited by STS S1, a withdrawal M1 and a deposit M2 of Dana Desa. */
  static Ledger year() {
    Ledger l = SiskeudesBrokenZipTest.year();
    List<Operation> ops = new ArrayList<>();
    Instant t = Instant.parse("2025-05-05T02:00:00Z");
    ops.add(new ReceiveRevenue(OperationId.of("tbp:T9"), KAUR, t, AccountCode.parse("4.1.2.01"), FundSource.PAD, Idr.of(2_000_000L), null,
        null, "retribusi pasar", CashPlace.CASH));
    ops.add(new MoveCash(OperationId.of("sts:S1"), KAUR, Instant.parse("2025-05-06T02:00:00Z"), FundSource.PAD, CashPlace.BANK, Idr.of(1_500_000L), "T9"));
    ops.add(new MoveCash(OperationId.of("mutasi:M1"), KAUR, Instant.parse("2025-05-07T02:00:00Z"), FundSource.DDS, CashPlace.CASH, Idr.of(1_000_000L), "tarik tunai"));
    ops.add(new MoveCash(OperationId.of("mutasi:M2"), KAUR, Instant.parse("2025-05-08T02:00:00Z"), FundSource.DDS, CashPlace.BANK, Idr.of(400_000L), "setor sisa"));
    for (Operation op : ops) {
      l.applyOrThrow(op);
    }
    return l;
  }

  @Test
  void theExportWritesTheStsAndTheMutasiRows() {
    Map<String, SiskeudesTable> t = SiskeudesTables.of(year());
    assertEquals(1, t.get("Ta_STS").size());
    assertEquals("S1", t.get("Ta_STS").cell(1, "No_Bukti"));
    assertEquals("2025-05-06", t.get("Ta_STS").cell(1, "Tgl_Bukti"));
    assertEquals("1500000", t.get("Ta_STS").cell(1, "Jumlah"));
    assertEquals("T9", t.get("Ta_STSRinci").cell(1, "No_TBP"));
    assertEquals("1500000", t.get("Ta_STSRinci").cell(1, "Nilai"));
    SiskeudesTable mutasi = t.get("Ta_Mutasi");
    assertEquals(2, mutasi.size());
    assertEquals(List.of("M1", "2", "DDS", "1000000"), List.of(mutasi.cell(1, "No_Bukti"), mutasi.cell(1, "Kd_Mutasi"), mutasi.cell(1, "Sumberdana"), mutasi.cell(1, "Nilai")));
    assertEquals(List.of("M2", "1", "400000"), List.of(mutasi.cell(2, "No_Bukti"), mutasi.cell(2, "Kd_Mutasi"), mutasi.cell(2, "Nilai")));
  }

  @Test
  void cashReceiptsDepositsAndMutationsRoundTripThroughTheZip() throws Exception {
    Ledger before = year();
    Path journal = dir.resolve("book.jsonl");
    SiskeudesYear y = SiskeudesImport.importBook(SiskeudesTables.zip(dir, SiskeudesTables.of(before)), journal);
    assertTrue(y.notices().stream().noneMatch(f -> f.path().startsWith("Ta_Mutasi") || f.path().startsWith("Ta_STS")), SiskeudesTables.paths(y.notices()));
    try (VillageBook book = VillageBook.open(journal)) {
      Ledger after = book.ledger();
      // the TBP deposited by an STS was received in cash
      ReceiveRevenue t9 = after.history().stream().filter(o -> o.id().value().equals("tbp:T9")).map(ReceiveRevenue.class::cast).findFirst().orElseThrow();
      assertEquals(CashPlace.CASH, t9.place());
      List<MoveCash> moves = after.history().stream().filter(o -> o instanceof MoveCash).map(MoveCash.class::cast).toList();
      assertEquals(List.of("sts:S1", "mutasi:M1", "mutasi:M2"), moves.stream().map(m -> m.id().value()).toList());
      assertEquals(List.of(CashPlace.BANK, CashPlace.CASH, CashPlace.BANK), moves.stream().map(MoveCash::to).toList());
      assertEquals(before.bukuKasTunai().balances(), after.bukuKasTunai().balances());
      assertEquals(before.bukuBank().balances(), after.bukuBank().balances());
      assertEquals(before.bku().balance(), after.bku().balance());
      // the zip written from the imported book is the same, table by table
      Map<String, SiskeudesTable> first = SiskeudesTables.of(before);
      Map<String, SiskeudesTable> second = SiskeudesTables.of(after);
      for (String name : first.keySet()) {
        assertEquals(first.get(name).rows(), second.get(name).rows(), name);
      }
    }
  }

  @Test
  void anExportWithoutTheCashTablesStillImports() throws Exception {
    Map<String, SiskeudesTable> t = SiskeudesTables.of(SiskeudesBrokenZipTest.year());
    t.remove("Ta_STS");
    t.remove("Ta_STSRinci");
    t.remove("Ta_Mutasi");
    SiskeudesImport.importBook(SiskeudesTables.zip(dir, t), dir.resolve("book.jsonl"));
    assertTrue(Files.exists(dir.resolve("book.jsonl")));
  }

  @Test
  void anUnknownKdMutasiIsRefusedAtItsCell() throws Exception {
    Map<String, SiskeudesTable> t = SiskeudesTables.of(year());
    t.put("Ta_Mutasi", SiskeudesTables.edit(t.get("Ta_Mutasi"), 2, "Kd_Mutasi", "3"));
    List<Finding> f = SiskeudesTables.refused(dir, t);
    assertTrue(f.stream().anyMatch(x -> x.path().equals("Ta_Mutasi row 2, column Kd_Mutasi")), SiskeudesTables.paths(f));
  }

  @Test
  void aWithdrawalLargerThanTheBankIsRefusedAtItsMutasiRow() throws Exception {
    Map<String, SiskeudesTable> t = SiskeudesTables.of(year());
    t.put("Ta_Mutasi", SiskeudesTables.edit(t.get("Ta_Mutasi"), 1, "Nilai", "900000000"));
    List<Finding> f = SiskeudesTables.refused(dir, t);
    assertTrue(f.stream().anyMatch(x -> x.path().startsWith("Ta_Mutasi row 1") && x.rule().code().equals("I6.cash-place-negative")), SiskeudesTables.paths(f));
  }

  @Test
  void anStsOfAnUnknownTbpIsRefusedAtItsRow() throws Exception {
    Map<String, SiskeudesTable> t = SiskeudesTables.of(year());
    t.put("Ta_STSRinci", SiskeudesTables.edit(t.get("Ta_STSRinci"), 1, "No_TBP", "T404"));
    List<Finding> f = SiskeudesTables.refused(dir, t);
    assertTrue(f.stream().anyMatch(x -> x.path().equals("Ta_STSRinci row 1, column No_TBP")), SiskeudesTables.paths(f));
  }

  @Test
  void anStsDepositingMoreCashThanReceivedIsRefusedAtItsRow() throws Exception {
    Map<String, SiskeudesTable> t = SiskeudesTables.of(year());
    t.put("Ta_STSRinci", SiskeudesTables.edit(t.get("Ta_STSRinci"), 1, "Nilai", "2500000"));
    t.put("Ta_STS", SiskeudesTables.edit(t.get("Ta_STS"), 1, "Jumlah", "2500000"));
    List<Finding> f = SiskeudesTables.refused(dir, t);
    assertTrue(f.stream().anyMatch(x -> x.path().startsWith("Ta_STSRinci row 1") && x.rule().code().equals("I6.cash-place-negative")), SiskeudesTables.paths(f));
  }

  @Test
  void anStsJumlahOtherThanItsRinciIsRefused() throws Exception {
    Map<String, SiskeudesTable> t = SiskeudesTables.of(year());
    t.put("Ta_STS", SiskeudesTables.edit(t.get("Ta_STS"), 1, "Jumlah", "1"));
    List<Finding> f = SiskeudesTables.refused(dir, t);
    assertTrue(f.stream().anyMatch(x -> x.path().equals("Ta_STS row 1, column Jumlah")), SiskeudesTables.paths(f));
  }

  @Test
  void kdMutasiMapsBothWays() {
    for (CashPlace p : CashPlace.values()) {
      assertEquals(p, SiskeudesCodes.mutationTo(SiskeudesCodes.kdMutasi(p)));
    }
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.mutationTo("0"));
  }

  /** A payment from the cash box has no column in Ta_Pencairan: the year is written as kept in the bank, and reads back with the same BKU balance. */
  @Test
  void aYearPayingFromTheCashBoxIsWrittenAsKeptInTheBank() throws Exception {
    Ledger l = year();
    Instant t = Instant.parse("2025-06-02T02:00:00Z");
    OperationId spp = OperationId.of("kecil");
    l.applyOrThrow(new Operation.SubmitSpp(spp, id.smartkampung.core.journal.YearScenario.PKA_PU, t, id.smartkampung.core.ledger.SppType.LS,
        id.smartkampung.core.journal.YearScenario.JALAN, Idr.of(300_000L), "Toko Bangunan", "semen"));
    l.applyOrThrow(new Operation.VerifySpp(OperationId.of("kecil-v"), id.smartkampung.core.journal.YearScenario.SEKDES, t.plusSeconds(1), spp));
    l.applyOrThrow(new Operation.ApproveSpp(OperationId.of("kecil-a"), id.smartkampung.core.journal.YearScenario.KD, t.plusSeconds(2), spp));
    l.applyOrThrow(new Operation.PaySpp(OperationId.of("kecil-p"), KAUR, t.plusSeconds(3), spp, com.google.common.collect.ImmutableSortedSet.of(), "tunai", CashPlace.CASH));
    Map<String, SiskeudesTable> t1 = SiskeudesTables.of(l);
    assertEquals(0, t1.get("Ta_Mutasi").size());
    assertEquals(0, t1.get("Ta_STS").size());
    Path journal = dir.resolve("book.jsonl");
    SiskeudesImport.importBook(SiskeudesTables.zip(dir, t1), journal);
    try (VillageBook book = VillageBook.open(journal)) {
      assertTrue(l.bku().balance().isEqualTo(book.ledger().bku().balance()));
      assertTrue(book.ledger().bukuKasTunai().balance().isZero());
    }
  }
}
