package id.smartkampung.core.journal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationKind;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.official.PublicKeyValue;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.util.Map;
import java.util.Optional;

/**
 * Who must sign what — <i>kebijakan tanda tangan</i> — the one place of the signature rule, used
 * when an operation is posted ({@link VillageBook}), when a journal is opened, and by the offline
 * audit.
 *
 * <ol>
 *   <li>An official with a registered public key ({@link RegisterOfficial#publicKey()}) signs
 *       <em>every</em> operation they take, with that key, over its {@linkplain
 *       OperationCodec#canonicalBytes canonical bytes}. Unsigned: {@link Rule#SIGNATURE_MISSING}.
 *       Signed by another person ({@code by} is not the actor), by another key, or over other
 *       content (the operation was changed after signing): {@link Rule#SIGNATURE_INVALID}. Signing
 *       everything, not only approvals, means a forger who rewrites the file cannot slip in an
 *       unsigned receipt to fund a payment or re-register an official without their key.
 *   <li>The key that verifies is the actor's key as registered <em>before</em> the operation; an
 *       official registering themselves with a new key (the first Kepala Desa) proves possession by
 *       signing with that new key; a key is replaced by a registration signed with the old one.
 *   <li>A signature by an official who has no registered key proves nothing and is refused ({@link
 *       Rule#SIGNATURE_INVALID}): register the key first.
 *   <li>Approvals and payments ({@link #isApprovalOrPayment}) by an official without a registered
 *       key cannot be verified offline: a warning ({@link Rule#SIGNATURE_UNVERIFIABLE}) for the
 *       auditor, not a refusal (the design requires signatures where keys are registered).
 * </ol>
 *
 * Who holds which role is the ledger's rule (I7); a signature only proves who took the step.
 */
@Api(Api.Status.INTERNAL)
public final class SignaturePolicy {
  private SignaturePolicy() {}

  /**
   * Approvals and payments — <i>persetujuan dan pembayaran</i>: enactment of the budget,
   * verification and approval of an SPP, payment, tax deposit and the reversal of a receipt or
   * payment; declared per kind ({@link OperationKind#needsSignature()}).
   */
  public static boolean isApprovalOrPayment(Operation op) {
    return op.kind().needsSignature();
  }

  /**
   * The key that must have signed {@code op}: the actor's registered key, or, for an official
   * without one registering themselves with a key, that new key.
   *
   * @param registered the actor's key as registered before the operation
   */
  public static Optional<PublicKeyValue> verifyingKey(Operation op, Optional<PublicKeyValue> registered) {
    requireNonNull(registered, "registered");
    if (registered.isEmpty() && op instanceof RegisterOfficial r && r.official().id().equals(r.actor().id()) && r.publicKey().isPresent()) {
      try {
        return Optional.of(PublicKeyValue.parse(r.publicKey().get()));
      } catch (IllegalArgumentException e) {
        return Optional.empty(); // a malformed key is the ledger's finding
      }
    }
    return registered;
  }

  /**
   * Checks an event against the policy.
   *
   * @param key the {@linkplain #verifyingKey verifying key}, if any
   * @return the findings, at the operation's id: empty when the event may be posted; a warning
   *     alone does not stop it
   */
  public static ImmutableList<Finding> check(Village village, int fiscalYear, SignedOperation event, Optional<PublicKeyValue> key) {
    ImmutableList<Finding> errors = errors(village, fiscalYear, event, key);
    if (!errors.isEmpty()) {
      return errors;
    }
    Operation op = event.operation();
    if (event.signature().isEmpty() && isApprovalOrPayment(op)) {
      return ImmutableList.of(
          Finding.warning(
              Rule.SIGNATURE_UNVERIFIABLE,
              op.id().value(),
              OperationCodec.type(op) + " " + op.id() + " by " + op.actor() + ", who has no registered key: no one can verify offline who took it",
              Map.of("actor", op.actor().id(), "type", OperationCodec.type(op))));
    }
    return ImmutableList.of();
  }

  /**
   * The errors of {@link #check} alone — what refuses the event — without building the warning
   * (for a poster that acts only on errors, such as a book replaying its journal).
   */
  public static ImmutableList<Finding> errors(Village village, int fiscalYear, SignedOperation event, Optional<PublicKeyValue> key) {
    requireNonNull(event, "event");
    requireNonNull(key, "key");
    Operation op = event.operation();
    String path = op.id().value();
    if (event.signature().isEmpty()) {
      if (key.isPresent()) {
        return ImmutableList.of(
            Finding.error(
                Rule.SIGNATURE_MISSING,
                path,
                op.actor() + " has a registered key but did not sign " + OperationCodec.type(op) + " " + op.id(),
                Map.of("actor", op.actor().id(), "type", OperationCodec.type(op))));
      }
      return ImmutableList.of();
    }
    OperationSignature sig = event.signature().get();
    String why = null;
    if (!sig.signer().equals(op.actor().id())) {
      why = "signed by '" + sig.signer() + "', but taken by " + op.actor();
    } else if (key.isEmpty()) {
      why = "signed, but " + op.actor() + " has no registered key to verify it with";
    } else if (!sig.verifies(OperationCodec.canonicalBytes(village, fiscalYear, op), key.get())) {
      why = "the signature does not verify with the registered key of " + op.actor()
          + ": signed with another key, or the operation was changed after it was signed";
    }
    if (why == null) {
      return ImmutableList.of();
    }
    return ImmutableList.of(
        Finding.error(
            Rule.SIGNATURE_INVALID,
            path,
            OperationCodec.type(op) + " " + op.id() + ": " + why,
            Map.of("actor", op.actor().id(), "signer", sig.signer(), "type", OperationCodec.type(op))));
  }

}
