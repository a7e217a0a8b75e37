package id.smartkampung.core.budget;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import id.smartkampung.core.Api;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.code.ReferenceData;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.javamoney.moneta.Money;

/**
 * The JSON form of a village budget — <i>APBDes dalam format JSON</i> — read and written with
 * Jackson:
 *
 * <pre>{@code
 * {"format": "smartkampung.apbdes/1",
 *  "village": {"code": "35.10.01.2003", "name": "Sumberagung", "kecamatan": "Pesanggaran", "kabupaten": "Banyuwangi"},
 *  "fiscalYear": 2025,
 *  "lines": [{"section": "belanja", "account": "5.3.5.01", "kegiatan": "02.03.10", "description": "…",
 *             "amount": "350000000.00", "fundSource": "DDS", "output": "350 m rabat beton"}]}
 * }</pre>
 *
 * <p><b>Writing</b>: lines in the budget's canonical order, so {@code $.lines[i]} is {@code
 * Apbdes.lines().get(i)}; amounts as quoted plain decimals with two decimals ({@link Idr#format});
 * {@code kegiatan}, {@code fundSource} and {@code output} are left out where the line has none. The
 * writer writes any budget as it is; write→read gives an equal budget whenever every line passes
 * the line checks ({@link BudgetValidator#checkLine}).
 *
 * <p><b>Reading</b> is strict and reports <em>all</em> problems at once in a {@link
 * BudgetFormatException}, each at its JSON path (e.g. {@code $.lines[3].amount}) and with the file
 * name when read from a file; nothing is half-built. Problems of form carry {@link Rule#FORMAT}:
 * malformed JSON (with line and column), content after the budget object, duplicate keys, a wrong
 * {@code format}, unknown or missing fields, wrong types, malformed codes and amounts. Amounts must
 * be JSON <em>strings</em> holding a plain decimal ({@code "52200000"} or {@code "52200000.00"}); a
 * bare JSON number is refused, not converted: many producers have already passed it through binary
 * floating point, so its digits cannot be trusted to the sen. A line that is well-formed but breaks
 * a line rule (negative amount or more than two decimals, I1; unknown code, account not of its
 * section, I2) is refused with that rule, checked by {@link BudgetValidator#checkLine} so the rule
 * lives in one place. Line-level <em>warnings</em> (a belanja line without fund source) and
 * whole-budget rules (balance, duplicates, policy shares) do not stop reading: {@link #readChecked}
 * returns them with the file's JSON paths. Lines may come in any order; the budget keeps them in
 * canonical order.
 *
 * <p>All methods are static and thread-safe.
 */
@Api(Api.Status.STABLE)
public final class BudgetJson {
  /** The value of the {@code format} field of this version of the format. */
  public static final String FORMAT = "smartkampung.apbdes/1";

  private static final String EXAMPLE_RESOURCE = "example-banyuwangi-2025.json";

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final ImmutableSet<String> TOP_FIELDS = ImmutableSet.of("format", "village", "fiscalYear", "lines");
  private static final ImmutableSet<String> VILLAGE_FIELDS = ImmutableSet.of("code", "name", "kecamatan", "kabupaten");
  private static final ImmutableSet<String> LINE_FIELDS =
      ImmutableSet.of("section", "account", "kegiatan", "description", "amount", "fundSource", "output");

  private BudgetJson() {}

  // ------------------------------------------------------------------------------------ reading

  /**
   * Reads a budget from a JSON file (UTF-8), checking its lines against the standard reference lists.
   *
   * @throws BudgetFormatException naming the file and every problem with its JSON path
   * @throws IOException if the file cannot be read
   */
  public static Apbdes read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a budget from a JSON stream (UTF-8; the stream is not closed).
   *
   * @param sourceName how to name the input in errors, e.g. its file name; never null
   * @throws BudgetFormatException naming the source and every problem with its JSON path
   * @throws IOException if the stream cannot be read
   */
  public static Apbdes read(InputStream in, String sourceName) throws IOException {
    requireNonNull(sourceName, "sourceName");
    try (JsonParser p = MAPPER.createParser(requireNonNull(in, "in"))) {
      return decode(p, sourceName, ReferenceData.standard()).budget();
    }
  }

  /**
   * Parses a budget from JSON text.
   *
   * @throws BudgetFormatException listing every problem with its JSON path
   */
  public static Apbdes parse(String json) {
    try (JsonParser p = MAPPER.createParser(requireNonNull(json, "json"))) {
      return decode(p, null, ReferenceData.standard()).budget();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a string", e);
    }
  }

  /**
   * Reads a budget from a JSON file and validates it against the shipped policy pack of its fiscal
   * year ({@link PolicyPack#forYear}); the findings name the file's JSON paths.
   *
   * @throws BudgetFormatException if the file cannot be read into a budget, or no policy pack is
   *     shipped for its fiscal year (at {@code $.fiscalYear})
   * @throws IOException if the file cannot be read
   */
  public static CheckedBudget readChecked(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readChecked(in, file.toString());
    }
  }

  /**
   * Reads a budget from a JSON file and validates it with {@code validator}, whose reference lists
   * are also used for the line checks while reading.
   *
   * @throws BudgetFormatException if the file cannot be read into a budget, or its fiscal year is
   *     not the validator's (at {@code $.fiscalYear})
   * @throws IOException if the file cannot be read
   */
  public static CheckedBudget readChecked(Path file, BudgetValidator validator) throws IOException {
    requireNonNull(validator, "validator");
    try (InputStream in = Files.newInputStream(file)) {
      return readChecked(in, file.toString(), validator);
    }
  }

  /** As {@link #readChecked(Path)}, from a stream named {@code sourceName} in errors. */
  public static CheckedBudget readChecked(InputStream in, String sourceName) throws IOException {
    return checked(in, requireNonNull(sourceName, "sourceName"), null);
  }

  /** As {@link #readChecked(Path, BudgetValidator)}, from a stream named {@code sourceName} in errors. */
  public static CheckedBudget readChecked(InputStream in, String sourceName, BudgetValidator validator)
      throws IOException {
    return checked(in, requireNonNull(sourceName, "sourceName"), requireNonNull(validator, "validator"));
  }

  private static CheckedBudget checked(InputStream in, String source, BudgetValidator validator) throws IOException {
    Decoded d;
    try (JsonParser p = MAPPER.createParser(requireNonNull(in, "in"))) {
      d = decode(p, source, validator == null ? ReferenceData.standard() : validator.reference());
    }
    BudgetValidator v = validatorFor(d.budget().fiscalYear(), validator, "$.fiscalYear", source);
    return CheckedBudget.validate(d.budget(), d.fileLines(), d.filePaths(), v, source, UnaryOperator.identity());
  }

  /**
   * The validator for a budget of {@code year}: the given one if it is of that year, else the shipped
   * pack of that year; a clear format error at {@code yearPath} otherwise.
   */
  private static BudgetValidator validatorFor(int year, BudgetValidator given, String yearPath, String source) {
    if (given != null) {
      if (given.policy().fiscalYear() != year) {
        throw new BudgetFormatException(
            source,
            List.of(
                Finding.error(
                    Rule.FORMAT,
                    yearPath,
                    "the budget is of fiscal year " + year + " but is validated with the policy pack of " + given.policy().fiscalYear(),
                    Map.of("fiscalYear", Integer.toString(year), "policyYear", Integer.toString(given.policy().fiscalYear())))));
      }
      return given;
    }
    if (!PolicyPack.shippedYears().contains(year)) {
      throw new BudgetFormatException(
          source,
          List.of(
              Finding.error(
                  Rule.FORMAT,
                  yearPath,
                  "no policy pack is shipped for fiscal year " + year + " (shipped: " + PolicyPack.shippedYears()
                      + "); validate with a BudgetValidator of the district's own pack",
                  Map.of("fiscalYear", Integer.toString(year)))));
    }
    return BudgetValidator.of(PolicyPack.forYear(year));
  }

  /** What was read: the budget, and its lines in file order with their JSON paths. */
  private record Decoded(Apbdes budget, List<BudgetLine> fileLines, List<String> filePaths) {}

  private static Decoded decode(JsonParser p, String source, ReferenceData reference) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(p);
      if (root != null && !root.isMissingNode() && p.nextToken() != null) {
        throw new BudgetFormatException(
            source,
            List.of(
                Finding.error(
                    Rule.FORMAT,
                    "$",
                    "content after the budget object at line " + p.currentTokenLocation().getLineNr() + ", column "
                        + p.currentTokenLocation().getColumnNr() + ": a file holds one budget")));
      }
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new BudgetFormatException(
          source, List.of(Finding.error(Rule.FORMAT, pathOf(p.getParsingContext()), "malformed JSON" + where + ": " + e.getOriginalMessage())));
    } catch (CharConversionException e) {
      throw new BudgetFormatException(source, List.of(Finding.error(Rule.FORMAT, "$", "the input is not valid UTF-8 text: " + e.getMessage())));
    }
    if (root == null || root.isMissingNode()) {
      throw new BudgetFormatException(source, List.of(Finding.error(Rule.FORMAT, "$", "the input is empty: expected a budget object")));
    }
    Decoder d = new Decoder(reference);
    Decoded decoded = d.budget(root);
    if (!d.problems.isEmpty()) {
      throw new BudgetFormatException(source, d.problems);
    }
    return decoded;
  }

  /** Walks the tree, collecting every problem; builds the budget only when there is none. */
  private static final class Decoder {
    private final List<Finding> problems = new ArrayList<>();
    private final ReferenceData reference;
    private final String root;

    Decoder(ReferenceData reference) {
      this(reference, "$");
    }

    Decoder(ReferenceData reference, String root) {
      this.reference = reference;
      this.root = root;
    }

    Decoded budget(JsonNode node) {
      ObjectNode o = object(node, root, "the budget");
      if (o == null) {
        return null;
      }
      unknownFields(o, TOP_FIELDS, root);
      String format = text(o, "format", root, true);
      if (format != null && !format.equals(FORMAT)) {
        problem(root + ".format", "format '" + format + "' is not supported: expected '" + FORMAT + "'");
      }
      Village village = village(o);
      Integer year = fiscalYear(o);
      List<BudgetLine> lines = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      JsonNode ls = o.get("lines");
      if (ls == null || ls.isNull()) {
        problem(root + ".lines", "missing field 'lines' (an array of budget lines, may be empty)");
      } else if (!ls.isArray()) {
        problem(root + ".lines", "'lines' is " + kind(ls) + ", expected an array of budget lines");
      } else {
        for (int i = 0; i < ls.size(); i++) {
          String path = root + ".lines[" + i + "]";
          BudgetLine line = line(ls.get(i), path);
          if (line != null) {
            lines.add(line);
            paths.add(path);
          }
        }
      }
      if (!problems.isEmpty()) {
        return null;
      }
      return new Decoded(Apbdes.of(village, year, lines), lines, paths);
    }

    private Village village(ObjectNode top) {
      JsonNode v = top.get("village");
      if (v == null || v.isNull()) {
        problem(root + ".village", "missing field 'village' (code, name, kecamatan, kabupaten)");
        return null;
      }
      ObjectNode o = object(v, root + ".village", "'village'");
      if (o == null) {
        return null;
      }
      unknownFields(o, VILLAGE_FIELDS, root + ".village");
      String code = text(o, "code", root + ".village", true);
      String name = text(o, "name", root + ".village", true);
      String kecamatan = text(o, "kecamatan", root + ".village", true);
      String kabupaten = text(o, "kabupaten", root + ".village", true);
      if (code != null && code.isBlank()) {
        problem(root + ".village.code", "the village code (kode desa) is blank");
        code = null;
      }
      if (name != null && name.isBlank()) {
        problem(root + ".village.name", "the village name is blank");
        name = null;
      }
      if (code == null || name == null || kecamatan == null || kabupaten == null) {
        return null;
      }
      return Village.of(code, name, kecamatan, kabupaten);
    }

    private Integer fiscalYear(ObjectNode top) {
      JsonNode y = top.get("fiscalYear");
      if (y == null || y.isNull()) {
        problem(root + ".fiscalYear", "missing field 'fiscalYear' (the tahun anggaran, e.g. 2025)");
        return null;
      }
      if (!y.isIntegralNumber() || !y.canConvertToInt()) {
        problem(root + ".fiscalYear", "'fiscalYear' is " + kind(y) + ", expected a whole year number like 2025");
        return null;
      }
      int year = y.intValue();
      if (year < 2000 || year > 2100) {
        problem(root + ".fiscalYear", "fiscal year " + year + " is outside 2000-2100");
        return null;
      }
      return year;
    }

    private BudgetLine line(JsonNode node, String path) {
      int before = problems.size();
      ObjectNode o = object(node, path, "a budget line");
      if (o == null) {
        return null;
      }
      unknownFields(o, LINE_FIELDS, path);
      Section section = null;
      String s = text(o, "section", path, true);
      if (s != null) {
        section = Section.ofCsvName(s).orElse(null);
        if (section == null) {
          problem(path + ".section", "section '" + s + "' is not one of " + sectionNames());
        }
      }
      AccountCode account = code(o, "account", path, true, AccountCode::parse);
      KegiatanCode kegiatan = code(o, "kegiatan", path, false, KegiatanCode::parse);
      FundSource fundSource = code(o, "fundSource", path, false, FundSource::parse);
      String description = text(o, "description", path, true);
      String output = text(o, "output", path, false);
      Money amount = amount(o.get("amount"), path + ".amount");
      if (problems.size() > before) {
        return null;
      }
      BudgetLine line =
          new BudgetLine(
              section,
              account,
              Optional.ofNullable(kegiatan),
              description,
              amount,
              Optional.ofNullable(fundSource),
              Optional.ofNullable(output));
      for (Finding f : BudgetValidator.checkLine(line, path, reference)) {
        if (f.isError()) {
          problems.add(f);
        }
      }
      return problems.size() > before ? null : line;
    }

    private Money amount(JsonNode a, String path) {
      if (a == null || a.isNull()) {
        problem(path, "missing field 'amount' (a quoted decimal like \"1500000.00\")");
        return null;
      }
      if (a.isNumber()) {
        problem(
            path,
            "amount is a JSON number (" + a.asText() + "); write it as a quoted decimal string like \""
                + suggestion(a.decimalValue()) + "\" so that no reader or writer rounds it through floating point");
        return null;
      }
      if (!a.isTextual()) {
        problem(path, "amount is " + kind(a) + ", expected a quoted decimal like \"1500000.00\"");
        return null;
      }
      try {
        return Idr.of(Idr.parseDecimal(a.textValue()));
      } catch (IllegalArgumentException e) {
        problem(path, e.getMessage());
        return null;
      }
    }

    private <T> T code(ObjectNode o, String field, String path, boolean required, Function<String, T> parse) {
      String t = text(o, field, path, required);
      if (t == null) {
        return null;
      }
      try {
        return parse.apply(t);
      } catch (IllegalArgumentException e) {
        problem(path + "." + field, e.getMessage());
        return null;
      }
    }

    /** A string field: null when absent or JSON null (a problem if required) or of another type (a problem). */
    private String text(ObjectNode o, String field, String path, boolean required) {
      JsonNode n = o.get(field);
      if (n == null || n.isNull()) {
        if (required) {
          problem(path + "." + field, "missing field '" + field + "'");
        }
        return null;
      }
      if (!n.isTextual()) {
        problem(path + "." + field, "'" + field + "' is " + kind(n) + ", expected a string");
        return null;
      }
      return n.textValue();
    }

    private ObjectNode object(JsonNode n, String path, String what) {
      if (!n.isObject()) {
        problem(path, what + " is " + kind(n) + ", expected an object");
        return null;
      }
      return (ObjectNode) n;
    }

    private void unknownFields(ObjectNode o, Set<String> allowed, String path) {
      for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!allowed.contains(name)) {
          problem(child(path, name), "unknown field '" + name + "' (known: " + String.join(", ", allowed) + ")");
        }
      }
    }

    private void problem(String path, String message) {
      problems.add(Finding.error(Rule.FORMAT, path, message));
    }
  }

  /**
   * Reads a budget from a JSON tree that is part of a larger document (e.g. an event of the
   * village's journal), checking its lines against the standard reference lists. Problems are named
   * by their JSON path below {@code path}, e.g. {@code $.op.budget.lines[3].amount}.
   *
   * @param path the JSON path of {@code node} in its document; never null
   * @throws BudgetFormatException listing every problem with its JSON path
   */
  public static Apbdes fromTree(JsonNode node, String path) {
    requireNonNull(node, "node");
    Decoder d = new Decoder(ReferenceData.standard(), requireNonNull(path, "path"));
    Decoded decoded = d.budget(node);
    if (!d.problems.isEmpty()) {
      throw new BudgetFormatException(null, d.problems);
    }
    return decoded.budget();
  }

  /**
   * The budget as a JSON tree in this format (the tree {@link #toJson} prints), for embedding in a
   * larger document; a new tree each call.
   */
  public static ObjectNode toTree(Apbdes budget) {
    return tree(requireNonNull(budget, "budget"));
  }

  /** A number as the quoted amount it should have been: plain, at least two decimals. */
  private static String suggestion(BigDecimal d) {
    return d.setScale(Math.max(Idr.SCALE, d.scale()), RoundingMode.UNNECESSARY).toPlainString();
  }

  private static String sectionNames() {
    return Arrays.stream(Section.values()).map(Section::csvName).collect(Collectors.joining(", "));
  }

  private static String kind(JsonNode n) {
    JsonNodeType t = n.getNodeType();
    return switch (t) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case BOOLEAN -> "a boolean (" + n.asText() + ")";
      case NUMBER -> "a number (" + n.asText() + ")";
      case STRING -> "a string";
      case NULL -> "null";
      case BINARY, MISSING -> "missing";
    };
  }

  private static String child(String path, String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + name : path + "['" + name.replace("'", "\\'") + "']";
  }

  /** The JSON path of where the parser stopped, e.g. {@code $.lines[3].amount}. */
  private static String pathOf(JsonStreamContext ctx) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.push(child("", c.getCurrentName()));
      }
    }
    return "$" + String.join("", parts);
  }

  // ------------------------------------------------------------------------------------ writing

  /** The budget as JSON text (UTF-8 when stored), pretty-printed with {@code \n} line ends; never null. */
  public static String toJson(Apbdes budget) {
    try {
      return WRITER.writeValueAsString(tree(requireNonNull(budget, "budget"))) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a budget tree", e);
    }
  }

  /** Writes the budget as UTF-8 JSON to the stream (which is not closed). */
  public static void write(Apbdes budget, OutputStream out) throws IOException {
    out.write(toJson(budget).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Writes the budget as UTF-8 JSON to the file, replacing it. */
  public static void write(Apbdes budget, Path file) throws IOException {
    Files.writeString(file, toJson(budget), StandardCharsets.UTF_8);
  }

  private static ObjectNode tree(Apbdes budget) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    ObjectNode v = root.putObject("village");
    v.put("code", budget.village().code());
    v.put("name", budget.village().name());
    v.put("kecamatan", budget.village().kecamatan());
    v.put("kabupaten", budget.village().kabupaten());
    root.put("fiscalYear", budget.fiscalYear());
    ArrayNode lines = root.putArray("lines");
    for (BudgetLine l : budget.lines()) {
      ObjectNode n = lines.addObject();
      n.put("section", l.section().csvName());
      n.put("account", l.account().toString());
      l.kegiatan().ifPresent(k -> n.put("kegiatan", k.toString()));
      n.put("description", l.description());
      n.put("amount", Idr.format(l.amount()));
      l.fundSource().ifPresent(f -> n.put("fundSource", f.code()));
      l.output().ifPresent(o -> n.put("output", o));
    }
    return root;
  }

  // ------------------------------------------------------------------------------------ example

  /**
   * A realistic example: the 2025 APBDes of a Banyuwangi village (Desa Sumberagung, Kecamatan
   * Pesanggaran) — Dana Desa about Rp1 billion, ADD about Rp600 million, PBH, PAD, bank interest and
   * SiLPA; spending in all five bidang, siltap from ADD, a road, a drainage and a posyandu project.
   * It balances exactly and validates without any finding against the 2025 policy pack.
   */
  public static Apbdes example() {
    return Example.BUDGET;
  }

  /** Loaded once, on first use. */
  private static final class Example {
    static final Apbdes BUDGET = load();

    private static Apbdes load() {
      try (InputStream in = BudgetJson.class.getResourceAsStream(EXAMPLE_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("example budget " + EXAMPLE_RESOURCE + " missing from the jar");
        }
        return read(in, EXAMPLE_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read example budget " + EXAMPLE_RESOURCE, e);
      }
    }
  }
}
