package id.smartkampung.monitoring.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.monitoring.Percent;
import java.math.BigDecimal;

/**
 * The thresholds of the assessment — <i>ambang batas pemantauan</i> — in one value, so that a
 * district can tune them without code. {@link #defaults()}:
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>threshold</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code kritisStageBoundary}</td><td>70 %</td><td>planned progress dividing the early and
 *       late stage of <i>kontrak kritis</i> (Permen PU 07/2011)</td></tr>
 *   <tr><td>{@code kritisEarlyPp}</td><td>10 pp</td><td>critical while planned ≤ boundary and more
 *       than this far behind</td></tr>
 *   <tr><td>{@code kritisLatePp}</td><td>5 pp</td><td>critical while planned &gt; boundary and more
 *       than this far behind (or the forecast finish is after 31 December)</td></tr>
 *   <tr><td>{@code spendingAheadMarginPp}</td><td>10 pp</td><td>flag when paid % of BAC exceeds
 *       physical % by more than this</td></tr>
 *   <tr><td>{@code staleAfterDays}</td><td>14 days</td><td>flag an unfinished, started project
 *       with no report for more than this (two missed weekly reports)</td></tr>
 *   <tr><td>{@code gpsMinRadiusMeters}</td><td>50 m</td><td>a photo is on site within
 *       max(this, factor × GPS accuracy) of the site</td></tr>
 *   <tr><td>{@code gpsAccuracyFactor}</td><td>2</td><td>the factor on the reported GPS accuracy</td></tr>
 *   <tr><td>{@code unitCostTolerance}</td><td>0.10</td><td>flag a unit cost above benchmark × (1 +
 *       this); allows for the non-construction share of a budget (signboard, administration)</td></tr>
 *   <tr><td>{@code volumeShortfallTolerance}</td><td>0.02</td><td>flag a project reported complete
 *       whose measured volume is below target × (1 − this); allows for measuring error</td></tr>
 * </table>
 *
 * <p>An immutable value; {@code with…} methods return a changed copy.
 */
@Api(Api.Status.EXPERIMENTAL)
public record MonitoringThresholds(
    Percent kritisStageBoundary,
    BigDecimal kritisEarlyPp,
    BigDecimal kritisLatePp,
    BigDecimal spendingAheadMarginPp,
    int staleAfterDays,
    double gpsMinRadiusMeters,
    double gpsAccuracyFactor,
    BigDecimal unitCostTolerance,
    BigDecimal volumeShortfallTolerance) {

  private static final MonitoringThresholds DEFAULTS =
      new MonitoringThresholds(
          Percent.of(70),
          BigDecimal.TEN,
          BigDecimal.valueOf(5),
          BigDecimal.TEN,
          14,
          50,
          2,
          new BigDecimal("0.10"),
          new BigDecimal("0.02"));

  public MonitoringThresholds {
    requireNonNull(kritisStageBoundary, "kritisStageBoundary");
    requireNonNull(kritisEarlyPp, "kritisEarlyPp");
    requireNonNull(kritisLatePp, "kritisLatePp");
    requireNonNull(spendingAheadMarginPp, "spendingAheadMarginPp");
    requireNonNull(unitCostTolerance, "unitCostTolerance");
    requireNonNull(volumeShortfallTolerance, "volumeShortfallTolerance");
    checkArgument(kritisEarlyPp.signum() >= 0, "kritisEarlyPp is not negative");
    checkArgument(kritisLatePp.signum() >= 0, "kritisLatePp is not negative");
    checkArgument(spendingAheadMarginPp.signum() >= 0, "spendingAheadMarginPp is not negative");
    checkArgument(staleAfterDays >= 1, "staleAfterDays is at least 1");
    checkArgument(Double.isFinite(gpsMinRadiusMeters) && gpsMinRadiusMeters >= 0, "gpsMinRadiusMeters is not negative");
    checkArgument(Double.isFinite(gpsAccuracyFactor) && gpsAccuracyFactor >= 0, "gpsAccuracyFactor is not negative");
    checkArgument(unitCostTolerance.signum() >= 0, "unitCostTolerance is not negative");
    checkArgument(
        volumeShortfallTolerance.signum() >= 0 && volumeShortfallTolerance.compareTo(BigDecimal.ONE) < 0,
        "volumeShortfallTolerance lies in [0, 1)");
  }

  /** The documented defaults (see the table above). */
  public static MonitoringThresholds defaults() {
    return DEFAULTS;
  }

  /** The radius within which a photo with the given GPS accuracy counts as on site: max(min, factor × accuracy). */
  public double onSiteRadiusMeters(double accuracyMeters) {
    return Math.max(gpsMinRadiusMeters, gpsAccuracyFactor * accuracyMeters);
  }

  /** With another kontrak-kritis stage boundary. */
  public MonitoringThresholds withKritisStageBoundary(Percent v) {
    return new MonitoringThresholds(v, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance);
  }

  /** With another early-stage kontrak-kritis deviation. */
  public MonitoringThresholds withKritisEarlyPp(BigDecimal v) {
    return new MonitoringThresholds(kritisStageBoundary, v, kritisLatePp, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance);
  }

  /** With another late-stage kontrak-kritis deviation. */
  public MonitoringThresholds withKritisLatePp(BigDecimal v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, v, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance);
  }

  /** With another spending-ahead margin. */
  public MonitoringThresholds withSpendingAheadMarginPp(BigDecimal v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, v, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance);
  }

  /** With another staleness limit. */
  public MonitoringThresholds withStaleAfterDays(int v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, v, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance);
  }

  /** With another minimum on-site radius. */
  public MonitoringThresholds withGpsMinRadiusMeters(double v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, staleAfterDays, v, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance);
  }

  /** With another GPS accuracy factor. */
  public MonitoringThresholds withGpsAccuracyFactor(double v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, v, unitCostTolerance, volumeShortfallTolerance);
  }

  /** With another unit-cost tolerance. */
  public MonitoringThresholds withUnitCostTolerance(BigDecimal v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, v, volumeShortfallTolerance);
  }

  /** With another volume-shortfall tolerance. */
  public MonitoringThresholds withVolumeShortfallTolerance(BigDecimal v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, v);
  }
}
