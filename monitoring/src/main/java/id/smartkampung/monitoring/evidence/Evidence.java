package id.smartkampung.monitoring.evidence;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.monitoring.site.GeoPoint;
import java.time.LocalDateTime;

/**
 * One piece of photo evidence of a progress report — <i>foto dokumentasi bertitik koordinat</i>:
 * the photo's SHA-256, where the phone says it was taken (with the GPS accuracy it reports) and
 * when. Practice is a photo at 0 %, 50 % and 100 % from fixed points.
 *
 * @param photo the photo's hash; never null
 * @param location where it was taken; never null
 * @param accuracyMeters the GPS accuracy (radius) reported by the device, 0 … {@value #MAX_ACCURACY_METERS} m
 * @param capturedAt when it was taken (local time of the site); never null
 */
@Api(Api.Status.STABLE)
public record Evidence(PhotoHash photo, GeoPoint location, double accuracyMeters, LocalDateTime capturedAt) {
  /** The largest GPS accuracy radius accepted. */
  public static final double MAX_ACCURACY_METERS = 10_000;

  public Evidence {
    requireNonNull(photo, "photo");
    requireNonNull(location, "location");
    requireNonNull(capturedAt, "capturedAt");
    checkArgument(
        Double.isFinite(accuracyMeters) && accuracyMeters >= 0 && accuracyMeters <= MAX_ACCURACY_METERS,
        "GPS accuracy %s m is out of range: 0 to %s m",
        accuracyMeters,
        MAX_ACCURACY_METERS);
  }

  /** A photo taken at {@code location} with the given accuracy and time. */
  public static Evidence of(PhotoHash photo, GeoPoint location, double accuracyMeters, LocalDateTime capturedAt) {
    return new Evidence(photo, location, accuracyMeters, capturedAt);
  }

  /** The same evidence at another location (e.g. to simulate a shifted photo). */
  public Evidence withLocation(GeoPoint newLocation) {
    return new Evidence(photo, newLocation, accuracyMeters, capturedAt);
  }
}
