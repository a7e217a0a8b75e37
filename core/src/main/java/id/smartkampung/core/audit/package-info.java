/**
 * The run-time audit — <i>pemeriksaan</i>: what an app or an auditor runs over a village's books
 * without any test library on the classpath.
 *
 * <ul>
 *   <li>{@link id.smartkampung.core.audit.JournalAudit} — the offline audit of a village's journal
 *       file (chain, signatures, a from-scratch recheck), giving an {@link
 *       id.smartkampung.core.audit.AuditReport} of {@link id.smartkampung.core.audit.AuditFinding}s;
 *   <li>{@link id.smartkampung.core.audit.ReferenceLedger} — the independent reference model of the
 *       ledger's guarantees that the audit rechecks with;
 *   <li>{@link id.smartkampung.core.audit.LedgerHistory} — the history of one village's year, as an
 *       auditor reads it.
 * </ul>
 *
 * <p>The jqwik generators and contracts of the auditor kit are in {@link
 * id.smartkampung.core.testkit}; they build on this package, never the other way round.
 */
@NullMarked
package id.smartkampung.core.audit;

import org.jspecify.annotations.NullMarked;
