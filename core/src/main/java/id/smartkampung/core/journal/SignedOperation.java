package id.smartkampung.core.journal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.smartkampung.core.Api;
import id.smartkampung.core.json.JsonFields;
import id.smartkampung.core.json.JsonObject;
import id.smartkampung.core.json.StrictJson;
import id.smartkampung.core.ledger.Operation;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * One event of the village's journal — <i>peristiwa jurnal</i>: an operation and, where its acting
 * official signed it, the signature. The body of a journal entry:
 *
 * <pre>{@code
 * {"type": "approve-spp",
 *  "op":   {"id": "…", "actor": {…}, "at": "…", "spp": "…"},
 *  "sig":  {"by": "kd-1", "alg": "Ed25519", "value": "…", "header": "…"}}
 * }</pre>
 *
 * {@code sig} is left out for an unsigned operation; {@code sig.header}, the digest of the book's
 * header the signature covers, is absent in books of the first format. See {@link OperationCodec} for {@code op} and
 * {@link SignaturePolicy} for which operations must be signed.
 *
 * @param operation the operation; never null
 * @param signature its acting official's signature; null when unsigned
 */
@Api(Api.Status.STABLE)
public record SignedOperation(Operation operation, @Nullable OperationSignature signature) {
  public SignedOperation {
    requireNonNull(operation, "operation");
  }

  /** An unsigned operation. */
  public static SignedOperation unsigned(Operation op) {
    return new SignedOperation(op, null);
  }

  /** A signed operation. */
  public static SignedOperation signed(Operation op, OperationSignature signature) {
    return new SignedOperation(op, requireNonNull(signature, "signature"));
  }

  /** The event as the JSON body of a journal entry; a new tree each call. */
  public ObjectNode toJson() {
    return OperationEncoder.tree(this::writeTo);
  }

  /**
   * Writes the event as the JSON body of a journal entry, {@code {"type", "op", "sig"}} — the bytes
   * of {@link #toJson()}, without the tree.
   *
   * @throws IllegalArgumentException if an amount is not in rupiah
   */
  void writeTo(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", OperationCodec.type(operation));
    g.writeFieldName("op");
    OperationEncoder.write(g, operation);
    OperationSignature s = signature;
    if (s != null) {
      g.writeObjectFieldStart("sig");
      g.writeStringField("by", s.signer());
      g.writeStringField("alg", OperationSignature.ALGORITHM);
      g.writeStringField("value", s.value());
      String h = s.header();
      if (h != null) {
        g.writeStringField("header", h);
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * Reads an event from the body of a journal entry, strictly.
   *
   * @param codec the reader to use (it caches codes between events)
   * @throws EventFormatException naming the JSON path ({@code $.type}, {@code $.op.amount}, {@code
   *     $.sig.alg}, …) of the first problem
   */
  public static SignedOperation fromJson(JsonNode body, OperationCodec codec) {
    return read(JsonObject.of(OperationCodec.object(body, "$")), codec);
  }

  /**
   * Reads the event of a verified journal entry, strictly, straight from the bytes of its body
   * (no intermediate Jackson tree) — the same rules and errors as {@link #fromJson(JsonNode,
   * OperationCodec)}.
   *
   * @param codec the reader to use (it caches codes between events)
   * @throws EventFormatException naming the JSON path of the first problem
   * @throws JournalException naming the line and entry if the body is not valid JSON
   */
  public static SignedOperation fromJson(Journal.RawEntry entry, OperationCodec codec) throws JournalException {
    SignedOperation fast = entry.canonicalEvent(codec.canonical());
    return fast != null ? fast : read(entry.event(), codec);
  }

  private static SignedOperation read(JsonObject o, OperationCodec codec) {
    Object type = o.get("type");
    if (type == null || JsonObject.isNull(type)) {
      throw new EventFormatException("$.type", "missing field 'type': not an event of the village's treasury");
    }
    JsonFields f = JsonFields.strictNulls(o, "$", EventFormatException.PROBLEMS);
    Operation op = codec.read(f.text("type"), f.value("op"), "$.op");
    JsonFields sig = o.has("sig") ? f.fields("sig") : null;
    f.noOthers();
    if (sig == null) {
      return unsigned(op);
    }
    String by = sig.text("by");
    String alg = sig.text("alg");
    String value = sig.text("value");
    checkAlgorithm(alg);
    String header = sig.optionalText("header");
    checkHeader(header);
    sig.noOthers();
    checkNotBlank(by, value);
    return signed(op, new OperationSignature(by, value, header));
  }

  /**
   * The signature of an event read from its texts by the replay's fast path ({@link
   * CanonicalEventReader}), judged as {@link #fromJson} judges them, in the same order.
   *
   * @throws EventFormatException as {@link #fromJson} throws it
   */
  static OperationSignature signature(String by, String alg, String value, String header) {
    checkAlgorithm(alg);
    checkHeader(header);
    checkNotBlank(by, value);
    return new OperationSignature(by, value, header);
  }

  private static void checkAlgorithm(String alg) {
    if (!OperationSignature.ALGORITHM.equals(alg)) {
      throw new EventFormatException("$.sig.alg", "algorithm " + StrictJson.quote(alg) + " is not supported: expected " + OperationSignature.ALGORITHM);
    }
  }

  private static void checkHeader(String header) {
    if (header != null && !isHexDigest(header)) {
      throw new EventFormatException("$.sig.header", "is not a SHA-256 digest (64 lowercase hex digits)");
    }
  }

  private static void checkNotBlank(String by, String value) {
    if (by.isBlank() || value.isBlank()) {
      throw new EventFormatException(by.isBlank() ? "$.sig.by" : "$.sig.value", "is blank");
    }
  }

  private static boolean isHexDigest(String s) {
    if (s.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
