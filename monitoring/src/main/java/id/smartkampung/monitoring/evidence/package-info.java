/**
 * Photo evidence — <i>foto dokumentasi</i>: photo hashes, GPS evidence, the district photo
 * registry ({@link id.smartkampung.monitoring.evidence.PhotoRegistry}, in memory) and the provincial
 * or national photo index ({@link id.smartkampung.monitoring.evidence.PhotoIndex}: external
 * sort-merge on disk in bounded memory, for 117 million uses a year; its class comment holds the
 * design notes, including how the same computation runs on Spark as a group-by on the photo hash).
 */
@NullMarked
package id.smartkampung.monitoring.evidence;

import org.jspecify.annotations.NullMarked;
