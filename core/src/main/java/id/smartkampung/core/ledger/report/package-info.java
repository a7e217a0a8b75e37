/**
 * The reports of budget execution — <i>laporan</i>: realisation per bidang, kegiatan and fund
 * source (and the semester I report), the year-end LRA with SiLPA, and Dana Desa absorption for the
 * tranche gates; immutable values computed by {@link id.smartkampung.core.ledger.Ledger}.
 */
@NullMarked
package id.smartkampung.core.ledger.report;

import org.jspecify.annotations.NullMarked;
