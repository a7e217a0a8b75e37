package id.smartkampung.core.interchange.siskeudes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The documented mapping of Siskeudes codes and formats ({@link SiskeudesCodes}), both ways. */
class SiskeudesCodesTest {
  static final Village VILLAGE = Village.of("35.10.07.2003", "Sumberagung", "Pesanggaran", "Banyuwangi");

  @Test
  void kdDesaIsKecamatanAndDesaWithATrailingDotUnderTheKabupatensCodes() {
    assertEquals("35.10.07.2003", SiskeudesCodes.villageCode("35", "10", "07.2003."));
    assertEquals("35.10.07.2003", SiskeudesCodes.villageCode("35.", "35.10.", "07.2003."), "trailing dots and a province prefix in Kd_Kab");
    assertEquals("07.2003.", SiskeudesCodes.kdDesa(VILLAGE));
    assertEquals("35", SiskeudesCodes.kdProv(VILLAGE));
    assertEquals("10", SiskeudesCodes.kdKab(VILLAGE));
    assertEquals("07", SiskeudesCodes.kdKec(VILLAGE));
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.villageCode("35", "10", "07.1003."), "a kelurahan keeps no APBDes");
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.villageCode("99", "10", "07.2003."), "no province 99");
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.villageCode("35", "10", "7.2003"));
  }

  @Test
  void kdKegIsKdDesaFollowedByTheKegiatanAndADot() {
    KegiatanCode jalan = KegiatanCode.parse("02.03.10");
    assertEquals("07.2003.02.03.10.", SiskeudesCodes.kdKeg(VILLAGE, jalan));
    assertEquals(Optional.of(jalan), SiskeudesCodes.kegiatan("07.2003.02.03.10.", "07.2003."));
    assertEquals(Optional.empty(), SiskeudesCodes.kegiatan("07.2003.00.00.00.", "07.2003."), "00.00.00 marks a line outside belanja");
    assertEquals("07.2003.00.00.00.", SiskeudesCodes.kdKegNone(VILLAGE));
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.kegiatan("08.2001.02.03.10.", "07.2003."), "another village's kegiatan");
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.kegiatan("07.2003.02.03.10", "07.2003."), "no trailing dot");
  }

  @Test
  void kdRincianIsTheAccountWithATrailingDot() {
    assertEquals(AccountCode.parse("5.2.1.01"), SiskeudesCodes.account("5.2.1.01."));
    assertEquals("5.2.1.01.", SiskeudesCodes.kdRincian(AccountCode.parse("5.2.1.01")));
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.account("5.2.1.01"));
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.account("5.2.1.1."));
  }

  @Test
  void amountsArePlainDecimalsExactToTheSen() {
    assertTrue(Idr.of(1_500_000L).isEqualTo(SiskeudesCodes.amount("1500000")));
    assertTrue(Idr.of(new BigDecimal("1500000.5")).isEqualTo(SiskeudesCodes.amount("1500000.50")));
    assertTrue(Idr.of(1_500_000L).isEqualTo(SiskeudesCodes.amount("1500000.0000")), "trailing zeros of a database number");
    assertEquals("1500000", SiskeudesCodes.amount(Idr.of(1_500_000L)));
    assertEquals("1500000.50", SiskeudesCodes.amount(Idr.of(new BigDecimal("1500000.5"))));
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.amount("1.500.000"), "no grouping");
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.amount("1500000,50"), "no decimal comma");
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.amount("1500000.005"), "not exact to the sen");
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.amount("Rp1500000"));
  }

  @Test
  void datesAreIsoOrDayMonthYear() {
    LocalDate d = LocalDate.of(2025, 3, 14);
    assertEquals(d, SiskeudesCodes.date("2025-03-14"));
    assertEquals(d, SiskeudesCodes.date("2025-03-14 00:00:00"));
    assertEquals(d, SiskeudesCodes.date("14/03/2025"));
    assertEquals("2025-03-14", SiskeudesCodes.date(d));
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.date("2025-02-30"));
    assertThrows(IllegalArgumentException.class, () -> SiskeudesCodes.date("March 14, 2025"));
  }

  @Test
  void potonganAccountsAreTheTaxesWithheld() {
    assertEquals(Optional.of(TaxType.PPH_21), SiskeudesCodes.tax(AccountCode.parse("7.1.1.01")));
    assertEquals(Optional.of(TaxType.PPN), SiskeudesCodes.tax(AccountCode.parse("7.1.1.04")));
    assertEquals(Optional.empty(), SiskeudesCodes.tax(AccountCode.parse("7.1.2.01")), "pajak daerah is not withheld by the ledger");
    for (TaxType t : TaxType.values()) {
      assertEquals(Optional.of(t), SiskeudesCodes.tax(SiskeudesCodes.taxAccount(t)));
    }
  }

  @Test
  void theDanaDesaTahapIsReadFromTheReceiptsDescription() {
    assertEquals(OptionalInt.of(2), SiskeudesCodes.tranche("Penerimaan Dana Desa Tahap 2"));
    assertEquals(OptionalInt.empty(), SiskeudesCodes.tranche("Penerimaan Dana Desa"));
    assertEquals("rekening koran Tahap 1", SiskeudesCodes.withTranche("rekening koran", 1));
    assertEquals("DD tahap 1", SiskeudesCodes.withTranche("DD tahap 1", 1), "not named twice");
  }
}
