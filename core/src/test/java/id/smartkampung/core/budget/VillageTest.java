package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.Province;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The kode desa (Permendagri 137/2017 pasal 4) and the village's time zone (Keppres 41/1987). */
class VillageTest {

  @Test
  void aDesaCodeInTheKemendagriFormatIsAccepted() {
    Village v = Village.of("35.10.16.2003", "Kemiren", "Glagah", "Banyuwangi");
    assertEquals("Jawa Timur", v.province().name());
    assertEquals(ZoneId.of("Asia/Jakarta"), v.zone());
  }

  @Test
  void aKelurahan1xxxIsRefused_itHasNoApbdes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Village.of("33.73.04.1001", "Kecandran", "Sidomukti", "Kota Salatiga"));
    assertTrue(e.getMessage().contains("is a kelurahan (1xxx)"), e.getMessage());
    assertTrue(e.getMessage().contains("has no APBDes"), e.getMessage());
  }

  @Test
  void malformedCodesAreRefusedSayingTheFormat() {
    for (String bad : new String[] {"-", "3510162003", "35.10.16.203", "35.10.16.2003.1", "35-10-16-2003", " 35.10.16.2003"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Village.of(bad, "X", "", ""), bad);
      assertTrue(e.getMessage().contains("PP.KK.CC.DDDD"), e.getMessage());
    }
  }

  @Test
  void anUnknownProvinceAZeroPartOrAnotherFirstDigitIsRefused() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Village.of("20.10.16.2003", "X", "", "")).getMessage().contains("20 is not the code of a province"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Village.of("35.00.16.2003", "X", "", "")).getMessage().contains("start at 01"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Village.of("35.10.16.3003", "X", "", "")).getMessage().contains("starts with 2"));
  }

  @Test
  void keppres41of1987_theZoneComesFromTheProvince() {
    assertEquals(Province.WIB, Village.of("61.01.01.2001", "X", "", "").zone(), "Kalimantan Barat is WIB");
    assertEquals(Province.WITA, Village.of("51.02.01.2001", "X", "", "").zone(), "Bali is WITA");
    assertEquals(Province.WITA, Village.of("64.01.01.2001", "X", "", "").zone(), "Kalimantan Timur is WITA");
    assertEquals(Province.WITA, Village.of("73.01.01.2001", "X", "", "").zone(), "Sulawesi Selatan is WITA");
    assertEquals(Province.WIT, Village.of("81.01.01.2001", "X", "", "").zone(), "Maluku is WIT");
    assertEquals(Province.WIT, Village.of("94.01.01.2001", "X", "", "").zone(), "Papua Tengah is WIT");
  }
}
