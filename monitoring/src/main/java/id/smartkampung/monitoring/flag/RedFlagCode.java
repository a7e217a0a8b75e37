package id.smartkampung.monitoring.flag;

import id.smartkampung.core.Api;

/**
 * The kinds of red flag — <i>jenis tanda bahaya</i> — of DESIGN §4: the patterns behind most Dana
 * Desa cases (mark-up, fictitious or reduced-volume works, funds drawn ahead of the work). Each has
 * a stable code for reports and the severity it usually carries; the assessment may raise it (e.g.
 * fully paid but unfinished is critical).
 */
@Api(Api.Status.STABLE)
public enum RedFlagCode {
  /** Paid share of BAC ahead of physical progress by more than the margin, or fully paid but unfinished. */
  SPENDING_AHEAD_OF_PROGRESS("spending-ahead", FlagSeverity.HIGH),
  /** Behind the planned S-curve, but not yet critical. */
  BEHIND_SCHEDULE("behind-schedule", FlagSeverity.LOW),
  /** <i>Kontrak kritis</i> (Permen PU 07/2011): too far behind for the stage of the plan, or late past the year. */
  KONTRAK_KRITIS("kontrak-kritis", FlagSeverity.HIGH),
  /** No progress report for longer than the staleness limit. */
  STALE_REPORT("stale-report", FlagSeverity.MEDIUM),
  /** Work reported but no 0 % baseline photo before it. */
  NO_BASELINE_PHOTO("no-baseline-photo", FlagSeverity.MEDIUM),
  /** A photo taken farther from the site than max(minimum radius, factor × GPS accuracy). */
  PHOTO_OFF_SITE("photo-off-site", FlagSeverity.HIGH),
  /** The same photo file (hash) in several reports of the project, or in another project or village. */
  PHOTO_REUSED("photo-reused", FlagSeverity.HIGH),
  /** Unit cost (BAC or realised) above the district benchmark (HSPK/SSH) by more than the tolerance. */
  UNIT_COST_ABOVE_BENCHMARK("unit-cost-above-benchmark", FlagSeverity.HIGH),
  /** Reported complete but the measured output volume falls short of the target. */
  VOLUME_SHORTFALL("volume-shortfall", FlagSeverity.CRITICAL),
  /** A report's cumulative progress is lower than an earlier report's. */
  PROGRESS_BACKWARDS("progress-backwards", FlagSeverity.MEDIUM),
  /** The earned-schedule forecast finish lies after 31 December of the fiscal year. */
  FORECAST_AFTER_YEAR_END("forecast-after-year-end", FlagSeverity.HIGH);

  private final String code;
  private final FlagSeverity defaultSeverity;

  RedFlagCode(String code, FlagSeverity defaultSeverity) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
  }

  /** The stable code, e.g. {@code spending-ahead}. */
  public String code() {
    return code;
  }

  /** The severity the flag usually carries. */
  public FlagSeverity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public String toString() {
    return code;
  }
}
