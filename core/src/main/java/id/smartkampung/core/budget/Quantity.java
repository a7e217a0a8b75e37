package id.smartkampung.core.budget;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import id.smartkampung.core.Api;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The quantity of a budget line — <i>volume dan satuan</i> of the RAB: e.g. {@code 108 OB} (orang-bulan:
 * 9 perangkat × 12 months), {@code 300 OB} (25 KPM × 12 months of BLT Desa), {@code 1200 HOK} (hari
 * orang kerja: the wage part of a Padat Karya Tunai activity). The checks that read it (siltap
 * minimums, the BLT ceiling per KPM, the PKTD wage share) take their units from the year's policy
 * pack.
 *
 * @param volume how many units; positive, at most 6 decimals
 * @param unit the unit (<i>satuan</i>): 1–16 letters, digits or {@code -}, e.g. {@code OB}, {@code HOK}
 */
@Api(Api.Status.EXPERIMENTAL)
public record Quantity(BigDecimal volume, String unit) {
  private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,15}");

  public Quantity {
    requireNonNull(volume, "volume");
    requireNonNull(unit, "unit");
    Preconditions.checkArgument(volume.signum() > 0, "a quantity's volume is positive, not %s", volume.toPlainString());
    Preconditions.checkArgument(volume.stripTrailingZeros().scale() <= 6, "a quantity's volume has at most 6 decimals, not %s", volume.toPlainString());
    Preconditions.checkArgument(UNIT.matcher(unit).matches(), "unit '%s' is malformed: expected 1-16 letters, digits or - like OB or HOK", unit.length() > 20 ? unit.substring(0, 20) + "…" : unit);
    volume = volume.stripTrailingZeros();
    if (volume.scale() < 0) {
      volume = volume.setScale(0);
    }
  }

  /** A quantity of {@code volume} {@code unit}s. */
  public static Quantity of(long volume, String unit) {
    return new Quantity(BigDecimal.valueOf(volume), unit);
  }

  /**
   * Parses the volume as written ({@code "108"}, {@code "2.5"}) with its unit.
   *
   * @throws IllegalArgumentException for a malformed, non-positive or over-precise volume or a
   *     malformed unit
   */
  public static Quantity parse(String volume, String unit) {
    requireNonNull(volume, "volume");
    if (!volume.matches("[0-9]{1,12}(\\.[0-9]{1,6})?")) {
      throw new IllegalArgumentException(
          "volume '" + (volume.length() > 20 ? volume.substring(0, 20) + "…" : volume) + "' is malformed: expected a plain positive number like 108 or 2.5");
    }
    return new Quantity(new BigDecimal(volume), unit);
  }

  /** True when the unit is one of {@code units}, ignoring case. */
  public boolean isIn(java.util.Collection<String> units) {
    return units.stream().anyMatch(unit::equalsIgnoreCase);
  }

  @Override
  public String toString() {
    return volume.toPlainString() + " " + unit;
  }
}
