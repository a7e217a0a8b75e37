package id.smartkampung.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.smartkampung.core.json.JsonProblems.Kind;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one strict JSON configuration of smartkampung — <i>pembaca JSON ketat</i> — and the reading
 * of whole documents with it. Every JSON reader of the library (budget files, journal events,
 * monitoring projects and reports) uses it:
 *
 * <ul>
 *   <li>a repeated field name in one object is refused ({@code Duplicate field 'x'});
 *   <li>anything after the document is refused (trailing tokens);
 *   <li>numbers with a fraction or exponent are read as {@link java.math.BigDecimal}, never {@code
 *       double}, and as written (trailing zeros kept);
 *   <li>the {@link InputLimits} are enforced by Jackson's {@link StreamReadConstraints} (nesting
 *       depth, number, string and name length, document length) and, for whole documents, before
 *       parsing: a file larger than {@link InputLimits#MAX_DOCUMENT_BYTES} is refused from its size
 *       alone, and bytes are checked to be valid UTF-8 (no overlong or truncated sequences, no
 *       surrogates), the error naming the byte offset.
 * </ul>
 *
 * <p>Problems go to a {@link JsonProblems} and end as the reader's {@link InvalidInputException}:
 * malformed JSON names its line, column and JSON path. All methods are static and thread-safe.
 */
public final class StrictJson {
  /** The limits, as Jackson enforces them. */
  public static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH)
          .maxNumberLength(InputLimits.MAX_NUMBER_LENGTH)
          .maxStringLength(InputLimits.MAX_STRING_LENGTH)
          .maxNameLength(InputLimits.MAX_NAME_LENGTH)
          .maxDocumentLength(InputLimits.MAX_DOCUMENT_BYTES)
          .build();

  private static final JsonMapper MAPPER = newMapper();

  private StrictJson() {}

  /**
   * A new mapper of the one configuration (duplicate keys and trailing tokens refused, BigDecimal
   * for numbers, the {@link #CONSTRAINTS}; the input is not closed by it). Each user keeps its own
   * (a mapper can be reconfigured), built here so that the configuration exists once.
   */
  public static JsonMapper newMapper() {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    return JsonMapper.builder(factory)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES) // a number reads as written, in a tree as from tokens
        .build();
  }

  // ---------------------------------------------------------------------------- whole documents

  /**
   * Reads a file that must hold one JSON object: its size is checked first, then its bytes are
   * checked as UTF-8, then parsed.
   *
   * @param what how to name the expected object in errors, e.g. {@code "a budget object"}
   * @throws InvalidInputException (of the type {@code problems} makes) for any problem
   * @throws NoSuchFileException if there is no such file
   * @throws IOException if it cannot be read
   */
  public static JsonObject readObject(Path file, String what, JsonProblems problems) throws IOException {
    return parseObject(readBytes(file, problems), what, problems);
  }

  /** As {@link #readObject(Path, String, JsonProblems)}, from a stream (not closed) read to its end, at most the limit. */
  public static JsonObject readObject(InputStream in, String what, JsonProblems problems) throws IOException {
    return parseObject(readBytes(in, problems), what, problems);
  }

  /** As {@link #readObject(Path, String, JsonProblems)}, from a character stream (not closed). */
  public static JsonObject readObject(Reader in, String what, JsonProblems problems) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = in.read(buf)) >= 0) {
      b.append(buf, 0, n);
      if (b.length() > InputLimits.MAX_DOCUMENT_BYTES) {
        throw tooLarge(problems);
      }
    }
    return parseObject(b.toString(), what, problems);
  }

  /** As {@link #readObject(Path, String, JsonProblems)}, from text. */
  public static JsonObject parseObject(String json, String what, JsonProblems problems) {
    requireNonNull(json, "json");
    if (json.length() > InputLimits.MAX_DOCUMENT_BYTES) {
      throw tooLarge(problems);
    }
    try (JsonParser p = MAPPER.createParser(json)) {
      return root(p, what, problems);
    } catch (IOException e) {
      throw malformed(e, null, problems);
    }
  }

  /** As {@link #readObject(Path, String, JsonProblems)}, from UTF-8 bytes. */
  public static JsonObject parseObject(byte[] json, String what, JsonProblems problems) {
    checkUtf8(json, problems);
    try (JsonParser p = MAPPER.createParser(json)) {
      return root(p, what, problems);
    } catch (IOException e) {
      throw malformed(e, null, problems);
    }
  }

  private static JsonObject root(JsonParser p, String what, JsonProblems problems) throws IOException {
    JsonToken t;
    try {
      t = p.nextToken();
    } catch (IOException e) {
      throw malformed(e, p, problems);
    }
    if (t == null) {
      throw problems.fatal(Kind.MALFORMED, "$", "the input is empty: expected " + what);
    }
    if (t != JsonToken.START_OBJECT) {
      throw problems.fatal(Kind.WRONG_TYPE, "$", "the document is " + tokenKind(t) + ", expected " + what);
    }
    JsonObject o;
    try {
      o = JsonObject.read(p);
      t = p.nextToken();
    } catch (IOException e) {
      throw malformed(e, p, problems);
    }
    if (t != null) {
      JsonLocation at = p.currentTokenLocation();
      throw problems.fatal(
          Kind.MALFORMED, "$", "content after the document at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": a file holds one " + what.replaceFirst("^an? ", ""));
    }
    return o;
  }

  private static String tokenKind(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "not a JSON value";
    };
  }

  /** The error for what the parser refused, at its line, column and JSON path. */
  private static InvalidInputException malformed(IOException e, JsonParser p, JsonProblems problems) {
    if (e instanceof CharConversionException) {
      throw problems.fatal(Kind.MALFORMED, "$", "the input is not valid UTF-8 text: " + bounded(e.getMessage()));
    }
    if (!(e instanceof JsonProcessingException j)) {
      throw new java.io.UncheckedIOException("cannot read the input", e);
    }
    String msg = firstLine(j.getOriginalMessage());
    JsonLocation at = j.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String path = p == null ? "$" : pathOf(p.getParsingContext());
    if (e instanceof StreamConstraintsException) {
      throw problems.fatal(Kind.LIMIT, path, "the input exceeds a limit" + where + ": " + msg);
    }
    Kind kind = msg.startsWith("Duplicate field") ? Kind.DUPLICATE_FIELD : Kind.MALFORMED;
    throw problems.fatal(kind, path, "malformed JSON" + where + ": " + msg);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "not valid JSON";
    }
    int nl = s.indexOf('\n');
    return bounded(nl < 0 ? s : s.substring(0, nl));
  }

  /** A message from elsewhere, cut to a length fit for one line of an error. */
  public static String bounded(String message) {
    if (message == null) {
      return "";
    }
    int max = 4 * InputLimits.QUOTE_LENGTH;
    return message.length() <= max ? message : message.substring(0, max) + "… (" + message.length() + " characters)";
  }

  /**
   * A value quoted for an error message: in single quotes, at most {@link InputLimits#QUOTE_LENGTH}
   * characters of it, followed by its length when it was cut.
   */
  public static String quote(String value) {
    if (value.length() <= InputLimits.QUOTE_LENGTH) {
      return "'" + value + "'";
    }
    return "'" + value.substring(0, InputLimits.QUOTE_LENGTH) + "…' (" + value.length() + " characters)";
  }

  /** The JSON path of where the parser is, e.g. {@code $.lines[3].amount}. */
  public static String pathOf(JsonStreamContext ctx) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.push(child("", c.getCurrentName()));
      }
    }
    return "$" + String.join("", parts);
  }

  /** The path of a field of the object at {@code path}: {@code $.a.b}, or {@code $.a['odd name']}. */
  public static String child(String path, String name) {
    if (isPlainName(name)) {
      return path + "." + name;
    }
    String shown = name.length() <= InputLimits.QUOTE_LENGTH ? name : name.substring(0, InputLimits.QUOTE_LENGTH) + "…";
    return path + "['" + shown.replace("'", "\\'") + "']";
  }

  private static boolean isPlainName(String name) {
    if (name.isEmpty() || name.length() > InputLimits.QUOTE_LENGTH) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (i > 0 && c >= '0' && c <= '9');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------- bytes and text

  /**
   * The bytes of a file, refused from its size alone when it is larger than {@link
   * InputLimits#MAX_DOCUMENT_BYTES} (nothing of it is read then).
   */
  public static byte[] readBytes(Path file, JsonProblems problems) throws IOException {
    if (Files.size(file) > InputLimits.MAX_DOCUMENT_BYTES) {
      throw tooLarge(problems, Files.size(file));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readBytes(in, problems);
    }
  }

  /** The bytes of a stream (not closed), refused as soon as more than the limit has come. */
  public static byte[] readBytes(InputStream in, JsonProblems problems) throws IOException {
    byte[] b = in.readNBytes(InputLimits.MAX_DOCUMENT_BYTES + 1);
    if (b.length > InputLimits.MAX_DOCUMENT_BYTES) {
      throw tooLarge(problems);
    }
    return b;
  }

  /**
   * The text of UTF-8 bytes (a leading byte-order mark kept), refused with the byte offset and
   * line of the first byte that is not valid UTF-8: malformed, overlong or truncated sequences and
   * encoded surrogates.
   */
  public static String decodeUtf8(byte[] bytes, JsonProblems problems) {
    CharsetDecoder d = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      StringBuilder shown = new StringBuilder();
      for (int i = offset; i < Math.min(bytes.length, offset + Math.max(1, r.length())); i++) {
        shown.append(shown.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xff));
      }
      throw problems.fatal(
          Kind.MALFORMED,
          "$",
          "the input is not valid UTF-8: byte offset " + offset + " (line " + line + ") starts a malformed, overlong or truncated sequence ("
              + shown + ")");
    }
    out.flip();
    return out.toString();
  }

  /** Checks that bytes are valid UTF-8, as {@link #decodeUtf8}. */
  public static void checkUtf8(byte[] bytes, JsonProblems problems) {
    decodeUtf8(bytes, problems);
  }

  private static InvalidInputException tooLarge(JsonProblems problems) {
    throw problems.fatal(Kind.LIMIT, "$", "the input is larger than " + InputLimits.MAX_DOCUMENT_BYTES + " bytes (16 MiB), the limit of one document");
  }

  private static InvalidInputException tooLarge(JsonProblems problems, long size) {
    throw problems.fatal(
        Kind.LIMIT, "$", "the file is " + size + " bytes, larger than " + InputLimits.MAX_DOCUMENT_BYTES + " bytes (16 MiB), the limit of one document");
  }
}
