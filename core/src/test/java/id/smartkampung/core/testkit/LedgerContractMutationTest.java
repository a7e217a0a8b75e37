package id.smartkampung.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The mutation check: the contract must catch broken ledgers, each by the property aimed at the
 * guarantee it breaks and by no other. A contract test class is run the way Maven runs it — through
 * the JUnit Platform {@link Launcher} with the jqwik engine — but here programmatically, so that its
 * failure is this test's expected result rather than a failure of the build.
 *
 * <p>The mutants: {@link CashCheckSkippingLedger} (I6) and those of {@link BrokenLedgers} —
 * segregation of duties (I7), item overspend (I5), idempotency (I8), reversal after a dependent
 * (I9), panjar over-accounted (I5, SPJ) and tax over-deposited (I10), a month's close ignored (I9),
 * and a place overdrawn (I6 by place). Each is caught through nothing
 * but the ledger's answers and balances; every other property passes on it, which shows that the
 * mutant is otherwise a consistent ledger and that the properties do not overlap on it.
 */
class LedgerContractMutationTest {
  /** What one launched property did. */
  private record Result(String name, TestExecutionResult.Status status, String message) {}

  private static Map<String, Result> launch(LauncherDiscoveryRequestBuilder request) {
    Map<String, Result> results = new TreeMap<>();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(
        request.filters(includeEngines("jqwik")).build(),
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
              results.put(id.getDisplayName(), new Result(id.getDisplayName(), result.getStatus(), result.getThrowable().map(Throwable::getMessage).orElse("")));
            }
          }
        });
    return results;
  }

  /** The names of the contract's properties. */
  private static TreeSet<String> properties() {
    TreeSet<String> names = new TreeSet<>();
    for (Method m : LedgerContract.class.getMethods()) {
      if (m.isAnnotationPresent(Property.class)) {
        names.add(m.getName());
      }
    }
    return names;
  }

  static Stream<Arguments> mutants() {
    return Stream.of(
        // a fund source whose cash goes below zero has its bank or its cash box below zero: the stronger
        // guarantee by place (bankAndCashBoxNeverGoNegative) may catch this mutant too, never another
        Arguments.of(CashCheckSkippingLedger.Contract.class, "cashOfEachFundSourceNeverGoesNegative", "[I6 cash]", "available IDR -"),
        Arguments.of(BrokenLedgers.SegregationSkipping.Contract.class, "dutiesAreSegregated", "[I7 duties]", ""),
        Arguments.of(BrokenLedgers.ItemOverspending.Contract.class, "committedAndRealisedStayWithinEachItem", "[I5 within_item]", ""),
        Arguments.of(BrokenLedgers.ConflictAsDuplicate.Contract.class, "aRepeatedIdIsANoOpOrAConflict", "[I8 idempotency]", ""),
        Arguments.of(BrokenLedgers.DependentReversing.Contract.class, "reversalsUndoOnlyWhatIsPosted", "[I9 reversal]", ""),
        Arguments.of(BrokenLedgers.PanjarOveraccounting.Contract.class, "panjarIsAccountedForWithinItsAdvance", "[I5 panjar]", ""),
        Arguments.of(BrokenLedgers.FundLevelTaxDeposit.Contract.class, "taxDepositsStayWithinWhatIsWithheld", "[I10 tax]", ""),
        Arguments.of(BrokenLedgers.ClosedMonthPosting.Contract.class, "entriesArePostedInDateOrder", "[I9 date_order]", "closed month"),
        // issue 11 item 7: the properties that had no mutant
        // (BrokenLedgers.BltTwicePaying and PartialSpjOveraccounting are not listed: their situations were not reached
        // in 500-2 000 tries of the planner's mix, see their Javadoc; a listed mutant must be caught every run)
        Arguments.of(BrokenLedgers.PlaceOverdrawing.Contract.class, "bankAndCashBoxNeverGoNegative", "[I6 cash_places]", "holds -"));
  }

  @ParameterizedTest(name = "{0} is caught by {1} alone")
  @MethodSource("mutants")
  void eachMutantIsCaughtByThePropertyAimedAtItAndByNoOther(Class<?> contract, String aimed, String tag, String detail) {
    Map<String, Result> results = launch(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract)));
    assertEquals(properties(), results.keySet(), "every property of the contract ran");
    Result r = results.get(aimed);
    assertEquals(TestExecutionResult.Status.FAILED, r.status(), () -> "the contract must catch the mutant: " + r);
    assertTrue(r.message().contains(tag) && r.message().contains(detail), r::message);
    List<Result> others = new ArrayList<>();
    Set<String> implied = aimed.equals("cashOfEachFundSourceNeverGoesNegative") ? Set.of("bankAndCashBoxNeverGoNegative") : Set.of();
    results.values().stream()
        .filter(x -> !x.name().equals(aimed) && !implied.contains(x.name()) && x.status() != TestExecutionResult.Status.SUCCESSFUL)
        .forEach(others::add);
    assertTrue(others.isEmpty(), () -> "only " + aimed + " may fail on " + contract.getName() + ", yet also: " + others);
  }
}
