package id.smartkampung.monitoring.project;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import java.math.BigDecimal;

/**
 * The planned output of a project — <i>target keluaran (volume dan satuan)</i>, e.g. 350 m of
 * <i>rabat beton</i> road or 1 unit of <i>gorong-gorong</i>.
 *
 * @param volume the planned volume; positive
 * @param unit the unit, e.g. {@code m}, {@code m2}, {@code unit}; never blank
 */
@Api(Api.Status.STABLE)
public record OutputTarget(BigDecimal volume, String unit) {
  public OutputTarget {
    requireNonNull(volume, "volume");
    requireNonNull(unit, "unit");
    checkArgument(volume.signum() > 0, "output volume %s is not positive", volume.toPlainString());
    checkArgument(!unit.isBlank(), "an output has a unit");
  }

  /** A target of {@code volume} {@code unit}. */
  public static OutputTarget of(BigDecimal volume, String unit) {
    return new OutputTarget(volume, unit);
  }

  /** A target of {@code volume} {@code unit}, from a decimal such as {@code "350"}. */
  public static OutputTarget of(String volume, String unit) {
    return new OutputTarget(new BigDecimal(requireNonNull(volume, "volume")), unit);
  }

  @Override
  public String toString() {
    return volume.toPlainString() + " " + unit;
  }
}
