package id.smartkampung.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.smartkampung.core.ledger.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The replay's reading straight from a journal line's tokens ({@link SignedOperation#fromJson(
 * Journal.RawEntry, OperationCodec)}) and the reading of a Jackson tree ({@link
 * SignedOperation#fromJson(JsonNode, OperationCodec)}) agree on every event: the same operation
 * from a well-formed event, the same error (JSON path and problem) from a damaged one — a field
 * removed, made null, given a value of another JSON type, or an unknown field added, anywhere in
 * the event.
 */
class EventReadingProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Provide
  Arbitrary<Operation> operations() {
    return OperationArbitraries.operations();
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void tokensAndTreesReadEveryEventAlike(
      @ForAll("operations") Operation op,
      @ForAll boolean signed,
      @ForAll @IntRange(min = 0, max = 10) int how,
      @ForAll @IntRange(min = 0, max = 999) int where) throws Exception {
    SignedOperation event = signed
        ? SignedOperation.signed(op, OperationSignature.sign(OperationCodecProperties.VILLAGE, 2025, op, OperationCodecProperties.KEY))
        : SignedOperation.unsigned(op);
    ObjectNode body = event.toJson();
    String change = damage(body, how, where);
    Statistics.label("change").collect(change.isEmpty() ? "none" : change.substring(0, change.indexOf(' ')));

    String fromTree = outcome(() -> SignedOperation.fromJson(Journal.MAPPER.readTree(Journal.MAPPER.writeValueAsBytes(body)), OperationCodec.create()));
    String fromTokens = readThroughJournal(body);
    assertEquals(fromTree, fromTokens, change);
    if (how == 0) {
      assertEquals(outcome(() -> event), fromTokens);
    }
  }

  /** Reads the body as the replay does: appended to a journal, then read back as a raw entry. */
  private static String readThroughJournal(ObjectNode body) throws Exception {
    Path dir = Files.createTempDirectory("sk-events");
    Path file = dir.resolve("j.jsonl");
    try {
      try (Journal j = Journal.create(file, NODES.objectNode())) {
        j.append(body);
      }
      List<String> out = new ArrayList<>();
      Journal.forEachRaw(file, e -> {
        if (e.sequence() == 1) {
          out.add(outcome(() -> SignedOperation.fromJson(e, OperationCodec.create())));
        }
      });
      return out.get(0);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(WriterLock.lockFileOf(file)); // the writer's companion lock file (issue 19, item 1)
      Files.deleteIfExists(dir);
    }
  }

  @FunctionalInterface
  interface Read {
    SignedOperation read() throws Exception;
  }

  /** What reading gives: the event, the refusal (path and problem), or the failure. */
  static String outcome(Read r) {
    try {
      return "read " + r.read();
    } catch (EventFormatException e) {
      return "refused at " + e.path() + ": " + e.problem();
    } catch (Exception e) {
      return "failed " + e;
    }
  }

  /** Damages one place of the event (none for {@code how == 0}); describes what it did. */
  private static String damage(ObjectNode body, int how, int where) {
    if (how == 0) {
      return "";
    }
    List<Map.Entry<ObjectNode, String>> places = new ArrayList<>();
    collect(body, places);
    Map.Entry<ObjectNode, String> place = places.get(where % places.size());
    ObjectNode o = place.getKey();
    String name = place.getValue();
    JsonNode value =
        switch (how) {
          case 1 -> null;
          case 2 -> NODES.nullNode();
          case 3 -> NODES.numberNode(12);
          case 4 -> NODES.numberNode(new java.math.BigDecimal("1500000.50"));
          case 5 -> NODES.booleanNode(true);
          case 6 -> NODES.arrayNode().add("02.03.10").add(7);
          case 7 -> NODES.objectNode().put("id", "x");
          case 8 -> NODES.textNode("x y");
          case 9 -> NODES.numberNode(3_000_000_000L);
          default -> NODES.textNode("unknown");
        };
    if (how == 10) {
      o.set("zz" + name, value);
      return "added " + name;
    }
    if (value == null) {
      o.remove(name);
      return "removed " + name;
    }
    o.set(name, value);
    return "replaced " + name + " by " + value;
  }

  private static void collect(ObjectNode o, List<Map.Entry<ObjectNode, String>> places) {
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      places.add(Map.entry(o, f.getKey()));
      if (f.getValue() instanceof ObjectNode child && !f.getKey().equals("budget")) {
        collect(child, places);
      }
    }
  }
}
