/**
 * The auditor kit — <i>perangkat audit</i>: jqwik generators ({@link
 * id.smartkampung.core.audit.BudgetArbitraries}), a domain context ({@link
 * id.smartkampung.core.audit.BudgetDomain}) and coverage labels for property-based tests of village
 * finance by Inspektorat, BPKP and BPK. jqwik is an optional dependency: this package needs {@code
 * net.jqwik:jqwik} on the classpath; the rest of the library does not.
 */
package id.smartkampung.core.audit;
