package id.smartkampung.core.official;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;

/**
 * A village official — <i>perangkat desa</i> — acting in one role: who did what is always a person
 * (by a stable id such as the NIK or NIP) in a role.
 *
 * @param id a stable identifier; never blank
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
