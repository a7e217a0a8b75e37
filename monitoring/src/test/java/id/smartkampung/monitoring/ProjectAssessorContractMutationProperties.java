package id.smartkampung.monitoring;

import id.smartkampung.core.money.Idr;
import com.google.common.collect.ImmutableList;
import id.smartkampung.monitoring.assessment.MonitoringThresholds;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.project.Implementer;
import id.smartkampung.monitoring.testkit.AssessmentOutcome;
import id.smartkampung.monitoring.testkit.AssessmentUnderTest;
import id.smartkampung.monitoring.testkit.EarnedValueFigures;
import id.smartkampung.monitoring.testkit.ObservedFlag;
import id.smartkampung.monitoring.testkit.ProjectAssessorContract;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.testkit.AssessmentOutcome;
import id.smartkampung.monitoring.testkit.AssessmentUnderTest;
import id.smartkampung.monitoring.testkit.EarnedValueFigures;
import id.smartkampung.monitoring.testkit.ObservedFlag;
import id.smartkampung.monitoring.testkit.ProjectAssessorContract;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.plan.Rab;
import id.smartkampung.monitoring.plan.RabItem;
import id.smartkampung.monitoring.plan.WorkSchedule;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import org.javamoney.moneta.Money;
import net.jqwik.api.Group;
import net.jqwik.api.Reporter;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Mutation check of the shipped contract: each group below feeds {@link ProjectAssessorContract} a
 * deliberately broken assessor (a <em>mutant</em> of ours, one rule broken) and expects exactly the
 * properties named in its {@link Catches} to fail, and every other property to pass.
 *
 * <p>How: the groups implement the contract like any auditor's test class, so jqwik runs the real
 * default {@code @Property} methods — generation, tries, the assertions — through the JUnit
 * Platform, as {@code mvn verify} runs everything else. An {@link AroundPropertyHook} ({@link
 * ExpectContractFailure}) wraps each of those properties: it fixes the seed (deterministic), turns
 * shrinking off and sets 200 tries (50 for the properties that must still pass: they show the
 * contract is specific, the full runs are elsewhere), and for a property named in {@link Catches} inverts the
 * verdict: a failure by {@link AssertionError} (a broken rule, not a crash) becomes a success, a pass
 * becomes a failure "the contract did not catch the mutant". This is jqwik's own mechanism for
 * expected failures (as in jqwik-testing's {@code @ExpectFailure}) without a further dependency, and
 * more faithful than calling the property methods in a loop: it proves the contract catches the
 * mutant when run the way an auditor runs it. The failing runs' own reports are silenced.
 */
@AddLifecycleHook(value = ProjectAssessorContractMutationProperties.ExpectContractFailure.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class ProjectAssessorContractMutationProperties {
  private static final ProjectAssessor OURS = ProjectAssessor.withDefaults();

  /** The contract properties that must catch this mutant (all others must still pass). */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface Catches {
    String[] value();
  }

  /** Inverts the verdict of the properties a mutant must fail; see the class comment. */
  static class ExpectContractFailure implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      Catches catches = context.containerClass().getAnnotation(Catches.class);
      boolean mustFail = catches != null && Arrays.asList(catches.value()).contains(context.targetMethod().getName());
      context.attributes().setSeed("20250903");
      context.attributes().setTries(mustFail ? 200 : 50);
      context.attributes().setShrinking(ShrinkingMode.OFF);
      if (mustFail) {
        context.wrapReporter(r -> SILENT);
      }
      PropertyExecutionResult result = property.execute();
      if (!mustFail) {
        return result;
      }
      Optional<Throwable> why = result.throwable();
      if (result.status() == PropertyExecutionResult.Status.FAILED && why.isPresent() && why.get() instanceof AssertionError) {
        return result.mapToSuccessful();
      }
      return result.mapToFailed("the contract did not catch the mutant " + context.containerClass().getSimpleName()
          + " in " + context.targetMethod().getName() + ": " + result.status() + why.map(t -> " " + t).orElse(""));
    }
  }

  private static final Reporter SILENT = new Reporter() {
    @Override
    public void publishValue(String key, String value) {}

    @Override
    public void publishReport(String key, Object object) {}

    @Override
    public void publishReports(String key, Map<String, Object> objects) {}
  };

  private static AssessmentUnderTest dropping(RedFlagCode code) {
    AssessmentUnderTest ours = AssessmentUnderTest.of(OURS);
    return (mp, date, district) -> {
      AssessmentOutcome o = ours.assess(mp, date, district);
      return o.withFlags(o.flags().stream().filter(f -> f.code() != code).collect(ImmutableList.toImmutableList()));
    };
  }

  @Group
  @Catches({"spendingAheadIsFlaggedExactlyWhenPaymentOutrunsTheWork", "fullyPaidButUnfinishedIsAlwaysFlaggedSpendingAhead"})
  class NeverFlagsSpendingAhead implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return dropping(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS);
    }
  }

  /** Treats the late stage like the early one: 10 pp instead of 5 pp above 70 % planned. */
  @Group
  @Catches("kontrakKritisFollowsTheTenAndFivePointRules")
  class IgnoresTheFivePointRuleAboveSeventyPercent implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return AssessmentUnderTest.of(ProjectAssessor.of(MonitoringThresholds.defaults().withKritisLatePp(PercentagePoints.of(10))));
    }
  }

  /** Looks for reused photos only within the project, ignoring the district's photo register. */
  @Group
  @Catches("aReusedPhotoIsFlaggedInTheLaterReportOnly")
  class IgnoresTheDistrictPhotoRegister implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return (mp, date, district) -> AssessmentOutcome.of(OURS.assess(mp, date));
    }
  }

  /** Flags every project for photo reuse: caught by the controls, not by the planted cases. */
  @Group
  @Catches({"aReusedPhotoIsFlaggedInTheLaterReportOnly", "aCleanOnTrackProjectRaisesNoRedFlag"})
  class SeesPhotoReuseEverywhere implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      AssessmentUnderTest ours = AssessmentUnderTest.of(OURS);
      return (mp, date, district) -> {
        AssessmentOutcome o = ours.assess(mp, date, district);
        return o.withFlags(ImmutableList.<ObservedFlag>builder().addAll(o.flags()).add(ObservedFlag.of(RedFlagCode.PHOTO_REUSED)).build());
      };
    }
  }

  /** A 100 km "on site" radius: accepts photos from anywhere in the kabupaten. */
  @Group
  @Catches("evidenceFarFromTheSiteFlagsEveryReport")
  class AcceptsPhotosFromAnywhere implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return AssessmentUnderTest.of(ProjectAssessor.of(MonitoringThresholds.defaults().withGpsMinRadiusMeters(100_000)));
    }
  }

  /** A 60 % volume tolerance: accepts works built to half their volume. */
  @Group
  @Catches("volumeShortfallAtCompletionIsFlagged")
  class AcceptsHalfTheVolume implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return AssessmentUnderTest.of(ProjectAssessor.of(MonitoringThresholds.defaults().withVolumeShortfallTolerance(Percent.of(60))));
    }
  }

  @Group
  @Catches("progressGoingBackwardsIsFlagged")
  class NeverFlagsProgressGoingBackwards implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return dropping(RedFlagCode.PROGRESS_BACKWARDS);
    }
  }

  /** Reports deviation as planned − actual. */
  @Group
  @Catches({"deviationIsActualMinusPlanned", "statusFollowsTheDeviation", "kontrakKritisFollowsTheTenAndFivePointRules"})
  class DeviationTheWrongWayRound implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      AssessmentUnderTest ours = AssessmentUnderTest.of(OURS);
      return (mp, date, district) -> {
        AssessmentOutcome o = ours.assess(mp, date, district);
        return new AssessmentOutcome(o.planned(), o.actual(), o.deviationPp().negate(), o.status(), o.forecastFinish(), o.flags(), o.earnedValue(),
            o.escalation(), o.latePenalty());
      };
    }
  }

  /** Reports SPI as PV / EV. */
  @Group
  @Catches("spiAndCpiFollowTheirDefinitions")
  class SpiUpsideDown implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      AssessmentUnderTest ours = AssessmentUnderTest.of(OURS);
      return (mp, date, district) -> {
        AssessmentOutcome o = ours.assess(mp, date, district);
        EarnedValueFigures f = o.earnedValue();
        BigDecimal spi = Idr.toSen(f.ev()) == 0 || Idr.toSen(f.pv()) == 0 ? f.spi()
            : (BigDecimal.valueOf(Idr.toSen(f.pv())).divide(BigDecimal.valueOf(Idr.toSen(f.ev())), 6, RoundingMode.HALF_EVEN));
        return o.withEarnedValue(f.withSpi(spi));
      };
    }
  }

  /** Computes the third EAC as AC + (BAC − EV) / CPI, forgetting SPI. */
  @Group
  @Catches("eacVariantsFollowTheirFormulas")
  class EacForgetsSpi implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      AssessmentUnderTest ours = AssessmentUnderTest.of(OURS);
      return (mp, date, district) -> {
        AssessmentOutcome o = ours.assess(mp, date, district);
        EarnedValueFigures f = o.earnedValue();
        Money wrong = Optional.ofNullable(f.eacCpiSpi()).map(x -> Idr.ofSen(Idr.toSen(f.ac()) + BigDecimal.valueOf(Idr.toSen(f.bac()) - Idr.toSen(f.ev()))
            .multiply(BigDecimal.valueOf(Idr.toSen(f.ac()))).divide(BigDecimal.valueOf(Idr.toSen(f.ev())), 0, RoundingMode.HALF_EVEN).longValueExact()))
            .orElse(null);
        return o.withEarnedValue(f.withEacCpiSpi(wrong));
      };
    }
  }

  /**
   * The defect fixed in issue 18: the third kontrak-kritis condition fires whenever the forecast
   * finish crosses 31 December in periode II, even on or ahead of plan.
   */
  @Group
  @Catches("kontrakKritisFollowsTheTenAndFivePointRules")
  class CriticalPastTheYearEndEvenAheadOfPlan implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      AssessmentUnderTest ours = AssessmentUnderTest.of(OURS);
      return (mp, date, district) -> {
        AssessmentOutcome o = ours.assess(mp, date, district);
        boolean late = o.planned().compareTo(MonitoringThresholds.defaults().kritisStageBoundary()) > 0;
        boolean afterYearEnd = Optional.ofNullable(o.forecastFinish()).map(f -> f.isAfter(mp.project().fiscalYearEnd())).orElse(false);
        if (o.status() == ProjectStatus.CRITICAL || o.actual().isComplete() || !late || !afterYearEnd) {
          return o;
        }
        RedFlagCode code = mp.project().implementer().kind() == Implementer.Kind.CONTRACTOR ? RedFlagCode.KONTRAK_KRITIS : RedFlagCode.DEVIASI_KRITIS;
        ImmutableList<ObservedFlag> flags = ImmutableList.<ObservedFlag>builder()
            .addAll(o.flags().stream().filter(f -> f.code() != RedFlagCode.BEHIND_SCHEDULE).toList()).add(ObservedFlag.of(code)).build();
        return new AssessmentOutcome(o.planned(), o.actual(), o.deviationPp(), ProjectStatus.CRITICAL, o.forecastFinish(), flags, o.earnedValue(),
            o.escalation(), o.latePenalty());
      };
    }
  }

  /** Calls the TPK's swakelola kontrak kritis, as if the village had a contract with itself. */
  @Group
  @Catches("criticalWorkIsKontrakKritisOnlyForAContractor")
  class CallsSwakelolaKontrakKritis implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      AssessmentUnderTest ours = AssessmentUnderTest.of(OURS);
      return (mp, date, district) -> {
        AssessmentOutcome o = ours.assess(mp, date, district);
        return o.withFlags(o.flags().stream()
            .map(f -> f.code() == RedFlagCode.DEVIASI_KRITIS ? ObservedFlag.of(RedFlagCode.KONTRAK_KRITIS) : f)
            .collect(ImmutableList.toImmutableList()));
      };
    }
  }

  /**
   * The rule before issue 18: every report showing a photo that appears in another project of the
   * district is flagged, whatever the dates — the original too, and on photos taken after the date.
   */
  @Group
  @Catches("aReusedPhotoIsFlaggedInTheLaterReportOnly")
  class FlagsTheOriginalToo implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      AssessmentUnderTest ours = AssessmentUnderTest.of(OURS);
      return (mp, date, district) -> {
        AssessmentOutcome o = ours.assess(mp, date, district);
        Set<PhotoHash> elsewhere = new HashSet<>();
        for (MonitoredProject other : district) {
          if (!other.project().equals(mp.project())) {
            other.reports().forEach(r -> r.evidence().forEach(e -> elsewhere.add(e.photo())));
          }
        }
        ImmutableList.Builder<ObservedFlag> flags = ImmutableList.builder();
        flags.addAll(o.flags());
        for (ProgressReport r : mp.reports()) {
          if (!r.date().isAfter(date) && r.evidence().stream().anyMatch(e -> elsewhere.contains(e.photo()))) {
            flags.add(ObservedFlag.about(RedFlagCode.PHOTO_REUSED, r.date()));
          }
        }
        return o.withFlags(flags.build());
      };
    }
  }

  @Group
  @Catches("aReportUnverifiedPastTheLimitIsFlagged")
  class NeverFlagsUnverifiedReports implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return dropping(RedFlagCode.UNVERIFIED_REPORT);
    }
  }

  /** Counts a verification made after the assessment date as if it had been there all along. */
  @Group
  @Catches("aReportUnverifiedPastTheLimitIsFlagged")
  class CountsVerificationsMadeAfterTheDate implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return (mp, date, district) -> {
        List<ProgressReport> backdated = mp.reports().stream()
            .map(r -> r.verifiedBy().map(r::verifiedBy).orElse(r))
            .toList();
        return AssessmentOutcome.of(OURS.assess(MonitoredProject.of(mp.project(), backdated, mp.actualCost()).withEscalation(mp.escalation()).withFunds(mp.funds()), date,
            MonitoredProject.photoRegistry(district)));
      };
    }
  }

  /** Reports the first escalation step taken instead of the latest: stuck at show-cause meeting I. */
  @Group
  @Catches("escalationStandsAtTheLatestEventAndThePenaltyRunsPerDay")
  class StuckAtTheFirstEscalationStep implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      AssessmentUnderTest ours = AssessmentUnderTest.of(OURS);
      return (mp, date, district) -> {
        AssessmentOutcome o = ours.assess(mp, date, district);
        return o.withEscalation(mp.escalation().events().stream().filter(e -> !e.date().isAfter(date)).map(e -> e.stage()).findFirst().orElse(null), o.latePenalty());
      };
    }
  }

  /** Charges the late penalty per cent (1 %) instead of per mille (1 ‰) a day. */
  @Group
  @Catches("escalationStandsAtTheLatestEventAndThePenaltyRunsPerDay")
  class LatePenaltyPerCentNotPerMille implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return AssessmentUnderTest.of(ProjectAssessor.of(MonitoringThresholds.defaults().withLatePenaltyPerDay(Percent.of(1))));
    }
  }

  /** Counts only realised payments: panjar drawn and not yet accounted for is invisible. */
  @Group
  @Catches("outstandingPanjarCountsAndAdvanceAndMaterialsAreNettedOut")
  class IgnoresOutstandingPanjar implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      AssessmentUnderTest ours = AssessmentUnderTest.of(OURS);
      return (mp, date, district) -> ours.assess(mp.withFunds(mp.funds().withOutstandingPanjar(Idr.ZERO)), date, district);
    }
  }

  /** Takes a contractor's advance and materials on site for spending ahead of the work. */
  @Group
  @Catches({"outstandingPanjarCountsAndAdvanceAndMaterialsAreNettedOut", "spendingAheadIsFlaggedExactlyWhenPaymentOutrunsTheWork"})
  class CountsTheAdvanceAsSpendingAhead implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      AssessmentUnderTest ours = AssessmentUnderTest.of(OURS);
      return (mp, date, district) -> ours.assess(
          mp.withFunds(id.smartkampung.monitoring.assessment.FundsDrawn.none().withOutstandingPanjar(mp.funds().outstandingPanjar())), date, district);
    }
  }

  private static AssessmentUnderTest onProject(java.util.function.UnaryOperator<Project> change) {
    AssessmentUnderTest ours = AssessmentUnderTest.of(OURS);
    return (mp, date, district) -> ours.assess(
        new MonitoredProject(change.apply(mp.project()), mp.reports(), mp.actualCost(), mp.escalation(), mp.funds()), date, district);
  }

  private static Project withRabItems(Project p, java.util.function.UnaryOperator<RabItem> change) {
    if (p.plan().rab().isEmpty()) {
      return p;
    }
    Rab rab = Rab.of(p.plan().rab().get().items().stream().map(change).toList());
    return p.withPlan(PlannedCurve.fromRab(p.plan().start(), rab));
  }

  /** Weighs the non-physical RAB items (honorarium, ATK, papan nama) in physical progress. */
  @Group
  @Catches("plannedProgressWeighsPhysicalRabItemsByTheirWeeklyLoads")
  class WeighsNonPhysicalRabItems implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return onProject(p -> withRabItems(p, i -> new RabItem(
          i.number(), i.name(), RabItem.Kind.PHYSICAL, i.cost(), i.unitPrice(), i.schedule(), i.volume(), i.unit())));
    }
  }

  /** Spreads each RAB item evenly from its first to its last week: ignores uneven loads and pauses. */
  @Group
  @Catches("plannedProgressWeighsPhysicalRabItemsByTheirWeeklyLoads")
  class SpreadsEachItemEvenlyOverItsSpan implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return onProject(p -> withRabItems(p, i -> i.withSchedule(WorkSchedule.contiguous(i.startWeek(), i.endWeek() - i.startWeek()))));
    }
  }

  /** Keeps judging against the signed plan after a contract addendum. */
  @Group
  @Catches("assessmentsUseTheBaselineInForce")
  class IgnoresTheAddendum implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return onProject(Project::withoutAddenda);
    }
  }

  /** Judges the whole history against the latest addendum, as if it had always been the plan. */
  @Group
  @Catches("assessmentsUseTheBaselineInForce")
  class AppliesTheAddendumRetroactively implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return onProject(p -> p.withPlan(p.currentPlan()).withoutAddenda());
    }
  }

  /** Forgets the DPAL: the old year's 31 December still the deadline, last year's payments not in AC. */
  @Group
  @Catches("aDpalCarriesTheProjectIntoTheNextYear")
  class IgnoresTheDpal implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return onProject(p -> new Project(p.id(), p.name(), p.village(), p.fiscalYear(), p.allocation(), p.output(), p.site(), p.plan(),
          p.implementer(), p.benchmark(), p.addenda(), ImmutableList.of()));
    }
  }
}
