package id.smartkampung.core.journal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.smartkampung.core.Api;
import id.smartkampung.core.ledger.Operation;
import java.util.Optional;

/**
 * One event of the village's journal — <i>peristiwa jurnal</i>: an operation and, where its acting
 * official signed it, the signature. The body of a journal entry:
 *
 * <pre>{@code
 * {"type": "approve-spp",
 *  "op":   {"id": "…", "actor": {…}, "at": "…", "spp": "…"},
 *  "sig":  {"by": "kd-1", "alg": "Ed25519", "value": "…"}}
 * }</pre>
 *
 * {@code sig} is left out for an unsigned operation. See {@link OperationCodec} for {@code op} and
 * {@link SignaturePolicy} for which operations must be signed.
 *
 * @param operation the operation; never null
 * @param signature its acting official's signature, if signed; never null
 */
@Api(Api.Status.STABLE)
public record SignedOperation(Operation operation, Optional<OperationSignature> signature) {
  public SignedOperation {
    requireNonNull(operation, "operation");
    requireNonNull(signature, "signature");
  }

  /** An unsigned operation. */
  public static SignedOperation unsigned(Operation op) {
    return new SignedOperation(op, Optional.empty());
  }

  /** A signed operation. */
  public static SignedOperation signed(Operation op, OperationSignature signature) {
    return new SignedOperation(op, Optional.of(requireNonNull(signature, "signature")));
  }

  /** The event as the JSON body of a journal entry; a new tree each call. */
  public ObjectNode toJson() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("type", OperationCodec.type(operation));
    body.set("op", OperationCodec.write(operation));
    signature.ifPresent(s -> {
      ObjectNode sig = body.putObject("sig");
      sig.put("by", s.signer());
      sig.put("alg", OperationSignature.ALGORITHM);
      sig.put("value", s.value());
    });
    return body;
  }

  /**
   * Reads an event from the body of a journal entry, strictly.
   *
   * @param codec the reader to use (it caches codes between events)
   * @throws EventFormatException naming the JSON path ({@code $.type}, {@code $.op.amount}, {@code
   *     $.sig.alg}, …) of the first problem
   */
  public static SignedOperation fromJson(JsonNode body, OperationCodec codec) {
    return read(EventNode.of(OperationCodec.object(body, "$")), codec);
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
    return read(entry.event(), codec);
  }

  private static SignedOperation read(EventNode o, OperationCodec codec) {
    Object type = o.get("type");
    if (type == null || EventNode.isNull(type)) {
      throw new EventFormatException("$.type", "missing field 'type': not an event of the village's treasury");
    }
    if (!(type instanceof String typeName)) {
      throw new EventFormatException("$.type", "'type' is " + EventNode.kind(type) + ", expected a string");
    }
    Operation op = codec.read(typeName, o.get("op"), "$.op");
    Object sig = o.get("sig");
    int expected = sig == null ? 2 : 3;
    if (o.size() != expected) {
      for (int i = 0; i < o.size(); i++) {
        String name = o.name(i);
        if (!name.equals("type") && !name.equals("op") && !name.equals("sig")) {
          throw new EventFormatException("$." + name, "unknown field '" + name + "' (known: type, op, sig)");
        }
      }
    }
    if (sig == null) {
      return unsigned(op);
    }
    EventNode s = OperationCodec.object(sig, "$.sig");
    String by = text(s, "by");
    String alg = text(s, "alg");
    String value = text(s, "value");
    if (!OperationSignature.ALGORITHM.equals(alg)) {
      throw new EventFormatException("$.sig.alg", "algorithm '" + alg + "' is not supported: expected " + OperationSignature.ALGORITHM);
    }
    if (s.size() != 3) {
      for (int i = 0; i < s.size(); i++) {
        String name = s.name(i);
        if (!name.equals("by") && !name.equals("alg") && !name.equals("value")) {
          throw new EventFormatException("$.sig." + name, "unknown field '" + name + "' (known: by, alg, value)");
        }
      }
    }
    if (by.isBlank() || value.isBlank()) {
      throw new EventFormatException(by.isBlank() ? "$.sig.by" : "$.sig.value", "is blank");
    }
    return signed(op, new OperationSignature(by, value));
  }

  private static String text(EventNode o, String name) {
    Object n = o.get(name);
    if (n == null || EventNode.isNull(n)) {
      throw new EventFormatException("$.sig." + name, "missing field '" + name + "'");
    }
    if (!(n instanceof String s)) {
      throw new EventFormatException("$.sig." + name, "'" + name + "' is " + EventNode.kind(n) + ", expected a string");
    }
    return s;
  }
}
