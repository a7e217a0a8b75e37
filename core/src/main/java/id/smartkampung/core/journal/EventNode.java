package id.smartkampung.core.journal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One JSON object of an event, as the strict readers ({@link OperationCodec}, {@link
 * SignedOperation}) see it — a light, read-only tree built either straight from a parser's tokens
 * (the replay path: no Jackson tree in between) or from a Jackson tree. Both give the same
 * {@code EventNode}, so the reading rules exist once and apply to both.
 *
 * <p>A field's value is a {@link String} (a JSON string), an {@code EventNode} (an object), a
 * {@link List} of values (an array) or, for anything else (numbers, booleans, null), the Jackson
 * {@link JsonNode} of that scalar. Fields keep their order; a repeated name keeps its last value,
 * as Jackson's tree does. Not thread-safe while being built; read-only after.
 */
final class EventNode {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private String[] names;
  private Object[] values;
  private int size;

  private EventNode(int capacity) {
    names = new String[capacity];
    values = new Object[capacity];
  }

  /** The number of distinct fields. */
  int size() {
    return size;
  }

  /** The name of the {@code i}-th field, in document order. */
  String name(int i) {
    return names[i];
  }

  /** The value of a field, or null if there is no such field (a JSON null is a {@link JsonNode}). */
  Object get(String name) {
    // names from a parser are interned, as are the readers' literal names: identity usually decides
    for (int i = 0; i < size; i++) {
      if (names[i] == name) {
        return values[i];
      }
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return values[i];
      }
    }
    return null;
  }

  /** Whether the object has a field of this name (even a null one). */
  boolean has(String name) {
    return get(name) != null;
  }

  private void put(String name, Object value) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        values[i] = value; // a repeated name: the last value wins, as in a Jackson tree
        return;
      }
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size++] = value;
  }

  /**
   * Reads the object that starts at the parser's current token ({@link JsonToken#START_OBJECT}),
   * up to and including its end.
   *
   * @throws IOException if the input is not valid JSON
   */
  static EventNode read(JsonParser p) throws IOException {
    EventNode o = new EventNode(8);
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      o.put(name, value(p));
    }
    if (t != JsonToken.END_OBJECT) {
      throw new IllegalStateException("a JSON parser gave " + t + " inside an object");
    }
    return o;
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case VALUE_STRING:
        return p.getText();
      case START_OBJECT:
        return read(p);
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p));
        }
        return list;
      }
      default:
        JsonNode scalar = p.readValueAsTree(); // numbers, booleans, null: as the tree reader sees them
        return scalar == null ? NODES.nullNode() : scalar;
    }
  }

  /** The same object, from a Jackson tree. */
  static EventNode of(ObjectNode tree) {
    EventNode o = new EventNode(Math.max(tree.size(), 1));
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      o.put(e.getKey(), value(e.getValue()));
    }
    return o;
  }

  private static Object value(JsonNode n) {
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n instanceof ObjectNode o) {
      return of(o);
    }
    if (n instanceof ArrayNode a) {
      List<Object> list = new ArrayList<>(a.size());
      for (JsonNode e : a) {
        list.add(value(e));
      }
      return list;
    }
    return n;
  }

  /** The Jackson tree of this object (for readers that take a tree, e.g. a budget's). */
  ObjectNode toTree() {
    ObjectNode o = NODES.objectNode();
    for (int i = 0; i < size; i++) {
      o.set(names[i], tree(values[i]));
    }
    return o;
  }

  /** The Jackson tree of a value. */
  static JsonNode tree(Object v) {
    if (v instanceof String s) {
      return NODES.textNode(s);
    }
    if (v instanceof EventNode o) {
      return o.toTree();
    }
    if (v instanceof List<?> list) {
      ArrayNode a = NODES.arrayNode(list.size());
      for (Object e : list) {
        a.add(tree(e));
      }
      return a;
    }
    return (JsonNode) v;
  }

  /** Whether a value is JSON null. */
  static boolean isNull(Object v) {
    return v instanceof NullNode;
  }

  /** How a value is described in an error: "a string", "an array", "a number (12)", … */
  static String kind(Object v) {
    if (v instanceof String) {
      return "a string";
    }
    if (v instanceof EventNode) {
      return "an object";
    }
    if (v instanceof List) {
      return "an array";
    }
    return OperationCodec.kind((JsonNode) v);
  }
}
