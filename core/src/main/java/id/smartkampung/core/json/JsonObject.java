package id.smartkampung.core.json;

import com.fasterxml.jackson.core.JsonParseException;
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
 * One JSON object as the strict readers ({@link JsonFields}) see it — <i>objek JSON</i> — a light,
 * read-only tree built straight from a parser's tokens (no Jackson tree in between: the journal's
 * replay reads every event this way) or from a Jackson tree. Both give the same object, so the
 * reading rules exist once.
 *
 * <p>A field's value is a {@link String} (a JSON string), a {@code JsonObject} (an object), a
 * {@link List} of values (an array) or, for anything else (numbers, booleans, null), the Jackson
 * {@link JsonNode} of that scalar. Fields keep their document order. A name repeated in one object
 * is refused while reading tokens ({@code Duplicate field}), as budget files always were; a Jackson
 * tree has already kept one value per name. Not thread-safe while being built; read-only after.
 */
public final class JsonObject {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private String[] names;
  private Object[] values;
  private int size;
  private int hash;

  private JsonObject(int capacity) {
    names = new String[capacity];
    values = new Object[capacity];
  }

  /** The number of fields. */
  public int size() {
    return size;
  }

  /** The name of the {@code i}-th field, in document order. */
  public String name(int i) {
    return names[i];
  }

  /** The value of the {@code i}-th field, in document order. */
  public Object value(int i) {
    return values[i];
  }

  /** The value of a field, or null if there is no such field (a JSON null is a {@link JsonNode}). */
  public Object get(String name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  /** The index of a field in document order, or -1 if there is no such field. */
  public int indexOf(String name) {
    // names from a parser are interned, as are the readers' literal names: identity usually decides
    for (int i = 0; i < size; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    int h = name.hashCode(); // cached in the String: texts are compared only when the hashes match
    for (int i = 0; i < size; i++) {
      String n = names[i];
      if (n.hashCode() == h && n.equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the object has a field of this name (even a null one). */
  public boolean has(String name) {
    return get(name) != null;
  }

  /** An empty object to be filled by a reader of this package ({@link PlainJsonReader}). */
  static JsonObject withCapacity(int capacity) {
    return new JsonObject(capacity);
  }

  /** Adds a field; false (and nothing added) if the name is there already. */
  boolean put(String name, Object value) {
    int h = name.hashCode(); // cached in the String (names from a parser are canonical): compared before the text
    for (int i = 0; i < size; i++) {
      String n = names[i];
      if (n == name || (n.hashCode() == h && n.equals(name))) {
        return false;
      }
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size++] = value;
    return true;
  }

  /**
   * Reads the object that starts at the parser's current token ({@link JsonToken#START_OBJECT}), up
   * to and including its end. The parser's limits ({@link StrictJson}) bound its depth and sizes.
   *
   * @throws IOException if the input is not valid JSON, or repeats a name in one object
   */
  public static JsonObject read(JsonParser p) throws IOException {
    JsonObject o = new JsonObject(8);
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (!o.put(name, value(p))) {
        throw new JsonParseException(p, "Duplicate field " + StrictJson.quote(name));
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new JsonParseException(p, "unexpected " + t + " inside an object");
    }
    return o;
  }

  /** The value that starts at the parser's current token (see {@link #get} for the types). */
  public static Object value(JsonParser p) throws IOException {
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
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDecimalValue()); // never double: as a tree with USE_BIG_DECIMAL_FOR_FLOATS
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new JsonParseException(p, "unexpected " + t + " where a value belongs");
    }
  }

  /** The same object, from a Jackson tree. */
  public static JsonObject of(ObjectNode tree) {
    JsonObject o = new JsonObject(Math.max(tree.size(), 1));
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      o.put(e.getKey(), of(e.getValue()));
    }
    return o;
  }

  /** A value of a Jackson tree as a value of this form. */
  public static Object of(JsonNode n) {
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n instanceof ObjectNode o) {
      return of(o);
    }
    if (n instanceof ArrayNode a) {
      List<Object> list = new ArrayList<>(a.size());
      for (JsonNode e : a) {
        list.add(of(e));
      }
      return list;
    }
    return n;
  }

  /** The Jackson tree of this object (for code that takes a tree). */
  public ObjectNode toTree() {
    ObjectNode o = NODES.objectNode();
    for (int i = 0; i < size; i++) {
      o.set(names[i], tree(values[i]));
    }
    return o;
  }

  /** The Jackson tree of a value. */
  public static JsonNode tree(Object v) {
    if (v instanceof String s) {
      return NODES.textNode(s);
    }
    if (v instanceof JsonObject o) {
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

  /** Equal: the same names with equal values, in the same order. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof JsonObject o) || o.size != size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!names[i].equals(o.names[i]) || !values[i].equals(o.values[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = hash; // computed once: an object is not changed once read
    if (h == 0) {
      h = size;
      for (int i = 0; i < size; i++) {
        h = 31 * (31 * h + names[i].hashCode()) + values[i].hashCode();
      }
      hash = h;
    }
    return h;
  }

  /** Whether a value is JSON null. */
  public static boolean isNull(Object v) {
    return v instanceof NullNode;
  }
}
