package id.smartkampung.monitoring.assessment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.PercentagePoints;
import id.smartkampung.monitoring.earnedvalue.EarnedSchedule;
import id.smartkampung.monitoring.earnedvalue.EarnedValue;
import id.smartkampung.monitoring.escalation.Escalation;
import id.smartkampung.monitoring.escalation.EscalationEvent;
import id.smartkampung.monitoring.escalation.EscalationStage;
import id.smartkampung.monitoring.escalation.EscalationStatus;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.evidence.PhotoRegistry;
import id.smartkampung.monitoring.evidence.PhotoUse;
import id.smartkampung.monitoring.flag.FlagSeverity;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.flag.RiskScore;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Implementer;
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
import org.javamoney.moneta.Money;

/**
 * Assesses a project at a date — <i>penilaian kemajuan kegiatan</i> — against its plan, what was
 * paid, its evidence and the district's photo registry, with the given {@link MonitoringThresholds}.
 *
 * <p>What is used: reports dated after the assessment date are ignored; the actual progress
 * is that of the latest report on or before it (progress is presumed not to have moved since, which
 * is the cautious reading; {@link RedFlagCode#STALE_REPORT} says when that report is old). Planned
 * progress and AT are taken at the assessment date, except that a completed project's AT is taken
 * at its completion (the first report of the final run of 100 % reports).
 *
 * <p>The plan is the baseline in force at the assessment date ({@link Project#planAt}): after a
 * contract addendum (CCO) the new one, before it the earlier one, so history stays assessable as it
 * stood. The year the work must finish in is that in force at the date ({@link Project#yearEndAt}:
 * the fiscal year, or the year a DPAL carried it into), and AC adds what earlier years paid for a
 * project carried by a DPAL ({@link Project#realisedBeforeAt}).
 *
 * <p>Red flags (severity in brackets; thresholds from {@link MonitoringThresholds}):
 *
 * <ul>
 *   <li>{@code spending-ahead} [CRITICAL] money drawn (AC + outstanding panjar of the kegiatan) ≥ BAC
 *       while physical &lt; 100 %; [HIGH] (drawn − unrecovered contract advance up to {@code
 *       advanceLimit} × BAC − materials on site) / BAC % − physical % &gt; margin;
 *   <li>{@code kontrak-kritis} [HIGH] status CRITICAL of a contractor's work; {@code deviasi-kritis}
 *       [HIGH] status CRITICAL of swakelola by the TPK (escalated to the PKA and the Kepala Desa);
 *       {@code behind-schedule} [LOW] status BEHIND;
 *   <li>{@code stale-report} [MEDIUM] not complete and more than {@code staleAfterDays} since the
 *       latest report (or since the start, without reports);
 *   <li>{@code no-baseline-photo} [MEDIUM] a report above 0 % with no earlier (or same-date, earlier
 *       listed) 0 % report carrying a photo;
 *   <li>{@code photo-off-site} [HIGH] one flag per report with a photo farther from the site than
 *       max(min radius, factor × accuracy);
 *   <li>{@code photo-reused} one flag per report showing a photo (hash) used before: the earliest
 *       use, among this project's reports and the registry's uses dated on or before the assessment
 *       date, is the original and is not flagged. [CRITICAL] the original is in another project or
 *       village (or there on the same date, when the two cannot be ordered), [HIGH] it is an
 *       earlier report of this project;
 *   <li>{@code unverified-report} [MEDIUM] one flag per project when a report is still unverified
 *       (not verified on or before the assessment date) more than {@code unverifiedAfterDays} after
 *       its date; it names the oldest;
 *   <li>{@code unit-cost-above-benchmark} [HIGH] BAC / target volume, or (once complete, with a
 *       measured volume) AC / measured volume, above benchmark × (1 + tolerance);
 *   <li>{@code volume-shortfall} [CRITICAL] complete but the latest measured volume is below target
 *       × (1 − tolerance);
 *   <li>{@code progress-backwards} [MEDIUM] one flag per report below the highest earlier report;
 *   <li>{@code forecast-after-year-end} [HIGH] not complete and the earned-schedule forecast finish
 *       is after 31 December of the fiscal year in force (no forecast exists while the earned schedule ES is 0,
 *       see {@link EarnedSchedule}).
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #assess} is a pure function, linear in the project's reports
 * and photos.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Money paid = book.ledger().realisedByKegiatan().get(project.kegiatan()); // AC, from core
 * ProjectAssessment a = ProjectAssessor.withDefaults()
 *     .assess(MonitoredProject.of(project, reports, paid), LocalDate.of(2025, 4, 7));
 * a.status();        // e.g. CRITICAL
 * a.deviationPp();   // actual − planned, in percentage points
 * a.flags().forEach(f -> System.out.println(f.severity() + " " + f.code() + ": " + f.message()));
 * }</pre>
 *
 * A district at once, with photo reuse across villages: {@link
 * id.smartkampung.monitoring.rollup.DistrictRollup#assess}. */
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
    PlannedCurve plan = p.planAt(date);
    LocalDate yearEnd = p.yearEndAt(date);
    Money ac = p.continuations().isEmpty() ? mp.actualCost()
        : Idr.ofSen(Math.addExact(Idr.toSen(mp.actualCost()), Idr.toSen(p.realisedBeforeAt(date))));
    Percent planned = plan.plannedAt(date);
    PercentagePoints deviation = actual.minus(planned);

    Optional<LocalDate> completedOn = Optional.empty();
    if (actual.isComplete()) {
      int i = m - 1;
      while (i > 0 && reports.get(i - 1).physical().isComplete()) {
        i--;
      }
      completedOn = Optional.of(reports.get(i).date());
    }
    EarnedValue ev = EarnedValue.ofPercent(p.bac(), planned, actual, ac);
    EarnedSchedule es = EarnedSchedule.of(plan, actual, completedOn.orElse(date));
    Optional<LocalDate> forecast = completedOn.isPresent() ? completedOn : es.forecastFinish();
    boolean lateForecast =
        completedOn.isEmpty() && forecast.isPresent() && forecast.get().isAfter(yearEnd);
    ProjectStatus status = status(actual, planned, deviation, lateForecast);

    List<RedFlag> flags = new ArrayList<>();
    spendingAhead(mp, Idr.toSen(ac), date, Idr.toSen(p.bac()), actual, flags);
    schedule(status, planned, actual, deviation, lateForecast, forecast, p, yearEnd, flags);
    stale(p, reports, actual, date, flags);
    baseline(reports, flags);
    offSite(p, reports, flags);
    reused(p, reports, registry, date, flags);
    unverified(reports, date, flags);
    unitCost(p, ac, reports, completedOn.isPresent(), flags);
    volume(p, reports, actual, flags);
    backwards(reports, flags);
    if (lateForecast) {
      flags.add(RedFlag.of(
          RedFlagCode.FORECAST_AFTER_YEAR_END,
          "forecast finish " + forecast.get() + " is after the end of fiscal year " + yearEnd.getYear(),
          ImmutableMap.of(
              "forecastFinish", forecast.get().toString(),
              "fiscalYearEnd", yearEnd.toString(),
              "plannedFinish", plan.finish().toString(),
              "spiT", es.spiT().map(BigDecimal::toPlainString).orElse("-"))));
    }
    EscalationStatus escalation = escalation(mp, date, completedOn, flags);
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
        completedOn.orElse(null),
        m == 0 ? null : reports.get(m - 1).date(),
        forecast.orElse(null),
        sorted,
        RiskScore.ofFlags(sorted),
        escalation);
  }

  /**
   * Where a contractor's project stands: the latest escalation event on or before the date; days
   * late past the planned finish up to completion, termination or the date; the late penalty
   * (contract value — the BAC — × {@code latePenaltyPerDay} × days, half-even to the sen); the
   * retention once handed over. An extension past {@code maxExtensionDays} is flagged.
   */
  private EscalationStatus escalation(MonitoredProject mp, LocalDate date, Optional<LocalDate> completedOn, List<RedFlag> flags) {
    Project p = mp.project();
    Escalation e = mp.escalation();
    LocalDate end = completedOn.orElse(date);
    Optional<EscalationEvent> termination = e.event(EscalationStage.TERMINATION).filter(t -> !t.date().isAfter(date));
    if (termination.isPresent() && termination.get().date().isBefore(end)) {
      end = termination.get().date();
    }
    LocalDate contractEnd = p.planAt(date).finish();
    long daysLate = Math.max(0, ChronoUnit.DAYS.between(contractEnd, end));
    long bacSen = Idr.toSen(p.bac());
    boolean contractor = p.implementer().kind() == Implementer.Kind.CONTRACTOR;
    long penaltySen = !contractor || daysLate == 0 ? 0
        : BigDecimal.valueOf(bacSen).multiply(thresholds.latePenaltyPerDay().fraction()).multiply(BigDecimal.valueOf(daysLate))
            .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    Optional<Money> retention = e.event(EscalationStage.PROVISIONAL_HANDOVER).filter(h -> !h.date().isAfter(date))
        .map(h -> Idr.ofSen(BigDecimal.valueOf(bacSen).multiply(thresholds.retention().fraction()).setScale(0, RoundingMode.HALF_EVEN).longValueExact()));
    e.event(EscalationStage.EXTENSION).filter(x -> !x.date().isAfter(date)).ifPresent(x -> {
      LocalDate until = requireNonNull(x.until(), "an extension says until when");
      long days = ChronoUnit.DAYS.between(contractEnd, until);
      if (days > thresholds.maxExtensionDays()) {
        flags.add(RedFlag.of(
            RedFlagCode.EXTENSION_BEYOND_LIMIT,
            "extension " + x.document() + " runs " + days + " days past the contract's end " + contractEnd + " (at most "
                + thresholds.maxExtensionDays() + ")",
            ImmutableMap.of(
                "document", x.document(),
                "until", until.toString(),
                "daysPastEnd", Long.toString(days),
                "limitDays", Integer.toString(thresholds.maxExtensionDays()))));
      }
    });
    return new EscalationStatus(e.latestOn(date).orElse(null), daysLate, Idr.ofSen(penaltySen), retention.orElse(null));
  }

  /**
   * The schedule status per {@link ProjectStatus}: complete; not started (0 % planned and done);
   * critical per kontrak kritis; else behind, on track or ahead by the sign of the deviation.
   */
  ProjectStatus status(Percent actual, Percent planned, PercentagePoints deviation, boolean lateForecast) {
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
   * <i>Kontrak kritis</i> (Permen PUPR 14/2020, SSUK "kontrak dinyatakan kritis"; Perlem LKPP
   * 12/2021), and the same test as <i>deviasi kritis</i> for swakelola: in periode I (planned ≤
   * boundary, 70 %), more than {@code kritisEarlyPp} (10 pp) behind; in periode II (planned &gt;
   * boundary), more than {@code kritisLatePp} (5 pp) behind, or behind by less than that while the
   * forecast finish lies after the fiscal year ("terlambat kurang dari 5 % … dan akan melampaui
   * tahun anggaran"): the third condition needs the work to be behind, a project ahead of plan is
   * never critical.
   */
  public boolean isKontrakKritis(Percent planned, PercentagePoints deviationPp, boolean forecastAfterYearEnd) {
    boolean late = planned.compareTo(thresholds.kritisStageBoundary()) > 0;
    PercentagePoints behind = deviationPp.negate();
    if (!late) {
      return behind.exceeds(thresholds.kritisEarlyPp());
    }
    return behind.exceeds(thresholds.kritisLatePp()) || (behind.signum() > 0 && forecastAfterYearEnd);
  }

  private static List<ProgressReport> upTo(List<ProgressReport> reports, LocalDate date) {
    int m = reports.size();
    while (m > 0 && reports.get(m - 1).date().isAfter(date)) {
      m--;
    }
    return reports.subList(0, m);
  }

  /**
   * Spending ahead of the work, measured honestly: money drawn = AC + panjar of the kegiatan not yet
   * accounted for; from it are netted out the contractor's unrecovered advance (up to {@code
   * advanceLimit} of BAC) and the materials delivered to site by the date. Fully drawn (≥ BAC) but
   * unfinished is critical; else flagged when the netted share of BAC exceeds physical % by more
   * than the margin, compared exactly in sen.
   */
  private void spendingAhead(MonitoredProject mp, long acSen, LocalDate date, long bacSen, Percent actual, List<RedFlag> flags) {
    FundsDrawn f = mp.funds();
    long panjarSen = Idr.toSen(f.outstandingPanjar());
    long drawnSen = acSen + panjarSen;
    long advanceSen = Math.min(f.advanceUnrecoveredSen(),
        BigDecimal.valueOf(bacSen).multiply(thresholds.advanceLimit().fraction()).setScale(0, RoundingMode.DOWN).longValueExact());
    long materialsSen = f.materialsOnSiteSen(date);
    long netSen = Math.max(0, drawnSen - advanceSen - materialsSen);
    BigDecimal netPct = BigDecimal.valueOf(netSen).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(bacSen), Percent.SCALE, RoundingMode.HALF_EVEN);
    BigDecimal gap = netPct.subtract(actual.value());
    Map<String, String> data = new LinkedHashMap<>();
    data.put("actualCost", Idr.formatSen(acSen));
    if (panjarSen > 0) {
      data.put("outstandingPanjar", Idr.formatSen(panjarSen));
    }
    if (advanceSen > 0) {
      data.put("advanceUnrecovered", Idr.formatSen(advanceSen));
    }
    if (materialsSen > 0) {
      data.put("materialsOnSite", Idr.formatSen(materialsSen));
    }
    data.put("bac", Idr.formatSen(bacSen));
    data.put("paidPercent", netPct.toPlainString());
    data.put("physicalPercent", actual.value().toPlainString());
    data.put("gapPp", gap.toPlainString());
    data.put("marginPp", thresholds.spendingAheadMarginPp().toPlainString());
    String drawn = panjarSen > 0 ? " (with " + Idr.formatSen(panjarSen) + " panjar not yet accounted for)" : "";
    if (drawnSen >= bacSen && !actual.isComplete()) {
      flags.add(RedFlag.of(
          RedFlagCode.SPENDING_AHEAD_OF_PROGRESS,
          FlagSeverity.CRITICAL,
          "fully drawn" + drawn + " but only " + actual + " built",
          data));
      return;
    }
    BigDecimal lhs = BigDecimal.valueOf(netSen).movePointRight(2).subtract(actual.value().multiply(BigDecimal.valueOf(bacSen)));
    if (lhs.compareTo(thresholds.spendingAheadMarginPp().value().multiply(BigDecimal.valueOf(bacSen))) > 0) {
      flags.add(RedFlag.of(
          RedFlagCode.SPENDING_AHEAD_OF_PROGRESS,
          "paid " + netPct.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "% of BAC" + drawn + " but only " + actual
              + " built, " + gap.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " pp ahead",
          data));
    }
  }

  private void schedule(
      ProjectStatus status, Percent planned, Percent actual, PercentagePoints deviation, boolean lateForecast,
      Optional<LocalDate> forecast, Project p, LocalDate yearEnd, List<RedFlag> flags) {
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
      boolean byDeviation = deviation.negate().exceeds(lateStage ? thresholds.kritisLatePp() : thresholds.kritisEarlyPp());
      forecast.ifPresent(f -> data.put("forecastFinish", f.toString()));
      data.put("reason", byDeviation ? "deviation" : "forecast-after-year-end");
      boolean contractor = p.implementer().kind() == Implementer.Kind.CONTRACTOR;
      data.put("implementer", p.implementer().kind().name());
      data.put("escalation", contractor
          ? "show-cause meeting (rapat pembuktian) with the contractor, Permen PUPR 14/2020 SSUK"
          : "report to the PKA and the Kepala Desa (swakelola by the TPK)");
      flags.add(RedFlag.of(
          contractor ? RedFlagCode.KONTRAK_KRITIS : RedFlagCode.DEVIASI_KRITIS,
          (contractor ? "kontrak kritis: " : "deviasi kritis: ") + deviation.toPlainString() + " pp against " + planned + " planned"
              + (byDeviation ? "" : ", forecast finish after 31 December " + yearEnd.getYear())
              + (contractor ? "" : "; escalate to the PKA and the Kepala Desa"),
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

  private static void reused(Project p, List<ProgressReport> reports, PhotoRegistry registry, LocalDate date, List<RedFlag> flags) {
    // per photo, the reports of this project (on or before the date) that carry it, in order; a
    // photo twice in one report counts once. Almost every photo is used once: stored as an Integer.
    Map<PhotoHash, Object> carriers = new LinkedHashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      List<Evidence> ev = reports.get(i).evidence();
      for (int j = 0; j < ev.size(); j++) {
        PhotoHash h = ev.get(j).photo();
        if (seenEarlierInReport(ev, j, h)) {
          continue;
        }
        Object prior = carriers.putIfAbsent(h, i);
        if (prior instanceof Integer first) {
          List<Integer> list = new ArrayList<>(4);
          list.add(first);
          list.add(i);
          carriers.put(h, list);
        } else if (prior != null) {
          @SuppressWarnings("unchecked")
          List<Integer> list = (List<Integer>) prior;
          list.add(i);
        }
      }
    }
    String village = p.village().code();
    for (Map.Entry<PhotoHash, Object> e : carriers.entrySet()) {
      PhotoHash h = e.getKey();
      ImmutableList<PhotoUse> elsewhere = registry.usesElsewhere(h, village, p.id(), date);
      Object c = e.getValue();
      if (elsewhere.isEmpty() && c instanceof Integer) {
        continue; // used once, here only
      }
      @SuppressWarnings("unchecked")
      List<Integer> idx = c instanceof Integer one ? List.of(one) : (List<Integer>) c;
      PhotoUse firstElsewhere = null;
      for (PhotoUse u : elsewhere) {
        if (firstElsewhere == null || u.reportDate().isBefore(firstElsewhere.reportDate())) {
          firstElsewhere = u;
        }
      }
      LocalDate ownFirst = reports.get(idx.get(0)).date();
      // the original is the earliest use; on the same date in another project it cannot be told apart
      boolean originalElsewhere = firstElsewhere != null && !firstElsewhere.reportDate().isAfter(ownFirst);
      String original = originalElsewhere ? firstElsewhere.toString() : village + "/" + p.id() + "@" + ownFirst;
      Set<String> places = new LinkedHashSet<>();
      for (PhotoUse u : elsewhere) {
        places.add(u.villageCode() + "/" + u.project());
      }
      for (int k = originalElsewhere ? 0 : 1; k < idx.size(); k++) {
        LocalDate d = reports.get(idx.get(k)).date();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("photo", h.hex());
        data.put("report", d.toString());
        data.put("original", original);
        if (originalElsewhere) {
          data.put("alsoIn", String.join(", ", places));
          data.put("firstUseElsewhere", firstElsewhere.toString());
          flags.add(RedFlag.of(
              RedFlagCode.PHOTO_REUSED,
              FlagSeverity.CRITICAL,
              "photo " + h.hex().substring(0, 12) + "… of the report of " + d + " was used before in " + firstElsewhere,
              data));
        } else {
          flags.add(RedFlag.of(
              RedFlagCode.PHOTO_REUSED,
              "photo " + h.hex().substring(0, 12) + "… of the report of " + d + " was used before in the report of " + ownFirst,
              data));
        }
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

  private void unverified(List<ProgressReport> reports, LocalDate date, List<RedFlag> flags) {
    int count = 0;
    ProgressReport oldest = null;
    for (ProgressReport r : reports) {
      if (!r.isVerifiedOn(date) && ChronoUnit.DAYS.between(r.date(), date) > thresholds.unverifiedAfterDays()) {
        count++;
        if (oldest == null) {
          oldest = r;
        }
      }
    }
    if (oldest != null) {
      flags.add(RedFlag.of(
          RedFlagCode.UNVERIFIED_REPORT,
          count + " report(s) unverified more than " + thresholds.unverifiedAfterDays() + " days after their date, the oldest of "
              + oldest.date() + " (" + oldest.physical() + ")",
          ImmutableMap.of(
              "report", oldest.date().toString(),
              "unverifiedReports", Integer.toString(count),
              "limitDays", Integer.toString(thresholds.unverifiedAfterDays()))));
    }
  }

  private void unitCost(Project p, Money ac, List<ProgressReport> reports, boolean complete, List<RedFlag> flags) {
    UnitCostBenchmark b = p.benchmark();
    if (b == null) {
      return;
    }
    long benchmarkSen = Idr.toSen(b.unitCost());
    long acSen = Idr.toSen(ac);
    BigDecimal limit = BigDecimal.valueOf(benchmarkSen).multiply(BigDecimal.ONE.add(thresholds.unitCostTolerance().fraction()));
    BigDecimal planned = BigDecimal.valueOf(Idr.toSen(p.bac())).divide(p.output().volume(), 0, RoundingMode.HALF_EVEN);
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
      data.put("benchmarkUnitCost", Idr.formatSen(benchmarkSen));
      data.put("benchmarkSource", b.source());
      data.put("tolerancePercent", thresholds.unitCostTolerance().value().toPlainString());
      data.put("unit", p.output().unit());
      BigDecimal shown = realisedHigh ? realised.get() : planned;
      flags.add(RedFlag.of(
          RedFlagCode.UNIT_COST_ABOVE_BENCHMARK,
          (realisedHigh ? "realised" : "planned") + " unit cost " + Idr.formatSen(shown.longValueExact()) + " per "
              + p.output().unit() + " is above the benchmark " + Idr.formatSen(benchmarkSen) + " (" + b.source() + ")",
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
    BigDecimal floor = target.multiply(BigDecimal.ONE.subtract(thresholds.volumeShortfallTolerance().fraction()));
    if (measured.get().compareTo(floor) < 0) {
      flags.add(RedFlag.of(
          RedFlagCode.VOLUME_SHORTFALL,
          "reported complete but only " + measured.get().toPlainString() + " of " + p.output() + " measured",
          ImmutableMap.of(
              "measuredVolume", measured.get().toPlainString(),
              "targetVolume", target.toPlainString(),
              "unit", p.output().unit(),
              "tolerancePercent", thresholds.volumeShortfallTolerance().value().toPlainString())));
    }
  }

  private static Optional<BigDecimal> latestMeasured(List<ProgressReport> reports) {
    for (int i = reports.size() - 1; i >= 0; i--) {
      BigDecimal measured = reports.get(i).measuredVolume();
      if (measured != null) {
        return Optional.of(measured);
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
