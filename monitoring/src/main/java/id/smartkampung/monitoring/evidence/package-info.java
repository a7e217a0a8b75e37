/**
 * Photo evidence — <i>foto dokumentasi</i>: photo hashes, GPS evidence and the district photo
 * registry.
 */
@NullMarked
package id.smartkampung.monitoring.evidence;

import org.jspecify.annotations.NullMarked;
