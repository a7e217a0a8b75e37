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
   * <i>Kontrak kritis</i> (Permen PU 07/2011): while planned ≤ 70 %, more than 10 pp behind; while
   * planned &gt; 70 %, more than 5 pp behind, or the forecast finish lies after 31 December (the
   * thresholds are {@link MonitoringThresholds}).
   */
  CRITICAL,
  /** Reported 100 %. */
  COMPLETED
}
