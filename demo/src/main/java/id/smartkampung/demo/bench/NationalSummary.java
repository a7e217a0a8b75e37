package id.smartkampung.demo.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import id.smartkampung.monitoring.rollup.VillageRollup;
import id.smartkampung.monitoring.tranche.Absorption;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The national roll-up of the scale run — <i>rekapitulasi nasional</i> — kept small whatever the
 * number of villages: counts and sums, and only the {@code top} riskiest villages (with their
 * district). A district's full {@link DistrictRollup} is folded in and then dropped.
 *
 * <p>It is a <b>mergeable</b> summary (a commutative monoid): {@link #merge} of the summaries of any
 * partition of the districts equals the summary of all of them (the top list ties broken by village
 * code), which is what lets the work be split across threads here, or across machines as the
 * combine step of a distributed engine. Not thread-safe: one per worker, merged at the end.
 */
public final class NationalSummary {
  /** A village in the national risk list. */
  public record VillageRisk(String code, String name, String district, long risk, long highestProjectRisk, int flaggedProjects) {}

  /** Highest risk first, then highest single project, then village code. */
  public static final Comparator<VillageRisk> RANKING =
      Comparator.comparingLong(VillageRisk::risk)
          .thenComparingLong(VillageRisk::highestProjectRisk)
          .reversed()
          .thenComparing(VillageRisk::code);

  private final int top;
  private final PriorityQueue<VillageRisk> riskiest;
  private long districts;
  private long villages;
  private long projects;
  private long reports;
  private long operations;
  private long risk;
  private long trancheTwoEligible;
  private final EnumMap<ProjectStatus, Long> statuses = new EnumMap<>(ProjectStatus.class);
  private final EnumMap<RedFlagCode, Long> flaggedProjects = new EnumMap<>(RedFlagCode.class);

  /** An empty summary keeping the {@code top} riskiest villages. */
  public NationalSummary(int top) {
    checkArgument(top >= 0, "top is not negative");
    this.top = top;
    this.riskiest = new PriorityQueue<>(Math.max(1, top + 1), RANKING.reversed());
  }

  /**
   * Folds in a district: its villages' scores and counts, and which villages pass the Dana Desa
   * tahap II gates of {@code pack} with their absorption (from the ledgers) and output achievement
   * (from monitoring).
   */
  public void addDistrict(DistrictRollup district, Map<String, Absorption> absorption, PolicyPack pack, long operationsPosted) {
    districts++;
    operations += operationsPosted;
    for (VillageRollup v : district.villages()) {
      villages++;
      risk += v.risk().points();
      int flagged = 0;
      for (ProjectAssessment a : v.projects()) {
        projects++;
        statuses.merge(a.status(), 1L, Long::sum);
        if (!a.flags().isEmpty()) {
          flagged++;
        }
        EnumMap<RedFlagCode, Boolean> kinds = new EnumMap<>(RedFlagCode.class);
        a.flags().forEach(f -> kinds.put(f.code(), Boolean.TRUE));
        kinds.keySet().forEach(k -> flaggedProjects.merge(k, 1L, Long::sum));
      }
      Absorption abs = absorption.get(v.village().code());
      if (abs != null && v.trancheEligibility(pack, 2, abs).eligible()) {
        trancheTwoEligible++;
      }
      offer(new VillageRisk(v.village().code(), v.village().name(), district.name(), v.risk().points(), v.highestProjectRisk().points(), flagged));
    }
  }

  /** Counts the progress reports that went through the assessment. */
  public void addReports(long n) {
    reports += n;
  }

  private void offer(VillageRisk r) {
    if (top == 0) {
      return;
    }
    riskiest.add(r);
    if (riskiest.size() > top) {
      riskiest.poll();
    }
  }

  /** Adds the other summary's figures into this one; returns this. */
  public NationalSummary merge(NationalSummary other) {
    districts += other.districts;
    villages += other.villages;
    projects += other.projects;
    reports += other.reports;
    operations += other.operations;
    risk += other.risk;
    trancheTwoEligible += other.trancheTwoEligible;
    other.statuses.forEach((k, n) -> statuses.merge(k, n, Long::sum));
    other.flaggedProjects.forEach((k, n) -> flaggedProjects.merge(k, n, Long::sum));
    other.riskiest.forEach(this::offer);
    return this;
  }

  /** Districts folded in. */
  public long districts() {
    return districts;
  }

  /** Villages. */
  public long villages() {
    return villages;
  }

  /** Projects assessed. */
  public long projects() {
    return projects;
  }

  /** Progress reports assessed. */
  public long reports() {
    return reports;
  }

  /** Ledger operations posted (all accepted). */
  public long operations() {
    return operations;
  }

  /** The national risk score (sum of the villages'). */
  public long risk() {
    return risk;
  }

  /** Villages passing the tahap II gates at the assessment date. */
  public long trancheTwoEligible() {
    return trancheTwoEligible;
  }

  /** Projects per status. */
  public ImmutableSortedMap<ProjectStatus, Long> statuses() {
    return ImmutableSortedMap.copyOf(statuses);
  }

  /** Projects with at least one flag of each kind. */
  public ImmutableSortedMap<RedFlagCode, Long> flaggedProjects() {
    return ImmutableSortedMap.copyOf(flaggedProjects);
  }

  /** The riskiest villages, riskiest first. */
  public ImmutableList<VillageRisk> riskiest() {
    return ImmutableList.sortedCopyOf(RANKING, riskiest);
  }
}
