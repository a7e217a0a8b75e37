package id.smartkampung.monitoring;

import com.google.common.collect.ImmutableList;
import id.smartkampung.monitoring.assessment.MonitoringThresholds;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
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
import java.util.Optional;
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
      return AssessmentUnderTest.of(ProjectAssessor.of(MonitoringThresholds.defaults().withKritisLatePp(BigDecimal.TEN)));
    }
  }

  /** Looks for reused photos only within the project, ignoring the district's photo register. */
  @Group
  @Catches("aPhotoReusedAcrossTwoProjectsIsFlaggedInBoth")
  class IgnoresTheDistrictPhotoRegister implements ProjectAssessorContract {
    @Override
    public AssessmentUnderTest assessmentUnderTest() {
      return (mp, date, district) -> AssessmentOutcome.of(OURS.assess(mp, date));
    }
  }

  /** Flags every project for photo reuse: caught by the controls, not by the planted cases. */
  @Group
  @Catches({"aPhotoReusedAcrossTwoProjectsIsFlaggedInBoth", "aCleanOnTrackProjectRaisesNoRedFlag"})
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
      return AssessmentUnderTest.of(ProjectAssessor.of(MonitoringThresholds.defaults().withVolumeShortfallTolerance(new BigDecimal("0.6"))));
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
        return new AssessmentOutcome(o.planned(), o.actual(), o.deviationPp().negate(), o.status(), o.forecastFinish(), o.flags(), o.earnedValue());
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
        Optional<BigDecimal> spi = f.evSen() == 0 || f.pvSen() == 0 ? f.spi()
            : Optional.of(BigDecimal.valueOf(f.pvSen()).divide(BigDecimal.valueOf(f.evSen()), 6, RoundingMode.HALF_EVEN));
        return o.withEarnedValue(new EarnedValueFigures(f.bacSen(), f.pvSen(), f.evSen(), f.acSen(), spi, f.cpi(), f.eacSen(),
            f.eacAtBudgetRateSen(), f.eacCpiSpiSen()));
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
        Optional<Long> wrong = f.eacCpiSpiSen().map(x -> f.acSen() + BigDecimal.valueOf(f.bacSen() - f.evSen())
            .multiply(BigDecimal.valueOf(f.acSen())).divide(BigDecimal.valueOf(f.evSen()), 0, RoundingMode.HALF_EVEN).longValueExact());
        return o.withEarnedValue(new EarnedValueFigures(f.bacSen(), f.pvSen(), f.evSen(), f.acSen(), f.spi(), f.cpi(), f.eacSen(),
            f.eacAtBudgetRateSen(), wrong));
      };
    }
  }
}
