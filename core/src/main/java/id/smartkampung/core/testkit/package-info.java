/**
 * The auditor kit — <i>perangkat audit</i>: jqwik generators, contracts and coverage labels for
 * property-based tests of village finance by Inspektorat, BPKP and BPK (see {@code
 * core/AUDITING.md}).
 *
 * <ul>
 *   <li>budgets: {@link id.smartkampung.core.testkit.BudgetArbitraries} (valid and corrupted APBDes,
 *       revisions, codes, amounts, villages), the domain {@link
 *       id.smartkampung.core.testkit.BudgetDomain} and {@link id.smartkampung.core.testkit.BudgetCoverage};
 *   <li>budget execution: {@link id.smartkampung.core.testkit.LedgerArbitraries} (officials, enacted
 *       ledger histories, operation sequences by realistic actors, valid and adversarial), {@link
 *       id.smartkampung.core.testkit.LedgerCoverage};
 *   <li>contracts: {@link id.smartkampung.core.testkit.LedgerContract} (every guarantee of the ledger
 *       as a default property, against any implementation behind {@link
 *       id.smartkampung.core.testkit.LedgerUnderTest}) and {@link
 *       id.smartkampung.core.testkit.LedgerHistoryContract} (over a village's real history).
 * </ul>
 *
 * <p>jqwik is an optional dependency: this package needs {@code net.jqwik:jqwik} on the classpath;
 * the rest of the library does not.
 */
@NullMarked
package id.smartkampung.core.testkit;

import org.jspecify.annotations.NullMarked;
