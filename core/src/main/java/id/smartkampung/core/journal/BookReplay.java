package id.smartkampung.core.journal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.official.PublicKeyValue;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one way a village's journal is read back — <i>pembacaan ulang jurnal</i> — header, events,
 * anchor, used by {@link VillageBook#open opening a book} (with or without a trusted anchor) and by
 * the offline audit. In one pass over the file:
 *
 * <ol>
 *   <li><b>Header</b> (entry 0): read ({@link VillageBook.Header#of}), the policy pack chosen
 *       ({@link VillageBook.Header#policy}); a header whose fiscal year is not its policy pack's is
 *       a problem at entry 0, and the pack of the fiscal year is used; a header of the first format,
 *       which no signature covers, is a warning at entry 0.
 *   <li><b>Events</b>: each entry read strictly ({@link SignedOperation#fromJson(Journal.RawEntry,
 *       OperationCodec)}); one that is not a treasury event is {@linkplain Reader#unreadable
 *       unreadable}.
 *   <li><b>Signatures</b> by {@link SignaturePolicy} against the keys registered before the entry
 *       ({@link Reader#registeredKey}) — except up to a trusted anchor, whose hash already commits
 *       to entries verified when they were posted; an event signed under another header is a problem
 *       at entry 0 (reported once).
 *   <li>The event is handed on ({@link Reader#event}): the reader posts it.
 *   <li><b>Anchor</b>: the journal must still hold it ({@link Journal.Anchor#mismatch}).
 * </ol>
 *
 * What a problem does is the reader's: opening a book throws (nothing is loaded from a journal that
 * fails), the audit records a finding and reads on.
 */
public final class BookReplay {
  /** What a reader does with each part of a journal, in order. */
  public interface Reader {
    /** The header is read and the pack chosen (entry 0): make what the events are posted into. */
    void header(VillageBook.Header header, PolicyPack policy) throws JournalException;

    /** The public key the official with this person id registered before the current entry. */
    Optional<PublicKeyValue> registeredKey(String personId);

    /** An event whose signature passed (or is trusted): post it. */
    void event(Journal.RawEntry entry, SignedOperation event) throws JournalException;

    /** An entry that is not a treasury event of this version. */
    void unreadable(Journal.RawEntry entry, EventFormatException problem) throws JournalException;

    /**
     * A refused attempt kept by a book that records them ({@link VillageBook#CONTENT_REFUSALS}):
     * not posted (it changes nothing in the books); the reader checks that it is refused where it
     * stands for the rules it names ({@link Refusal#mismatch}). By default a problem at its entry
     * (a reader that does not know refusals).
     *
     * @param signatureErrors what the signature policy finds in the attempt at this entry, against
     *     the keys registered before it
     */
    default void refusal(Journal.RawEntry entry, Refusal refusal, ImmutableList<Finding> signatureErrors) throws JournalException {
      problem(entry.sequence(), ImmutableList.of(Finding.error(Rule.FORMAT, "$.refused", "a refused attempt, which this reader does not read")), null);
    }

    /**
     * Findings at entry {@code sequence} (0: the header): the event's signature findings (it is
     * not posted when they hold an error), or a header inconsistency. Throw to stop.
     */
    void problem(long sequence, ImmutableList<Finding> findings, @Nullable SignedOperation event) throws JournalException;

    /** Whether warnings are wanted too, or only errors (a book opening acts only on errors). */
    default boolean wantsWarnings() {
      return false;
    }
  }

  /**
   * How a pass ended.
   *
   * @param last the sequence number of the last entry read
   * @param lastHash its hash; never null
   * @param tornTail the torn last line found; null when there is none
   */
  public record Ended(long last, String lastHash, Journal.@Nullable Tail tornTail) {}

  private final Path file;
  private final Optional<PolicyPack> given;
  private final Optional<Journal.Anchor> anchor;
  private final long trustedThrough;
  private final Reader reader;
  private final boolean readOnly;
  private final OperationCodec codec = OperationCodec.create();
  private VillageBook.Header header;
  private String headerDigest;
  private boolean headerMismatchReported;
  private boolean headerRead;
  private long last = -1;
  private String lastHash;
  private String hashAtAnchor;

  private BookReplay(Path file, Optional<PolicyPack> given, Optional<Journal.Anchor> anchor, boolean trustAnchor, Reader reader) {
    this.readOnly = !trustAnchor;
    this.file = requireNonNull(file, "file");
    this.given = requireNonNull(given, "given");
    this.anchor = requireNonNull(anchor, "anchor");
    this.trustedThrough = trustAnchor ? anchor.map(Journal.Anchor::sequence).orElse(0L) : 0L;
    this.reader = requireNonNull(reader, "reader");
  }

  /**
   * Reads a journal without changing it. A break in the chain after the header is a problem ({@link
   * Rule#HISTORY_ALTERED}) at the entry where it starts; nothing after it is read.
   *
   * @param policy the district's own pack; null to read under the shipped pack of the header's year
   * @param anchor the last sequence number and hash the journal must still hold; null when not known
   * @throws JournalException if the file is not a village's journal at all (entry 0 or the file),
   *     or the reader threw
   */
  public static Ended read(Path file, @Nullable PolicyPack policy, Journal.@Nullable Anchor anchor, Reader reader)
      throws JournalException, IOException {
    BookReplay r = new BookReplay(file, Optional.ofNullable(policy), Optional.ofNullable(anchor), false, reader);
    Optional<Journal.Tail> tail = Optional.empty();
    boolean broken = false;
    try {
      tail = Journal.forEachRaw(file, r::accept);
    } catch (JournalException e) {
      if (!r.headerRead) {
        throw e; // not a village's journal at all: nothing can be audited
      }
      broken = true;
      long seq = e.sequence().orElse(r.last + 1);
      reader.problem(seq, ImmutableList.of(Finding.error(Rule.HISTORY_ALTERED, "", e.problem() + (e.line() > 0 ? " (line " + e.line() + ")" : ""))), null);
    }
    if (!broken) {
      r.checkAnchor();
    }
    return new Ended(r.last, r.lastHash, tail.orElse(null));
  }

  /**
   * Opens a journal for appending, replaying it into the reader; see {@link Journal#openRaw}. With
   * {@code trusted}, signatures up to it are not verified again, and the journal must hold it.
   *
   * @throws JournalException if the journal is damaged, the reader threw, or it does not hold the
   *     anchor; the file is then not opened
   */
  static Journal open(Path file, Optional<PolicyPack> policy, Optional<Journal.Anchor> trusted, Reader reader) throws JournalException, IOException {
    BookReplay r = new BookReplay(file, policy, trusted, true, reader);
    Journal j = Journal.openRaw(file, r::accept);
    try {
      r.checkAnchor();
    } catch (JournalException e) {
      j.close();
      throw e;
    }
    return j;
  }

  private void accept(Journal.RawEntry e) throws JournalException {
    long seq = e.sequence();
    last = seq;
    if (readOnly) {
      lastHash = e.hash(); // a string per entry: only the audit needs it (a journal open for appending knows its anchor)
    }
    if (anchor.isPresent() && anchor.get().sequence() == seq) {
      hashAtAnchor = e.hash();
    }
    if (seq == 0) {
      header(e);
      return;
    }
    SignedOperation event;
    try {
      event = SignedOperation.fromJson(e, codec);
    } catch (EventFormatException x) {
      if (!refusal(e)) {
        reader.unreadable(e, x);
      }
      return;
    }
    if (seq > trustedThrough) {
      checkSignature(seq, event);
    }
    reader.event(e, event);
  }

  /**
   * If the entry is a refused attempt ({@code {"refused": …}}), hands it on with its signature's
   * errors and returns true; one in a book whose header does not declare refusals, or not readable
   * as one, is unreadable. Refusals are rare: they are read by the general way, off the events' path.
   */
  private boolean refusal(Journal.RawEntry e) throws JournalException {
    if (!Refusal.isRefusal(e.body())) {
      return false;
    }
    if (!header.recordsRefusals()) {
      reader.unreadable(e, new EventFormatException("$.refused", "a refused attempt in a book whose header does not declare them (content "
          + (header.signsHeader() ? VillageBook.CONTENT : VillageBook.CONTENT_V1) + ", not " + VillageBook.CONTENT_REFUSALS + ")"));
      return true;
    }
    Refusal r;
    try {
      r = Refusal.fromJson(e.sequence(), e.body(), codec);
    } catch (EventFormatException x) {
      reader.unreadable(e, x);
      return true;
    }
    SignedOperation attempt = r.attempt();
    Operation op = attempt.operation();
    PublicKeyValue key = reader.registeredKey(op.actor().id()).or(() -> SignaturePolicy.verifyingKey(op)).orElse(null);
    ImmutableList<Finding> signature = ImmutableList.<Finding>builder()
        .addAll(SignaturePolicy.signedUnderAnotherHeader(header, headerDigest, attempt))
        .addAll(SignaturePolicy.errors(header, attempt, key))
        .build();
    reader.refusal(e, r, signature);
    return true;
  }

  private void header(Journal.RawEntry e) throws JournalException {
    header = VillageBook.Header.of(file, e.toEntry());
    headerDigest = header.digest();
    PolicyPack policy = given.isPresent() ? header.policy(file, given.get()) : header.policy(file);
    if (policy.fiscalYear() != header.fiscalYear()) {
      Finding f = Finding.error(Rule.HISTORY_ALTERED, "header.policyYear",
          "the header's fiscal year " + header.fiscalYear() + " is not its policy year " + header.policyYear()
              + ": no book is kept so; the header was altered", java.util.Map.of("fiscalYear", Integer.toString(header.fiscalYear()), "policyYear", Integer.toString(header.policyYear())));
      reader.problem(0, ImmutableList.of(f), null);
      // read on (an audit does) under the pack of the fiscal year, if one is known
      if (!PolicyPack.shippedYears().contains(header.fiscalYear())) {
        throw JournalException.at(file, 1, 0, f.message() + "; no policy pack is shipped for " + header.fiscalYear() + " to read it with");
      }
      policy = PolicyPack.forYear(header.fiscalYear());
    }
    if (!header.signsHeader() && reader.wantsWarnings()) {
      reader.problem(0, ImmutableList.of(Finding.warning(Rule.SIGNATURE_UNVERIFIABLE, "header",
          "the header (village, fiscal year, policy year) is covered by no signature: the journal is of the first format ("
              + VillageBook.CONTENT_V1 + "), written before signatures covered the header; an edit of the header with the hashes"
              + " recomputed can be seen only where it contradicts the events", java.util.Map.of("content", VillageBook.CONTENT_V1))),
          null);
    }
    reader.header(header, policy);
    headerRead = true;
  }

  /** Checks the event's signature; the reader decides what a finding does (opening throws, the audit reads on). */
  private void checkSignature(long seq, SignedOperation event) throws JournalException {
    Optional<String> named = Optional.ofNullable(event.signature()).map(OperationSignature::header);
    if (named.isPresent() && !named.get().equals(headerDigest)) {
      if (!readOnly) {
        // a book cannot tell a changed header from an event signed for another book: it refuses the event
        reader.problem(seq, SignaturePolicy.signedUnderAnotherHeader(header, headerDigest, event), event);
      } else if (!headerMismatchReported) {
        headerMismatchReported = true; // the audit: one finding for the header (entry 0), however many events show it
        reader.problem(0, ImmutableList.of(SignaturePolicy.headerMismatch(header, event).orElseThrow()), event);
      }
    }
    Operation op = event.operation();
    PublicKeyValue key = reader.registeredKey(op.actor().id()).or(() -> SignaturePolicy.verifyingKey(op)).orElse(null);
    ImmutableList<Finding> findings = reader.wantsWarnings() ? SignaturePolicy.check(header, event, key) : SignaturePolicy.errors(header, event, key);
    if (!findings.isEmpty()) {
      reader.problem(seq, findings, event);
    }
  }

  private void checkAnchor() throws JournalException {
    if (anchor.isEmpty()) {
      return;
    }
    Optional<JournalException> mismatch = anchor.get().mismatch(file, last, hashAtAnchor);
    if (mismatch.isPresent()) {
      JournalException m = mismatch.get();
      if (!readOnly) {
        throw m;
      }
      reader.problem(m.sequence().orElse(last + 1), ImmutableList.of(Finding.error(Rule.HISTORY_ALTERED, "", m.problem())), null);
    }
  }
}
