/**
 * Where a project is — <i>lokasi</i>: WGS84 points and lines, haversine distance.
 */
@NullMarked
package id.smartkampung.monitoring.site;

import org.jspecify.annotations.NullMarked;
