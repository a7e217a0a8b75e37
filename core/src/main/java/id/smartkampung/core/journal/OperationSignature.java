package id.smartkampung.core.journal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.official.PublicKeyValue;
import id.smartkampung.core.official.SigningKey;

/**
 * An official's signature on one operation — <i>tanda tangan elektronik pejabat</i>: who signed
 * (the person id of the acting official) and the Ed25519 signature (Base64) over the operation's
 * {@linkplain OperationCodec#canonicalBytes canonical bytes} in its village and fiscal year. In the
 * journal: {@code "sig": {"by": "kd-1", "alg": "Ed25519", "value": "…"}}.
 *
 * @param signer the person id of the official who signed; never blank
 * @param value the Base64 Ed25519 signature; never blank
 */
@Api(Api.Status.STABLE)
public record OperationSignature(String signer, String value) {
  /** The only algorithm: Ed25519, in every JDK since 15. */
  public static final String ALGORITHM = PublicKeyValue.ALGORITHM;

  public OperationSignature {
    requireNonNull(signer, "signer");
    requireNonNull(value, "value");
    checkArgument(!signer.isBlank(), "a signature names its signer");
    checkArgument(!value.isBlank(), "a signature has a value");
  }

  /** A signature by {@code signer} with that Base64 value. */
  public static OperationSignature of(String signer, String value) {
    return new OperationSignature(signer, value);
  }

  /**
   * Signs an operation of a village's fiscal year as its acting official — what an app on the
   * official's phone does before sending the operation to the village's book.
   */
  public static OperationSignature sign(Village village, int fiscalYear, Operation op, SigningKey key) {
    requireNonNull(key, "key");
    return new OperationSignature(op.actor().id(), key.sign(OperationCodec.canonicalBytes(village, fiscalYear, op)));
  }

  /** True when this is a valid signature of {@code canonicalBytes} by {@code key}. */
  public boolean verifies(byte[] canonicalBytes, PublicKeyValue key) {
    return key.verifies(canonicalBytes, value);
  }
}
