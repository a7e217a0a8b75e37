package id.smartkampung.monitoring.earnedvalue;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.plan.PlannedCurve;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Earned schedule of a project — <i>jadwal yang dicapai</i> — after Walt Lipke, "Schedule is
 * Different" (The Measurable News, 2003), as adopted in the PMI Practice Standard for Earned Value
 * Management (2nd ed., appendix D):
 *
 * <ul>
 *   <li>ES = C + (EV − PV<sub>C</sub>) / (PV<sub>C+1</sub> − PV<sub>C</sub>), where C is the last
 *       period whose cumulative PV is ≤ EV (with several such periods on a flat stretch of the plan,
 *       the latest); ES = the planned duration once EV reaches BAC;
 *   <li>SV(t) = ES − AT, SPI(t) = ES / AT, where AT is the actual time elapsed, in periods;
 *   <li>forecast duration IEAC(t) = planned duration / SPI(t) = PD × AT / ES, and the forecast
 *       finish = start + IEAC(t) periods, rounded up to a whole day.
 * </ul>
 *
 * <p>ES, AT, SV(t) and SPI(t) are {@link BigDecimal}s with {@value #SCALE} decimals, half-even.
 * <b>Division by zero:</b> SPI(t) is absent when AT ≤ 0 (the status date is not after the start);
 * the forecast duration and finish are absent when SPI(t) is absent or ES = 0 (nothing earned).
 */
@Api(Api.Status.EXPERIMENTAL)
public final class EarnedSchedule {
  /** Decimal places of ES, AT, SV(t), SPI(t) and the forecast duration. */
  public static final int SCALE = 6;

  private final BigDecimal es;
  private final BigDecimal at;
  private final int plannedDuration;
  private final Optional<BigDecimal> forecastDuration;
  private final Optional<LocalDate> forecastFinish;

  private EarnedSchedule(
      BigDecimal es, BigDecimal at, int plannedDuration, Optional<BigDecimal> forecastDuration, Optional<LocalDate> forecastFinish) {
    this.es = es;
    this.at = at;
    this.plannedDuration = plannedDuration;
    this.forecastDuration = forecastDuration;
    this.forecastFinish = forecastFinish;
  }

  /**
   * Earned schedule on a cumulative planned-value series (money, percent, any unit: only ratios
   * matter): {@code cumulativePv.get(k)} is PV at the end of period k, from PV<sub>0</sub> = 0 to
   * PV<sub>n</sub> = BAC; {@code earned} is EV in the same unit; {@code actualTime} is AT in periods.
   *
   * @throws IllegalArgumentException if the series has fewer than two points, does not start at 0,
   *     decreases, or EV is negative or above the last point
   */
  public static EarnedSchedule compute(List<BigDecimal> cumulativePv, BigDecimal earned, BigDecimal actualTime) {
    requireNonNull(cumulativePv, "cumulativePv");
    requireNonNull(earned, "earned");
    requireNonNull(actualTime, "actualTime");
    int n = cumulativePv.size() - 1;
    checkArgument(n >= 1, "a PV series has at least two points");
    checkArgument(cumulativePv.get(0).signum() == 0, "a PV series starts at 0");
    for (int i = 1; i <= n; i++) {
      checkArgument(cumulativePv.get(i).compareTo(cumulativePv.get(i - 1)) >= 0, "a PV series never decreases (point %s)", i);
    }
    BigDecimal bac = cumulativePv.get(n);
    checkArgument(earned.signum() >= 0 && earned.compareTo(bac) <= 0, "EV %s is outside 0..%s", earned, bac);
    BigDecimal es = earnedSchedule(cumulativePv, earned);
    return of(es, actualTime.setScale(SCALE, RoundingMode.HALF_EVEN), n, Optional.empty());
  }

  /**
   * Earned schedule of a plan at a status date with the given earned percentage. AT is measured from
   * the plan's start to {@code statusDate} in periods (fractional, by day).
   */
  public static EarnedSchedule of(PlannedCurve plan, Percent earned, LocalDate statusDate) {
    requireNonNull(plan, "plan");
    requireNonNull(earned, "earned");
    List<Percent> cum = plan.cumulative();
    BigDecimal es = earnedSchedule(new java.util.AbstractList<BigDecimal>() {
      @Override
      public BigDecimal get(int index) {
        return cum.get(index).value();
      }

      @Override
      public int size() {
        return cum.size();
      }
    }, earned.value());
    return of(es, plan.periodsElapsed(statusDate), plan.periods(), Optional.of(plan));
  }

  private static EarnedSchedule of(BigDecimal es, BigDecimal at, int n, Optional<PlannedCurve> plan) {
    Optional<BigDecimal> fd = Optional.empty();
    Optional<LocalDate> ff = Optional.empty();
    if (at.signum() > 0 && es.signum() > 0) {
      BigDecimal d = BigDecimal.valueOf(n).multiply(at).divide(es, SCALE, RoundingMode.HALF_EVEN);
      fd = Optional.of(d);
      ff = plan.map(p -> p.dateAfterPeriods(d));
    }
    return new EarnedSchedule(es, at, n, fd, ff);
  }

  /** ES by Lipke's interpolation; binary search for C (the series is non-decreasing). */
  private static BigDecimal earnedSchedule(List<BigDecimal> pv, BigDecimal ev) {
    int n = pv.size() - 1;
    if (ev.compareTo(pv.get(n)) >= 0) {
      return BigDecimal.valueOf(n).setScale(SCALE);
    }
    // the last index c with pv[c] <= ev; pv[0] = 0 <= ev, pv[n] > ev
    int lo = 0;
    int hi = n;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (pv.get(mid).compareTo(ev) <= 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    int c = lo;
    BigDecimal num = ev.subtract(pv.get(c));
    BigDecimal den = pv.get(c + 1).subtract(pv.get(c));
    return BigDecimal.valueOf(c).add(num.divide(den, SCALE, RoundingMode.HALF_EVEN));
  }

  /** Earned schedule ES, in periods. */
  public BigDecimal es() {
    return es;
  }

  /** Actual time AT, in periods. */
  public BigDecimal at() {
    return at;
  }

  /** The planned duration PD, in periods. */
  public int plannedDuration() {
    return plannedDuration;
  }

  /** SV(t) = ES − AT, in periods (negative: behind). */
  public BigDecimal svT() {
    return es.subtract(at);
  }

  /** SPI(t) = ES / AT; absent when AT ≤ 0. */
  public Optional<BigDecimal> spiT() {
    if (at.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(es.divide(at, SCALE, RoundingMode.HALF_EVEN));
  }

  /** Forecast duration IEAC(t) = PD / SPI(t), in periods; absent when AT ≤ 0 or ES = 0. */
  public Optional<BigDecimal> forecastDuration() {
    return forecastDuration;
  }

  /** Forecast finish date; absent with the forecast duration (and for {@link #compute} results). */
  public Optional<LocalDate> forecastFinish() {
    return forecastFinish;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EarnedSchedule e
        && e.es.equals(es)
        && e.at.equals(at)
        && e.plannedDuration == plannedDuration
        && e.forecastDuration.equals(forecastDuration)
        && e.forecastFinish.equals(forecastFinish);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(es, at, plannedDuration, forecastDuration, forecastFinish);
  }

  @Override
  public String toString() {
    return "ES=" + es + " AT=" + at + " PD=" + plannedDuration + forecastFinish.map(d -> " finish~" + d).orElse("");
  }
}
