package id.smartkampung.monitoring.rollup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.flag.RiskScore;
import id.smartkampung.monitoring.tranche.Absorption;
import id.smartkampung.monitoring.tranche.DanaDesaOutput;
import id.smartkampung.monitoring.tranche.OutputActivity;
import id.smartkampung.monitoring.tranche.TrancheEligibility;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The monitoring roll-up of one village — <i>rekapitulasi pemantauan desa</i>: all its projects'
 * assessments, ranked by risk, with the village's risk score, counts by status and the Dana Desa
 * output achievement.
 *
 * <p>Projects are ranked by risk score (highest first), then by deviation (furthest behind first),
 * then by project id. The village's score is the sum of its projects' ({@link RiskScore}).
 *
 * @param village the village; never null
 * @param date the assessment date; never null
 * @param projects the assessments, ranked; never null
 * @param risk the village's risk score; never null
 */
@Api(Api.Status.STABLE)
public record VillageRollup(Village village, LocalDate date, ImmutableList<ProjectAssessment> projects, RiskScore risk) {
  /** The ranking of projects within a village. */
  public static final Comparator<ProjectAssessment> RANKING =
      Comparator.comparing(ProjectAssessment::risk)
          .reversed()
          .thenComparing(ProjectAssessment::deviationPp)
          .thenComparing(a -> a.project().id());

  public VillageRollup {
    requireNonNull(village, "village");
    requireNonNull(date, "date");
    requireNonNull(projects, "projects");
    requireNonNull(risk, "risk");
  }

  /**
   * The roll-up of a village's assessments (all of that village and that date).
   *
   * @throws IllegalArgumentException if an assessment is of another village or another date
   */
  public static VillageRollup of(Village village, LocalDate date, Collection<ProjectAssessment> assessments) {
    requireNonNull(village, "village");
    requireNonNull(date, "date");
    RiskScore total = RiskScore.ZERO;
    for (ProjectAssessment a : assessments) {
      if (!a.project().village().code().equals(village.code())) {
        throw new IllegalArgumentException("project " + a.project().id() + " belongs to village "
            + a.project().village().code() + ", not " + village.code());
      }
      if (!a.date().equals(date)) {
        throw new IllegalArgumentException("project " + a.project().id() + " was assessed at " + a.date() + ", not " + date);
      }
      total = total.plus(a.risk());
    }
    return new VillageRollup(village, date, ImmutableList.sortedCopyOf(RANKING, assessments), total);
  }

  /** The highest single project score (0 without projects). */
  public RiskScore highestProjectRisk() {
    return projects.isEmpty() ? RiskScore.ZERO : projects.get(0).risk();
  }

  /** How many projects have each status (statuses with none are left out). */
  public ImmutableSortedMap<ProjectStatus, Integer> statusCounts() {
    Map<ProjectStatus, Integer> m = new EnumMap<>(ProjectStatus.class);
    for (ProjectAssessment a : projects) {
      m.merge(a.status(), 1, Integer::sum);
    }
    return ImmutableSortedMap.copyOf(m);
  }

  /**
   * The mean physical progress of the village's projects funded (wholly or partly) by Dana Desa,
   * rounded half-even to {@value Percent#SCALE} decimals; empty when it has none. Only projects: for
   * the tranche gate, which counts every Dana Desa activity (BLT, trainings, capital), use {@link
   * #danaDesaOutput(Collection)}.
   */
  public Optional<Percent> danaDesaOutput() {
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    for (ProjectAssessment a : projects) {
      if (a.project().isDanaDesaFunded()) {
        sum = sum.add(a.actual().value());
        n++;
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(Percent.rounded(sum.divide(BigDecimal.valueOf(n), Percent.SCALE, RoundingMode.HALF_EVEN), RoundingMode.UNNECESSARY));
  }

  /** Whether the village may receive a Dana Desa tranche, given its absorption. */
  public TrancheEligibility trancheEligibility(PolicyPack pack, int tranche, Absorption absorption) {
    Optional<Percent> output = danaDesaOutput();
    return output.isPresent() ? TrancheEligibility.evaluate(pack, tranche, absorption, output.get()) : TrancheEligibility.evaluate(pack, tranche, absorption);
  }

  /**
   * Dana Desa output achievement per activity — <i>capaian keluaran per kegiatan Dana Desa</i>: the
   * village's Dana Desa-funded projects (target volume × actual progress, see {@link
   * OutputActivity#ofProject(ProjectAssessment)}) together with its other Dana Desa activities, physical
   * or not (BLT family-months, trainings, capital paid in), each realised ÷ target, averaged
   * unweighted ({@link DanaDesaOutput}). This is the figure the tranche gate reads.
   */
  public DanaDesaOutput danaDesaOutput(Collection<OutputActivity> otherActivities) {
    requireNonNull(otherActivities, "otherActivities");
    ImmutableList.Builder<OutputActivity> b = ImmutableList.builder();
    for (ProjectAssessment a : projects) {
      if (a.project().isDanaDesaFunded()) {
        b.add(OutputActivity.ofProject(a));
      }
    }
    return new DanaDesaOutput(b.addAll(otherActivities).build());
  }

  /** Whether the village may receive a Dana Desa tranche, on its output per Dana Desa activity. */
  public TrancheEligibility trancheEligibility(PolicyPack pack, int tranche, Absorption absorption, Collection<OutputActivity> otherActivities) {
    Optional<Percent> output = danaDesaOutput(otherActivities).average();
    return output.isPresent()
        ? TrancheEligibility.evaluate(pack, tranche, absorption, output.get())
        : TrancheEligibility.evaluate(pack, tranche, absorption);
  }
}
