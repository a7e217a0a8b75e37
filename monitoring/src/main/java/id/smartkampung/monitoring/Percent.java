package id.smartkampung.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A percentage — <i>persentase</i> — a share of a whole between 0 % and 100 %, exact to {@value
 * #SCALE} decimals (0.0001 %): physical progress (<i>kemajuan fisik</i>, planned on the <i>kurva S
 * rencana</i> and reported), Dana Desa output achievement, tranche gates, tolerances.
 *
 * <p><b>Units in monitoring.</b> One concept, one unit, everywhere in the module:
 *
 * <ul>
 *   <li>a <em>share</em> of a whole is a {@code Percent} ({@code 37.5000%}, read with {@link
 *       #value()}); its {@link #fraction()} (0–1) is derived, exact, never stored;
 *   <li>a <em>difference</em> of two percentages — a deviation (<i>deviasi</i>), a margin, a limit
 *       — is {@link PercentagePoints} (pp), signed, at the same scale;
 *   <li>an <em>index</em> (SPI, CPI, TCPI, SPI(t)) is a plain ratio (1 = on plan) at the scale its
 *       class documents; an <em>amount</em> is Moneta {@code Money} in IDR.
 * </ul>
 *
 * <p>An immutable value; never null, never outside 0–100, always at scale {@value #SCALE}.
 * Construction never rounds silently: {@link #of(BigDecimal)} and {@link #ofFraction(BigDecimal)}
 * accept exactly what fits {@value #SCALE} decimals ({@code Percent.of(50)}, {@code
 * Percent.ofFraction(new BigDecimal("0.375"))}), and the rounding factories take an explicit {@link
 * RoundingMode}.
 *
 * @param value the percentage, 0–100, with scale {@value #SCALE}
 */
@Api(Api.Status.EXPERIMENTAL)
public record Percent(BigDecimal value) implements Comparable<Percent> {
  /** Decimal places kept. */
  public static final int SCALE = 4;

  private static final BigDecimal HUNDRED_VALUE = BigDecimal.valueOf(100);

  /** 0 %. */
  public static final Percent ZERO = new Percent(BigDecimal.ZERO.setScale(SCALE));

  /** 100 %. */
  public static final Percent HUNDRED = new Percent(HUNDRED_VALUE.setScale(SCALE));

  public Percent {
    requireNonNull(value, "value");
    checkArgument(
        value.signum() >= 0 && value.compareTo(HUNDRED_VALUE) <= 0,
        "percentage %s is out of range: physical progress lies between 0 and 100",
        value.toPlainString());
    checkArgument(value.scale() == SCALE, "percentage %s does not have scale %s", value, SCALE);
  }

  /**
   * The percentage {@code value} (0–100).
   *
   * @throws IllegalArgumentException if it is outside 0–100 or has more than {@value #SCALE} decimals
   */
  public static Percent of(BigDecimal value) {
    requireNonNull(value, "value");
    BigDecimal stripped = value.stripTrailingZeros();
    checkArgument(
        stripped.scale() <= SCALE,
        "percentage %s has more than %s decimals",
        value.toPlainString(),
        SCALE);
    return new Percent(value.setScale(SCALE, RoundingMode.UNNECESSARY));
  }

  /** The whole percentage {@code value} (0–100). */
  public static Percent of(long value) {
    return of(BigDecimal.valueOf(value));
  }

  /**
   * Parses a plain decimal such as {@code "37.5"}.
   *
   * @throws IllegalArgumentException if the text is not a plain decimal in 0–100 with at most
   *     {@value #SCALE} decimals
   */
  public static Percent parse(String text) {
    requireNonNull(text, "text");
    checkArgument(
        text.matches("[0-9]+(\\.[0-9]+)?"),
        "'%s' is not a plain decimal percentage (digits with an optional '.', e.g. 37.5)",
        text);
    return of(new BigDecimal(text));
  }

  /** The percentage nearest {@code value}, rounded to {@value #SCALE} decimals with {@code mode}. */
  public static Percent rounded(BigDecimal value, RoundingMode mode) {
    requireNonNull(mode, "mode");
    return new Percent(requireNonNull(value, "value").setScale(SCALE, mode));
  }

  /**
   * The percentage of an exact fraction 0–1, e.g. {@code 0.375} → 37.5 %: no rounding is involved.
   *
   * @throws IllegalArgumentException if the fraction is outside 0–1 or has more than {@value
   *     #SCALE} + 2 decimals (use {@link #ofFraction(BigDecimal, RoundingMode)} then)
   */
  public static Percent ofFraction(BigDecimal fraction) {
    return of(requireNonNull(fraction, "fraction").movePointRight(2));
  }

  /** The percentage of a fraction 0–1, rounded with {@code mode}. */
  public static Percent ofFraction(BigDecimal fraction, RoundingMode mode) {
    return rounded(requireNonNull(fraction, "fraction").movePointRight(2), mode);
  }

  /**
   * {@code part} as a percentage of {@code whole}, rounded with {@code mode} (e.g. {@link
   * RoundingMode#DOWN} so that a share is never lifted over a gate by rounding).
   *
   * @throws IllegalArgumentException if {@code whole} is not positive or {@code part} is outside 0…whole
   */
  public static Percent ratio(long part, long whole, RoundingMode mode) {
    checkArgument(whole > 0, "the whole of a percentage is positive, got %s", whole);
    checkArgument(part >= 0 && part <= whole, "the part %s lies outside 0..%s", part, whole);
    return rounded(BigDecimal.valueOf(part).movePointRight(2).divide(BigDecimal.valueOf(whole), SCALE, requireNonNull(mode, "mode")), RoundingMode.UNNECESSARY);
  }

  /** This percentage as a fraction 0–1 (scale {@value #SCALE} + 2, exact), e.g. 0.375000 for 37.5 %. */
  public BigDecimal fraction() {
    return value.movePointLeft(2);
  }

  /** This − {@code other}, in percentage points (may be negative), exact. */
  public PercentagePoints minus(Percent other) {
    return PercentagePoints.between(this, other);
  }

  /** True at 100 %. */
  public boolean isComplete() {
    return value.compareTo(HUNDRED_VALUE) == 0;
  }

  /** True at 0 %. */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /** True when this is strictly below {@code other}. */
  public boolean isBelow(Percent other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Percent o) {
    return value.compareTo(o.value);
  }

  /** E.g. {@code 37.5000%}. */
  @Override
  public String toString() {
    return value.toPlainString() + "%";
  }
}
