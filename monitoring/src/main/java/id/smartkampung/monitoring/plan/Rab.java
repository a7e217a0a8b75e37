package id.smartkampung.monitoring.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.javamoney.moneta.Money;

/**
 * The cost plan of a physical project — <i>RAB, Rencana Anggaran Biaya</i>: its items with cost and
 * weeks. Each item weighs {@code cost / total} in the project's physical progress; the planned
 * S-curve ({@link PlannedCurve#fromRab}) spreads each weight evenly over the item's weeks.
 *
 * <p>An immutable value with at least one item, unique item names and a positive total.
 *
 * @param items the items, in the order given; never empty
 */
@Api(Api.Status.EXPERIMENTAL)
public record Rab(ImmutableList<RabItem> items) {
  public Rab {
    requireNonNull(items, "items");
    checkArgument(!items.isEmpty(), "a RAB has at least one item");
    Set<String> names = new HashSet<>();
    long total = 0;
    for (RabItem i : items) {
      checkArgument(names.add(i.name()), "RAB item name '%s' appears twice", i.name());
      total = Math.addExact(total, i.costSen());
    }
    checkArgument(total > 0, "a RAB's total cost is positive");
  }

  /** A RAB of the given items. */
  public static Rab of(List<RabItem> items) {
    return new Rab(ImmutableList.copyOf(items));
  }

  /** The total cost in sen. */
  public long totalSen() {
    long total = 0;
    for (RabItem i : items) {
      total += i.costSen();
    }
    return total;
  }

  /** The total cost; never null. */
  public Money total() {
    return Idr.ofSen(totalSen());
  }

  /** The number of weeks from the first week to the end of the last item. */
  public int weeks() {
    int end = 0;
    for (RabItem i : items) {
      end = Math.max(end, i.endWeek());
    }
    return end;
  }

  /**
   * Planned cumulative progress at the end of week {@code k} (0 … {@link #weeks()}): the sum of each
   * item's weight times the share of its weeks elapsed, rounded half-even to {@value
   * Percent#SCALE} decimals. Monotone in {@code k}, exactly 0 % at 0 and 100 % at the end.
   */
  public Percent plannedAtWeek(int k) {
    BigDecimal done = BigDecimal.ZERO;
    for (RabItem i : items) {
      int elapsed = Math.max(0, Math.min(k - i.startWeek(), i.weeks()));
      if (elapsed == i.weeks()) {
        done = done.add(BigDecimal.valueOf(i.costSen()));
      } else if (elapsed > 0) {
        done =
            done.add(
                BigDecimal.valueOf(i.costSen() * (long) elapsed)
                    .divide(BigDecimal.valueOf(i.weeks()), 12, RoundingMode.HALF_EVEN));
      }
    }
    return Percent.rounded(
        done.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(totalSen()), Percent.SCALE, RoundingMode.HALF_EVEN),
        RoundingMode.UNNECESSARY);
  }

  /**
   * Physical progress from volumes done per item — <i>bobot × volume terpasang</i>: the sum over
   * items of weight × (done / planned volume), rounded half-even to {@value Percent#SCALE} decimals.
   * Items not named count as not started.
   *
   * @param done volume done per item name
   * @throws IllegalArgumentException naming the item if it is unknown, has no planned volume, or its
   *     done volume is negative or above its planned volume
   */
  public Percent weightedPercent(Map<String, BigDecimal> done) {
    requireNonNull(done, "done");
    for (String name : done.keySet()) {
      checkArgument(
          items.stream().anyMatch(i -> i.name().equals(name)), "RAB has no item '%s'", name);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (RabItem i : items) {
      BigDecimal d = done.get(i.name());
      if (d == null) {
        continue;
      }
      checkArgument(i.volume().isPresent(), "RAB item '%s' has no planned volume to report against", i.name());
      BigDecimal planned = i.volume().get();
      checkArgument(d.signum() >= 0, "RAB item '%s': volume done %s is negative", i.name(), d.toPlainString());
      checkArgument(
          d.compareTo(planned) <= 0,
          "RAB item '%s': volume done %s exceeds the planned %s %s",
          i.name(),
          d.toPlainString(),
          planned.toPlainString(),
          i.unit());
      sum = sum.add(BigDecimal.valueOf(i.costSen()).multiply(d).divide(planned, 12, RoundingMode.HALF_EVEN));
    }
    BigDecimal pct =
        sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(totalSen()), Percent.SCALE, RoundingMode.HALF_EVEN);
    return Percent.of(pct.min(BigDecimal.valueOf(100)));
  }
}
