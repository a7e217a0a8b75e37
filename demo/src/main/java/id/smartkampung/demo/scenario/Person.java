package id.smartkampung.demo.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.official.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;

/**
 * A village official of the scenario — <i>perangkat desa</i> — with the title people know them by,
 * the kegiatan they implement (for a PKA) and their Ed25519 signing key, derived from the scenario
 * seed so that a run is reproducible.
 *
 * @param official the person in their role; never null
 * @param title e.g. "Kasi Kesejahteraan"; never null
 * @param kegiatan the kegiatan of a PKA; empty for other roles
 * @param key the signing key; never null
 */
public record Person(Official official, String title, ImmutableSortedSet<KegiatanCode> kegiatan, SigningKey key) {
  public Person {
    requireNonNull(official, "official");
    requireNonNull(title, "title");
    requireNonNull(kegiatan, "kegiatan");
    requireNonNull(key, "key");
  }

  /** A person whose key is derived from the seed and their id. */
  static Person of(long seed, String id, String name, Role role, String title, String... kegiatan) {
    ImmutableSortedSet.Builder<KegiatanCode> k = ImmutableSortedSet.naturalOrder();
    for (String code : kegiatan) {
      k.add(KegiatanCode.parse(code));
    }
    return new Person(Official.of(id, name, role), title, k.build(), derivedKey(seed, id));
  }

  /** The same person acting in another role (e.g. as Plh. Kepala Desa), same key. */
  Person actingAs(Role role, String newTitle) {
    return new Person(Official.of(official.id(), official.name(), role), newTitle, ImmutableSortedSet.of(), key);
  }

  /** The person's name. */
  public String name() {
    return official.name();
  }

  /** A deterministic Ed25519 key pair for a seed and a person (a demo: real keys come from a device). */
  static SigningKey derivedKey(long seed, String id) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(("smartkampung-demo|" + seed + "|" + id).getBytes(StandardCharsets.UTF_8));
      KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
      g.initialize(NamedParameterSpec.ED25519, random);
      return SigningKey.of(g.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 and SHA1PRNG are part of every JDK 17", e);
    }
  }
}
