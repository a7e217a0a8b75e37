package id.smartkampung.core.json;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fast reader of the plain JSON a machine writes — <i>pembaca JSON polos</i> — straight from
 * UTF-8 bytes into a {@link JsonObject}, with no parser in between: the journal's replay reads
 * every event body this way. It reads a strict subset of JSON — ASCII strings without escapes,
 * whole numbers of at most 18 digits, {@code true}, {@code false}, {@code null}, objects and arrays,
 * each name once per object, within the {@link InputLimits} — and gives exactly the object {@link
 * JsonObject#read} gives from Jackson's tokens for the same bytes. Anything else (an escape, a
 * non-ASCII byte, a fraction, a repeated name, a syntax error, …) it <em>declines</em>: {@link
 * #read} returns null and the caller reads the bytes the general way, which gives the verdict and
 * the error. So it has no error messages of its own.
 *
 * <p>Field names are canonical (interned) strings, as the readers' literal names are: a name
 * compares by identity. An object inside the document whose bytes are those of a recent one (the
 * same actor, budget item or payee in event after event) is that same, read-only, object: readers
 * that remember what they made of an object ({@link JsonObject#equals}) find it at once. One
 * instance per thread (it keeps tables of the names and objects it has seen); not thread-safe.
 */
public final class PlainJsonReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Deeper nesting is declined: Jackson's limit ({@link InputLimits#MAX_NESTING_DEPTH}) decides. */
  private static final int MAX_DEPTH = InputLimits.MAX_NESTING_DEPTH - 2;
  private static final int TABLE = 1 << 10;

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Slots for recent objects inside documents. */
  private static final int MEMO = 1 << 8;
  /** How many of an object's first bytes choose its slot. */
  private static final int MEMO_KEY = 24;
  /** The longest object (in bytes) remembered. */
  private static final int MEMO_MAX = 320;

  private final String[] names = new String[TABLE];
  /** Recent small objects inside documents (an actor, a budget item, a payee), their bytes, and the depth they were read at. */
  private final JsonObject[] memoObjects = new JsonObject[MEMO];
  private final byte[][] memoBytes = new byte[MEMO][];
  private final int[] memoDepth = new int[MEMO];
  /** The bytes of {@link #names}, slot by slot. */
  private final byte[][] nameBytes = new byte[TABLE][];
  private byte[] b;
  private int i;
  private int end;
  private int depth;

  /** A reader with empty tables. */
  public PlainJsonReader() {}

  /**
   * The object that is {@code bytes[from, to)} (whitespace around it allowed), or null if the bytes
   * are not in the subset this reader reads (including any invalid JSON).
   */
  public @Nullable JsonObject read(byte[] bytes, int from, int to) {
    if (to - from > InputLimits.MAX_DOCUMENT_BYTES) {
      return null;
    }
    b = bytes;
    i = from;
    end = to;
    depth = 0;
    try {
      skipSpace();
      if (i >= end || b[i] != '{') {
        return null;
      }
      JsonObject o = object();
      if (o == null) {
        return null;
      }
      skipSpace();
      return i == end ? o : null;
    } finally {
      b = null;
    }
  }

  /** The object whose opening brace is at {@code b[i]}; null to decline. */
  private @Nullable JsonObject object() {
    int slot = -1;
    int start = i;
    if (depth > 0) { // an object inside the document: the same bytes as a recent one give the same object
      slot = memoSlot();
      byte[] known = memoBytes[slot];
      if (known != null && depth <= memoDepth[slot] && end - i >= known.length && Arrays.equals(known, 0, known.length, b, i, i + known.length)) {
        i += known.length;
        return memoObjects[slot];
      }
    }
    if (++depth > MAX_DEPTH) {
      return null;
    }
    i++;
    JsonObject o = JsonObject.withCapacity(8);
    skipSpace();
    if (i < end && b[i] == '}') {
      i++;
      depth--;
      return o;
    }
    while (true) {
      if (i >= end || b[i] != '"') {
        return null;
      }
      String name = name();
      if (name == null) {
        return null;
      }
      skipSpace();
      if (i >= end || b[i] != ':') {
        return null;
      }
      i++;
      skipSpace();
      Object v = value();
      if (v == null || !o.put(name, v)) {
        return null; // a repeated name: the general reading refuses it
      }
      skipSpace();
      if (i >= end) {
        return null;
      }
      byte c = b[i++];
      if (c == '}') {
        depth--;
        if (slot >= 0 && i - start <= MEMO_MAX) {
          memoBytes[slot] = Arrays.copyOfRange(b, start, i);
          memoObjects[slot] = o;
          memoDepth[slot] = depth;
        }
        return o;
      }
      if (c != ',') {
        return null;
      }
      skipSpace();
    }
  }

  /** The slot of the object starting at {@code b[i]} among the recent ones: a hash of its first bytes. */
  private int memoSlot() {
    int h = 0;
    for (int k = i, to = Math.min(end, i + MEMO_KEY); k < to; k++) {
      h = 31 * h + b[k];
    }
    return (h ^ (h >>> 8) ^ (h >>> 16)) & (MEMO - 1);
  }

  /** The value starting at {@code b[i]}; null to decline. */
  private @Nullable Object value() {
    if (i >= end) {
      return null;
    }
    byte c = b[i];
    switch (c) {
      case '"':
        return text();
      case '{':
        return object();
      case '[':
        return array();
      case 't':
        return literal("true") ? NODES.booleanNode(true) : null;
      case 'f':
        return literal("false") ? NODES.booleanNode(false) : null;
      case 'n':
        return literal("null") ? NODES.nullNode() : null;
      default:
        return c == '-' || (c >= '0' && c <= '9') ? number() : null;
    }
  }

  private @Nullable List<Object> array() {
    if (++depth > MAX_DEPTH) {
      return null;
    }
    i++;
    List<Object> list = new ArrayList<>();
    skipSpace();
    if (i < end && b[i] == ']') {
      i++;
      depth--;
      return list;
    }
    while (true) {
      Object v = value();
      if (v == null) {
        return null;
      }
      list.add(v);
      skipSpace();
      if (i >= end) {
        return null;
      }
      byte c = b[i++];
      if (c == ']') {
        depth--;
        return list;
      }
      if (c != ',') {
        return null;
      }
      skipSpace();
    }
  }

  /** A whole number of at most 18 digits, as Jackson types it (an int if it fits, else a long). */
  private @Nullable Object number() {
    boolean negative = b[i] == '-';
    if (negative) {
      i++;
    }
    int digitsStart = i;
    long v = 0;
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      v = v * 10 + (b[i] - '0');
      i++;
    }
    int digits = i - digitsStart;
    if (digits == 0 || digits > 18 || (digits > 1 && b[digitsStart] == '0') || (negative && v == 0)) {
      return null; // none, too long, a leading zero, or -0: the general reading decides
    }
    if (i < end && !delimiter(b[i])) {
      return null; // a fraction, an exponent or garbage
    }
    long n = negative ? -v : v;
    return n == (int) n ? NODES.numberNode((int) n) : NODES.numberNode(n);
  }

  private boolean literal(String word) {
    int n = word.length();
    if (end - i < n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (b[i + k] != word.charAt(k)) {
        return false;
      }
    }
    i += n;
    return i >= end || delimiter(b[i]);
  }

  private static boolean delimiter(byte c) {
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** The end (exclusive) of the string whose opening quote is at {@code i}, or -1 to decline. */
  private int stringEnd(int limit) {
    int k = i + 1;
    for (; k + 8 <= end; k += 8) { // eight plain bytes at a time; the first word with anything else is looked at byte by byte
      long w = (long) LONGS.get(b, k);
      long quote = w ^ 0x2222222222222222L;
      long escape = w ^ 0x5C5C5C5C5C5C5C5CL;
      long special = ((quote - 0x0101010101010101L) & ~quote)
          | ((escape - 0x0101010101010101L) & ~escape)
          | ((w - 0x2020202020202020L) & ~w) // a byte below 0x20
          | w; // a byte of 0x80 or more
      if ((special & 0x8080808080808080L) != 0) {
        break;
      }
    }
    while (k < end) {
      byte c = b[k];
      if (c == '"') {
        return k - (i + 1) <= limit ? k : -1;
      }
      if (c < 0x20 || c == '\\') { // a control character, an escape, or (negative) a non-ASCII byte
        return -1;
      }
      k++;
    }
    return -1;
  }

  private @Nullable String name() {
    int close = stringEnd(InputLimits.MAX_NAME_LENGTH);
    if (close < 0) {
      return null;
    }
    String s = name(i + 1, close);
    i = close + 1;
    return s;
  }

  private @Nullable String text() {
    int close = stringEnd(InputLimits.MAX_STRING_LENGTH);
    if (close < 0) {
      return null;
    }
    int from = i + 1;
    String s = new String(b, from, close - from, ISO_8859_1);
    i = close + 1;
    return s;
  }

  /** The canonical name of ASCII bytes {@code b[from, to)}, from a direct-mapped table of recent ones. */
  private String name(int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + b[k]; // String.hashCode of these (ASCII) bytes
    }
    int slot = (h ^ (h >>> 16)) & (TABLE - 1);
    byte[] known = nameBytes[slot];
    if (known != null && sameBytes(known, from, to)) {
      return names[slot];
    }
    String s = new String(b, from, to - from, ISO_8859_1).intern();
    names[slot] = s;
    nameBytes[slot] = Arrays.copyOfRange(b, from, to);
    return s;
  }

  /** Whether {@code b[from, to)} are the bytes of {@code known} (a name: short, compared byte by byte). */
  private boolean sameBytes(byte[] known, int from, int to) {
    if (known.length != to - from) {
      return false;
    }
    for (int k = 0; k < known.length; k++) {
      if (known[k] != b[from + k]) {
        return false;
      }
    }
    return true;
  }

  private void skipSpace() {
    while (i < end) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      i++;
    }
  }
}
