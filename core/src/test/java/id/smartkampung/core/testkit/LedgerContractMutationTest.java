package id.smartkampung.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The mutation check: the contracts must catch a broken ledger. A contract test class is run the
 * way Maven runs it — through the JUnit Platform {@link Launcher} with the jqwik engine — but here
 * programmatically, so that its failure is this test's expected result rather than a failure of
 * the build. The mutant {@link CashCheckSkippingLedger} forgets the cash check (I6); the property
 * {@link LedgerContract#cashOfEachFundSourceNeverGoesNegative} must fail on it, with the I6
 * message, and pass on our real ledger ({@link LedgerContractProperties}) under the same launcher.
 * This proves the generators reach payments without cash and the contract sees the breach through
 * nothing but the ledger's answers and balances.
 */
class LedgerContractMutationTest {
  private static final String CASH = "cashOfEachFundSourceNeverGoesNegative";
  private static final String SCENARIO = LedgerScenario.class.getName();

  /** What one launched property did. */
  private record Result(String name, TestExecutionResult.Status status, String message) {}

  private static List<Result> launch(Class<?> contractClass, String property) {
    List<Result> results = new ArrayList<>();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectMethod(contractClass, property, SCENARIO))
            .filters(includeEngines("jqwik"))
            .build(),
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
              results.add(new Result(id.getDisplayName(), result.getStatus(), result.getThrowable().map(Throwable::getMessage).orElse("")));
            }
          }
        });
    return results;
  }

  @Test
  void theCashContractFailsOnALedgerThatSkipsTheCashCheck() {
    List<Result> results = launch(CashCheckSkippingLedger.Contract.class, CASH);
    assertEquals(1, results.size(), results::toString);
    Result r = results.get(0);
    assertEquals(TestExecutionResult.Status.FAILED, r.status(), "the contract must catch the mutant: " + r);
    assertTrue(r.message().contains("[I6 cash]") && r.message().contains("available IDR -"), r::message);
  }

  @Test
  void theSameContractPassesOnTheRealLedger() {
    List<Result> results = launch(LedgerContractProperties.class, CASH);
    assertEquals(1, results.size(), results::toString);
    assertEquals(TestExecutionResult.Status.SUCCESSFUL, results.get(0).status(), results.get(0)::toString);
  }
}
