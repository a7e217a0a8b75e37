package id.smartkampung.monitoring.assessment;

import id.smartkampung.core.Api;

/**
 * The schedule status of a project at a date — <i>status kemajuan</i>. Deviation = actual % −
 * planned % in percentage points.
 */
@Api(Api.Status.STABLE)
public enum ProjectStatus {
  /** Nothing planned yet and nothing done (0 % planned, 0 % actual). */
  NOT_STARTED,
  /** Deviation exactly 0. */
  ON_TRACK,
  /** Deviation above 0. */
  AHEAD,
  /** Deviation below 0 but not critical. */
  BEHIND,
  /**
   * Critical — <i>kontrak kritis</i> for a contractor's work (Permen PUPR 14/2020, SSUK; Perlem LKPP
   * 12/2021), <i>deviasi kritis</i> for swakelola by the TPK: while planned ≤ 70 %, more than 10 pp
   * behind; while planned &gt; 70 %, more than 5 pp behind, or behind at all with the forecast
   * finish after 31 December (the thresholds are {@link MonitoringThresholds}).
   */
  CRITICAL,
  /** Reported 100 %. */
  COMPLETED
}
