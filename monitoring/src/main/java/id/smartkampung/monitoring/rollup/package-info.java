/**
 * Roll-ups — <i>rekapitulasi</i>: villages and districts ranked by risk.
 */
@NullMarked
package id.smartkampung.monitoring.rollup;

import org.jspecify.annotations.NullMarked;
