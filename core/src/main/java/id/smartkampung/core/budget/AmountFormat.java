package id.smartkampung.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the amounts of an imported budget table are written — <i>format angka</i>. {@link #STRICT},
 * the default, is the library's own plain decimal; {@link #INDONESIAN} is an explicit option for
 * tables copied from the pages and spreadsheets villages publish.
 */
@Api(Api.Status.STABLE)
public enum AmountFormat {
  /**
   * A plain decimal: optional minus, digits, optional point and digits ({@code 52200000},
   * {@code 52200000.00}); no grouping, no currency, no exponent. See {@link Idr#parseDecimal}.
   */
  STRICT {
    @Override
    public BigDecimal parse(String text) {
      return Idr.parseDecimal(requireNonNull(text, "text"));
    }
  },

  /**
   * As Indonesian pages print amounts: an optional {@code Rp} / {@code Rp.} prefix, dots grouping
   * thousands in threes, a comma before the sen, a negative in parentheses or after a minus, an
   * optional trailing {@code ,-}: {@code Rp 1.244.674.000}, {@code 2.452.637.561,15},
   * {@code (2.868.420)}, {@code Rp 1.000.000,-}. A number with one separator followed by exactly three
   * digits ({@code 1.234}, {@code 1,234}) reads as a thousand in one convention and as a fraction in
   * the other: it is refused, never guessed. A point followed by one or two digits ({@code 1500.50})
   * cannot be grouping and reads as the strict format's decimal point.
   */
  INDONESIAN {
    @Override
    public BigDecimal parse(String text) {
      requireNonNull(text, "text");
      String t = text.replace('\u00A0', ' ').strip();
      boolean negative = false;
      for (int round = 0; round < 3; round++) {
        if (t.startsWith("(") && t.endsWith(")") && !negative) {
          negative = true;
          t = t.substring(1, t.length() - 1).strip();
        } else if (t.startsWith("-") && !negative) {
          negative = true;
          t = t.substring(1).strip();
        } else if (t.toLowerCase(Locale.ROOT).startsWith("rp")) {
          t = t.substring(2);
          t = (t.startsWith(".") ? t.substring(1) : t).strip();
        }
      }
      if (t.endsWith(",-")) {
        t = t.substring(0, t.length() - 2);
      }
      checkArgument(!t.isEmpty(), "amount '%s' has no digits", text);
      checkArgument(
          NUMBER_CHARS.matcher(t).matches(),
          "amount '%s' is not a number as Indonesian pages print it (Rp 1.244.674.000, 2.452.637.561,15, (2.868.420))",
          text);
      String plain;
      int comma = t.indexOf(',');
      if (comma >= 0) {
        checkArgument(comma == t.lastIndexOf(','), "amount '%s' has more than one decimal comma", text);
        String whole = t.substring(0, comma);
        String sen = t.substring(comma + 1);
        checkArgument(!sen.isEmpty() && sen.chars().allMatch(Character::isDigit), "amount '%s' has no digits after its decimal comma", text);
        checkArgument(
            DIGITS.matcher(whole).matches() || GROUPED.matcher(whole).matches(),
            "amount '%s': before the decimal comma, dots group thousands in threes (1.244.674,50)",
            text);
        checkArgument(
            !(whole.indexOf('.') < 0 && sen.length() == 3),
            "amount '%s' is ambiguous: %s with a thousands comma, or a fraction with a decimal comma; write %s or %s,00 for the thousands",
            text, whole + sen, whole + sen, grouped(whole + sen));
        plain = whole.replace(".", "") + "." + sen;
      } else if (GROUPED.matcher(t).matches()) {
        checkArgument(
            t.indexOf('.') != t.lastIndexOf('.'),
            "amount '%s' is ambiguous: %s with a thousands dot, or a fraction with a decimal point; write %s or %s,00 for the thousands",
            text, t.replace(".", ""), t.replace(".", ""), t);
        plain = t.replace(".", "");
      } else if (DIGITS.matcher(t).matches() || POINT_DECIMAL.matcher(t).matches()) {
        plain = t;
      } else {
        throw new IllegalArgumentException(
            "amount '" + text + "': dots group thousands in threes and a comma starts the sen (1.244.674.000 or 2.452.637.561,15)");
      }
      BigDecimal value = new BigDecimal(plain);
      return negative ? value.negate() : value;
    }
  };

  private static final Pattern NUMBER_CHARS = Pattern.compile("[0-9.,]+");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");
  private static final Pattern POINT_DECIMAL = Pattern.compile("[0-9]+\\.[0-9]{1,2}");

  /** Digits grouped in threes with dots: 1234567 → 1.234.567. */
  private static String grouped(String digits) {
    StringBuilder b = new StringBuilder(digits);
    for (int i = b.length() - 3; i > 0; i -= 3) {
      b.insert(i, '.');
    }
    return b.toString();
  }

  /**
   * The amount written in {@code text}; never null. The sign and the precision are not checked here
   * (a budget line's rules check them, naming the line).
   *
   * @throws IllegalArgumentException naming the text and what is wrong with it, including an
   *     ambiguous number
   */
  public abstract BigDecimal parse(String text);
}
