package id.smartkampung.monitoring.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.text.Catalogue;
import id.smartkampung.core.text.Language;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The red flags' catalogues: every flag code and severity in both languages, evidence written the language's way. */
class FlagTextsTest {
  static final Catalogue ID = FlagTexts.catalogue(Language.ID);
  static final Catalogue EN = FlagTexts.catalogue(Language.EN);

  @Test
  @DisplayName("every flag code (RedFlagCode.values()) has a title and a template in Indonesian and in English, with the same placeholders, each labelled")
  void everyFlagInBothLanguages() {
    for (RedFlagCode c : RedFlagCode.values()) {
      for (Catalogue cat : new Catalogue[] {ID, EN}) {
        assertFalse(FlagTexts.title(cat, c).isBlank(), c.code());
        assertTrue(cat.has("text." + c.code()), () -> "no template for " + c.code() + " in " + cat.language());
        for (String p : Catalogue.placeholders(cat.get("text." + c.code()))) {
          assertTrue(cat.hasLabel(p), () -> "no label for " + p + " of " + c.code() + " in " + cat.language());
        }
      }
      assertEquals(Catalogue.placeholders(ID.get("text." + c.code())), Catalogue.placeholders(EN.get("text." + c.code())), c.code());
      assertFalse(FlagTexts.title(ID, c).equals(FlagTexts.title(EN, c)), c.code());
    }
    for (FlagSeverity s : FlagSeverity.values()) {
      assertFalse(FlagTexts.severity(ID, s).equals(FlagTexts.severity(EN, s)), s.name());
    }
    assertEquals(new java.util.TreeSet<>(ID.keys().stream().filter(k -> !k.startsWith("title.I")).toList()),
        new java.util.TreeSet<>(EN.keys().stream().filter(k -> !k.startsWith("title.I")).toList()));
  }

  @Test
  @DisplayName("the issue's example: 'fully paid but only 55% built' in Indonesian, money as Rupiah, no raw decimals")
  void spendingAheadInIndonesian() {
    RedFlag f = RedFlag.of(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS, FlagSeverity.CRITICAL, "fully paid (100.00% of BAC) but only 55.0000% built", Map.of(
        "actualCost", "120000000.00", "bac", "120000000.00", "paidPercent", "100.0000", "physicalPercent", "55.0000", "gapPp", "45.0000", "marginPp", "10.0000"));
    assertEquals("dibayar 100,0% dari pagu Rp120.000.000, fisik baru 55,0%: 45,0 poin persen mendahului pekerjaan (batas 10,0)", FlagTexts.message(ID, f));
    assertEquals("paid 100.0% of the budget IDR 120,000,000, only 55.0% built: 45.0 percentage points ahead of the work (margin 10.0)", FlagTexts.message(EN, f));
    assertEquals("kritis", FlagTexts.severity(ID, f.severity()));
    assertEquals("Dibayar", ID.label("paidPercent"));
    assertEquals("Rp120.000.000", ID.value("actualCost", "120000000.00"));
  }

  @Test
  @DisplayName("the kontrak-kritis escalation sentence is a translated term")
  void escalationTerm() {
    assertEquals("rapat pembuktian dengan penyedia, Permen PUPR 14/2020 SSUK",
        ID.value("escalation", "show-cause meeting (rapat pembuktian) with the contractor, Permen PUPR 14/2020 SSUK"));
    assertEquals("lapor kepada PKA dan Kepala Desa (swakelola oleh TPK)", ID.value("escalation", "report to the PKA and the Kepala Desa (swakelola by the TPK)"));
  }
}
