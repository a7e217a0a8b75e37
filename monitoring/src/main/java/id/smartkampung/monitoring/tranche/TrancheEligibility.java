package id.smartkampung.monitoring.tranche;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.monitoring.Percent;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether a village may receive a Dana Desa tranche — <i>syarat penyaluran Dana Desa tahap N</i>:
 * the previous tranches' average absorption (from core) and average output achievement (from
 * monitoring) against the fiscal year's policy pack gates (2024, 2025: tahap II needs absorption ≥
 * 60 % and output ≥ 40 %, PMK 145/2023, PMK 108/2024). The required previous reports are outside
 * monitoring and not checked here.
 *
 * <p>Output achievement (<i>capaian keluaran</i>) is, as monitoring defines it, the unweighted mean
 * of the physical progress of the village's Dana Desa-funded projects at the assessment date (see
 * {@code VillageRollup#danaDesaOutput}). Without such a project it is unknown, and a gate that asks
 * for output is then not passed (never silently passed).
 *
 * @param fiscalYear the pack's fiscal year
 * @param tranche the tranche number (1, 2, …)
 * @param absorption the absorption; never null
 * @param output the output achievement; empty when unknown
 * @param minAbsorption the gate on absorption (fraction)
 * @param minOutput the gate on output (fraction)
 * @param eligible true when both gates are passed
 * @param reasons why not, one sentence per failed gate; empty when eligible
 */
@Api(Api.Status.STABLE)
public record TrancheEligibility(
    int fiscalYear,
    int tranche,
    Absorption absorption,
    Optional<Percent> output,
    BigDecimal minAbsorption,
    BigDecimal minOutput,
    boolean eligible,
    ImmutableList<String> reasons) {

  public TrancheEligibility {
    requireNonNull(absorption, "absorption");
    requireNonNull(output, "output");
    requireNonNull(minAbsorption, "minAbsorption");
    requireNonNull(minOutput, "minOutput");
    requireNonNull(reasons, "reasons");
  }

  /**
   * Evaluates the gate of {@code tranche} in the pack.
   *
   * @throws IllegalArgumentException naming the tranches of the pack if there is no such tranche
   */
  public static TrancheEligibility evaluate(PolicyPack pack, int tranche, Absorption absorption, Optional<Percent> output) {
    requireNonNull(pack, "pack");
    requireNonNull(absorption, "absorption");
    requireNonNull(output, "output");
    Optional<PolicyPack.Tranche> t = pack.tranche(tranche);
    checkArgument(
        t.isPresent(), "policy pack %s has no tranche %s (it has %s)", pack.fiscalYear(), tranche, pack.tranches().size());
    BigDecimal minA = t.get().minAbsorption();
    BigDecimal minO = t.get().minOutput();
    ImmutableList.Builder<String> reasons = ImmutableList.builder();
    if (absorption.fraction().compareTo(minA) < 0) {
      reasons.add("absorption " + absorption.fraction().toPlainString() + " is below the gate " + minA.toPlainString()
          + " for tahap " + tranche + " (" + pack.tranchesReference() + ")");
    }
    if (output.isEmpty()) {
      if (minO.signum() > 0) {
        reasons.add("output achievement is unknown (no Dana Desa-funded project is monitored); tahap " + tranche
            + " needs " + minO.toPlainString());
      }
    } else if (output.get().fraction().compareTo(minO) < 0) {
      reasons.add("output achievement " + output.get().fraction().toPlainString() + " is below the gate "
          + minO.toPlainString() + " for tahap " + tranche + " (" + pack.tranchesReference() + ")");
    }
    ImmutableList<String> r = reasons.build();
    return new TrancheEligibility(pack.fiscalYear(), tranche, absorption, output, minA, minO, r.isEmpty(), r);
  }
}
