package id.smartkampung.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.journal.Refusal;
import id.smartkampung.core.rule.Rule;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of an offline audit of a village's journal — <i>laporan hasil audit</i>: what was
 * audited (file, village, fiscal year, entries, the anchor of the last verified entry), the keys
 * registered in it (to compare with the district's register of officials' keys), and every finding
 * at its entry. An immutable value.
 *
 * @param file the journal file; never null
 * @param village the village named in the header; never null
 * @param fiscalYear the fiscal year named in the header
 * @param entries the number of operations read (the last sequence number verified by the chain)
 * @param last the anchor of the last verified entry, to compare with one printed on a report
 * @param tornTail a torn last line (an append cut by a crash, never acknowledged); null when there is
 *     none
 * @param registeredKeys the public keys (Base64) registered at the end, by person id
 * @param findings every finding in entry order: errors are violations, warnings are for attention
 * @param refusals the refused attempts the journal keeps ({@link
 *     id.smartkampung.core.journal.VillageBook#CONTENT_REFUSALS}), in entry order; each one that is not
 *     what the book finds where it stands is also a finding
 */
@Api(Api.Status.STABLE)
public record AuditReport(
    Path file,
    Village village,
    int fiscalYear,
    long entries,
    Journal.Anchor last,
    Journal.@Nullable Tail tornTail,
    ImmutableSortedMap<String, String> registeredKeys,
    ImmutableList<AuditFinding> findings,
    ImmutableList<Refusal> refusals) {

  public AuditReport {
    requireNonNull(refusals, "refusals");
    requireNonNull(file, "file");
    requireNonNull(village, "village");
    requireNonNull(last, "last");
    requireNonNull(registeredKeys, "registeredKeys");
    requireNonNull(findings, "findings");
  }

  /** A report of a journal that keeps no refused attempts. */
  public AuditReport(Path file, Village village, int fiscalYear, long entries, Journal.Anchor last, Journal.@Nullable Tail tornTail,
      ImmutableSortedMap<String, String> registeredKeys, ImmutableList<AuditFinding> findings) {
    this(file, village, fiscalYear, entries, last, tornTail, registeredKeys, findings, ImmutableList.of());
  }

  /** True when no finding is an error: the chain, the signatures and every guarantee hold. */
  public boolean isClean() {
    return errors().isEmpty();
  }

  /** The violations. */
  public ImmutableList<AuditFinding> errors() {
    return findings.stream().filter(AuditFinding::isError).collect(ImmutableList.toImmutableList());
  }

  /** The findings at one entry. */
  public ImmutableList<AuditFinding> at(long sequence) {
    return findings.stream().filter(f -> f.sequence() == sequence).collect(ImmutableList.toImmutableList());
  }

  /** True when some finding at the entry is of the rule. */
  public boolean has(long sequence, Rule rule) {
    return findings.stream().anyMatch(f -> f.sequence() == sequence && f.rule() == rule);
  }

  /** A summary for people: one line of what was audited, then one line per finding. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder()
        .append("Audit of ").append(file).append(": ").append(village.name()).append(' ').append(fiscalYear)
        .append(", ").append(entries).append(" entries, last ").append(last)
        .append(tornTail == null ? "" : ", torn last line cut (" + tornTail.bytes() + " bytes, never acknowledged)")
        .append(": ").append(isClean() ? "clean" : errors().size() + " violation(s)")
        .append(findings.size() > errors().size() ? ", " + (findings.size() - errors().size()) + " warning(s)" : "")
        .append(refusals.isEmpty() ? "" : ", " + refusals.size() + " refused attempt(s) kept");
    for (AuditFinding f : findings) {
      b.append('\n').append(f);
    }
    return b.toString();
  }
}
