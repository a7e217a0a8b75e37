package id.smartkampung.demo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.journal.OperationSignature;
import id.smartkampung.core.journal.SignedOperation;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.demo.scenario.Scenario;
import id.smartkampung.demo.scenario.ScenarioKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a forger with write access to the journal does (as in core's {@code JournalAuditTest}): reads
 * the event bodies, changes them, and writes a new journal with a valid hash chain over them — so
 * that only the signatures and the from-scratch recheck can tell. Signs as a colluding insider does,
 * with the acting official's own key.
 */
final class JournalForgery {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JournalForgery() {}

  /** The bodies of every entry, header first, as editable trees. */
  static List<ObjectNode> bodies(Path journal) throws IOException {
    List<ObjectNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(journal, UTF_8)) {
      out.add((ObjectNode) MAPPER.readTree(line).get("body").deepCopy());
    }
    return out;
  }

  /** Writes the bodies (header first) as a journal with a recomputed, valid chain. */
  static Path write(Path target, List<ObjectNode> bodies) throws IOException {
    Files.deleteIfExists(target);
    ObjectNode meta = bodies.get(0).deepCopy();
    meta.remove("format"); // Journal.create writes its own format field first
    try (Journal j = Journal.create(target, meta)) {
      for (ObjectNode b : bodies.subList(1, bodies.size())) {
        j.append(b);
      }
    }
    return target;
  }

  /** An event signed by its actor's own key, as an insider would write it. */
  static ObjectNode signed(Operation op) {
    // run's book records its refused attempts (VillageBook.CONTENT_REFUSALS): its header says so
    VillageBook.Header header = new VillageBook.Header(Scenario.village(), Scenario.FISCAL_YEAR, Scenario.FISCAL_YEAR, Scenario.village().zone(), true, true);
    return SignedOperation.signed(op, OperationSignature.sign(header, op, ScenarioKeys.of(op.actor().id()))).toJson();
  }

  /** The index (= sequence number) of the first entry of that type whose op id is {@code id}, or of that type if id is null. */
  static int find(List<ObjectNode> bodies, String type, String id) {
    for (int i = 1; i < bodies.size(); i++) {
      ObjectNode b = bodies.get(i);
      if (b.path("type").asText().equals(type) && (id == null || b.path("op").path("id").asText().equals(id))) {
        return i;
      }
    }
    throw new AssertionError("no " + type + " " + id);
  }

  /** The official of a JSON {@code {id, name, role}}. */
  static Official official(JsonNode n) {
    return Official.of(n.get("id").asText(), n.get("name").asText(), Role.valueOf(n.get("role").asText()));
  }
}
