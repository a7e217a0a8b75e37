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
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Who must sign what — <i>kebijakan tanda tangan</i> — the one place of the signature rule, used
 * when an operation is posted ({@link VillageBook}), when a journal is opened, and by the offline
 * audit.
 *
 * <ol>
 *   <li>An official with a registered public key ({@link RegisterOfficial#publicKey()}) signs
 *       <em>every</em> operation they take, with that key, over its {@linkplain
 *       VillageBook.Header#signedBytes signed bytes}, which cover the book's header. Unsigned: {@link Rule#SIGNATURE_MISSING}.
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

  /** The key that must have signed {@code op}, taken by an actor with a registered key: that key. */
  public static Optional<PublicKeyValue> verifyingKey(Operation op, PublicKeyValue registered) {
    return verifying(op, requireNonNull(registered, "registered"));
  }

  /**
   * The key that must have signed {@code op}, taken by an actor without a registered key: for an
   * official registering themselves with a key, that new key; else none.
   */
  public static Optional<PublicKeyValue> verifyingKey(Operation op) {
    return verifying(op, null);
  }

  /**
   * The key that must have signed {@code op}: the actor's registered key, or, for an official
   * without one registering themselves with a key, that new key.
   *
   * @param registered the actor's key as registered before the operation; null when none
   */
  private static Optional<PublicKeyValue> verifying(Operation op, @Nullable PublicKeyValue registered) {
    if (registered == null && op instanceof RegisterOfficial r && r.official().id().equals(r.actor().id()) && r.publicKey() != null) {
      try {
        return Optional.of(PublicKeyValue.parse(r.publicKey()));
      } catch (IllegalArgumentException e) {
        return Optional.empty(); // a malformed key is the ledger's finding
      }
    }
    return Optional.ofNullable(registered);
  }

  /** {@link #check(Village, int, SignedOperation, PublicKeyValue)} without a verifying key. */
  public static ImmutableList<Finding> check(Village village, int fiscalYear, SignedOperation event) {
    return check(village, fiscalYear, event, null);
  }

  /**
   * Checks an event of a book with this header against the policy. A signature is verified over
   * the {@linkplain VillageBook.Header#signedBytes signed bytes} under the header digest it names
   * ({@link OperationSignature#header()}); whether that is this header's digest is {@link
   * #headerMismatch}'s question.
   *
   * @param key the {@linkplain #verifyingKey verifying key}; null when there is none
   * @return the findings, at the operation's id: empty when the event may be posted; a warning
   *     alone does not stop it
   */
  public static ImmutableList<Finding> check(VillageBook.Header header, SignedOperation event, @Nullable PublicKeyValue key) {
    ImmutableList<Finding> errors = errors(header, event, key);
    return errors.isEmpty() ? warnings(event) : errors;
  }

  /**
   * The errors of {@link #check(VillageBook.Header, SignedOperation, PublicKeyValue)} alone — what
   * refuses the event — without building the warning (for a poster that acts only on errors, such
   * as a book replaying its journal).
   */
  public static ImmutableList<Finding> errors(VillageBook.Header header, SignedOperation event, @Nullable PublicKeyValue key) {
    requireNonNull(header, "header");
    requireNonNull(event, "event");
    OperationSignature signature = event.signature();
    String named = signature == null ? null : signature.header();
    if (signature != null && header.signsHeader() != (named != null)) {
      Operation op = event.operation();
      return invalid(op, signature, header.signsHeader()
          ? "signed in the first format, which does not cover the book's header (sign with OperationSignature.sign(header, …))"
          : "the signature names a header digest, but this book's format (" + VillageBook.CONTENT_V1 + ") signs without one");
    }
    return errors(event, key, op -> header.signedBytes(op, named == null ? "" : named));
  }

  /**
   * The header inconsistency an event shows, if any: it is signed under another header than this
   * one (its {@link OperationSignature#header()} is not this header's {@linkplain
   * VillageBook.Header#digest digest}) — the header was changed after the official signed, or the
   * event was signed for another book. A finding of {@link Rule#HISTORY_ALTERED} about the header
   * (entry 0).
   */
  public static Optional<Finding> headerMismatch(VillageBook.Header header, SignedOperation event) {
    Optional<String> named = Optional.ofNullable(event.signature()).map(OperationSignature::header);
    if (named.isEmpty() || named.get().equals(header.digest())) {
      return Optional.empty();
    }
    Operation op = event.operation();
    return Optional.of(Finding.error(Rule.HISTORY_ALTERED, "header",
        "the header (village " + header.village().code() + " " + header.village().name() + ", fiscal year " + header.fiscalYear()
            + ", policy year " + header.policyYear() + ") is not the one " + op.actor() + " signed " + OperationCodec.type(op) + " "
            + op.id() + " under: the header was changed after it was signed, or the event was signed for another book (header digest "
            + header.digest() + ", signed " + named.get() + ")",
        Map.of("actor", op.actor().id(), "type", OperationCodec.type(op), "signedHeader", named.get(), "header", header.digest())));
  }

  /**
   * The event's signature names another header than this one, as a refusal of the event itself
   * ({@link Rule#SIGNATURE_INVALID}): what a book posting or opening says, where it cannot tell a
   * changed header from an event signed for another book.
   */
  static ImmutableList<Finding> signedUnderAnotherHeader(VillageBook.Header header, String headerDigest, SignedOperation event) {
    OperationSignature signature = event.signature();
    Optional<String> named = Optional.ofNullable(signature).map(OperationSignature::header);
    if (signature == null || named.isEmpty() || named.get().equals(headerDigest)) {
      return ImmutableList.of();
    }
    return invalid(event.operation(), signature, "signed under another header (digest " + named.get()
        + ") than this book's (" + headerDigest + "): signed for another book, or this book's header was changed after it was signed");
  }

  /**
   * Checks an event against the policy in the first format ({@value VillageBook#CONTENT_V1}), whose
   * signatures cover the village and fiscal year but not the book's header.
   *
   * @param key the {@linkplain #verifyingKey verifying key}; null when there is none
   */
  public static ImmutableList<Finding> check(Village village, int fiscalYear, SignedOperation event, @Nullable PublicKeyValue key) {
    ImmutableList<Finding> errors = errors(village, fiscalYear, event, key);
    return errors.isEmpty() ? warnings(event) : errors;
  }

  /** The errors of {@link #check(Village, int, SignedOperation, PublicKeyValue)} alone; {@code key} null when there is none. */
  public static ImmutableList<Finding> errors(Village village, int fiscalYear, SignedOperation event, @Nullable PublicKeyValue key) {
    requireNonNull(village, "village");
    requireNonNull(event, "event");
    return errors(event, key, op -> OperationCodec.canonicalBytes(village, fiscalYear, op));
  }

  private static ImmutableList<Finding> warnings(SignedOperation event) {
    Operation op = event.operation();
    if (event.signature() == null && isApprovalOrPayment(op)) {
      return ImmutableList.of(
          Finding.warning(
              Rule.SIGNATURE_UNVERIFIABLE,
              op.id().value(),
              OperationCodec.type(op) + " " + op.id() + " by " + op.actor() + ", who has no registered key: no one can verify offline who took it",
              Map.of("actor", op.actor().id(), "type", OperationCodec.type(op))));
    }
    return ImmutableList.of();
  }

  /** {@link #errors(Village, int, SignedOperation, PublicKeyValue)} without a verifying key. */
  public static ImmutableList<Finding> errors(Village village, int fiscalYear, SignedOperation event) {
    return errors(village, fiscalYear, event, null);
  }

  private static ImmutableList<Finding> errors(SignedOperation event, @Nullable PublicKeyValue key, Function<Operation, byte[]> signedBytes) {
    Operation op = event.operation();
    String path = op.id().value();
    OperationSignature sig = event.signature();
    if (sig == null) {
      if (key != null) {
        return ImmutableList.of(
            Finding.error(
                Rule.SIGNATURE_MISSING,
                path,
                op.actor() + " has a registered key but did not sign " + OperationCodec.type(op) + " " + op.id(),
                Map.of("actor", op.actor().id(), "type", OperationCodec.type(op))));
      }
      return ImmutableList.of();
    }
    String why = null;
    if (!sig.signer().equals(op.actor().id())) {
      why = "signed by '" + sig.signer() + "', but taken by " + op.actor();
    } else if (key == null) {
      why = "signed, but " + op.actor() + " has no registered key to verify it with";
    } else if (!sig.verifies(signedBytes.apply(op), key)) {
      why = "the signature does not verify with the registered key of " + op.actor()
          + ": signed with another key, or the operation was changed after it was signed";
    }
    return why == null ? ImmutableList.of() : invalid(op, sig, why);
  }

  private static ImmutableList<Finding> invalid(Operation op, OperationSignature sig, String why) {
    return ImmutableList.of(
        Finding.error(
            Rule.SIGNATURE_INVALID,
            op.id().value(),
            OperationCodec.type(op) + " " + op.id() + ": " + why,
            Map.of("actor", op.actor().id(), "signer", sig.signer(), "type", OperationCodec.type(op))));
  }
}
