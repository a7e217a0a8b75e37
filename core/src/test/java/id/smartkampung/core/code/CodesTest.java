package id.smartkampung.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Examples of the codes of the village chart of accounts (Permendagri 20/2018, Bagan Akun Standar)
 * and of the Siskeudes fund sources.
 */
class CodesTest {
  private final ReferenceData ref = ReferenceData.standard();

  // ---------------------------------------------------------------- AccountCode

  @Test
  void accountCodeParsesItsFourLevels() {
    AccountCode c = AccountCode.parse("4.2.1.01");
    assertEquals(AccountCode.Level.OBJEK, c.level());
    assertEquals(4, c.akun());
    assertEquals(2, c.kelompok());
    assertEquals(1, c.jenis());
    assertEquals(1, c.objek());
    assertEquals("4.2.1.01", c.toString());
    assertEquals(AccountCode.parse("4.2.1"), c.truncatedTo(AccountCode.Level.JENIS));
    assertEquals(AccountCode.Level.AKUN, AccountCode.parse("5").level());
    assertEquals("5.2.1.99", AccountCode.parse("5.2.1.99").toString());
    assertTrue(c.isPendapatan());
    assertTrue(AccountCode.parse("6.1.1.01").isPenerimaanPembiayaan());
    assertTrue(AccountCode.parse("6.2.2.01").isPengeluaranPembiayaan());
    assertTrue(AccountCode.parse("5.1.1.01").isBelanja());
  }

  @Test
  void accountCodesOrderByTheirDigitsNotTheirText() {
    assertTrue(AccountCode.parse("5.2.1.09").compareTo(AccountCode.parse("5.2.1.10")) < 0);
    assertTrue(AccountCode.parse("5.2").compareTo(AccountCode.parse("5.2.1")) < 0);
    assertTrue(AccountCode.parse("4.3.9").compareTo(AccountCode.parse("5")) < 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "4.", "4.2.1.1", "4.2.1.001", "4.0", "4.2.0", "4.2.1.00", "0", "42", "4.2.1.01.1", "A.1", " 4.2", "4,2"})
  void malformedAccountCodesAreRejectedWithAMessageNamingThem(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AccountCode.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e::getMessage);
  }

  @Test
  void startsWithFollowsTheHierarchy() {
    AccountCode siltap = AccountCode.parse("5.1.1.01");
    assertTrue(siltap.startsWith(AccountCode.parse("5.1.1")));
    assertTrue(siltap.startsWith(AccountCode.parse("5")));
    assertFalse(siltap.startsWith(AccountCode.parse("5.1.2")));
    assertFalse(AccountCode.parse("5.1").startsWith(siltap));
    assertThrows(IllegalArgumentException.class, () -> AccountCode.parse("5.1").truncatedTo(AccountCode.Level.OBJEK));
  }

  // ---------------------------------------------------------------- KegiatanCode

  @Test
  void kegiatanCodeParsesBidangSubBidangKegiatan() {
    KegiatanCode jalan = KegiatanCode.parse("02.03.10");
    assertEquals(2, jalan.bidang());
    assertEquals(3, jalan.subBidang());
    assertEquals(10, jalan.kegiatan());
    assertEquals("02", jalan.bidangCode());
    assertEquals("02.03", jalan.subBidangCode());
    assertEquals(jalan, KegiatanCode.of(2, 3, 10));
    assertTrue(jalan.startsWith("02.03"));
    assertFalse(jalan.startsWith("02.0"), "a prefix is whole parts only");
    assertFalse(KegiatanCode.parse("02.03.10").startsWith("02.03.1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2.3.10", "02.03", "02.03.10.01", "00.01.01", "01.00.01", "01.01.00", "02-03-10", "02.03.1a", "102.03.10"})
  void malformedKegiatanCodesAreRejectedWithAMessageNamingThem(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KegiatanCode.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e::getMessage);
  }

  @Test
  void kegiatanOfRejectsNumbersOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> KegiatanCode.of(100, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> KegiatanCode.of(0, 1, 1));
  }

  // ---------------------------------------------------------------- FundSource

  @Test
  void fundSourcesParseAndFormatAsTheirSiskeudesCode() {
    assertEquals(FundSource.DDS, FundSource.parse("DDS"));
    assertEquals("ADD", FundSource.ADD.code());
    assertEquals("PBH", FundSource.PBH.toString());
    assertEquals(FundSource.parse("SILPA"), FundSource.parse("SILPA"));
    assertTrue(FundSource.ADD.compareTo(FundSource.DDS) < 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "D", "dds", "DDS ", "1DD", "ABCDEFGHI", "DD-S"})
  void malformedFundSourcesAreRejectedWithAMessageNamingThem(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FundSource.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e::getMessage);
  }

  // ---------------------------------------------------------------- ReferenceData

  @Test
  void anObjekUnderAListedJenisIsKnown_objekListsDifferPerDistrict() {
    assertTrue(ref.isKnown(AccountCode.parse("5.2.3.07")), "5.2.3 Belanja Perjalanan Dinas is listed");
    assertTrue(ref.isKnown(AccountCode.parse("4.2.1.01")));
    assertTrue(ref.isKnown(AccountCode.parse("4.3.6")), "bunga bank");
    assertEquals(Optional.of("Belanja Perjalanan Dinas"), ref.name(AccountCode.parse("5.2.3.07")));
  }

  @Test
  void aCodeUnderAnUnlistedJenisOrKelompokIsUnknown() {
    assertFalse(ref.isKnown(AccountCode.parse("5.2.8.01")));
    assertFalse(ref.isKnown(AccountCode.parse("5.2.8")));
    assertFalse(ref.isKnown(AccountCode.parse("4.4")));
    assertFalse(ref.isKnown(AccountCode.parse("8")));
  }

  @Test
  void kegiatanUnderAListedSubBidangAreKnown() {
    assertTrue(ref.isKnown(KegiatanCode.parse("02.03.10")));
    assertTrue(ref.isKnown(KegiatanCode.parse("02.05.04")), "02.05 kehutanan is listed, its kegiatan numbers are open");
    assertFalse(ref.isKnown(KegiatanCode.parse("02.09.01")));
    assertFalse(ref.isKnown(KegiatanCode.parse("06.01.01")));
    assertEquals(Optional.of("Keadaan Mendesak (BLT Dana Desa)"), ref.name(KegiatanCode.parse("05.03.01")));
  }

  @Test
  void fundSourcesAreKnownOnlyWhenListed_andTheListCanGrow() {
    assertTrue(ref.isKnown(FundSource.DDS));
    assertTrue(ref.isKnown(FundSource.parse("SWD")));
    FundSource bkk = FundSource.parse("BKK");
    assertFalse(ref.isKnown(bkk));
    ReferenceData extended = ref.withFundSource(bkk, "Bantuan Keuangan Khusus");
    assertTrue(extended.isKnown(bkk));
    assertFalse(ref.isKnown(bkk), "the standard lists are not changed");
  }

  @Test
  void revenueAccountsHaveTheirNaturalFundSource() {
    assertEquals(Optional.of(FundSource.DDS), ref.naturalFundSource(AccountCode.parse("4.2.1.01")));
    assertEquals(Optional.of(FundSource.ADD), ref.naturalFundSource(AccountCode.parse("4.2.3.01")));
    assertEquals(Optional.of(FundSource.PAD), ref.naturalFundSource(AccountCode.parse("4.1.2.05")));
    assertEquals(Optional.of(FundSource.DLL), ref.naturalFundSource(AccountCode.parse("4.3.6.01")));
    assertEquals(Optional.empty(), ref.naturalFundSource(AccountCode.parse("6.1.1.01")));
  }
}
