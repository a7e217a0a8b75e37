package id.smartkampung.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A difference of two percentages in percentage points — <i>poin persentase</i>, e.g. the
 * deviation (<i>deviasi</i>) of actual from planned progress, {@code −12.5000 pp}, or a limit such
 * as the 10 pp of <i>kontrak kritis</i>. Signed; exact to {@value Percent#SCALE} decimals, the scale
 * of {@link Percent}, so that the difference of two percentages is always exact.
 *
 * <p>Not a {@link Percent}: 50 % − 40 % is 10 pp, not 10 % (which would be a share of something).
 * An immutable value; never null; always at scale {@value Percent#SCALE}.
 *
 * @param value the points, signed, with scale {@value Percent#SCALE}
 */
public record PercentagePoints(BigDecimal value) implements Comparable<PercentagePoints> {
  /** 0 pp. */
  public static final PercentagePoints ZERO = new PercentagePoints(BigDecimal.ZERO.setScale(Percent.SCALE));

  public PercentagePoints {
    requireNonNull(value, "value");
    checkArgument(value.scale() == Percent.SCALE, "percentage points %s do not have scale %s", value, Percent.SCALE);
  }

  /**
   * {@code value} percentage points.
   *
   * @throws IllegalArgumentException if it has more than {@value Percent#SCALE} decimals
   */
  public static PercentagePoints of(BigDecimal value) {
    requireNonNull(value, "value");
    checkArgument(
        value.stripTrailingZeros().scale() <= Percent.SCALE,
        "percentage points %s have more than %s decimals",
        value.toPlainString(),
        Percent.SCALE);
    return new PercentagePoints(value.setScale(Percent.SCALE, RoundingMode.UNNECESSARY));
  }

  /** A whole number of percentage points, e.g. {@code PercentagePoints.of(10)}. */
  public static PercentagePoints of(long value) {
    return of(BigDecimal.valueOf(value));
  }

  /**
   * Parses a plain decimal such as {@code "10"} or {@code "-2.5"}.
   *
   * @throws IllegalArgumentException if the text is not a plain decimal with at most {@value
   *     Percent#SCALE} decimals
   */
  public static PercentagePoints parse(String text) {
    requireNonNull(text, "text");
    checkArgument(text.matches("-?[0-9]+(\\.[0-9]+)?"), "'%s' is not a plain decimal number of percentage points (e.g. -2.5)", text);
    return of(new BigDecimal(text));
  }

  /** {@code a − b}, exact. */
  public static PercentagePoints between(Percent a, Percent b) {
    return new PercentagePoints(a.value().subtract(b.value()));
  }

  /** The opposite: how far behind a negative deviation is. */
  public PercentagePoints negate() {
    return new PercentagePoints(value.negate());
  }

  /** The magnitude. */
  public PercentagePoints abs() {
    return value.signum() < 0 ? negate() : this;
  }

  /** This plus {@code other}. */
  public PercentagePoints plus(PercentagePoints other) {
    return new PercentagePoints(value.add(other.value));
  }

  /** This minus {@code other}. */
  public PercentagePoints minus(PercentagePoints other) {
    return new PercentagePoints(value.subtract(other.value));
  }

  /** −1, 0 or 1 as this is negative (behind), zero or positive (ahead). */
  public int signum() {
    return value.signum();
  }

  /** True when this is strictly more than {@code other}. */
  public boolean exceeds(PercentagePoints other) {
    return compareTo(other) > 0;
  }

  /** The number as a plain decimal with {@value Percent#SCALE} decimals, e.g. {@code -12.5000}. */
  public String toPlainString() {
    return value.toPlainString();
  }

  @Override
  public int compareTo(PercentagePoints o) {
    return value.compareTo(o.value);
  }

  /** E.g. {@code -12.5000 pp}. */
  @Override
  public String toString() {
    return value.toPlainString() + " pp";
  }
}
