package id.smartkampung.core.interchange.siskeudes;

import static id.smartkampung.core.journal.YearScenario.KAUR;
import static id.smartkampung.core.journal.YearScenario.KD;
import static id.smartkampung.core.journal.YearScenario.PKA_PU;
import static id.smartkampung.core.journal.YearScenario.SEKDES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.journal.YearScenario;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation.AccountPanjar;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.tax.PurchaseKind;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A panjar accounted for in stages (account-panjar) in a Siskeudes export: one SPJ with its
 * receipts ({@code Ta_SPJBukti}, each dated at its stage) and the taxes collected on them ({@code
 * Ta_SPJPot}; columns of OpenSID's {@code keuangan_ta_spj_bukti} and {@code keuangan_ta_spjpot}),
 * read back as the same stages with the same taxes.
 */
class SiskeudesSpjStagesTest {
  @TempDir Path dir;

  static final LocalDate END = LocalDate.of(2025, 12, 31);

  /** The small honest year, plus a panjar of Rp20.000.000 for the road, paid 5 May, accounted for on 12 May (partial) and 20 May (final). */
  static Ledger year() {
    Ledger l = SiskeudesBrokenZipTest.year();
    Instant t = Instant.parse("2025-05-05T02:00:00Z");
    OperationId spp = OperationId.of("UM1");
    l.applyOrThrow(new SubmitSpp(spp, PKA_PU, t, SppType.UM, YearScenario.JALAN, Idr.of(20_000_000L), PKA_PU.name(), "panjar material"));
    l.applyOrThrow(new VerifySpp(OperationId.of("UM1-v"), SEKDES, t.plusSeconds(1), spp));
    l.applyOrThrow(new ApproveSpp(OperationId.of("UM1-a"), KD, t.plusSeconds(2), spp));
    l.applyOrThrow(new PaySpp(OperationId.of("UM1-p"), KAUR, t.plusSeconds(3), spp, ImmutableSortedSet.of(), "cek 2"));
    l.applyOrThrow(new AccountPanjar(OperationId.of("SPJ1-a"), PKA_PU, Instant.parse("2025-05-12T02:00:00Z"), spp, AccountPanjar.Stage.PARTIAL,
        ImmutableList.of(SiskeudesRoundTripProperties.CV), ImmutableList.of(new AccountPanjar.Receipt("cv", PurchaseKind.GOODS, Idr.of(11_100_000L), "KW-01")), "SPJ 1"));
    l.applyOrThrow(new AccountPanjar(OperationId.of("SPJ1"), PKA_PU, Instant.parse("2025-05-20T02:00:00Z"), spp, AccountPanjar.Stage.FINAL,
        ImmutableList.of(SiskeudesRoundTripProperties.TOKO, SiskeudesRoundTripProperties.CV),
        ImmutableList.of(new AccountPanjar.Receipt("toko", PurchaseKind.GOODS, Idr.of(1_500_000L), "KW-02"),
            new AccountPanjar.Receipt("cv", PurchaseKind.SERVICES, Idr.of(5_550_000L), "KW-03")), "SPJ 2"));
    return l;
  }

  @Test
  void theSpjIsWrittenWithItsReceiptsAndTheirTaxes() {
    Map<String, SiskeudesTable> t = SiskeudesTables.of(year());
    SiskeudesTable bukti = t.get("Ta_SPJBukti");
    assertEquals(3, bukti.size());
    assertEquals(List.of("KW-01", "2025-05-12", "CV Sumber Rejeki", "GOODS; SUPPLIER; NPWP; PKP", "11100000"),
        List.of(bukti.cell(1, "No_Bukti"), bukti.cell(1, "Tgl_Bukti"), bukti.cell(1, "Nm_Penerima"), bukti.cell(1, "Keterangan"), bukti.cell(1, "Nilai")));
    assertEquals(List.of("KW-02", "2025-05-20", "GOODS; SUPPLIER; NONE; NON_PKP"), List.of(bukti.cell(2, "No_Bukti"), bukti.cell(2, "Tgl_Bukti"), bukti.cell(2, "Keterangan")));
    SiskeudesTable pot = t.get("Ta_SPJPot");
    // KW-01: PPN 11/111 of 11.100.000 = 1.100.000 and PPh 22 1.5 % of 10.000.000 = 150.000 (DESIGN §2)
    Map<String, String> taxes = new LinkedHashMap<>();
    for (int r = 1; r <= pot.size(); r++) {
      taxes.put(pot.cell(r, "No_Bukti") + " " + pot.cell(r, "Kd_Rincian"), pot.cell(r, "Nilai"));
    }
    assertEquals("1100000", taxes.get("KW-01 7.1.1.04."));
    assertEquals("150000", taxes.get("KW-01 7.1.1.02."));
    Money total = pot.rows().stream().map(r -> SiskeudesCodes.amount(r.get(pot.column("Nilai")))).reduce(Idr.ZERO, Money::add);
    assertEquals(SiskeudesCodes.amount(total), t.get("Ta_SPJ").cell(1, "Potongan"));
    assertEquals("SPJ1", t.get("Ta_SPJ").cell(1, "No_SPJ"));
  }

  @Test
  void aYearWithoutSpjReceiptsHasNoSpjBuktiOrSpjPotFile() {
    Map<String, SiskeudesTable> t = SiskeudesTables.of(SiskeudesBrokenZipTest.year());
    assertFalse(t.containsKey("Ta_SPJBukti"));
    assertFalse(t.containsKey("Ta_SPJPot"));
  }

  @Test
  void theStagesAndTheirTaxesRoundTripThroughTheZip() throws Exception {
    Ledger before = year();
    Path zip = dir.resolve("siskeudes.zip");
    SiskeudesExport.write(before, zip);
    Path journal = dir.resolve("impor.jsonl");
    SiskeudesImport.importBook(zip, journal);
    try (VillageBook book = VillageBook.open(journal)) {
      Ledger after = book.ledger();
      assertEquals(SiskeudesRoundTripProperties.spjReceipts(before), SiskeudesRoundTripProperties.spjReceipts(after));
      assertEquals(SiskeudesRoundTripProperties.periods(before), SiskeudesRoundTripProperties.periods(after));
      assertTrue(before.taxPeriodBook().orElseThrow().withheldTotal().isPositive());
      assertEquals(before.realisation(END), after.realisation(END));
      assertEquals(before.bukuBank().balances(), after.bukuBank().balances());
      List<String> stages = after.history().stream().filter(o -> o instanceof AccountPanjar).map(o -> o.id() + " " + ((AccountPanjar) o).stage()).toList();
      assertEquals(List.of("spj:SPJ1/1 PARTIAL", "spj:SPJ1 FINAL"), stages);
      // written again: the same receipts and taxes
      assertEquals(SiskeudesTables.of(before).get("Ta_SPJBukti").rows(), SiskeudesTables.of(after).get("Ta_SPJBukti").rows());
      assertEquals(SiskeudesTables.of(before).get("Ta_SPJPot").rows(), SiskeudesTables.of(after).get("Ta_SPJPot").rows());
    }
  }

  @Test
  void aTaxOfAReceiptTheSpjDoesNotListIsRefusedAtItsRow() throws Exception {
    List<Finding> f = SiskeudesTables.refusedWith(dir, year(), "Ta_SPJPot", 1, "No_Bukti", "KW-99");
    assertTrue(f.stream().anyMatch(x -> x.path().equals("Ta_SPJPot row 1, column No_Bukti") && x.message().contains("KW-99")), SiskeudesTables.paths(f));
  }

  @Test
  void aReceiptDatedAfterItsSpjIsRefused() throws Exception {
    List<Finding> f = SiskeudesTables.refusedWith(dir, year(), "Ta_SPJBukti", 1, "Tgl_Bukti", "2025-05-21");
    assertTrue(f.stream().anyMatch(x -> x.path().equals("Ta_SPJBukti row 1, column Tgl_Bukti")), SiskeudesTables.paths(f));
  }

  @Test
  void receiptsWithoutTheNoteAreReadAsOneSettlementAndTheirTaxesReported() throws Exception {
    Map<String, SiskeudesTable> t = SiskeudesTables.of(year());
    t.put("Ta_SPJBukti", SiskeudesTables.edit(t.get("Ta_SPJBukti"), 2, "Keterangan", "semen 30 sak"));
    SiskeudesYear y = SiskeudesImport.read(t);
    assertEquals(List.of(), y.check());
    assertTrue(y.notices().stream().anyMatch(f -> f.path().startsWith("Ta_SPJPot") && f.message().contains("rows not imported")), SiskeudesTables.paths(y.notices()));
    assertEquals(1, y.operations().stream().filter(o -> o instanceof id.smartkampung.core.ledger.Operation.SettlePanjar).count());
  }
}
