package id.smartkampung.monitoring.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.util.Optional;
import org.javamoney.moneta.Money;

/**
 * One item of the cost plan — <i>item RAB (Rencana Anggaran Biaya)</i>: what it is, what it costs,
 * in which weeks of the project it is worked on, and optionally its volume (e.g. 52.5 m³ of
 * concrete) so that progress can be reported as volumes done.
 *
 * <p>An immutable value. Weeks are counted from 0 = the project's first week; the item is worked
 * on evenly in weeks {@code startWeek} … {@code startWeek + weeks − 1}.
 *
 * @param name the item, unique within its RAB; never blank
 * @param costSen the cost in sen; never negative
 * @param startWeek the first week (0-based); never negative
 * @param weeks how many weeks; at least 1
 * @param volume the planned volume, if the item is measured by volume; positive when present
 * @param unit the unit of the volume (e.g. {@code m3}); empty when there is no volume
 */
@Api(Api.Status.EXPERIMENTAL)
public record RabItem(
    String name, long costSen, int startWeek, int weeks, Optional<BigDecimal> volume, String unit) {

  /** The longest plan accepted, in weeks (a little over two years). */
  public static final int MAX_WEEK = 120;

  public RabItem {
    requireNonNull(name, "name");
    requireNonNull(volume, "volume");
    requireNonNull(unit, "unit");
    checkArgument(!name.isBlank(), "a RAB item has a name");
    checkArgument(costSen >= 0, "RAB item '%s': cost %s is negative", name, Idr.formatSen(costSen));
    checkArgument(startWeek >= 0, "RAB item '%s': start week %s is negative", name, startWeek);
    checkArgument(weeks >= 1, "RAB item '%s': it lasts at least one week, got %s", name, weeks);
    checkArgument(
        startWeek + weeks <= MAX_WEEK,
        "RAB item '%s': ends after week %s (plans longer than %s weeks are refused)",
        name,
        startWeek + weeks,
        MAX_WEEK);
    volume.ifPresent(
        v -> checkArgument(v.signum() > 0, "RAB item '%s': volume %s is not positive", name, v));
  }

  /**
   * An item without volume.
   *
   * @throws IllegalArgumentException if the cost is negative or not exact IDR, or the weeks are wrong
   */
  public static RabItem of(String name, Money cost, int startWeek, int weeks) {
    return new RabItem(name, Idr.toSen(cost), startWeek, weeks, Optional.empty(), "");
  }

  /** This item with a planned volume in {@code unit}. */
  public RabItem withVolume(BigDecimal newVolume, String newUnit) {
    requireNonNull(newUnit, "unit");
    return new RabItem(name, costSen, startWeek, weeks, Optional.of(requireNonNull(newVolume, "volume")), newUnit);
  }

  /** The cost; never null. */
  public Money cost() {
    return Idr.ofSen(costSen);
  }

  /** The week after the last week of work. */
  public int endWeek() {
    return startWeek + weeks;
  }
}
