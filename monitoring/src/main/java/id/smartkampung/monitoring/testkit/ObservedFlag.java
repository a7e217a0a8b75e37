package id.smartkampung.monitoring.testkit;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.flag.RedFlagCode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A red flag as a system under audit reports it — <i>tanda bahaya yang teramati</i>: its kind and,
 * for flags about one progress report (photo off site, progress going backwards), the date of that
 * report.
 *
 * @param code the kind, in smartkampung's vocabulary; never null
 * @param report the date of the report the flag is about, if it is about one; never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record ObservedFlag(RedFlagCode code, Optional<LocalDate> report) {
  public ObservedFlag {
    requireNonNull(code, "code");
    requireNonNull(report, "report");
  }

  /** A flag about the project as a whole. */
  public static ObservedFlag of(RedFlagCode code) {
    return new ObservedFlag(code, Optional.empty());
  }

  /** A flag about the report of {@code report}. */
  public static ObservedFlag about(RedFlagCode code, LocalDate report) {
    return new ObservedFlag(code, Optional.of(requireNonNull(report, "report")));
  }

  /** The observable part of one of smartkampung's flags (the report date is read from its evidence). */
  public static ObservedFlag of(RedFlag flag) {
    String report = flag.evidence().get("report");
    return new ObservedFlag(flag.code(), Optional.ofNullable(report).map(LocalDate::parse));
  }
}
