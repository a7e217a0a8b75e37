package id.smartkampung.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.code.Province;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A village — <i>desa</i> — identified by its Kemendagri code (<i>kode desa</i>, e.g. {@code
 * 35.10.16.2003}), with its name, kecamatan (sub-district) and kabupaten (district).
 *
 * <p>The code has the Kemendagri shape {@code PP.KK.CC.DDDD} (Permendagri 137/2017 pasal 4: province,
 * kabupaten/kota, kecamatan, then four digits starting with 2 for a desa and 1 for a kelurahan); the
 * province must be one of Indonesia's. A <i>kelurahan</i> ({@code 1xxx}) is part of the kabupaten's
 * administration and has no APBDes: it is refused. The village's time zone comes from its province
 * ({@link #zone()}).
 *
 * @param code the kode desa; never blank, in the Kemendagri format
 * @param name the village name; never blank
 * @param kecamatan the sub-district; never null, may be empty
 * @param kabupaten the district; never null, may be empty
 */
@Api(Api.Status.STABLE)
public record Village(String code, String name, String kecamatan, String kabupaten) {
  private static final Pattern CODE = Pattern.compile("([0-9]{2})\\.([0-9]{2})\\.([0-9]{2})\\.([0-9])([0-9]{3})");

  public Village {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(kecamatan, "kecamatan");
    requireNonNull(kabupaten, "kabupaten");
    checkArgument(!code.isBlank(), "a village's code is not blank");
    checkArgument(!name.isBlank(), "a village's name is not blank");
    checkCode(code);
  }

  /** Creates a village. */
  public static Village of(String code, String name, String kecamatan, String kabupaten) {
    return new Village(code, name, kecamatan, kabupaten);
  }

  /**
   * Checks a kode desa.
   *
   * @throws IllegalArgumentException saying what is wrong: not PP.KK.CC.DDDD, an unknown province, a
   *     zero part, or a kelurahan
   */
  public static void checkCode(String code) {
    Matcher m = CODE.matcher(requireNonNull(code, "code"));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "kode desa '" + code + "' is not in the Kemendagri format PP.KK.CC.DDDD (e.g. 35.10.16.2003; Permendagri 137/2017 pasal 4)");
    }
    if (Province.of(m.group(1)).isEmpty()) {
      throw new IllegalArgumentException("kode desa '" + code + "': " + m.group(1) + " is not the code of a province of Indonesia");
    }
    if (m.group(2).equals("00") || m.group(3).equals("00") || m.group(5).equals("000")) {
      throw new IllegalArgumentException("kode desa '" + code + "': the kabupaten/kota, kecamatan and desa numbers start at 01 / 001");
    }
    if (m.group(4).equals("1")) {
      throw new IllegalArgumentException(
          "kode '" + code + "' is a kelurahan (1xxx): a kelurahan is part of the kabupaten/kota administration and has no APBDes; only a desa (2xxx) keeps village finances");
    }
    if (!m.group(4).equals("2")) {
      throw new IllegalArgumentException("kode desa '" + code + "': the last part of a desa's code starts with 2 (2001–2999), a kelurahan's with 1");
    }
  }

  /** The province — <i>provinsi</i> — of the village, from the first two digits of its code. */
  public Province province() {
    return Province.of(code.substring(0, 2)).orElseThrow();
  }

  /**
   * The village's time zone — WIB, WITA or WIT — from its province (Keppres 41/1987): where its
   * business dates fall.
   */
  public ZoneId zone() {
    return province().zone();
  }
}
