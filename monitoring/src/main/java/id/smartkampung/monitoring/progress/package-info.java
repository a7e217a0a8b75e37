/**
 * Progress reports — <i>laporan kemajuan</i>: cumulative physical progress with its evidence.
 */
@NullMarked
package id.smartkampung.monitoring.progress;

import org.jspecify.annotations.NullMarked;
