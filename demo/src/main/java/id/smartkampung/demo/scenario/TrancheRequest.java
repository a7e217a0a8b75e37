package id.smartkampung.demo.scenario;

import static java.util.Objects.requireNonNull;

import id.smartkampung.monitoring.tranche.TrancheEligibility;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A request for a Dana Desa tranche — <i>pengajuan penyaluran Dana Desa tahap II</i> — checked
 * against the policy pack's gates on the day it was made, and when the money arrived if granted.
 *
 * @param date when it was requested; never null
 * @param eligibility the gates' verdict; never null
 * @param received when the tranche arrived in the village cash account; null when it was not granted
 */
public record TrancheRequest(LocalDate date, TrancheEligibility eligibility, @Nullable LocalDate received) {
  public TrancheRequest {
    requireNonNull(date, "date");
    requireNonNull(eligibility, "eligibility");
  }
}
