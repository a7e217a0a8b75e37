package id.smartkampung.core.official;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;

/**
 * A village official — <i>perangkat desa</i> — acting in one role: who did what is always a person
 * (by a stable id) in a role.
 *
 * <p><b>The id is public.</b> It is written on every journal line the official signs, and shown in
 * audits, findings and the reports a village publishes. Do <em>not</em> use a personal number as the
 * id — not the NIK (<i>Nomor Induk Kependudukan</i>, 16 digits), not the NIP, not the NPWP: under
 * Indonesia's personal data protection law (UU 27/2022) a public APBDes report must not expose
 * them. Use an id the village or district assigns, such as a number in the village's register of
 * officials ({@code 35.10.01.2003-P01}); keep a NIK or NPWP that must be kept (tax slips) apart,
 * outside the book.
 *
 * @param id a stable identifier that is not a personal number (see above); never blank
 * @param name the person's name; never blank
 * @param role the role the person acts in; never null
 */
@Api(Api.Status.STABLE)
public record Official(String id, String name, Role role) {
  public Official {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(role, "role");
    checkArgument(!id.isBlank(), "an official's id is not blank");
    checkArgument(!name.isBlank(), "an official's name is not blank");
  }

  /** Creates an official. */
  public static Official of(String id, String name, Role role) {
    return new Official(id, name, role);
  }

  @Override
  public String toString() {
    return name + " (" + role + ", " + id + ")";
  }
}
