package id.smartkampung.core.json;

/**
 * The limits on what smartkampung reads — <i>batas masukan</i> — checked <em>before</em> an input
 * is read in full, so that a huge or hostile file is refused at once with a clear error instead of
 * filling memory or the screen. Every limit is far above what a real village input needs (a
 * village budget has a few hundred lines and fits in well under a megabyte).
 *
 * <ul>
 *   <li>{@link #MAX_DOCUMENT_BYTES}: size of one JSON or CSV document (a file's size is checked
 *       before it is opened for reading); for a journal, of one entry.
 *   <li>{@link #MAX_BUDGET_LINES}: lines of one budget (JSON {@code lines} array, CSV data rows).
 *   <li>{@link #MAX_NESTING_DEPTH}: depth of nested JSON objects and arrays.
 *   <li>{@link #MAX_STRING_LENGTH}: characters of one JSON string or CSV cell.
 *   <li>{@link #MAX_NAME_LENGTH}: characters of one JSON field name.
 *   <li>{@link #MAX_NUMBER_LENGTH}: characters of one JSON number.
 *   <li>Amounts: at most {@value id.smartkampung.core.money.Idr#MAX_INTEGER_DIGITS} digits before
 *       the point and {@value id.smartkampung.core.money.Idr#MAX_FRACTION_DIGITS} after it ({@link
 *       id.smartkampung.core.money.Idr#parseDecimal}): longer than any possible rupiah amount.
 *   <li>{@link #QUOTE_LENGTH}: an error message quotes at most this many characters of a value.
 * </ul>
 *
 * <p>The input must also be valid UTF-8 (no overlong or truncated sequences, no surrogates); the
 * error names the byte offset of the first bad byte.
 */
public final class InputLimits {
  /** The largest JSON or CSV document read: 16 MiB. */
  public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  /** The most lines a budget may have (JSON array elements or CSV data rows). */
  public static final int MAX_BUDGET_LINES = 20_000;

  /** The deepest nesting of JSON objects and arrays. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The longest JSON string value or CSV cell, in characters. */
  public static final int MAX_STRING_LENGTH = 65_536;

  /** The longest JSON field name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The longest JSON number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The most characters of a value that an error message quotes. */
  public static final int QUOTE_LENGTH = 60;

  private InputLimits() {}
}
