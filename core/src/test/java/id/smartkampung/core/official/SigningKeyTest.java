package id.smartkampung.core.official;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SigningKeyTest {
  private final byte[] approval = "{\"type\":\"approve\",\"spp\":\"SPP-2025-014\"}".getBytes(UTF_8);

  @Test
  void aSignatureVerifiesWithItsOwnPublicKeyOnly() {
    SigningKey kades = SigningKey.generate();
    SigningKey sekdes = SigningKey.generate();
    String sig = kades.sign(approval);
    assertTrue(kades.publicKey().verifies(approval, sig));
    assertFalse(sekdes.publicKey().verifies(approval, sig), "another official's key must not verify");
  }

  @Test
  void aChangedMessageOrSignatureFails() {
    SigningKey k = SigningKey.generate();
    String sig = k.sign(approval);
    byte[] changed = approval.clone();
    changed[10] ^= 1;
    assertFalse(k.publicKey().verifies(changed, sig));
    assertFalse(k.publicKey().verifies(approval, "not base64!"));
    assertFalse(k.publicKey().verifies(approval, sig.substring(4) + "AAAA"));
  }

  @Test
  void publicKeysRoundTripThroughBase64() {
    PublicKeyValue p = SigningKey.generate().publicKey();
    assertEquals(p, PublicKeyValue.parse(p.base64()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublicKeyValue.parse("bm90IGEga2V5"));
    assertTrue(e.getMessage().contains("Ed25519"), e.getMessage());
  }
}
