package id.smartkampung.demo.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.smartkampung.core.text.Language;
import id.smartkampung.demo.scenario.LedgerBackend;
import id.smartkampung.demo.scenario.Scenario;
import id.smartkampung.demo.scenario.ScenarioListener;
import id.smartkampung.demo.scenario.ScenarioResult;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The dashboards and exports written for the README's run: well-formed (parsed by the JDK's XML
 * parser), self-contained (no script, nothing fetched), with the expected sections and exactly one
 * S-curve per project, money written the language's way; exports that a spreadsheet or a program
 * reads.
 */
class DashboardTest {
  static ScenarioResult result;
  @TempDir static Path dir;

  @BeforeAll
  static void runTheYear() throws Exception {
    result = Scenario.run(Scenario.DEFAULT_SEED, LedgerBackend.inMemory(), dir, ScenarioListener.NONE);
  }

  static Path write(Language lang) throws Exception {
    Path out = dir.resolve(lang.code());
    ReportWriter.write(VillageDashboard.of(result), result.district(), out, lang);
    return out;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("the village page: well-formed, every section, one SVG chart per project, nothing external")
  void villagePage(Language lang) throws Exception {
    Path out = write(lang);
    Document doc = parse(out.resolve(ReportWriter.VILLAGE_PAGE));
    selfContained(doc, Files.readString(out.resolve(ReportWriter.VILLAGE_PAGE), UTF_8));
    assertEquals(lang.code(), doc.getDocumentElement().getAttribute("lang"));
    Set<String> ids = sectionIds(doc);
    assertTrue(ids.containsAll(VillagePage.SECTIONS), () -> "sections: " + ids);
    List<Element> projects = byClass(doc, "section", "project");
    assertEquals(result.projects().size(), projects.size());
    for (Element p : projects) {
      assertEquals(1, p.getElementsByTagName("svg").getLength(), () -> "one S-curve in " + p.getAttribute("id"));
      assertTrue(((Element) p.getElementsByTagName("svg").item(0)).getAttribute("class").contains("s-curve"));
    }
    String text = doc.getDocumentElement().getTextContent();
    // the re-baselined road's kurva S draws both baselines: the signed plan and the addendum's
    assertTrue(text.contains(lang == Language.ID ? "Rencana adendum 1" : "Planned, addendum 1"), "both baselines in the S-curve legend");
    if (lang == Language.ID) {
      assertTrue(text.contains("Rp1.271.345.000"), "Dana Desa written the Indonesian way");
      assertTrue(text.contains("Panjar dengan SPJ bertahap") && text.contains("SPJ parsial") && text.contains("SPJ akhir"), "the panjar book shows the panjar with two SPJ");
      assertTrue(text.contains("Temuan penyimpangan"));
    } else {
      assertTrue(text.contains("IDR 1,271,345,000"), "Dana Desa written the English way");
      assertTrue(text.contains("Advances accounted for in stages") && text.contains("partial SPJ") && text.contains("final SPJ"), "the panjar book shows the panjar with two SPJ");
      assertTrue(text.contains("Misconduct caught"));
    }
    // issue 14: the treasurer's monthly report (12 months, Jan-Nov closed) and the assets bought from 5.3
    Element monthly = byId(doc, "tutup-buku");
    assertEquals(12, monthly.getElementsByTagName("tbody").item(0).getChildNodes().getLength(), "one row per month");
    assertTrue(monthly.getTextContent().contains("Pasal 63"));
    Element assets = byId(doc, "aset");
    assertTrue(assets.getElementsByTagName("tr").getLength() >= 3, "a header, at least one 5.3 item (the road), the total");
    assertTrue(assets.getTextContent().contains("5.3."));
    Element caught = byId(doc, "temuan");
    assertEquals(result.caught().size(), byClass(caught, "div", "case").size());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("the district page: well-formed, villages and projects ranked, nothing external")
  void districtPage(Language lang) throws Exception {
    Path out = write(lang);
    Document doc = parse(out.resolve(ReportWriter.DISTRICT_PAGE));
    selfContained(doc, Files.readString(out.resolve(ReportWriter.DISTRICT_PAGE), UTF_8));
    assertTrue(sectionIds(doc).containsAll(DistrictPage.SECTIONS));
    Element villages = byId(doc, "desa");
    assertEquals(result.district().villages().size(), villages.getElementsByTagName("tbody").item(0).getChildNodes().getLength());
    Element projects = byId(doc, "proyek");
    assertEquals(result.district().projectCount(), projects.getElementsByTagName("tbody").item(0).getChildNodes().getLength());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("on a phone a table row is a card: every cell carries its column's heading as data-label")
  void cellsCarryTheirHeadings(Language lang) throws Exception {
    Path out = write(lang);
    for (String page : List.of(ReportWriter.VILLAGE_PAGE, ReportWriter.DISTRICT_PAGE)) {
      Document doc = parse(out.resolve(page));
      var tables = doc.getElementsByTagName("table");
      for (int t = 0; t < tables.getLength(); t++) {
        Element table = (Element) tables.item(t);
        var headings = table.getElementsByTagName("th");
        var rows = table.getElementsByTagName("tbody").item(0).getChildNodes();
        for (int r = 0; r < rows.getLength(); r++) {
          var cells = ((Element) rows.item(r)).getElementsByTagName("td");
          for (int c = 0; c < cells.getLength(); c++) {
            assertEquals(headings.item(c).getTextContent(), ((Element) cells.item(c)).getAttribute("data-label"), page + " table " + t + " row " + r + " cell " + c);
          }
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("the CSV exports (default: for a spreadsheet set to Indonesian): BOM, ';', a header of the JSON field names, the same number of cells in every row, amounts with a decimal comma")
  void csvExports(Language lang) throws Exception {
    Path out = write(lang);
    Pattern amount = Pattern.compile("-?[0-9]+,[0-9]{2}");
    ObjectMapper json = new ObjectMapper();
    for (String name : List.of("realisasi-apbdes-2025.csv", "bku-2025.csv", "penilaian-proyek-2025.csv")) {
      String text = Files.readString(out.resolve(name), UTF_8);
      assertTrue(text.startsWith("\uFEFF"), name + " starts with a byte-order mark");
      List<List<String>> rows = csv(text.substring(1), ';');
      assertTrue(rows.size() > 2, name);
      int columns = rows.get(0).size();
      for (List<String> r : rows) {
        assertEquals(columns, r.size(), () -> name + ": " + r);
      }
      int money = rows.get(0).indexOf(name.startsWith("bku") ? "balance" : name.startsWith("real") ? "budget" : "bac");
      for (List<String> r : rows.subList(1, rows.size())) {
        assertTrue(amount.matcher(r.get(money)).matches(), () -> name + ": " + r.get(money));
      }
      // the same column names as the JSON export (its fields, nested objects flattened)
      List<String> fields = new ArrayList<>();
      collectFields(json.readTree(out.resolve(name.replace(".csv", ".json")).toFile()), fields);
      for (String column : rows.get(0)) {
        assertTrue(fields.contains(column) || List.of("level", "bidang").contains(column), name + ": column " + column + " is not a field of the JSON export " + fields);
      }
    }
    List<List<String>> bku = csv(Files.readString(out.resolve("bku-2025.csv"), UTF_8).substring(1), ';');
    assertEquals(amountOf(result.ledger().bku().balance()).replace('.', ','), bku.get(bku.size() - 1).get(9), "the last running balance is the BKU balance");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("the CSV exports with --csv plain: no BOM, ',', amounts with a decimal point")
  void plainCsvExports(Language lang) throws Exception {
    Path out = Files.createTempDirectory(dir, "plain");
    ReportWriter.write(VillageDashboard.of(result), result.district(), out, lang, id.smartkampung.core.csv.CsvDialect.PLAIN);
    List<List<String>> bku = csv(Files.readString(out.resolve("bku-2025.csv"), UTF_8), ',');
    assertEquals("balance", bku.get(0).get(9));
    assertEquals(amountOf(result.ledger().bku().balance()), bku.get(bku.size() - 1).get(9));
  }

  private static void collectFields(JsonNode n, List<String> out) {
    if (n.isObject()) {
      n.fields().forEachRemaining(e -> {
        out.add(e.getKey());
        collectFields(e.getValue(), out);
      });
    } else if (n.isArray()) {
      n.forEach(x -> collectFields(x, out));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("the JSON exports parse, with amounts as quoted decimals")
  void jsonExports(Language lang) throws Exception {
    Path out = write(lang);
    ObjectMapper json = new ObjectMapper();
    for (String name : List.of("realisasi-apbdes-2025.json", "bku-2025.json", "penilaian-proyek-2025.json", "temuan.json")) {
      JsonNode n = json.readTree(out.resolve(name).toFile());
      assertFalse(n.isEmpty(), name);
    }
    JsonNode total = json.readTree(out.resolve("realisasi-apbdes-2025.json").toFile()).get("total");
    assertTrue(total.get("budget").isTextual());
    assertEquals(result.caught().size(), json.readTree(out.resolve("temuan.json").toFile()).size());
    assertEquals(2 * result.projects().size(), Files.list(out.resolve(ReportWriter.MONITORING_DIR)).count());
  }

  // ---------------------------------------------------------------------------------- helpers

  private static String amountOf(javax.money.MonetaryAmount m) {
    return id.smartkampung.core.money.Idr.format(m);
  }

  /** Parses as XML (XHTML-compatible markup); fails on anything not well-formed. */
  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
      @Override
      public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
        throw e;
      }
    });
    return b.parse(new ByteArrayInputStream(Files.readAllBytes(file)));
  }

  /** No script, no external resource: no src/href to http(s) or //, no url() or @import in styles, no embedding elements. */
  static void selfContained(Document doc, String raw) {
    for (String tag : List.of("script", "link", "img", "iframe", "object", "embed", "audio", "video", "source")) {
      assertEquals(0, doc.getElementsByTagName(tag).getLength(), () -> "no <" + tag + ">");
    }
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attrs = all.item(i).getAttributes();
      for (int j = 0; j < attrs.getLength(); j++) {
        Node a = attrs.item(j);
        String name = a.getNodeName().toLowerCase();
        String value = a.getNodeValue().trim().toLowerCase();
        assertFalse(name.startsWith("on"), () -> "event handler attribute " + name);
        if (name.equals("src") || name.equals("href") || name.endsWith(":href") || name.equals("action")) {
          assertFalse(value.startsWith("http:") || value.startsWith("https:") || value.startsWith("//") || value.startsWith("javascript:"),
              () -> name + "=" + value);
        }
      }
    }
    assertFalse(raw.contains("url("), "no url() in styles");
    assertFalse(raw.contains("@import"), "no @import");
    assertTrue(raw.contains("name=\"viewport\""), "readable on a phone");
    assertTrue(raw.contains("@page{size:A4") && raw.contains("@media print"), "printable on A4");
  }

  static Set<String> sectionIds(Document doc) {
    Set<String> ids = new HashSet<>();
    NodeList s = doc.getElementsByTagName("section");
    for (int i = 0; i < s.getLength(); i++) {
      ids.add(((Element) s.item(i)).getAttribute("id"));
    }
    return ids;
  }

  static Element byId(Document doc, String id) {
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element with id " + id);
  }

  static List<Element> byClass(Object root, String tag, String cls) {
    NodeList l = root instanceof Document d ? d.getElementsByTagName(tag) : ((Element) root).getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < l.getLength(); i++) {
      Element e = (Element) l.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
        out.add(e);
      }
    }
    return out;
  }

  /** A strict RFC 4180 reader (quoted cells, doubled quotes, CRLF rows). */
  static List<List<String>> csv(String text, char separator) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    assertTrue(row.isEmpty() && cell.length() == 0, "the file ends with CRLF");
    return rows;
  }
}
