package id.smartkampung.monitoring.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.PercentagePoints;
import id.smartkampung.monitoring.assessment.FundsDrawn;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.MonitoringThresholds;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.testkit.MonitoringScenario.Situation;
import id.smartkampung.monitoring.escalation.EscalationEvent;
import id.smartkampung.monitoring.escalation.EscalationStage;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.testkit.MonitoringScenario.Situation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The rules of e-Monitoring as a jqwik contract — <i>kontrak aturan pemantauan kegiatan fisik</i>
 * (DESIGN §4): implement this interface in a test class, supply the system under audit in {@link
 * #assessmentUnderTest()}, and every default {@code @Property} below runs against it over generated
 * {@link MonitoringScenario cases}:
 *
 * <pre>{@code
 * class OurMonitoringProperties implements ProjectAssessorContract {
 *   public AssessmentUnderTest assessmentUnderTest() {
 *     return AssessmentUnderTest.of(ProjectAssessor.withDefaults());   // or an adapter to your system
 *   }
 * }
 * }</pre>
 *
 * <p>Each rule is stated once and judged by a small reference model here, from the case's inputs
 * and the figures the system itself reports — never by calling smartkampung's assessor — so the
 * contract holds any implementation to the rules, ours included. Cases with a planted fault are
 * checked against their control (the same case without the fault): flagging everything fails as
 * surely as flagging nothing.
 *
 * <p>Thresholds are {@link #thresholds()} (the system's configuration; the documented defaults
 * unless overridden); slack for a system that rounds differently is {@link #tolerance()}. The number
 * of tries is jqwik's default ({@code jqwik.tries.default}, 1000 unless configured); a failure is
 * reported with its seed — see the auditor's guide, {@code monitoring/AUDITING.md}.
 */
@Api(Api.Status.EXPERIMENTAL)
public interface ProjectAssessorContract {

  /** The system under audit. Called once per try; may return the same instance every time. */
  AssessmentUnderTest assessmentUnderTest();

  /** The thresholds the system under audit is configured with; {@link MonitoringThresholds#defaults()} unless overridden. */
  default MonitoringThresholds thresholds() {
    return MonitoringThresholds.defaults();
  }

  /** The slack allowed on computed figures; {@link ContractTolerance#defaults()} unless overridden. */
  default ContractTolerance tolerance() {
    return ContractTolerance.defaults();
  }

  // ------------------------------------------------------------------------------ generators

  /** Projects of every kind, for the S-curve rule. */
  @Provide
  default Arbitrary<Project> auditProjects() {
    return MonitoringArbitraries.projects();
  }

  /** Projects planned from an engineer's RAB: non-physical items, unit prices, uneven and paused weeks. */
  @Provide
  default Arbitrary<Project> rabPlanProjects() {
    return MonitoringArbitraries.rabPlanProjects();
  }

  /** Projects re-baselined by a contract addendum (CCO). */
  @Provide
  default Arbitrary<Project> addendumProjects() {
    return MonitoringArbitraries.addendumProjects();
  }

  /** Work running past the year end and carried into the next year by a DPAL. */
  @Provide
  default Arbitrary<MonitoringScenario> dpalScenarios() {
    return MonitoringArbitraries.carriedByDpal();
  }

  /** Cases of every situation. */
  @Provide
  default Arbitrary<MonitoringScenario> auditScenarios() {
    return MonitoringArbitraries.scenarios();
  }

  /** Cases around the kontrak-kritis thresholds: near them, beyond them, running past the year end, behind, on track. */
  @Provide
  default Arbitrary<MonitoringScenario> kritisScenarios() {
    return MonitoringArbitraries.scenarios(EnumSet.of(
        Situation.NEAR_THRESHOLD, Situation.KONTRAK_KRITIS, Situation.RUNNING_PAST_YEAR_END, Situation.BEHIND, Situation.ON_TRACK));
  }

  /** Cases with panjar outstanding, a contractor's advance or materials on site. */
  @Provide
  default Arbitrary<MonitoringScenario> fundsScenarios() {
    return MonitoringArbitraries.fundsDrawnAhead();
  }

  /** Clean on-track cases. */
  @Provide
  default Arbitrary<MonitoringScenario> onTrackScenarios() {
    return MonitoringArbitraries.onTrack();
  }

  /** Fully paid but unfinished cases. */
  @Provide
  default Arbitrary<MonitoringScenario> fullyPaidScenarios() {
    return MonitoringArbitraries.fullyPaidUnfinished();
  }

  /** A photo reused across two projects. */
  @Provide
  default Arbitrary<MonitoringScenario> reusedPhotoScenarios() {
    return MonitoringArbitraries.photoReusedAcrossProjects();
  }

  /** All evidence far off site. */
  @Provide
  default Arbitrary<MonitoringScenario> offSiteScenarios() {
    return MonitoringArbitraries.evidenceOffSite();
  }

  /** Complete with a volume shortfall. */
  @Provide
  default Arbitrary<MonitoringScenario> shortfallScenarios() {
    return MonitoringArbitraries.volumeShortfall();
  }

  /** One report left unverified (or verified only after the date) longer than the limit. */
  @Provide
  default Arbitrary<MonitoringScenario> unverifiedScenarios() {
    return MonitoringArbitraries.unverifiedReport();
  }

  /** A contractor's project in kontrak kritis with show-cause meetings, warning letters, an extension. */
  @Provide
  default Arbitrary<MonitoringScenario> escalationScenarios() {
    return MonitoringArbitraries.escalation();
  }

  /** One report below an earlier one. */
  @Provide
  default Arbitrary<MonitoringScenario> backwardsScenarios() {
    return MonitoringArbitraries.progressBackwards();
  }

  // ------------------------------------------------------------------------------ rules

  /**
   * <b>Kurva S.</b> Planned progress is 0 % up to the start, 100 % from the planned finish, never
   * decreases between, equals the plan's cumulative point at the end of each period and lies
   * between the two points around any day within a period.
   */
  @Property
  default void plannedProgressFollowsTheSCurveFromZeroToHundred(@ForAll("auditProjects") Project p) {
    AssessmentUnderTest system = assessmentUnderTest();
    MonitoredProject empty = new MonitoredProject(p, ImmutableList.of(), Idr.ZERO);
    List<MonitoredProject> district = List.of(empty);
    List<Percent> cum = p.plan().cumulative();
    int days = p.plan().periodDays();
    BigDecimal slack = tolerance().percentPp().value();
    Percent before = Percent.ZERO;
    for (int k = -1; k <= p.plan().periods() + 1; k++) {
      for (int offset : new int[] {0, Math.max(1, days / 2)}) {
        LocalDate date = p.start().plusDays((long) k * days + offset);
        Percent planned = system.assess(empty, date, district).planned();
        String where = p + " at " + date + " (period " + k + " + " + offset + " days): planned " + planned;
        check(!planned.isBelow(before) || planned.minus(before).abs().value().compareTo(slack) <= 0, where + " fell below " + before);
        if (!date.isAfter(p.start())) {
          check(planned.value().compareTo(slack) <= 0, where + ", expected 0% up to the start");
        } else if (!date.isBefore(p.plannedFinish())) {
          check(Percent.HUNDRED.minus(planned).value().compareTo(slack) <= 0, where + ", expected 100% from the planned finish " + p.plannedFinish());
        } else if (offset == 0) {
          check(planned.minus(cum.get(k)).abs().value().compareTo(slack) <= 0, where + ", expected the plan's point " + cum.get(k));
        } else {
          check(planned.value().compareTo(cum.get(k).value().subtract(slack)) >= 0
              && planned.value().compareTo(cum.get(k + 1).value().add(slack)) <= 0,
              where + ", expected between " + cum.get(k) + " and " + cum.get(k + 1));
        }
        before = planned;
      }
    }
  }

  /**
   * <b>Bobot RAB.</b> For a plan built from a RAB, planned progress at the end of week k is Σ over
   * <em>physical</em> items of cost × (the item's load in weeks before k ÷ its total load) ÷ the
   * cost of the physical items: non-physical items (honorarium TPK, ATK, dokumentasi, papan nama)
   * weigh nothing, and each item's weight follows its weekly loads, pauses included (bobot = jumlah
   * harga ÷ total pekerjaan; the kurva S of the jadwal pelaksanaan, Permen PUPR 14/2020).
   */
  @Property
  default void plannedProgressWeighsPhysicalRabItemsByTheirWeeklyLoads(@ForAll("rabPlanProjects") Project p) {
    AssessmentUnderTest system = assessmentUnderTest();
    MonitoredProject empty = new MonitoredProject(p, ImmutableList.of(), Idr.ZERO);
    var rab = p.plan().rab().orElseThrow();
    double physical = 0;
    int weeks = 0;
    for (var i : rab.items()) {
      if (i.kind() == id.smartkampung.monitoring.plan.RabItem.Kind.PHYSICAL) {
        physical += Idr.toSen(i.cost());
        weeks = Math.max(weeks, i.schedule().loads().lastKey() + 1);
      }
    }
    double slack = tolerance().percentPp().value().doubleValue() + 1e-3;
    Statistics.label("non-physical items").collect(rab.items().stream().anyMatch(i -> i.kind() != id.smartkampung.monitoring.plan.RabItem.Kind.PHYSICAL));
    for (int k = 0; k <= weeks; k++) {
      double done = 0;
      for (var i : rab.items()) {
        if (i.kind() != id.smartkampung.monitoring.plan.RabItem.Kind.PHYSICAL) {
          continue;
        }
        double before = 0;
        double all = 0;
        for (var e : i.schedule().loads().entrySet()) {
          all += e.getValue().doubleValue();
          before += e.getKey() < k ? e.getValue().doubleValue() : 0;
        }
        done += Idr.toSen(i.cost()) * before / all;
      }
      double expected = 100 * done / physical;
      LocalDate date = p.start().plusWeeks(k);
      Percent planned = system.assess(empty, date, List.of(empty)).planned();
      check(Math.abs(planned.value().doubleValue() - expected) <= slack,
          p + " at " + date + " (end of week " + (k - 1) + "): planned " + planned + ", but the RAB's physical items weigh in "
              + String.format(java.util.Locale.ROOT, "%.4f", expected) + "%");
    }
  }

  /**
   * <b>Adendum (CCO).</b> An addendum re-baselines the plan from its date (Perpres 16/2018 ps 54(1)):
   * on and after it, planned progress follows the new kurva S; before it, the earlier one still
   * judges — history stays assessable as it stood.
   */
  @Property
  default void assessmentsUseTheBaselineInForce(@ForAll("addendumProjects") Project p) {
    AssessmentUnderTest system = assessmentUnderTest();
    MonitoredProject empty = new MonitoredProject(p, ImmutableList.of(), Idr.ZERO);
    BigDecimal slack = tolerance().percentPp().value();
    var original = p.plan();
    int periods = original.periods();
    for (var a : p.addenda()) {
      periods = Math.max(periods, a.plan().periods());
    }
    for (int k = -1; k <= periods + 1; k++) {
      LocalDate date = original.start().plusDays((long) k * original.periodDays());
      var inForce = original;
      String which = "the signed plan";
      for (var a : p.addenda()) {
        if (!a.date().isAfter(date)) {
          inForce = a.plan();
          which = "addendum " + a.document() + " of " + a.date();
        }
      }
      long days = java.time.temporal.ChronoUnit.DAYS.between(inForce.start(), date);
      Percent expected;
      if (days <= 0) {
        expected = Percent.ZERO;
      } else if (days >= (long) inForce.periods() * inForce.periodDays()) {
        expected = Percent.HUNDRED;
      } else if (days % inForce.periodDays() == 0) {
        expected = inForce.cumulative().get((int) (days / inForce.periodDays()));
      } else {
        continue;
      }
      Percent planned = system.assess(empty, date, List.of(empty)).planned();
      check(planned.minus(expected).abs().value().compareTo(slack) <= 0,
          p + " at " + date + ": planned " + planned + ", but " + which + " is in force there and says " + expected);
    }
  }

  /**
   * <b>DPAL.</b> Work carried into the next year by a DPAL (Permendagri 20/2018 ps 1 angka 28) stays
   * the same project: from the DPAL's date its forecast is judged against 31 December of the year it
   * continues in ({@code forecast-after-year-end} exactly when unfinished and forecast after that
   * day), and its actual cost includes what was paid in the earlier year.
   */
  @Property
  default void aDpalCarriesTheProjectIntoTheNextYear(@ForAll("dpalScenarios") MonitoringScenario s) {
    AssessmentOutcome o = assess(s);
    Project p = s.project();
    int year = p.fiscalYear();
    long before = 0;
    for (var d : p.continuations()) {
      if (!d.date().isAfter(s.date())) {
        year = d.year();
        before += Idr.toSen(d.realisedBefore());
      }
    }
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    boolean expected = !o.actual().isComplete() && Optional.ofNullable(o.forecastFinish()).map(f -> f.isAfter(yearEnd)).orElse(false);
    Statistics.label("forecast past the continued year").collect(expected);
    check(o.has(RedFlagCode.FORECAST_AFTER_YEAR_END) == expected,
        s + ": carried into " + year + " by DPAL, forecast " + Optional.ofNullable(o.forecastFinish()).map(LocalDate::toString).orElse("none")
            + (expected ? " is after " : " is not after ") + yearEnd + ", flags " + o.flags());
    long ac = Idr.toSen(s.subject().actualCost()) + before;
    check(Idr.toSen(o.earnedValue().ac()) == ac,
        s + ": AC " + Idr.format(o.earnedValue().ac()) + ", but this year's payments plus the earlier year's under the DPAL are " + Idr.formatSen(ac));
  }

  /**
   * <b>Deviasi.</b> Actual progress is that of the latest report on or before the date (0 % without
   * one); the deviation is actual − planned, in percentage points.
   */
  @Property
  default void deviationIsActualMinusPlanned(@ForAll("auditScenarios") MonitoringScenario s) {
    MonitoringCoverage.collect(s);
    AssessmentOutcome o = assess(s);
    BigDecimal slack = tolerance().percentPp().value();
    Percent latest = MonitoringCoverage.latest(s.subject().reports(), s.date());
    check(o.actual().minus(latest).abs().value().compareTo(slack) <= 0, s + ": actual " + o.actual() + ", but the latest report says " + latest);
    PercentagePoints expected = o.actual().minus(o.planned());
    check(o.deviationPp().minus(expected).abs().value().compareTo(slack) <= 0,
        s + ": deviation " + o.deviationPp().toPlainString() + " pp, but actual − planned = " + o.actual() + " − " + o.planned()
            + " = " + expected.toPlainString() + " pp");
  }

  /**
   * <b>Status.</b> Completed exactly at 100 %; otherwise, unless critical, behind when the deviation
   * is negative, ahead when positive, on track (or not started, at 0 % planned and done) at zero.
   * The {@code behind-schedule} flag is raised exactly with the status BEHIND, and a critical flag
   * ({@code kontrak-kritis} or {@code deviasi-kritis}) exactly with CRITICAL.
   */
  @Property
  default void statusFollowsTheDeviation(@ForAll("auditScenarios") MonitoringScenario s) {
    AssessmentOutcome o = assess(s);
    MonitoringCoverage.collect(o);
    String what = s + ": status " + o.status() + " with actual " + o.actual() + ", planned " + o.planned() + ", deviation "
        + o.deviationPp().toPlainString() + " pp";
    check(o.actual().isComplete() == (o.status() == ProjectStatus.COMPLETED), what);
    if (o.status() != ProjectStatus.COMPLETED && o.status() != ProjectStatus.CRITICAL) {
      ProjectStatus expected = switch (o.deviationPp().signum()) {
        case -1 -> ProjectStatus.BEHIND;
        case 1 -> ProjectStatus.AHEAD;
        default -> o.actual().isZero() && o.planned().isZero() ? ProjectStatus.NOT_STARTED : ProjectStatus.ON_TRACK;
      };
      check(o.status() == expected
          || (expected == ProjectStatus.NOT_STARTED && o.status() == ProjectStatus.ON_TRACK), what + ", expected " + expected);
    }
    check((o.has(RedFlagCode.KONTRAK_KRITIS) || o.has(RedFlagCode.DEVIASI_KRITIS)) == (o.status() == ProjectStatus.CRITICAL),
        what + ", flags " + o.flags());
    check(o.has(RedFlagCode.BEHIND_SCHEDULE) == (o.status() == ProjectStatus.BEHIND), what + ", flags " + o.flags());
  }

  /**
   * <b>Kontrak kritis</b> (Permen PUPR 14/2020, SSUK; Perlem LKPP 12/2021): an unfinished project is
   * critical exactly when, while planned ≤ 70 % (periode I), it is more than 10 pp behind; or while
   * planned &gt; 70 % (periode II), more than 5 pp behind, or behind at all with its forecast finish
   * after 31 December of the fiscal year — never when on or ahead of plan (thresholds per {@link
   * #thresholds()}; judged on the planned %, deviation and forecast the system reports).
   */
  @Property
  default void kontrakKritisFollowsTheTenAndFivePointRules(@ForAll("kritisScenarios") MonitoringScenario s) {
    MonitoringThresholds t = thresholds();
    AssessmentOutcome o = assess(s);
    boolean late = o.planned().compareTo(t.kritisStageBoundary()) > 0;
    PercentagePoints behind = o.deviationPp().negate();
    PercentagePoints limit = late ? t.kritisLatePp() : t.kritisEarlyPp();
    if (tolerance().nearThreshold(behind.value(), limit.value()) || tolerance().nearThreshold(o.planned().value(), t.kritisStageBoundary().value())) {
      return; // too close to a threshold for the slack allowed
    }
    boolean afterYearEnd = Optional.ofNullable(o.forecastFinish()).map(f -> f.isAfter(s.project().yearEndAt(s.date()))).orElse(false);
    boolean expected = !o.actual().isComplete() && (behind.exceeds(limit) || (late && behind.signum() > 0 && afterYearEnd));
    Statistics.label("past the year end").collect(late && afterYearEnd ? (behind.signum() > 0 ? "behind" : "on or ahead") : "no");
    Statistics.label("stage").collect(late ? "planned > 70%" : "planned <= 70%");
    Statistics.label("critical").collect(expected);
    check((o.status() == ProjectStatus.CRITICAL) == expected,
        s + ": status " + o.status() + " but " + (late ? "late" : "early") + " stage, " + behind.toPlainString() + " pp behind against a limit of "
            + limit.toPlainString() + " pp" + (late ? ", forecast finish " + Optional.ofNullable(o.forecastFinish()).map(LocalDate::toString).orElse("none") : "")
            + (expected ? ": kontrak kritis" : ": not kontrak kritis"));
  }

  /**
   * <b>Kontrak kritis or deviasi kritis.</b> A critical deviation of a contractor's work
   * (<i>penyedia</i>) is <i>kontrak kritis</i>, handled by show-cause meetings (Permen PUPR 14/2020,
   * SSUK); the same deviation of the village's self-managed work (<i>swakelola</i> by the TPK) is
   * <i>deviasi kritis</i>, escalated to the PKA and the Kepala Desa: there is no contract to call
   * critical. Exactly one of the two flags is raised with the status CRITICAL, by the implementer.
   */
  @Property
  default void criticalWorkIsKontrakKritisOnlyForAContractor(@ForAll("kritisScenarios") MonitoringScenario s) {
    AssessmentOutcome o = assess(s);
    boolean contractor = s.project().implementer().kind() == Implementer.Kind.CONTRACTOR;
    boolean critical = o.status() == ProjectStatus.CRITICAL;
    Statistics.label("critical by implementer").collect(critical ? (contractor ? "penyedia" : "swakelola") : "not critical");
    String what = s + ": status " + o.status() + ", implementer " + s.project().implementer().kind() + ", flags " + o.flags();
    check(o.has(RedFlagCode.KONTRAK_KRITIS) == (critical && contractor), what + (contractor ? "" : ": swakelola is never kontrak kritis"));
    check(o.has(RedFlagCode.DEVIASI_KRITIS) == (critical && !contractor), what + (contractor ? ": a contractor's critical work is kontrak kritis" : ""));
  }

  /**
   * <b>Belanja mendahului fisik, diukur jujur.</b> Money drawn is AC plus the panjar of the kegiatan
   * not yet accounted for (<i>dana ditarik di muka</i>); the contractor's unrecovered advance (<i>uang
   * muka</i>, up to {@code advanceLimit}, 30 %, of BAC) and the materials delivered to site by the
   * date are netted out. The spending-ahead flag is raised exactly when money drawn ≥ BAC while
   * physical progress is below 100 %, or the netted share of BAC exceeds the physical % by more than
   * the margin (10 pp).
   */
  @Property
  default void spendingAheadIsFlaggedExactlyWhenPaymentOutrunsTheWork(@ForAll("auditScenarios") MonitoringScenario s) {
    AssessmentOutcome o = assess(s);
    long bac = Idr.toSen(s.project().bac());
    FundsDrawn funds = s.subject().funds();
    long drawn = Idr.toSen(s.subject().actualCost()) + Idr.toSen(funds.outstandingPanjar());
    long advance = Math.min(Idr.toSen(funds.advancePaid()) - Idr.toSen(funds.advanceRecovered()),
        BigDecimal.valueOf(bac).multiply(thresholds().advanceLimit().fraction()).setScale(0, RoundingMode.DOWN).longValueExact());
    long materials = funds.materials().stream().filter(m -> !m.date().isAfter(s.date())).mapToLong(m -> Idr.toSen(m.value())).sum();
    long ac = Math.max(0, drawn - advance - materials);
    Percent actual = MonitoringCoverage.latest(s.subject().reports(), s.date());
    Statistics.label("funds drawn").collect(Idr.toSen(funds.outstandingPanjar()) > 0 ? "panjar" : advance > 0 ? "advance" : materials > 0 ? "materials" : "none");
    // gap × BAC = netted × 100 − physical × BAC, compared exactly without dividing
    BigDecimal gapTimesBac = BigDecimal.valueOf(ac).movePointRight(2).subtract(actual.value().multiply(BigDecimal.valueOf(bac)));
    BigDecimal gap = gapTimesBac.divide(BigDecimal.valueOf(bac), 8, RoundingMode.HALF_EVEN);
    if (tolerance().nearThreshold(gap, thresholds().spendingAheadMarginPp().value())) {
      return;
    }
    boolean fullyPaidUnfinished = drawn >= bac && !actual.isComplete();
    boolean expected = fullyPaidUnfinished || gapTimesBac.compareTo(thresholds().spendingAheadMarginPp().value().multiply(BigDecimal.valueOf(bac))) > 0;
    check(o.has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS) == expected,
        s + ": paid " + gap.add(actual.value()).toPlainString() + "% of BAC against " + actual + " built (gap " + gap.toPlainString()
            + " pp, margin " + thresholds().spendingAheadMarginPp().toPlainString() + " pp)" + (expected ? " but no" : " yet a")
            + " spending-ahead flag; flags " + o.flags());
  }

  /**
   * <b>Dana ditarik di muka.</b> The same rule on cases where money is drawn beyond AC or rightly
   * offset: panjar not yet accounted for counts as spent; an unrecovered contract advance and
   * materials on site are netted out.
   */
  @Property
  default void outstandingPanjarCountsAndAdvanceAndMaterialsAreNettedOut(@ForAll("fundsScenarios") MonitoringScenario s) {
    spendingAheadIsFlaggedExactlyWhenPaymentOutrunsTheWork(s);
  }

  /** <b>Dibayar lunas, fisik belum selesai.</b> A project fully paid but unfinished always gets the spending-ahead flag; its control, paid only what was built, does not. */
  @Property
  default void fullyPaidButUnfinishedIsAlwaysFlaggedSpendingAhead(@ForAll("fullyPaidScenarios") MonitoringScenario s) {
    AssessmentOutcome o = assess(s);
    check(o.has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS), s + ": fully paid but unfinished, no spending-ahead flag; flags " + o.flags());
    AssessmentOutcome c = assessControl(s);
    check(!c.has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS), s + ": the control is paid only what was built, yet flagged; flags " + c.flags());
  }

  /**
   * <b>Foto dipakai ulang.</b> Of the reports showing one photo (by its hash), in this project or
   * any other of the district, the earliest is the original: exactly the reports of a project that
   * show a photo used before (in an earlier report here, or elsewhere on or before their own date)
   * are flagged photo-reused, by date — the original is not, and a use elsewhere dated after the
   * assessment date is ignored. Two projects using it on the same date cannot be ordered: both are
   * flagged. Each project is judged at its own last report and at the case's date; without the
   * shared photo, nothing is flagged.
   */
  @Property
  default void aReusedPhotoIsFlaggedInTheLaterReportOnly(@ForAll("reusedPhotoScenarios") MonitoringScenario s) {
    AssessmentUnderTest system = assessmentUnderTest();
    boolean found = false;
    for (MonitoredProject mp : s.district()) {
      for (LocalDate date : List.of(lastDate(mp, s), s.date())) {
        AssessmentOutcome o = system.assess(mp, date, s.district());
        Set<LocalDate> expected = reusingReports(mp, date, s.district());
        found |= !expected.isEmpty();
        check(o.has(RedFlagCode.PHOTO_REUSED) == !expected.isEmpty() && o.reportsFlagged(RedFlagCode.PHOTO_REUSED).equals(expected),
            s + ": " + mp.project().id() + " at " + date + ": reports showing a photo used before are " + expected
                + ", flagged are " + o.reportsFlagged(RedFlagCode.PHOTO_REUSED) + "; flags " + o.flags());
      }
    }
    check(found, s + ": the case shares no photo between its projects");
    for (MonitoredProject mp : s.controlDistrict()) {
      AssessmentOutcome o = system.assess(mp, lastDate(mp, s), s.controlDistrict());
      check(!o.has(RedFlagCode.PHOTO_REUSED), s + ": control " + mp.project().id() + " shares no photo, yet flagged; flags " + o.flags());
    }
  }

  /**
   * <b>Laporan belum diverifikasi.</b> A project is flagged unverified-report exactly when one of its
   * reports on or before the date was not verified on or before the date and is more than {@code
   * unverifiedAfterDays} (14) days old; the flag names the oldest such report. A verification made
   * after the assessment date does not count at it. The control, verified in time, is not flagged.
   */
  @Property
  default void aReportUnverifiedPastTheLimitIsFlagged(@ForAll("unverifiedScenarios") MonitoringScenario s) {
    AssessmentOutcome o = assess(s);
    Optional<LocalDate> oldest = s.subject().reports().stream()
        .filter(r -> !r.date().isAfter(s.date()) && !r.isVerifiedOn(s.date())
            && java.time.temporal.ChronoUnit.DAYS.between(r.date(), s.date()) > thresholds().unverifiedAfterDays())
        .map(ProgressReport::date).findFirst();
    check(o.has(RedFlagCode.UNVERIFIED_REPORT) == oldest.isPresent()
            && o.reportsFlagged(RedFlagCode.UNVERIFIED_REPORT).equals(oldest.map(Set::of).orElse(Set.of())),
        s + ": the oldest report unverified past " + thresholds().unverifiedAfterDays() + " days is " + oldest.map(LocalDate::toString).orElse("none")
            + ", flagged " + o.reportsFlagged(RedFlagCode.UNVERIFIED_REPORT) + "; flags " + o.flags());
    check(!assessControl(s).has(RedFlagCode.UNVERIFIED_REPORT), s + ": the control is verified in time, yet flagged");
  }

  /**
   * <b>Foto di luar lokasi.</b> Every report carrying a photo farther from the site than max(50 m, 2
   * × GPS accuracy) is flagged photo-off-site, by its date; with the photos back on site, none is.
   */
  @Property
  default void evidenceFarFromTheSiteFlagsEveryReport(@ForAll("offSiteScenarios") MonitoringScenario s) {
    AssessmentOutcome o = assess(s);
    Set<LocalDate> expected = new HashSet<>();
    for (ProgressReport r : s.subject().reports()) {
      for (Evidence e : r.evidence()) {
        if (!r.date().isAfter(s.date()) && s.project().site().distanceMeters(e.location()) > thresholds().onSiteRadiusMeters(e.accuracyMeters())) {
          expected.add(r.date());
        }
      }
    }
    check(!expected.isEmpty(), s + ": the case has no off-site photo (thresholds " + thresholds() + ")");
    check(o.reportsFlagged(RedFlagCode.PHOTO_OFF_SITE).containsAll(expected),
        s + ": reports " + expected + " have photos off site, flagged are " + o.reportsFlagged(RedFlagCode.PHOTO_OFF_SITE));
    AssessmentOutcome c = assessControl(s);
    check(!c.has(RedFlagCode.PHOTO_OFF_SITE), s + ": the control's photos are on site, yet flagged; flags " + c.flags());
  }

  /**
   * <b>Kekurangan volume.</b> A project reported 100 % whose latest measured volume is below target ×
   * (1 − tolerance) is flagged volume-shortfall; with the full volume measured, it is not.
   */
  @Property
  default void volumeShortfallAtCompletionIsFlagged(@ForAll("shortfallScenarios") MonitoringScenario s) {
    AssessmentOutcome o = assess(s);
    Optional<BigDecimal> measured = s.subject().reports().stream()
        .filter(r -> !r.date().isAfter(s.date()) && r.measuredVolume() != null)
        .reduce((a, b) -> b).map(ProgressReport::measuredVolume);
    BigDecimal floor = s.project().output().volume().multiply(BigDecimal.ONE.subtract(thresholds().volumeShortfallTolerance().fraction()));
    boolean expected = MonitoringCoverage.latest(s.subject().reports(), s.date()).isComplete()
        && measured.isPresent() && measured.get().compareTo(floor) < 0;
    check(o.has(RedFlagCode.VOLUME_SHORTFALL) == expected,
        s + ": measured " + measured.map(BigDecimal::toPlainString).orElse("nothing") + " of " + s.project().output()
            + (expected ? ", no" : ", yet a") + " volume-shortfall flag; flags " + o.flags());
    check(!assessControl(s).has(RedFlagCode.VOLUME_SHORTFALL), s + ": the control measures the full target, yet flagged");
  }

  /** <b>Progres mundur.</b> A report below an earlier report is flagged progress-backwards; a monotone series is not. */
  @Property
  default void progressGoingBackwardsIsFlagged(@ForAll("backwardsScenarios") MonitoringScenario s) {
    AssessmentOutcome o = assess(s);
    check(o.has(RedFlagCode.PROGRESS_BACKWARDS), s + ": a report falls below an earlier one, no progress-backwards flag; flags " + o.flags());
    AssessmentOutcome c = assessControl(s);
    check(!c.has(RedFlagCode.PROGRESS_BACKWARDS), s + ": the control only rises, yet flagged; flags " + c.flags());
  }

  /**
   * <b>Tanpa tanda bahaya.</b> A project on plan or ahead, paid no more than was built, reporting
   * weekly with on-site, unique photos from a 0 % baseline, within its unit-cost benchmark, raises no
   * red flag at all.
   */
  @Property
  default void aCleanOnTrackProjectRaisesNoRedFlag(@ForAll("onTrackScenarios") MonitoringScenario s) {
    AssessmentOutcome o = assess(s);
    check(o.flags().isEmpty(), s + ": a clean on-track project, yet flags " + o.flags());
    check(EnumSet.of(ProjectStatus.NOT_STARTED, ProjectStatus.ON_TRACK, ProjectStatus.AHEAD, ProjectStatus.COMPLETED).contains(o.status()),
        s + ": status " + o.status());
  }

  /**
   * <b>Nilai hasil.</b> BAC is the allocation and AC the amount paid; PV = BAC × planned %, EV = BAC ×
   * actual %; SPI = EV / PV exactly when PV &gt; 0 and CPI = EV / AC exactly when AC &gt; 0 (else
   * absent), on the figures the system reports.
   */
  @Property
  default void spiAndCpiFollowTheirDefinitions(@ForAll("auditScenarios") MonitoringScenario s) {
    AssessmentOutcome o = assess(s);
    EarnedValueFigures f = o.earnedValue();
    ContractTolerance tol = tolerance();
    check(f.bac().isEqualTo(s.project().bac()), s + ": BAC " + Idr.format(f.bac()) + ", allocation " + Idr.format(s.project().bac()));
    check(f.ac().isEqualTo(s.subject().actualCost()), s + ": AC " + Idr.format(f.ac()) + ", paid " + Idr.format(s.subject().actualCost()));
    BigDecimal bac = BigDecimal.valueOf(Idr.toSen(f.bac()));
    checkAmount(Idr.toSen(f.pv()), bac.multiply(o.planned().value()).movePointLeft(2), tol.moneySen(), s + ": PV = BAC × planned " + o.planned());
    checkAmount(Idr.toSen(f.ev()), bac.multiply(o.actual().value()).movePointLeft(2), tol.moneySen(), s + ": EV = BAC × actual " + o.actual());
    checkIndex(f.spi(), Idr.toSen(f.ev()), Idr.toSen(f.pv()), s + ": SPI = EV / PV");
    checkIndex(f.cpi(), Idr.toSen(f.ev()), Idr.toSen(f.ac()), s + ": CPI = EV / AC");
  }

  /**
   * <b>Perkiraan biaya akhir (EAC).</b> On the figures the system reports: EAC = BAC / CPI (absent
   * when AC or EV is 0); EAC = AC + (BAC − EV); EAC = AC + (BAC − EV) / (CPI × SPI) (absent when AC,
   * EV or PV is 0).
   */
  @Property
  default void eacVariantsFollowTheirFormulas(@ForAll("auditScenarios") MonitoringScenario s) {
    EarnedValueFigures f = assess(s).earnedValue();
    BigDecimal bac = BigDecimal.valueOf(Idr.toSen(f.bac()));
    BigDecimal ev = BigDecimal.valueOf(Idr.toSen(f.ev()));
    BigDecimal ac = BigDecimal.valueOf(Idr.toSen(f.ac()));
    BigDecimal pv = BigDecimal.valueOf(Idr.toSen(f.pv()));
    check((f.eac() != null) == (ac.signum() > 0 && ev.signum() > 0), s + ": BAC/CPI present " + (f.eac() != null) + " with AC " + ac + " sen, EV " + ev + " sen");
    Money eac = f.eac();
    if (eac != null) {
      checkForecast(Idr.toSen(eac), bac.multiply(ac).divide(ev, 8, RoundingMode.HALF_EVEN), s + ": EAC = BAC / CPI = BAC × AC / EV");
    }
    checkForecast(Idr.toSen(f.eacAtBudgetRate()), ac.add(bac).subtract(ev), s + ": EAC = AC + (BAC − EV)");
    check((f.eacCpiSpi() != null) == (ac.signum() > 0 && ev.signum() > 0 && pv.signum() > 0),
        s + ": AC + (BAC − EV)/(CPI × SPI) present " + (f.eacCpiSpi() != null) + " with AC " + ac + " sen, EV " + ev + " sen, PV " + pv + " sen");
    Money eacCpiSpi = f.eacCpiSpi();
    if (eacCpiSpi != null) {
      checkForecast(Idr.toSen(eacCpiSpi),
          ac.add(bac.subtract(ev).multiply(ac).multiply(pv).divide(ev.multiply(ev), 8, RoundingMode.HALF_EVEN)),
          s + ": EAC = AC + (BAC − EV) / (CPI × SPI)");
    }
  }

  /**
   * <b>Penanganan kontrak kritis.</b> A contractor's project stands at the latest escalation event
   * on or before the date (show-cause meetings I–III, warning letters I–III, extension,
   * termination, handover; Permen PUPR 14/2020 SSUK, Perlem LKPP 12/2021); the late penalty is 1 ‰
   * of the contract value (the BAC) per calendar day past the planned finish (Perpres 16/2018 Pasal
   * 79(4)); an extension running more than 50 days past the planned finish is flagged
   * extension-beyond-limit. Without escalation, no stage.
   */
  @Property
  default void escalationStandsAtTheLatestEventAndThePenaltyRunsPerDay(@ForAll("escalationScenarios") MonitoringScenario s) {
    AssessmentOutcome o = assess(s);
    Optional<EscalationEvent> latest = s.subject().escalation().latestOn(s.date());
    Statistics.label("stage").collect(latest.map(e -> e.stage().label()).orElse("none"));
    check(Optional.ofNullable(o.escalation()).equals(latest.map(EscalationEvent::stage)),
        s + ": the latest event on or before the date is " + latest.map(Object::toString).orElse("none") + ", reported " + o.escalation());
    long days = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(s.project().plannedFinish(), s.date()));
    BigDecimal exact = BigDecimal.valueOf(Idr.toSen(s.project().bac())).multiply(thresholds().latePenaltyPerDay().fraction())
        .multiply(BigDecimal.valueOf(days));
    checkAmount(Idr.toSen(o.latePenalty()), exact, tolerance().moneySen(),
        s + ": late penalty for " + days + " days past " + s.project().plannedFinish());
    boolean beyond = s.subject().escalation().event(EscalationStage.EXTENSION)
        .filter(x -> !x.date().isAfter(s.date()))
        .map(x -> java.time.temporal.ChronoUnit.DAYS.between(s.project().plannedFinish(), requireNonNull(x.until(), "until")) > thresholds().maxExtensionDays())
        .orElse(false);
    check(o.has(RedFlagCode.EXTENSION_BEYOND_LIMIT) == beyond, s + ": extension beyond " + thresholds().maxExtensionDays() + " days " + beyond + ", flags " + o.flags());
    check(assessControl(s).escalation() == null, s + ": the control has no escalation, yet a stage is reported");
  }

  // ------------------------------------------------------------------------------ helpers

  /** The outcome for the case's subject among its district. */
  private AssessmentOutcome assess(MonitoringScenario s) {
    return assessmentUnderTest().assess(s.subject(), s.date(), s.district());
  }

  /** The outcome for the case's control among its control district. */
  private AssessmentOutcome assessControl(MonitoringScenario s) {
    return assessmentUnderTest().assess(s.control(), s.date(), s.controlDistrict());
  }

  /** The reference model of photo reuse: the dates of mp's reports (on or before date) showing a photo used before. */
  private static Set<LocalDate> reusingReports(MonitoredProject mp, LocalDate date, List<MonitoredProject> district) {
    java.util.Map<id.smartkampung.monitoring.evidence.PhotoHash, LocalDate> firstElsewhere = new java.util.HashMap<>();
    for (MonitoredProject other : district) {
      if (other.project().id().equals(mp.project().id()) && other.project().village().code().equals(mp.project().village().code())) {
        continue;
      }
      for (ProgressReport r : other.reports()) {
        if (!r.date().isAfter(date)) {
          for (Evidence e : r.evidence()) {
            firstElsewhere.merge(e.photo(), r.date(), (a, b) -> a.isBefore(b) ? a : b);
          }
        }
      }
    }
    Set<id.smartkampung.monitoring.evidence.PhotoHash> seenHere = new HashSet<>();
    Set<LocalDate> out = new HashSet<>();
    for (ProgressReport r : mp.reports()) {
      if (r.date().isAfter(date)) {
        continue;
      }
      Set<id.smartkampung.monitoring.evidence.PhotoHash> inReport = new HashSet<>();
      r.evidence().forEach(e -> inReport.add(e.photo()));
      for (id.smartkampung.monitoring.evidence.PhotoHash h : inReport) {
        LocalDate fe = firstElsewhere.get(h);
        if (seenHere.contains(h) || (fe != null && !fe.isAfter(r.date()))) {
          out.add(r.date());
        }
      }
      seenHere.addAll(inReport);
    }
    return out;
  }

  private static LocalDate lastDate(MonitoredProject mp, MonitoringScenario s) {
    return mp.reports().isEmpty() ? s.date() : mp.reports().get(mp.reports().size() - 1).date();
  }

  private void checkAmount(long observedSen, BigDecimal exactSen, long slackSen, String what) {
    check(BigDecimal.valueOf(observedSen).subtract(exactSen).abs().compareTo(BigDecimal.valueOf(slackSen)) <= 0,
        what + " = " + exactSen.toPlainString() + " sen, reported " + observedSen + " sen");
  }

  private void checkIndex(@Nullable BigDecimal observed, long num, long den, String what) {
    check((observed != null) == (den != 0), what + ": present " + (observed != null) + " with divisor " + den);
    if (observed != null) {
      BigDecimal exact = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 12, RoundingMode.HALF_EVEN);
      check(observed.subtract(exact).abs().compareTo(tolerance().index()) <= 0,
          what + " = " + exact.toPlainString() + ", reported " + observed.toPlainString());
    }
  }

  private void checkForecast(long observedSen, BigDecimal exactSen, String what) {
    BigDecimal slack = BigDecimal.valueOf(tolerance().moneySen()).add(exactSen.abs().multiply(tolerance().relative().fraction()));
    check(BigDecimal.valueOf(observedSen).subtract(exactSen).abs().compareTo(slack) <= 0,
        what + " = " + exactSen.toPlainString() + " sen, reported " + observedSen + " sen");
  }

  /** Fails the property with {@code message} unless {@code condition} holds. */
  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
