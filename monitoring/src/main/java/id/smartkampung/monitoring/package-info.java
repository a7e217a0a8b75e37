/**
 * smartkampung monitoring — <i>e-Monitoring</i> of physical village projects (roads, drainage,
 * bridges, village buildings) against what has been spent on them.
 *
 * <p>Packages by concept:
 *
 * <ul>
 *   <li>{@code site} — where a project is (WGS84 point or line, haversine distance);
 *   <li>{@code project} — the physical project (<i>kegiatan fisik</i>), its allocation (BAC) and
 *       output target;
 *   <li>{@code plan} — the planned S-curve (<i>kurva S rencana</i>) and the cost plan (<i>RAB</i>);
 *   <li>{@code evidence} — photo evidence (<i>foto dokumentasi</i>) and the district photo registry;
 *   <li>{@code progress} — progress reports (<i>laporan kemajuan</i>);
 *   <li>{@code earnedvalue} — earned value and earned schedule;
 *   <li>{@code flag} — red flags (<i>tanda bahaya</i>) and the risk score;
 *   <li>{@code assessment} — assessing a project at a date, thresholds;
 *   <li>{@code rollup} — village and district roll-ups ranked by risk;
 *   <li>{@code tranche} — Dana Desa tranche eligibility (<i>syarat penyaluran tahap</i>);
 *   <li>{@code json} — strict JSON reading and writing of projects and reports.
 * </ul>
 *
 * <p>Monitoring reads core's values (budget, codes, policy packs) and never changes them. All values
 * are immutable and thread-safe; every assessment is a pure function of its inputs.
 */
@NullMarked
package id.smartkampung.monitoring;

import org.jspecify.annotations.NullMarked;
