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
 * @param measuredVolume the measured output volume so far (same unit as the output target), if measured
 * @param evidence the photos; never null, may be empty
 * @param reporter who reports (e.g. the TPK head or the field consultant); never blank
 * @param verifiedBy who verified it, if anyone (e.g. the Kasi Pembangunan or the kecamatan)
 */
@Api(Api.Status.EXPERIMENTAL)
public record ProgressReport(
    LocalDate date,
    Percent physical,
    ImmutableSortedMap<String, BigDecimal> itemVolumes,
    Optional<BigDecimal> measuredVolume,
    ImmutableList<Evidence> evidence,
    String reporter,
    Optional<String> verifiedBy) {

  public ProgressReport {
    requireNonNull(date, "date");
    requireNonNull(physical, "physical");
    requireNonNull(itemVolumes, "itemVolumes");
    requireNonNull(measuredVolume, "measuredVolume");
    requireNonNull(evidence, "evidence");
    requireNonNull(reporter, "reporter");
    requireNonNull(verifiedBy, "verifiedBy");
    checkArgument(!reporter.isBlank(), "a progress report names its reporter");
    measuredVolume.ifPresent(
        v -> checkArgument(v.signum() >= 0, "measured volume %s is negative", v.toPlainString()));
    verifiedBy.ifPresent(v -> checkArgument(!v.isBlank(), "a verifier's name is not blank"));
  }

  /** A report of cumulative physical progress, without evidence. */
  public static ProgressReport of(LocalDate date, Percent physical, String reporter) {
    return new ProgressReport(
        date, physical, ImmutableSortedMap.of(), Optional.empty(), ImmutableList.of(), reporter, Optional.empty());
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
        date, p, ImmutableSortedMap.copyOf(done), Optional.empty(), ImmutableList.of(), reporter, Optional.empty());
  }

  /** This report with the given photos instead of its own. */
  public ProgressReport withEvidence(List<Evidence> newEvidence) {
    return new ProgressReport(date, physical, itemVolumes, measuredVolume, ImmutableList.copyOf(newEvidence), reporter, verifiedBy);
  }

  /** This report with one more photo. */
  public ProgressReport plusEvidence(Evidence e) {
    return withEvidence(ImmutableList.<Evidence>builder().addAll(evidence).add(e).build());
  }

  /** This report with a measured output volume. */
  public ProgressReport withMeasuredVolume(BigDecimal volume) {
    return new ProgressReport(date, physical, itemVolumes, Optional.of(volume), evidence, reporter, verifiedBy);
  }

  /** This report, verified by {@code verifier}. */
  public ProgressReport verifiedBy(String verifier) {
    return new ProgressReport(date, physical, itemVolumes, measuredVolume, evidence, reporter, Optional.of(verifier));
  }

  /** True when someone verified it. */
  public boolean isVerified() {
    return verifiedBy.isPresent();
  }

  /** True when it carries at least one photo. */
  public boolean hasPhoto() {
    return !evidence.isEmpty();
  }
}
