package id.smartkampung.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.journal.EventFormatException;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.journal.OperationCodec;
import id.smartkampung.core.journal.SignaturePolicy;
import id.smartkampung.core.journal.SignedOperation;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.LedgerSnapshot;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationLog;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.PublicKeyValue;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * The offline audit of a village's journal — <i>audit jurnal</i> — for Inspektorat, BPKP and BPK:
 * it trusts nothing in the file and none of the ledger's incremental code.
 *
 * <ol>
 *   <li><b>Chain</b>: every entry's SHA-256 and its link to the one before ({@link Journal}); with
 *       an anchor from a printed report, that the journal still ends with it. A break is a finding
 *       ({@link Rule#HISTORY_ALTERED}) at its entry; what follows it cannot be trusted and is not
 *       read.
 *   <li><b>Events</b>: each entry is read strictly; one that is not a treasury event of this version
 *       (an unknown type, a missing field, …) is a {@link Rule#FORMAT} finding at its entry.
 *   <li><b>Signatures</b> by {@link SignaturePolicy}, against the keys registered in the history
 *       up to that entry.
 *   <li><b>Every guarantee from scratch</b>: a {@link ReferenceLedger} — an independent, simple
 *       recomputation — judges each operation where it stands (I1, I2, I4–I9) and keeps the books.
 *   <li><b>Agreement</b> (I10, books reconcile): the same history replayed through the {@link
 *       Ledger} must be accepted exactly where the recomputation finds nothing, and end with the same
 *       figures (items, fund sources, SPPs, the BKU balance) and a clean {@link Ledger#recheck()}.
 *       A disagreement is a {@link Rule#BOOKS_UNRECONCILED} finding: one of the two is wrong.
 * </ol>
 *
 * An honest journal gives no finding. A journal that is not one at all (no such file, empty, not
 * JSON, another format, a header that is not a village's) cannot be audited: {@link
 * JournalException}.
 */
@Api(Api.Status.STABLE)
public final class JournalAudit {
  private JournalAudit() {}

  /** Audits a journal under the shipped policy pack of its header's year. */
  public static AuditReport audit(Path file) throws JournalException, IOException {
    return audit(file, Optional.empty(), Optional.empty());
  }

  /** Audits a journal that must end with {@code anchor} (e.g. printed on the year-end report). */
  public static AuditReport audit(Path file, Journal.Anchor anchor) throws JournalException, IOException {
    return audit(file, Optional.empty(), Optional.of(requireNonNull(anchor, "anchor")));
  }

  /**
   * Audits a journal.
   *
   * @param policy the district's own pack, if the village does not use the shipped one
   * @param anchor the sequence number and hash the journal must still hold, if known
   * @throws JournalException if the file is not a village's journal at all (entry 0 or the file)
   * @throws IOException if it cannot be read
   */
  public static AuditReport audit(Path file, Optional<PolicyPack> policy, Optional<Journal.Anchor> anchor) throws JournalException, IOException {
    requireNonNull(file, "file");
    requireNonNull(policy, "policy");
    requireNonNull(anchor, "anchor");
    Run run = new Run(file, policy, anchor);
    Optional<Journal.Tail> tail = Optional.empty();
    try {
      tail = Journal.forEachRaw(file, run::accept);
    } catch (JournalException e) {
      if (run.header == null) {
        throw e;
      }
      long seq = e.sequence().orElse(run.last + 1);
      run.findings.add(AuditFinding.at(seq, Finding.error(Rule.HISTORY_ALTERED, "", e.problem() + (e.line() > 0 ? " (line " + e.line() + ")" : ""))));
      run.broken = true;
    }
    run.finish();
    return new AuditReport(
        file,
        run.header.village(),
        run.header.fiscalYear(),
        run.last,
        new Journal.Anchor(run.last, run.lastHash),
        tail,
        run.reference.registeredKeys().entrySet().stream()
            .collect(ImmutableSortedMap.toImmutableSortedMap(String::compareTo, Map.Entry::getKey, e -> e.getValue().base64())),
        ImmutableList.copyOf(run.findings));
  }

  /** One audit, fed entry by entry. */
  private static final class Run {
    final Path file;
    final Optional<PolicyPack> given;
    final Optional<Journal.Anchor> anchor;
    final OperationCodec codec = OperationCodec.create();
    final List<AuditFinding> findings = new ArrayList<>();
    VillageBook.Header header;
    ReferenceLedger reference;
    Ledger ledger;
    boolean ledgerAgrees = true;
    boolean broken;
    long last;
    String lastHash;
    String anchorHash;

    Run(Path file, Optional<PolicyPack> given, Optional<Journal.Anchor> anchor) {
      this.file = file;
      this.given = given;
      this.anchor = anchor;
    }

    void accept(Journal.RawEntry e) throws JournalException {
      long seq = e.sequence();
      last = seq;
      lastHash = e.hash();
      if (anchor.isPresent() && anchor.get().sequence() == seq) {
        anchorHash = e.hash();
      }
      if (seq == 0) {
        header = VillageBook.Header.of(file, e.toEntry());
        PolicyPack policy = header.policy(file, given);
        reference = ReferenceLedger.start(header.village(), policy);
        ledger = Ledger.create(header.village(), policy, OperationLog.NONE);
        return;
      }
      SignedOperation event;
      try {
        event = SignedOperation.fromJson(e, codec);
      } catch (EventFormatException x) {
        add(seq, Finding.error(Rule.FORMAT, x.path(), "not a treasury event of this version: " + x.problem()));
        return;
      }
      Operation op = event.operation();
      Optional<PublicKeyValue> key = SignaturePolicy.verifyingKey(op, reference.registeredKey(op.actor().id()));
      for (Finding f : SignaturePolicy.check(header.village(), header.fiscalYear(), event, key)) {
        add(seq, f);
      }
      ImmutableList<Finding> violations = reference.apply(op);
      for (Finding f : violations) {
        add(seq, f);
      }
      if (ledgerAgrees) {
        crossCheck(seq, op, violations);
      }
    }

    /** The ledger must accept exactly the entries in which the recomputation finds nothing. */
    private void crossCheck(long seq, Operation op, ImmutableList<Finding> violations) {
      Outcome o = ledger.apply(op);
      boolean referenceAllows = violations.isEmpty();
      if (o.isAccepted() && referenceAllows) {
        return;
      }
      if (!o.isAccepted() && !referenceAllows) {
        ledgerAgrees = false; // both refuse it; from here the ledger (which skipped it) and the history part ways
        return;
      }
      ledgerAgrees = false;
      String ledgerSays = o.isAccepted() ? "accepts it" : "refuses it: " + o.findings().stream().map(Finding::toString).collect(Collectors.joining("; "));
      String referenceSays = referenceAllows ? "allows it" : "finds " + violations.stream().map(f -> f.rule().code()).distinct().collect(Collectors.joining(", "));
      add(seq, Finding.error(Rule.BOOKS_UNRECONCILED, op.id().value(),
          "the ledger's incremental check and the from-scratch recomputation disagree on this entry: the ledger " + ledgerSays + "; the recomputation " + referenceSays));
    }

    void finish() {
      if (anchor.isPresent() && !broken) {
        Journal.Anchor a = anchor.get();
        if (last < a.sequence()) {
          add(last + 1, Finding.error(Rule.HISTORY_ALTERED, "", "entries " + (last + 1) + " to " + a.sequence() + " are missing: the journal ends at entry " + last + " but the anchor says " + a.sequence()));
        } else if (!a.hash().equals(anchorHash)) {
          add(a.sequence(), Finding.error(Rule.HISTORY_ALTERED, "", "entry " + a.sequence() + " has hash " + anchorHash + " but the anchor says " + a.hash()));
        }
      }
      if (ledgerAgrees && !broken && findings.stream().noneMatch(AuditFinding::isError)) {
        reconcile();
      }
    }

    /** I10: the ledger's books equal the recomputation's, and its own recheck is clean. */
    private void reconcile() {
      LedgerSnapshot s = ledger.snapshot();
      List<String> differences = new ArrayList<>();
      compare("budget", s.items().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().budget())), reference.budget(), differences);
      compare("committed", s.items().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().committed())), reference.committed(), differences);
      compare("realised", s.items().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().realised())), reference.realised(), differences);
      compare("received", s.funds().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().received())), reference.received(), differences);
      compare("cash", s.funds().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().cash())), reference.cash(), differences);
      compare("tax payable", s.funds().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().taxPayable())), reference.taxPayable(), differences);
      if (!s.spps().equals(reference.sppStatus())) {
        differences.add("SPP statuses " + s.spps() + " vs " + reference.sppStatus());
      }
      BigDecimal bku = ledger.bku().balance().getNumber().numberValue(BigDecimal.class);
      if (bku.compareTo(reference.cashTotal()) != 0) {
        differences.add("BKU balance " + bku.toPlainString() + " vs cash " + reference.cashTotal().toPlainString());
      }
      if (!differences.isEmpty()) {
        add(last, Finding.error(Rule.BOOKS_UNRECONCILED, "", "the ledger's books differ from the from-scratch recomputation: " + String.join("; ", differences)));
      }
      for (Finding f : ledger.recheck()) {
        add(last, f);
      }
    }

    private static <K extends Comparable<K>> void compare(String what, Map<K, ? extends MonetaryAmount> ledgerSide, Map<K, BigDecimal> referenceSide, List<String> out) {
      java.util.TreeSet<K> keys = new java.util.TreeSet<>(ledgerSide.keySet());
      keys.addAll(referenceSide.keySet());
      for (K k : keys) {
        MonetaryAmount l = ledgerSide.get(k);
        BigDecimal r = referenceSide.get(k);
        BigDecimal lv = l == null ? null : l.getNumber().numberValue(BigDecimal.class);
        if (lv == null || r == null || lv.compareTo(r) != 0) {
          out.add(what + " of " + k + ": ledger " + (lv == null ? "none" : Idr.format(l)) + ", recomputed " + (r == null ? "none" : r.toPlainString()));
        }
      }
    }

    private void add(long seq, Finding f) {
      findings.add(AuditFinding.at(seq, f));
    }
  }
}
