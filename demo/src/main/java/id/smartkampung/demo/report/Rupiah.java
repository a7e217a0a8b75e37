package id.smartkampung.demo.report;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.money.Idr;
import id.smartkampung.core.text.Catalogue;
import id.smartkampung.core.text.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * How amounts, percentages and dates are written for people — <i>penulisan angka</i>: the
 * Indonesian way ({@code Rp1.250.000.000}, {@code 45,5%}, {@code 25 Juli 2025}) or the English way
 * ({@code IDR 1,250,000,000}, {@code 45.5%}, {@code 25 July 2025}). The rule is the core's {@link
 * Catalogue} ({@link Catalogue#money}, {@link Catalogue#percent}, {@link Catalogue#number}, {@link
 * Catalogue#decimal}, {@link Catalogue#date}); this class only adapts the dashboards' arguments
 * (amounts, sen, fractions) to it. Exact: amounts go through {@code long} sen and {@link
 * BigDecimal}, never {@code double}; sen are shown only when not zero.
 */
public final class Rupiah {
  private static final Map<Language, Catalogue> CATALOGUES = new EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      CATALOGUES.put(l, Catalogue.of(l));
    }
  }

  private Rupiah() {}

  private static Catalogue in(Language lang) {
    return CATALOGUES.get(requireNonNull(lang, "lang"));
  }

  /** An amount, e.g. {@code Rp1.250.000.000} or {@code IDR 1,250,000,000}. */
  public static String format(MonetaryAmount amount, Language lang) {
    return formatSen(Idr.toSen(requireNonNull(amount, "amount")), lang);
  }

  /** An amount in sen. */
  public static String formatSen(long sen, Language lang) {
    return in(lang).money(BigDecimal.valueOf(sen, 2));
  }

  /** A number with thousands grouped, e.g. {@code 350} or {@code 1.250} (for volumes, counts). */
  public static String number(BigDecimal n, Language lang) {
    return in(lang).number(n);
  }

  /** A percentage value (0–100, any scale) with one decimal, e.g. {@code 45,5%}. */
  public static String percent(BigDecimal percent, Language lang) {
    return in(lang).percent(percent);
  }

  /** A fraction (0–1) as a percentage with one decimal. */
  public static String fraction(BigDecimal fraction, Language lang) {
    return percent(fraction.movePointRight(2), lang);
  }

  /** An index such as SPI or CPI with three decimals, e.g. {@code 0,952}. */
  public static String index(BigDecimal value, Language lang) {
    return in(lang).decimal(value, 3);
  }

  /** A signed decimal with one place, e.g. percentage points {@code -45,0}. */
  public static String points(BigDecimal value, Language lang) {
    return in(lang).decimal(value, 1);
  }

  /** A date, e.g. {@code 25 Juli 2025} or {@code 25 July 2025}. */
  public static String date(LocalDate d, Language lang) {
    return in(lang).date(d);
  }

  /** A short date, e.g. {@code 25/07}. */
  public static String shortDate(LocalDate d) {
    return String.format("%02d/%02d", d.getDayOfMonth(), d.getMonthValue());
  }
}
