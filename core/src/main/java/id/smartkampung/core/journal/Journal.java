package id.smartkampung.core.journal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.json.JsonObject;
import id.smartkampung.core.json.PlainJsonReader;
import id.smartkampung.core.json.StrictJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The append-only, hash-chained journal file — <i>jurnal</i> — the embedded store of a village's
 * history: one entry per line, each line
 *
 * <pre>{"seq":N,"prev":"&lt;sha-256 of entry N-1&gt;","body":{…},"hash":"&lt;sha-256&gt;"}</pre>
 *
 * where {@code hash} is the SHA-256 of the line's bytes up to (not including) {@code ,"hash":}. Entry
 * 0 is the header, whose body names the format {@value #FORMAT}.
 *
 * <ul>
 *   <li>An append is acknowledged (returns) only after its line is on disk ({@link FileChannel#force}).
 *   <li>Opening verifies the whole chain. A torn last line — one without its newline, left by a
 *       crash mid-write — is cut off and reported ({@link #recoveredTail()}); it was never
 *       acknowledged. Any other damage (a changed byte, a removed, reordered, duplicated or inserted
 *       entry) is refused with a {@link JournalException} naming the line and entry; nothing is
 *       loaded from such a file.
 *   <li>Removing whole entries from the end leaves a valid shorter chain; it is detected against an
 *       anchor — the last sequence number and hash, which reports print ({@link #read(Path,
 *       Anchor)}).
 * </ul>
 *
 * <p>A {@code Journal} open for appending is safe to use from many threads; appends are serialized.
 * One process at a time may hold a journal open for appending: the writer holds an exclusive lock on
 * the companion file {@code <journal>.lock} (see {@code WriterLock}) until {@link #close()} or until
 * the process ends; a second writer, in this process or another, is refused with an {@link
 * IOException}. Reading ({@link #read}, {@link #forEach}) takes no lock.
 */
@Api(Api.Status.STABLE)
public final class Journal implements Closeable {
  /** The format named in the header. */
  public static final String FORMAT = "smartkampung.journal/1";

  /** The hash of the entry before the header. */
  public static final String GENESIS = "0".repeat(64);

  static final byte[] HASH_MARK = ",\"hash\":\"".getBytes(US_ASCII);
  private static final int SUFFIX = HASH_MARK.length + 64 + 2;
  private static final HexFormat HEX = HexFormat.of();

  /** The one strict configuration ({@link StrictJson}): duplicate keys and trailing tokens refused, input limits. */
  static final ObjectMapper MAPPER = StrictJson.newMapper();

  /** What was cut from the end of the file when it was opened. */
  public record Tail(long line, int bytes) {}

  /**
   * The verified content of a journal file.
   *
   * @param header the header entry (sequence 0); never null
   * @param entries the entries after the header, in order; never null
   * @param tornTail the torn last line found (reported, not cut); null when there is none
   */
  public record Contents(JournalEntry header, ImmutableList<JournalEntry> entries, @Nullable Tail tornTail) {
    /** The last entry (the header when there is no other). */
    public JournalEntry last() {
      return entries.isEmpty() ? header : entries.get(entries.size() - 1);
    }
  }

  /** Receives verified entries one by one, in order. */
  @FunctionalInterface
  public interface EntryConsumer {
    /** Accepts the next verified entry (the header first). */
    void accept(JournalEntry entry) throws JournalException;
  }

  /**
   * Receives the entries of a journal one by one, in order, as {@link RawEntry raw entries}: their
   * place in the chain is verified, their body is read by the consumer, once.
   */
  @FunctionalInterface
  public interface RawEntryConsumer {
    /** Accepts the next entry (the header first); the entry is valid only during this call. */
    void accept(RawEntry entry) throws JournalException;
  }

  /**
   * An entry of a journal whose place in the chain is verified — its line has the writer's exact
   * layout {@code {"seq":N,"prev":"…","body":…,"hash":"…"}}, its SHA-256 covers every byte before
   * {@code ,"hash":}, its sequence number and previous hash follow the entry before — and whose body
   * is left in the line's bytes, to be parsed once, by whoever uses it: {@link #body()} as a Jackson
   * tree, or straight from its tokens ({@link SignedOperation#fromJson(RawEntry, OperationCodec)}).
   * Either refuses a body that is not valid JSON with the same {@link JournalException} a {@link
   * Journal#forEach} gives, so nothing unverified is ever used.
   *
   * <p>A line in any other layout (hand-written JSON with the right hash, which the writer never
   * produces) is verified and parsed the general way, with the same results as before.
   *
   * <p>The entry refers to the reader's buffer: it is valid only during {@link
   * RawEntryConsumer#accept}; keep its {@link #toEntry()} instead.
   */
  public static final class RawEntry {
    private final Path file;
    private final long lineNo;
    private final long sequence;
    private final byte[] previousHex;
    private final byte[] hashHex;
    private String previousHash;
    private String hash;
    private final byte[] buf;
    private final int start;
    private final int end;
    private final int bodyStart;
    private final int bodyEnd;
    private JsonNode body;
    private final PlainJsonReader plain;

    private RawEntry(Path file, long lineNo, long sequence, byte[] previousHex, byte[] hashHex, byte[] buf, int start, int end,
        int bodyStart, int bodyEnd, JsonNode body, PlainJsonReader plain) {
      this.file = file;
      this.lineNo = lineNo;
      this.sequence = sequence;
      this.previousHex = previousHex;
      this.hashHex = hashHex;
      this.buf = buf;
      this.start = start;
      this.end = end;
      this.bodyStart = bodyStart;
      this.bodyEnd = bodyEnd;
      this.body = body;
      this.plain = plain;
    }

    /** 0 for the header, then 1, 2, … */
    public long sequence() {
      return sequence;
    }

    /** The SHA-256 (hex) of the previous entry; 64 zeros for the header. */
    public String previousHash() {
      if (previousHash == null) {
        previousHash = new String(previousHex, ISO_8859_1); // made only when asked for: most replays never ask
      }
      return previousHash;
    }

    /** This entry's SHA-256 (hex). */
    public String hash() {
      if (hash == null) {
        hash = new String(hashHex, ISO_8859_1);
      }
      return hash;
    }

    /**
     * The body as a Jackson tree, parsed (strictly, once) on the first call.
     *
     * @throws JournalException naming the line and entry if the line is not valid JSON
     */
    public JsonNode body() throws JournalException {
      if (body == null) {
        try {
          body = MAPPER.readTree(buf, bodyStart, bodyEnd - bodyStart);
        } catch (IOException e) {
          body = general().body();
        }
      }
      return body;
    }

    /** The entry with its body as a tree; see {@link #body()}. */
    public JournalEntry toEntry() throws JournalException {
      return new JournalEntry(sequence, previousHash(), hash(), body());
    }

    /**
     * The body read straight from its bytes ({@link PlainJsonReader}), or from its tokens where that
     * reader declines, or from the tree if there is one already.
     */
    /**
     * The event decoded straight from the body's bytes by the replay's fast path, or null when it
     * declines them (see {@link CanonicalEventReader}) or the entry was read the general way.
     */
    @org.jspecify.annotations.Nullable SignedOperation canonicalEvent(CanonicalEventReader reader) {
      return body == null ? reader.read(buf, bodyStart, bodyEnd) : null;
    }

    JsonObject event() throws JournalException {
      if (body == null) {
        JsonObject plainEvent = plain.read(buf, bodyStart, bodyEnd);
        if (plainEvent != null) {
          return plainEvent;
        }
        try (JsonParser p = MAPPER.getFactory().createParser(buf, bodyStart, bodyEnd - bodyStart)) {
          p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // JsonObject.read refuses duplicates itself, at no cost
          if (p.nextToken() == JsonToken.START_OBJECT) {
            JsonObject event = JsonObject.read(p);
            if (p.nextToken() == null) {
              return event;
            }
          }
        } catch (IOException e) {
          // not valid JSON: the general reading below gives the error a journal always gave
        }
        body = general().body();
      }
      return JsonObject.of(OperationCodec.object(body, "$"));
    }

    /**
     * The entry read the general way, from a tree of the whole line: the same verdict, and the same
     * error, as before raw entries existed.
     */
    private JournalEntry general() throws JournalException {
      return verify(file, lineNo, sequence, previousHash(), Arrays.copyOfRange(buf, start, end), sha256());
    }
  }

  private final Path file;
  private final WriterLock writerLock;
  private final FileChannel channel;
  private final JournalEntry header;
  private final Optional<Tail> recoveredTail;
  private long lastSequence;
  /** The hash of the last entry staged or written, in hex (ASCII): the next line's {@code prev}. */
  private final byte[] lastHash = new byte[64];
  /** Lines staged for the next {@link #commit()}. */
  private final StagedLines pending = new StagedLines();
  private long forces;
  /** The last entry on disk (staged lines are not). */
  private long durableSequence;
  private final byte[] durableHash = new byte[64];

  private Journal(Path file, WriterLock writerLock, FileChannel channel, JournalEntry header, long lastSequence, String lastHash, Optional<Tail> recoveredTail) {
    this.file = file;
    this.writerLock = writerLock;
    this.channel = channel;
    this.header = header;
    this.recoveredTail = recoveredTail;
    this.lastSequence = lastSequence;
    this.durableSequence = lastSequence;
    System.arraycopy(lastHash.getBytes(US_ASCII), 0, this.lastHash, 0, 64);
    System.arraycopy(this.lastHash, 0, this.durableHash, 0, 64);
  }

  /**
   * Creates a new journal with a header carrying {@code meta} (e.g. the village and fiscal year)
   * beside the format name. Creation is atomic: the header line is written to a temporary file
   * beside it ({@code .<name>.creating}), forced to disk, moved into place with {@link
   * StandardCopyOption#ATOMIC_MOVE} and the directory forced; a crash at any moment leaves either
   * no journal or a journal holding its whole header, never an empty or torn one.
   *
   * @throws FileAlreadyExistsException if the file exists; if it is a file left by a creation
   *     interrupted in an older version (empty, or part of a header line and no newline), the
   *     message says so and names {@link #createOverInterrupted}
   * @throws IOException if it cannot be written, or another writer holds it
   */
  public static Journal create(Path file, ObjectNode meta) throws IOException {
    return create(file, meta, false);
  }

  /**
   * Creates a new journal, as {@link #create}, over a file left by a creation interrupted in an
   * older version of this library (which wrote the header straight into the file): a file that is
   * empty or holds part of a header line and no newline at all. Such a file provably holds no
   * acknowledged operation — an operation is acknowledged only after its own line, which follows the
   * header's newline, is on disk — so nothing is lost by replacing it. Any other existing file is
   * refused. A file that does not exist is simply created.
   *
   * @throws FileAlreadyExistsException if the file holds a complete line (a journal, or something
   *     else): it is left untouched
   */
  public static Journal createOverInterrupted(Path file, ObjectNode meta) throws IOException {
    return create(file, meta, true);
  }

  private static Journal create(Path file, ObjectNode meta, boolean overInterrupted) throws IOException {
    requireNonNull(file, "file");
    ObjectNode body = MAPPER.createObjectNode().put("format", FORMAT);
    body.setAll(requireNonNull(meta, "meta"));
    StagedLines headerLine = new StagedLines();
    byte[] hash = new byte[64];
    headerLine.append(0, GENESIS.getBytes(US_ASCII), g -> MAPPER.writeTree(g, body), hash);
    // the lock is taken first: no other writer creates, opens or appends while we look and move
    WriterLock lock = WriterLock.acquire(file);
    FileChannel ch = null;
    try {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        Optional<String> interrupted = interruptedCreation(file);
        if (interrupted.isEmpty()) {
          throw new FileAlreadyExistsException(file.toString(), null, "the journal exists");
        }
        if (!overInterrupted) {
          throw new FileAlreadyExistsException(file.toString(), null, interrupted.get() + "; it holds no acknowledged operation:"
              + " create the book again over it (Journal.createOverInterrupted, VillageBook.createOverInterrupted)");
        }
      }
      Path temp = file.resolveSibling("." + file.getFileName() + ".creating");
      try (FileChannel t = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
        write(t, headerLine.bytes()); // forced
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncDirectory(file);
      ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      JournalEntry h = new JournalEntry(0, GENESIS, new String(hash, US_ASCII), body);
      return new Journal(file, lock, ch, h, 0, h.hash(), Optional.empty());
    } catch (IOException | RuntimeException e) {
      closeAll(ch, lock);
      throw e;
    }
  }

  /**
   * If the file is one left by a creation interrupted in an older version — empty, or part of a
   * header line with no newline — what it is; otherwise empty.
   */
  static Optional<String> interruptedCreation(Path file) throws IOException {
    long size = Files.size(file);
    if (size == 0) {
      return Optional.of(file + " is empty: the creation of a journal was interrupted (a crash in an older version)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            return Optional.empty();
          }
        }
      }
    }
    return Optional.of(file + " holds " + size + " bytes of an incomplete header line and nothing else: the creation of a journal"
        + " was interrupted (a crash in an older version)");
  }

  /**
   * Opens an existing journal for appending: verifies the whole chain, cuts a torn last line (see
   * {@link #recoveredTail()}).
   *
   * @throws JournalException if the file is not a journal or is damaged anywhere else
   * @throws IOException if it cannot be read or written
   */
  public static Journal open(Path file) throws JournalException, IOException {
    return open(file, e -> {});
  }

  /**
   * Opens an existing journal for appending, handing each verified entry (the header first) to
   * {@code consumer} on the way, in one pass over the file: verifies the whole chain, cuts a torn
   * last line (see {@link #recoveredTail()}). If the consumer throws, the file is left unchanged
   * and not opened.
   *
   * @throws JournalException if the file is not a journal, is damaged anywhere else, or the
   *     consumer refuses an entry
   * @throws IOException if it cannot be read or written
   */
  public static Journal open(Path file, EntryConsumer consumer) throws JournalException, IOException {
    requireNonNull(consumer, "consumer");
    return openRaw(file, e -> consumer.accept(e.toEntry()));
  }

  /**
   * Opens an existing journal for appending, handing each entry to {@code consumer} as a {@link
   * RawEntry}, whose body the consumer parses once (see {@link #forEachRaw}); otherwise as {@link
   * #open(Path, EntryConsumer)}.
   */
  public static Journal openRaw(Path file, RawEntryConsumer consumer) throws JournalException, IOException {
    requireNonNull(consumer, "consumer");
    JournalEntry[] header = new JournalEntry[1];
    if (!Files.isRegularFile(file)) {
      throw JournalException.at(file, 0, "no such file");
    }
    // locked before it is read, so that no other writer can append between the check and our appends
    WriterLock lock = WriterLock.acquire(file);
    FileChannel ch = null;
    try {
      ch = FileChannel.open(file, StandardOpenOption.WRITE);
      Scanned scanned = scan(file, e -> {
        if (e.sequence() == 0) {
          header[0] = e.toEntry();
        }
        consumer.accept(e);
      });
      Optional<Tail> tail = scanned.tail();
      if (tail.isPresent()) {
        ch.truncate(ch.size() - tail.get().bytes());
        ch.force(true);
      }
      ch.position(ch.size());
      return new Journal(file, lock, ch, header[0], scanned.lastSequence(), scanned.lastHash(), tail);
    } catch (IOException | JournalException | RuntimeException e) {
      closeAll(ch, lock);
      throw e;
    }
  }

  /** Closes a channel (if opened) and then releases the writer lock, keeping the first failure. */
  private static void closeAll(FileChannel ch, WriterLock lock) throws IOException {
    try {
      if (ch != null) {
        ch.close();
      }
    } finally {
      lock.close();
    }
  }

  /**
   * Reads and verifies a journal without changing it. A torn last line is reported in the result,
   * not cut.
   *
   * @throws JournalException naming the line and entry of the first problem
   */
  public static Contents read(Path file) throws JournalException, IOException {
    return readVerified(file, null);
  }

  /**
   * Reads and verifies a journal that must end with {@code anchor}, without changing it.
   *
   * @param anchor the last sequence number and hash the reader expects (e.g. from a signed
   *     report): a shorter journal or another last hash is refused
   * @throws JournalException naming the line and entry of the first problem
   */
  public static Contents read(Path file, Anchor anchor) throws JournalException, IOException {
    return readVerified(file, requireNonNull(anchor, "anchor"));
  }

  /** Reads and verifies a journal without changing it; with {@code anchor}, it must end with it. */
  private static Contents readVerified(Path file, @Nullable Anchor anchor) throws JournalException, IOException {
    List<JournalEntry> entries = new ArrayList<>();
    JournalEntry[] header = new JournalEntry[1];
    Optional<Tail> tail = forEach(file, e -> {
      if (e.sequence() == 0) {
        header[0] = e;
      } else {
        entries.add(e);
      }
    });
    Contents c = new Contents(header[0], ImmutableList.copyOf(entries), tail.orElse(null));
    if (anchor != null) {
      Anchor a = anchor;
      JournalEntry last = c.last();
      JournalEntry at = a.sequence() > last.sequence() ? null : a.sequence() == 0 ? c.header() : c.entries().get((int) a.sequence() - 1);
      Optional<JournalException> mismatch = a.mismatch(file, last.sequence(), at == null ? null : at.hash());
      if (mismatch.isPresent()) {
        throw mismatch.get();
      }
    }
    return c;
  }

  /** An anchor: the sequence number and hash of an entry known from outside the file. */
  public record Anchor(long sequence, String hash) {
    /**
     * Why a journal that ends at entry {@code last}, and whose entry at this anchor's sequence
     * number has hash {@code found} (null if it has no such entry), does not hold this anchor —
     * the one place of the anchor rule, for opening, reading and auditing; empty if it holds it.
     */
    public Optional<JournalException> mismatch(Path file, long last, String found) {
      if (last < sequence) {
        return Optional.of(JournalException.at(file, 0, last + 1,
            "entries " + (last + 1) + " to " + sequence + " are missing: the journal ends at entry " + last + " but the anchor says " + sequence));
      }
      if (!hash.equals(found)) {
        return Optional.of(JournalException.at(file, sequence + 1, sequence, "entry " + sequence + " has hash " + found + " but the anchor says " + hash));
      }
      return Optional.empty();
    }

    /** Parses {@code SEQ:HASH}. */
    public static Anchor parse(String text) {
      int colon = text.indexOf(':');
      if (colon < 1 || !text.substring(colon + 1).matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("anchor '" + text + "' is malformed: expected SEQUENCE:SHA256HEX");
      }
      return new Anchor(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
    }

    @Override
    public String toString() {
      return sequence + ":" + hash;
    }
  }

  /**
   * Streams the verified entries of a journal, header first, to {@code consumer}, stopping at the
   * first problem. Returns the torn tail, if any (not passed to the consumer).
   *
   * @throws JournalException naming the line and entry of the first problem
   */
  public static Optional<Tail> forEach(Path file, EntryConsumer consumer) throws JournalException, IOException {
    requireNonNull(consumer, "consumer");
    return forEachRaw(file, e -> consumer.accept(e.toEntry()));
  }

  /**
   * Streams the entries of a journal, header first, to {@code consumer} as {@link RawEntry raw
   * entries}, whose bodies the consumer parses (once); stops at the first problem. The chain is
   * verified as by {@link #forEach}; a body is validated when it is read. Returns the torn tail, if
   * any (not passed to the consumer).
   *
   * @throws JournalException naming the line and entry of the first problem
   */
  public static Optional<Tail> forEachRaw(Path file, RawEntryConsumer consumer) throws JournalException, IOException {
    return scan(file, consumer).tail;
  }

  /** What a pass over a journal ends with. */
  private record Scanned(Optional<Tail> tail, long lastSequence, String lastHash) {}

  private static Scanned scan(Path file, RawEntryConsumer consumer) throws JournalException, IOException {
    requireNonNull(consumer, "consumer");
    InputStream raw;
    try {
      raw = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw JournalException.at(file, 0, "no such file");
    }
    try (InputStream in = raw) {
      Chain chain = new Chain(file);
      LineReader lines = new LineReader(in);
      long lineNo = 0;
      while (lines.advance()) {
        lineNo++;
        consumer.accept(chain.next(lineNo, lines.buf, lines.lineStart, lines.lineEnd));
      }
      int rest = lines.restLength();
      if (lineNo == 0) {
        throw JournalException.at(file, rest == 0 ? 0 : 1, (rest == 0
            ? "the file is empty: not a journal (no header)"
            : "the header line is incomplete: not a journal, or its creation was interrupted")
            + "; if it was being created as a journal, it holds no acknowledged operation: create it again over this file"
            + " (VillageBook.createOverInterrupted, Journal.createOverInterrupted)");
      }
      Optional<Tail> tail = rest == 0 ? Optional.empty() : Optional.of(new Tail(lineNo + 1, rest));
      return new Scanned(tail, lineNo - 1, chain.lastHash());
    }
  }

  // the line's layout, {"seq":N,"prev":"…","body":…,"hash":"…"}: read here, written by StagedLines
  static final byte[] SEQ_MARK = "{\"seq\":".getBytes(US_ASCII);
  static final byte[] PREV_MARK = ",\"prev\":\"".getBytes(US_ASCII);
  static final byte[] BODY_MARK = "\",\"body\":".getBytes(US_ASCII);
  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(US_ASCII);

  /**
   * The SHA-256 of {@code buf[from, to)} as 64 lowercase hex digits into {@code hex}, through the
   * caller's {@code sha} (left reset) and 32-byte {@code digest}: how the writer and the reader of a
   * line hash it, with no allocation.
   */
  static void sha256Hex(MessageDigest sha, byte[] buf, int from, int to, byte[] digest, byte[] hex) {
    sha.update(buf, from, to - from);
    try {
      sha.digest(digest, 0, 32);
    } catch (java.security.DigestException x) {
      throw new IllegalStateException("SHA-256 gives 32 bytes", x);
    }
    for (int k = 0; k < 32; k++) {
      hex[2 * k] = HEX_DIGITS[(digest[k] >> 4) & 0xf];
      hex[2 * k + 1] = HEX_DIGITS[digest[k] & 0xf];
    }
  }

  /**
   * Verifies lines one after the other against the chain: a line in the writer's exact layout is
   * checked by a scan of its fixed fields and the SHA-256 of its bytes; anything else (and any
   * failure) goes to the general {@link #verify}, which gives the verdict and the error.
   */
  private static final class Chain {
    private final Path file;
    private final MessageDigest sha = sha256();
    private final byte[] digest = new byte[32];
    /** Reads the bodies of the entries of this pass (it keeps tables of names and short values). */
    private final PlainJsonReader plain = new PlainJsonReader();
    /** The previous entry's hash and this one's, in hex; swapped after each line. */
    private byte[] prevHex = GENESIS.getBytes(US_ASCII);
    private byte[] hex = new byte[64];
    private long expected;

    Chain(Path file) {
      this.file = file;
    }

    RawEntry next(long lineNo, byte[] buf, int start, int end) throws JournalException {
      long seq = expected++;
      RawEntry e = seq == 0 ? null : fast(lineNo, seq, buf, start, end);
      if (e == null) {
        JournalEntry general = verify(file, lineNo, seq, new String(prevHex, ISO_8859_1), Arrays.copyOfRange(buf, start, end), sha);
        System.arraycopy(general.hash().getBytes(ISO_8859_1), 0, hex, 0, 64);
        e = new RawEntry(file, lineNo, seq, prevHex, hex, buf, start, end, start, start, general.body(), plain);
      }
      byte[] t = prevHex;
      prevHex = hex;
      hex = t;
      return e;
    }

    /** The hash of the last entry verified. */
    String lastHash() {
      return new String(prevHex, ISO_8859_1);
    }

    /** The entry if the line has the exact layout and fits the chain; null for the general way. */
    private RawEntry fast(long lineNo, long seq, byte[] buf, int start, int end) {
      int n = end - start;
      if (n < SEQ_MARK.length + 1 + PREV_MARK.length + 64 + BODY_MARK.length + 2 + SUFFIX || !startsWith(buf, start, SEQ_MARK)) {
        return null;
      }
      int i = start + SEQ_MARK.length;
      if (buf[i] < '1' || buf[i] > '9') {
        return null;
      }
      long value = 0;
      int digits = 0;
      for (; buf[i] >= '0' && buf[i] <= '9'; i++) {
        if (++digits > 18) {
          return null;
        }
        value = value * 10 + (buf[i] - '0');
      }
      if (value != seq || !startsWith(buf, i, PREV_MARK)) {
        return null;
      }
      i += PREV_MARK.length;
      if (!Arrays.equals(buf, i, i + 64, prevHex, 0, 64)) { // the chain: prev is the hash before
        return null;
      }
      i += 64;
      if (!startsWith(buf, i, BODY_MARK)) {
        return null;
      }
      int bodyStart = i + BODY_MARK.length;
      int bodyEnd = end - SUFFIX;
      if (bodyStart >= bodyEnd || buf[bodyStart] != '{' || buf[end - 1] != '}' || buf[end - 2] != '"'
          || !startsWith(buf, bodyEnd, HASH_MARK)) {
        return null;
      }
      sha256Hex(sha, buf, start, bodyEnd, digest, hex); // the digest was left reset by the previous one
      int stored = bodyEnd + HASH_MARK.length;
      if (!Arrays.equals(buf, stored, stored + 64, hex, 0, 64)) {
        return null;
      }
      return new RawEntry(file, lineNo, seq, prevHex, hex, buf, start, end, bodyStart, bodyEnd, null, plain);
    }
  }

  /** Splits a stream into lines ending in a newline; what follows the last newline is the rest. */
  private static final class LineReader {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;

    LineReader(InputStream in) {
      this.in = in;
    }

    private int lineStart;
    private int lineEnd;

    /**
     * Moves to the next complete line, {@code buf[lineStart, lineEnd)} without its newline (valid
     * until the next call); false at the end.
     */
    boolean advance() throws IOException {
      int i = start;
      while (true) {
        int nl = newline(buf, i, end);
        if (nl >= 0) {
          lineStart = start;
          lineEnd = nl;
          start = nl + 1;
          return true;
        }
        i = end;
        int scanned = i - start;
        if (eof || !fill()) {
          return false;
        }
        i = start + scanned;
      }
    }

    /** The index of the first newline in {@code b[from, to)}, or -1; eight bytes at a time. */
    private static int newline(byte[] b, int from, int to) {
      int i = from;
      for (; i + 8 <= to; i += 8) {
        long w = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL; // a newline byte becomes zero
        long zero = (w - 0x0101010101010101L) & ~w & 0x8080808080808080L; // the lowest flag is exact
        if (zero != 0) {
          return i + (Long.numberOfTrailingZeros(zero) >>> 3);
        }
      }
      for (; i < to; i++) {
        if (b[i] == '\n') {
          return i;
        }
      }
      return -1;
    }

    /** Reads more; compacts or grows the buffer. Returns false at end of stream. */
    private boolean fill() throws IOException {
      int pending = end - start;
      if (start > 0) {
        System.arraycopy(buf, start, buf, 0, pending);
        start = 0;
        end = pending;
      }
      if (end == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        eof = true;
        return false;
      }
      end += n;
      return true;
    }

    /** The length of what is left after the last newline (a torn line), once {@link #advance} returned false. */
    int restLength() {
      return end - start;
    }
  }

  private static JournalEntry verify(Path file, long lineNo, long expectedSeq, String prev, byte[] line, MessageDigest sha)
      throws JournalException {
    int n = line.length;
    if (n < SUFFIX + 2 || line[n - 1] != '}' || line[n - 2] != '"' || !startsWith(line, n - SUFFIX, HASH_MARK)) {
      throw JournalException.at(file, lineNo, expectedSeq, notJson(expectedSeq) + "the line does not end with its hash field");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (IOException e) {
      throw JournalException.at(file, lineNo, expectedSeq, notJson(expectedSeq) + "the line is not valid JSON (" + oneLine(e) + ")");
    }
    if (!(node instanceof ObjectNode o) || !o.path("seq").canConvertToExactIntegral() || !o.path("prev").isTextual()
        || !o.path("body").isObject() || !o.path("hash").isTextual() || o.size() != 4) {
      throw JournalException.at(file, lineNo, expectedSeq, notJson(expectedSeq) + "the line is not a journal entry {seq, prev, body, hash}");
    }
    if (expectedSeq == 0) {
      String format = o.get("body").path("format").asText("");
      if (!FORMAT.equals(format)) {
        throw JournalException.at(file, lineNo, 0, format.isEmpty()
            ? "the header names no format: not a smartkampung journal"
            : "the journal's format is '" + format + "', this version reads '" + FORMAT + "'");
      }
    }
    long seq = o.get("seq").asLong();
    String stored = o.get("hash").asText();
    sha.reset();
    sha.update(line, 0, n - SUFFIX);
    String actual = HEX.formatHex(sha.digest());
    if (!stored.equals(actual)) {
      throw JournalException.at(file, lineNo, expectedSeq, "entry " + expectedSeq + " was altered: its content does not match its hash"
          + (seq != expectedSeq ? " (it claims to be entry " + seq + ")" : ""));
    }
    if (seq != expectedSeq) {
      String what = seq < expectedSeq ? "repeated or out of order" : "out of order, or entries before it were removed";
      throw JournalException.at(file, lineNo, expectedSeq, "entry " + seq + " found where entry " + expectedSeq + " belongs: " + what);
    }
    if (!o.get("prev").asText().equals(prev)) {
      throw JournalException.at(file, lineNo, expectedSeq, "entry " + seq + " does not follow entry " + (seq - 1) + ": the chain of hashes is broken (an entry was removed, inserted or replaced)");
    }
    JsonNode body = o.get("body");
    return new JournalEntry(seq, prev, actual, body);
  }

  private static String notJson(long expectedSeq) {
    return expectedSeq == 0 ? "not a smartkampung journal: " : "";
  }

  private static String oneLine(Exception e) {
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.replace('\n', ' ');
  }

  /**
   * Appends an event and returns its entry once it is on disk.
   *
   * @throws IOException if it cannot be written; the journal is then closed and must be reopened
   *     (which cuts a partly written line)
   */
  public synchronized JournalEntry append(ObjectNode body) throws IOException {
    JournalEntry e = stage(body);
    commit();
    return e;
  }

  /**
   * Appends an event to the lines waiting to be written, chained after the last one (written or
   * waiting), and returns its entry; nothing reaches the disk until {@link #commit()} — the group
   * commit of a batch: many events, one write and one force.
   *
   * @throws IOException if the body cannot be written as JSON (nothing is staged) or the journal
   *     was closed by an earlier failure
   */
  public synchronized JournalEntry stage(ObjectNode body) throws IOException {
    requireNonNull(body, "body");
    String prev = new String(lastHash, US_ASCII);
    long seq = stage(g -> MAPPER.writeTree(g, body));
    return new JournalEntry(seq, prev, new String(lastHash, US_ASCII), body);
  }

  /** As {@link #append(ObjectNode)}, the body written straight to the line by {@code body}; returns the entry's sequence number. */
  synchronized long append(OperationEncoder.Writer body) throws IOException {
    long seq = stage(body);
    commit();
    return seq;
  }

  /**
   * As {@link #stage(ObjectNode)}, the body written straight to the line by {@code body} (one JSON
   * object, the bytes its tree would print), with no tree; returns the entry's sequence number.
   */
  synchronized long stage(OperationEncoder.Writer body) throws IOException {
    if (!channel.isOpen()) {
      throw new IOException("the journal " + file + " is closed");
    }
    long seq = lastSequence + 1;
    pending.append(seq, lastHash, body, lastHash);
    lastSequence = seq;
    return seq;
  }

  /**
   * Writes every staged line and forces the file to disk once. When it returns, every entry staged
   * so far is durable. If it fails, the journal is closed (a reopening cuts a partly written last
   * line: the file then holds a prefix of the staged entries, each whole) and the error is thrown.
   *
   * @throws IOException if the lines cannot be written or forced
   */
  public synchronized void commit() throws IOException {
    if (pending.entries() == 0) {
      return;
    }
    try {
      write(channel, pending.bytes());
      forces++;
      durableSequence = lastSequence;
      System.arraycopy(lastHash, 0, durableHash, 0, 64);
    } catch (IOException | RuntimeException e) {
      closeAll(channel, writerLock);
      throw e;
    } finally {
      pending.clear();
    }
  }

  /** How many times {@link #commit()} forced the file (for tests of the group commit). */
  synchronized long forces() {
    return forces;
  }

  /** The header entry. */
  public JournalEntry header() {
    return header;
  }

  /** What was cut from the end when opened, if anything. */
  public Optional<Tail> recoveredTail() {
    return recoveredTail;
  }

  /** The anchor of the last entry on disk (lines {@linkplain #stage staged} and not committed are not counted): its sequence number and hash. */
  public synchronized Anchor anchor() {
    return new Anchor(durableSequence, new String(durableHash, US_ASCII));
  }

  /** The file. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() throws IOException {
    closeAll(channel, writerLock);
  }

  private static void write(FileChannel ch, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      ch.write(b);
    }
    ch.force(true);
  }

  private static void syncDirectory(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not every platform can sync a directory; the file itself is synced
    }
  }

  private static boolean startsWith(byte[] a, int at, byte[] prefix) {
    if (at < 0) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (a[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
