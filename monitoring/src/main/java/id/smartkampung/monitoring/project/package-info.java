/**
 * The physical project — <i>kegiatan fisik</i>: its allocation (BAC), output target, implementer
 * and unit-cost benchmark.
 */
@NullMarked
package id.smartkampung.monitoring.project;

import org.jspecify.annotations.NullMarked;
