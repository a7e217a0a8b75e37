/**
 * The monitoring auditor kit — <i>perangkat audit pemantauan kegiatan fisik</i> — for property-based
 * tests of e-Monitoring by Inspektorat/APIP, BPKP and BPK:
 *
 * <ul>
 *   <li>{@link id.smartkampung.monitoring.testkit.MonitoringArbitraries} — jqwik generators of every
 *       monitoring value and of whole cases ({@link id.smartkampung.monitoring.testkit.MonitoringScenario})
 *       in named situations;
 *   <li>{@link id.smartkampung.monitoring.testkit.MonitoringDomain} — the same as a jqwik domain;
 *   <li>{@link id.smartkampung.monitoring.testkit.MonitoringCoverage} — coverage labels;
 *   <li>{@link id.smartkampung.monitoring.testkit.ProjectAssessorContract} — the monitoring rules as
 *       default properties, run against any {@link id.smartkampung.monitoring.testkit.AssessmentUnderTest}.
 * </ul>
 *
 * <p>jqwik is an optional dependency of {@code smartkampung-monitoring}: this package needs {@code
 * net.jqwik:jqwik} on the classpath; the rest of the module does not. The guide is {@code
 * monitoring/AUDITING.md}.
 */
@NullMarked
package id.smartkampung.monitoring.testkit;

import org.jspecify.annotations.NullMarked;
