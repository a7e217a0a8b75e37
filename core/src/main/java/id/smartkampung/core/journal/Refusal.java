package id.smartkampung.core.journal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.Api;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A refused attempt, kept in a village's journal — <i>percobaan yang ditolak</i>: an operation an
 * official submitted that the book refused (a Kepala Desa approving an SPP they submitted, a payment
 * above the budget line, …), with the codes of the rules that refused it. Part of the audit trail
 * an Inspektorat reads: who tried what, when, and why it did not happen. A refusal changes nothing
 * in the books.
 *
 * <p>Kept only in a book that declares it in its header ({@value VillageBook#CONTENT_REFUSALS},
 * {@link VillageBook.Refusals#RECORDED}); the body of its journal entry is the attempted event as
 * {@link SignedOperation#toJson()} writes it (type, operation, the signature as given), and the rules:
 *
 * <pre>{@code
 * {"refused": {"type": "approve-spp", "op": {…}, "sig": {…}, "rules": ["I7.segregation-of-duties"]}}
 * }</pre>
 *
 * <p><b>Attribution.</b> The book checks the attempt's signature as it checks any event's ({@link
 * SignaturePolicy}) and adds what it finds to the rules: an attempt refused <em>only</em> for the
 * ledger's rules carries a signature that verifies (or its actor has no registered key, as for any
 * event) and is {@linkplain #attributable() attributable} to its actor; an attempt whose signature
 * is missing or does not verify is recorded as such — someone tried in the actor's name — and is not
 * attributable. Opening the book and the audit check the signature again and re-apply the attempt
 * where it stands: a refusal whose rules are not what the book finds now (an entry naming an official
 * who did not sign it, an attempt the book would have accepted) is refused on opening and an error
 * ({@link Rule#REFUSAL_MISMATCH}) in the audit. A forger who rewrites the file therefore cannot make
 * an official with a registered key appear to have tried something.
 *
 * @param entry the journal entry (sequence number) that holds it
 * @param attempt the operation as submitted, with its signature as given (null when unsigned)
 * @param rules the codes of the rules that refused it, sorted; never empty
 */
@Api(Api.Status.EXPERIMENTAL)
public record Refusal(long entry, SignedOperation attempt, ImmutableSortedSet<String> rules) {
  private static final ImmutableSortedSet<String> SIGNATURE_RULES =
      ImmutableSortedSet.of(Rule.SIGNATURE_MISSING.code(), Rule.SIGNATURE_INVALID.code());

  public Refusal {
    requireNonNull(attempt, "attempt");
    requireNonNull(rules, "rules");
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a refusal names the rules that refused it");
    }
  }

  /** The attempted operation. */
  public Operation operation() {
    return attempt.operation();
  }

  /**
   * True when the attempt is the acting official's own: no signature rule refused it (its signature
   * verified, or its actor had no registered key, as for any event posted). False when it was
   * refused because its signature was missing or did not verify: someone tried in the actor's name.
   */
  public boolean attributable() {
    for (String r : rules) {
      if (SIGNATURE_RULES.contains(r)) {
        return false;
      }
    }
    return true;
  }

  /** The body of its journal entry; a new tree each call. */
  public ObjectNode toJson() {
    ObjectNode refused = attempt.toJson();
    ArrayNode codes = refused.putArray("rules");
    rules.forEach(codes::add);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("refused", refused);
    return body;
  }

  /** True when an entry's body is a refusal ({@code {"refused": …}}) rather than an event. */
  static boolean isRefusal(JsonNode body) {
    return body.isObject() && body.has("refused");
  }

  /**
   * Reads a refusal from the body of journal entry {@code entry}, strictly.
   *
   * @throws EventFormatException naming the JSON path of the first problem
   */
  static Refusal fromJson(long entry, JsonNode body, OperationCodec codec) {
    ObjectNode o = OperationCodec.object(body, "$");
    Iterator<String> names = o.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!n.equals("refused")) {
        throw new EventFormatException("$." + n, "unknown field beside 'refused'");
      }
    }
    ObjectNode refused = OperationCodec.object(o.get("refused"), "$.refused").deepCopy();
    JsonNode rules = refused.remove("rules");
    if (rules == null || !rules.isArray() || rules.isEmpty()) {
      throw new EventFormatException("$.refused.rules", "a refusal names the codes of the rules that refused it (a non-empty array)");
    }
    ImmutableSortedSet.Builder<String> codes = ImmutableSortedSet.naturalOrder();
    int i = 0;
    String previous = null;
    for (JsonNode r : rules) {
      if (!r.isTextual() || r.asText().isBlank()) {
        throw new EventFormatException("$.refused.rules[" + i + "]", "is not a rule code");
      }
      if (previous != null && previous.compareTo(r.asText()) >= 0) {
        throw new EventFormatException("$.refused.rules[" + i + "]", "rule codes are written once each, sorted");
      }
      previous = r.asText();
      codes.add(previous);
      i++;
    }
    SignedOperation attempt;
    try {
      attempt = SignedOperation.fromJson(refused, codec);
    } catch (EventFormatException x) {
      throw new EventFormatException("$.refused" + x.path().substring(1), x.problem());
    }
    return new Refusal(entry, attempt, codes.build());
  }

  /**
   * The codes of the rules for which {@code ledger} refuses {@code op} where it stands, without
   * changing the ledger: empty when it would accept it (or it is a duplicate of an operation
   * posted). The ledger is asked as for posting, with a log that stops the operation before it is
   * posted.
   */
  public static ImmutableSortedSet<String> refusingRules(Ledger ledger, Operation op) {
    requireNonNull(ledger, "ledger");
    requireNonNull(op, "op");
    Outcome o;
    try {
      o = ledger.apply(op, (sequence, accepted) -> {
        throw WouldAccept.INSTANCE;
      });
    } catch (WouldAccept e) {
      return ImmutableSortedSet.of();
    }
    return o.isRejected() ? codes(o.findings()) : ImmutableSortedSet.of();
  }

  /**
   * What is wrong with this refusal where it stands, if anything: the book, re-applying the attempt
   * to the history up to its entry, must refuse it for exactly the rules it names — the ledger's
   * rules ({@link #refusingRules}) and the signature rules the signature policy finds. An attempt
   * the book would accept, one refused for other rules, and one whose signature does not verify
   * although the refusal names no signature rule (it would be attributed to an official who did not
   * sign it) are not what an honest book wrote.
   *
   * @param ledger the books as they stand at the entry; not changed
   * @param signatureErrors the errors of the signature policy on the attempt at the entry
   * @return a sentence naming the entry, the attempt and the difference; empty when it holds
   */
  public Optional<String> mismatch(Ledger ledger, List<Finding> signatureErrors) {
    requireNonNull(signatureErrors, "signatureErrors");
    ImmutableSortedSet<String> now = ImmutableSortedSet.<String>naturalOrder()
        .addAll(refusingRules(ledger, operation())).addAll(codes(signatureErrors)).build();
    if (now.equals(rules)) {
      return Optional.empty();
    }
    Operation op = operation();
    String what = "entry " + entry + " records " + OperationCodec.type(op) + " " + op.id() + " by " + op.actor() + " as refused for " + rules;
    if (attributable() && !signatureErrors.isEmpty()) {
      return Optional.of(what + ", naming no signature rule, but its signature does not hold ("
          + signatureErrors.stream().map(Finding::message).collect(Collectors.joining("; ")) + "): the attempt cannot be attributed to "
          + op.actor());
    }
    return Optional.of(what + "; where it stands the book " + (now.isEmpty() ? "would accept it" : "refuses it for " + now));
  }

  /** The distinct codes of these findings, sorted. */
  public static ImmutableSortedSet<String> codes(Collection<Finding> findings) {
    return findings.stream().map(f -> f.rule().code()).collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** Stops an operation the ledger would accept before it is posted (no stack trace: it is control flow). */
  private static final class WouldAccept extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final WouldAccept INSTANCE = new WouldAccept();

    private WouldAccept() {
      super("the ledger would accept the operation", null, false, false);
    }
  }
}
