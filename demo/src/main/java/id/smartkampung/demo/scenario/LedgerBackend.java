package id.smartkampung.demo.scenario;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.official.SigningKey;
import id.smartkampung.core.policy.PolicyPack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

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
   * Checks and posts an operation taken by the official holding {@code signer}.
   *
   * @return the ledger's outcome; never null
   */
  Outcome apply(Operation op, SigningKey signer);

  /** The ledger (the state after every accepted operation). */
  Ledger ledger();

  /** The journal file written, if this backend writes one. */
  default Optional<Path> journal() {
    return Optional.empty();
  }

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
        public Outcome apply(Operation op, SigningKey signer) {
          return ledger.apply(op);
        }

        @Override
        public Ledger ledger() {
          return ledger;
        }
      };
    };
  }
}
