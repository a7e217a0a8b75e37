package id.smartkampung.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A physical-progress percentage — <i>persentase (kemajuan) fisik</i> — between 0 % and 100 %,
 * exact to {@value #SCALE} decimals (0.0001 percentage point). Used for planned progress (the
 * <i>kurva S rencana</i>) and reported progress alike.
 *
 * <p>An immutable value; never null, never outside 0–100. Construction never rounds silently:
 * {@link #of(BigDecimal)} refuses more than {@value #SCALE} decimals, and {@link #rounded} takes an
 * explicit {@link RoundingMode}. Differences between percentages (deviations) are plain {@link
 * BigDecimal} percentage points, which may be negative.
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

  /** The percentage of a fraction 0–1, rounded with {@code mode}. */
  public static Percent ofFraction(BigDecimal fraction, RoundingMode mode) {
    return rounded(fraction.movePointRight(2), mode);
  }

  /** This percentage as a fraction 0–1 (scale {@value #SCALE} + 2, exact). */
  public BigDecimal fraction() {
    return value.movePointLeft(2);
  }

  /** This − {@code other}, in percentage points (may be negative), exact. */
  public BigDecimal minus(Percent other) {
    return value.subtract(other.value);
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
