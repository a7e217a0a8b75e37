package id.smartkampung.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.journal.BookReplay;
import id.smartkampung.core.journal.EventFormatException;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.journal.Refusal;
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
import org.jspecify.annotations.Nullable;

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
 * The journal is read by the same path as a book is opened by ({@link BookReplay}). The header
 * is part of what officials sign: a header changed after they signed (its digest is not the one
 * the signatures name), or one whose fiscal year is not its policy pack's, is a finding at entry 0;
 * a journal of the first format, whose signatures do not cover the header, gets a warning at entry
 * 0. Whatever an entry holds, the audit reports it and never fails on it.
 *
 * <p>An honest journal gives no finding. A journal that is not one at all (no such file, empty,
 * not JSON, another format, a header that is not a village's, or of a year no pack is shipped
 * for) cannot be audited: {@link JournalException}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * AuditReport report = JournalAudit.audit(Path.of("jurnal-35.10.01.2003-2025.jsonl"));
 * if (report.isClean()) {
 *   System.out.println("clean: " + report.entries() + " entries, last " + report.last());
 * } else {
 *   report.errors().forEach(System.out::println); // each naming its entry and rule
 * }
 * }</pre>
 */
@Api(Api.Status.STABLE)
public final class JournalAudit {
  private JournalAudit() {}

  /** Audits a journal under the shipped policy pack of its header's year. */
  public static AuditReport audit(Path file) throws JournalException, IOException {
    return run(file, null, null);
  }

  /** Audits a journal that must end with {@code anchor} (e.g. printed on the year-end report). */
  public static AuditReport audit(Path file, Journal.Anchor anchor) throws JournalException, IOException {
    return run(file, null, requireNonNull(anchor, "anchor"));
  }

  /** Audits a journal under the district's own policy pack, if the village does not use the shipped one. */
  public static AuditReport audit(Path file, PolicyPack policy) throws JournalException, IOException {
    return run(file, requireNonNull(policy, "policy"), null);
  }

  /** Audits a journal under the district's own policy pack; it must end with {@code anchor}. */
  public static AuditReport audit(Path file, PolicyPack policy, Journal.Anchor anchor) throws JournalException, IOException {
    return run(file, requireNonNull(policy, "policy"), requireNonNull(anchor, "anchor"));
  }

  /**
   * Audits a journal.
   *
   * @param policy the district's own pack; null when the village uses the shipped one
   * @param anchor the sequence number and hash the journal must still hold; null when not known
   * @throws JournalException if the file is not a village's journal at all (entry 0 or the file)
   * @throws IOException if it cannot be read
   */
  private static AuditReport run(Path file, @Nullable PolicyPack policy, Journal.@Nullable Anchor anchor)
      throws JournalException, IOException {
    requireNonNull(file, "file");
    Run run = new Run();
    BookReplay.Ended end = BookReplay.read(file, policy, anchor, run);
    run.finish(end.last());
    return new AuditReport(
        file,
        run.header.village(),
        run.header.fiscalYear(),
        end.last(),
        new Journal.Anchor(end.last(), end.lastHash()),
        end.tornTail(),
        run.reference.registeredKeys().entrySet().stream()
            .collect(ImmutableSortedMap.toImmutableSortedMap(String::compareTo, Map.Entry::getKey, e -> e.getValue().base64())),
        ImmutableList.copyOf(run.findings),
        ImmutableList.copyOf(run.refusals));
  }

  /**
   * One audit, fed part by part by the journal's one replay path ({@link BookReplay}): every
   * problem is a finding, and reading goes on.
   */
  private static final class Run implements BookReplay.Reader {
    final List<AuditFinding> findings = new ArrayList<>();
    final List<Refusal> refusals = new ArrayList<>();
    VillageBook.Header header;
    ReferenceLedger reference;
    Ledger ledger;
    boolean ledgerAgrees = true;

    @Override
    public void header(VillageBook.Header h, PolicyPack policy) {
      header = h;
      reference = ReferenceLedger.start(h.village(), policy, h.zone());
      ledger = Ledger.create(h.village(), policy, OperationLog.NONE, 0, h.zone());
      if (policy.isProvisional()) {
        add(0, Finding.warning(Rule.POLICY_PROVISIONAL, "$", "the book was kept under the provisional " + policy.fiscalYear() + " policy pack: " + policy.provisionalNote()));
      }
    }

    @Override
    public Optional<PublicKeyValue> registeredKey(String personId) {
      return reference.registeredKey(personId);
    }

    @Override
    public boolean wantsWarnings() {
      return true;
    }

    @Override
    public void problem(long seq, ImmutableList<Finding> found, @Nullable SignedOperation event) {
      for (Finding f : found) {
        add(seq, f);
      }
    }

    @Override
    public void unreadable(Journal.RawEntry e, EventFormatException x) {
      add(e.sequence(), Finding.error(Rule.FORMAT, x.path(), "not a treasury event of this version: " + x.problem()));
    }

    @Override
    public void event(Journal.RawEntry e, SignedOperation event) {
      long seq = e.sequence();
      Operation op = event.operation();
      ImmutableList<Finding> violations;
      try {
        violations = reference.apply(op);
      } catch (RuntimeException x) {
        // the recomputation is simple code; whatever a forged entry does to it is a finding, not a crash
        violations = ImmutableList.of(Finding.error(Rule.FORMAT, op.id().value(), "the from-scratch recomputation cannot judge this entry: " + x));
      }
      for (Finding f : violations) {
        add(seq, f);
      }
      if (ledgerAgrees) {
        crossCheck(seq, op, violations);
      }
    }

    /**
     * A refused attempt: not posted. It must be what the book finds where it stands (re-applied to
     * the ledger replayed so far, which it does not change): refused for the rules it names, its
     * signature holding unless it names a signature rule. Otherwise {@link Rule#REFUSAL_MISMATCH};
     * and a signature that does not hold on an attempt said to be the official's own is also the
     * signature's finding — the entry would attribute to an official what they did not sign. When
     * the ledger has already parted from the history (an earlier error), it is not asked.
     */
    @Override
    public void refusal(Journal.RawEntry e, Refusal refusal, ImmutableList<Finding> signatureErrors) {
      long seq = e.sequence();
      refusals.add(refusal);
      if (refusal.attributable()) {
        for (Finding f : signatureErrors) {
          add(seq, f);
        }
      }
      if (!ledgerAgrees) {
        return;
      }
      Optional<String> mismatch;
      try {
        mismatch = refusal.mismatch(ledger, signatureErrors);
      } catch (RuntimeException x) {
        mismatch = Optional.of("the ledger cannot judge the refused attempt at entry " + seq + ": " + x);
      }
      mismatch.ifPresent(m -> add(seq, Finding.error(Rule.REFUSAL_MISMATCH, refusal.operation().id().value(), m,
          Map.of("rules", String.join(",", refusal.rules()), "type", id.smartkampung.core.journal.OperationCodec.type(refusal.operation())))));
    }

    /** The ledger must accept exactly the entries in which the recomputation finds nothing. */
    private void crossCheck(long seq, Operation op, ImmutableList<Finding> violations) {
      Outcome o;
      try {
        o = ledger.apply(op);
      } catch (RuntimeException x) {
        ledgerAgrees = false;
        add(seq, Finding.error(Rule.BOOKS_UNRECONCILED, op.id().value(), "the ledger's incremental check fails on this entry: " + x));
        return;
      }
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

    void finish(long last) {
      if (ledgerAgrees && findings.stream().noneMatch(AuditFinding::isError)) {
        reconcile(last);
      }
    }

    /** I10: the ledger's books equal the recomputation's, and its own recheck is clean. */
    private void reconcile(long last) {
      LedgerSnapshot s = ledger.snapshot();
      List<String> differences = new ArrayList<>();
      compare("budget", s.items().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().budget())), reference.budget(), differences);
      compare("committed", s.items().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().committed())), reference.committed(), differences);
      compare("realised", s.items().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().realised())), reference.realised(), differences);
      compare("received", s.funds().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().received())), reference.received(), differences);
      compare("cash", s.funds().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().cash())), reference.cash(), differences);
      compare("tax payable", s.funds().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().taxPayable())), reference.taxPayable(), differences);
      compare("financing budget", s.financing().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().budget())), reference.financingBudget(), differences);
      compare("financing committed", s.financing().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().committed())), reference.financingCommitted(), differences);
      compare("financing realised", s.financing().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().realised())), reference.financingRealised(), differences);
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
