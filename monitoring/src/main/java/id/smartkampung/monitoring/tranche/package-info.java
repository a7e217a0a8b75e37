/**
 * Dana Desa tranche eligibility — <i>syarat penyaluran tahap</i>: absorption and output gates of
 * the policy pack.
 */
@NullMarked
package id.smartkampung.monitoring.tranche;

import org.jspecify.annotations.NullMarked;
