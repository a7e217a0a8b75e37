package id.smartkampung.monitoring.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.smartkampung.core.json.JsonFields;
import id.smartkampung.core.json.JsonObject;
import id.smartkampung.core.json.JsonProblems;
import id.smartkampung.core.json.StrictJson;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A JSON value with its path, read strictly by core's one reader ({@link StrictJson}, {@link
 * JsonFields}: limits, duplicate keys, bounded quotes); every problem becomes an {@link
 * InvalidJsonException} at the first one.
 */
final class Node {
  static final JsonMapper MAPPER = StrictJson.newMapper();

  /** Core's reader reports here: the first problem, as monitoring's exception. */
  private static final JsonProblems PROBLEMS =
      JsonProblems.failFast(null, (source, findings) -> {
        var f = findings.get(0);
        return new InvalidJsonException(f.path(), Rule.of(JsonProblems.Kind.of(f)), f.message());
      });

  private final Object value;
  private final String path;

  private Node(Object value, String path) {
    this.value = value;
    this.path = path;
  }

  static Node parse(Reader in) {
    try {
      return new Node(StrictJson.readObject(in, "a JSON object", PROBLEMS), "$");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON", e);
    }
  }

  String path() {
    return path;
  }

  InvalidJsonException fail(Rule rule, String detail) {
    return new InvalidJsonException(path, rule, detail);
  }

  private JsonFields fields() {
    return JsonFields.of(value, path, "the value", PROBLEMS);
  }

  /** Checks this is an object with no other fields than {@code allowed}. */
  Node object(Set<String> allowed) {
    fields().onlyKnown(allowed);
    return this;
  }

  Node field(String name) {
    JsonFields f = fields();
    return new Node(f.value(name), f.at(name));
  }

  Optional<Node> optField(String name) {
    JsonFields f = fields();
    Object v = f.optional(name);
    return v == null ? Optional.empty() : Optional.of(new Node(v, f.at(name)));
  }

  boolean has(String name) {
    return fields().has(name);
  }

  String text() {
    return JsonFields.text(value, null, path, PROBLEMS);
  }

  String nonBlankText() {
    String s = text();
    if (s.isBlank()) {
      throw fail(Rule.INVALID_VALUE, "must not be blank");
    }
    return s;
  }

  int integer(int min, int max) {
    return JsonFields.integer(value, null, path, min, max, PROBLEMS);
  }

  double number(double min, double max, String what) {
    if (!(value instanceof JsonNode n) || !n.isNumber()) {
      throw fail(Rule.WRONG_TYPE, "is " + JsonFields.kind(value) + ", expected a number");
    }
    double v = n.doubleValue();
    if (!Double.isFinite(v) || v < min || v > max) {
      throw fail(Rule.OUT_OF_RANGE, what + " " + StrictJson.quote(n.asText()) + " is outside " + min + ".." + max);
    }
    return v;
  }

  /** A plain decimal in a string, as amounts and percentages are written (core's limits on its length). */
  BigDecimal decimal() {
    return JsonFields.decimal(value, null, path, PROBLEMS);
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
      throw fail(Rule.INVALID_VALUE, StrictJson.quote(s) + " is not an ISO-8601 date (yyyy-mm-dd)");
    }
  }

  LocalDateTime dateTime() {
    String s = text();
    try {
      return LocalDateTime.parse(s);
    } catch (DateTimeParseException e) {
      throw fail(Rule.INVALID_VALUE, StrictJson.quote(s) + " is not an ISO-8601 local date-time (yyyy-mm-ddThh:mm[:ss])");
    }
  }

  List<Node> array() {
    if (!(value instanceof List<?> list)) {
      throw fail(Rule.WRONG_TYPE, "is " + JsonFields.kind(value) + ", expected an array");
    }
    List<Node> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(new Node(list.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  /** The fields of an object, as (name, node) in document order. */
  List<Map.Entry<String, Node>> entries() {
    JsonObject o = fields().object();
    List<Map.Entry<String, Node>> out = new ArrayList<>(o.size());
    for (int i = 0; i < o.size(); i++) {
      out.add(Map.entry(o.name(i), new Node(o.value(i), StrictJson.child(path, o.name(i)))));
    }
    return out;
  }

  /** Applies a domain factory; its IllegalArgumentException becomes an error at this path (its message bounded). */
  <T> T as(Rule rule, Function<Node, T> f) {
    try {
      return f.apply(this);
    } catch (InvalidJsonException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw fail(rule, StrictJson.bounded(e.getMessage()));
    }
  }
}
