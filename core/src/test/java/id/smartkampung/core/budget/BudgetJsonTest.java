package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON read/write of the APBDes: round trips, and a clear error naming the JSON path for every kind of bad input (DESIGN §5). */
class BudgetJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Village VILLAGE = Village.of("35.10.01.2003", "Sumberagung", "Pesanggaran", "Banyuwangi");

  /** A small valid budget: $.lines[0] pendapatan DD, [1] road belanja, [2] SiLPA without fund source. */
  private static Apbdes small() {
    return Apbdes.of(
        VILLAGE,
        2025,
        List.of(
            BudgetLine.pendapatan(AccountCode.parse("4.2.1.01"), FundSource.DDS, "Dana Desa", Idr.of(400_000_000)),
            BudgetLine.belanja(KegiatanCode.parse("02.03.10"), AccountCode.parse("5.3.5.01"), FundSource.DDS, "Rabat beton", Idr.parse("350000000.50"))
                .withOutput("350 m rabat beton"),
            BudgetLine.penerimaanPembiayaan(AccountCode.parse("6.1.1.01"), "SiLPA", Idr.of(1_000_000))));
  }

  private static ObjectNode tree(Apbdes b) throws IOException {
    return (ObjectNode) MAPPER.readTree(BudgetJson.toJson(b));
  }

  private static ObjectNode line(ObjectNode root, int i) {
    return (ObjectNode) root.get("lines").get(i);
  }

  /** The findings of reading the small budget after {@code corrupt} changed its tree. */
  private static List<Finding> problems(Consumer<ObjectNode> corrupt) throws IOException {
    ObjectNode root = tree(small());
    corrupt.accept(root);
    return problems(MAPPER.writeValueAsString(root));
  }

  private static List<Finding> problems(String json) {
    BudgetFormatException e = assertThrows(BudgetFormatException.class, () -> BudgetJson.parse(json));
    assertFalse(e.findings().isEmpty());
    e.findings().forEach(f -> assertTrue(f.isError(), f.toString()));
    return e.findings();
  }

  private static void assertOnly(List<Finding> found, Rule rule, String path) {
    assertEquals(1, found.size(), found.toString());
    assertEquals(rule, found.get(0).rule(), found.toString());
    assertEquals(path, found.get(0).path(), found.toString());
  }

  // ------------------------------------------------------------------------------ round trips

  @Test
  void writeThenReadGivesAnEqualBudget() {
    assertEquals(small(), BudgetJson.parse(BudgetJson.toJson(small())));
    assertEquals(BudgetJson.example(), BudgetJson.parse(BudgetJson.toJson(BudgetJson.example())));
  }

  @Test
  void writeThenReadThroughAFileAndAStream(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("apbdes.json");
    BudgetJson.write(BudgetJson.example(), file);
    assertEquals(BudgetJson.example(), BudgetJson.read(file));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BudgetJson.write(small(), out);
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(out.toByteArray()) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertEquals(small(), BudgetJson.read(in, "memory"));
    assertFalse(closed[0], "the caller's stream is left open");
  }

  @Test
  void theExampleResourceIsExactlyWhatTheWriterWrites() throws IOException {
    try (InputStream in = BudgetJson.class.getResourceAsStream("example-banyuwangi-2025.json")) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), BudgetJson.toJson(BudgetJson.example()));
    }
  }

  @Test
  void linesAreWrittenInCanonicalOrderWithQuotedTwoDecimalAmounts() throws IOException {
    Apbdes ex = BudgetJson.example();
    JsonNode lines = tree(ex).get("lines");
    assertEquals(ex.lines().size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode n = lines.get(i);
      BudgetLine l = ex.lines().get(i);
      assertEquals(l.account().toString(), n.get("account").textValue(), "$.lines[" + i + "]");
      assertEquals(l.description(), n.get("description").textValue());
      assertTrue(n.get("amount").isTextual(), "amount is a JSON string");
      assertTrue(n.get("amount").textValue().matches("[0-9]+\\.[0-9]{2}"), n.get("amount").textValue());
    }
    assertEquals("350000000.50", line(tree(small()), 1).get("amount").textValue());
  }

  @Test
  void absentKegiatanFundSourceAndOutputAreLeftOutAndReadBackEmpty() throws IOException {
    ObjectNode silpa = line(tree(small()), 2);
    assertFalse(silpa.has("kegiatan") || silpa.has("fundSource") || silpa.has("output"), silpa.toString());
    ObjectNode root = tree(small());
    line(root, 2).putNull("fundSource");
    line(root, 2).putNull("output");
    BudgetLine read = BudgetJson.parse(MAPPER.writeValueAsString(root)).lines(Section.PEMBIAYAAN_PENERIMAAN).get(0);
    assertNull(read.fundSource());
    assertNull(read.output());
  }

  @Test
  void amountsBeyondALongOfSenAreExact() throws IOException {
    ObjectNode root = tree(small());
    line(root, 0).put("amount", "123456789012345678901.99");
    Apbdes b = BudgetJson.parse(MAPPER.writeValueAsString(root));
    assertEquals(new BigDecimal("123456789012345678901.99"), b.lines().get(0).amount().getNumberStripped());
    assertEquals(b, BudgetJson.parse(BudgetJson.toJson(b)));
  }

  @Test
  void linesInAnyOrderAreKeptCanonically() throws IOException {
    ObjectNode root = tree(small());
    ArrayNode lines = (ArrayNode) root.get("lines");
    JsonNode first = lines.remove(0);
    lines.add(first);
    assertEquals(small(), BudgetJson.parse(MAPPER.writeValueAsString(root)));
  }

  // ------------------------------------------------------------------------------ malformed input

  @Test
  void malformedJsonNamesWhereTheParserStopped() {
    List<Finding> found = problems("{\"format\": \"smartkampung.apbdes/1\",\n \"lines\": [{\"section\": \"belanja\",, }]}");
    assertOnly(found, Rule.FORMAT, "$.lines[0].section");
    assertTrue(found.get(0).message().contains("line 2"), found.get(0).message());
  }

  @Test
  void emptyInputTrailingContentDuplicateKeysAndANonObjectRootAreFormatErrors() throws IOException {
    assertOnly(problems(""), Rule.FORMAT, "$");
    assertOnly(problems(BudgetJson.toJson(small()) + " {}"), Rule.FORMAT, "$");
    assertOnly(problems("[1, 2]"), Rule.FORMAT, "$");
    String dup = BudgetJson.toJson(small()).replaceFirst("\"fiscalYear\": 2025", "\"fiscalYear\": 2025, \"fiscalYear\": 2024");
    assertOnly(problems(dup), Rule.FORMAT, "$.fiscalYear");
  }

  @Test
  void aBareJsonNumberAmountIsRefusedNotRounded() throws IOException {
    List<Finding> found = problems(root -> line(root, 1).put("amount", new BigDecimal("350000000.10")));
    assertOnly(found, Rule.FORMAT, "$.lines[1].amount");
    assertTrue(found.get(0).message().contains("\"350000000.10\""), found.get(0).message());
  }

  @Test
  void wrongTypesAreFormatErrorsAtTheirPath() throws IOException {
    assertOnly(problems(root -> line(root, 0).put("amount", true)), Rule.FORMAT, "$.lines[0].amount");
    assertOnly(problems(root -> line(root, 0).put("account", 4.2)), Rule.FORMAT, "$.lines[0].account");
    assertOnly(problems(root -> root.put("fiscalYear", "2025")), Rule.FORMAT, "$.fiscalYear");
    assertOnly(problems(root -> root.put("fiscalYear", 2025.5)), Rule.FORMAT, "$.fiscalYear");
    assertOnly(problems(root -> root.put("lines", "none")), Rule.FORMAT, "$.lines");
    assertOnly(problems(root -> ((ArrayNode) root.get("lines")).set(1, MAPPER.getNodeFactory().textNode("x"))), Rule.FORMAT, "$.lines[1]");
    assertOnly(problems(root -> root.put("village", 7)), Rule.FORMAT, "$.village");
  }

  @Test
  void unknownFieldsAreFormatErrorsAtEveryLevel() throws IOException {
    assertOnly(problems(root -> root.put("total", "1")), Rule.FORMAT, "$.total");
    assertOnly(problems(root -> ((ObjectNode) root.get("village")).put("desa", "x")), Rule.FORMAT, "$.village.desa");
    assertOnly(problems(root -> line(root, 1).put("fund_source", "DDS")), Rule.FORMAT, "$.lines[1].fund_source");
  }

  @Test
  void missingRequiredFieldsAreFormatErrors() throws IOException {
    assertOnly(problems(root -> line(root, 1).remove("description")), Rule.FORMAT, "$.lines[1].description");
    assertOnly(problems(root -> line(root, 1).remove("amount")), Rule.FORMAT, "$.lines[1].amount");
    assertOnly(problems(root -> line(root, 1).remove("section")), Rule.FORMAT, "$.lines[1].section");
    assertOnly(problems(root -> root.remove("fiscalYear")), Rule.FORMAT, "$.fiscalYear");
    assertOnly(problems(root -> root.remove("village")), Rule.FORMAT, "$.village");
    assertOnly(problems(root -> root.remove("lines")), Rule.FORMAT, "$.lines");
    assertOnly(problems(root -> root.remove("format")), Rule.FORMAT, "$.format");
    assertOnly(problems(root -> ((ObjectNode) root.get("village")).put("name", " ")), Rule.FORMAT, "$.village.name");
  }

  @Test
  void anotherFormatVersionIsRefused() throws IOException {
    List<Finding> found = problems(root -> root.put("format", "smartkampung.apbdes/2"));
    assertOnly(found, Rule.FORMAT, "$.format");
    assertTrue(found.get(0).message().contains("smartkampung.apbdes/1"));
  }

  @Test
  void malformedCodesSectionsAndAmountsAreFormatErrors() throws IOException {
    assertOnly(problems(root -> line(root, 1).put("account", "5.3.5.1")), Rule.FORMAT, "$.lines[1].account");
    assertOnly(problems(root -> line(root, 1).put("kegiatan", "2.3.10")), Rule.FORMAT, "$.lines[1].kegiatan");
    assertOnly(problems(root -> line(root, 1).put("fundSource", "dds")), Rule.FORMAT, "$.lines[1].fundSource");
    assertOnly(problems(root -> line(root, 1).put("section", "spending")), Rule.FORMAT, "$.lines[1].section");
    assertOnly(problems(root -> line(root, 1).put("amount", "350.000.000")), Rule.FORMAT, "$.lines[1].amount");
    assertOnly(problems(root -> line(root, 1).put("amount", "3.5e8")), Rule.FORMAT, "$.lines[1].amount");
    assertOnly(problems(root -> line(root, 1).put("amount", "")), Rule.FORMAT, "$.lines[1].amount");
  }

  @Test
  void lineRuleBreachesAreRefusedWithTheirRule() throws IOException {
    // I1: never negative, exact to the sen
    assertOnly(problems(root -> line(root, 1).put("amount", "-5.00")), Rule.AMOUNT_NEGATIVE, "$.lines[1].amount");
    assertOnly(problems(root -> line(root, 1).put("amount", "1.005")), Rule.AMOUNT_PRECISION, "$.lines[1].amount");
    // I2: known codes, each section its own accounts
    assertOnly(problems(root -> line(root, 1).put("account", "5.9.9.01")), Rule.CODE_UNKNOWN, "$.lines[1].account");
    assertOnly(problems(root -> line(root, 1).put("kegiatan", "09.01.01")), Rule.CODE_UNKNOWN, "$.lines[1].kegiatan");
    assertOnly(problems(root -> line(root, 1).put("fundSource", "XYZ")), Rule.CODE_UNKNOWN, "$.lines[1].fundSource");
    assertOnly(problems(root -> line(root, 0).put("account", "5.2.1.01")), Rule.CODE_SECTION, "$.lines[0].account");
    assertOnly(problems(root -> line(root, 0).put("kegiatan", "02.03.10")), Rule.CODE_SECTION, "$.lines[0].kegiatan");
  }

  @Test
  void everyProblemIsReportedAtOnceInFileOrder() throws IOException {
    List<Finding> found = problems(root -> {
      root.put("format", "x");
      ((ObjectNode) root.get("village")).put("code", "");
      line(root, 0).put("amount", 5);
      line(root, 1).put("amount", "-1");
      line(root, 1).put("fundSource", "XYZ");
      line(root, 2).put("extra", 1);
    });
    assertEquals(
        List.of("$.format", "$.village.code", "$.lines[0].amount", "$.lines[1].amount", "$.lines[1].fundSource", "$.lines[2].extra"),
        found.stream().map(Finding::path).collect(Collectors.toList()));
    assertEquals(
        List.of(Rule.FORMAT, Rule.FORMAT, Rule.FORMAT, Rule.AMOUNT_NEGATIVE, Rule.CODE_UNKNOWN, Rule.FORMAT),
        found.stream().map(Finding::rule).collect(Collectors.toList()));
  }

  @Test
  void aBelanjaLineWithoutFundSourceIsReadButIsAnErrorOfTheBudget() throws IOException {
    // issue 12: belanja without sumber dana can never be paid: an ERROR of the budget (was a warning), not a read error
    ObjectNode root = tree(small());
    line(root, 1).remove("fundSource");
    Apbdes b = BudgetJson.parse(MAPPER.writeValueAsString(root));
    assertNull(b.lines(Section.BELANJA).get(0).fundSource());
    List<Finding> errors = BudgetValidator.check(b).errors();
    assertTrue(errors.stream().anyMatch(f -> f.rule() == Rule.FUND_SOURCE_MISSING && f.path().equals("$.lines[1].fundSource")), errors::toString);
  }

  @Test
  void aFileErrorNamesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("desa.json");
    Files.writeString(file, BudgetJson.toJson(small()).replace("\"350000000.50\"", "\"-1\""));
    BudgetFormatException e = assertThrows(BudgetFormatException.class, () -> BudgetJson.read(file));
    assertEquals(Optional.of(file.toString()), e.source());
    assertTrue(e.getMessage().startsWith(file + ": 1 problem: ERROR I1.amount-negative at $.lines[1].amount"), e.getMessage());
  }

  @Test
  void invalidUtf8IsAFormatError() {
    byte[] bytes = BudgetJson.toJson(small()).replace("Rabat beton", "Rabat \u00ffbeton").getBytes(StandardCharsets.ISO_8859_1);
    BudgetFormatException e = assertThrows(BudgetFormatException.class, () -> BudgetJson.read(new ByteArrayInputStream(bytes), "latin1.json"));
    assertEquals(Rule.FORMAT, e.findings().get(0).rule());
  }

  // ------------------------------------------------------------------------------ readChecked

  @Test
  void readCheckedNamesFindingsByTheirPathInTheFile() throws IOException {
    // file order differs from canonical order; [0] siltap from DDS, [3] repeats [2] exactly
    BudgetLine road = BudgetLine.belanja(KegiatanCode.parse("02.03.10"), AccountCode.parse("5.3.5.01"), FundSource.DDS, "Rabat beton", Idr.of(100));
    ObjectNode root = tree(Apbdes.of(VILLAGE, 2025, List.of()));
    ArrayNode lines = (ArrayNode) root.get("lines");
    for (BudgetLine l : List.of(
        BudgetLine.belanja(KegiatanCode.parse("01.01.01"), AccountCode.parse("5.1.1.01"), FundSource.DDS, "Siltap", Idr.of(50)),
        BudgetLine.pendapatan(AccountCode.parse("4.2.1.01"), FundSource.DDS, "Dana Desa", Idr.of(300)),
        road,
        road)) {
      lines.add(tree(Apbdes.of(VILLAGE, 2025, List.of(l))).get("lines").get(0));
    }
    CheckedBudget c = BudgetJson.readChecked(new ByteArrayInputStream(MAPPER.writeValueAsBytes(root)), "desa.json");
    assertEquals("desa.json", c.source());
    assertEquals(4, c.budget().lines().size(), "the duplicate is read, not dropped");
    Finding siltap = only(c, Rule.SILTAP_FROM_DANA_DESA);
    assertEquals("$.lines[0].fundSource", siltap.path());
    Finding dup = only(c, Rule.LINE_DUPLICATE);
    assertEquals("$.lines[3]", dup.path());
    assertEquals("$.lines[2]", dup.data().get("repeats"));
    assertFalse(dup.isError(), "a likely duplicate is a warning");
    assertEquals("$", only(c, Rule.BALANCE).path());
  }

  @Test
  void readCheckedRefusesAYearWithoutAPolicyPack() throws IOException {
    ObjectNode root = tree(small());
    root.put("fiscalYear", 2023);
    byte[] bytes = MAPPER.writeValueAsBytes(root);
    assertEquals(2023, BudgetJson.read(new ByteArrayInputStream(bytes), "x").fiscalYear(), "plain reading needs no pack");
    BudgetFormatException e = assertThrows(BudgetFormatException.class, () -> BudgetJson.readChecked(new ByteArrayInputStream(bytes), "x"));
    assertEquals("$.fiscalYear", e.findings().get(0).path());
    BudgetFormatException other = assertThrows(
        BudgetFormatException.class,
        () -> BudgetJson.readChecked(new ByteArrayInputStream(bytes), "x", BudgetValidator.of(PolicyPack.forYear(2025))));
    assertEquals("$.fiscalYear", other.findings().get(0).path());
  }

  @Test
  void readCheckedOfTheExampleIsClean(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("example.json");
    BudgetJson.write(BudgetJson.example(), file);
    CheckedBudget c = BudgetJson.readChecked(file);
    assertEquals(BudgetJson.example(), c.budget());
    assertEquals(List.of(), c.validation().findings());
  }

  private static Finding only(CheckedBudget c, Rule rule) {
    List<Finding> f = c.validation().findings().stream().filter(x -> x.rule() == rule).collect(Collectors.toList());
    assertEquals(1, f.size(), c.validation().findings().toString());
    return f.get(0);
  }
}
