package id.smartkampung.core.journal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.official.PublicKeyValue;
import id.smartkampung.core.official.SigningKey;
import org.jspecify.annotations.Nullable;

/**
 * An official's signature on one operation — <i>tanda tangan elektronik pejabat</i>: who signed
 * (the person id of the acting official) and the Ed25519 signature (Base64) over the operation's
 * {@linkplain VillageBook.Header#signedBytes signed bytes}: the operation's {@linkplain
 * OperationCodec#canonicalBytes canonical bytes} in its village and fiscal year and, in a book of
 * the current format, the {@linkplain VillageBook.Header#digest digest of the book's header},
 * which the signature names. In the journal: {@code "sig": {"by": "kd-1", "alg": "Ed25519",
 * "value": "…", "header": "<sha-256 hex>"}}; a signature of a book of the first format ({@value
 * VillageBook#CONTENT_V1}) has no {@code header}.
 *
 * @param signer the person id of the official who signed; never blank
 * @param value the Base64 Ed25519 signature; never blank
 * @param header the digest of the header the official signed under (64 hex digits); null in the
 *     first format
 */
@Api(Api.Status.STABLE)
public record OperationSignature(String signer, String value, @Nullable String header) {
  /** The only algorithm: Ed25519, in every JDK since 15. */
  public static final String ALGORITHM = PublicKeyValue.ALGORITHM;

  public OperationSignature {
    requireNonNull(signer, "signer");
    requireNonNull(value, "value");
    checkArgument(!signer.isBlank(), "a signature names its signer");
    checkArgument(!value.isBlank(), "a signature has a value");
  }

  /** A signature of the first format (no header digest) by {@code signer} with that Base64 value. */
  public OperationSignature(String signer, String value) {
    this(signer, value, null);
  }

  /** A signature of the first format (no header digest) by {@code signer} with that Base64 value. */
  public static OperationSignature of(String signer, String value) {
    return new OperationSignature(signer, value);
  }

  /**
   * Signs an operation for the book with this header as its acting official — what an app on the
   * official's phone does before sending the operation to the village's book ({@link
   * VillageBook#header()}). The signature covers the header's digest (and names it) when the book
   * is of the current format.
   */
  public static OperationSignature sign(VillageBook.Header header, Operation op, SigningKey key) {
    requireNonNull(key, "key");
    String digest = header.digest();
    return new OperationSignature(op.actor().id(), key.sign(header.signedBytes(op, digest)),
        header.signsHeader() ? digest : null);
  }

  /**
   * Signs an operation of a village's fiscal year in the first format, which does not cover the
   * book's header: for books of the format {@value VillageBook#CONTENT_V1} only; a book of the
   * current format refuses it. Use {@link #sign(VillageBook.Header, Operation, SigningKey)}.
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
