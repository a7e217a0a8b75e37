package id.smartkampung.demo.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.text.Catalogue;
import id.smartkampung.core.text.Language;
import id.smartkampung.demo.scenario.LedgerBackend;
import id.smartkampung.demo.scenario.Scenario;
import id.smartkampung.demo.scenario.ScenarioListener;
import id.smartkampung.demo.scenario.ScenarioResult;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One language at a time (issue 16): the pages in {@code --lang id} carry none of the library's
 * English sentences, raw decimals or severity names, and the pages in {@code --lang en} none of its
 * Indonesian ones; every evidence key is shown by its label.
 */
class DashboardLanguageTest {
  static ScenarioResult result;
  @TempDir static Path dir;

  /** English sentences and words the library or the pages wrote before the catalogues (issue 16's examples among them). */
  static final List<String> ENGLISH = List.of(
      "fully drawn", "fully paid", "of BAC", "but only", "panjar of", "not accounted for", "cannot approve", "they submitted",
      "photo(s)", "taken off site", "was used before", "is below the gate", "output achievement", "behind schedule",
      "no report since", "pp against", "forecast finish", "requested", "has 0.00 left", "show-cause meeting", "escalate to",
      "Funds drawn", "Photo taken", "Red flags", "HIGH", "CRITICAL", "MEDIUM", ">LOW<", "actualCost", "paidPercent",
      "physicalPercent", "daysOverdue", "minAbsorption", "earlierStep", "distanceMeters", " the ", " and the ");
  /** Indonesian sentences of the catalogues. */
  static final List<String> INDONESIAN = List.of(
      "dibayar ", "fisik baru", "belum dipertanggungjawabkan", "tidak boleh", "diambil di luar lokasi", "sudah dipakai",
      "di bawah syarat", "Tanda bahaya", "kritis<", "tinggi<", "Penyerapan", "Dasar hukum", "Pelaku", "poin persen", "Rp");
  /** A raw decimal of the evidence, e.g. 15.0000 or 6500000.00. */
  static final Pattern RAW_DECIMAL = Pattern.compile("(?<![\\w.-])(\\d+\\.\\d{4,}|\\d{5,}\\.\\d\\d)(?![\\w.])");

  @BeforeAll
  static void runTheYear() throws Exception {
    result = Scenario.run(Scenario.DEFAULT_SEED, LedgerBackend.inMemory(), dir, ScenarioListener.NONE);
  }

  static String text(Language lang, String page) throws Exception {
    Path out = dir.resolve("lang-" + lang.code());
    ReportWriter.write(VillageDashboard.of(result), result.district(), out, lang);
    Document doc = DashboardTest.parse(out.resolve(page));
    NodeList styles = doc.getElementsByTagName("style");
    for (int i = styles.getLength() - 1; i >= 0; i--) {
      styles.item(i).getParentNode().removeChild(styles.item(i));
    }
    return doc.getDocumentElement().getTextContent().replaceAll("\\s+", " ") + " " + tagged(doc);
  }

  /** The badges' text wrapped in > < so that a whole word can be matched. */
  private static String tagged(Document doc) {
    StringBuilder sb = new StringBuilder();
    NodeList spans = doc.getElementsByTagName("span");
    for (int i = 0; i < spans.getLength(); i++) {
      sb.append('>').append(spans.item(i).getTextContent()).append('<');
    }
    return sb.toString();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("the Indonesian pages contain none of the English phrases; the English pages none of the Indonesian ones")
  void oneLanguage(Language lang) throws Exception {
    for (String page : List.of(ReportWriter.VILLAGE_PAGE, ReportWriter.DISTRICT_PAGE)) {
      String text = text(lang, page);
      for (String phrase : lang == Language.ID ? ENGLISH : INDONESIAN) {
        int at = text.indexOf(phrase);
        assertTrue(at < 0, () -> page + " (" + lang.code() + ") contains '" + phrase + "': …" + text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80)) + "…");
      }
      var raw = RAW_DECIMAL.matcher(text);
      assertFalse(raw.find(), () -> page + " (" + lang.code() + ") shows a raw decimal " + raw.group());
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("every evidence key on the village page is shown by its label from the catalogue")
  void evidenceLabelled(Language lang) throws Exception {
    text(lang, ReportWriter.VILLAGE_PAGE);
    Document doc = DashboardTest.parse(dir.resolve("lang-" + lang.code()).resolve(ReportWriter.VILLAGE_PAGE));
    Catalogue c = Messages.of(lang).catalogue();
    NodeList dts = doc.getElementsByTagName("dt");
    int n = 0;
    for (int i = 0; i < dts.getLength(); i++) {
      Element dt = (Element) dts.item(i);
      if (!dt.hasAttribute("title")) {
        continue;
      }
      n++;
      String key = dt.getAttribute("title");
      assertTrue(c.hasLabel(key), () -> "no label for evidence key " + key + " in " + lang.code());
      assertFalse(dt.getTextContent().equals(key), key);
    }
    assertTrue(n > 10, "evidence is shown");
  }
}
