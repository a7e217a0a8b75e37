package id.smartkampung.core.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a forger with write access does: reads a journal's event bodies, lets the test change them,
 * and writes a new journal with a valid hash chain over the changed bodies — so that only the
 * signatures and the from-scratch recheck can tell.
 */
public final class Forger {
  private Forger() {}

  /** The bodies of every entry, header first, as editable trees. */
  public static List<ObjectNode> bodies(Path file) throws Exception {
    List<ObjectNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add((ObjectNode) Journal.MAPPER.readTree(line).get("body").deepCopy());
    }
    return out;
  }

  /** Writes the bodies (header first) as a journal with a recomputed, valid chain. */
  public static Path write(Path target, List<ObjectNode> bodies) throws IOException {
    Files.deleteIfExists(target);
    try (Journal j = Journal.create(target, bodies.get(0))) {
      for (ObjectNode b : bodies.subList(1, bodies.size())) {
        j.append(b);
      }
    }
    return target;
  }

  /** The index (= sequence number) of the first entry of that type whose op id is {@code id}, or of that type if id is null. */
  public static int find(List<ObjectNode> bodies, String type, String id) {
    for (int i = 1; i < bodies.size(); i++) {
      ObjectNode b = bodies.get(i);
      if (b.path("type").asText().equals(type) && (id == null || b.path("op").path("id").asText().equals(id))) {
        return i;
      }
    }
    throw new AssertionError("no " + type + " " + id);
  }

  /** The operation object of an entry, to edit. */
  public static ObjectNode op(List<ObjectNode> bodies, int seq) {
    return (ObjectNode) bodies.get(seq).get("op");
  }
}
