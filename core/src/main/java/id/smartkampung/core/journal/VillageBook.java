package id.smartkampung.core.journal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.OfficialRegistration;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationLog;
import id.smartkampung.core.ledger.RejectionLog;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.official.PublicKeyValue;
import id.smartkampung.core.official.SigningKey;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.RuleViolationException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The village's book for one fiscal year — <i>buku kas desa</i> — a {@link Ledger} kept in an
 * append-only, hash-chained {@link Journal} file: the embedded default store.
 *
 * <ul>
 *   <li>{@link #create} starts a journal whose header names the village, the fiscal year, the
 *       policy pack's year and the formats ({@link Header}).
 *   <li>{@link #open} replays the journal into a fresh ledger in one pass ({@link BookReplay}, the
 *       path the audit reads by too): it verifies the hash chain, reads each event strictly, checks
 *       its signature ({@link SignaturePolicy}) against the keys registered up to that point, and
 *       posts it; every event must be accepted exactly as it was the first time. Nothing is loaded from a journal that fails: a {@link
 *       JournalException} names the line, the entry and what is wrong. A torn last line (a crash
 *       mid-write, never acknowledged) is cut and reported by {@link #recoveredTail()}.
 *   <li>{@link #apply} posts an operation in four visible steps: the ledger checks it, the
 *       signature policy checks its signature, the event is written and on disk ({@code
 *       FileChannel.force}), the ledger posts it — before {@code apply} returns {@link Outcome.Status#ACCEPTED ACCEPTED}. A refused signature is a {@link
 *       Outcome.Status#REJECTED REJECTED} outcome with its finding; nothing changes.
 * </ul>
 *
 * <p><b>Signing.</b> An app on an official's phone holds the official's {@link SigningKey}: it
 * either posts through {@link #apply(Operation, SigningKey)}, or, when the book lives elsewhere (a
 * village server), signs with {@link OperationSignature#sign(Header, Operation, SigningKey)} under
 * the book's {@link #header()} and sends the operation with the
 * signature to {@link #apply(Operation, OperationSignature)}. The private key never enters the book.
 *
 * <p><b>Reopening fast.</b> Verifying an Ed25519 signature costs far more than reading an event
 * (about half a millisecond against a few microseconds), so {@link #open(Path, PolicyPack,
 * Journal.Anchor)} takes an anchor the app kept from its last session ({@link #anchor()}): the
 * anchor's hash commits to every entry up to it, whose signatures were verified when they were
 * posted, so only entries after it are verified again. A file changed anywhere up to the anchor no
 * longer matches it and is refused. Without an anchor every signature is verified.
 *
 * <p>{@link #ledger()} is the read side (books, reports, snapshot). Posting through {@code
 * ledger().apply} also writes to this journal, as an unsigned event, so it is refused for officials
 * with a registered key. Thread-safe: posting is serialised by the ledger.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Official kades = Official.of("kd", "Bambang Wijaya", Role.KEPALA_DESA); // never a NIK as id
 * SigningKey kadesKey = SigningKey.generate();                             // on the Kepala Desa's phone
 * try (VillageBook book = VillageBook.create(file, apbdes.village(), 2025)) {
 *   book.applyOrThrow(new RegisterOfficial(OperationId.of("r1"), kades, t, kades,
 *       ImmutableSortedSet.of(), kadesKey.publicKey().base64()), kadesKey);
 *   book.applyOrThrow(new DraftBudget(OperationId.of("b1"), sekdes, t, apbdes, "RAPBDes 2025"));
 *   // ... agree, evaluate, enact, receive, SPP: submit, verify, approve, pay
 *   Outcome o = book.apply(op);            // or look at the outcome yourself
 *   if (o.isRejected()) {
 *     o.findings().forEach(System.out::println);
 *   }
 *   System.out.println(book.anchor());     // publish it with the report
 * }
 * try (VillageBook book = VillageBook.open(file)) {  // next session: verified replay
 *   System.out.println(book.ledger().realisation(LocalDate.of(2025, 6, 30)));
 * }
 * }</pre>
 *
 * The README's first example is this, complete and runnable. */
@Api(Api.Status.STABLE)
public final class VillageBook implements Closeable {
  /**
   * What the journal holds, named in its header: the content format of books this version writes,
   * in which every signature covers the {@linkplain Header#digest header's digest}.
   */
  public static final String CONTENT = "smartkampung.ledger/2";

  /**
   * The first content format, read still: its signatures cover the village and fiscal year but not
   * the header, so the audit reports the header as covered by no signature (a warning at entry 0).
   */
  public static final String CONTENT_V1 = "smartkampung.ledger/1";

  /**
   * The content format of a book that also keeps its refused attempts ({@link Refusal}, {@link
   * Refusals#RECORDED}): as {@value #CONTENT}, and entries of a second kind, {@code {"refused": …}}.
   * A book is of this format from its creation; a reader of {@value #CONTENT} alone refuses it (it
   * would not know the refused entries).
   */
  public static final String CONTENT_REFUSALS = "smartkampung.ledger/3";

  /**
   * Whether a book keeps the attempts it refuses in its journal, decided when the book is created
   * and named in its header.
   */
  public enum Refusals {
    /**
     * Only what is posted is written (the format {@value #CONTENT}, as every book before refusals
     * were recorded): a refused attempt leaves no trace in the file.
     */
    NOT_RECORDED,
    /**
     * Each attempt refused by {@link #apply(SignedOperation)} or {@link #applyAll} is written as a
     * {@link Refusal}, chained and forced like any entry (the format {@value #CONTENT_REFUSALS}).
     * What is posted straight on {@link #ledger()} and refused leaves no trace: it never reaches
     * the book.
     */
    RECORDED
  }

  /** What the signatures of the current format begin with, before the header's digest. */
  private static final String SIGNED_HEADER_PREFIX = "smartkampung.signature/2\n";

  /**
   * The header of a village's journal — <i>kepala jurnal</i>: the village, the fiscal year, the
   * fiscal year of the policy pack and the formats of the content and of its operations.
   *
   * @param zone the village's time zone, in which its business dates fall (issue 12); a header
   *     written before it was recorded reads as Asia/Jakarta ({@link
   *     id.smartkampung.core.ledger.Operation#ZONE})
   * @param signsHeader true for the current format ({@value #CONTENT}), whose signatures cover the
   *     header's digest; false for a book of the first format ({@value #CONTENT_V1})
   * @param recordsRefusals true for a book that keeps its refused attempts ({@value
   *     #CONTENT_REFUSALS}, which signs the header too)
   */
  public record Header(Village village, int fiscalYear, int policyYear, java.time.ZoneId zone, boolean signsHeader, boolean recordsRefusals) {
    public Header {
      requireNonNull(village, "village");
      requireNonNull(zone, "zone");
      if (recordsRefusals && !signsHeader) {
        throw new IllegalArgumentException("a book that records refusals (" + CONTENT_REFUSALS + ") signs its header");
      }
    }

    /** A header that records no refusals, of the current format or the first. */
    public Header(Village village, int fiscalYear, int policyYear, java.time.ZoneId zone, boolean signsHeader) {
      this(village, fiscalYear, policyYear, zone, signsHeader, false);
    }

    /** A header of the current format, in the village's own time zone. */
    public Header(Village village, int fiscalYear, int policyYear) {
      this(village, fiscalYear, policyYear, village.zone(), true);
    }

    /** A header in the village's own time zone, of the current format or the first. */
    public Header(Village village, int fiscalYear, int policyYear, boolean signsHeader) {
      this(village, fiscalYear, policyYear, village.zone(), signsHeader);
    }

    /** The header's fields, as written beside the journal's format. */
    ObjectNode toMeta() {
      ObjectNode m = Journal.MAPPER.createObjectNode();
      m.put("content", recordsRefusals ? CONTENT_REFUSALS : signsHeader ? CONTENT : CONTENT_V1);
      m.put("operationFormat", OperationCodec.FORMAT);
      ObjectNode v = m.putObject("village");
      v.put("code", village.code());
      v.put("name", village.name());
      v.put("kecamatan", village.kecamatan());
      v.put("kabupaten", village.kabupaten());
      m.put("fiscalYear", fiscalYear);
      m.put("policyYear", policyYear);
      m.put("zone", zone.getId());
      return m;
    }

    /**
     * The header's digest — <i>sidik kepala jurnal</i>: the SHA-256 (hex) of the header's body as
     * the journal holds it (format, content, operation format, village, fiscal year, policy year).
     * Every signature in a book of the current format covers it and names it, so a header changed
     * after an official signed is seen at entry 0.
     */
    public String digest() {
      ObjectNode body = Journal.MAPPER.createObjectNode().put("format", Journal.FORMAT);
      body.setAll(toMeta());
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Journal.MAPPER.writeValueAsBytes(body)));
      } catch (IOException | NoSuchAlgorithmException e) {
        throw new IllegalStateException("cannot write a header tree", e);
      }
    }

    /**
     * The bytes an official signs for {@code op} in this book: in the current format {@code
     * "smartkampung.signature/2\n" + digest + "\n"} followed by the operation's {@linkplain
     * OperationCodec#canonicalBytes canonical bytes} (format, village code, fiscal year, type,
     * fields); in the first format the canonical bytes alone.
     */
    public byte[] signedBytes(Operation op) {
      return signedBytes(op, digest());
    }

    /** As {@link #signedBytes(Operation)}, under a header digest already known (named by a signature). */
    byte[] signedBytes(Operation op, String headerDigest) {
      byte[] canonical = OperationCodec.canonicalBytes(village, fiscalYear, op);
      if (!signsHeader) {
        return canonical;
      }
      byte[] head = (SIGNED_HEADER_PREFIX + headerDigest + "\n").getBytes(StandardCharsets.UTF_8);
      byte[] all = Arrays.copyOf(head, head.length + canonical.length);
      System.arraycopy(canonical, 0, all, head.length, canonical.length);
      return all;
    }

    /**
     * Reads the header of a village's journal.
     *
     * @throws JournalException (at line 1, entry 0) if it is not the header of a village's journal
     *     in a format this version reads
     */
    public static Header of(Path file, JournalEntry header) throws JournalException {
      JsonNode b = header.body();
      String content = b.path("content").asText("");
      if (!CONTENT.equals(content) && !CONTENT_V1.equals(content) && !CONTENT_REFUSALS.equals(content)) {
        throw JournalException.at(file, 1, 0, content.isEmpty()
            ? "the journal holds no village treasury ('content' is missing): not a village's book"
            : "the journal holds '" + content + "', this version reads '" + CONTENT + "', '" + CONTENT_REFUSALS + "' and '" + CONTENT_V1 + "'");
      }
      boolean signs = !CONTENT_V1.equals(content);
      String ops = b.path("operationFormat").asText("");
      if (!OperationCodec.FORMAT.equals(ops)) {
        throw JournalException.at(file, 1, 0, "the journal's operations are in format '" + ops + "', this version reads '" + OperationCodec.FORMAT + "'");
      }
      JsonNode v = b.path("village");
      if (!v.path("code").isTextual() || v.path("code").asText().isBlank() || !v.path("name").isTextual()
          || v.path("name").asText().isBlank() || !v.path("kecamatan").isTextual() || !v.path("kabupaten").isTextual() || v.size() != 4) {
        throw JournalException.at(file, 1, 0, "the header's 'village' is not {code, name, kecamatan, kabupaten}");
      }
      if (!b.path("fiscalYear").canConvertToInt() || !b.path("fiscalYear").isIntegralNumber()
          || !b.path("policyYear").canConvertToInt() || !b.path("policyYear").isIntegralNumber()) {
        throw JournalException.at(file, 1, 0, "the header's 'fiscalYear' and 'policyYear' are not whole years");
      }
      // 'zone' (the village's time zone) was added in issue 12; a header without it is a book from
      // before, whose business dates are in Asia/Jakarta (Operation.ZONE) and keep that meaning.
      java.time.ZoneId zone = id.smartkampung.core.ledger.Operation.ZONE;
      if (b.has("zone")) {
        try {
          zone = java.time.ZoneId.of(b.path("zone").asText(""));
        } catch (java.time.DateTimeException e) {
          throw JournalException.at(file, 1, 0, "the header's 'zone' '" + b.path("zone").asText("") + "' is not a time zone (e.g. Asia/Makassar)");
        }
      }
      if (signs && !b.has("zone")) {
        // every book whose signatures cover the header was written with its zone: without it, the
        // header was edited (the digest is of the header's fields, in which no zone means Asia/Jakarta)
        throw JournalException.at(file, 1, 0, "the header of a book of the format " + content + " names the village's time zone ('zone'); this one does not: the header was altered");
      }
      if (b.size() != (b.has("zone") ? 7 : 6)) {
        throw JournalException.at(file, 1, 0, "the header has other fields than format, content, operationFormat, village, fiscalYear, policyYear, zone");
      }
      Village village;
      try {
        village = Village.of(v.get("code").asText(), v.get("name").asText(), v.get("kecamatan").asText(), v.get("kabupaten").asText());
      } catch (IllegalArgumentException e) {
        throw JournalException.at(file, 1, 0, "the header's 'village' is not a village: " + e.getMessage());
      }
      return new Header(village, b.get("fiscalYear").intValue(), b.get("policyYear").intValue(), zone, signs, CONTENT_REFUSALS.equals(content));
    }

    /**
     * The shipped policy pack of the header's policy year, to replay with.
     *
     * @throws JournalException if no pack is shipped for the year
     */
    public PolicyPack policy(Path file) throws JournalException {
      return pack(file, null);
    }

    /**
     * The policy pack to replay with, {@code given} (the district's own), which must be of the
     * header's policy year.
     *
     * @throws JournalException if it does not fit
     */
    public PolicyPack policy(Path file, PolicyPack given) throws JournalException {
      return pack(file, requireNonNull(given, "given"));
    }

    /**
     * The policy pack to replay with: {@code given} if present (it must be of the header's policy
     * year), else the shipped pack of that year.
     *
     * @throws JournalException if they do not fit or no pack is shipped for the year
     */
    private PolicyPack pack(Path file, @Nullable PolicyPack given) throws JournalException {
      if (given != null) {
        if (given.fiscalYear() != policyYear) {
          throw JournalException.at(file, 1, 0, "the journal was kept under the " + policyYear + " policy pack, not the given " + given.fiscalYear() + " pack");
        }
        return given;
      }
      if (!PolicyPack.shippedYears().contains(policyYear)) {
        throw JournalException.at(file, 1, 0, "no policy pack is shipped for " + policyYear + " (shipped: " + PolicyPack.shippedYears() + "); open it with the district's own pack");
      }
      return PolicyPack.forYear(policyYear);
    }
  }

  private final Header header;
  private final Ledger ledger;
  private final Journal journal;
  private final Map<String, PublicKeyValue> keys;
  private final String headerDigest;
  /** The refused attempts in the journal, in order (guarded by the journal's lock, as {@link #refusedEntries}). */
  private final List<Refusal> refusals;
  /** How many entries of the journal are refusals: its sequence numbers run ahead of the ledger's by this much. */
  private long refusedEntries;

  private VillageBook(Header header, Ledger ledger, Direct direct, Journal journal, Map<String, PublicKeyValue> keys, List<Refusal> refusals) {
    this.header = header;
    this.headerDigest = header.digest();
    this.ledger = ledger;
    this.journal = journal;
    this.keys = keys;
    this.refusals = new ArrayList<>(refusals);
    this.refusedEntries = refusals.size();
    direct.book = this;
  }

  /**
   * Creates a new book for a village's fiscal year under a policy pack (its fiscal year).
   * Creation is atomic ({@link Journal#create}): a crash leaves no file or a book holding its
   * header.
   *
   * @throws java.nio.file.FileAlreadyExistsException if the file exists — the message says when it
   *     is a file left by a creation interrupted in an older version, which {@link
   *     #createOverInterrupted} replaces
   * @throws IOException if the file cannot be written
   */
  public static VillageBook create(Path file, Village village, PolicyPack policy) throws IOException {
    return create(file, village, policy, false);
  }

  /** Creates a new book for a village's fiscal year under the shipped policy pack of that year. */
  public static VillageBook create(Path file, Village village, int fiscalYear) throws IOException {
    return create(file, village, PolicyPack.forYear(fiscalYear));
  }

  /**
   * Creates a new book, as {@link #create(Path, Village, PolicyPack)}, over a file left by a
   * creation interrupted in an older version (empty, or part of a header line and no newline): such
   * a file provably holds no acknowledged operation ({@link Journal#createOverInterrupted}). Any
   * other existing file is refused and left untouched.
   */
  public static VillageBook createOverInterrupted(Path file, Village village, PolicyPack policy) throws IOException {
    return create(file, village, policy, true);
  }

  /**
   * Creates a new book, as {@link #create(Path, Village, PolicyPack)}, that keeps the attempts it
   * refuses ({@link Refusals#RECORDED}, the format {@value #CONTENT_REFUSALS}) or not ({@link
   * Refusals#NOT_RECORDED}, the same book as {@link #create(Path, Village, PolicyPack)}). The choice
   * is the header's, for the book's life: reopened, it keeps doing what its header says.
   */
  public static VillageBook create(Path file, Village village, PolicyPack policy, Refusals refusals) throws IOException {
    return create(file, village, policy, false, requireNonNull(refusals, "refusals") == Refusals.RECORDED);
  }

  private static VillageBook create(Path file, Village village, PolicyPack policy, boolean overInterrupted) throws IOException {
    return create(file, village, policy, overInterrupted, false);
  }

  private static VillageBook create(Path file, Village village, PolicyPack policy, boolean overInterrupted, boolean recordsRefusals) throws IOException {
    requireNonNull(policy, "policy");
    Header h = new Header(village, policy.fiscalYear(), policy.fiscalYear(), requireNonNull(village, "village").zone(), true, recordsRefusals);
    Journal j = overInterrupted ? Journal.createOverInterrupted(file, h.toMeta()) : Journal.create(file, h.toMeta());
    Direct direct = new Direct();
    return new VillageBook(h, Ledger.create(village, policy, direct, 0, h.zone()), direct, j, new ConcurrentHashMap<>(), List.of());
  }

  /**
   * Opens a book, replaying its journal under the shipped policy pack of the header's year and
   * verifying every signature.
   *
   * @throws JournalException naming the line, entry and problem; nothing is loaded
   */
  public static VillageBook open(Path file) throws JournalException, IOException {
    return open(file, Optional.empty(), Optional.empty());
  }

  /** Opens a book kept under a district's own policy pack; see {@link #open(Path)}. */
  public static VillageBook open(Path file, PolicyPack policy) throws JournalException, IOException {
    return open(file, Optional.of(requireNonNull(policy, "policy")), Optional.empty());
  }

  /**
   * Opens a book, trusting the signatures of the entries up to {@code trusted} — an anchor this app
   * took from the book in an earlier session and kept — and verifying those after it. The file must
   * still hold exactly that entry with that hash; otherwise it is refused.
   */
  public static VillageBook open(Path file, PolicyPack policy, Journal.Anchor trusted) throws JournalException, IOException {
    return open(file, Optional.of(requireNonNull(policy, "policy")), Optional.of(requireNonNull(trusted, "trusted")));
  }

  private static VillageBook open(Path file, Optional<PolicyPack> given, Optional<Journal.Anchor> trusted) throws JournalException, IOException {
    requireNonNull(file, "file");
    Replay r;
    try {
      r = new Replay(file);
    } catch (NoSuchFileException e) {
      throw JournalException.at(file, 0, "no such file");
    }
    Journal j = BookReplay.open(file, given, trusted, r);
    return new VillageBook(r.header, r.ledger, r.direct, j, r.keys, r.refusals);
  }

  /** Bytes of a journal line of an operation, at least in practice: to size a replayed ledger. */
  private static final int BYTES_PER_ENTRY_AT_LEAST = 200;

  /** Replays a journal into a fresh ledger; any problem refuses the journal ({@link BookReplay}). */
  private static final class Replay implements BookReplay.Reader {
    final Path file;
    final int expectedOperations;
    final Map<String, PublicKeyValue> keys = new ConcurrentHashMap<>();
    final Direct direct = new Direct();
    final List<Refusal> refusals = new ArrayList<>();
    Header header;
    Ledger ledger;

    Replay(Path file) throws IOException {
      // an entry's line is rarely shorter than this: the ledger is sized once, not grown step by step
      this.expectedOperations = (int) Math.min(Files.size(file) / BYTES_PER_ENTRY_AT_LEAST, 1 << 24);
      this.file = file;
    }

    @Override
    public void header(Header h, PolicyPack policy) {
      header = h;
      ledger = Ledger.create(h.village(), policy, direct, expectedOperations, h.zone());
    }

    @Override
    public Optional<PublicKeyValue> registeredKey(String personId) {
      return VillageBook.registeredKey(ledger, keys, personId);
    }

    @Override
    public void event(Journal.RawEntry e, SignedOperation event) throws JournalException {
      long seq = e.sequence();
      // the entry is on disk already: the ledger checks it and posts it, writing nothing
      Outcome o = ledger.apply(event.operation(), OperationLog.NONE);
      if (!o.isAccepted() || o.sequence() != seq - refusals.size()) {
        throw JournalException.at(file, seq + 1, seq, describe(event) + " is not accepted as entry " + seq + " on replay: "
            + (o.isAccepted() ? "the ledger numbered it " + o.sequence() : o.status() + " " + o.findings().stream().map(Finding::toString).collect(Collectors.joining("; ")))
            + " (a history no honest ledger wrote)");
      }
    }

    @Override
    public void refusal(Journal.RawEntry e, Refusal refusal, ImmutableList<Finding> signatureErrors) throws JournalException {
      // a refusal is what the book finds where it stands, or the file is not what the book wrote
      long seq = e.sequence();
      Optional<String> mismatch = refusal.mismatch(ledger, signatureErrors);
      if (mismatch.isPresent()) {
        throw JournalException.at(file, seq + 1, seq, mismatch.get() + " (a history no honest book wrote)");
      }
      refusals.add(refusal);
    }

    @Override
    public void unreadable(Journal.RawEntry e, EventFormatException x) throws JournalException {
      long seq = e.sequence();
      throw JournalException.at(file, seq + 1, seq, "entry " + seq + " is not a treasury event of this version: at " + x.path() + ": " + x.problem());
    }

    @Override
    public void problem(long seq, ImmutableList<Finding> findings, @Nullable SignedOperation event) throws JournalException {
      String what = event != null && seq > 0 ? describe(event) + " is refused: " : "";
      throw JournalException.at(file, seq + 1, seq, what + new RuleViolationException(findings).getMessage());
    }
  }

  private static String describe(SignedOperation e) {
    return "entry (" + OperationCodec.type(e.operation()) + " " + e.operation().id() + ")";
  }

  /** The actor's registered key, parsed once per key. */
  private static Optional<PublicKeyValue> registeredKey(Ledger ledger, Map<String, PublicKeyValue> keys, String personId) {
    Optional<OfficialRegistration> r = ledger.official(personId);
    String key = r.isEmpty() ? null : r.get().publicKey();
    if (key == null) {
      return Optional.empty();
    }
    return Optional.of(keys.computeIfAbsent(key, PublicKeyValue::parse));
  }

  /**
   * The ledger's own log: what is posted on {@link #ledger()} directly goes through {@link #journal}
   * as an unsigned event, so the same signature rule holds. The ledger exists before its book (it is
   * made while the journal is replayed, with nothing written); the book attaches itself once, in its
   * constructor, before anyone can post.
   */
  private static final class Direct implements OperationLog {
    private volatile VillageBook book;

    @Override
    public void append(long sequence, Operation op) {
      VillageBook b = book;
      if (b == null) {
        throw new IllegalStateException("the ledger of a village's book is posted on while its journal is being read");
      }
      b.journal(sequence, SignedOperation.unsigned(op));
    }
  }

  // ------------------------------------------------------------------------------------ posting

  /**
   * Posts an unsigned operation (refused with {@link id.smartkampung.core.rule.Rule#SIGNATURE_MISSING}
   * if its actor has a registered key).
   *
   * @return accepted (on disk), duplicate, or rejected with findings (nothing changed); never null
   * @throws UncheckedIOException if the journal cannot be written; nothing changed, and the book
   *     must be reopened
   */
  @CheckReturnValue
  public Outcome apply(Operation op) {
    return apply(SignedOperation.unsigned(requireNonNull(op, "op")));
  }

  /** Posts an operation with its acting official's signature; see {@link #apply(Operation)}. */
  @CheckReturnValue
  public Outcome apply(Operation op, OperationSignature signature) {
    return apply(SignedOperation.signed(requireNonNull(op, "op"), signature));
  }

  /**
   * Signs the operation with the acting official's key (as the app on their device does) and posts
   * it; see {@link #apply(Operation)}.
   */
  @CheckReturnValue
  public Outcome apply(Operation op, SigningKey key) {
    return apply(op, OperationSignature.sign(header, op, key));
  }

  /**
   * Posts an event, in this order, under the ledger's lock: the ledger checks the operation against
   * every rule (a refusal changes nothing); then {@link #journal} checks the signature and writes
   * the event to disk; only then does the ledger post it. See {@link #apply(Operation)}.
   */
  @CheckReturnValue
  public Outcome apply(SignedOperation event) {
    requireNonNull(event, "event");
    try {
      return ledger.apply(event.operation(), (sequence, op) -> journal(sequence, event, true, true), refusals(event, true));
    } catch (RuleViolationException e) {
      return new Outcome(Outcome.Status.REJECTED, event.operation(), 0, ImmutableList.copyOf(e.findings()));
    }
  }

  /**
   * Posts a batch of events with one write and one force of the journal (a group commit): each
   * event, in order, is checked by the ledger and its signature as by {@link #apply(SignedOperation)},
   * staged, and posted; posting stops at the first rejected event; then every staged event is
   * written and the file forced once. When this returns, the outcomes it reports as accepted are on
   * disk. Hundreds of operations (an import, a day's entries from a device) cost one force instead
   * of one each.
   *
   * <p>Until it returns, the operations it posted are visible to readers of {@link #ledger()} but
   * not yet durable. If the write or the force fails, the journal is closed and an {@link
   * UncheckedIOException} thrown: the book must be reopened, and the reopened journal holds the
   * entries before the batch and a prefix of the batch, each whole (a torn last line is cut), which
   * replays clean; operations are idempotent by id (I8), so posting the whole batch again is safe —
   * those on disk come back as duplicates.
   *
   * @param events the events, in order; may be empty
   * @return the outcome of each event attempted; never null
   * @throws UncheckedIOException if the journal cannot be written (see above)
   */
  @CheckReturnValue
  public BatchOutcome applyAll(List<SignedOperation> events) {
    requireNonNull(events, "events");
    List<SignedOperation> batch = List.copyOf(events);
    ImmutableList.Builder<Outcome> outcomes = ImmutableList.builderWithExpectedSize(batch.size());
    for (SignedOperation event : batch) {
      Outcome o;
      try {
        o = ledger.apply(event.operation(), (sequence, op) -> journal(sequence, event, false, true), refusals(event, false));
      } catch (RuleViolationException e) {
        o = new Outcome(Outcome.Status.REJECTED, event.operation(), 0, ImmutableList.copyOf(e.findings()));
      } // an UncheckedIOException (the journal closed by an earlier failure) propagates: nothing of this batch is acknowledged
      outcomes.add(o);
      if (o.isRejected()) {
        break;
      }
    }
    commitOrThrow();
    return new BatchOutcome(outcomes.build(), batch.size());
  }

  /** {@link #applyAll(List)} for unsigned operations (each refused if its actor has a registered key). */
  @CheckReturnValue
  public BatchOutcome applyAllUnsigned(List<? extends Operation> ops) {
    requireNonNull(ops, "ops");
    List<SignedOperation> events = new ArrayList<>(ops.size());
    for (Operation op : ops) {
      events.add(SignedOperation.unsigned(requireNonNull(op, "op")));
    }
    return applyAll(events);
  }

  /** How many times the journal was forced to disk since it was opened (for the tests of the group commit). */
  long forces() {
    return journal.forces();
  }

  private void commitOrThrow() {
    try {
      journal.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the journal " + journal.file()
          + "; the operations of this batch are not acknowledged: reopen the book (it keeps a whole prefix of them) and post the batch again", e);
    }
  }

  /**
   * The steps between the ledger's check and its posting: the signature (refused with a {@link
   * RuleViolationException}), then the event on disk as entry {@code sequence}.
   */
  private void journal(long sequence, SignedOperation event) {
    journal(sequence, event, true, false);
  }

  /**
   * As above; with {@code commit} false, the event is only staged for the batch's one commit; with
   * {@code record}, a refusal of the signature is kept in a book that records refusals.
   */
  private void journal(long sequence, SignedOperation event, boolean commit, boolean record) {
    List<Finding> errors = signatureErrors(event);
    if (!errors.isEmpty()) {
      if (record && header.recordsRefusals()) {
        refused(event, Refusal.codes(errors), commit); // the ledger accepts it: the signature alone refuses it
      }
      throw new RuleViolationException(errors);
    }
    write(sequence, event, commit);
  }

  /** What the signature policy finds wrong with the event's signature where the book stands. */
  private List<Finding> signatureErrors(SignedOperation event) {
    Operation op = event.operation();
    List<Finding> errors = new ArrayList<>(SignaturePolicy.signedUnderAnotherHeader(header, headerDigest, event));
    PublicKeyValue key = registeredKey(ledger, keys, op.actor().id()).or(() -> SignaturePolicy.verifyingKey(op)).orElse(null);
    errors.addAll(SignaturePolicy.errors(header, event, key));
    return errors;
  }

  /**
   * What the ledger does with a refusal of the event: in a book that records refusals, keep it with
   * the ledger's rules and the signature's (checked as for any event); else nothing.
   */
  private RejectionLog refusals(SignedOperation event, boolean commit) {
    if (!header.recordsRefusals()) {
      return RejectionLog.NONE;
    }
    return (op, findings) -> refused(event, com.google.common.collect.ImmutableSortedSet.<String>naturalOrder()
        .addAll(Refusal.codes(findings)).addAll(Refusal.codes(signatureErrors(event))).build(), commit);
  }

  private void write(long sequence, SignedOperation event, boolean commit) {
    long written;
    long expected;
    synchronized (journal) { // with refused(): the journal's numbers run ahead of the ledger's by the refusals written
      try {
        written = commit ? journal.append(event::writeTo) : journal.stage(event::writeTo);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write to the journal " + journal.file() + "; reopen the book", e);
      }
      expected = sequence + refusedEntries;
    }
    if (written != expected) {
      throw new IllegalStateException("journal entry " + written + " written for ledger entry " + sequence + " (" + expected + " expected)");
    }
  }

  /**
   * Writes a refused attempt ({@link Refusals#RECORDED}) with the rules that refused it, under the
   * ledger's lock (from its {@link RejectionLog}, or the signature check it calls): the entry stands
   * where the book refused it, which is what opening and the audit check. It changes nothing in the
   * books.
   *
   * @throws UncheckedIOException if the journal cannot be written (the book must be reopened)
   */
  private void refused(SignedOperation event, ImmutableSortedSet<String> rules, boolean commit) {
    synchronized (journal) { // with write(): the journal's numbers run ahead of the ledger's by the refusals written
      Refusal r = new Refusal(0, event, rules);
      JournalEntry written;
      try {
        written = commit ? journal.append(r.toJson()) : journal.stage(r.toJson());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the refused attempt " + event.operation().id() + " to the journal " + journal.file() + "; reopen the book", e);
      }
      refusedEntries++;
      refusals.add(new Refusal(written.sequence(), event, rules));
    }
  }

  /**
   * {@link #apply(Operation)} for a caller that expects the operation to pass: a rejection cannot
   * be ignored.
   *
   * @return the outcome, accepted (on disk) or duplicate; never null
   * @throws RuleViolationException with the findings when the operation is rejected (nothing changed)
   * @throws UncheckedIOException if the journal cannot be written
   */
  @CanIgnoreReturnValue
  public Outcome applyOrThrow(Operation op) {
    return apply(op).orThrow();
  }

  /**
   * {@link #apply(Operation, SigningKey)} for a caller that expects the operation to pass: signs it
   * with the acting official's key, posts it, and throws if it is rejected.
   *
   * @return the outcome, accepted (on disk) or duplicate; never null
   * @throws RuleViolationException with the findings when the operation is rejected (nothing changed)
   * @throws UncheckedIOException if the journal cannot be written
   */
  @CanIgnoreReturnValue
  public Outcome applyOrThrow(Operation op, SigningKey key) {
    return apply(op, key).orThrow();
  }

  // ------------------------------------------------------------------------------------ reading

  /**
   * The refused attempts kept in the journal, in order ({@link Refusals#RECORDED}); empty for a book
   * that does not record them. Those read from the file were checked when it was opened: each is
   * refused where it stands for the rules it names.
   */
  public ImmutableList<Refusal> refusals() {
    synchronized (journal) {
      return ImmutableList.copyOf(refusals);
    }
  }

  /** The ledger, for reading: books, reports, snapshot, history; never null. */
  public Ledger ledger() {
    return ledger;
  }

  /** The header: village, fiscal year, policy year. */
  public Header header() {
    return header;
  }

  /** The village. */
  public Village village() {
    return header.village();
  }

  /** The fiscal year. */
  public int fiscalYear() {
    return header.fiscalYear();
  }

  /**
   * The anchor of the last entry (sequence number and hash), to print on reports and keep for a
   * fast, safe {@link #open(Path, PolicyPack, Journal.Anchor) reopen}.
   */
  public Journal.Anchor anchor() {
    return journal.anchor();
  }

  /** What was cut from the end of the file when it was opened (a torn, never acknowledged line). */
  public Optional<Journal.Tail> recoveredTail() {
    return journal.recoveredTail();
  }

  /** The journal file. */
  public Path file() {
    return journal.file();
  }

  @Override
  public void close() throws IOException {
    journal.close();
  }

  @Override
  public String toString() {
    return "VillageBook " + header.village().name() + " " + header.fiscalYear() + " (" + journal.file() + ", entry " + journal.anchor().sequence() + ")";
  }
}
