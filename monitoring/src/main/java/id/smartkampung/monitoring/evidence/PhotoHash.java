package id.smartkampung.monitoring.evidence;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a photo file — <i>sidik foto</i> — as 64 lower-case hex digits. Two reports showing
 * the same hash show the very same file: a reused photo.
 *
 * @param hex 64 lower-case hexadecimal digits
 */
@Api(Api.Status.STABLE)
public record PhotoHash(String hex) implements Comparable<PhotoHash> {
  private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");

  public PhotoHash {
    requireNonNull(hex, "hex");
    checkArgument(
        FORMAT.matcher(hex).matches(),
        "photo hash '%s' is malformed: a SHA-256 is 64 hexadecimal digits",
        hex.length() > 80 ? hex.substring(0, 80) + "…" : hex);
  }

  /**
   * Parses a SHA-256 in hex (either case; kept lower-case).
   *
   * @throws IllegalArgumentException if it is not 64 hex digits
   */
  public static PhotoHash parse(String hex) {
    return new PhotoHash(requireNonNull(hex, "hex").toLowerCase(java.util.Locale.ROOT));
  }

  /** The hash of a photo file's bytes (SHA-256). */
  public static PhotoHash of(byte[] photo) {
    requireNonNull(photo, "photo");
    try {
      return new PhotoHash(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(photo)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Override
  public int compareTo(PhotoHash o) {
    return hex.compareTo(o.hex);
  }

  @Override
  public String toString() {
    return hex;
  }
}
