package id.smartkampung.monitoring.rollup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.evidence.PhotoRegistry;
import id.smartkampung.monitoring.flag.RiskScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monitoring roll-up of a district — <i>rekapitulasi pemantauan kabupaten</i>: every village's
 * roll-up, ranked by risk (village score highest first, then its highest project score, then the
 * village code), and the district's total score.
 *
 * <p>{@link #assess} builds the district's {@link PhotoRegistry} from all projects first, so a photo
 * reused in another project or village is found; the work is linear in projects, reports and photos.
 *
 * @param name the district (kabupaten); never null
 * @param date the assessment date; never null
 * @param villages the villages' roll-ups, ranked; never null
 * @param risk the district's total risk score; never null
 */
@Api(Api.Status.STABLE)
public record DistrictRollup(String name, LocalDate date, ImmutableList<VillageRollup> villages, RiskScore risk) {
  /** The ranking of villages within a district. */
  public static final Comparator<VillageRollup> RANKING =
      Comparator.comparing(VillageRollup::risk)
          .thenComparing(VillageRollup::highestProjectRisk)
          .reversed()
          .thenComparing(v -> v.village().code());

  public DistrictRollup {
    requireNonNull(name, "name");
    requireNonNull(date, "date");
    requireNonNull(villages, "villages");
    requireNonNull(risk, "risk");
  }

  /** The roll-up of the given village roll-ups. */
  public static DistrictRollup of(String name, LocalDate date, Collection<VillageRollup> villages) {
    RiskScore total = RiskScore.ZERO;
    for (VillageRollup v : villages) {
      total = total.plus(v.risk());
    }
    return new DistrictRollup(name, date, ImmutableList.sortedCopyOf(RANKING, villages), total);
  }

  /**
   * Assesses every project of the district at {@code date} against a photo registry of all of them
   * and rolls the results up per village.
   *
   * @throws IllegalArgumentException if two projects name the same village code with different
   *     village data, or one village has two projects with the same id
   */
  public static DistrictRollup assess(
      String name, LocalDate date, Collection<MonitoredProject> projects, ProjectAssessor assessor) {
    requireNonNull(name, "name");
    requireNonNull(date, "date");
    requireNonNull(assessor, "assessor");
    PhotoRegistry registry = MonitoredProject.photoRegistry(projects);
    Map<String, Village> villages = new LinkedHashMap<>();
    Map<String, List<ProjectAssessment>> byVillage = new LinkedHashMap<>();
    Map<String, java.util.Set<String>> ids = new java.util.HashMap<>();
    for (MonitoredProject mp : projects) {
      Village v = mp.project().village();
      Village known = villages.putIfAbsent(v.code(), v);
      if (known != null && !known.equals(v)) {
        throw new IllegalArgumentException("village code " + v.code() + " is given as both " + known + " and " + v);
      }
      if (!ids.computeIfAbsent(v.code(), c -> new java.util.HashSet<>()).add(mp.project().id().value())) {
        throw new IllegalArgumentException("village " + v.code() + " has two projects with id " + mp.project().id());
      }
      byVillage.computeIfAbsent(v.code(), c -> new ArrayList<>()).add(assessor.assess(mp, date, registry));
    }
    List<VillageRollup> rollups = new ArrayList<>(byVillage.size());
    byVillage.forEach((code, list) -> rollups.add(VillageRollup.of(villages.get(code), date, list)));
    return of(name, date, rollups);
  }

  /** The roll-up of one village, if the district has it. */
  public java.util.Optional<VillageRollup> village(String code) {
    return villages.stream().filter(v -> v.village().code().equals(code)).findFirst();
  }

  /** How many projects were assessed. */
  public int projectCount() {
    int n = 0;
    for (VillageRollup v : villages) {
      n += v.projects().size();
    }
    return n;
  }
}
