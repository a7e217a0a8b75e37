package id.smartkampung.core.journal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.OfficialRegistration;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationLog;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The village's book for one fiscal year — <i>buku kas desa</i> — a {@link Ledger} kept in an
 * append-only, hash-chained {@link Journal} file: the embedded default store.
 *
 * <ul>
 *   <li>{@link #create} starts a journal whose header names the village, the fiscal year, the
 *       policy pack's year and the formats ({@link Header}).
 *   <li>{@link #open} replays the journal into a fresh ledger in one pass: it verifies the hash
 *       chain, reads each event strictly, checks its signature ({@link SignaturePolicy}) against
 *       the keys registered up to that point, and posts it; every event must be accepted exactly as
 *       it was the first time. Nothing is loaded from a journal that fails: a {@link
 *       JournalException} names the line, the entry and what is wrong. A torn last line (a crash
 *       mid-write, never acknowledged) is cut and reported by {@link #recoveredTail()}.
 *   <li>{@link #apply} posts an operation: the ledger checks it, the signature policy checks its
 *       signature, and the event is on disk ({@code FileChannel.force}) before {@code apply}
 *       returns {@link Outcome.Status#ACCEPTED ACCEPTED}. A refused signature is a {@link
 *       Outcome.Status#REJECTED REJECTED} outcome with its finding; nothing changes.
 * </ul>
 *
 * <p><b>Signing.</b> An app on an official's phone holds the official's {@link SigningKey}: it
 * either posts through {@link #apply(Operation, SigningKey)}, or, when the book lives elsewhere (a
 * village server), signs with {@link OperationSignature#sign} and sends the operation with the
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
 */
@Api(Api.Status.STABLE)
public final class VillageBook implements Closeable {
  /** What the journal holds, named in its header. */
  public static final String CONTENT = "smartkampung.ledger/1";

  /**
   * The header of a village's journal — <i>kepala jurnal</i>: the village, the fiscal year, the
   * fiscal year of the policy pack and the formats of the content and of its operations.
   */
  public record Header(Village village, int fiscalYear, int policyYear) {
    public Header {
      requireNonNull(village, "village");
    }

    /** The header's fields, as written beside the journal's format. */
    ObjectNode toMeta() {
      ObjectNode m = Journal.MAPPER.createObjectNode();
      m.put("content", CONTENT);
      m.put("operationFormat", OperationCodec.FORMAT);
      ObjectNode v = m.putObject("village");
      v.put("code", village.code());
      v.put("name", village.name());
      v.put("kecamatan", village.kecamatan());
      v.put("kabupaten", village.kabupaten());
      m.put("fiscalYear", fiscalYear);
      m.put("policyYear", policyYear);
      return m;
    }

    /**
     * Reads the header of a village's journal.
     *
     * @throws JournalException (at line 1, entry 0) if it is not the header of a village's journal
     *     in this version's formats
     */
    public static Header of(Path file, JournalEntry header) throws JournalException {
      JsonNode b = header.body();
      String content = b.path("content").asText("");
      if (!CONTENT.equals(content)) {
        throw JournalException.at(file, 1, 0, content.isEmpty()
            ? "the journal holds no village treasury ('content' is missing): not a village's book"
            : "the journal holds '" + content + "', this version reads '" + CONTENT + "'");
      }
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
      if (b.size() != 6) {
        throw JournalException.at(file, 1, 0, "the header has other fields than format, content, operationFormat, village, fiscalYear, policyYear");
      }
      Village village = Village.of(v.get("code").asText(), v.get("name").asText(), v.get("kecamatan").asText(), v.get("kabupaten").asText());
      return new Header(village, b.get("fiscalYear").intValue(), b.get("policyYear").intValue());
    }

    /**
     * The policy pack to replay with: {@code given} if present (it must be of the header's policy
     * year), else the shipped pack of that year.
     *
     * @throws JournalException if they do not fit or no pack is shipped for the year
     */
    public PolicyPack policy(Path file, Optional<PolicyPack> given) throws JournalException {
      if (given.isPresent()) {
        if (given.get().fiscalYear() != policyYear) {
          throw JournalException.at(file, 1, 0, "the journal was kept under the " + policyYear + " policy pack, not the given " + given.get().fiscalYear() + " pack");
        }
        return given.get();
      }
      if (!PolicyPack.shippedYears().contains(policyYear)) {
        throw JournalException.at(file, 1, 0, "no policy pack is shipped for " + policyYear + " (shipped: " + PolicyPack.shippedYears() + "); open it with the district's own pack");
      }
      return PolicyPack.forYear(policyYear);
    }
  }

  private final Header header;
  private final Ledger ledger;
  private final Log log;
  private final Journal journal;

  private VillageBook(Header header, Ledger ledger, Log log, Journal journal) {
    this.header = header;
    this.ledger = ledger;
    this.log = log;
    this.journal = journal;
  }

  /**
   * Creates a new book for a village's fiscal year under a policy pack (its fiscal year).
   *
   * @throws IOException if the file exists or cannot be written
   */
  public static VillageBook create(Path file, Village village, PolicyPack policy) throws IOException {
    requireNonNull(policy, "policy");
    Header h = new Header(village, policy.fiscalYear(), policy.fiscalYear());
    Log log = new Log(h);
    Ledger ledger = Ledger.create(village, policy, log);
    log.ledger = ledger;
    Journal j = Journal.create(file, h.toMeta());
    log.start(j);
    return new VillageBook(h, ledger, log, j);
  }

  /** Creates a new book for a village's fiscal year under the shipped policy pack of that year. */
  public static VillageBook create(Path file, Village village, int fiscalYear) throws IOException {
    return create(file, village, PolicyPack.forYear(fiscalYear));
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
      r = new Replay(file, given, trusted);
    } catch (NoSuchFileException e) {
      throw JournalException.at(file, 0, "no such file");
    }
    Journal j = Journal.openRaw(file, r::accept);
    try {
      r.finish();
    } catch (JournalException e) {
      j.close();
      throw e;
    }
    r.log.start(j);
    return new VillageBook(r.header, r.ledger, r.log, j);
  }

  /** Bytes of a journal line of an operation, at least in practice: to size a replayed ledger. */
  private static final int BYTES_PER_ENTRY_AT_LEAST = 200;

  /** Replays entries as they stream from the file. */
  private static final class Replay {
    final Path file;
    final Optional<PolicyPack> given;
    final Optional<Journal.Anchor> trusted;
    final OperationCodec codec = OperationCodec.create();
    Header header;
    Log log;
    Ledger ledger;
    final int expectedOperations;
    String trustedHash;
    long last;

    Replay(Path file, Optional<PolicyPack> given, Optional<Journal.Anchor> trusted) throws IOException {
      // an entry's line is rarely shorter than this: the ledger is sized once, not grown step by step
      this.expectedOperations = (int) Math.min(Files.size(file) / BYTES_PER_ENTRY_AT_LEAST, 1 << 24);
      this.file = file;
      this.given = given;
      this.trusted = trusted;
    }

    void accept(Journal.RawEntry e) throws JournalException {
      long seq = e.sequence();
      last = seq;
      if (trusted.isPresent() && trusted.get().sequence() == seq) {
        trustedHash = e.hash();
      }
      if (seq == 0) {
        header = Header.of(file, e.toEntry());
        PolicyPack policy = header.policy(file, given);
        if (policy.fiscalYear() != header.fiscalYear()) {
          throw JournalException.at(file, 1, 0, "the header's fiscal year " + header.fiscalYear() + " is not its policy year " + header.policyYear());
        }
        log = new Log(header);
        log.trustedThrough = trusted.map(Journal.Anchor::sequence).orElse(0L);
        ledger = Ledger.create(header.village(), policy, log, expectedOperations);
        log.ledger = ledger;
        return;
      }
      SignedOperation event;
      try {
        event = SignedOperation.fromJson(e, codec);
      } catch (EventFormatException x) {
        throw JournalException.at(file, seq + 1, seq, "entry " + seq + " is not a treasury event of this version: at " + x.path() + ": " + x.problem());
      }
      Outcome o;
      try {
        o = log.post(event);
      } catch (RuleViolationException x) {
        throw JournalException.at(file, seq + 1, seq, describe(event) + " is refused: " + x.getMessage());
      }
      if (!o.isAccepted() || o.sequence() != seq) {
        throw JournalException.at(file, seq + 1, seq, describe(event) + " is not accepted as entry " + seq + " on replay: "
            + (o.isAccepted() ? "the ledger numbered it " + o.sequence() : o.status() + " " + o.findings().stream().map(Finding::toString).collect(Collectors.joining("; ")))
            + " (a history no honest ledger wrote)");
      }
    }

    void finish() throws JournalException {
      if (trusted.isPresent()) {
        Journal.Anchor a = trusted.get();
        if (last < a.sequence()) {
          throw JournalException.at(file, 0, last + 1, "entries " + (last + 1) + " to " + a.sequence() + " are missing: the journal ends at entry " + last + " but the anchor says " + a.sequence());
        }
        if (!a.hash().equals(trustedHash)) {
          throw JournalException.at(file, a.sequence() + 1, a.sequence(), "entry " + a.sequence() + " has hash " + trustedHash + " but the anchor says " + a.hash());
        }
      }
    }
  }

  private static String describe(SignedOperation e) {
    return "entry (" + OperationCodec.type(e.operation()) + " " + e.operation().id() + ")";
  }

  /**
   * The ledger's {@link OperationLog}: checks the signature of each accepted operation and writes
   * the event to the journal before the ledger's state changes. During replay it writes nothing.
   */
  private static final class Log implements OperationLog {
    final Header header;
    final ThreadLocal<SignedOperation> pending = new ThreadLocal<>();
    final Map<String, PublicKeyValue> keys = new ConcurrentHashMap<>();
    Ledger ledger;
    long trustedThrough;
    volatile Journal journal;

    Log(Header header) {
      this.header = header;
    }

    void start(Journal j) {
      this.journal = j;
    }

    /** Posts an event: its signature is checked (and it is written) inside the ledger's append. */
    Outcome post(SignedOperation event) {
      pending.set(event);
      try {
        return ledger.apply(event.operation());
      } finally {
        pending.set(null); // not remove(): the thread's slot is kept and reused by its next post
      }
    }

    @Override
    public void append(long sequence, Operation op) {
      SignedOperation event = pending.get();
      if (event == null || event.operation() != op) {
        event = SignedOperation.unsigned(op);
      }
      if (sequence > trustedThrough) {
        List<Finding> errors = SignaturePolicy.errors(header.village(), header.fiscalYear(), event, SignaturePolicy.verifyingKey(op, registeredKey(op)));
        if (!errors.isEmpty()) {
          throw new RuleViolationException(errors);
        }
      }
      Journal j = journal;
      if (j == null) {
        return; // replaying: the entry is on disk already
      }
      JournalEntry written;
      try {
        written = j.append(event.toJson());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write to the journal " + j.file() + "; reopen the book", e);
      }
      if (written.sequence() != sequence) {
        throw new IllegalStateException("journal entry " + written.sequence() + " written for ledger entry " + sequence);
      }
    }

    private Optional<PublicKeyValue> registeredKey(Operation op) {
      Optional<OfficialRegistration> r = ledger.official(op.actor().id());
      if (r.isEmpty() || r.get().publicKey().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(keys.computeIfAbsent(r.get().publicKey().get(), PublicKeyValue::parse));
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
  public Outcome apply(Operation op) {
    return apply(SignedOperation.unsigned(requireNonNull(op, "op")));
  }

  /** Posts an operation with its acting official's signature; see {@link #apply(Operation)}. */
  public Outcome apply(Operation op, OperationSignature signature) {
    return apply(SignedOperation.signed(requireNonNull(op, "op"), signature));
  }

  /**
   * Signs the operation with the acting official's key (as the app on their device does) and posts
   * it; see {@link #apply(Operation)}.
   */
  public Outcome apply(Operation op, SigningKey key) {
    return apply(op, OperationSignature.sign(header.village(), header.fiscalYear(), op, key));
  }

  /** Posts an event; see {@link #apply(Operation)}. */
  public Outcome apply(SignedOperation event) {
    requireNonNull(event, "event");
    try {
      return log.post(event);
    } catch (RuleViolationException e) {
      return new Outcome(Outcome.Status.REJECTED, event.operation(), 0, ImmutableList.copyOf(e.findings()));
    }
  }

  // ------------------------------------------------------------------------------------ reading

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
