package id.smartkampung.core.ledger.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import java.math.BigDecimal;
import java.util.Optional;
import org.javamoney.moneta.Money;

/**
 * Dana Desa absorption — <i>penyerapan Dana Desa</i>, the figure the tranche gates of the policy
 * pack test (PMK 108/2024: tahap II needs ≥ 60 % absorption of what was received): realised
 * spending funded from DDS (LS paid, panjar accounted for) divided by Dana Desa received into the
 * village treasury (net of reversed receipts). Panjar advanced but not yet accounted for does not
 * count as absorbed. A part of Dana Desa channelled outside the treasury (2026: KDMP, PMK 7/2026
 * pasal 26) is neither received nor absorbed here: it is shown in {@link #parts()} only. An
 * immutable value.
 *
 * @param received Dana Desa received into the village treasury so far
 * @param receivedByTranche Dana Desa received per tranche number (0 = Dana Desa received without a
 *     tranche number; other fund sources never appear here)
 * @param realised realised spending from DDS
 * @param ratio realised ÷ received, 6 decimals half-even; 0 when nothing was received
 * @param parts per part of Dana Desa named by receipts or channellings ({@link
 *     PolicyPack#danaDesaParts()}), what was received of it per tranche; empty for a book whose
 *     receipts name no part
 */
@Api(Api.Status.STABLE)
public record DanaDesaAbsorption(
    Money received, ImmutableSortedMap<Integer, Money> receivedByTranche, Money realised, BigDecimal ratio, ImmutableSortedMap<String, Part> parts) {
  public DanaDesaAbsorption {
    requireNonNull(received, "received");
    requireNonNull(receivedByTranche, "receivedByTranche");
    requireNonNull(realised, "realised");
    requireNonNull(ratio, "ratio");
    requireNonNull(parts, "parts");
  }

  /** An absorption without parts (a book whose receipts name none). */
  public DanaDesaAbsorption(Money received, ImmutableSortedMap<Integer, Money> receivedByTranche, Money realised, BigDecimal ratio) {
    this(received, receivedByTranche, realised, ratio, ImmutableSortedMap.of());
  }

  /**
   * One part of Dana Desa — <i>bagian Dana Desa</i> (2024–2025 earmarked / non-earmarked, 2026
   * reguler / KDMP): what was received of it (for a part outside the treasury: channelled), in
   * total and per tranche number (0 = without a number).
   *
   * @param code the part's code in the pack
   * @param throughVillageTreasury false for a part channelled outside the village treasury (KDMP)
   * @param received received (or channelled) in total
   * @param receivedByTranche per tranche number
   */
  public record Part(String code, boolean throughVillageTreasury, Money received, ImmutableSortedMap<Integer, Money> receivedByTranche) {
    public Part {
      requireNonNull(code, "code");
      requireNonNull(received, "received");
      requireNonNull(receivedByTranche, "receivedByTranche");
    }
  }

  /**
   * Whether tahap {@code tranche} of the part {@code part} may be requested now by the gate of the
   * pack (PMK 145/2023 and PMK 108/2024 pasal 23 ayat (2); PMK 7/2026 for the regular part, gate
   * unconfirmed, see the pack): tahap 1 always; a later tahap when something of the part's
   * previous tahap has been received and the absorption {@link #ratio()} is at least the tahap's
   * {@code minAbsorption}. The output achievement the gate also asks ({@code minOutput}) is
   * physical progress, measured by the monitoring module, not here. Spending is booked per fund
   * source, not per part, so the absorption tested is that of all Dana Desa received into the
   * treasury. Empty when the pack has no such part or tahap, or the part is channelled otherwise
   * (KDMP: on the recommendation of KPA BUN, no tahap).
   */
  public Optional<Boolean> absorptionGateMet(PolicyPack pack, String part, int tranche) {
    Optional<PolicyPack.DanaDesaPart> p = pack.danaDesaPart(part);
    if (p.isEmpty() || tranche < 1 || tranche > p.get().tranches().size()) {
      return Optional.empty();
    }
    if (tranche == 1) {
      return Optional.of(true);
    }
    Part got = parts.get(part);
    Money previous = got == null ? Idr.ZERO : got.receivedByTranche().getOrDefault(tranche - 1, Idr.ZERO);
    BigDecimal min = p.get().tranches().get(tranche - 1).minAbsorption();
    return Optional.of(previous.isPositive() && ratio.compareTo(min) >= 0);
  }
}
