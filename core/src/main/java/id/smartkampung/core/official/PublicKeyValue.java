package id.smartkampung.core.official;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * An official's Ed25519 public key — <i>kunci publik pejabat</i> — as registered in the village's
 * history, so that an auditor can verify offline who approved and who paid. Held as its Base64
 * X.509 encoding (a value: equal encodings are equal keys).
 */
@Api(Api.Status.STABLE)
public final class PublicKeyValue {
  /** The signature algorithm (in every JDK since 15). */
  public static final String ALGORITHM = "Ed25519";

  private final String base64;
  private final PublicKey key;

  private PublicKeyValue(String base64, PublicKey key) {
    this.base64 = base64;
    this.key = key;
  }

  /**
   * Parses a Base64 X.509 encoding of an Ed25519 public key.
   *
   * @throws IllegalArgumentException if it is not one
   */
  public static PublicKeyValue parse(String base64) {
    requireNonNull(base64, "base64");
    try {
      PublicKey k = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
      return new PublicKeyValue(base64, k);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException("'" + abbreviate(base64) + "' is not a Base64 X.509 Ed25519 public key");
    }
  }

  /** The value of a JDK public key. */
  public static PublicKeyValue of(PublicKey key) {
    requireNonNull(key, "key");
    return parse(Base64.getEncoder().encodeToString(key.getEncoded()));
  }

  /** The Base64 X.509 encoding. */
  public String base64() {
    return base64;
  }

  /** True when {@code signatureBase64} is a valid Ed25519 signature of {@code message} by this key. */
  public boolean verifies(byte[] message, String signatureBase64) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initVerify(key);
      s.update(message);
      return s.verify(Base64.getDecoder().decode(signatureBase64));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicKeyValue p && p.base64.equals(base64);
  }

  @Override
  public int hashCode() {
    return base64.hashCode();
  }

  @Override
  public String toString() {
    return "Ed25519:" + abbreviate(base64);
  }

  private static String abbreviate(String s) {
    return s.length() <= 16 ? s : s.substring(0, 8) + "…" + s.substring(s.length() - 6);
  }
}
