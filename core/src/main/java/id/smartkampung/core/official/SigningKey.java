package id.smartkampung.core.official;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * An official's Ed25519 key pair — <i>kunci tanda tangan pejabat</i> — kept by the app on the
 * official's device; it signs the canonical bytes of the official's approvals and payments. The
 * private key never enters the village's history; only {@link #publicKey()} does.
 */
@Api(Api.Status.STABLE)
public final class SigningKey {
  private final PrivateKey privateKey;
  private final PublicKeyValue publicKey;

  private SigningKey(PrivateKey privateKey, PublicKeyValue publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** A new random key pair. */
  public static SigningKey generate() {
    try {
      KeyPair kp = KeyPairGenerator.getInstance(PublicKeyValue.ALGORITHM).generateKeyPair();
      return new SigningKey(kp.getPrivate(), PublicKeyValue.of(kp.getPublic()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
    }
  }

  /** A key from an existing JDK key pair. */
  public static SigningKey of(KeyPair pair) {
    requireNonNull(pair, "pair");
    return new SigningKey(pair.getPrivate(), PublicKeyValue.of(pair.getPublic()));
  }

  /** The public half. */
  public PublicKeyValue publicKey() {
    return publicKey;
  }

  /** Signs a message; returns the Base64 signature. */
  public String sign(byte[] message) {
    try {
      Signature s = Signature.getInstance(PublicKeyValue.ALGORITHM);
      s.initSign(privateKey);
      s.update(requireNonNull(message, "message"));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with Ed25519", e);
    }
  }

  @Override
  public String toString() {
    return "SigningKey[" + publicKey + "]";
  }
}
