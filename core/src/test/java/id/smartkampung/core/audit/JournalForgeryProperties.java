package id.smartkampung.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import id.smartkampung.core.journal.Forger;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.journal.OperationCodec;
import id.smartkampung.core.journal.SignedOperation;
import id.smartkampung.core.journal.YearScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The audit never fails on a journal, however it was forged (issue 19, item 3): a signed year's
 * journal is edited at one place anywhere — the header included — by changing, retyping or removing
 * one value, and written again with every hash recomputed (as a forger with write access does).
 * The audit then returns a report, never an exception other than the documented {@link
 * JournalException} for a header that is no longer a village's header at all (entry 0); and an
 * edit of the header or of a signed event is always reported as an error. (An edit of an event no
 * one signed — the Bupati's evaluator has no key — may change nothing the rules can see.)
 */
class JournalForgeryProperties {
  static Path dir;
  static Path honest;
  static List<ObjectNode> bodies;

  @BeforeContainer
  static void writeTheYear() throws Exception {
    dir = Files.createTempDirectory("forgery-props");
    honest = dir.resolve("honest.jsonl");
    YearScenario.write(honest);
    bodies = Forger.bodies(honest);
  }

  @AfterContainer
  static void removeDir() throws Exception {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** One edit: the entry, which of its values (in document order), and what is done to it. */
  record Edit(int entry, int value, int kind) {}

  @Provide
  Arbitrary<Edit> edits() {
    Arbitrary<Integer> entry = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, bodies.size() - 1)));
    return net.jqwik.api.Combinators.combine(entry, Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 5)).as(Edit::new);
  }

  @Property(tries = 40)
  void theAuditReportsEveryForgeryAndNeverFails(@ForAll("edits") Edit edit) throws Exception {
    List<ObjectNode> b = new ArrayList<>();
    bodies.forEach(x -> b.add(x.deepCopy()));
    ObjectNode body = b.get(edit.entry());
    List<JsonNode[]> leaves = new ArrayList<>(); // {parent, key or index, value}
    collect(body, leaves);
    JsonNode[] leaf = leaves.get(edit.value() % leaves.size());
    apply(leaf, edit.kind());
    Assume.that(!body.equals(bodies.get(edit.entry())));
    boolean sameMeaning = edit.entry() > 0 && sameEvent(body, bodies.get(edit.entry()));
    Assume.that(!sameMeaning);
    Path forged = Forger.write(dir.resolve("forged.jsonl"), b);
    // the writer puts the journal's format first in the header whatever the body says: an edit it undoes is none
    Assume.that(!Forger.bodies(forged).get(edit.entry()).equals(bodies.get(edit.entry())));
    AuditReport r;
    try {
      r = JournalAudit.audit(forged);
    } catch (JournalException e) {
      assertEquals(0, edit.entry(), "only a header that is no village's header makes a journal unauditable: " + e.getMessage());
      assertEquals(0L, e.sequence().orElse(0L), e::getMessage);
      return;
    }
    if (edit.entry() == 0 || bodies.get(edit.entry()).has("sig")) {
      assertFalse(r.errors().isEmpty(), () -> "entry " + edit.entry() + " edited to " + body + ": no error in " + r);
    }
  }

  /** Whether an edited event reads as the same event (an edit the format normalises away). */
  private static boolean sameEvent(ObjectNode edited, ObjectNode original) {
    OperationCodec codec = OperationCodec.create();
    try {
      return Objects.equals(SignedOperation.fromJson(edited, codec), SignedOperation.fromJson(original, codec));
    } catch (RuntimeException e) { // EventFormatException included
      return false;
    }
  }

  private static void collect(JsonNode node, List<JsonNode[]> out) {
    if (node instanceof ObjectNode o) {
      o.fieldNames().forEachRemaining(name -> {
        JsonNode v = o.get(name);
        out.add(new JsonNode[] {o, TextNode.valueOf(name), v});
        collect(v, out);
      });
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new JsonNode[] {a, IntNode.valueOf(i), a.get(i)});
        collect(a.get(i), out);
      }
    }
  }

  private static void apply(JsonNode[] leaf, int kind) {
    JsonNode v = leaf[2];
    JsonNode replacement = switch (kind) {
      case 0 -> v.isTextual() ? TextNode.valueOf(v.asText() + "x") : v.isNumber() ? IntNode.valueOf(v.asInt() + 1) : TextNode.valueOf("x");
      case 1 -> v.isTextual() && !v.asText().isEmpty() ? TextNode.valueOf(v.asText().substring(0, v.asText().length() - 1) + (v.asText().endsWith("1") ? "2" : "1"))
          : v.isNumber() ? IntNode.valueOf(-v.asInt() - 1) : BooleanNode.TRUE;
      case 2 -> NullNode.instance;
      case 3 -> v.isNumber() ? TextNode.valueOf(v.asText()) : IntNode.valueOf(2024);
      case 4 -> v.isBoolean() ? BooleanNode.valueOf(!v.asBoolean()) : v.isContainerNode() ? TextNode.valueOf("") : TextNode.valueOf(v.asText().toUpperCase(java.util.Locale.ROOT) + "A");
      default -> null; // removed
    };
    if (leaf[0] instanceof ObjectNode o) {
      if (replacement == null) {
        o.remove(leaf[1].asText());
      } else {
        o.set(leaf[1].asText(), replacement);
      }
    } else {
      ArrayNode a = (ArrayNode) leaf[0];
      if (replacement == null) {
        a.remove(leaf[1].asInt());
      } else {
        a.set(leaf[1].asInt(), replacement);
      }
    }
  }
}
