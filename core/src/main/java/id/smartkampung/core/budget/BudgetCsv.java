package id.smartkampung.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FocusTag;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.code.ReferenceData;
import id.smartkampung.core.csv.CsvDialect;
import id.smartkampung.core.json.InputLimits;
import id.smartkampung.core.json.JsonProblems;
import id.smartkampung.core.json.StrictJson;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.javamoney.moneta.Money;

/**
 * The budget as a table in the shape villages publish it — the Siskeudes <i>penjabaran APBDes</i>
 * — read and written with Jackson's CSV format. Header, exactly:
 *
 * <pre>section,account_code,kegiatan_code,description,amount,fund_source</pre>
 *
 * <ul>
 *   <li>{@code section}: {@code pendapatan}, {@code belanja}, {@code pembiayaan_penerimaan} or
 *       {@code pembiayaan_pengeluaran};
 *   <li>{@code account_code}: the objek account, e.g. {@code 5.1.1.01};
 *   <li>{@code kegiatan_code}: {@code BB.SS.KK} for belanja, empty otherwise;
 *   <li>{@code amount}: a plain decimal, {@code 52200000} or {@code 52200000.00} (no grouping, no
 *       exponent) — or, with the explicit option {@link AmountFormat#INDONESIAN}, as Indonesian pages
 *       print it ({@code Rp 1.244.674.000}, {@code 2.452.637.561,15}); an ambiguous {@code 1.234} is
 *       refused;
 *   <li>{@code fund_source}: a Siskeudes code such as {@code DDS}, or empty. Published budgets often
 *       leave it empty: an empty fund source of a <em>pendapatan</em> line is read as the source its
 *       account brings in by nature ({@link ReferenceData#naturalFundSource}: 4.2.1 → DDS, 4.2.3 →
 *       ADD, 4.1 → PAD …); on other lines it stays empty (a belanja line without fund source draws a
 *       {@link Rule#FUND_SOURCE_MISSING} error in validation, not a read error).
 * </ul>
 *
 * <p><b>Dialects.</b> A table is read in the {@link CsvDialect} its header line shows: {@code ,}
 * between cells and amounts with a decimal point ({@link CsvDialect#PLAIN}), or — as a spreadsheet
 * set to Indonesian saves it — {@code ;} between cells and amounts with a decimal comma, optionally
 * grouped by thousands with points ({@code 52200000,00}, {@code 52.200.000,00}; {@link
 * CsvDialect#SPREADSHEET_ID}). An amount that is not a number of the file's dialect is refused with a
 * message saying how to write it. Descriptions are read with {@link CsvDialect#restore} and written
 * with {@link CsvDialect#neutralise} (formula injection), so a written table reads back the same.
 *
 * <p><b>Focus tags.</b> A last column {@code focus} is optional ({@link #HEADER_WITH_FOCUS}): the
 * line's focus area of Dana Desa use ({@link FocusTag}, e.g. {@code BLT}), empty on untagged lines.
 * Export writes it when some line has a tag, so tables of untagged budgets keep the six columns.
 * After it, the columns {@code volume} and {@code unit} are optional too ({@link
 * #HEADER_WITH_QUANTITY}): the line's {@link Quantity} (e.g. {@code 108}, {@code OB}), both empty
 * or both given; written when some line has one. Revision tables take the same optional columns.
 *
 * <p>Village and fiscal year are not in the table: the reader takes them as arguments. The planned
 * output (<i>keluaran</i>) of a line is not part of the published shape either: it is not written,
 * and lines read from CSV have none. Files are UTF-8 (a leading byte-order mark is accepted); rows may
 * end in CRLF or LF; blank rows are skipped. Export writes the same shape, with LF line ends and
 * amounts with two decimals, lines in canonical order.
 *
 * <p><b>Input limits</b> ({@link InputLimits}), each refused at once with one clear {@link
 * Rule#FORMAT} problem: a file of at most 16 MiB (its size is checked before it is read), valid
 * UTF-8 (the error names the byte offset of the first bad byte, overlong sequences included), cells
 * of at most 65,536 characters, at most 20,000 budget lines, amounts of at most 24 digits before
 * the point and 16 after ({@link Idr#parseDecimal}). Errors quote at most a short prefix of a value.
 *
 * <p>A revision (<i>perubahan APBDes</i>) is published with the amounts before and after
 * ({@link #REVISION_HEADER}); {@link #readRevision} reads it into the two budgets.
 *
 * <p>Reading reports <em>all</em> problems at once in a {@link BudgetFormatException} naming the file,
 * and for each the line (1-based; the header is line 1) and column, e.g. {@code line 5, column
 * amount}: malformed CSV, a wrong header, a wrong number of cells, malformed codes or amounts ({@link
 * Rule#FORMAT}), and line-rule breaches found by {@link BudgetValidator#checkLine} (negative or
 * over-precise amounts, unknown codes, an account outside its section: I1/I2). Nothing is
 * half-built. Zero amounts, the same account under one kegiatan from two fund sources, and sub-lines
 * are normal and read as they are; an exact repeat is read too, and reported as a likely duplicate by
 * {@link #readChecked}.
 *
 * <p>All methods are static and thread-safe.
 */
@Api(Api.Status.STABLE)
public final class BudgetCsv {
  /** The header of a budget table. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of("section", "account_code", "kegiatan_code", "description", "amount", "fund_source");

  /**
   * The header of a budget table whose lines carry focus tags ({@link FocusTag}): {@link #HEADER} and
   * an optional last column {@code focus}, empty on untagged lines.
   */
  public static final ImmutableList<String> HEADER_WITH_FOCUS =
      ImmutableList.<String>builder().addAll(HEADER).add("focus").build();

  /**
   * The header of a budget table whose lines carry quantities ({@link Quantity}): {@link
   * #HEADER_WITH_FOCUS} and the columns {@code volume} and {@code unit}, both empty or both given.
   */
  public static final ImmutableList<String> HEADER_WITH_QUANTITY =
      ImmutableList.<String>builder().addAll(HEADER_WITH_FOCUS).add("volume", "unit").build();

  /** The header of a revision table: the amounts before (<i>semula</i>) and after (<i>menjadi</i>). */
  public static final ImmutableList<String> REVISION_HEADER =
      ImmutableList.of("section", "account_code", "kegiatan_code", "description", "amount_before", "amount_after", "fund_source");

  /** The header of a revision table whose lines carry focus tags: {@link #REVISION_HEADER} and {@code focus}. */
  public static final ImmutableList<String> REVISION_HEADER_WITH_FOCUS =
      ImmutableList.<String>builder().addAll(REVISION_HEADER).add("focus").build();

  /** The header of a revision table whose lines carry quantities: {@link #REVISION_HEADER_WITH_FOCUS}, {@code volume}, {@code unit}. */
  public static final ImmutableList<String> REVISION_HEADER_WITH_QUANTITY =
      ImmutableList.<String>builder().addAll(REVISION_HEADER_WITH_FOCUS).add("volume", "unit").build();

  /** The validator's field suffixes and the CSV columns they name. */
  private static final ImmutableMap<String, String> COLUMNS =
      ImmutableMap.of(".account", "account_code", ".kegiatan", "kegiatan_code", ".fundSource", "fund_source", ".focus", "focus");

  private static final CsvMapper CSV = new CsvMapper(CsvFactory.builder().streamReadConstraints(StrictJson.CONSTRAINTS).build());

  /**
   * A revision as published — <i>perubahan APBDes</i>, "semula" and "menjadi": the budget before and
   * after.
   *
   * @param before the budget before the revision; never null
   * @param after the revised budget; never null
   * @param diff the line-by-line difference from before to after, each change paired as its row
   *     pairs it (never guessed by amount); never null
   */
  public record Revision(Apbdes before, Apbdes after, BudgetDiff diff) {
    public Revision {
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      requireNonNull(diff, "diff");
    }
  }

  private BudgetCsv() {}

  // ------------------------------------------------------------------------------------ reading

  /**
   * Reads a budget table from a UTF-8 file.
   *
   * @throws BudgetFormatException naming the file and every problem with its line and column
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the fiscal year is outside 2000–2100
   */
  public static Apbdes read(Path file, Village village, int fiscalYear) throws IOException {
    return read(open(file), file.toString(), village, fiscalYear);
  }

  /**
   * The text of a file, checked before it is parsed: its size from the file system (a file larger
   * than {@link InputLimits#MAX_DOCUMENT_BYTES} is not read at all), then its bytes as UTF-8 (the
   * error names the byte offset of the first bad byte, overlong sequences included).
   */
  private static Reader open(Path file) throws IOException {
    JsonProblems problems = JsonProblems.failFast(file.toString(), BudgetFormatException::new);
    return new StringReader(StrictJson.decodeUtf8(StrictJson.readBytes(file, problems), problems));
  }

  /**
   * Reads a budget table (the reader is not closed).
   *
   * @param sourceName how to name the input in errors, e.g. its file name; never null
   * @throws BudgetFormatException naming the source and every problem with its line and column
   * @throws IOException if the reader fails
   */
  public static Apbdes read(Reader in, String sourceName, Village village, int fiscalYear) throws IOException {
    return decode(in, requireNonNull(sourceName, "sourceName"), village, fiscalYear, ReferenceData.standard(), AmountFormat.STRICT).budget();
  }

  /**
   * Reads a budget table whose amounts are written in {@code format} (the reader is not closed);
   * otherwise as {@link #read(Reader, String, Village, int)}.
   *
   * @throws BudgetFormatException naming the source and every problem with its line and column, an
   *     ambiguous amount included
   * @throws IOException if the reader fails
   */
  public static Apbdes read(Reader in, String sourceName, Village village, int fiscalYear, AmountFormat format)
      throws IOException {
    return decode(in, requireNonNull(sourceName, "sourceName"), village, fiscalYear, ReferenceData.standard(), format).budget();
  }

  /**
   * Parses a budget table from text.
   *
   * @throws BudgetFormatException listing every problem with its line and column
   */
  public static Apbdes parse(String csv, Village village, int fiscalYear) {
    try {
      return decode(new StringReader(requireNonNull(csv, "csv")), null, village, fiscalYear, ReferenceData.standard(), AmountFormat.STRICT).budget();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a string", e);
    }
  }

  /**
   * Reads a budget table and validates it against the shipped policy pack of {@code fiscalYear};
   * each finding names its CSV place ({@code line 7}, {@code line 7, column amount}; empty for
   * whole-budget findings).
   *
   * @throws BudgetFormatException if the table cannot be read into a budget
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if no policy pack is shipped for {@code fiscalYear}
   */
  public static CheckedBudget readChecked(Path file, Village village, int fiscalYear) throws IOException {
    return checked(open(file), file.toString(), village, fiscalYear, null, AmountFormat.STRICT);
  }

  /**
   * Reads a budget table whose amounts are written in {@code format} (e.g. {@link
   * AmountFormat#INDONESIAN} for a table copied from a published page) and validates it against the
   * shipped policy pack of {@code fiscalYear}; otherwise as {@link #readChecked(Path, Village, int)}.
   *
   * @throws BudgetFormatException if the table cannot be read into a budget, an ambiguous amount
   *     included (named by line and column)
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if no policy pack is shipped for {@code fiscalYear}
   */
  public static CheckedBudget readChecked(Path file, Village village, int fiscalYear, AmountFormat format) throws IOException {
    requireNonNull(format, "format");
    return checked(open(file), file.toString(), village, fiscalYear, null, format);
  }

  /**
   * Reads a budget table and validates it with {@code validator} (whose reference lists are also used
   * while reading, and whose policy pack must be of {@code fiscalYear}).
   *
   * @param sourceName how to name the input in errors, e.g. its file name; never null
   * @throws BudgetFormatException if the table cannot be read into a budget
   * @throws IOException if the reader fails
   * @throws IllegalArgumentException if the validator is of another fiscal year
   */
  public static CheckedBudget readChecked(
      Reader in, String sourceName, Village village, int fiscalYear, BudgetValidator validator) throws IOException {
    requireNonNull(validator, "validator");
    checkArgument(
        validator.policy().fiscalYear() == fiscalYear,
        "a budget of %s is validated with the policy pack of its year, not %s",
        fiscalYear,
        validator.policy().fiscalYear());
    return checked(in, requireNonNull(sourceName, "sourceName"), village, fiscalYear, validator, AmountFormat.STRICT);
  }

  private static CheckedBudget checked(
      Reader in, String source, Village village, int fiscalYear, BudgetValidator validator, AmountFormat format) throws IOException {
    checkYear(fiscalYear);
    BudgetValidator v = validator != null ? validator : BudgetValidator.of(PolicyPack.forYear(fiscalYear));
    Decoded d = decode(in, source, village, fiscalYear, v.reference(), format);
    return CheckedBudget.validate(d.budget(), d.fileLines(), d.filePaths(), v, source, p -> csvPath(p, "amount"));
  }

  /**
   * Reads a revision table ({@link #REVISION_HEADER}) from a UTF-8 file into the budgets before and
   * after. An empty {@code amount_before} means the line is new in the revision; an empty {@code
   * amount_after} means the revision drops it; a zero is a line of zero. Each row's before and after
   * stay paired in {@link Revision#diff()}, also among sub-lines of one identity.
   *
   * @throws BudgetFormatException naming the file and every problem with its line and column
   * @throws IOException if the file cannot be read
   */
  public static Revision readRevision(Path file, Village village, int fiscalYear) throws IOException {
    return readRevision(file, village, fiscalYear, AmountFormat.STRICT);
  }

  /**
   * Reads a revision table whose amounts are written in {@code format}; otherwise as {@link
   * #readRevision(Path, Village, int)}.
   */
  public static Revision readRevision(Path file, Village village, int fiscalYear, AmountFormat format) throws IOException {
    return readRevision(open(file), file.toString(), village, fiscalYear, format);
  }

  /**
   * Reads a revision table (the reader is not closed); see {@link #readRevision(Path, Village, int)}.
   *
   * @param sourceName how to name the input in errors, e.g. its file name; never null
   */
  public static Revision readRevision(Reader in, String sourceName, Village village, int fiscalYear) throws IOException {
    return readRevision(in, sourceName, village, fiscalYear, AmountFormat.STRICT);
  }

  /**
   * Reads a revision table whose amounts are written in {@code format} (the reader is not closed);
   * otherwise as {@link #readRevision(Path, Village, int)}.
   *
   * @param sourceName how to name the input in errors, e.g. its file name; never null
   */
  public static Revision readRevision(Reader in, String sourceName, Village village, int fiscalYear, AmountFormat format)
      throws IOException {
    requireNonNull(sourceName, "sourceName");
    requireNonNull(format, "format");
    requireNonNull(village, "village");
    checkYear(fiscalYear);
    ReferenceData reference = ReferenceData.standard();
    List<Row> rows = rows(in, sourceName, REVISION_HEADER, REVISION_HEADER_WITH_FOCUS, REVISION_HEADER_WITH_QUANTITY);
    List<String> header = rows.isEmpty() ? REVISION_HEADER : rows.get(0).header();
    List<Finding> problems = new ArrayList<>();
    List<BudgetLine> before = new ArrayList<>();
    List<BudgetLine> after = new ArrayList<>();
    List<BudgetDiff.Change> changes = new ArrayList<>();
    for (Row r : rows) {
      int start = problems.size();
      Cells c = new Cells(r, header, problems, format);
      if (!c.sized()) {
        continue;
      }
      Fields f = fields(c, reference);
      String rawBefore = c.get("amount_before");
      String rawAfter = c.get("amount_after");
      if (rawBefore.isEmpty() && rawAfter.isEmpty()) {
        problems.add(Finding.error(Rule.FORMAT, r.place(), "both amount_before and amount_after are empty: a row has at least one"));
        continue;
      }
      Money b = rawBefore.isEmpty() ? null : c.amount("amount_before");
      Money a = rawAfter.isEmpty() ? null : c.amount("amount_after");
      if (problems.size() > start) {
        continue;
      }
      BudgetLine lineBefore = b == null ? null : f.line(b);
      BudgetLine lineAfter = a == null ? null : f.line(a);
      boolean ok = lineBefore == null || lineProblems(lineBefore, r, "amount_before", reference, problems);
      ok &= lineAfter == null || lineProblems(lineAfter, r, "amount_after", reference, problems);
      if (!ok) {
        continue;
      }
      if (lineBefore != null) {
        before.add(lineBefore);
      }
      if (lineAfter != null) {
        after.add(lineAfter);
      }
      // the row pairs its before and after: keep that pairing (issue 15)
      BudgetLine.LineIdentity id = (lineBefore != null ? lineBefore : lineAfter).identity();
      if (b == null) {
        changes.add(new BudgetDiff.Change(BudgetDiff.Kind.ADDED, id, Idr.ZERO, a));
      } else if (a == null) {
        changes.add(new BudgetDiff.Change(BudgetDiff.Kind.REMOVED, id, b, Idr.ZERO));
      } else if (a.compareTo(b) != 0) {
        changes.add(new BudgetDiff.Change(a.compareTo(b) > 0 ? BudgetDiff.Kind.INCREASED : BudgetDiff.Kind.DECREASED, id, b, a));
      }
    }
    if (!problems.isEmpty()) {
      throw new BudgetFormatException(sourceName, problems);
    }
    return new Revision(Apbdes.of(village, fiscalYear, before), Apbdes.of(village, fiscalYear, after), BudgetDiff.ofChanges(changes));
  }

  /** What was read: the budget and its lines in file order with their places ({@code line N}). */
  private record Decoded(Apbdes budget, List<BudgetLine> fileLines, List<String> filePaths) {}

  private static Decoded decode(
      Reader in, String source, Village village, int fiscalYear, ReferenceData reference, AmountFormat format) throws IOException {
    requireNonNull(format, "format");
    requireNonNull(village, "village");
    checkYear(fiscalYear);
    List<Row> rows = rows(requireNonNull(in, "in"), source, HEADER, HEADER_WITH_FOCUS, HEADER_WITH_QUANTITY);
    List<String> header = rows.isEmpty() ? HEADER : rows.get(0).header();
    List<Finding> problems = new ArrayList<>();
    List<BudgetLine> lines = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (Row r : rows) {
      int start = problems.size();
      Cells c = new Cells(r, header, problems, format);
      if (!c.sized()) {
        continue;
      }
      Fields f = fields(c, reference);
      Money amount = c.get("amount").isEmpty() ? c.missing("amount") : c.amount("amount");
      if (problems.size() > start) {
        continue;
      }
      BudgetLine line = f.line(amount);
      if (lineProblems(line, r, "amount", reference, problems)) {
        lines.add(line);
        paths.add(r.place());
      }
    }
    if (!problems.isEmpty()) {
      throw new BudgetFormatException(source, problems);
    }
    return new Decoded(Apbdes.of(village, fiscalYear, lines), lines, paths);
  }

  /** Adds the line's rule errors (as CSV places); true when there is none. */
  private static boolean lineProblems(BudgetLine line, Row r, String amountColumn, ReferenceData reference, List<Finding> problems) {
    boolean ok = true;
    for (Finding f : BudgetValidator.checkLine(line, r.place(), reference)) {
      if (f.isError()) {
        problems.add(f.at(csvPath(f.path(), amountColumn)));
        ok = false;
      }
    }
    return ok;
  }

  /** The fields of a row other than the amount; null members where a problem was recorded. */
  private record Fields(
      Section section,
      AccountCode account,
      Optional<KegiatanCode> kegiatan,
      String description,
      Optional<FundSource> fundSource,
      Optional<FocusTag> focus,
      Optional<Quantity> quantity) {
    BudgetLine line(Money amount) {
      return new BudgetLine(section, account, kegiatan.orElse(null), description, amount, fundSource.orElse(null), null, focus.orElse(null), quantity.orElse(null));
    }
  }

  private static Fields fields(Cells c, ReferenceData reference) {
    String s = c.get("section");
    Section section = Section.ofCsvName(s).orElse(null);
    if (section == null) {
      c.problem("section", "section " + StrictJson.quote(s) + " is not one of pendapatan, belanja, pembiayaan_penerimaan, pembiayaan_pengeluaran");
    }
    AccountCode account = null;
    if (c.get("account_code").isEmpty()) {
      c.missing("account_code");
    } else {
      try {
        account = AccountCode.parse(c.get("account_code"));
      } catch (IllegalArgumentException e) {
        c.problem("account_code", e.getMessage());
      }
    }
    KegiatanCode kegiatan = null;
    if (!c.get("kegiatan_code").isEmpty()) {
      try {
        kegiatan = KegiatanCode.parse(c.get("kegiatan_code"));
      } catch (IllegalArgumentException e) {
        c.problem("kegiatan_code", e.getMessage());
      }
    }
    Optional<FundSource> fundSource = Optional.empty();
    if (!c.get("fund_source").isEmpty()) {
      try {
        fundSource = Optional.of(FundSource.parse(c.get("fund_source")));
      } catch (IllegalArgumentException e) {
        c.problem("fund_source", e.getMessage());
      }
    } else if (section == Section.PENDAPATAN && account != null) {
      fundSource = reference.naturalFundSource(account);
    }
    Optional<FocusTag> focus = Optional.empty();
    if (c.has("focus") && !c.get("focus").isEmpty()) {
      try {
        focus = Optional.of(FocusTag.parse(c.get("focus")));
      } catch (IllegalArgumentException e) {
        c.problem("focus", e.getMessage());
      }
    }
    Optional<Quantity> quantity = Optional.empty();
    if (c.has("volume")) {
      String volume = c.get("volume");
      String unit = c.get("unit");
      if (volume.isEmpty() != unit.isEmpty()) {
        c.problem(volume.isEmpty() ? "volume" : "unit", "a row gives its volume and its unit together, or neither");
      } else if (!volume.isEmpty()) {
        try {
          quantity = Optional.of(Quantity.parse(volume, unit));
        } catch (IllegalArgumentException e) {
          c.problem(e.getMessage().startsWith("unit") ? "unit" : "volume", e.getMessage());
        }
      }
    }
    return new Fields(section, account, Optional.ofNullable(kegiatan), CsvDialect.restore(c.get("description")), fundSource, focus, quantity);
  }

  /** One data row: its first line in the file, its cells and the file's dialect. */
  private record Row(int line, List<String> cells, CsvDialect dialect, List<String> header) {
    String place() {
      return "line " + line;
    }
  }

  /** The cells of a row by column name, recording problems at their CSV place. */
  private static final class Cells {
    private final Row row;
    private final List<String> header;
    private final List<Finding> problems;
    private final AmountFormat format;

    Cells(Row row, List<String> header, List<Finding> problems, AmountFormat format) {
      this.row = row;
      this.header = header;
      this.problems = problems;
      this.format = format;
    }

    boolean sized() {
      if (row.cells().size() == header.size()) {
        return true;
      }
      problems.add(
          Finding.error(
              Rule.FORMAT,
              row.place(),
              "row has " + row.cells().size() + " cells, expected " + header.size() + " (" + String.join(",", header) + ")"));
      return false;
    }

    String get(String column) {
      return row.cells().get(header.indexOf(column));
    }

    Money amount(String column) {
      String text = get(column);
      if (row.dialect() != CsvDialect.PLAIN && format == AmountFormat.STRICT) {
        Optional<String> plain = row.dialect().plainDecimal(text);
        if (plain.isEmpty()) {
          problem(column, "'" + text + "' is not an amount of a " + row.dialect().describe() + " file: write digits with an optional decimal comma, e.g. "
              + row.dialect().numberExample() + " (or save the file comma-separated with a decimal point)");
          return null;
        }
        text = plain.get();
      }
      try {
        return Idr.of(format == AmountFormat.STRICT ? Idr.parseDecimal(text) : format.parse(get(column)));
      } catch (IllegalArgumentException e) {
        problem(column, e.getMessage());
        return null;
      }
    }

    <T> T missing(String column) {
      problem(column, column + " is empty");
      return null;
    }

    boolean has(String column) {
      return header.contains(column);
    }

    void problem(String column, String message) {
      problems.add(Finding.error(Rule.FORMAT, row.place() + ", column " + column, StrictJson.bounded(message)));
    }
  }

  /**
   * The data rows after checking the header, blank rows left out.
   *
   * @throws BudgetFormatException for malformed CSV or a wrong header
   */
  @SafeVarargs
  private static List<Row> rows(Reader reader, String source, List<String> header, List<String>... alternatives) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    CsvDialect dialect;
    try {
      dialect = CsvDialect.ofHeader(firstLine(in));
    } catch (CharacterCodingException e) {
      throw new BudgetFormatException(source, List.of(Finding.error(Rule.FORMAT, "", "the file is not valid UTF-8 text: " + e)));
    }
    List<Row> rows = new ArrayList<>();
    try (JsonParser p = CSV.getFactory().createParser(new LimitedReader(in))) {
      ((CsvParser) p).enable(CsvParser.Feature.WRAP_AS_ARRAY);
      ((CsvParser) p).setSchema(CsvSchema.emptySchema().withColumnSeparator(dialect.separator()));
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (p.nextToken() == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.START_ARRAY) {
          List<String> cells = new ArrayList<>();
          int line = -1;
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            if (line < 0) {
              line = p.currentTokenLocation().getLineNr();
            }
            String cell = p.getText();
            if (cell.length() > InputLimits.MAX_STRING_LENGTH) {
              throw limit(source, "line " + line, "a cell of " + cell.length() + " characters, more than the limit of " + InputLimits.MAX_STRING_LENGTH);
            }
            cells.add(cell);
          }
          if (!(cells.size() == 1 && cells.get(0).isEmpty()) && !cells.isEmpty()) {
            rows.add(new Row(line, cells, dialect, header));
            if (rows.size() > InputLimits.MAX_BUDGET_LINES + 1) {
              throw limit(source, "line " + line, "more than " + InputLimits.MAX_BUDGET_LINES + " budget lines, the limit of one budget");
            }
          }
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String place = at == null ? "" : "line " + at.getLineNr();
      throw new BudgetFormatException(source, List.of(Finding.error(Rule.FORMAT, place, "malformed CSV: " + StrictJson.bounded(e.getOriginalMessage()))));
    } catch (CharacterCodingException e) {
      throw new BudgetFormatException(source, List.of(Finding.error(Rule.FORMAT, "", "the file is not valid UTF-8 text: " + e)));
    } catch (LimitedReader.TooLarge e) {
      throw limit(source, "", "the input is larger than " + InputLimits.MAX_DOCUMENT_BYTES + " characters (16 MiB), the limit of one document");
    }
    if (rows.isEmpty()) {
      throw new BudgetFormatException(
          source, List.of(Finding.error(Rule.FORMAT, "line 1", "the file is empty: expected the header " + String.join(",", header))));
    }
    Row first = rows.get(0);
    List<String> found = new ArrayList<>(first.cells());
    if (!found.isEmpty() && found.get(0).startsWith("\uFEFF")) {
      found.set(0, found.get(0).substring(1));
    }
    List<String> accepted = header;
    for (List<String> alternative : alternatives) {
      if (found.equals(alternative)) {
        accepted = alternative;
      }
    }
    if (!found.equals(accepted)) {
      String hint =
          found.equals(REVISION_HEADER)
              ? " (this is a revision table with amount_before and amount_after: read it with readRevision)"
              : found.equals(HEADER) ? " (this is a budget table with one amount: read it with read)" : "";
      throw new BudgetFormatException(
          source,
          List.of(
              Finding.error(
                  Rule.FORMAT,
                  "line 1",
                  "the header is " + StrictJson.quote(String.join(",", found)) + ", expected exactly '" + String.join(",", header) + "'" + hint)));
    }
    List<String> chosen = accepted;
    return rows.subList(1, rows.size()).stream().map(r -> new Row(r.line(), r.cells(), r.dialect(), chosen)).toList();
  }

  /** The first line (at most 64 KiB of it), the reader left where it was. */
  private static String firstLine(BufferedReader in) throws IOException {
    int limit = 64 * 1024;
    in.mark(limit + 1);
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c >= 0 && c != '\n' && c != '\r' && line.length() < limit; c = in.read()) {
      line.append((char) c);
    }
    in.reset();
    return line.toString();
  }

  private static BudgetFormatException limit(String source, String place, String message) {
    return new BudgetFormatException(source, List.of(Finding.error(Rule.FORMAT, place, message, Map.of("problem", JsonProblems.Kind.LIMIT.code()))));
  }

  /** A reader that stops with {@link TooLarge} past {@link InputLimits#MAX_DOCUMENT_BYTES} characters. */
  private static final class LimitedReader extends java.io.FilterReader {
    /** Thrown past the limit. */
    static final class TooLarge extends IOException {
      private static final long serialVersionUID = 1L;
    }

    private long count;

    LimitedReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0 && ++count > InputLimits.MAX_DOCUMENT_BYTES) {
        throw new TooLarge();
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0 && (count += n) > InputLimits.MAX_DOCUMENT_BYTES) {
        throw new TooLarge();
      }
      return n;
    }

    @Override
    public void close() {
      // the caller's reader is not closed
    }
  }

  /** A validator path ({@code line 7}, {@code line 7.amount}, {@code $}) in CSV notation. */
  private static String csvPath(String path, String amountColumn) {
    if (path.equals("$")) {
      return "";
    }
    if (path.endsWith(".amount")) {
      return path.substring(0, path.length() - ".amount".length()) + ", column " + amountColumn;
    }
    for (Map.Entry<String, String> e : COLUMNS.entrySet()) {
      if (path.endsWith(e.getKey())) {
        return path.substring(0, path.length() - e.getKey().length()) + ", column " + e.getValue();
      }
    }
    return path;
  }

  private static void checkYear(int fiscalYear) {
    checkArgument(fiscalYear >= 2000 && fiscalYear <= 2100, "fiscal year %s outside 2000-2100", fiscalYear);
  }

  // ------------------------------------------------------------------------------------ writing

  /**
   * The budget as a table with {@link #HEADER} ({@link #HEADER_WITH_FOCUS} when a line has a focus
   * tag, {@link #HEADER_WITH_QUANTITY} when a line has a quantity), LF line ends, amounts with two decimals; never null. */
  public static String toCsv(Apbdes budget) {
    requireNonNull(budget, "budget");
    boolean counted = budget.lines().stream().anyMatch(l -> l.quantity() != null);
    boolean tagged = counted || budget.lines().stream().anyMatch(l -> l.focus() != null);
    CsvSchema.Builder schema = CsvSchema.builder();
    (counted ? HEADER_WITH_QUANTITY : tagged ? HEADER_WITH_FOCUS : HEADER).forEach(schema::addColumn);
    StringWriter out = new StringWriter();
    try (SequenceWriter w =
        CSV.writer(schema.build().withHeader().withLineSeparator("\n"))
            .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .writeValues(out)) {
      for (BudgetLine l : budget.lines()) {
        List<String> cells =
            new ArrayList<>(
                List.of(
                    l.section().csvName(),
                    l.account().toString(),
                    Optional.ofNullable(l.kegiatan()).map(KegiatanCode::toString).orElse(""),
                    CsvDialect.neutralise(l.description()),
                    Idr.format(l.amount()),
                    Optional.ofNullable(l.fundSource()).map(FundSource::code).orElse("")));
        if (tagged) {
          cells.add(Optional.ofNullable(l.focus()).map(FocusTag::code).orElse(""));
        }
        if (counted) {
          cells.add(Optional.ofNullable(l.quantity()).map(q -> q.volume().toPlainString()).orElse(""));
          cells.add(CsvDialect.neutralise(Optional.ofNullable(l.quantity()).map(Quantity::unit).orElse("")));
        }
        w.write(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to a string", e);
    }
    return out.toString();
  }

  /** Writes the budget table to the writer (which is not closed). */
  public static void write(Apbdes budget, Writer out) throws IOException {
    out.write(toCsv(budget));
    out.flush();
  }

  /** Writes the budget table to a UTF-8 file, replacing it. */
  public static void write(Apbdes budget, Path file) throws IOException {
    Files.writeString(file, toCsv(budget), StandardCharsets.UTF_8);
  }
}
