package id.smartkampung.monitoring.testkit;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.MonitoringThresholds;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.progress.ProgressReport;
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

  /** Cases of every situation. */
  @Provide
  default Arbitrary<MonitoringScenario> auditScenarios() {
    return MonitoringArbitraries.scenarios();
  }

  /** Cases around the kontrak-kritis thresholds: near them, beyond them, behind, on track. */
  @Provide
  default Arbitrary<MonitoringScenario> kritisScenarios() {
    return MonitoringArbitraries.scenarios(EnumSet.of(Situation.NEAR_THRESHOLD, Situation.KONTRAK_KRITIS, Situation.BEHIND, Situation.ON_TRACK));
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
    MonitoredProject empty = new MonitoredProject(p, ImmutableList.of(), 0);
    List<MonitoredProject> district = List.of(empty);
    List<Percent> cum = p.plan().cumulative();
    int days = p.plan().periodDays();
    BigDecimal slack = tolerance().percentPp();
    Percent before = Percent.ZERO;
    for (int k = -1; k <= p.plan().periods() + 1; k++) {
      for (int offset : new int[] {0, Math.max(1, days / 2)}) {
        LocalDate date = p.start().plusDays((long) k * days + offset);
        Percent planned = system.assess(empty, date, district).planned();
        String where = p + " at " + date + " (period " + k + " + " + offset + " days): planned " + planned;
        check(!planned.isBelow(before) || planned.minus(before).abs().compareTo(slack) <= 0, where + " fell below " + before);
        if (!date.isAfter(p.start())) {
          check(planned.value().compareTo(slack) <= 0, where + ", expected 0% up to the start");
        } else if (!date.isBefore(p.plannedFinish())) {
          check(Percent.HUNDRED.minus(planned).compareTo(slack) <= 0, where + ", expected 100% from the planned finish " + p.plannedFinish());
        } else if (offset == 0) {
          check(planned.minus(cum.get(k)).abs().compareTo(slack) <= 0, where + ", expected the plan's point " + cum.get(k));
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
   * <b>Deviasi.</b> Actual progress is that of the latest report on or before the date (0 % without
   * one); the deviation is actual − planned, in percentage points.
   */
  @Property
  default void deviationIsActualMinusPlanned(@ForAll("auditScenarios") MonitoringScenario s) {
    MonitoringCoverage.collect(s);
    AssessmentOutcome o = assess(s);
    BigDecimal slack = tolerance().percentPp();
    Percent latest = MonitoringCoverage.latest(s.subject().reports(), s.date());
    check(o.actual().minus(latest).abs().compareTo(slack) <= 0, s + ": actual " + o.actual() + ", but the latest report says " + latest);
    BigDecimal expected = o.actual().minus(o.planned());
    check(o.deviationPp().subtract(expected).abs().compareTo(slack) <= 0,
        s + ": deviation " + o.deviationPp().toPlainString() + " pp, but actual − planned = " + o.actual() + " − " + o.planned()
            + " = " + expected.toPlainString() + " pp");
  }

  /**
   * <b>Status.</b> Completed exactly at 100 %; otherwise, unless critical, behind when the deviation
   * is negative, ahead when positive, on track (or not started, at 0 % planned and done) at zero.
   * The {@code behind-schedule} and {@code kontrak-kritis} flags are raised exactly with the
   * statuses BEHIND and CRITICAL.
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
    check(o.has(RedFlagCode.KONTRAK_KRITIS) == (o.status() == ProjectStatus.CRITICAL), what + ", flags " + o.flags());
    check(o.has(RedFlagCode.BEHIND_SCHEDULE) == (o.status() == ProjectStatus.BEHIND), what + ", flags " + o.flags());
  }

  /**
   * <b>Kontrak kritis</b> (Permen PU 07/2011): an unfinished project is critical exactly when, while
   * planned ≤ 70 %, it is more than 10 pp behind; or while planned &gt; 70 %, more than 5 pp behind
   * or its forecast finish lies after 31 December of the fiscal year (thresholds per {@link
   * #thresholds()}; judged on the planned %, deviation and forecast the system reports).
   */
  @Property
  default void kontrakKritisFollowsTheTenAndFivePointRules(@ForAll("kritisScenarios") MonitoringScenario s) {
    MonitoringThresholds t = thresholds();
    AssessmentOutcome o = assess(s);
    boolean late = o.planned().compareTo(t.kritisStageBoundary()) > 0;
    BigDecimal behind = o.deviationPp().negate();
    BigDecimal limit = late ? t.kritisLatePp() : t.kritisEarlyPp();
    if (tolerance().nearThreshold(behind, limit) || tolerance().nearThreshold(o.planned().value(), t.kritisStageBoundary().value())) {
      return; // too close to a threshold for the slack allowed
    }
    boolean afterYearEnd = o.forecastFinish().map(f -> f.isAfter(s.project().fiscalYearEnd())).orElse(false);
    boolean expected = !o.actual().isComplete() && (behind.compareTo(limit) > 0 || (late && afterYearEnd));
    Statistics.label("stage").collect(late ? "planned > 70%" : "planned <= 70%");
    Statistics.label("critical").collect(expected);
    check((o.status() == ProjectStatus.CRITICAL) == expected,
        s + ": status " + o.status() + " but " + (late ? "late" : "early") + " stage, " + behind.toPlainString() + " pp behind against a limit of "
            + limit.toPlainString() + " pp" + (late ? ", forecast finish " + o.forecastFinish().map(LocalDate::toString).orElse("none") : "")
            + (expected ? ": kontrak kritis" : ": not kontrak kritis"));
  }

  /**
   * <b>Belanja mendahului fisik.</b> The spending-ahead flag is raised exactly when AC ≥ BAC while
   * physical progress is below 100 % (fully paid but unfinished), or the paid share of BAC exceeds
   * the physical % by more than the margin (10 pp).
   */
  @Property
  default void spendingAheadIsFlaggedExactlyWhenPaymentOutrunsTheWork(@ForAll("auditScenarios") MonitoringScenario s) {
    AssessmentOutcome o = assess(s);
    long bac = s.project().bacSen();
    long ac = s.subject().actualCostSen();
    Percent actual = MonitoringCoverage.latest(s.subject().reports(), s.date());
    // gap × BAC = AC × 100 − physical × BAC, compared exactly without dividing
    BigDecimal gapTimesBac = BigDecimal.valueOf(ac).movePointRight(2).subtract(actual.value().multiply(BigDecimal.valueOf(bac)));
    BigDecimal gap = gapTimesBac.divide(BigDecimal.valueOf(bac), 8, RoundingMode.HALF_EVEN);
    if (tolerance().nearThreshold(gap, thresholds().spendingAheadMarginPp())) {
      return;
    }
    boolean fullyPaidUnfinished = ac >= bac && !actual.isComplete();
    boolean expected = fullyPaidUnfinished || gapTimesBac.compareTo(thresholds().spendingAheadMarginPp().multiply(BigDecimal.valueOf(bac))) > 0;
    check(o.has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS) == expected,
        s + ": paid " + gap.add(actual.value()).toPlainString() + "% of BAC against " + actual + " built (gap " + gap.toPlainString()
            + " pp, margin " + thresholds().spendingAheadMarginPp().toPlainString() + " pp)" + (expected ? " but no" : " yet a")
            + " spending-ahead flag; flags " + o.flags());
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
   * <b>Foto dipakai ulang.</b> A photo (by its hash) that appears in reports of two projects is
   * flagged in both; without it, neither is flagged for reuse.
   */
  @Property
  default void aPhotoReusedAcrossTwoProjectsIsFlaggedInBoth(@ForAll("reusedPhotoScenarios") MonitoringScenario s) {
    AssessmentUnderTest system = assessmentUnderTest();
    for (MonitoredProject mp : s.district()) {
      AssessmentOutcome o = system.assess(mp, lastDate(mp, s), s.district());
      check(o.has(RedFlagCode.PHOTO_REUSED), s + ": " + mp.project().id() + " shares a photo with another project but has no photo-reused flag; flags " + o.flags());
    }
    for (MonitoredProject mp : s.controlDistrict()) {
      AssessmentOutcome o = system.assess(mp, lastDate(mp, s), s.controlDistrict());
      check(!o.has(RedFlagCode.PHOTO_REUSED), s + ": control " + mp.project().id() + " shares no photo, yet flagged; flags " + o.flags());
    }
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
        .filter(r -> !r.date().isAfter(s.date()) && r.measuredVolume().isPresent())
        .reduce((a, b) -> b).flatMap(ProgressReport::measuredVolume);
    BigDecimal floor = s.project().output().volume().multiply(BigDecimal.ONE.subtract(thresholds().volumeShortfallTolerance()));
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
    check(f.bacSen() == s.project().bacSen(), s + ": BAC " + f.bacSen() + " sen, allocation " + s.project().bacSen());
    check(f.acSen() == s.subject().actualCostSen(), s + ": AC " + f.acSen() + " sen, paid " + s.subject().actualCostSen());
    BigDecimal bac = BigDecimal.valueOf(f.bacSen());
    checkAmount(f.pvSen(), bac.multiply(o.planned().value()).movePointLeft(2), tol.moneySen(), s + ": PV = BAC × planned " + o.planned());
    checkAmount(f.evSen(), bac.multiply(o.actual().value()).movePointLeft(2), tol.moneySen(), s + ": EV = BAC × actual " + o.actual());
    checkIndex(f.spi(), f.evSen(), f.pvSen(), s + ": SPI = EV / PV");
    checkIndex(f.cpi(), f.evSen(), f.acSen(), s + ": CPI = EV / AC");
  }

  /**
   * <b>Perkiraan biaya akhir (EAC).</b> On the figures the system reports: EAC = BAC / CPI (absent
   * when AC or EV is 0); EAC = AC + (BAC − EV); EAC = AC + (BAC − EV) / (CPI × SPI) (absent when AC,
   * EV or PV is 0).
   */
  @Property
  default void eacVariantsFollowTheirFormulas(@ForAll("auditScenarios") MonitoringScenario s) {
    EarnedValueFigures f = assess(s).earnedValue();
    BigDecimal bac = BigDecimal.valueOf(f.bacSen());
    BigDecimal ev = BigDecimal.valueOf(f.evSen());
    BigDecimal ac = BigDecimal.valueOf(f.acSen());
    BigDecimal pv = BigDecimal.valueOf(f.pvSen());
    check(f.eacSen().isPresent() == (f.acSen() > 0 && f.evSen() > 0), s + ": BAC/CPI present " + f.eacSen().isPresent() + " with AC " + ac + ", EV " + ev);
    f.eacSen().ifPresent(e -> checkForecast(e, bac.multiply(ac).divide(ev, 8, RoundingMode.HALF_EVEN), s + ": EAC = BAC / CPI = BAC × AC / EV"));
    checkForecast(f.eacAtBudgetRateSen(), ac.add(bac).subtract(ev), s + ": EAC = AC + (BAC − EV)");
    check(f.eacCpiSpiSen().isPresent() == (f.acSen() > 0 && f.evSen() > 0 && f.pvSen() > 0),
        s + ": AC + (BAC − EV)/(CPI × SPI) present " + f.eacCpiSpiSen().isPresent() + " with AC " + ac + ", EV " + ev + ", PV " + pv);
    f.eacCpiSpiSen().ifPresent(e -> checkForecast(e,
        ac.add(bac.subtract(ev).multiply(ac).multiply(pv).divide(ev.multiply(ev), 8, RoundingMode.HALF_EVEN)),
        s + ": EAC = AC + (BAC − EV) / (CPI × SPI)"));
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

  private static LocalDate lastDate(MonitoredProject mp, MonitoringScenario s) {
    return mp.reports().isEmpty() ? s.date() : mp.reports().get(mp.reports().size() - 1).date();
  }

  private void checkAmount(long observedSen, BigDecimal exactSen, long slackSen, String what) {
    check(BigDecimal.valueOf(observedSen).subtract(exactSen).abs().compareTo(BigDecimal.valueOf(slackSen)) <= 0,
        what + " = " + exactSen.toPlainString() + " sen, reported " + observedSen + " sen");
  }

  private void checkIndex(Optional<BigDecimal> observed, long num, long den, String what) {
    check(observed.isPresent() == (den != 0), what + ": present " + observed.isPresent() + " with divisor " + den);
    observed.ifPresent(v -> {
      BigDecimal exact = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 12, RoundingMode.HALF_EVEN);
      check(v.subtract(exact).abs().compareTo(tolerance().index()) <= 0, what + " = " + exact.toPlainString() + ", reported " + v.toPlainString());
    });
  }

  private void checkForecast(long observedSen, BigDecimal exactSen, String what) {
    BigDecimal slack = BigDecimal.valueOf(tolerance().moneySen()).add(exactSen.abs().multiply(tolerance().relative()));
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
