package id.smartkampung.monitoring.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.json.InvalidJsonException.Rule;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** A JSON node with its path, read strictly: every problem becomes an {@link InvalidJsonException}. */
final class Node {
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private final JsonNode node;
  private final String path;

  private Node(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  static Node parse(Reader in) {
    try {
      JsonNode n = MAPPER.readTree(in);
      if (n == null || n.isMissingNode()) {
        throw new InvalidJsonException("$", Rule.MALFORMED, "the document is empty");
      }
      return new Node(n, "$");
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      Rule rule = msg != null && msg.startsWith("Duplicate field") ? Rule.DUPLICATE_FIELD : Rule.MALFORMED;
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw new InvalidJsonException("$", rule, firstLine(msg) + where);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON", e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "not valid JSON";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  String path() {
    return path;
  }

  InvalidJsonException fail(Rule rule, String detail) {
    return new InvalidJsonException(path, rule, detail);
  }

  private static String type(JsonNode n) {
    if (n.isTextual()) {
      return "a string";
    }
    if (n.isNumber()) {
      return "a number";
    }
    if (n.isBoolean()) {
      return "a boolean";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isObject()) {
      return "an object";
    }
    return "null";
  }

  /** Checks this is an object with no other fields than {@code allowed}. */
  Node object(Set<String> allowed) {
    if (!node.isObject()) {
      throw fail(Rule.WRONG_TYPE, "expected an object, found " + type(node));
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new InvalidJsonException(path + "." + f, Rule.UNKNOWN_FIELD, "unknown field '" + f + "'; known fields are " + new java.util.TreeSet<>(allowed));
      }
    }
    return this;
  }

  Node field(String name) {
    JsonNode f = node.get(name);
    if (f == null || f.isNull()) {
      throw new InvalidJsonException(path + "." + name, Rule.MISSING_FIELD, "required field '" + name + "' is " + (f == null ? "missing" : "null"));
    }
    return new Node(f, path + "." + name);
  }

  Optional<Node> optField(String name) {
    JsonNode f = node.get(name);
    if (f == null || f.isNull()) {
      return Optional.empty();
    }
    return Optional.of(new Node(f, path + "." + name));
  }

  boolean has(String name) {
    JsonNode f = node.get(name);
    return f != null && !f.isNull();
  }

  String text() {
    if (!node.isTextual()) {
      throw fail(Rule.WRONG_TYPE, "expected a string, found " + type(node));
    }
    return node.textValue();
  }

  String nonBlankText() {
    String s = text();
    if (s.isBlank()) {
      throw fail(Rule.INVALID_VALUE, "must not be blank");
    }
    return s;
  }

  int integer(int min, int max) {
    if (!node.isIntegralNumber()) {
      throw fail(Rule.WRONG_TYPE, "expected a whole number, found " + type(node) + (node.isTextual() ? " '" + node.textValue() + "'" : ""));
    }
    if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
      throw fail(Rule.OUT_OF_RANGE, node.asText() + " is outside " + min + ".." + max);
    }
    return node.intValue();
  }

  double number(double min, double max, String what) {
    if (!node.isNumber()) {
      throw fail(Rule.WRONG_TYPE, "expected a number, found " + type(node) + (node.isTextual() ? " '" + node.textValue() + "'" : ""));
    }
    double v = node.doubleValue();
    if (!Double.isFinite(v) || v < min || v > max) {
      throw fail(Rule.OUT_OF_RANGE, what + " " + node.asText() + " is outside " + min + ".." + max);
    }
    return v;
  }

  /** A plain decimal in a string, as amounts and percentages are written. */
  BigDecimal decimal() {
    if (!node.isTextual()) {
      throw fail(Rule.WRONG_TYPE, "expected a quoted decimal string (e.g. \"1500000.00\"), found " + type(node));
    }
    String s = node.textValue();
    if (!s.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw fail(Rule.INVALID_VALUE, "'" + s + "' is not a plain decimal (digits with an optional '.')");
    }
    return new BigDecimal(s);
  }

  /** A non-negative amount in rupiah, exact to the sen, as sen. */
  long amountSen() {
    BigDecimal d = decimal();
    if (d.signum() < 0) {
      throw fail(Rule.OUT_OF_RANGE, "amount " + d.toPlainString() + " is negative");
    }
    try {
      return Idr.toSen(Idr.of(d));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw fail(Rule.INVALID_VALUE, "amount " + d.toPlainString() + " is not exact to the sen (at most 2 decimals) or too large");
    }
  }

  /** A percentage 0–100 in a quoted decimal string. */
  id.smartkampung.monitoring.Percent percent() {
    BigDecimal d = decimal();
    if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw fail(Rule.OUT_OF_RANGE, "percentage " + d.toPlainString() + " is outside 0..100");
    }
    return as(Rule.INVALID_VALUE, n -> id.smartkampung.monitoring.Percent.of(d));
  }

  LocalDate date() {
    String s = text();
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw fail(Rule.INVALID_VALUE, "'" + s + "' is not an ISO-8601 date (yyyy-mm-dd)");
    }
  }

  LocalDateTime dateTime() {
    String s = text();
    try {
      return LocalDateTime.parse(s);
    } catch (DateTimeParseException e) {
      throw fail(Rule.INVALID_VALUE, "'" + s + "' is not an ISO-8601 local date-time (yyyy-mm-ddThh:mm[:ss])");
    }
  }

  List<Node> array() {
    if (!node.isArray()) {
      throw fail(Rule.WRONG_TYPE, "expected an array, found " + type(node));
    }
    List<Node> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(new Node(node.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  /** The fields of an object, as (name, node) in document order. */
  List<java.util.Map.Entry<String, Node>> entries() {
    if (!node.isObject()) {
      throw fail(Rule.WRONG_TYPE, "expected an object, found " + type(node));
    }
    List<java.util.Map.Entry<String, Node>> out = new ArrayList<>();
    node.fields().forEachRemaining(e -> out.add(java.util.Map.entry(e.getKey(), new Node(e.getValue(), path + "." + e.getKey()))));
    return out;
  }

  /** Applies a domain factory; its IllegalArgumentException becomes an error at this path. */
  <T> T as(Rule rule, Function<Node, T> f) {
    try {
      return f.apply(this);
    } catch (InvalidJsonException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw fail(rule, e.getMessage());
    }
  }
}
