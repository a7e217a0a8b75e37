package id.smartkampung.monitoring.progress;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The verification of a progress report — <i>verifikasi laporan kemajuan</i>: who checked it (e.g.
 * the Kasi Pembangunan, the PKA, the kecamatan's technical assistant) and on which day. A report
 * counts as verified at an assessment date only if it was verified on or before that date.
 *
 * @param verifier who verified it; never blank
 * @param on the day it was verified; never null
 */
public record Verification(String verifier, LocalDate on) {
  public Verification {
    requireNonNull(verifier, "verifier");
    requireNonNull(on, "on");
    checkArgument(!verifier.isBlank(), "a verifier's name is not blank");
  }

  /** Verified by {@code verifier} on {@code on}. */
  public static Verification of(String verifier, LocalDate on) {
    return new Verification(verifier, on);
  }
}
