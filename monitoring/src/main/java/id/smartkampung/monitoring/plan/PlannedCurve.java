package id.smartkampung.monitoring.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.monitoring.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The planned S-curve — <i>kurva S rencana</i>: cumulative planned physical progress at the end of
 * each period (usually a week) from the project's start, always rising from 0 % to 100 %.
 *
 * <p>Built either from the cost plan ({@link #fromRab}: weight = item cost / total, spread evenly
 * over the item's weeks, accumulated) or given directly as cumulative percentages per period
 * ({@link #ofCumulative}). Between period ends the plan is interpolated linearly by day.
 *
 * <p>An immutable value. Guarantees: {@code cumulative().get(0)} is 0 %, the last is 100 %, the
 * sequence never decreases, and {@link #plannedAt} is monotone in the date. Invalid plans are refused
 * with an {@link IllegalArgumentException} that says which point is wrong.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class PlannedCurve {
  /** The longest period accepted, in days. */
  public static final int MAX_PERIOD_DAYS = 366;

  private final LocalDate start;
  private final int periodDays;
  private final ImmutableList<Percent> cumulative;
  private final Optional<Rab> rab;

  private PlannedCurve(LocalDate start, int periodDays, ImmutableList<Percent> cumulative, Optional<Rab> rab) {
    this.start = start;
    this.periodDays = periodDays;
    this.cumulative = cumulative;
    this.rab = rab;
  }

  /**
   * A plan given as cumulative percentages at the end of each period: point 0 is the start (0 %),
   * point {@code i} the end of period {@code i}, the last point 100 %.
   *
   * @throws IllegalArgumentException if there are fewer than two points, the first is not 0 %, the
   *     last is not 100 %, a point falls below the one before, or the period is not 1–366 days
   */
  public static PlannedCurve ofCumulative(LocalDate start, int periodDays, List<Percent> cumulative) {
    requireNonNull(start, "start");
    requireNonNull(cumulative, "cumulative");
    checkArgument(
        periodDays >= 1 && periodDays <= MAX_PERIOD_DAYS,
        "a plan's period is 1-%s days, got %s",
        MAX_PERIOD_DAYS,
        periodDays);
    checkArgument(
        cumulative.size() >= 2,
        "a plan has at least two points (0%% at the start, 100%% at the end), got %s",
        cumulative.size());
    checkArgument(
        cumulative.size() <= RabItem.MAX_WEEK + 1,
        "a plan has at most %s periods, got %s",
        RabItem.MAX_WEEK,
        cumulative.size() - 1);
    for (int i = 0; i < cumulative.size(); i++) {
      requireNonNull(cumulative.get(i), "point " + i);
    }
    checkArgument(cumulative.get(0).isZero(), "plan point 0 is %s: a plan starts at 0%%", cumulative.get(0));
    Percent last = cumulative.get(cumulative.size() - 1);
    checkArgument(
        last.isComplete(), "plan point %s is %s: a plan ends at 100%%", cumulative.size() - 1, last);
    for (int i = 1; i < cumulative.size(); i++) {
      checkArgument(
          !cumulative.get(i).isBelow(cumulative.get(i - 1)),
          "plan point %s (%s) is below point %s (%s): a cumulative plan never decreases",
          i,
          cumulative.get(i),
          i - 1,
          cumulative.get(i - 1));
    }
    return new PlannedCurve(start, periodDays, ImmutableList.copyOf(cumulative), Optional.empty());
  }

  /** A weekly plan from a RAB: weight_i = cost_i / total, spread evenly over each item's weeks. */
  public static PlannedCurve fromRab(LocalDate start, Rab rab) {
    requireNonNull(start, "start");
    requireNonNull(rab, "rab");
    int n = rab.weeks();
    ImmutableList.Builder<Percent> b = ImmutableList.builderWithExpectedSize(n + 1);
    for (int k = 0; k <= n; k++) {
      b.add(rab.plannedAtWeek(k));
    }
    return new PlannedCurve(start, 7, b.build(), Optional.of(rab));
  }

  /** The start date (day 0, 0 %); never null. */
  public LocalDate start() {
    return start;
  }

  /** The length of a period in days (7 for weekly plans). */
  public int periodDays() {
    return periodDays;
  }

  /** The number of periods (the planned duration, in periods). */
  public int periods() {
    return cumulative.size() - 1;
  }

  /** The planned finish: the day the plan reaches 100 % ({@code start + periods × periodDays}). */
  public LocalDate finish() {
    return start.plusDays((long) periods() * periodDays);
  }

  /** Cumulative planned progress at the end of each period, from point 0 (0 %) to the last (100 %). */
  public ImmutableList<Percent> cumulative() {
    return cumulative;
  }

  /** The RAB this plan was built from, if it was. */
  public Optional<Rab> rab() {
    return rab;
  }

  /**
   * Planned progress at {@code date}: 0 % up to the start, 100 % from the finish, linear by day in
   * between, rounded half-even to {@value Percent#SCALE} decimals.
   */
  public Percent plannedAt(LocalDate date) {
    long days = ChronoUnit.DAYS.between(start, requireNonNull(date, "date"));
    if (days <= 0) {
      return Percent.ZERO;
    }
    if (days >= (long) periods() * periodDays) {
      return Percent.HUNDRED;
    }
    int k = (int) (days / periodDays);
    int r = (int) (days % periodDays);
    Percent lo = cumulative.get(k);
    if (r == 0) {
      return lo;
    }
    BigDecimal step = cumulative.get(k + 1).minus(lo);
    return Percent.rounded(
        lo.value().add(step.multiply(BigDecimal.valueOf(r)).divide(BigDecimal.valueOf(periodDays), Percent.SCALE + 2, RoundingMode.HALF_EVEN)),
        RoundingMode.HALF_EVEN);
  }

  /** Time elapsed from the start to {@code date}, in periods (negative before the start), scale 6. */
  public BigDecimal periodsElapsed(LocalDate date) {
    long days = ChronoUnit.DAYS.between(start, requireNonNull(date, "date"));
    return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(periodDays), 6, RoundingMode.HALF_EVEN);
  }

  /** The date {@code periods} periods after the start, rounded up to a whole day. */
  public LocalDate dateAfterPeriods(BigDecimal periodsFromStart) {
    BigDecimal days = periodsFromStart.multiply(BigDecimal.valueOf(periodDays)).setScale(0, RoundingMode.CEILING);
    return start.plusDays(days.longValueExact());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlannedCurve c
        && c.start.equals(start)
        && c.periodDays == periodDays
        && c.cumulative.equals(cumulative)
        && c.rab.equals(rab);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, periodDays, cumulative, rab);
  }

  @Override
  public String toString() {
    return "PlannedCurve from " + start + ", " + periods() + " x " + periodDays + " days";
  }
}
