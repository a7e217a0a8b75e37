package id.smartkampung.monitoring.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.javamoney.moneta.Money;

/**
 * The cost plan of a physical project — <i>RAB, Rencana Anggaran Biaya</i>: its items with cost and
 * schedule. Each physical item weighs {@code cost / physical total} in the project's physical
 * progress — its <i>bobot</i> ({@link #bobot}); non-physical items (TPK honorarium, stationery,
 * documentation, the signboard) weigh nothing. The planned S-curve ({@link PlannedCurve#fromRab})
 * spreads each weight over the item's weeks in proportion to its weekly loads.
 *
 * <p>An immutable value with at least one item, unique item names, unique item numbers (no number
 * equal to another item's name, so that {@link #item} is never ambiguous) and a positive cost of
 * physical work.
 *
 * @param items the items, in the order given; never empty
 */
@Api(Api.Status.EXPERIMENTAL)
public record Rab(ImmutableList<RabItem> items) {
  public Rab {
    requireNonNull(items, "items");
    checkArgument(!items.isEmpty(), "a RAB has at least one item");
    Set<String> names = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    long total = 0;
    long physical = 0;
    for (RabItem i : items) {
      checkArgument(names.add(i.name()), "RAB item name '%s' appears twice", i.name());
      checkArgument(i.number().isEmpty() || numbers.add(i.number()), "RAB item number '%s' appears twice", i.number());
      total = Math.addExact(total, i.costSen());
      if (i.isPhysical()) {
        physical = Math.addExact(physical, i.costSen());
      }
    }
    for (RabItem i : items) {
      checkArgument(
          !numbers.contains(i.name()) || i.number().equals(i.name()),
          "RAB item name '%s' is also another item's number: finding items by name or number would be ambiguous",
          i.name());
    }
    checkArgument(total > 0, "a RAB's total cost is positive");
    checkArgument(physical > 0, "a RAB's physical work has a positive cost (only non-physical items, or all at Rp0)");
  }

  /** A RAB of the given items. */
  public static Rab of(List<RabItem> items) {
    return new Rab(ImmutableList.copyOf(items));
  }

  /**
   * The item numbered or named {@code nameOrNumber} (the number is tried first), if there is one.
   */
  public Optional<RabItem> item(String nameOrNumber) {
    requireNonNull(nameOrNumber, "nameOrNumber");
    for (RabItem i : items) {
      if (!i.number().isEmpty() && i.number().equals(nameOrNumber)) {
        return Optional.of(i);
      }
    }
    return items.stream().filter(i -> i.name().equals(nameOrNumber)).findFirst();
  }

  /**
   * The weight of the item numbered or named {@code nameOrNumber} in physical progress — its
   * <i>bobot</i>: cost / physical total × 100, rounded half-even to {@value Percent#SCALE} decimals;
   * 0 % for a non-physical item.
   *
   * @throws IllegalArgumentException if the RAB has no such item
   */
  public Percent bobot(String nameOrNumber) {
    RabItem i = item(nameOrNumber).orElseThrow(() -> new IllegalArgumentException("RAB has no item numbered or named '" + nameOrNumber + "'"));
    if (!i.isPhysical()) {
      return Percent.ZERO;
    }
    return Percent.ratio(i.costSen(), physicalSen(), RoundingMode.HALF_EVEN);
  }

  /** The items' physical costs in sen, in item order (0 for a non-physical item). */
  long[] costsSen() {
    long[] c = new long[items.size()];
    for (int i = 0; i < c.length; i++) {
      RabItem item = items.get(i);
      c[i] = item.isPhysical() ? item.costSen() : 0;
    }
    return c;
  }

  private static long sum(long[] costs) {
    long total = 0;
    for (long c : costs) {
      total += c;
    }
    return total;
  }

  private long physicalSen() {
    return sum(costsSen());
  }

  /** The total cost of all items, physical or not — <i>jumlah RAB</i>; never null. */
  public Money total() {
    long t = 0;
    for (RabItem i : items) {
      t += i.costSen();
    }
    return Idr.ofSen(t);
  }

  /** The cost of the physical items, over which the bobot are shared; never null. */
  public Money physicalTotal() {
    return Idr.ofSen(physicalSen());
  }

  /**
   * The number of weeks from the first week to the end of the last physical item (non-physical items
   * do not lengthen the kurva S).
   */
  public int weeks() {
    int end = 0;
    for (RabItem i : items) {
      if (i.isPhysical()) {
        end = Math.max(end, i.endWeek());
      }
    }
    return end;
  }

  /**
   * Planned cumulative progress at the end of week {@code k} (0 … {@link #weeks()}): the sum over
   * physical items of the item's weight times the share of its load scheduled before week {@code k},
   * rounded half-even to {@value Percent#SCALE} decimals. Monotone in {@code k}, exactly 0 % at 0
   * and 100 % at the end.
   */
  public Percent plannedAtWeek(int k) {
    long[] costs = costsSen();
    return plannedAtWeek(k, costs, sum(costs));
  }

  /** {@link #plannedAtWeek(int)} with the physical costs in sen computed once by the caller. */
  Percent plannedAtWeek(int k, long[] costs, long total) {
    BigDecimal done = BigDecimal.ZERO;
    for (int j = 0; j < costs.length; j++) {
      if (costs[j] == 0) {
        continue;
      }
      WorkSchedule s = items.get(j).schedule();
      BigDecimal all = s.totalLoad();
      BigDecimal elapsed = s.loadBefore(k);
      if (elapsed.compareTo(all) == 0) {
        done = done.add(BigDecimal.valueOf(costs[j]));
      } else if (elapsed.signum() > 0) {
        done =
            done.add(
                BigDecimal.valueOf(costs[j]).multiply(elapsed)
                    .divide(all, 12, RoundingMode.HALF_EVEN));
      }
    }
    return Percent.rounded(
        done.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(total), Percent.SCALE, RoundingMode.HALF_EVEN),
        RoundingMode.UNNECESSARY);
  }

  /**
   * Physical progress from volumes done per item — <i>bobot × volume terpasang</i>: the sum over
   * items of weight × (done / planned volume), rounded half-even to {@value Percent#SCALE} decimals.
   * Items may be named by name or number; items not named count as not started.
   *
   * @param done volume done per item name or number
   * @throws IllegalArgumentException naming the item if it is unknown, named twice (by name and by
   *     number), non-physical, has no planned volume, or its done volume is negative or above its
   *     planned volume
   */
  public Percent weightedPercent(Map<String, BigDecimal> done) {
    requireNonNull(done, "done");
    Map<String, BigDecimal> byName = new HashMap<>();
    for (Map.Entry<String, BigDecimal> e : done.entrySet()) {
      RabItem i = item(e.getKey()).orElseThrow(() -> new IllegalArgumentException("RAB has no item '" + e.getKey() + "'"));
      checkArgument(byName.put(i.name(), e.getValue()) == null, "RAB item '%s' is reported twice (by name and by number)", i.name());
      checkArgument(i.isPhysical(), "RAB item '%s' is non-physical: it has no physical progress to report", i.name());
    }
    long[] costs = costsSen();
    BigDecimal sum = BigDecimal.ZERO;
    for (int j = 0; j < costs.length; j++) {
      RabItem i = items.get(j);
      BigDecimal d = byName.get(i.name());
      if (d == null) {
        continue;
      }
      BigDecimal planned = i.volume();
      checkArgument(planned != null, "RAB item '%s' has no planned volume to report against", i.name());
      checkArgument(d.signum() >= 0, "RAB item '%s': volume done %s is negative", i.name(), d.toPlainString());
      checkArgument(
          d.compareTo(planned) <= 0,
          "RAB item '%s': volume done %s exceeds the planned %s %s",
          i.name(),
          d.toPlainString(),
          planned.toPlainString(),
          i.unit());
      sum = sum.add(BigDecimal.valueOf(costs[j]).multiply(d).divide(planned, 12, RoundingMode.HALF_EVEN));
    }
    BigDecimal pct =
        sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(sum(costs)), Percent.SCALE, RoundingMode.HALF_EVEN);
    return Percent.of(pct.min(BigDecimal.valueOf(100)));
  }
}
