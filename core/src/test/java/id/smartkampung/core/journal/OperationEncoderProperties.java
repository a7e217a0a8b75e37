package id.smartkampung.core.journal;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * The streaming writer of operations ({@link OperationEncoder}) against the tree writer it replaced
 * ({@link TreeOperationWriter}, the reference model): for every operation, of every type and with
 * any content, the bytes are the same — of the operation, of its event body, of its canonical bytes
 * (what signatures cover) and of whole journal lines — and the public trees ({@link
 * OperationCodec#write}, {@link SignedOperation#toJson}) are equal to the old ones.
 */
class OperationEncoderProperties {
  private static final Village VILLAGE = OperationCodecProperties.VILLAGE;

  @Provide
  Arbitrary<Operation> operations() {
    return OperationArbitraries.operations();
  }

  @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
  void anOperationsBytesAreTheTreesBytes(@ForAll("operations") Operation op) throws IOException {
    Statistics.label("type").collect(OperationCodec.type(op)); // every type, each some 20 times
    ObjectNode old = TreeOperationWriter.write(op);
    byte[] expected = Journal.MAPPER.writeValueAsBytes(old);
    assertArrayEquals(expected, streamed(g -> OperationEncoder.write(g, op)));
    assertEquals(old, OperationCodec.write(op), "the public tree is the old tree");
    assertArrayEquals(expected, Journal.MAPPER.writeValueAsBytes(OperationCodec.write(op)));
    byte[] head = (OperationCodec.FORMAT + "\n" + VILLAGE.code() + "\n2025\n" + OperationCodec.type(op) + "\n").getBytes(US_ASCII);
    ByteArrayOutputStream canonical = new ByteArrayOutputStream();
    canonical.write(head);
    canonical.write(expected);
    assertArrayEquals(canonical.toByteArray(), OperationCodec.canonicalBytes(VILLAGE, 2025, op));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void anEventsBytesAreTheTreesBytes(@ForAll("operations") Operation op) throws IOException {
    for (SignedOperation e : List.of(SignedOperation.unsigned(op),
        SignedOperation.signed(op, OperationSignature.sign(VILLAGE, 2025, op, OperationCodecProperties.KEY)),
        SignedOperation.signed(op, new OperationSignature("kd-1", "c2lnbmF0dXJl", "0".repeat(64))))) {
      ObjectNode old = TreeOperationWriter.event(e);
      assertArrayEquals(Journal.MAPPER.writeValueAsBytes(old), streamed(e::writeTo));
      assertEquals(old, e.toJson());
    }
  }

  /**
   * A journal written event by event, streamed and staged in batches of any size, holds exactly the
   * lines the tree writer built, hash for hash.
   */
  @Property(tries = 40, edgeCases = EdgeCasesMode.NONE)
  void aJournalsLinesAreTheTreeWritersLines(@ForAll @Size(max = 12) List<@net.jqwik.api.From("operations") Operation> ops,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 5) int batch) throws IOException {
    Path dir = Files.createTempDirectory("sk-encoder");
    Path file = dir.resolve("j.jsonl");
    ObjectNode meta = Journal.MAPPER.createObjectNode().put("village", VILLAGE.code()).put("fiscalYear", 2025);
    try (Journal j = Journal.create(file, meta)) {
      for (int i = 0; i < ops.size(); i++) {
        SignedOperation e = SignedOperation.unsigned(ops.get(i));
        if ((i + 1) % batch == 0) {
          j.append(e::writeTo);
        } else {
          j.stage(e::writeTo);
        }
      }
      j.commit();
      ObjectNode header = Journal.MAPPER.createObjectNode().put("format", Journal.FORMAT);
      header.setAll(meta);
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      String prev = Journal.GENESIS;
      List<ObjectNode> bodies = new ArrayList<>();
      bodies.add(header);
      ops.forEach(op -> bodies.add(TreeOperationWriter.event(SignedOperation.unsigned(op))));
      for (int seq = 0; seq < bodies.size(); seq++) {
        byte[] line = TreeOperationWriter.line(seq, prev, bodies.get(seq));
        expected.write(line);
        prev = new String(line, line.length - 3 - 64, 64, US_ASCII);
      }
      assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
      assertEquals(new Journal.Anchor(ops.size(), prev), j.anchor());
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  @Provide
  Arbitrary<java.time.Instant> instants() {
    Arbitrary<Long> seconds = net.jqwik.api.Arbitraries.oneOf(
        net.jqwik.api.Arbitraries.longs().between(-10_000_000L, 253_402_300_800L + 10_000_000L),
        net.jqwik.api.Arbitraries.longs().between(java.time.Instant.MIN.getEpochSecond(), java.time.Instant.MAX.getEpochSecond()),
        net.jqwik.api.Arbitraries.of(0L, -1L, 253_402_300_799L, 253_402_300_800L));
    Arbitrary<Integer> nanos = net.jqwik.api.Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, net.jqwik.api.Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(1, net.jqwik.api.Arbitraries.integers().between(0, 999_999_999)));
    return net.jqwik.api.Combinators.combine(seconds, nanos).as(java.time.Instant::ofEpochSecond);
  }

  /** An instant is written as {@link java.time.Instant#toString} writes it, on the fast path or not. */
  @Property(tries = 2000)
  void anInstantIsWrittenAsToStringWritesIt(@ForAll("instants") java.time.Instant t) throws IOException {
    byte[] expected = Journal.MAPPER.writeValueAsBytes(Journal.MAPPER.createObjectNode().put("at", t.toString()));
    assertArrayEquals(expected, streamed(g -> {
      g.writeStartObject();
      OperationEncoder.instant(g, "at", t);
      g.writeEndObject();
    }), t::toString);
  }

  private static byte[] streamed(OperationEncoder.Writer w) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = Journal.MAPPER.createGenerator(out)) {
      w.writeTo(g);
    }
    return out.toByteArray();
  }
}
