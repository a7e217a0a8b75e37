package id.smartkampung.monitoring.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.PercentagePoints;

/**
 * The thresholds of the assessment — <i>ambang batas pemantauan</i> — in one value, so that a
 * district can tune them without code. {@link #defaults()}:
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>threshold</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code kritisStageBoundary}</td><td>70 %</td><td>planned progress dividing the early
 *       (<i>periode I</i>, 0–70 %) and late (<i>periode II</i>, 70–100 %) stage of <i>kontrak
 *       kritis</i> (Permen PUPR 14/2020, SSUK; Perlem LKPP 12/2021) and of <i>deviasi kritis</i>
 *       for swakelola</td></tr>
 *   <tr><td>{@code kritisEarlyPp}</td><td>10 pp</td><td>critical while planned ≤ boundary and more
 *       than this far behind</td></tr>
 *   <tr><td>{@code kritisLatePp}</td><td>5 pp</td><td>critical while planned &gt; boundary and more
 *       than this far behind (or behind at all and the forecast finish is after 31 December)</td></tr>
 *   <tr><td>{@code spendingAheadMarginPp}</td><td>10 pp</td><td>flag when paid % of BAC exceeds
 *       physical % by more than this</td></tr>
 *   <tr><td>{@code staleAfterDays}</td><td>14 days</td><td>flag an unfinished, started project
 *       with no report for more than this (two missed weekly reports)</td></tr>
 *   <tr><td>{@code gpsMinRadiusMeters}</td><td>50 m</td><td>a photo is on site within
 *       max(this, factor × GPS accuracy) of the site</td></tr>
 *   <tr><td>{@code gpsAccuracyFactor}</td><td>2</td><td>the factor on the reported GPS accuracy</td></tr>
 *   <tr><td>{@code unitCostTolerance}</td><td>10 %</td><td>flag a unit cost above benchmark × (1 +
 *       this); allows for the non-construction share of a budget (signboard, administration)</td></tr>
 *   <tr><td>{@code volumeShortfallTolerance}</td><td>2 %</td><td>flag a project reported complete
 *       whose measured volume is below target × (1 − this); allows for measuring error</td></tr>
 *   <tr><td>{@code unverifiedAfterDays}</td><td>14 days</td><td>flag a project with a report still
 *       unverified more than this after its date (two weekly reporting cycles: a practice setting
 *       of this library, not a regulation's number; tune it to the district's verification
 *       routine)</td></tr>
 *   <tr><td>{@code latePenaltyPerDay}</td><td>0.1 % (1 ‰)</td><td>late-completion penalty of a
 *       contractor per calendar day, of the contract value (here the project's BAC): Perpres
 *       16/2018 Pasal 79(4), as amended by Perpres 12/2021</td></tr>
 *   <tr><td>{@code maxExtensionDays}</td><td>50 days</td><td>the longest extension (<i>pemberian
 *       kesempatan</i>) past the contract's end: Perlem LKPP 12/2021, Permen PUPR 14/2020 SSUK;
 *       an extension beyond it is flagged</td></tr>
 *   <tr><td>{@code retention}</td><td>5 %</td><td>share of the contract value held at the
 *       provisional handover for the maintenance period (<i>retensi</i>; SSUK practice, the article
 *       not confirmed here)</td></tr>
 *   <tr><td>{@code advanceLimit}</td><td>30 %</td><td>the largest contract advance (<i>uang muka</i>,
 *       30 % for small businesses, 20 % otherwise, as the issue states for Perpres 16/2018 as amended;
 *       the article not confirmed here) netted out of spending ahead; an unrecovered advance above
 *       it counts as spending ahead</td></tr>
 * </table>
 *
 * <p>Units: a limit on a deviation or a gap between two percentages is in {@link PercentagePoints}
 * (pp); a tolerance relative to a quantity (a price, a volume) is a {@link Percent} of it.
 *
 * <p>An immutable value; {@code with…} methods return a changed copy.
 */
@Api(Api.Status.EXPERIMENTAL)
public record MonitoringThresholds(
    Percent kritisStageBoundary,
    PercentagePoints kritisEarlyPp,
    PercentagePoints kritisLatePp,
    PercentagePoints spendingAheadMarginPp,
    int staleAfterDays,
    double gpsMinRadiusMeters,
    double gpsAccuracyFactor,
    Percent unitCostTolerance,
    Percent volumeShortfallTolerance,
    int unverifiedAfterDays,
    Percent latePenaltyPerDay,
    int maxExtensionDays,
    Percent retention,
    Percent advanceLimit) {

  private static final MonitoringThresholds DEFAULTS =
      new MonitoringThresholds(
          Percent.of(70),
          PercentagePoints.of(10),
          PercentagePoints.of(5),
          PercentagePoints.of(10),
          14,
          50,
          2,
          Percent.of(10),
          Percent.of(2),
          14,
          Percent.parse("0.1"),
          50,
          Percent.of(5),
          Percent.of(30));

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
    checkArgument(unverifiedAfterDays >= 0, "unverifiedAfterDays is not negative");
    requireNonNull(latePenaltyPerDay, "latePenaltyPerDay");
    requireNonNull(retention, "retention");
    checkArgument(maxExtensionDays >= 0, "maxExtensionDays is not negative");
    requireNonNull(advanceLimit, "advanceLimit");
    checkArgument(Double.isFinite(gpsMinRadiusMeters) && gpsMinRadiusMeters >= 0, "gpsMinRadiusMeters is not negative");
    checkArgument(Double.isFinite(gpsAccuracyFactor) && gpsAccuracyFactor >= 0, "gpsAccuracyFactor is not negative");
    checkArgument(!volumeShortfallTolerance.isComplete(), "volumeShortfallTolerance lies in [0 %%, 100 %%)");
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
    return new MonitoringThresholds(v, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance, unverifiedAfterDays, latePenaltyPerDay, maxExtensionDays, retention, advanceLimit);
  }

  /** With another early-stage kontrak-kritis deviation. */
  public MonitoringThresholds withKritisEarlyPp(PercentagePoints v) {
    return new MonitoringThresholds(kritisStageBoundary, v, kritisLatePp, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance, unverifiedAfterDays, latePenaltyPerDay, maxExtensionDays, retention, advanceLimit);
  }

  /** With another late-stage kontrak-kritis deviation. */
  public MonitoringThresholds withKritisLatePp(PercentagePoints v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, v, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance, unverifiedAfterDays, latePenaltyPerDay, maxExtensionDays, retention, advanceLimit);
  }

  /** With another spending-ahead margin. */
  public MonitoringThresholds withSpendingAheadMarginPp(PercentagePoints v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, v, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance, unverifiedAfterDays, latePenaltyPerDay, maxExtensionDays, retention, advanceLimit);
  }

  /** With another staleness limit. */
  public MonitoringThresholds withStaleAfterDays(int v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, v, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance, unverifiedAfterDays, latePenaltyPerDay, maxExtensionDays, retention, advanceLimit);
  }

  /** With another minimum on-site radius. */
  public MonitoringThresholds withGpsMinRadiusMeters(double v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, staleAfterDays, v, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance, unverifiedAfterDays, latePenaltyPerDay, maxExtensionDays, retention, advanceLimit);
  }

  /** With another GPS accuracy factor. */
  public MonitoringThresholds withGpsAccuracyFactor(double v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, v, unitCostTolerance, volumeShortfallTolerance, unverifiedAfterDays, latePenaltyPerDay, maxExtensionDays, retention, advanceLimit);
  }

  /** With another unit-cost tolerance. */
  public MonitoringThresholds withUnitCostTolerance(Percent v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, v, volumeShortfallTolerance, unverifiedAfterDays, latePenaltyPerDay, maxExtensionDays, retention, advanceLimit);
  }

  /** With another volume-shortfall tolerance. */
  public MonitoringThresholds withVolumeShortfallTolerance(Percent v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, v, unverifiedAfterDays, latePenaltyPerDay, maxExtensionDays, retention, advanceLimit);
  }

  /** With another limit on how long a report may stay unverified. */
  public MonitoringThresholds withUnverifiedAfterDays(int v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance, v, latePenaltyPerDay, maxExtensionDays, retention, advanceLimit);
  }

  /** With another longest extension. */
  public MonitoringThresholds withMaxExtensionDays(int v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance, unverifiedAfterDays, latePenaltyPerDay, v, retention, advanceLimit);
  }

  /** With another late penalty per day. */
  public MonitoringThresholds withLatePenaltyPerDay(Percent v) {
    return new MonitoringThresholds(kritisStageBoundary, kritisEarlyPp, kritisLatePp, spendingAheadMarginPp, staleAfterDays, gpsMinRadiusMeters, gpsAccuracyFactor, unitCostTolerance, volumeShortfallTolerance, unverifiedAfterDays, v, maxExtensionDays, retention, advanceLimit);
  }
}
