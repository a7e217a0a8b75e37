/**
 * Assessing a project at a date — <i>penilaian kegiatan</i>: status, earned value, red flags and
 * the thresholds they are judged by.
 */
@NullMarked
package id.smartkampung.monitoring.assessment;

import org.jspecify.annotations.NullMarked;
