package id.smartkampung.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.PublicKeyValue;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.official.SigningKey;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;

/**
 * {@link SignaturePolicy#errors} is exactly the error part of {@link SignaturePolicy#check}, in
 * every case of the rule: what a book acts on when it posts or replays.
 */
class SignaturePolicyErrorsTest {
  private static final Village VILLAGE = Village.of("35.10.16.2003", "Kemiren", "Glagah", "Banyuwangi");
  private static final Official KD = Official.of("kd-1", "Pak Lurah", Role.KEPALA_DESA);
  private static final Official SEKDES = Official.of("sd-1", "Bu Sekdes", Role.SEKRETARIS_DESA);
  private static final SigningKey KD_KEY = SigningKey.generate();
  private static final SigningKey OTHER_KEY = SigningKey.generate();

  private static final Operation APPROVAL = new Operation.ApproveSpp(OperationId.of("op-7"), KD, Instant.parse("2025-02-03T02:00:00Z"), OperationId.of("op-5"));
  private static final Operation SUBMISSION_NOT_APPROVAL =
      new Operation.CancelSpp(OperationId.of("op-8"), KD, Instant.parse("2025-02-03T03:00:00Z"), OperationId.of("op-5"), "salah input");

  private static List<Finding> errorsOf(List<Finding> all) {
    return all.stream().filter(Finding::isError).toList();
  }

  private static void agree(SignedOperation event, @Nullable PublicKeyValue key) {
    List<Finding> check = SignaturePolicy.check(VILLAGE, 2025, event, key);
    assertEquals(errorsOf(check), SignaturePolicy.errors(VILLAGE, 2025, event, key), event + " with key " + key);
  }

  @Test
  void anUnsignedApprovalWithoutKeyIsOnlyAWarning() {
    SignedOperation e = SignedOperation.unsigned(APPROVAL);
    List<Finding> check = SignaturePolicy.check(VILLAGE, 2025, e);
    assertEquals(1, check.size());
    assertEquals(Rule.SIGNATURE_UNVERIFIABLE, check.get(0).rule());
    assertTrue(SignaturePolicy.errors(VILLAGE, 2025, e).isEmpty());
    agree(SignedOperation.unsigned(SUBMISSION_NOT_APPROVAL), null);
  }

  @Test
  void errorsAgreeWithCheckInEveryCase() {
    PublicKeyValue kdKey = KD_KEY.publicKey();
    for (Operation op : List.of(APPROVAL, SUBMISSION_NOT_APPROVAL)) {
      agree(SignedOperation.unsigned(op), null); // no key: at most a warning
      agree(SignedOperation.unsigned(op), kdKey); // key registered, unsigned: missing
      agree(SignedOperation.signed(op, OperationSignature.sign(VILLAGE, 2025, op, KD_KEY)), kdKey); // valid
      agree(SignedOperation.signed(op, OperationSignature.sign(VILLAGE, 2025, op, OTHER_KEY)), kdKey); // another key
      agree(SignedOperation.signed(op, OperationSignature.sign(VILLAGE, 2025, op, KD_KEY)), null); // no key to verify
      agree(SignedOperation.signed(op, OperationSignature.of(SEKDES.id(), OperationSignature.sign(VILLAGE, 2025, op, KD_KEY).value())), kdKey); // wrong signer
    }
    assertEquals(Rule.SIGNATURE_MISSING, SignaturePolicy.errors(VILLAGE, 2025, SignedOperation.unsigned(APPROVAL), kdKey).get(0).rule());
    assertEquals(Rule.SIGNATURE_INVALID,
        SignaturePolicy.errors(VILLAGE, 2025, SignedOperation.signed(APPROVAL, OperationSignature.sign(VILLAGE, 2025, APPROVAL, OTHER_KEY)), kdKey).get(0).rule());
  }
}
