package id.smartkampung.core.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.smartkampung.core.json.JsonObject;
import id.smartkampung.core.json.PlainJsonReader;
import id.smartkampung.core.ledger.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The replay's plain reading of an event body ({@link PlainJsonReader}, straight from the bytes)
 * and the general reading (Jackson's tokens into a {@link JsonObject}) agree: on any bytes — an
 * event as written, or damaged at one byte, a field renamed, or a name repeated — the plain reader
 * either gives exactly the object the tokens give, or declines (and then the general reading gives
 * the verdict, as before); it never accepts what Jackson refuses. An event as the journal writes it,
 * in ASCII, is always read the plain way.
 */
class PlainEventReadingProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern NAME = Pattern.compile("\"([A-Za-z]+)\":");
  /** Bytes that break or bend the JSON where they land. */
  private static final byte[] BENT = {'"', '\\', '{', '}', '[', ']', ',', ':', ' ', '0', '9', '-', '.', 'e', 'E', 't', 'n', 'x', 0x01, 0x7f,
      (byte) 0xC3, (byte) 0xA9, (byte) 0xFF};

  @Provide
  Arbitrary<Operation> operations() {
    return OperationArbitraries.operations();
  }

  /**
   * How an event is written and damaged: signed or not, with plain texts or the generators' own (in
   * three tries of four plain: most tries should test what a fast path reads), and {@link #damaged}'s
   * {@code how}, {@code where} and {@code what}.
   */
  record Damage(boolean signed, boolean plain, int how, int where, int what) {
    static Arbitrary<Damage> any() {
      return net.jqwik.api.Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 3).map(t -> t > 0),
              Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 1_000))
          .as(Damage::new);
    }

    /** The event's bytes as the journal writes them (with plain texts if {@link #plain}). */
    byte[] written(Operation op) throws java.io.IOException {
      return Journal.MAPPER.writeValueAsBytes(plainTexts(event(op, signed).toJson(), plain));
    }

    /** A damaged copy of {@code written}. */
    byte[] of(byte[] written) {
      return damaged(written.clone(), how, where, what);
    }

    String change() {
      return CHANGES[how];
    }
  }

  @Provide
  Arbitrary<Damage> damages() {
    return Damage.any();
  }

  @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
  void thePlainReaderGivesTheTokensObjectOrDeclines(@ForAll("operations") Operation op, @ForAll("damages") Damage d) throws Exception {
    byte[] bytes = d.of(d.written(op));
    int how = d.how();
    String change = d.change();
    byte[] input = bytes;
    JsonObject plain = new PlainJsonReader().read(bytes, 0, bytes.length);
    JsonObject tokens = tokens(bytes);
    Statistics.label("change").collect(change);
    Statistics.label("read").collect(plain != null ? "plainly" : tokens != null ? "declined, tokens read" : "declined, invalid");
    if (plain != null) {
      assertNotNull(tokens, () -> "the plain reader accepted what Jackson refuses: " + new String(input, UTF_8));
      assertEquals(tokens, plain, () -> new String(input, UTF_8));
      assertEquals(JsonObject.tree(tokens), JsonObject.tree(plain));
    }
    if (how == 0 && isPlainAscii(bytes)) {
      assertNotNull(plain, () -> "an event as written is read plainly: " + new String(input, UTF_8));
    }
  }

  /** What {@link #damaged} does for each {@code how}. */
  static final String[] CHANGES = {"none", "replaced", "removed", "inserted", "renamed to another", "renamed"};

  /**
   * The bytes of an event damaged: {@code how} 0 not at all, 1 a byte replaced, 2 removed, 3
   * inserted (by one that breaks or bends the JSON where it lands), 4 a field renamed to another
   * name of the event (often a repeated name), 5 to an unknown one; {@code where} and {@code what}
   * choose the place and the byte or name.
   */
  static byte[] damaged(byte[] bytes, int how, int where, int what) {
    switch (how) {
      case 1 -> { // one byte replaced
        int at = where % bytes.length;
        bytes[at] = BENT[what % BENT.length];
      }
      case 2 -> { // one byte removed
        int at = where % bytes.length;
        byte[] b = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, b, 0, at);
        System.arraycopy(bytes, at + 1, b, at, b.length - at);
        bytes = b;
      }
      case 3 -> { // one byte inserted
        int at = where % (bytes.length + 1);
        byte[] b = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, b, 0, at);
        b[at] = BENT[what % BENT.length];
        System.arraycopy(bytes, at, b, at + 1, bytes.length - at);
        bytes = b;
      }
      case 4, 5 -> { // a field name renamed: to another name of the event (often a repeated name) or to an unknown one
        bytes = rename(new String(bytes, UTF_8), where, what, how == 5);
      }
      default -> {}
    }
    return bytes;
  }

  /**
   * An event whose field is renamed to another name of the event, or to an unknown one, reads
   * through a journal as it reads from a tree: the same operation or the same error; a name
   * repeated in one object is refused as not valid JSON, naming the line, as before.
   */
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void aRenamedFieldReadsThroughTheJournalAsFromATree(
      @ForAll("operations") Operation op,
      @ForAll @IntRange(min = 0, max = 1_000_000) int where,
      @ForAll @IntRange(min = 0, max = 1_000) int what,
      @ForAll boolean unknown,
      @ForAll @IntRange(min = 0, max = 3) int texts) throws Exception {
    String text = new String(Journal.MAPPER.writeValueAsBytes(plainTexts(event(op, false).toJson(), texts > 0)), UTF_8);
    byte[] body = rename(text, where, what, unknown);
    String fromJournal = readThroughJournal(body);
    if (tokens(body) == null) {
      Statistics.label("renamed").collect("a repeated name");
      assertTrue(fromJournal.startsWith("failed") && fromJournal.contains("not valid JSON") && fromJournal.contains("Duplicate field"), fromJournal);
    } else {
      Statistics.label("renamed").collect("read");
      String fromTree = EventReadingProperties.outcome(() -> SignedOperation.fromJson(Journal.MAPPER.readTree(body), OperationCodec.create()));
      assertEquals(fromTree, fromJournal, new String(body, UTF_8));
    }
  }

  /**
   * The event with, if {@code plain}, every text made plain ASCII (each other character an
   * {@code a}): the generators' texts hold escapes and non-ASCII letters in almost every event, which
   * the plain reader declines; most tries should test what it reads.
   */
  static com.fasterxml.jackson.databind.JsonNode plainTexts(com.fasterxml.jackson.databind.JsonNode n, boolean plain) {
    if (!plain) {
      return n;
    }
    if (n.isTextual()) {
      return NODES.textNode(n.textValue().replaceAll("[^ -~]|[\"\\\\]", "a"));
    }
    if (n instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      o.fields().forEachRemaining(e -> e.setValue(plainTexts(e.getValue(), true)));
    } else if (n instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, plainTexts(a.get(i), true));
      }
    }
    return n;
  }

  /** The JSON text with one field name (chosen by {@code where}) renamed to another of its names (chosen by {@code what}) or, if {@code unknown}, to one no event has. */
  private static byte[] rename(String text, int where, int what, boolean unknown) {
    List<int[]> names = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (Matcher m = NAME.matcher(text); m.find(); ) {
      names.add(new int[] {m.start(1), m.end(1)});
      all.add(m.group(1));
    }
    int[] n = names.get(where % names.size());
    String to = unknown ? text.substring(n[0], n[1]) + "X" : all.get(what % all.size());
    return (text.substring(0, n[0]) + to + text.substring(n[1])).getBytes(UTF_8);
  }

  static SignedOperation event(Operation op, boolean signed) {
    return signed
        ? SignedOperation.signed(op, OperationSignature.sign(OperationCodecProperties.VILLAGE, 2025, op, OperationCodecProperties.KEY))
        : SignedOperation.unsigned(op);
  }

  /** The object Jackson's tokens give (as the replay read them before), or null if Jackson refuses the bytes. */
  static JsonObject tokens(byte[] bytes) {
    try (JsonParser p = Journal.MAPPER.getFactory().createParser(bytes)) {
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      JsonObject o = JsonObject.read(p);
      return p.nextToken() == null ? o : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  static boolean isPlainAscii(byte[] bytes) {
    for (byte c : bytes) {
      if (c < 0x20 || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** Reads the body as the replay does: written into a journal line, then read back as a raw entry. */
  private static String readThroughJournal(byte[] body) throws Exception {
    Path dir = Files.createTempDirectory("sk-plain");
    Path file = dir.resolve("j.jsonl");
    try {
      String header;
      try (Journal j = Journal.create(file, NODES.objectNode())) {
        header = j.header().hash();
      }
      // the entry as the writer lays it out, with its hash: only the body is the test's
      byte[] head = ("{\"seq\":1,\"prev\":\"" + header + "\",\"body\":").getBytes(UTF_8);
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      line.write(head);
      line.write(body);
      String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(line.toByteArray()));
      line.write((",\"hash\":\"" + hash + "\"}\n").getBytes(UTF_8));
      Files.write(file, line.toByteArray(), java.nio.file.StandardOpenOption.APPEND);
      List<String> out = new ArrayList<>();
      try {
        Journal.forEachRaw(file, e -> {
          if (e.sequence() == 1) {
            out.add(EventReadingProperties.outcome(() -> SignedOperation.fromJson(e, OperationCodec.create())));
          }
        });
      } catch (JournalException e) {
        out.add("failed " + e);
      }
      return out.get(0);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(WriterLock.lockFileOf(file));
      Files.deleteIfExists(dir);
    }
  }
}
