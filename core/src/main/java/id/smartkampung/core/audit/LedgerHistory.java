package id.smartkampung.core.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.journal.EventFormatException;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.journal.OperationCodec;
import id.smartkampung.core.journal.SignedOperation;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationLog;
import id.smartkampung.core.policy.PolicyPack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The history of one village's ledger for one fiscal year — <i>riwayat penatausahaan</i>: the
 * village, the policy pack of the year and the operations in the order they were posted. What an
 * auditor audits: built in code, taken from a {@link Ledger}, or (once read) from a village's
 * journal. An immutable value.
 *
 * @param village the village; never null
 * @param policy the policy pack of the fiscal year; never null
 * @param operations the operations in order; never null
 */
@Api(Api.Status.STABLE)
public record LedgerHistory(Village village, PolicyPack policy, ImmutableList<Operation> operations) {

  public LedgerHistory {
    requireNonNull(village, "village");
    requireNonNull(policy, "policy");
    operations = ImmutableList.copyOf(requireNonNull(operations, "operations"));
  }

  /** The history of these operations. */
  public static LedgerHistory of(Village village, PolicyPack policy, List<? extends Operation> operations) {
    return new LedgerHistory(village, policy, ImmutableList.copyOf(operations));
  }

  /** The accepted history of a ledger so far. */
  public static LedgerHistory of(Ledger ledger) {
    return new LedgerHistory(ledger.village(), ledger.policy(), ledger.history());
  }

  /**
   * The history a village's journal file holds: its chain verified, its events read, in order (the
   * refused attempts a book may keep are not part of it) —
   * but <em>not</em> replayed through this library's ledger, so that the contracts judge the
   * village's real year on their own (the signatures and the from-scratch recheck are {@link
   * JournalAudit}'s business).
   *
   * @throws JournalException naming the entry if the chain is broken or an event cannot be read
   * @throws IOException if the file cannot be read
   */
  public static LedgerHistory fromJournal(Path file) throws JournalException, IOException {
    OperationCodec codec = OperationCodec.create();
    VillageBook.Header[] header = new VillageBook.Header[1];
    List<Operation> ops = new ArrayList<>();
    Journal.forEach(file, e -> {
      if (e.sequence() == 0) {
        header[0] = VillageBook.Header.of(file, e);
        return;
      }
      if (e.body().has("refused")) {
        return; // a refused attempt kept by the book (VillageBook.CONTENT_REFUSALS): not part of the history
      }
      try {
        ops.add(SignedOperation.fromJson(e.body(), codec).operation());
      } catch (EventFormatException x) {
        throw JournalException.at(file, e.sequence() + 1, e.sequence(), "entry " + e.sequence() + " is not a treasury event: at " + x.path() + ": " + x.problem());
      }
    });
    return new LedgerHistory(header[0].village(), header[0].policy(file), ImmutableList.copyOf(ops));
  }

  /** The fiscal year (<i>tahun anggaran</i>) of the policy pack. */
  public int fiscalYear() {
    return policy.fiscalYear();
  }

  /** The number of operations. */
  public int size() {
    return operations.size();
  }

  /**
   * The first {@code n} operations.
   *
   * @throws IllegalArgumentException unless {@code 0 <= n <= size()}
   */
  public LedgerHistory prefix(int n) {
    checkArgument(n >= 0 && n <= operations.size(), "a prefix of 0 to %s operations, not %s", operations.size(), n);
    return new LedgerHistory(village, policy, operations.subList(0, n));
  }

  /** This history followed by more operations. */
  public LedgerHistory followedBy(List<? extends Operation> more) {
    return new LedgerHistory(village, policy, ImmutableList.<Operation>builder().addAll(operations).addAll(more).build());
  }

  /**
   * A new {@link Ledger} with this history applied.
   *
   * @throws IllegalArgumentException naming the first operation the ledger does not accept
   */
  public Ledger replay() {
    return Ledger.replay(village, policy, operations, OperationLog.NONE);
  }

  @Override
  public String toString() {
    return "LedgerHistory[" + village.name() + " " + fiscalYear() + ", " + operations.size() + " operations]";
  }
}
