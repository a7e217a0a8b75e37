package id.smartkampung.monitoring.site;

import static com.google.common.base.Preconditions.checkArgument;

import id.smartkampung.core.Api;

/**
 * A point on the earth — <i>titik koordinat</i> — in WGS84 degrees, as a phone's GPS gives it.
 *
 * <p>Distances use the haversine formula on a sphere of the mean earth radius ({@value
 * #EARTH_RADIUS_METERS} m); over the few kilometres of a village the error against the WGS84
 * ellipsoid is below 0.5 %, far inside GPS accuracy. Geography is not money: doubles are fine here.
 *
 * @param latitude degrees north, −90 … 90
 * @param longitude degrees east, −180 … 180
 */
@Api(Api.Status.STABLE)
public record GeoPoint(double latitude, double longitude) {
  /** Mean earth radius (IUGG), in metres. */
  public static final double EARTH_RADIUS_METERS = 6_371_008.8;

  public GeoPoint {
    checkArgument(
        Double.isFinite(latitude) && latitude >= -90 && latitude <= 90,
        "latitude %s is out of range: WGS84 latitude lies between -90 and 90 degrees",
        latitude);
    checkArgument(
        Double.isFinite(longitude) && longitude >= -180 && longitude <= 180,
        "longitude %s is out of range: WGS84 longitude lies between -180 and 180 degrees",
        longitude);
  }

  /**
   * A point.
   *
   * @throws IllegalArgumentException if latitude or longitude is out of range or not finite
   */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }

  /** The great-circle (haversine) distance to {@code other}, in metres. */
  public double distanceMeters(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** The point {@code meters} metres north (negative: south) and {@code eastMeters} east of this one. */
  public GeoPoint offsetMeters(double northMeters, double eastMeters) {
    double dLat = Math.toDegrees(northMeters / EARTH_RADIUS_METERS);
    double dLon =
        Math.toDegrees(eastMeters / (EARTH_RADIUS_METERS * Math.cos(Math.toRadians(latitude))));
    double lat = Math.max(-90, Math.min(90, latitude + dLat));
    double lon = longitude + dLon;
    if (lon > 180) {
      lon -= 360;
    } else if (lon < -180) {
      lon += 360;
    }
    return new GeoPoint(lat, lon);
  }

  @Override
  public String toString() {
    return latitude + "," + longitude;
  }
}
