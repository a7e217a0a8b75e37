package id.smartkampung.demo.report;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.money.MonetaryAmount;

/**
 * How amounts, percentages and dates are written for people — <i>penulisan angka</i>: the
 * Indonesian way ({@code Rp1.250.000.000}, {@code 45,5%}, {@code 25 Juli 2025}) or the English way
 * ({@code IDR 1,250,000,000}, {@code 45.5%}, {@code 25 July 2025}). Exact: amounts go through {@code
 * long} sen and {@link BigDecimal}, never {@code double}; sen are shown only when not zero.
 */
public final class Rupiah {
  private Rupiah() {}

  /** An amount, e.g. {@code Rp1.250.000.000} or {@code IDR 1,250,000,000}. */
  public static String format(MonetaryAmount amount, Lang lang) {
    return formatSen(Idr.toSen(requireNonNull(amount, "amount")), lang);
  }

  /** An amount in sen. */
  public static String formatSen(long sen, Lang lang) {
    boolean negative = sen < 0;
    java.math.BigInteger[] parts = java.math.BigInteger.valueOf(sen).abs().divideAndRemainder(java.math.BigInteger.valueOf(100));
    String whole = group(parts[0].toString(), lang == Lang.ID ? '.' : ',');
    int cents = parts[1].intValue();
    String frac = cents == 0 ? "" : (lang == Lang.ID ? "," : ".") + String.format("%02d", cents);
    String prefix = lang == Lang.ID ? "Rp" : "IDR ";
    return (negative ? "-" : "") + prefix + whole + frac;
  }

  /** A number with thousands grouped, e.g. {@code 350} or {@code 1.250} (for volumes, counts). */
  public static String number(BigDecimal n, Lang lang) {
    BigDecimal s = n.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0, RoundingMode.UNNECESSARY);
    }
    String plain = s.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String frac = dot < 0 ? "" : (lang == Lang.ID ? "," : ".") + plain.substring(dot + 1);
    return (s.signum() < 0 ? "-" : "") + group(whole, lang == Lang.ID ? '.' : ',') + frac;
  }

  /** A percentage value (0–100, any scale) with one decimal, e.g. {@code 45,5%}. */
  public static String percent(BigDecimal percent, Lang lang) {
    String s = percent.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    return (lang == Lang.ID ? s.replace('.', ',') : s) + "%";
  }

  /** A fraction (0–1) as a percentage with one decimal. */
  public static String fraction(BigDecimal fraction, Lang lang) {
    return percent(fraction.movePointRight(2), lang);
  }

  /** An index such as SPI or CPI with three decimals, e.g. {@code 0,952}. */
  public static String index(BigDecimal value, Lang lang) {
    String s = value.setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    return lang == Lang.ID ? s.replace('.', ',') : s;
  }

  /** A signed decimal with one place, e.g. percentage points {@code -45,0}. */
  public static String points(BigDecimal value, Lang lang) {
    String s = value.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    return lang == Lang.ID ? s.replace('.', ',') : s;
  }

  /** A date, e.g. {@code 25 Juli 2025} or {@code 25 July 2025}. */
  public static String date(LocalDate d, Lang lang) {
    return d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", lang.locale()));
  }

  /** A short date, e.g. {@code 25/07}. */
  public static String shortDate(LocalDate d) {
    return String.format("%02d/%02d", d.getDayOfMonth(), d.getMonthValue());
  }

  private static String group(String digits, char sep) {
    StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3);
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      sb.append(sep).append(digits, i, i + 3);
    }
    return sb.toString();
  }
}
