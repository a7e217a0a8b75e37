package id.smartkampung.monitoring.tranche;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.monitoring.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * Dana Desa output achievement of a village — <i>capaian keluaran Dana Desa</i> — as the tranche
 * gate reads it (PMK 145/2023 and PMK 108/2024: tahap II needs the previous tranche's average output
 * achievement ≥ 40 %, the gate in the fiscal year's policy pack): the unweighted mean, over the
 * village's Dana Desa activities, of each activity's realised ÷ target output — physical or not.
 * BLT family-months, trainings and capital paid in count as much as metres of road, so a village
 * whose Dana Desa is mostly BLT and BUMDes capital does not fail the gate for having few projects.
 *
 * <p>The mean is truncated (never rounded up) to {@value Percent#SCALE} decimals, so rounding never
 * lifts a village over the gate. An immutable value.
 *
 * @param activities the Dana Desa activities' outputs; never null, may be empty
 */
public record DanaDesaOutput(ImmutableList<OutputActivity> activities) {
  public DanaDesaOutput {
    requireNonNull(activities, "activities");
  }

  /** The output of the given activities. */
  public static DanaDesaOutput of(Collection<OutputActivity> activities) {
    return new DanaDesaOutput(ImmutableList.copyOf(activities));
  }

  /** The average achievement; empty without activities (then the gate cannot be judged as passed). */
  public Optional<Percent> average() {
    if (activities.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (OutputActivity a : activities) {
      sum = sum.add(a.achievement().value());
    }
    return Optional.of(Percent.rounded(sum.divide(BigDecimal.valueOf(activities.size()), Percent.SCALE, RoundingMode.DOWN), RoundingMode.UNNECESSARY));
  }
}
