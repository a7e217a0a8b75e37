package id.smartkampung.monitoring.project;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import java.util.regex.Pattern;

/**
 * The identifier of a physical project — <i>kode kegiatan fisik</i> — unique within its village,
 * e.g. {@code 2025-02.03.10-01}: 1–64 letters, digits, {@code . _ / -}.
 *
 * @param value the identifier; never null
 */
@Api(Api.Status.STABLE)
public record ProjectId(String value) implements Comparable<ProjectId> {
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._/-]{1,64}");

  public ProjectId {
    requireNonNull(value, "value");
    checkArgument(
        FORMAT.matcher(value).matches(),
        "project id '%s' is malformed: 1-64 letters, digits, '.', '_', '/' or '-'",
        value);
  }

  /**
   * Parses an identifier.
   *
   * @throws IllegalArgumentException if it is malformed
   */
  public static ProjectId of(String value) {
    return new ProjectId(value);
  }

  @Override
  public int compareTo(ProjectId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
