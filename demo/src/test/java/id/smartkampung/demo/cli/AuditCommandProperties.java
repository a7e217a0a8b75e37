package id.smartkampung.demo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.smartkampung.demo.cli.ValidateCommandTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * {@code audit} never exits 3 on a journal, however it was forged (issue 19, item 3): the demo's
 * year journal (its first 80 entries) edited at one value anywhere — the header included — and written again with every
 * hash recomputed is audited with exit 1 (violations) or 2 (not a village's journal any more),
 * never an internal error, and never a stack trace.
 */
class AuditCommandProperties {
  static Path dir;
  static List<ObjectNode> bodies;

  @BeforeContainer
  static void runTheYear() throws Exception {
    dir = Files.createTempDirectory("audit-props");
    Result run = ValidateCommandTest.run("run", "--out", dir.resolve("run").toString(), "--lang", "en");
    assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
    try (var s = Files.list(dir.resolve("run"))) {
      Path journal = s.filter(p -> p.getFileName().toString().matches("jurnal-.*-2025\\.jsonl")).findFirst().orElseThrow();
      List<ObjectNode> all = JournalForgery.bodies(journal);
      // its first entries (the header, the registrations, the budget, the first receipts and SPPs): a
      // shorter chain is still a journal, and each try audits in a moment instead of seconds
      bodies = List.copyOf(all.subList(0, Math.min(all.size(), 80)));
    }
  }

  @AfterContainer
  static void removeDir() throws Exception {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 15)
  void auditNeverExits3(@ForAll @IntRange(min = 0, max = 2) int where, @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll @IntRange(min = 0, max = 3) int kind) throws Exception {
    List<ObjectNode> b = new ArrayList<>();
    bodies.forEach(x -> b.add(x.deepCopy()));
    int entry = where == 0 ? 0 : 1 + pick % (b.size() - 1); // a third of the edits in the header
    List<JsonNode[]> leaves = new ArrayList<>();
    collect(b.get(entry), leaves);
    JsonNode[] leaf = leaves.get(pick % leaves.size());
    JsonNode v = leaf[2];
    JsonNode replacement = switch (kind) {
      case 0 -> v.isTextual() ? TextNode.valueOf(v.asText() + "x") : v.isNumber() ? IntNode.valueOf(v.asInt() + 1) : TextNode.valueOf("x");
      case 1 -> v.isNumber() ? IntNode.valueOf(2024) : TextNode.valueOf("Desa Palsu");
      case 2 -> NullNode.instance;
      default -> null;
    };
    if (leaf[0] instanceof ObjectNode o) {
      if (replacement == null) {
        o.remove(leaf[1].asText());
      } else {
        o.set(leaf[1].asText(), replacement);
      }
    } else if (replacement != null) {
      ((ArrayNode) leaf[0]).set(leaf[1].asInt(), replacement);
    } else {
      ((ArrayNode) leaf[0]).remove(leaf[1].asInt());
    }
    Path forged = JournalForgery.write(dir.resolve("forged.jsonl"), b);
    Result r = ValidateCommandTest.run("audit", forged.toString(), "--lang", "en");
    assertNotEquals(ExitCode.INTERNAL, r.code(), () -> "entry " + entry + " edited: " + r.out() + r.err());
    String all = r.out() + r.err();
    assertFalse(all.contains("\tat ") || all.contains("internal error"), all);
  }

  private static void collect(JsonNode node, List<JsonNode[]> out) {
    if (node instanceof ObjectNode o) {
      o.fieldNames().forEachRemaining(name -> {
        out.add(new JsonNode[] {o, TextNode.valueOf(name), o.get(name)});
        collect(o.get(name), out);
      });
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new JsonNode[] {a, IntNode.valueOf(i), a.get(i)});
        collect(a.get(i), out);
      }
    }
  }
}
