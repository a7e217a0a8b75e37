package id.smartkampung.demo.scenario;

import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.site.GeoPoint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.Random;

/**
 * The monitoring app's camera in the scenario — <i>foto bukti lapangan</i>: each photo is a
 * deterministic pseudo-photo (its bytes name the village, project, date and shot), so its SHA-256
 * is reproducible for a seed; its GPS fix lies within a few metres of where it was taken.
 */
final class FieldCamera {
  private final long seed;
  private final Random random;

  FieldCamera(long seed, Random random) {
    this.seed = seed;
    this.random = random;
  }

  /** The SHA-256 of the pseudo-photo of one shot. */
  PhotoHash hash(String villageCode, String project, LocalDate date, int shot) {
    byte[] photo = ("JPEG pseudo-photo|seed " + seed + "|" + villageCode + "|" + project + "|" + date + "|shot " + shot).getBytes(StandardCharsets.UTF_8);
    try {
      return PhotoHash.parse(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** A photo taken near {@code where} (within ~15 m, GPS accuracy 4–12 m) at 10:00 of the date. */
  Evidence shoot(PhotoHash photo, GeoPoint where, LocalDate date) {
    GeoPoint fix = where.offsetMeters(random.nextInt(31) - 15, random.nextInt(31) - 15);
    return Evidence.of(photo, fix, 4 + random.nextInt(9), date.atTime(LocalTime.of(10, random.nextInt(60))));
  }
}
