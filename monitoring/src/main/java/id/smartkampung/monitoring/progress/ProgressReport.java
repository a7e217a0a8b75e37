package id.smartkampung.monitoring.progress;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.plan.Rab;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A progress report — <i>laporan kemajuan (fisik)</i> — of a project at a date: cumulative physical
 * progress (given as a percentage, or as volumes done per RAB item and then weighted by cost), the
 * measured output volume if measured, the photo evidence, who reported it and who verified it.
 *
 * <p>An immutable value. {@code physical} is always present; when the report was given as item
 * volumes, {@code itemVolumes} holds them and {@code physical} is their weighted percentage.
 *
 * @param date the date the report speaks for; never null
 * @param physical cumulative physical progress; never null
 * @param itemVolumes volumes done per RAB item, if reported so; never null, may be empty
 * @param measuredVolume the measured output volume so far (same unit as the output target); null when
 *     not measured
 * @param evidence the photos; never null, may be empty
 * @param reporter who reports (e.g. the TPK head or the field consultant); never blank
 * @param verification who verified it and when (e.g. the Kasi Pembangunan or the kecamatan); null
 *     when nobody did
 */
@Api(Api.Status.EXPERIMENTAL)
public record ProgressReport(
    LocalDate date,
    Percent physical,
    ImmutableSortedMap<String, BigDecimal> itemVolumes,
    @Nullable BigDecimal measuredVolume,
    ImmutableList<Evidence> evidence,
    String reporter,
    @Nullable Verification verification) {

  public ProgressReport {
    requireNonNull(date, "date");
    requireNonNull(physical, "physical");
    requireNonNull(itemVolumes, "itemVolumes");
    requireNonNull(evidence, "evidence");
    requireNonNull(reporter, "reporter");
    checkArgument(!reporter.isBlank(), "a progress report names its reporter");
    if (measuredVolume != null) {
      checkArgument(measuredVolume.signum() >= 0, "measured volume %s is negative", measuredVolume.toPlainString());
    }
    if (verification != null) {
      checkArgument(
          !verification.on().isBefore(date),
          "the report of %s is verified on %s, before its own date",
          date,
          verification.on());
    }
  }

  /** A report of cumulative physical progress, without evidence. */
  public static ProgressReport of(LocalDate date, Percent physical, String reporter) {
    return new ProgressReport(
        date, physical, ImmutableSortedMap.of(), null, ImmutableList.of(), reporter, null);
  }

  /**
   * A report of volumes done per RAB item; its physical progress is their cost-weighted percentage
   * ({@link Rab#weightedPercent}).
   *
   * @throws IllegalArgumentException naming the item if a volume does not fit the RAB
   */
  public static ProgressReport ofItemVolumes(LocalDate date, Rab rab, Map<String, BigDecimal> done, String reporter) {
    Percent p = requireNonNull(rab, "rab").weightedPercent(done);
    return new ProgressReport(
        date, p, ImmutableSortedMap.copyOf(done), null, ImmutableList.of(), reporter, null);
  }

  /** This report with the given photos instead of its own. */
  public ProgressReport withEvidence(List<Evidence> newEvidence) {
    return new ProgressReport(date, physical, itemVolumes, measuredVolume, ImmutableList.copyOf(newEvidence), reporter, verification);
  }

  /** This report with one more photo. */
  public ProgressReport plusEvidence(Evidence e) {
    return withEvidence(ImmutableList.<Evidence>builder().addAll(evidence).add(e).build());
  }

  /** This report with a measured output volume. */
  public ProgressReport withMeasuredVolume(BigDecimal volume) {
    return new ProgressReport(date, physical, itemVolumes, requireNonNull(volume, "volume"), evidence, reporter, verification);
  }

  /** This report, verified by {@code verifier} on the report's own date. */
  public ProgressReport verifiedBy(String verifier) {
    return verifiedBy(verifier, date);
  }

  /**
   * This report, verified by {@code verifier} on {@code on}.
   *
   * @throws IllegalArgumentException if {@code on} is before the report's date
   */
  public ProgressReport verifiedBy(String verifier, LocalDate on) {
    return new ProgressReport(date, physical, itemVolumes, measuredVolume, evidence, reporter, Verification.of(verifier, on));
  }

  /** This report without its verification. */
  public ProgressReport unverified() {
    return new ProgressReport(date, physical, itemVolumes, measuredVolume, evidence, reporter, null);
  }

  /** Who verified it, if anyone. */
  public Optional<String> verifiedBy() {
    return Optional.ofNullable(verification).map(Verification::verifier);
  }

  /** True when someone verified it (at any date). */
  public boolean isVerified() {
    return verification != null;
  }

  /** True when it was verified on or before {@code asOf}. */
  public boolean isVerifiedOn(LocalDate asOf) {
    return verification != null && !verification.on().isAfter(asOf);
  }

  /** True when it carries at least one photo. */
  public boolean hasPhoto() {
    return !evidence.isEmpty();
  }
}
