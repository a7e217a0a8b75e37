package id.smartkampung.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;

/**
 * A village — <i>desa</i> — identified by its Kemendagri code (<i>kode desa</i>, e.g.
 * {@code 35.10.16.2003}), with its name, kecamatan (sub-district) and kabupaten (district).
 *
 * @param code the kode desa; never blank
 * @param name the village name; never blank
 * @param kecamatan the sub-district; never null, may be empty
 * @param kabupaten the district; never null, may be empty
 */
@Api(Api.Status.STABLE)
public record Village(String code, String name, String kecamatan, String kabupaten) {
  public Village {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(kecamatan, "kecamatan");
    requireNonNull(kabupaten, "kabupaten");
    checkArgument(!code.isBlank(), "a village's code is not blank");
    checkArgument(!name.isBlank(), "a village's name is not blank");
  }

  /** Creates a village. */
  public static Village of(String code, String name, String kecamatan, String kabupaten) {
    return new Village(code, name, kecamatan, kabupaten);
  }
}
