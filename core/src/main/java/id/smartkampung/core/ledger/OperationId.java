package id.smartkampung.core.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;

/**
 * The identity of an operation — <i>nomor bukti</i> — chosen by the client (e.g. a UUID or the
 * document number) so that a retried operation is recognised (I8): the same id with the same content
 * is a no-op, with other content a conflict. A payment request (SPP) is named by the id of the
 * operation that submitted it; a receipt by the id of the receipt operation.
 *
 * @param value 1 to 128 printable characters; never null
 */
@Api(Api.Status.STABLE)
public record OperationId(String value) implements Comparable<OperationId> {
  /** The longest id accepted. */
  public static final int MAX_LENGTH = 128;

  public OperationId {
    requireNonNull(value, "value");
    checkArgument(!value.isBlank() && value.length() <= MAX_LENGTH, "an operation id has 1 to %s characters, not '%s'", MAX_LENGTH, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      checkArgument(c >= 0x20 && c != 0x7f, "an operation id has no control characters: '%s'", value);
    }
  }

  /** The id with that text. */
  public static OperationId of(String value) {
    return new OperationId(value);
  }

  /**
   * As the record's own (the text's hash, so maps of ids iterate as before), written out: the
   * generated one goes through a method-handle chain on every posting's id lookups.
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof OperationId other && value.equals(other.value));
  }

  @Override
  public int compareTo(OperationId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
