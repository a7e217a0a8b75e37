package id.smartkampung.monitoring.escalation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.javamoney.moneta.Money;

/**
 * Where a contractor's project stands at an assessment date — <i>posisi penanganan kontrak</i>:
 * the latest escalation event on or before the date, the days of late completion so far and the
 * late penalty they carry (1 ‰ of the contract value per day, Perpres 16/2018 Pasal 79(4)), and
 * the retention held once the works are handed over.
 *
 * @param latest the latest event on or before the date; null when there is none
 * @param daysLate calendar days past the contract's planned finish, up to completion or the date; never negative
 * @param latePenalty the late penalty so far, IDR; zero when not late; never null
 * @param retention the retention held at the provisional handover; null when not handed over by the date
 */
public record EscalationStatus(
    @Nullable EscalationEvent latest, long daysLate, Money latePenalty, @Nullable Money retention) {
  public EscalationStatus {
    requireNonNull(latePenalty, "latePenalty");
  }

  /** The stage the project is at, if any. */
  public Optional<EscalationStage> stage() {
    return Optional.ofNullable(latest).map(EscalationEvent::stage);
  }
}
