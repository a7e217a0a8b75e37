package id.smartkampung.monitoring.tranche;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.monitoring.Percent;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether a village may receive a Dana Desa tranche — <i>syarat penyaluran Dana Desa tahap N</i>:
 * the previous tranches' average absorption (from core) and average output achievement (from
 * monitoring) against the fiscal year's policy pack gates (2024, 2025: tahap II needs absorption ≥
 * 60 % and output ≥ 40 %, PMK 145/2023, PMK 108/2024). The required previous reports are outside
 * monitoring and not checked here.
 *
 * <p>Output achievement (<i>capaian keluaran</i>) is realised ÷ target output per Dana Desa
 * activity, physical or not, averaged ({@link DanaDesaOutput}; {@code
 * VillageRollup#danaDesaOutput(Collection)}). Without any activity it is unknown, and a gate that
 * asks for output is then not passed (never silently passed).
 *
 * @param fiscalYear the pack's fiscal year
 * @param tranche the tranche number (1, 2, …)
 * @param absorption the absorption; never null
 * @param output the output achievement; null when unknown
 * @param minAbsorption the gate on absorption, as a percentage (the pack's fraction, exactly)
 * @param minOutput the gate on output, as a percentage (the pack's fraction, exactly)
 * @param eligible true when both gates are passed
 * @param reasons why not, one sentence per failed gate; empty when eligible
 */
@Api(Api.Status.STABLE)
public record TrancheEligibility(
    int fiscalYear,
    int tranche,
    Absorption absorption,
    @Nullable Percent output,
    Percent minAbsorption,
    Percent minOutput,
    boolean eligible,
    ImmutableList<String> reasons) {

  public TrancheEligibility {
    requireNonNull(absorption, "absorption");
    requireNonNull(minAbsorption, "minAbsorption");
    requireNonNull(minOutput, "minOutput");
    requireNonNull(reasons, "reasons");
  }

  /**
   * Evaluates the gate of {@code tranche} in the pack, with the output achievement of the Dana Desa
   * activities.
   *
   * @throws IllegalArgumentException naming the tranches of the pack if there is no such tranche
   */
  public static TrancheEligibility evaluate(PolicyPack pack, int tranche, Absorption absorption, Percent output) {
    return gate(pack, tranche, absorption, requireNonNull(output, "output"));
  }

  /**
   * Evaluates the gate of {@code tranche} in the pack while the output achievement is not known
   * (no Dana Desa project is monitored): a gate that asks for output is not met.
   *
   * @throws IllegalArgumentException naming the tranches of the pack if there is no such tranche
   */
  public static TrancheEligibility evaluate(PolicyPack pack, int tranche, Absorption absorption) {
    return gate(pack, tranche, absorption, null);
  }

  /** The gate of {@code tranche} in the pack, with the output achievement or null when unknown. */
  private static TrancheEligibility gate(PolicyPack pack, int tranche, Absorption absorption, @Nullable Percent output) {
    requireNonNull(pack, "pack");
    requireNonNull(absorption, "absorption");
    Optional<PolicyPack.Tranche> t = pack.tranche(tranche);
    checkArgument(
        t.isPresent(), "policy pack %s has no tranche %s (it has %s)", pack.fiscalYear(), tranche, pack.tranches().size());
    Percent minA = Percent.ofFraction(t.get().minAbsorption());
    Percent minO = Percent.ofFraction(t.get().minOutput());
    ImmutableList.Builder<String> reasons = ImmutableList.builder();
    if (absorption.fraction().compareTo(minA.fraction()) < 0) {
      reasons.add("absorption " + absorption.percent() + " is below the gate " + minA
          + " for tahap " + tranche + " (" + pack.tranchesReference() + ")");
    }
    if (output == null) {
      if (!minO.isZero()) {
        reasons.add("output achievement is unknown (no Dana Desa-funded project is monitored); tahap " + tranche
            + " needs " + minO);
      }
    } else if (output.isBelow(minO)) {
      reasons.add("output achievement " + output + " is below the gate "
          + minO + " for tahap " + tranche + " (" + pack.tranchesReference() + ")");
    }
    ImmutableList<String> r = reasons.build();
    return new TrancheEligibility(pack.fiscalYear(), tranche, absorption, output, minA, minO, r.isEmpty(), r);
  }
}
