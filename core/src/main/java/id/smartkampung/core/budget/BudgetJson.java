package id.smartkampung.core.budget;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSet;
import id.smartkampung.core.Api;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FocusTag;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.code.ReferenceData;
import id.smartkampung.core.json.InputLimits;
import id.smartkampung.core.json.JsonFields;
import id.smartkampung.core.json.JsonObject;
import id.smartkampung.core.json.JsonProblems;
import id.smartkampung.core.json.JsonProblems.Kind;
import id.smartkampung.core.json.StrictJson;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *             "amount": "350000000.00", "fundSource": "DDS", "output": "350 m rabat beton",
 *             "focus": "PKTD", "volume": "350", "unit": "m"}]}
 * }</pre>
 *
 * <p><b>Writing</b>: lines in the budget's canonical order, so {@code $.lines[i]} is {@code
 * Apbdes.lines().get(i)}; amounts as quoted plain decimals with two decimals ({@link Idr#format});
 * {@code kegiatan}, {@code fundSource}, {@code output}, {@code focus} (the line's focus tag,
 * {@link id.smartkampung.core.code.FocusTag}) and {@code volume} with {@code unit} (its {@link
 * Quantity}, both or neither) are left out where the line has none. The
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
 * <p><b>Input limits</b> ({@link InputLimits}), checked before the input is read in full, each
 * refused with one clear {@link Rule#FORMAT} problem: a document of at most 16 MiB (a file's size
 * is checked before it is read), valid UTF-8 (the error names the byte offset of the first bad
 * byte, overlong sequences included), nesting at most 32 deep, strings at most 65,536 characters,
 * JSON numbers at most 100 characters, at most 20,000 budget lines, and amounts of at most 24
 * digits before the point and 16 after ({@link Idr#parseDecimal}). Errors quote at most a short
 * prefix of any value. Reading uses the one strict JSON layer of the library ({@link StrictJson},
 * {@link JsonFields}).
 *
 * <p>All methods are static and thread-safe.
 */
@Api(Api.Status.STABLE)
public final class BudgetJson {
  /** The value of the {@code format} field of this version of the format. */
  public static final String FORMAT = "smartkampung.apbdes/1";

  private static final String EXAMPLE_RESOURCE = "example-banyuwangi-2025.json";

  private static final JsonMapper MAPPER = StrictJson.newMapper();

  /** How the document is named in errors. */
  private static final String WHAT = "a budget object";

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final ImmutableSet<String> TOP_FIELDS = ImmutableSet.of("format", "village", "fiscalYear", "lines");
  private static final ImmutableSet<String> VILLAGE_FIELDS = ImmutableSet.of("code", "name", "kecamatan", "kabupaten");
  private static final ImmutableSet<String> LINE_FIELDS =
      ImmutableSet.of("section", "account", "kegiatan", "description", "amount", "fundSource", "output", "focus", "volume", "unit");

  private BudgetJson() {}

  // ------------------------------------------------------------------------------------ reading

  /**
   * Reads a budget from a JSON file (UTF-8), checking its lines against the standard reference lists.
   *
   * @throws BudgetFormatException naming the file and every problem with its JSON path
   * @throws IOException if the file cannot be read
   */
  public static Apbdes read(Path file) throws IOException {
    JsonProblems problems = problems(file.toString());
    return decode(StrictJson.readObject(file, WHAT, problems), problems, ReferenceData.standard()).budget();
  }

  /**
   * Reads a budget from a JSON stream (UTF-8; the stream is not closed).
   *
   * @param sourceName how to name the input in errors, e.g. its file name; never null
   * @throws BudgetFormatException naming the source and every problem with its JSON path
   * @throws IOException if the stream cannot be read
   */
  public static Apbdes read(InputStream in, String sourceName) throws IOException {
    JsonProblems problems = problems(requireNonNull(sourceName, "sourceName"));
    return decode(StrictJson.readObject(requireNonNull(in, "in"), WHAT, problems), problems, ReferenceData.standard()).budget();
  }

  /**
   * Parses a budget from JSON text.
   *
   * @throws BudgetFormatException listing every problem with its JSON path
   */
  public static Apbdes parse(String json) {
    JsonProblems problems = problems(null);
    return decode(StrictJson.parseObject(requireNonNull(json, "json"), WHAT, problems), problems, ReferenceData.standard()).budget();
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
    return checked(file, null);
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
    return checked(file, requireNonNull(validator, "validator"));
  }

  /** As {@link #readChecked(Path)}, from a stream named {@code sourceName} in errors. */
  public static CheckedBudget readChecked(InputStream in, String sourceName) throws IOException {
    JsonProblems problems = problems(requireNonNull(sourceName, "sourceName"));
    return checked(StrictJson.readObject(requireNonNull(in, "in"), WHAT, problems), problems, null);
  }

  /** As {@link #readChecked(Path, BudgetValidator)}, from a stream named {@code sourceName} in errors. */
  public static CheckedBudget readChecked(InputStream in, String sourceName, BudgetValidator validator)
      throws IOException {
    JsonProblems problems = problems(requireNonNull(sourceName, "sourceName"));
    return checked(StrictJson.readObject(requireNonNull(in, "in"), WHAT, problems), problems, requireNonNull(validator, "validator"));
  }

  private static CheckedBudget checked(Path file, BudgetValidator validator) throws IOException {
    JsonProblems problems = problems(file.toString());
    return checked(StrictJson.readObject(file, WHAT, problems), problems, validator);
  }

  private static CheckedBudget checked(JsonObject root, JsonProblems problems, BudgetValidator validator) {
    String source = problems.source();
    Decoded d = decode(root, problems, validator == null ? ReferenceData.standard() : validator.reference());
    BudgetValidator v = validatorFor(d.budget().fiscalYear(), validator, "$.fiscalYear", source);
    return CheckedBudget.validate(d.budget(), d.fileLines(), d.filePaths(), v, source, UnaryOperator.identity());
  }

  /** Problems of one reading, all reported at once as a {@link BudgetFormatException}. */
  private static JsonProblems problems(String source) {
    return JsonProblems.collecting(source, BudgetFormatException::new);
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

  /** Reads the budget at {@code $}, collecting every problem; throws them all, or returns the whole budget. */
  private static Decoded decode(JsonObject root, JsonProblems problems, ReferenceData reference) {
    Decoded d = new Decoder(reference, problems).budget(JsonFields.of(root, "$", problems));
    problems.throwIfAny();
    return d;
  }

  /** Reads the fields of a budget, reporting every problem; builds the budget only when there is none. */
  private static final class Decoder {
    private final JsonProblems problems;
    private final ReferenceData reference;

    Decoder(ReferenceData reference, JsonProblems problems) {
      this.reference = reference;
      this.problems = problems;
    }

    Decoded budget(JsonFields f) {
      f.onlyKnown(TOP_FIELDS);
      String format = f.text("format");
      if (format != null && !format.equals(FORMAT)) {
        f.problem(Kind.INVALID_VALUE, "format", "format " + StrictJson.quote(format) + " is not supported: expected '" + FORMAT + "'");
      }
      Village village = village(f.fields("village"));
      Integer year = f.integer("fiscalYear", 2000, 2100);
      List<BudgetLine> lines = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      List<?> ls = f.array("lines");
      if (ls != null && ls.size() > InputLimits.MAX_BUDGET_LINES) {
        f.problem(Kind.LIMIT, "lines", "the budget has " + ls.size() + " lines, more than the limit of " + InputLimits.MAX_BUDGET_LINES);
      } else if (ls != null) {
        for (int i = 0; i < ls.size(); i++) {
          String path = f.at("lines") + "[" + i + "]";
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

    private Village village(JsonFields v) {
      if (v == null) {
        return null;
      }
      v.onlyKnown(VILLAGE_FIELDS);
      String code = v.nonBlankText("code");
      String name = v.nonBlankText("name");
      String kecamatan = v.text("kecamatan");
      String kabupaten = v.text("kabupaten");
      if (code != null) {
        try {
          Village.checkCode(code);
        } catch (IllegalArgumentException e) {
          v.problem(Kind.INVALID_VALUE, "code", StrictJson.bounded(e.getMessage()));
          code = null;
        }
      }
      if (code == null || name == null || kecamatan == null || kabupaten == null) {
        return null;
      }
      return Village.of(code, name, kecamatan, kabupaten);
    }

    private BudgetLine line(Object node, String path) {
      int before = problems.count();
      JsonFields l = JsonFields.of(node, path, "a budget line", problems);
      if (l == null) {
        return null;
      }
      l.onlyKnown(LINE_FIELDS);
      Section section = null;
      String s = l.text("section");
      if (s != null) {
        section = Section.ofCsvName(s).orElse(null);
        if (section == null) {
          l.problem(Kind.INVALID_VALUE, "section", "section " + StrictJson.quote(s) + " is not one of " + sectionNames());
        }
      }
      AccountCode account = l.parsed("account", AccountCode::parse);
      KegiatanCode kegiatan = l.optionalParsed("kegiatan", KegiatanCode::parse);
      FundSource fundSource = l.optionalParsed("fundSource", FundSource::parse);
      String description = l.text("description");
      String output = l.optionalText("output");
      FocusTag focus = l.optionalParsed("focus", FocusTag::parse);
      String volume = l.optionalText("volume");
      String unit = l.optionalText("unit");
      Quantity quantity = null;
      if ((volume == null) != (unit == null)) {
        l.problem(Kind.INVALID_VALUE, volume == null ? "volume" : "unit", "a line gives its volume and its unit together, or neither");
      } else if (volume != null) {
        try {
          quantity = Quantity.parse(volume, unit);
        } catch (IllegalArgumentException e) {
          l.problem(Kind.INVALID_VALUE, e.getMessage().startsWith("unit") ? "unit" : "volume", e.getMessage());
        }
      }
      Money amount = l.amount("amount");
      if (problems.count() > before) {
        return null;
      }
      BudgetLine line =
          new BudgetLine(
              section,
              account,
              kegiatan,
              description,
              amount,
              fundSource,
              output,
              focus,
              quantity);
      for (Finding f : BudgetValidator.checkLine(line, path, reference)) {
        if (f.isError()) {
          problems.add(f);
        }
      }
      return problems.count() > before ? null : line;
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
    return fromJson(JsonObject.of(node), path);
  }

  /**
   * As {@link #fromTree}, from a value of the strict reader ({@link JsonObject#get}): what the
   * journal reads its events into.
   *
   * @throws BudgetFormatException listing every problem with its JSON path
   */
  public static Apbdes fromJson(Object value, String path) {
    requireNonNull(path, "path");
    JsonProblems problems = problems(null);
    JsonFields f = JsonFields.of(value, path, "the budget", problems);
    Decoded d = f == null ? null : new Decoder(ReferenceData.standard(), problems).budget(f);
    problems.throwIfAny();
    return d.budget();
  }

  /**
   * The budget as a JSON tree in this format (the tree {@link #toJson} prints), for embedding in a
   * larger document; a new tree each call.
   */
  public static ObjectNode toTree(Apbdes budget) {
    return tree(requireNonNull(budget, "budget"));
  }

  private static String sectionNames() {
    return Arrays.stream(Section.values()).map(Section::csvName).collect(Collectors.joining(", "));
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
      Optional.ofNullable(l.kegiatan()).ifPresent(k -> n.put("kegiatan", k.toString()));
      n.put("description", l.description());
      n.put("amount", Idr.format(l.amount()));
      Optional.ofNullable(l.fundSource()).ifPresent(f -> n.put("fundSource", f.code()));
      Optional.ofNullable(l.output()).ifPresent(o -> n.put("output", o));
      Optional.ofNullable(l.focus()).ifPresent(f -> n.put("focus", f.code()));
      Optional.ofNullable(l.quantity()).ifPresent(q -> {
        n.put("volume", q.volume().toPlainString());
        n.put("unit", q.unit());
      });
    }
    return root;
  }

  // ------------------------------------------------------------------------------------ example

  /**
   * A realistic example: the 2025 APBDes of a Banyuwangi village (Desa Sumberagung, Kecamatan
   * Pesanggaran) — Dana Desa about Rp1,27 miliar (the 2025 district average), ADD about Rp812 juta
   * (above the district's lowest, Rp749 juta), PBH, the village's own revenue (tanah kas desa and
   * the BUMDes share of beach tourism), bank interest and SiLPA; the Kepala Desa, the Sekretaris
   * Desa and 11 perangkat (3 Kaur, 3 Kasi, 5 Kepala Dusun) on siltap from ADD at the national
   * minimums of PP 11/2019 pasal 81 ayat (2) (the Peraturan Bupati Banyuwangi on siltap, No. 20/2020,
   * could not be read: its amounts are not used), 9 BPD members, 58 RT and 14 RW; spending in all
   * five bidang, a road, a drainage and a posyandu project. It balances exactly and validates without
   * any finding against the 2025 policy pack. The same as {@code example(2025)}.
   */
  public static Apbdes example() {
    return Example.BUDGET;
  }

  /** The fiscal years with a shipped example budget ({@link #example(int)}). */
  public static final ImmutableSet<Integer> EXAMPLE_YEARS = ImmutableSet.of(2025, 2026);

  /**
   * The example APBDes of Desa Sumberagung for a fiscal year of {@link #EXAMPLE_YEARS}. 2025 is
   * {@link #example()}; 2026 is the same village under the 2026 rules: the Dana Desa pagu whole on
   * 4.2.1.01 and the KDMP part (58,03 %, PMK 7/2026 pasal 15 ayat (3)) as a Dana Desa outflow on
   * 6.2.9.01 tagged KDMP (channelled from RKUN to the escrow account, pasal 26; the recording
   * convention of the 2026 pack), the regular part on tagged lines with village-government
   * operations within 3 % of the pagu less KDMP, the 2025 SiLPA of Dana Desa on 6.1.1 with its
   * source, the posyandu from a district grant (PBK). Both balance exactly and validate clean
   * under their year's pack.
   *
   * @throws IllegalArgumentException if no example is shipped for the year
   */
  public static Apbdes example(int fiscalYear) {
    Preconditions.checkArgument(EXAMPLE_YEARS.contains(fiscalYear), "no example budget for fiscal year %s (examples: %s)", fiscalYear, EXAMPLE_YEARS);
    return fiscalYear == 2025 ? Example.BUDGET : Example.Y2026;
  }

  /** Loaded once, on first use. */
  private static final class Example {
    static final Apbdes BUDGET = load(EXAMPLE_RESOURCE);
    static final Apbdes Y2026 = load("example-banyuwangi-2026.json");

    private static Apbdes load(String resource) {
      try (InputStream in = BudgetJson.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("example budget " + resource + " missing from the jar");
        }
        return read(in, resource);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read example budget " + resource, e);
      }
    }
  }
}
