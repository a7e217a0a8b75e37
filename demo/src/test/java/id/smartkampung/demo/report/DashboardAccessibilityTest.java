package id.smartkampung.demo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.text.Language;
import id.smartkampung.demo.scenario.LedgerBackend;
import id.smartkampung.demo.scenario.Scenario;
import id.smartkampung.demo.scenario.ScenarioListener;
import id.smartkampung.demo.scenario.ScenarioResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Accessibility of the dashboards (issue 16; WCAG 2.1 1.1.1 non-text content, 1.3.1 info and
 * relationships, 2.4.1 bypass blocks): tables with captions and column header scopes, the page's
 * landmarks, and every chart's figures also as text.
 */
class DashboardAccessibilityTest {
  static ScenarioResult result;
  @TempDir static Path dir;

  @BeforeAll
  static void runTheYear() throws Exception {
    result = Scenario.run(Scenario.DEFAULT_SEED, LedgerBackend.inMemory(), dir, ScenarioListener.NONE);
  }

  static List<Document> pages(Language lang) throws Exception {
    Path out = dir.resolve("a11y-" + lang.code());
    ReportWriter.write(VillageDashboard.of(result), result.district(), out, lang);
    return List.of(DashboardTest.parse(out.resolve(ReportWriter.VILLAGE_PAGE)), DashboardTest.parse(out.resolve(ReportWriter.DISTRICT_PAGE)));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("every table has a caption as its first child and every column heading a scope")
  void tables(Language lang) throws Exception {
    for (Document doc : pages(lang)) {
      NodeList tables = doc.getElementsByTagName("table");
      assertTrue(tables.getLength() > 1);
      for (int i = 0; i < tables.getLength(); i++) {
        Element t = (Element) tables.item(i);
        Node first = t.getFirstChild();
        assertEquals("caption", first.getNodeName(), "table " + i + " starts with its caption");
        assertFalse(first.getTextContent().isBlank(), "table " + i + " caption");
      }
      NodeList th = doc.getElementsByTagName("th");
      for (int i = 0; i < th.getLength(); i++) {
        Element e = (Element) th.item(i);
        assertEquals("col", e.getAttribute("scope"), () -> "scope of heading " + e.getTextContent());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("landmarks: one banner header, one labelled navigation, one main holding every section, one footer")
  void landmarks(Language lang) throws Exception {
    for (Document doc : pages(lang)) {
      assertEquals(1, doc.getElementsByTagName("main").getLength());
      assertEquals(1, doc.getElementsByTagName("footer").getLength());
      NodeList nav = doc.getElementsByTagName("nav");
      assertEquals(1, nav.getLength());
      assertFalse(((Element) nav.item(0)).getAttribute("aria-label").isBlank());
      Element main = (Element) doc.getElementsByTagName("main").item(0);
      NodeList sections = doc.getElementsByTagName("section");
      for (int i = 0; i < sections.getLength(); i++) {
        Node n = sections.item(i);
        boolean inMain = false;
        for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
          inMain |= p == main;
        }
        assertTrue(inMain, "section " + ((Element) n).getAttribute("id") + " inside main");
      }
      Element header = (Element) doc.getElementsByTagName("header").item(0);
      assertEquals("body", header.getParentNode().getNodeName(), "the page's header is a banner (a child of body)");
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("every chart is an image with a title and its figures as text in a description")
  void chartsAsText(Language lang) throws Exception {
    int charts = 0;
    for (Document doc : pages(lang)) {
      NodeList svgs = doc.getElementsByTagName("svg");
      for (int i = 0; i < svgs.getLength(); i++) {
        Element svg = (Element) svgs.item(i);
        charts++;
        assertEquals("img", svg.getAttribute("role"));
        assertEquals(1, svg.getElementsByTagName("title").getLength());
        NodeList desc = svg.getElementsByTagName("desc");
        assertEquals(1, desc.getLength(), "a description of " + svg.getElementsByTagName("title").item(0).getTextContent());
        String d = desc.item(0).getTextContent();
        if (svg.getAttribute("class").contains("bars")) {
          // each bar's figures, as drawn: the amounts in the language's way or the risk score
          assertTrue(d.contains(lang == Language.ID ? "Rp" : "IDR") || d.contains(Messages.of(lang).t("district.risk")), d);
        }
        if (svg.getAttribute("class").contains("s-curve")) {
          assertTrue(d.contains(Messages.of(lang).t("curve.planned") + ":") && d.contains(Messages.of(lang).t("curve.physical") + ":") && d.contains("%"), d);
        }
      }
    }
    assertTrue(charts >= result.projects().size() + 3, "the S-curves, the two budget charts and the district's risk chart");
  }
}
