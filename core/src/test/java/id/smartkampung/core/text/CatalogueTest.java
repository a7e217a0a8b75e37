package id.smartkampung.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The core's message catalogues: every rule code in both languages, money, percentages and dates the language's way. */
class CatalogueTest {
  static final Catalogue ID = Catalogue.of(Language.ID);
  static final Catalogue EN = Catalogue.of(Language.EN);

  @Test
  @DisplayName("every rule code (Rule.values()) has a text in Indonesian and in English")
  void everyRuleInBothLanguages() {
    for (Rule r : Rule.values()) {
      assertTrue(ID.has("title." + r.code()), () -> "no Indonesian title for " + r.code());
      assertFalse(ID.title(r).isBlank());
      assertFalse(EN.title(r).isBlank());
      assertFalse(ID.title(r).equals(EN.title(r)), () -> "the Indonesian title of " + r.code() + " is the English one");
    }
    assertEquals(Rule.BALANCE.statement(), EN.title(Rule.BALANCE), "English titles are the rules' statements");
  }

  @Test
  @DisplayName("both catalogues have the same keys (beyond the Indonesian rule titles), templates the same placeholders, each labelled")
  void sameKeysBothLanguages() {
    Set<String> ruleTitles = java.util.Arrays.stream(Rule.values()).map(r -> "title." + r.code()).collect(Collectors.toSet());
    Set<String> id = new TreeSet<>(ID.keys());
    id.removeAll(ruleTitles);
    assertEquals(id, new TreeSet<>(EN.keys()));
    for (String k : EN.keys()) {
      if (k.startsWith("text.")) {
        assertEquals(Catalogue.placeholders(ID.get(k)), Catalogue.placeholders(EN.get(k)), k);
        for (String p : Catalogue.placeholders(EN.get(k))) {
          assertTrue(ID.hasLabel(p) && EN.hasLabel(p), () -> "no label for " + p + " of " + k);
        }
      }
      assertFalse(EN.get(k).isBlank(), k);
    }
  }

  @Test
  @DisplayName("money as Rupiah: Rp6.500.000 / IDR 6,500,000, sen only when not zero")
  void money() {
    assertEquals("Rp6.500.000", ID.money(new BigDecimal("6500000.00")));
    assertEquals("IDR 6,500,000", EN.money(new BigDecimal("6500000.00")));
    assertEquals("Rp1.250,50", ID.money(new BigDecimal("1250.5")));
    assertEquals("-IDR 999.01", EN.money(new BigDecimal("-999.01")));
    assertEquals("Rp0", ID.money(BigDecimal.ZERO));
  }

  @Test
  @DisplayName("percentages, fractions, dates and numbers the language's way")
  void percentagesAndDates() {
    assertEquals("45,5%", ID.percent(new BigDecimal("45.5000")));
    assertEquals("45.5%", EN.percent(new BigDecimal("45.5000")));
    assertEquals("35,3%", ID.value("absorption", "0.352530510843"));
    assertEquals("3 Maret 2025", ID.date(LocalDate.of(2025, 3, 3)));
    assertEquals("3 March 2025", EN.date(LocalDate.of(2025, 3, 3)));
    assertEquals("3 Maret 2025", ID.value("paidOn", "2025-03-03"));
    assertEquals("1.250,5", ID.number(new BigDecimal("1250.50")));
    assertEquals("not-a-date", ID.value("paidOn", "not-a-date"), "a value that does not parse is shown as it is");
    assertEquals("menyetujui", ID.value("step", "approve"));
  }

  @Test
  @DisplayName("a finding's text: its rule's template filled from its data (I5, Permendagri 20/2018 Pasal 47-48)")
  void findingFromData() {
    Finding f = Finding.error(Rule.ITEM_OVERSPENT, "$.amount", "item ... requested", Map.of(
        "item", "02.02.07/5.3.4.01/DDS", "budget", "145000000.00", "committed", "0.00", "realised", "145000000.00", "requested", "12500000.00"));
    assertEquals("rincian 02.02.07/5.3.4.01/DDS: anggaran Rp145.000.000, diikat Rp0, terealisasi Rp145.000.000; permintaan Rp12.500.000 melebihi sisanya", ID.message(f));
    assertEquals("item 02.02.07/5.3.4.01/DDS: budget IDR 145,000,000, committed IDR 0, realised IDR 145,000,000; IDR 12,500,000 requested is more than is left", EN.message(f));
    assertEquals("item ... requested", f.message(), "Finding.message() stays the check's own sentence");
  }

  @Test
  @DisplayName("a finding without the template's data, or without a template, reads as its rule")
  void fallbackToTitle() {
    Finding partial = Finding.error(Rule.ITEM_OVERSPENT, "$", "x", Map.of("item", "a"));
    assertEquals(ID.title(Rule.ITEM_OVERSPENT), ID.message(partial));
    Finding none = Finding.warning(Rule.BALANCE, "$", "x");
    assertEquals(ID.title(Rule.BALANCE), ID.message(none));
    assertEquals("pelanggaran", ID.severity(Severity.ERROR));
    assertEquals("warning", EN.severity(Severity.WARNING));
  }

  @Test
  @DisplayName("an unknown key is an error naming the key and the language; an unknown data key is shown as it is")
  void unknownKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ID.message("no-such-code", Map.of()));
    assertTrue(e.getMessage().contains("title.no-such-code") && e.getMessage().contains(" id "), e.getMessage());
    assertEquals("someKey", EN.label("someKey"));
  }

  @Test
  @DisplayName("terms: words joined by '-' as keys, enum constants as they are")
  void slugs() {
    assertEquals("report-to-the-pka-and-the-kepala-desa-swakelola-by-the-tpk", Catalogue.slug("report to the PKA and the Kepala Desa (swakelola by the TPK)"));
    assertEquals("TPK_SWAKELOLA", Catalogue.slug("TPK_SWAKELOLA"));
  }

  @Property
  @Label("money in both languages has the same digits and reads back to the amount")
  void moneyReadsBack(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long sen) {
    BigDecimal amount = BigDecimal.valueOf(sen, 2);
    String id = ID.money(amount);
    String en = EN.money(amount);
    String idDigits = id.replace("Rp", "").replace(".", "").replace(',', '.');
    String enDigits = en.replace("IDR ", "").replace(",", "");
    assertEquals(0, new BigDecimal(idDigits).compareTo(amount), id);
    assertEquals(0, new BigDecimal(enDigits).compareTo(amount), en);
  }

  @Test
  void languageOfItsCode() {
    assertEquals(Language.EN, Language.of("EN"));
    assertEquals(Language.ID, Language.of(" id "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.of("fr"));
    assertTrue(e.getMessage().contains("use id or en"), e.getMessage());
  }
}
