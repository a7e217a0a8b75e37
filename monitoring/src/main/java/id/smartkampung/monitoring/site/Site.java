package id.smartkampung.monitoring.site;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import java.util.List;

/**
 * The site of a project — <i>lokasi kegiatan</i>: a single point (a building, a culvert) or a line
 * (a road, a drainage channel) of WGS84 points, as surveyed.
 *
 * <p>An immutable value; never empty. {@link #distanceMeters} is the distance from a point to the
 * nearest place of the site: to the point, or to the nearest segment of the line (segments are
 * measured in a local flat projection around the photo, exact enough for lines of a few kilometres).
 *
 * @param points the point (one) or the line's vertices (two or more), in order; never empty
 */
@Api(Api.Status.STABLE)
public record Site(ImmutableList<GeoPoint> points) {
  public Site {
    requireNonNull(points, "points");
    checkArgument(!points.isEmpty(), "a site has at least one point");
  }

  /** A point site. */
  public static Site point(GeoPoint point) {
    return new Site(ImmutableList.of(requireNonNull(point, "point")));
  }

  /**
   * A line site through the given points.
   *
   * @throws IllegalArgumentException if fewer than two points are given
   */
  public static Site line(List<GeoPoint> points) {
    checkArgument(points.size() >= 2, "a line site has at least two points, got %s", points.size());
    return new Site(ImmutableList.copyOf(points));
  }

  /** True for a line (two or more points), false for a single point. */
  public boolean isLine() {
    return points.size() > 1;
  }

  /** The length of a line in metres (0 for a point). */
  public double lengthMeters() {
    double sum = 0;
    for (int i = 1; i < points.size(); i++) {
      sum += points.get(i - 1).distanceMeters(points.get(i));
    }
    return sum;
  }

  /** The distance in metres from {@code p} to the nearest place of the site. */
  public double distanceMeters(GeoPoint p) {
    requireNonNull(p, "p");
    if (!isLine()) {
      return points.get(0).distanceMeters(p);
    }
    double best = Double.MAX_VALUE;
    for (int i = 1; i < points.size(); i++) {
      best = Math.min(best, segmentDistance(p, points.get(i - 1), points.get(i)));
    }
    return best;
  }

  /** Distance from p to segment ab in a local equirectangular projection centred on p. */
  private static double segmentDistance(GeoPoint p, GeoPoint a, GeoPoint b) {
    double cosLat = Math.cos(Math.toRadians(p.latitude()));
    double r = GeoPoint.EARTH_RADIUS_METERS;
    double ax = Math.toRadians(wrap(a.longitude() - p.longitude())) * cosLat * r;
    double ay = Math.toRadians(a.latitude() - p.latitude()) * r;
    double bx = Math.toRadians(wrap(b.longitude() - p.longitude())) * cosLat * r;
    double by = Math.toRadians(b.latitude() - p.latitude()) * r;
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    double cx = ax + t * dx;
    double cy = ay + t * dy;
    double flat = Math.sqrt(cx * cx + cy * cy);
    // far from the line the flat projection distorts; the haversine to the nearest vertex is then
    // the better measure, and either way the point is far off site
    if (flat > 20_000) {
      return Math.min(p.distanceMeters(a), p.distanceMeters(b));
    }
    return flat;
  }

  private static double wrap(double degrees) {
    if (degrees > 180) {
      return degrees - 360;
    }
    if (degrees < -180) {
      return degrees + 360;
    }
    return degrees;
  }
}
