package id.smartkampung.monitoring.testkit;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.flag.RedFlagCode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A red flag as a system under audit reports it — <i>tanda bahaya yang teramati</i>: its kind and,
 * for flags about one progress report (photo off site, progress going backwards), the date of that
 * report.
 *
 * @param code the kind, in smartkampung's vocabulary; never null
 * @param report the date of the report the flag is about; null when it is about the project as a whole
 */
@Api(Api.Status.EXPERIMENTAL)
public record ObservedFlag(RedFlagCode code, @Nullable LocalDate report) {
  public ObservedFlag {
    requireNonNull(code, "code");
  }

  /** A flag about the project as a whole. */
  public static ObservedFlag of(RedFlagCode code) {
    return new ObservedFlag(code, null);
  }

  /** A flag about the report of {@code report}. */
  public static ObservedFlag about(RedFlagCode code, LocalDate report) {
    return new ObservedFlag(code, requireNonNull(report, "report"));
  }

  /** The observable part of one of smartkampung's flags (the report date is read from its evidence). */
  public static ObservedFlag of(RedFlag flag) {
    String report = flag.evidence().get("report");
    return new ObservedFlag(flag.code(), report == null ? null : LocalDate.parse(report));
  }
}
