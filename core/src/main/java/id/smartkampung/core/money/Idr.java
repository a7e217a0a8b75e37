package id.smartkampung.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The Indonesian rupiah (IDR), exact to the sen: the one place of the amount rule (I1).
 *
 * <p>At the API amounts are Moneta {@link Money}; hot paths keep them as a {@code long} count of
 * sen (1/100 rupiah), which holds up to about 92 quadrillion rupiah, far beyond a national total.
 * Conversions here never round silently: an amount with more than two decimals is refused, and
 * every lossy step takes an explicit {@link RoundingMode}.
 */
@Api(Api.Status.STABLE)
public final class Idr {
  /**
   * Keeps the library quiet (issue 16). Moneta's own {@code javamoney.properties} sets a custom
   * MathContext (precision 256, HALF_EVEN), and initialising {@link Money} announces it with {@code
   * INFO: Using custom MathContext} on {@code java.util.logging}'s console, on every application's
   * stderr. Only that one logger, which logs nothing else below SEVERE, is raised to WARNING, and only
   * when the application has not given it a level itself; the application's other logging is left
   * alone. Held in a field: java.util.logging keeps loggers weakly, and a collected logger forgets its
   * level. Set before the first {@code Money} below.
   */
  private static final java.util.logging.Logger MONETA_CONTEXT_LOG = quietMonetaContextLog();

  /** The currency unit, looked up once. */
  public static final CurrencyUnit CURRENCY = Monetary.getCurrency("IDR");

  /** Decimal places of the rupiah (ISO 4217). */
  public static final int SCALE = 2;

  /** Zero rupiah. */
  public static final Money ZERO = Money.of(BigDecimal.ZERO, CURRENCY);

  private Idr() {}

  private static java.util.logging.Logger quietMonetaContextLog() {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.javamoney.moneta.DefaultMonetaryContextFactory");
    if (log.getLevel() == null) {
      log.setLevel(java.util.logging.Level.WARNING);
    }
    return log;
  }

  /** Returns {@code amount} rupiah as Money; never null. */
  public static Money of(BigDecimal amount) {
    return Money.of(requireNonNull(amount, "amount"), CURRENCY);
  }

  /** Returns a whole number of rupiah as Money. */
  public static Money of(long rupiah) {
    return Money.of(BigDecimal.valueOf(rupiah), CURRENCY);
  }

  /** Returns an amount given in sen as Money. */
  public static Money ofSen(long sen) {
    return Money.of(BigDecimal.valueOf(sen, SCALE), CURRENCY);
  }

  /**
   * Parses a plain decimal rupiah amount such as {@code "52200000"} or {@code "1500000.00"}.
   *
   * @throws IllegalArgumentException if the text is not a plain decimal number
   */
  public static Money parse(String text) {
    return of(parseDecimal(text));
  }

  /**
   * The most digits before the point of an amount read from text: 24, i.e. below a septillion
   * rupiah — a million times the world's yearly output, so longer than any possible rupiah amount,
   * yet beyond a {@code long} count of sen (amounts are exact at any size the limit allows).
   */
  public static final int MAX_INTEGER_DIGITS = 24;

  /** The most digits after the point of an amount read from text (more than 2 is then refused by I1). */
  public static final int MAX_FRACTION_DIGITS = 16;

  private static final int MAX_TEXT = 1 + MAX_INTEGER_DIGITS + 1 + MAX_FRACTION_DIGITS;

  /**
   * Parses a plain decimal: optional minus sign, digits, optional point and digits. No exponent,
   * no grouping separators, no plus sign, no spaces; at most {@value #MAX_INTEGER_DIGITS} digits
   * before the point and {@value #MAX_FRACTION_DIGITS} after it, so that an input longer than any
   * possible rupiah amount is refused at once, before any arithmetic on it.
   *
   * @throws IllegalArgumentException naming the text (at most its first 40 characters) if it is not
   *     such a number
   */
  public static BigDecimal parseDecimal(String text) {
    requireNonNull(text, "text");
    int n = text.length();
    if (n > MAX_TEXT) {
      throw new IllegalArgumentException(
          "'" + text.substring(0, 40) + "…' (" + n + " characters) is longer than any rupiah amount (at most " + MAX_INTEGER_DIGITS
              + " digits before the point and " + MAX_FRACTION_DIGITS + " after it)");
    }
    int dot = plainDecimalPoint(text);
    if (dot == NOT_PLAIN) {
      throw new IllegalArgumentException("'" + text + "' is not a plain decimal amount (digits with an optional '.', e.g. 1500000.00)");
    }
    int integerDigits = (dot < 0 ? n : dot) - (text.charAt(0) == '-' ? 1 : 0);
    int fractionDigits = dot < 0 ? 0 : n - dot - 1;
    checkArgument(
        integerDigits <= MAX_INTEGER_DIGITS && fractionDigits <= MAX_FRACTION_DIGITS,
        "'%s' has %s digits before the point and %s after it: longer than any rupiah amount (at most %s and %s)",
        text, integerDigits, fractionDigits, MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
    return new BigDecimal(text);
  }

  /** What {@link #plainDecimalPoint} gives for a text that is not a plain decimal. */
  private static final int NOT_PLAIN = -2;

  /**
   * Where the point of a plain decimal is — {@code -?[0-9]+(\.[0-9]+)?}, ASCII digits only — or -1
   * when it has none; {@link #NOT_PLAIN} when the text is not one. A scan, not a regular expression:
   * parsing sits on the journal's replay path.
   */
  private static int plainDecimalPoint(String text) {
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    int digitsFrom = i;
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i == digitsFrom) {
      return NOT_PLAIN;
    }
    if (i == n) {
      return -1;
    }
    int dot = i;
    if (text.charAt(i++) != '.' || i == n) {
      return NOT_PLAIN;
    }
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i == n ? dot : NOT_PLAIN;
  }

  /** True when the amount is in rupiah. */
  public static boolean isIdr(MonetaryAmount amount) {
    return CURRENCY.equals(amount.getCurrency());
  }

  /** True when the amount has no more than two decimal places (trailing zeros do not count). */
  public static boolean isExactToSen(MonetaryAmount amount) {
    BigDecimal n = amount.getNumber().numberValue(BigDecimal.class).stripTrailingZeros();
    return n.scale() <= SCALE;
  }

  /** Whether zero is allowed by {@link #check}. */
  public enum Sign {
    /** Budget lines: zero or more (a zero line is real: funded only after a revision). */
    NOT_NEGATIVE,
    /** Payments and receipts: more than zero. */
    POSITIVE
  }

  /**
   * The amount rule (I1) in one place: IDR, at most two decimals, and the sign. Returns the first
   * breach as a finding at {@code path}, or empty.
   */
  public static Optional<Finding> check(MonetaryAmount amount, Sign sign, String path) {
    requireNonNull(amount, "amount");
    String shown = amount.getNumber().numberValue(BigDecimal.class).toPlainString();
    Map<String, String> data = Map.of("amount", shown, "currency", amount.getCurrency().getCurrencyCode());
    if (!isIdr(amount)) {
      return Optional.of(Finding.error(Rule.AMOUNT_CURRENCY, path, "amount " + amount + " is not in rupiah (IDR)", data));
    }
    if (!isExactToSen(amount)) {
      return Optional.of(
          Finding.error(Rule.AMOUNT_PRECISION, path, "amount " + shown + " has more than 2 decimals (IDR is exact to the sen)", data));
    }
    if (sign == Sign.NOT_NEGATIVE && amount.isNegative()) {
      return Optional.of(Finding.error(Rule.AMOUNT_NEGATIVE, path, "amount " + shown + " is negative; budget lines are never negative", data));
    }
    if (sign == Sign.POSITIVE && !amount.isPositive()) {
      return Optional.of(Finding.error(Rule.AMOUNT_NOT_POSITIVE, path, "amount " + shown + " is not positive; payments and receipts are", data));
    }
    return Optional.empty();
  }

  /**
   * The amount in sen.
   *
   * @throws IllegalArgumentException if it is not IDR or has more than two decimals
   * @throws ArithmeticException if it does not fit a long (over ~92 quadrillion rupiah)
   */
  public static long toSen(MonetaryAmount amount) {
    requireNonNull(amount, "amount");
    checkArgument(isIdr(amount), "amount %s is not in IDR", amount);
    // a Money holds a BigDecimal: take it directly (the generic conversion costs more than the rest)
    BigDecimal n = amount instanceof Money m ? m.getNumberStripped() : amount.getNumber().numberValue(BigDecimal.class);
    try {
      return n.movePointRight(SCALE).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    } catch (ArithmeticException e) {
      if (!isExactToSen(amount)) {
        throw new IllegalArgumentException(
            "amount " + n.toPlainString() + " has more than 2 decimals (IDR is exact to the sen)");
      }
      throw e;
    }
  }

  /** The amount's number as a plain decimal with exactly two decimals, e.g. {@code 1500000.00}. */
  public static String format(MonetaryAmount amount) {
    return amount
        .getNumber()
        .numberValue(BigDecimal.class)
        .setScale(Math.max(SCALE, amount.getNumber().getScale()), RoundingMode.UNNECESSARY)
        .toPlainString();
  }

  /** Formats an amount in sen as a plain decimal with two decimals. */
  public static String formatSen(long sen) {
    return BigDecimal.valueOf(sen, SCALE).toPlainString();
  }

  /** The part {@code numerator / denominator} as a ratio rounded half-even to 6 decimals; 0 when the denominator is 0. */
  public static BigDecimal ratio(long numerator, long denominator) {
    if (denominator == 0) {
      return BigDecimal.ZERO.setScale(6);
    }
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_EVEN);
  }
}
