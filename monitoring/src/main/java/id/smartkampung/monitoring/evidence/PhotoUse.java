package id.smartkampung.monitoring.evidence;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.monitoring.project.ProjectId;
import java.time.LocalDate;

/**
 * Where a photo was used — <i>pemakaian foto</i>: the village, project and report date.
 *
 * @param villageCode the kode desa; never null
 * @param project the project; never null
 * @param reportDate the date of the report carrying the photo; never null
 */
@Api(Api.Status.STABLE)
public record PhotoUse(String villageCode, ProjectId project, LocalDate reportDate) {
  public PhotoUse {
    requireNonNull(villageCode, "villageCode");
    requireNonNull(project, "project");
    requireNonNull(reportDate, "reportDate");
  }

  /** True when this use is in the given project of the given village. */
  public boolean isIn(String otherVillageCode, ProjectId otherProject) {
    return project.equals(otherProject) && villageCode.equals(otherVillageCode);
  }

  @Override
  public String toString() {
    return villageCode + "/" + project + "@" + reportDate;
  }
}
