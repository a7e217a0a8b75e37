package id.smartkampung.demo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.smartkampung.core.money.Idr;
import id.smartkampung.core.text.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Money, percentages and dates written the Indonesian and the English way, exactly. */
class RupiahTest {
  @Test
  void indonesian() {
    assertEquals("Rp1.250.000.000", Rupiah.format(Idr.of(1_250_000_000L), Language.ID));
    assertEquals("Rp0", Rupiah.format(Idr.ZERO, Language.ID));
    assertEquals("Rp999", Rupiah.formatSen(99_900, Language.ID));
    assertEquals("Rp1.000,50", Rupiah.format(Idr.parse("1000.50"), Language.ID));
    assertEquals("-Rp5.000", Rupiah.formatSen(-500_000, Language.ID));
    assertEquals("45,5%", Rupiah.percent(new BigDecimal("45.4999"), Language.ID));
    assertEquals("-Rp92.233.720.368.547.758,08", Rupiah.formatSen(Long.MIN_VALUE, Language.ID));
    assertEquals("25 Juli 2025", Rupiah.date(LocalDate.of(2025, 7, 25), Language.ID));
    assertEquals("0,952", Rupiah.index(new BigDecimal("0.95238"), Language.ID));
  }

  @Test
  void english() {
    assertEquals("IDR 1,250,000,000", Rupiah.format(Idr.of(1_250_000_000L), Language.EN));
    assertEquals("IDR 1,000.05", Rupiah.format(Idr.parse("1000.05"), Language.EN));
    assertEquals("-IDR 12,345", Rupiah.formatSen(-1_234_500, Language.EN));
    assertEquals("60.0%", Rupiah.fraction(new BigDecimal("0.60"), Language.EN));
    assertEquals("25 July 2025", Rupiah.date(LocalDate.of(2025, 7, 25), Language.EN));
  }

  @Test
  void exactForTheLargestAmounts() {
    // beyond double's 53 bits: a national total in sen
    assertEquals("Rp92.233.720.368.547.758,07", Rupiah.formatSen(Long.MAX_VALUE, Language.ID));
  }

  @Test
  void everyMessageHasBothLanguages() {
    for (String key : Messages.keys()) {
      assertEquals(false, Messages.of(Language.ID).t(key).isBlank(), key);
      assertEquals(false, Messages.of(Language.EN).t(key).isBlank(), key);
    }
    assertThrows(IllegalArgumentException.class, () -> Messages.of(Language.ID).t("no.such.key"));
  }
}
