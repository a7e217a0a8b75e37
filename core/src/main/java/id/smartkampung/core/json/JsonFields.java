package id.smartkampung.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import id.smartkampung.core.json.JsonProblems.Kind;
import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one JSON object, read strictly and with their JSON path — <i>pembaca kolom JSON</i>:
 * the one path-aware reader of smartkampung's formats (budget files, journal events, monitoring
 * documents). Each read names the field; a missing field, a value of the wrong JSON type or form is
 * a problem at its path (e.g. {@code $.lines[3].amount}) reported to the reader's {@link
 * JsonProblems}. Closed formats refuse unknown fields: {@link #onlyKnown} lists every field not in
 * a set; {@link #noOthers} refuses the first field that was not read.
 *
 * <p>When the problems are collected rather than thrown, a read that found a problem returns null,
 * so that reading goes on and every problem is reported.
 *
 * <p>Rules shared by all formats: amounts are JSON <em>strings</em> holding a plain decimal ({@link
 * Idr#parseDecimal}), never JSON numbers (a producer may have passed them through binary floating
 * point); every value quoted in an error is cut to a bounded prefix ({@link StrictJson#quote}). A
 * JSON null is a missing value; in a {@linkplain #strictNulls strict-nulls} reader (the journal,
 * written only by machines) it is refused even for an optional field. Paths are built only when
 * something is wrong. Not thread-safe.
 */
public final class JsonFields {
  private final JsonObject o;
  private @Nullable String path; // built from parent and name when first needed: most reads never need it
  private final @Nullable JsonFields parent;
  private final @Nullable String name;
  /** The element of the array {@code name} this object is, or -1 when it is the field {@code name} itself. */
  private final int index;
  private final JsonProblems problems;
  private final boolean strictNulls;
  private String[] read = new String[8];
  private int reads;
  private long seen; // bit i: field i of the object was read
  private java.util.@Nullable BitSet seenBeyond64;

  private JsonFields(JsonObject o, String path, JsonProblems problems, boolean strictNulls) {
    this.o = requireNonNull(o, "o");
    this.path = requireNonNull(path, "path");
    this.parent = null;
    this.name = null;
    this.index = -1;
    this.problems = requireNonNull(problems, "problems");
    this.strictNulls = strictNulls;
  }

  /**
   * The object of the field {@code name} of {@code parent} (or of its element {@code index}, if not
   * -1); its path is made only if asked for.
   */
  private JsonFields(JsonObject o, JsonFields parent, String name, int index) {
    this.o = o;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.problems = parent.problems;
    this.strictNulls = parent.strictNulls;
  }

  /** The fields of {@code o}, the object at {@code path}. */
  public static JsonFields of(JsonObject o, String path, JsonProblems problems) {
    return new JsonFields(o, path, problems, false);
  }

  /**
   * The fields of a value that must be an object, or null (after reporting the problem) if it is not.
   *
   * @param what how to name the object in errors, e.g. {@code "a budget line"}
   */
  public static JsonFields of(Object value, String path, String what, JsonProblems problems) {
    JsonObject obj = object(value, path, what, problems);
    return obj == null ? null : of(obj, path, problems);
  }

  /** As {@link #of(JsonObject, String, JsonProblems)}, refusing JSON null even for optional fields. */
  public static JsonFields strictNulls(JsonObject o, String path, JsonProblems problems) {
    return new JsonFields(o, path, problems, true);
  }

  /** The object read. */
  public JsonObject object() {
    return o;
  }

  /** The JSON path of the object. */
  public String path() {
    String p = path;
    if (p == null) {
      p = StrictJson.child(requireNonNull(parent).path(), requireNonNull(name));
      p = path = index < 0 ? p : p + "[" + index + "]";
    }
    return p;
  }

  /** The problems this reader reports to. */
  public JsonProblems problems() {
    return problems;
  }

  /** The path of a field of this object. */
  public String at(String name) {
    return StrictJson.child(path(), name);
  }

  /** Reports a problem at the field {@code name}. */
  public void problem(Kind kind, String name, String message) {
    problems.report(kind, at(name), message);
  }

  /**
   * Records that {@code name} was read: its index in the object in a bit set (a field read twice
   * counts once), its name for the message of {@link #noOthers}.
   */
  private void mark(String name, int i) {
    if (i >= 0) {
      if (i < 64) {
        seen |= 1L << i;
      } else {
        if (seenBeyond64 == null) {
          seenBeyond64 = new java.util.BitSet();
        }
        seenBeyond64.set(i - 64);
      }
    }
    if (reads == read.length) {
      read = Arrays.copyOf(read, reads * 2);
    }
    read[reads++] = name;
  }

  private boolean wasRead(int i) {
    return i < 64 ? (seen & (1L << i)) != 0 : seenBeyond64 != null && seenBeyond64.get(i - 64);
  }

  // ---------------------------------------------------------------------------- fields by name

  /** Whether the field is there with a value other than null. */
  public boolean has(String name) {
    Object v = o.get(name);
    return v != null && !JsonObject.isNull(v);
  }

  /** A required field's value (see {@link JsonObject#get}); null after reporting it missing. */
  public Object value(String name) {
    int i = o.indexOf(name);
    mark(name, i);
    Object v = i < 0 ? null : o.value(i);
    if (v == null || JsonObject.isNull(v)) {
      problems.report(Kind.MISSING_FIELD, at(name), "missing field '" + name + "'");
      return null;
    }
    return v;
  }

  /** An optional field's value; null when absent (or null, unless {@linkplain #strictNulls strict}). */
  public Object optional(String name) {
    int i = o.indexOf(name);
    if (i < 0) {
      return null; // absent: nothing to mark
    }
    Object v = o.value(i);
    if (JsonObject.isNull(v) && !strictNulls) {
      mark(name, i);
      return null;
    }
    return value(name);
  }

  /** A required string. */
  public String text(String name) {
    Object v = value(name);
    if (v instanceof String s) {
      return s;
    }
    return v == null ? null : text(v, name, at(name), problems);
  }

  /** An optional string; null when absent. */
  public String optionalText(String name) {
    Object v = optional(name);
    if (v instanceof String s) {
      return s;
    }
    return v == null ? null : text(v, name, at(name), problems);
  }

  /** A required string, not blank. */
  public String nonBlankText(String name) {
    String t = text(name);
    if (t != null && t.isBlank()) {
      problem(Kind.INVALID_VALUE, name, "'" + name + "' is blank");
      return null;
    }
    return t;
  }

  /** A required whole number in {@code [min, max]}. */
  public Integer integer(String name, int min, int max) {
    Object v = value(name);
    return v == null ? null : integer(v, name, at(name), min, max, problems);
  }

  /** An optional whole number in {@code [min, max]}; null when absent. */
  public Integer optionalInteger(String name, int min, int max) {
    Object v = optional(name);
    return v == null ? null : integer(v, name, at(name), min, max, problems);
  }

  /** A required plain decimal in a string ({@link Idr#parseDecimal}), e.g. {@code "37.5"}. */
  public BigDecimal decimal(String name) {
    Object v = value(name);
    if (v instanceof String s) {
      try {
        return Idr.parseDecimal(s);
      } catch (IllegalArgumentException e) {
        problem(Kind.INVALID_VALUE, name, StrictJson.bounded(e.getMessage()));
        return null;
      }
    }
    return v == null ? null : decimal(v, name, at(name), problems);
  }

  /** A required amount in rupiah: a quoted plain decimal ({@link Idr#parseDecimal}), never a JSON number. */
  public Money amount(String name) {
    BigDecimal d = decimal(name);
    return d == null ? null : Idr.of(d);
  }

  /** A required enum constant by its name. */
  public <E extends Enum<E>> E constant(String name, Class<E> type) {
    String t = text(name);
    return t == null ? null : constant(name, t, type);
  }

  /** The constant named {@code text}, the text of the field {@code name} (already read). */
  public <E extends Enum<E>> E constant(String name, String text, Class<E> type) {
    try {
      return Enum.valueOf(type, text); // the JDK's cached name table: no copy of the constants per read
    } catch (IllegalArgumentException notAConstant) {
      // reported below
    }
    problem(Kind.INVALID_VALUE, name, StrictJson.quote(text) + " is not one of " + names(type));
    return null;
  }

  /** A required string read by a domain factory, whose {@link IllegalArgumentException} is the problem. */
  public <T> T parsed(String name, Function<String, T> parse) {
    String t = text(name);
    return t == null ? null : parse(name, t, parse);
  }

  /** An optional string read by a domain factory; null when absent. */
  public <T> T optionalParsed(String name, Function<String, T> parse) {
    String t = optionalText(name);
    return t == null ? null : parse(name, t, parse);
  }

  /** {@code text}, the text of the field {@code name} (already read), read by a domain factory. */
  public <T> T parse(String name, String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      problem(Kind.INVALID_VALUE, name, StrictJson.bounded(e.getMessage()));
      return null;
    }
  }

  /** A required object's fields. */
  public JsonFields fields(String name) {
    Object v = value(name);
    if (v == null) {
      return null;
    }
    if (v instanceof JsonObject obj) {
      return new JsonFields(obj, this, name, -1);
    }
    object(v, at(name), "'" + name + "'", problems); // reports what it is instead
    return null;
  }

  /** The path of element {@code index} of the array field {@code name}, e.g. {@code $.op.lines[2]}. */
  public String at(String name, int index) {
    return at(name) + "[" + index + "]";
  }

  /**
   * The fields of {@code value}, element {@code index} of the array field {@code name} of this
   * object, which must be an object: as {@link #of(Object, String, String, JsonProblems)} at {@link
   * #at(String, int)}, the path made only if asked for.
   */
  public JsonFields element(Object value, String name, int index, String what) {
    if (value instanceof JsonObject obj) {
      return new JsonFields(obj, this, name, index);
    }
    return of(value, at(name, index), what, problems); // reports what it is instead
  }

  /** A required array. */
  public List<?> array(String name) {
    Object v = value(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof List<?> list)) {
      problem(Kind.WRONG_TYPE, name, "'" + name + "' is " + kind(v) + ", expected an array");
      return null;
    }
    return list;
  }

  /** Reports every field not in {@code known} (a closed format). */
  public void onlyKnown(Set<String> known) {
    for (int i = 0; i < o.size(); i++) {
      String name = o.name(i);
      if (!known.contains(name)) {
        problems.report(Kind.UNKNOWN_FIELD, at(name), "unknown field " + StrictJson.quote(name) + " (known: " + String.join(", ", new TreeSet<>(known)) + ")");
      }
    }
  }

  /** Reports the first field that was not read (a closed format whose fields were all read). */
  public void noOthers() {
    int n = o.size();
    if (n <= 64 ? seen == (n == 64 ? -1L : (1L << n) - 1) : seen == -1L && seenBeyond64 != null && seenBeyond64.cardinality() == n - 64) {
      return; // every field of the object was read
    }
    List<String> known = List.copyOf(new java.util.LinkedHashSet<>(Arrays.asList(read).subList(0, reads)));
    for (int i = 0; i < n; i++) {
      String name = o.name(i);
      if (!wasRead(i)) {
        problems.report(Kind.UNKNOWN_FIELD, at(name), "unknown field " + StrictJson.quote(name) + " (known here: " + String.join(", ", known) + ")");
        return;
      }
    }
  }

  // ---------------------------------------------------------------------------- single values

  /** A value that must be an object; null after reporting the problem. */
  public static JsonObject object(Object v, String path, String what, JsonProblems problems) {
    if (v == null || JsonObject.isNull(v) || (v instanceof JsonNode n && n.isMissingNode())) {
      problems.report(Kind.MISSING_FIELD, path, what + " is missing: expected an object");
      return null;
    }
    if (!(v instanceof JsonObject obj)) {
      problems.report(Kind.WRONG_TYPE, path, what + " is " + kind(v) + ", expected an object");
      return null;
    }
    return obj;
  }

  /** A value that must be a string; {@code name} names it in the message (null: an element). */
  public static String text(Object v, String name, String path, JsonProblems problems) {
    if (!(v instanceof String s)) {
      problems.report(Kind.WRONG_TYPE, path, subject(name) + kind(v) + ", expected a string");
      return null;
    }
    return s;
  }

  /** A value that must be a whole number in {@code [min, max]}. */
  public static Integer integer(Object v, String name, String path, int min, int max, JsonProblems problems) {
    if (!(v instanceof JsonNode n) || !n.isIntegralNumber()) {
      problems.report(Kind.WRONG_TYPE, path, subject(name) + kind(v) + ", expected a whole number");
      return null;
    }
    if (!n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
      problems.report(Kind.OUT_OF_RANGE, path, StrictJson.quote(n.asText()) + " is outside " + min + ".." + max);
      return null;
    }
    return n.intValue();
  }

  /** A value that must be a plain decimal in a string ({@link Idr#parseDecimal}); a JSON number is refused. */
  public static BigDecimal decimal(Object v, String name, String path, JsonProblems problems) {
    if (v instanceof JsonNode n && n.isNumber()) {
      problems.report(
          Kind.WRONG_TYPE,
          path,
          subject(name) + "a JSON number (" + StrictJson.quote(n.asText()) + "); write it as a quoted decimal string like \""
              + suggestion(n) + "\" so that no reader or writer rounds it through floating point (never a JSON number)");
      return null;
    }
    String t = text(v, name, path, problems);
    if (t == null) {
      return null;
    }
    try {
      return Idr.parseDecimal(t);
    } catch (IllegalArgumentException e) {
      problems.report(Kind.INVALID_VALUE, path, StrictJson.bounded(e.getMessage()));
      return null;
    }
  }

  /** Text read by a domain factory, whose {@link IllegalArgumentException} becomes the problem (message bounded). */
  public static <T> T parse(String text, String path, Function<String, T> parse, JsonProblems problems) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      problems.report(Kind.INVALID_VALUE, path, StrictJson.bounded(e.getMessage()));
      return null;
    }
  }

  /** How a value is described in an error: "a string", "an array", "a number (12)", … */
  public static String kind(Object v) {
    if (v instanceof String) {
      return "a string";
    }
    if (v instanceof JsonObject) {
      return "an object";
    }
    if (v instanceof List) {
      return "an array";
    }
    JsonNode n = (JsonNode) v;
    if (n.isNumber()) {
      return "a number (" + StrictJson.quote(n.asText()).replace("'", "") + ")";
    }
    if (n.isBoolean()) {
      return "a boolean (" + n.asText() + ")";
    }
    return n.isNull() ? "null" : "missing";
  }

  private static String subject(String name) {
    return name == null ? "is " : "'" + name + "' is ";
  }

  /** A number as the quoted amount it should have been, when that is short; else a generic example. */
  private static String suggestion(JsonNode n) {
    BigDecimal d = n.decimalValue();
    if (d.scale() < -20 || d.scale() > 20 || d.precision() > 40) {
      return "1500000.00"; // an exponent too large to write out (1e999999999)
    }
    return d.setScale(Math.max(Idr.SCALE, d.scale()), java.math.RoundingMode.UNNECESSARY).toPlainString();
  }

  /** The names of an enum's constants, comma-separated. */
  public static <E extends Enum<E>> String names(Class<E> type) {
    StringBuilder b = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      b.append(b.length() == 0 ? "" : ", ").append(e.name());
    }
    return b.toString();
  }
}
