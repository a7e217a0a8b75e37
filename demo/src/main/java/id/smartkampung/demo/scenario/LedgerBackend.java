package id.smartkampung.demo.scenario;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.budget.Village;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.official.SigningKey;
import id.smartkampung.core.policy.PolicyPack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the scenario's village ledger lives — <i>tempat pembukuan</i>: the one place where a
 * store is plugged in. Every operation of the scenario goes through {@link #apply}, with the key of
 * the official who acts, so a journaled store can sign it and write it to disk before it takes
 * effect; {@link #inMemory()} keeps the history in memory only.
 */
public interface LedgerBackend extends AutoCloseable {

  /** Opens the backend of a village ledger; {@code outDir} is where a journal file would go. */
  @FunctionalInterface
  interface Factory {
    /**
     * Opens a fresh ledger for the village under the policy pack.
     *
     * @throws IOException if the store cannot be created
     */
    LedgerBackend open(Village village, PolicyPack policy, Path outDir) throws IOException;
  }

  /**
   * Checks and posts an operation, signed by the acting official's key {@code signer}, or unsigned
   * when it is null (an actor outside the village's register of keys, such as the district
   * evaluator).
   *
   * @return the ledger's outcome; never null
   */
  Outcome apply(Operation op, @Nullable SigningKey signer);

  /** Checks and posts an unsigned operation; see above. */
  default Outcome apply(Operation op) {
    return apply(op, null);
  }

  /** The ledger (the state after every accepted operation). */
  Ledger ledger();

  /** The journal file written, if this backend writes one. */
  default Optional<Path> journal() {
    return Optional.empty();
  }

  /** The anchor of the journal's last entry (sequence number and hash), if this backend writes one. */
  default Optional<Journal.Anchor> anchor() {
    return Optional.empty();
  }

  /**
   * Marks the history complete: the run reached its end. A backend that writes to a temporary
   * place puts its file in place on {@link #close()} only after this; a run that failed leaves an
   * earlier file untouched.
   */
  default void complete() {}

  /** Flushes and releases the store. */
  @Override
  default void close() throws IOException {}

  /**
   * A ledger kept in memory only: operations are checked and posted, signatures are not kept (the
   * public keys are registered in the history all the same).
   */
  static Factory inMemory() {
    return (village, policy, outDir) -> {
      Ledger ledger = Ledger.create(requireNonNull(village, "village"), requireNonNull(policy, "policy"));
      return new LedgerBackend() {
        @Override
        public Outcome apply(Operation op, @Nullable SigningKey signer) {
          return ledger.apply(op);
        }

        @Override
        public Ledger ledger() {
          return ledger;
        }
      };
    };
  }

  /**
   * The village's journal — <i>jurnal desa</i>: a {@link VillageBook} written to {@link
   * #journalFile} in {@code outDir}, every operation signed by the acting official's key and on disk
   * before it takes effect, and every refused attempt kept as such ({@link
   * VillageBook.Refusals#RECORDED}: the audit trail of what was tried). The book is written under a temporary name beside it ({@code
   * .NAME.partial}, removed first if an earlier run left one) and moved over the final name on
   * {@link #close()} once the run is {@linkplain #complete() complete}, replacing a journal of an
   * earlier run; a run that fails leaves the partial file for inspection and the earlier journal as
   * it was.
   */
  public static Factory journaled() {
    return (village, policy, outDir) -> {
      Path file = journalFile(outDir, village, policy.fiscalYear());
      Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
      Files.deleteIfExists(partial);
      VillageBook book = VillageBook.create(partial, village, policy, VillageBook.Refusals.RECORDED);
      return new LedgerBackend() {
        private boolean complete;

        @Override
        public Outcome apply(Operation op, @Nullable SigningKey signer) {
          return signer != null ? book.apply(op, signer) : book.apply(op);
        }

        @Override
        public Ledger ledger() {
          return book.ledger();
        }

        @Override
        public Optional<Path> journal() {
          return Optional.of(file);
        }

        @Override
        public Optional<Journal.Anchor> anchor() {
          return Optional.of(book.anchor());
        }

        @Override
        public void complete() {
          complete = true;
        }

        @Override
        public void close() throws IOException {
          book.close();
          if (complete) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          }
        }
      };
    };
  }

  /** The journal file of a village's fiscal year in a directory: {@code jurnal-KODE-YEAR.jsonl}. */
  public static Path journalFile(Path dir, Village village, int fiscalYear) {
    return dir.resolve("jurnal-" + village.code() + "-" + fiscalYear + ".jsonl");
  }
}
