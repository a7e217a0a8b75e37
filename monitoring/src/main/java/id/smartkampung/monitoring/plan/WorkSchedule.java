package id.smartkampung.monitoring.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * When an item of the cost plan is worked on, and how much of it each week — the item's row in the
 * <i>jadwal pelaksanaan (time schedule)</i> behind the kurva S: a load per worked week. The item's
 * weight is spread over its weeks in proportion to the loads, so {@code {2: 1, 3: 2, 4: 1}} puts a
 * quarter of the item in week 2, half in week 3 and a quarter in week 4; the weeks need not be
 * contiguous (work paused for the harvest or the rains, resumed later).
 *
 * <p>An immutable value: at least one week, weeks 0 … {@value #MAX_WEEK}−1 counted from the
 * project's first week, every load positive. Loads are relative (any positive numbers; percentages
 * of the item are the usual way to write them); equal loads are kept as 1 each. Two schedules are
 * equal when they have the same weeks and numerically equal loads.
 *
 * @param loads the load per worked week, by week; never empty
 */
@Api(Api.Status.EXPERIMENTAL)
public record WorkSchedule(ImmutableSortedMap<Integer, BigDecimal> loads) {
  /** The longest plan accepted, in weeks (a little over two years). */
  public static final int MAX_WEEK = 120;

  public WorkSchedule {
    requireNonNull(loads, "loads");
    checkArgument(!loads.isEmpty(), "a work schedule has at least one week");
    ImmutableSortedMap.Builder<Integer, BigDecimal> b = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<Integer, BigDecimal> e : loads.entrySet()) {
      int week = requireNonNull(e.getKey(), "week");
      BigDecimal load = requireNonNull(e.getValue(), "load of week " + week);
      checkArgument(week >= 0, "week %s is negative: weeks count from 0, the project's first week", week);
      checkArgument(week < MAX_WEEK, "week %s is past the end of the longest plan (%s weeks)", week, MAX_WEEK);
      checkArgument(load.signum() > 0, "week %s: load %s is not positive (leave an idle week out)", week, load.toPlainString());
      b.put(week, normal(load));
    }
    ImmutableSortedMap<Integer, BigDecimal> given = b.build();
    if (given.values().stream().distinct().count() == 1) {
      ImmutableSortedMap.Builder<Integer, BigDecimal> even = ImmutableSortedMap.naturalOrder();
      given.keySet().forEach(w -> even.put(w, BigDecimal.ONE));
      given = even.build();
    }
    loads = given;
  }

  private static BigDecimal normal(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * Even work in {@code weeks} consecutive weeks from {@code startWeek} — the usual bar of a time
   * schedule.
   *
   * @throws IllegalArgumentException if {@code startWeek} is negative, {@code weeks} is below 1, or
   *     the work runs past week {@value #MAX_WEEK}
   */
  public static WorkSchedule contiguous(int startWeek, int weeks) {
    checkArgument(startWeek >= 0, "start week %s is negative", startWeek);
    checkArgument(weeks >= 1, "it lasts at least one week, got %s", weeks);
    checkArgument(
        startWeek + weeks <= MAX_WEEK, "ends after week %s (plans longer than %s weeks are refused)", startWeek + weeks, MAX_WEEK);
    ImmutableSortedMap.Builder<Integer, BigDecimal> b = ImmutableSortedMap.naturalOrder();
    for (int w = startWeek; w < startWeek + weeks; w++) {
      b.put(w, BigDecimal.ONE);
    }
    return new WorkSchedule(b.build());
  }

  /**
   * Even work in the given weeks, which need not be consecutive.
   *
   * @throws IllegalArgumentException if there is no week, a week repeats or is out of range
   */
  public static WorkSchedule inWeeks(Collection<Integer> weeks) {
    requireNonNull(weeks, "weeks");
    Map<Integer, BigDecimal> m = new TreeMap<>();
    for (Integer w : weeks) {
      checkArgument(m.put(requireNonNull(w, "week"), BigDecimal.ONE) == null, "week %s is given twice", w);
    }
    return new WorkSchedule(ImmutableSortedMap.copyOf(m));
  }

  /**
   * Uneven work: a load per worked week (e.g. the item's percentage in each week).
   *
   * @throws IllegalArgumentException if there is no week, a week is out of range, or a load is not
   *     positive
   */
  public static WorkSchedule ofLoads(Map<Integer, BigDecimal> loads) {
    return new WorkSchedule(ImmutableSortedMap.copyOf(requireNonNull(loads, "loads")));
  }

  /** The first worked week. */
  public int firstWeek() {
    return loads.firstKey();
  }

  /** The week after the last worked week. */
  public int endWeek() {
    return loads.lastKey() + 1;
  }

  /** How many weeks are worked (idle weeks between them not counted). */
  public int workedWeeks() {
    return loads.size();
  }

  /** Whether the worked weeks follow each other without a gap. */
  public boolean isContiguous() {
    return endWeek() - firstWeek() == loads.size();
  }

  /** Whether every worked week carries the same load. */
  public boolean isEven() {
    return loads.values().stream().distinct().count() == 1;
  }

  /** The sum of the loads. */
  public BigDecimal totalLoad() {
    BigDecimal t = BigDecimal.ZERO;
    for (BigDecimal v : loads.values()) {
      t = t.add(v);
    }
    return t;
  }

  /** The sum of the loads of the weeks before week {@code k} (the work done by the end of week k−1). */
  public BigDecimal loadBefore(int k) {
    BigDecimal t = BigDecimal.ZERO;
    for (BigDecimal v : loads.headMap(k, false).values()) {
      t = t.add(v);
    }
    return t;
  }

  @Override
  public String toString() {
    return isContiguous() && isEven()
        ? "weeks " + firstWeek() + "-" + (endWeek() - 1)
        : "loads " + loads;
  }
}
