package id.smartkampung.monitoring.assessment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.earnedvalue.EarnedSchedule;
import id.smartkampung.monitoring.earnedvalue.EarnedValue;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.evidence.PhotoRegistry;
import id.smartkampung.monitoring.evidence.PhotoUse;
import id.smartkampung.monitoring.flag.FlagSeverity;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.flag.RiskScore;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.project.UnitCostBenchmark;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assesses a project at a date — <i>penilaian kemajuan kegiatan</i> — against its plan, what was
 * paid, its evidence and the district's photo registry, with the given {@link MonitoringThresholds}.
 *
 * <p>What is used: reports dated on or after the assessment date are ignored; the actual progress
 * is that of the latest report on or before it (progress is presumed not to have moved since, which
 * is the cautious reading; {@link RedFlagCode#STALE_REPORT} says when that report is old). Planned
 * progress and AT are taken at the assessment date, except that a completed project's AT is taken
 * at its completion (the first report of the final run of 100 % reports).
 *
 * <p>Red flags (severity in brackets; thresholds from {@link MonitoringThresholds}):
 *
 * <ul>
 *   <li>{@code spending-ahead} [CRITICAL] AC ≥ BAC while physical &lt; 100 %; [HIGH] AC/BAC % −
 *       physical % &gt; margin;
 *   <li>{@code kontrak-kritis} [HIGH] status CRITICAL; {@code behind-schedule} [LOW] status BEHIND;
 *   <li>{@code stale-report} [MEDIUM] not complete and more than {@code staleAfterDays} since the
 *       latest report (or since the start, without reports);
 *   <li>{@code no-baseline-photo} [MEDIUM] a report above 0 % with no earlier (or same-date, earlier
 *       listed) 0 % report carrying a photo;
 *   <li>{@code photo-off-site} [HIGH] one flag per report with a photo farther from the site than
 *       max(min radius, factor × accuracy);
 *   <li>{@code photo-reused} one flag per photo hash: [CRITICAL] also used in another project or
 *       village (per the registry), else [HIGH] used in two or more reports of this project;
 *   <li>{@code unit-cost-above-benchmark} [HIGH] BAC / target volume, or (once complete, with a
 *       measured volume) AC / measured volume, above benchmark × (1 + tolerance);
 *   <li>{@code volume-shortfall} [CRITICAL] complete but the latest measured volume is below target
 *       × (1 − tolerance);
 *   <li>{@code progress-backwards} [MEDIUM] one flag per report below the highest earlier report;
 *   <li>{@code forecast-after-year-end} [HIGH] not complete and the earned-schedule forecast finish
 *       is after 31 December of the fiscal year (no forecast exists while nothing is earned).
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #assess} is a pure function, linear in the project's reports
 * and photos.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class ProjectAssessor {
  private static final ProjectAssessor DEFAULT = new ProjectAssessor(MonitoringThresholds.defaults());
  private static final Comparator<RedFlag> GRAVEST_FIRST =
      Comparator.comparing((RedFlag f) -> f.severity()).reversed();

  private final MonitoringThresholds thresholds;

  private ProjectAssessor(MonitoringThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** An assessor with the given thresholds. */
  public static ProjectAssessor of(MonitoringThresholds thresholds) {
    return new ProjectAssessor(requireNonNull(thresholds, "thresholds"));
  }

  /** An assessor with {@link MonitoringThresholds#defaults()}. */
  public static ProjectAssessor withDefaults() {
    return DEFAULT;
  }

  /** The thresholds. */
  public MonitoringThresholds thresholds() {
    return thresholds;
  }

  /** Assesses a project on its own: photo reuse is looked for only within the project. */
  public ProjectAssessment assess(MonitoredProject mp, LocalDate date) {
    return assess(mp, date, PhotoRegistry.empty());
  }

  /** Assesses a project with the district's photo registry. */
  public ProjectAssessment assess(MonitoredProject mp, LocalDate date, PhotoRegistry registry) {
    requireNonNull(mp, "project");
    requireNonNull(date, "date");
    requireNonNull(registry, "registry");
    Project p = mp.project();
    List<ProgressReport> reports = upTo(mp.reports(), date);
    int m = reports.size();
    Percent actual = m == 0 ? Percent.ZERO : reports.get(m - 1).physical();
    Percent planned = p.plan().plannedAt(date);
    BigDecimal deviation = actual.minus(planned);

    Optional<LocalDate> completedOn = Optional.empty();
    if (actual.isComplete()) {
      int i = m - 1;
      while (i > 0 && reports.get(i - 1).physical().isComplete()) {
        i--;
      }
      completedOn = Optional.of(reports.get(i).date());
    }
    EarnedValue ev = EarnedValue.ofPercent(p.bacSen(), planned, actual, mp.actualCostSen());
    EarnedSchedule es = EarnedSchedule.of(p.plan(), actual, completedOn.orElse(date));
    Optional<LocalDate> forecast = completedOn.isPresent() ? completedOn : es.forecastFinish();
    boolean lateForecast =
        completedOn.isEmpty() && forecast.isPresent() && forecast.get().isAfter(p.fiscalYearEnd());
    ProjectStatus status = status(actual, planned, deviation, lateForecast);

    List<RedFlag> flags = new ArrayList<>();
    spendingAhead(ev, actual, flags);
    schedule(status, planned, actual, deviation, lateForecast, forecast, p, flags);
    stale(p, reports, actual, date, flags);
    baseline(reports, flags);
    offSite(p, reports, flags);
    reused(p, reports, registry, flags);
    unitCost(p, mp.actualCostSen(), reports, completedOn.isPresent(), flags);
    volume(p, reports, actual, flags);
    backwards(reports, flags);
    if (lateForecast) {
      flags.add(RedFlag.of(
          RedFlagCode.FORECAST_AFTER_YEAR_END,
          "forecast finish " + forecast.get() + " is after the end of fiscal year " + p.fiscalYear(),
          ImmutableMap.of(
              "forecastFinish", forecast.get().toString(),
              "fiscalYearEnd", p.fiscalYearEnd().toString(),
              "plannedFinish", p.plannedFinish().toString(),
              "spiT", es.spiT().map(BigDecimal::toPlainString).orElse("-"))));
    }
    flags.sort(GRAVEST_FIRST);
    ImmutableList<RedFlag> sorted = ImmutableList.copyOf(flags);
    return new ProjectAssessment(
        p,
        date,
        planned,
        actual,
        deviation,
        status,
        ev,
        es,
        completedOn,
        m == 0 ? Optional.empty() : Optional.of(reports.get(m - 1).date()),
        forecast,
        sorted,
        RiskScore.ofFlags(sorted));
  }

  /**
   * The schedule status per {@link ProjectStatus}: complete; not started (0 % planned and done);
   * critical per kontrak kritis; else behind, on track or ahead by the sign of the deviation.
   */
  ProjectStatus status(Percent actual, Percent planned, BigDecimal deviation, boolean lateForecast) {
    if (actual.isComplete()) {
      return ProjectStatus.COMPLETED;
    }
    if (actual.isZero() && planned.isZero()) {
      return ProjectStatus.NOT_STARTED;
    }
    if (isKontrakKritis(planned, deviation, lateForecast)) {
      return ProjectStatus.CRITICAL;
    }
    int s = deviation.signum();
    return s < 0 ? ProjectStatus.BEHIND : s > 0 ? ProjectStatus.AHEAD : ProjectStatus.ON_TRACK;
  }

  /**
   * <i>Kontrak kritis</i> (Permen PU 07/2011): while planned ≤ boundary (70 %), more than {@code
   * kritisEarlyPp} (10 pp) behind; while planned &gt; boundary, more than {@code kritisLatePp} (5 pp)
   * behind or the forecast finish after the fiscal year.
   */
  public boolean isKontrakKritis(Percent planned, BigDecimal deviationPp, boolean forecastAfterYearEnd) {
    boolean late = planned.compareTo(thresholds.kritisStageBoundary()) > 0;
    BigDecimal behind = deviationPp.negate();
    if (!late) {
      return behind.compareTo(thresholds.kritisEarlyPp()) > 0;
    }
    return behind.compareTo(thresholds.kritisLatePp()) > 0 || forecastAfterYearEnd;
  }

  private static List<ProgressReport> upTo(List<ProgressReport> reports, LocalDate date) {
    int m = reports.size();
    while (m > 0 && reports.get(m - 1).date().isAfter(date)) {
      m--;
    }
    return reports.subList(0, m);
  }

  private void spendingAhead(EarnedValue ev, Percent actual, List<RedFlag> flags) {
    BigDecimal paidPct = ev.paidPercent();
    BigDecimal gap = paidPct.subtract(actual.value());
    Map<String, String> data = new LinkedHashMap<>();
    data.put("actualCost", Idr.formatSen(ev.acSen()));
    data.put("bac", Idr.formatSen(ev.bacSen()));
    data.put("paidPercent", paidPct.toPlainString());
    data.put("physicalPercent", actual.value().toPlainString());
    data.put("gapPp", gap.toPlainString());
    data.put("marginPp", thresholds.spendingAheadMarginPp().toPlainString());
    if (ev.acSen() >= ev.bacSen() && !actual.isComplete()) {
      flags.add(RedFlag.of(
          RedFlagCode.SPENDING_AHEAD_OF_PROGRESS,
          FlagSeverity.CRITICAL,
          "fully paid (" + paidPct.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "% of BAC) but only " + actual + " built",
          data));
    } else if (gap.compareTo(thresholds.spendingAheadMarginPp()) > 0) {
      flags.add(RedFlag.of(
          RedFlagCode.SPENDING_AHEAD_OF_PROGRESS,
          "paid " + paidPct.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "% of BAC but only " + actual
              + " built, " + gap.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " pp ahead",
          data));
    }
  }

  private void schedule(
      ProjectStatus status, Percent planned, Percent actual, BigDecimal deviation, boolean lateForecast,
      Optional<LocalDate> forecast, Project p, List<RedFlag> flags) {
    if (status != ProjectStatus.CRITICAL && status != ProjectStatus.BEHIND) {
      return;
    }
    Map<String, String> data = new LinkedHashMap<>();
    data.put("plannedPercent", planned.value().toPlainString());
    data.put("actualPercent", actual.value().toPlainString());
    data.put("deviationPp", deviation.toPlainString());
    boolean lateStage = planned.compareTo(thresholds.kritisStageBoundary()) > 0;
    data.put("limitPp", (lateStage ? thresholds.kritisLatePp() : thresholds.kritisEarlyPp()).toPlainString());
    if (status == ProjectStatus.CRITICAL) {
      boolean byDeviation = deviation.negate().compareTo(lateStage ? thresholds.kritisLatePp() : thresholds.kritisEarlyPp()) > 0;
      forecast.ifPresent(f -> data.put("forecastFinish", f.toString()));
      data.put("reason", byDeviation ? "deviation" : "forecast-after-year-end");
      flags.add(RedFlag.of(
          RedFlagCode.KONTRAK_KRITIS,
          "kontrak kritis: " + deviation.toPlainString() + " pp against " + planned + " planned"
              + (byDeviation ? "" : ", forecast finish after 31 December " + p.fiscalYear()),
          data));
    } else {
      flags.add(RedFlag.of(
          RedFlagCode.BEHIND_SCHEDULE,
          "behind schedule: " + deviation.toPlainString() + " pp against " + planned + " planned",
          data));
    }
  }

  private void stale(Project p, List<ProgressReport> reports, Percent actual, LocalDate date, List<RedFlag> flags) {
    if (actual.isComplete() || !date.isAfter(p.start())) {
      return;
    }
    LocalDate since = reports.isEmpty() ? p.start() : reports.get(reports.size() - 1).date();
    long days = ChronoUnit.DAYS.between(since, date);
    if (days > thresholds.staleAfterDays()) {
      flags.add(RedFlag.of(
          RedFlagCode.STALE_REPORT,
          (reports.isEmpty() ? "no report since the start " : "no report since ") + since + " (" + days + " days)",
          ImmutableMap.of(
              "lastReport", reports.isEmpty() ? "-" : since.toString(),
              "daysWithoutReport", Long.toString(days),
              "limitDays", Integer.toString(thresholds.staleAfterDays()))));
    }
  }

  private static void baseline(List<ProgressReport> reports, List<RedFlag> flags) {
    boolean baseline = false;
    for (ProgressReport r : reports) {
      if (r.physical().isZero()) {
        baseline |= r.hasPhoto();
      } else {
        if (!baseline) {
          flags.add(RedFlag.of(
              RedFlagCode.NO_BASELINE_PHOTO,
              "progress " + r.physical() + " reported on " + r.date() + " without a 0% baseline photo before it",
              ImmutableMap.of("firstProgressReport", r.date().toString(), "physicalPercent", r.physical().value().toPlainString())));
        }
        return;
      }
    }
  }

  private void offSite(Project p, List<ProgressReport> reports, List<RedFlag> flags) {
    for (ProgressReport r : reports) {
      int off = 0;
      Evidence worst = null;
      double worstDistance = 0;
      double worstRadius = 0;
      for (Evidence e : r.evidence()) {
        double d = p.site().distanceMeters(e.location());
        double radius = thresholds.onSiteRadiusMeters(e.accuracyMeters());
        if (d > radius) {
          off++;
          if (worst == null || d - radius > worstDistance - worstRadius) {
            worst = e;
            worstDistance = d;
            worstRadius = radius;
          }
        }
      }
      if (worst != null) {
        flags.add(RedFlag.of(
            RedFlagCode.PHOTO_OFF_SITE,
            off + " photo(s) of the report of " + r.date() + " taken off site, up to " + Math.round(worstDistance)
                + " m from it (allowed " + Math.round(worstRadius) + " m)",
            ImmutableMap.of(
                "report", r.date().toString(),
                "photo", worst.photo().hex(),
                "location", worst.location().toString(),
                "distanceMeters", Long.toString(Math.round(worstDistance)),
                "allowedMeters", Long.toString(Math.round(worstRadius)),
                "photosOffSite", Integer.toString(off))));
      }
    }
  }

  private static void reused(Project p, List<ProgressReport> reports, PhotoRegistry registry, List<RedFlag> flags) {
    // count, per photo, the reports of this project that carry it (a photo twice in one report counts once)
    Map<PhotoHash, Integer> reportCount = new LinkedHashMap<>();
    for (ProgressReport r : reports) {
      List<Evidence> ev = r.evidence();
      for (int i = 0; i < ev.size(); i++) {
        PhotoHash h = ev.get(i).photo();
        if (!seenEarlierInReport(ev, i, h)) {
          reportCount.merge(h, 1, Integer::sum);
        }
      }
    }
    String village = p.village().code();
    for (Map.Entry<PhotoHash, Integer> e : reportCount.entrySet()) {
      PhotoHash h = e.getKey();
      ImmutableList<PhotoUse> elsewhere = registry.usesElsewhere(h, village, p.id());
      if (!elsewhere.isEmpty()) {
        Set<String> places = new LinkedHashSet<>();
        for (PhotoUse u : elsewhere) {
          places.add(u.villageCode() + "/" + u.project());
        }
        flags.add(RedFlag.of(
            RedFlagCode.PHOTO_REUSED,
            FlagSeverity.CRITICAL,
            "photo " + h.hex().substring(0, 12) + "… also appears in " + String.join(", ", places),
            ImmutableMap.of(
                "photo", h.hex(),
                "reports", reportDates(reports, h).toString(),
                "alsoIn", String.join(", ", places),
                "firstUseElsewhere", elsewhere.get(0).toString())));
      } else if (e.getValue() > 1) {
        flags.add(RedFlag.of(
            RedFlagCode.PHOTO_REUSED,
            "photo " + h.hex().substring(0, 12) + "… appears in " + e.getValue() + " reports of this project",
            ImmutableMap.of("photo", h.hex(), "reports", reportDates(reports, h).toString())));
      }
    }
  }

  private static boolean seenEarlierInReport(List<Evidence> ev, int i, PhotoHash h) {
    for (int j = 0; j < i; j++) {
      if (ev.get(j).photo().equals(h)) {
        return true;
      }
    }
    return false;
  }

  private static Set<LocalDate> reportDates(List<ProgressReport> reports, PhotoHash h) {
    Set<LocalDate> dates = new LinkedHashSet<>();
    for (ProgressReport r : reports) {
      for (Evidence e : r.evidence()) {
        if (e.photo().equals(h)) {
          dates.add(r.date());
        }
      }
    }
    return dates;
  }

  private void unitCost(Project p, long acSen, List<ProgressReport> reports, boolean complete, List<RedFlag> flags) {
    if (p.benchmark().isEmpty()) {
      return;
    }
    UnitCostBenchmark b = p.benchmark().get();
    BigDecimal limit = BigDecimal.valueOf(b.unitCostSen()).multiply(BigDecimal.ONE.add(thresholds.unitCostTolerance()));
    BigDecimal planned = BigDecimal.valueOf(p.bacSen()).divide(p.output().volume(), 0, RoundingMode.HALF_EVEN);
    Optional<BigDecimal> realised = Optional.empty();
    if (complete) {
      Optional<BigDecimal> measured = latestMeasured(reports);
      if (measured.isPresent() && measured.get().signum() > 0) {
        realised = Optional.of(BigDecimal.valueOf(acSen).divide(measured.get(), 0, RoundingMode.HALF_EVEN));
      }
    }
    boolean plannedHigh = planned.compareTo(limit) > 0;
    boolean realisedHigh = realised.isPresent() && realised.get().compareTo(limit) > 0;
    if (plannedHigh || realisedHigh) {
      Map<String, String> data = new LinkedHashMap<>();
      data.put("plannedUnitCost", Idr.formatSen(planned.longValueExact()));
      realised.ifPresent(r -> data.put("realisedUnitCost", Idr.formatSen(r.longValueExact())));
      data.put("benchmarkUnitCost", Idr.formatSen(b.unitCostSen()));
      data.put("benchmarkSource", b.source());
      data.put("tolerance", thresholds.unitCostTolerance().toPlainString());
      data.put("unit", p.output().unit());
      BigDecimal shown = realisedHigh ? realised.get() : planned;
      flags.add(RedFlag.of(
          RedFlagCode.UNIT_COST_ABOVE_BENCHMARK,
          (realisedHigh ? "realised" : "planned") + " unit cost " + Idr.formatSen(shown.longValueExact()) + " per "
              + p.output().unit() + " is above the benchmark " + Idr.formatSen(b.unitCostSen()) + " (" + b.source() + ")",
          data));
    }
  }

  private void volume(Project p, List<ProgressReport> reports, Percent actual, List<RedFlag> flags) {
    if (!actual.isComplete()) {
      return;
    }
    Optional<BigDecimal> measured = latestMeasured(reports);
    if (measured.isEmpty()) {
      return;
    }
    BigDecimal target = p.output().volume();
    BigDecimal floor = target.multiply(BigDecimal.ONE.subtract(thresholds.volumeShortfallTolerance()));
    if (measured.get().compareTo(floor) < 0) {
      flags.add(RedFlag.of(
          RedFlagCode.VOLUME_SHORTFALL,
          "reported complete but only " + measured.get().toPlainString() + " of " + p.output() + " measured",
          ImmutableMap.of(
              "measuredVolume", measured.get().toPlainString(),
              "targetVolume", target.toPlainString(),
              "unit", p.output().unit(),
              "tolerance", thresholds.volumeShortfallTolerance().toPlainString())));
    }
  }

  private static Optional<BigDecimal> latestMeasured(List<ProgressReport> reports) {
    for (int i = reports.size() - 1; i >= 0; i--) {
      if (reports.get(i).measuredVolume().isPresent()) {
        return reports.get(i).measuredVolume();
      }
    }
    return Optional.empty();
  }

  private static void backwards(List<ProgressReport> reports, List<RedFlag> flags) {
    ProgressReport highest = null;
    for (ProgressReport r : reports) {
      if (highest != null && r.physical().isBelow(highest.physical())) {
        flags.add(RedFlag.of(
            RedFlagCode.PROGRESS_BACKWARDS,
            "progress fell to " + r.physical() + " on " + r.date() + " from " + highest.physical() + " on " + highest.date(),
            ImmutableMap.of(
                "report", r.date().toString(),
                "physicalPercent", r.physical().value().toPlainString(),
                "earlierReport", highest.date().toString(),
                "earlierPercent", highest.physical().value().toPlainString())));
      } else if (highest == null || r.physical().compareTo(highest.physical()) > 0) {
        highest = r;
      }
    }
  }
}
