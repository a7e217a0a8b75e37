package id.smartkampung.core.ledger.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import java.math.BigDecimal;
import org.javamoney.moneta.Money;

/**
 * Dana Desa absorption — <i>penyerapan Dana Desa</i>, the figure the tranche gates of the policy
 * pack test (PMK 108/2024: tahap II needs ≥ 60 % absorption of what was received): realised
 * spending funded from DDS (LS paid, panjar accounted for) divided by Dana Desa received (net of
 * reversed receipts). Panjar advanced but not yet accounted for does not count as absorbed. An
 * immutable value.
 *
 * @param received Dana Desa received so far
 * @param receivedByTranche Dana Desa received per tranche number (0 = Dana Desa received without a
 *     tranche number; other fund sources never appear here)
 * @param realised realised spending from DDS
 * @param ratio realised ÷ received, 6 decimals half-even; 0 when nothing was received
 */
@Api(Api.Status.STABLE)
public record DanaDesaAbsorption(Money received, ImmutableSortedMap<Integer, Money> receivedByTranche, Money realised, BigDecimal ratio) {
  public DanaDesaAbsorption {
    requireNonNull(received, "received");
    requireNonNull(receivedByTranche, "receivedByTranche");
    requireNonNull(realised, "realised");
    requireNonNull(ratio, "ratio");
  }
}
