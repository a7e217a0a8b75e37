package id.smartkampung.core.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.Api;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.official.Official;
import org.jspecify.annotations.Nullable;

/**
 * A registered official of the village — <i>perangkat desa yang ditetapkan</i> — with their duties:
 * the kegiatan a PKA implements and the Ed25519 public key (X.509, Base64) that verifies their
 * signed approvals. An immutable value.
 *
 * @param official the person in their role; never null
 * @param kegiatan the kegiatan assigned to a PKA; empty for other roles
 * @param publicKey the Base64 X.509 Ed25519 public key; null when none was registered
 */
@Api(Api.Status.STABLE)
public record OfficialRegistration(Official official, ImmutableSortedSet<KegiatanCode> kegiatan, @Nullable String publicKey) {
  public OfficialRegistration {
    requireNonNull(official, "official");
    requireNonNull(kegiatan, "kegiatan");
  }
}
