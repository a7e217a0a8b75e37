package id.smartkampung.core.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.official.SigningKey;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The operation codec: every operation, of every type and with any content, comes back equal from
 * its JSON (as a tree and as the bytes in a journal line), and its canonical bytes are a function of
 * the operation alone.
 */
class OperationCodecProperties {
  static final Village VILLAGE = Village.of("35.10.16.2003", "Kemiren", "Glagah", "Banyuwangi");
  static final SigningKey KEY = SigningKey.generate();

  @Provide
  Arbitrary<Operation> operations() {
    return OperationArbitraries.operations();
  }

  @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
  void everyOperationRoundTrips(@ForAll("operations") Operation op) throws Exception {
    Statistics.label("type").collect(OperationCodec.type(op));
    String type = OperationCodec.type(op);
    assertEquals(op, OperationCodec.create().read(type, OperationCodec.write(op), "$.op"));
    byte[] text = Journal.MAPPER.writeValueAsBytes(OperationCodec.write(op));
    JsonNode parsed = Journal.MAPPER.readTree(text);
    Operation back = OperationCodec.create().read(type, parsed, "$.op");
    assertEquals(op, back);
    assertArrayEquals(OperationCodec.canonicalBytes(VILLAGE, 2025, op), OperationCodec.canonicalBytes(VILLAGE, 2025, back));
  }

  @Property(tries = 60)
  void signedEventsRoundTripAndVerify(@ForAll("operations") Operation op) throws Exception {
    OperationSignature sig = OperationSignature.sign(VILLAGE, 2025, op, KEY);
    SignedOperation event = SignedOperation.signed(op, sig);
    JsonNode body = Journal.MAPPER.readTree(Journal.MAPPER.writeValueAsBytes(event.toJson()));
    SignedOperation back = SignedOperation.fromJson(body, OperationCodec.create());
    assertEquals(event, back);
    assertTrue(sig.verifies(OperationCodec.canonicalBytes(VILLAGE, 2025, back.operation()), KEY.publicKey()));
    assertTrue(!sig.verifies(OperationCodec.canonicalBytes(VILLAGE, 2026, back.operation()), KEY.publicKey()), "a signature binds the fiscal year");
  }
}
