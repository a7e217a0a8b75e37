package id.smartkampung.monitoring.evidence;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;

/**
 * A photo found again — <i>foto dipakai ulang</i>: the photo, its original use (the earliest) and a
 * later use in another project or village, as the {@link PhotoIndex} reports it.
 *
 * @param photo the photo's hash
 * @param original the earliest use (by report date; on one day, the first by kode desa and project)
 * @param reuse a use in another project or village, on the same day or later
 */
@Api(Api.Status.EXPERIMENTAL)
public record PhotoReuse(PhotoHash photo, PhotoUse original, PhotoUse reuse) {
  public PhotoReuse {
    requireNonNull(photo, "photo");
    requireNonNull(original, "original");
    requireNonNull(reuse, "reuse");
  }

  /** Whether the two uses lie in different districts (kabupaten/kota: the first two parts of the kode desa). */
  public boolean acrossDistricts() {
    return !district(original.villageCode()).equals(district(reuse.villageCode()));
  }

  /** Whether the two uses are on the same day, so that which is the original cannot be told. */
  public boolean sameDay() {
    return original.reportDate().equals(reuse.reportDate());
  }

  /** The district part {@code PP.KK} of a kode desa {@code PP.KK.CC.DDDD} (the whole code if it has no second dot). */
  static String district(String villageCode) {
    int first = villageCode.indexOf('.');
    int second = first < 0 ? -1 : villageCode.indexOf('.', first + 1);
    return second < 0 ? villageCode : villageCode.substring(0, second);
  }

  @Override
  public String toString() {
    return photo + ": " + original + " -> " + reuse;
  }
}
