package id.smartkampung.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.journal.OperationCodec;
import id.smartkampung.core.journal.SignaturePolicy;
import id.smartkampung.core.official.Role;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The table of operation kinds: one kind per record type, its journal wire name unchanged from
 * before the kinds existed (old journals replay, old signatures verify), its roles, flags and steps.
 */
class OperationKindTest {

  /** The journal's type names as OperationCodec mapped them before OperationKind (commit be502c0), in declaration order. */
  static final List<String> OLD_WIRE_NAMES = List.of(
      "register-official", "draft-budget", "agree-budget", "evaluate-budget", "enact-budget", "draft-revision", "receive-revenue", "submit-spp",
      "verify-spp", "approve-spp", "reject-spp", "cancel-spp", "pay-spp", "settle-panjar", "deposit-tax", "reverse-receipt", "reverse-payment",
      "close-year", "submit-financing-spp", "close-month", "submit-lined-spp", "deposit-tax-period", "return-budget", "correct-budget",
      "enact-deemed-budget", "shift-budget", "add-late-grant", "spend-emergency", "cancel-budget", "record-kdmp-channelling", "move-cash", "change-blt-list", "submit-blt-spp", "account-panjar", "open-year",
      "record-bank-interest", "record-bank-fee");

  /**
   * SHA-256 of the canonical bytes (what officials sign: format, village, year, type, then the
   * journal JSON) of each {@link OperationExamples} operation, computed by the code before
   * OperationKind (commit be502c0).
   */
  static final Map<String, String> OLD_CANONICAL_SHA256 = Map.ofEntries(
      Map.entry("register-official", "238f808898f8359e2fe50dc8c23798974ebfadce47427fd1cfd24fd163ec3dee"),
      Map.entry("draft-budget", "bb1b648f34e329d45a2ebbbaec90f9d3f6187a40663401371536b4fe7a7c3902"),
      Map.entry("agree-budget", "58a0d88b367a1c8f70fa4d052baf77958c8d60661f06b366e038f02c42edb78b"),
      Map.entry("evaluate-budget", "f5f680e99b6aa13227ce7680ba07183a467d36ed7fd5ed8ec20862a393997725"),
      Map.entry("enact-budget", "1b1b33f01ab9071fa29003edbaafedc6cdee8d2ab03d6cb2cba6bee33a0a3205"),
      Map.entry("draft-revision", "761bc32a65957bcda59292bfe07e3268347e7cccbf3da4f3b036bbf2370aa173"),
      Map.entry("receive-revenue", "cc556a519763e870f24413677cc948dd39406a6326fc3ed96f4edb992ac3f6b6"),
      Map.entry("submit-spp", "e9c01dcfb8d7add85803c6133ee789786634deefa2853a3a00ec0c5a0bf31ee6"),
      Map.entry("verify-spp", "84df0a4fb37b5e3310c743671b76dd0a23048bd369c9f98117ca7d2e531f839b"),
      Map.entry("approve-spp", "83a5904cb4a2fc61c2c56e85ef6479bc7c071ebd32ecf87da907d46612e3d159"),
      Map.entry("reject-spp", "80bccb81acb9835b456a4edccac761cdd86afd7f2bd17b7a92c741f856329819"),
      Map.entry("cancel-spp", "5529ebb355bfd91d4c3b4d757d1d60afc20638b795d20be14d696682ab4730eb"),
      Map.entry("pay-spp", "654663caaa0c0189fdd0715ca991e03cef5de3c4123268844e22c28bf74fb3ae"),
      Map.entry("settle-panjar", "37ffcd79032234b22f5c60b0a8b782cab286138507b25738ce426cee20032ff9"),
      Map.entry("deposit-tax", "eff10cc5d3a2b8a6a4af6e5fdf2bc0af0763d9c3af689eccfa2e7e03c91275e1"),
      Map.entry("reverse-receipt", "0f66aaaf2ce3ba51945dc5be53ea3ae490df57489a58b412fb28259abeaa590c"),
      Map.entry("reverse-payment", "32e7084ff76cdd735dd6650ec532ec11ad9b9d426caf4a5b9d6f58c77785d7d2"),
      Map.entry("close-year", "cfc204aa416e8f7c7680684c7723f3806f3e0a4a154a2147b6a5112427d4e2b7"),
      // added with the kind (issue 14), fixed from then on
      Map.entry("submit-financing-spp", "6829416dd36a8157d999a3522130e7f8c393b94f912cde54a047dd727d3938c9"),
      Map.entry("close-month", "ccdc8d02ccc07b8bc97d683799f94d00838986e471e8a98b8c4f61ddee979c3e"),
      // added with the kinds (issue 13: SPP with lines and payees, deposits per tax period), fixed from then on
      Map.entry("submit-lined-spp", "2e5edf19069b658180503d211d3f006940b50f87b9835515a59688c5a3e4e5b3"),
      Map.entry("deposit-tax-period", "f7086e1e12921212009cf0b3932d85433abaa9417754fe663ac061d384420ca8"),
      // added with the kinds (issue 15), fixed from then on
      Map.entry("return-budget", "6bb2acc6778db58ee61cc9ee070f82172a9e8a953fc159750f2d66fc7a8eb5f9"),
      Map.entry("correct-budget", "2e46e550b58db05b445cdb94eeba78b1732b1fbf3b6e2ded96c8fdf533de1c8e"),
      Map.entry("enact-deemed-budget", "2b9b96864da5f4c053095274b00d34694b642264438d8d01fb70ace7784c9eb4"),
      Map.entry("shift-budget", "6486fac0acfc629d17f269b1f708f0132c79c2d2591bf47506429b6b25e9cf9d"),
      Map.entry("add-late-grant", "8264c16bc2b3158e15d2cf12f5829fede567541659f7249557f27767fcfb5cf9"),
      Map.entry("spend-emergency", "94cb645b8487cf9ad5048390233fe58a476d7f151d5b0b454a3a79f7fa4ba664"),
      Map.entry("cancel-budget", "d7021d8610303e7429808f11f83e3a6c2f1e21db5b82a5fc2aba6f6fa39b3668"),
      // added with the kind (issue 12: Dana Desa in its parts, the KDMP part outside the treasury), fixed from then on
      Map.entry("record-kdmp-channelling", "b930501de2156e76e9905d488eda7e2cca86139c4b543547cde02fd1188ff92c"),
      // added with the kind (issue 14: cash on hand and bank), fixed from then on
      Map.entry("move-cash", "8a21179a866387b26f239db668fa9af21363e7f22d86f2c9dd88358a7c1c7d4d"),
      // added with the kinds (issue 14: BLT Desa), fixed from then on
      Map.entry("change-blt-list", "44c43fd1f0cb10f2fb15ee73819c622cd68f647c8d8ecd2df68f6551ed114e7b"),
      Map.entry("submit-blt-spp", "8b10cb3c358ecbf83af4a4c33711ffdd16d4658d1773a2ed0a45ebc50ab4961e"),
      // added with the kind (issue 14: panjar with several SPJ; issue 13: taxes at the SPJ), fixed from then on
      Map.entry("account-panjar", "4f20cc88e973b6e76cdbe2a656499149c6402d3508040406a9893ec18580f3ca"),
      // added with the kind (issues 12 and 15: the opening from the previous close), fixed from then on
      Map.entry("open-year", "ba60f383095aac5aa5346989e0ca08450a47076648d6b289b40a302b0c888fa7"),
      // added with the kinds (issue 14: bank interest with its final tax, bank fees), fixed from then on
      Map.entry("record-bank-interest", "0804e17d5256f419f0a74b97c3f288eed7e49caf5d3aff79bb3e094cadab04a7"),
      Map.entry("record-bank-fee", "3123289c17e00b458e7b548c7c3ccc5445db562fa0f6064cb338e4c0a157998f"));

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The example of each kind; every kind has exactly one. */
  private static Map<OperationKind, Operation> examples() {
    Map<OperationKind, Operation> m = new LinkedHashMap<>();
    for (Operation op : OperationExamples.all()) {
      assertEquals(null, m.put(op.kind(), op), "two examples of " + op.kind());
    }
    assertEquals(EnumSet.allOf(OperationKind.class), m.keySet());
    return m;
  }

  @Test
  @DisplayName("every kind has a wire name, unique, equal to the journal's type name before the kinds existed")
  void wireNamesAreTheOldOnes() {
    List<String> names = Arrays.stream(OperationKind.values()).map(OperationKind::wireName).toList();
    assertEquals(OLD_WIRE_NAMES, names);
    assertEquals(names.size(), Set.copyOf(names).size());
    assertEquals(Set.copyOf(names), OperationCodec.types());
    for (OperationKind k : OperationKind.values()) {
      assertSame(k, OperationKind.ofWireName(k.wireName()).orElseThrow());
    }
    assertEquals(Optional.empty(), OperationKind.ofWireName("pay-spp-twice"));
    assertEquals(Optional.empty(), OperationKind.ofWireName("PAY_SPP"));
  }

  @Test
  @DisplayName("one kind per record type of Operation, and each record returns its own")
  void oneKindPerRecordType() {
    Set<Class<?>> permitted = Set.of(Operation.class.getPermittedSubclasses());
    Set<Class<?>> typed = Arrays.stream(OperationKind.values()).map(OperationKind::type).collect(Collectors.toSet());
    assertEquals(permitted, typed);
    examples().forEach((kind, op) -> {
      assertSame(kind.type(), op.getClass());
      assertEquals(kind.wireName(), OperationCodec.type(op));
    });
  }

  @Test
  @DisplayName("the journal bytes of every kind are the bytes the code before the kinds wrote (old journals replay, old signatures verify)")
  void journalBytesUnchanged() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (Operation op : examples().values()) {
      byte[] bytes = OperationCodec.canonicalBytes(LedgerFixture.VILLAGE, LedgerFixture.YEAR, op);
      assertEquals(OLD_CANONICAL_SHA256.get(op.kind().wireName()), HexFormat.of().formatHex(sha.digest(bytes)), op.kind().wireName());
    }
  }

  @Test
  @DisplayName("every kind round-trips through the codec: written, read back by its wire name, equal")
  void everyKindRoundTrips() throws Exception {
    for (Operation op : examples().values()) {
      JsonNode tree = JSON.readTree(JSON.writeValueAsBytes(OperationCodec.write(op)));
      Operation back = OperationCodec.create().read(op.kind().wireName(), tree, "$.op");
      assertEquals(op, back, op.kind().wireName());
      assertSame(op.kind(), back.kind());
    }
  }

  @Test
  @DisplayName("the roles of each kind (DESIGN §2): SPP and budget steps take theirs from the step tables")
  void roles() {
    Map<OperationKind, Set<Role>> expected = new LinkedHashMap<>();
    expected.put(OperationKind.REGISTER_OFFICIAL, Set.of(Role.KEPALA_DESA));
    expected.put(OperationKind.DRAFT_BUDGET, Set.of(Role.SEKRETARIS_DESA));
    expected.put(OperationKind.AGREE_BUDGET, Set.of(Role.KEPALA_DESA));
    expected.put(OperationKind.EVALUATE_BUDGET, Set.of(Role.EVALUATOR_KABUPATEN));
    expected.put(OperationKind.ENACT_BUDGET, Set.of(Role.KEPALA_DESA));
    expected.put(OperationKind.DRAFT_REVISION, Set.of(Role.SEKRETARIS_DESA));
    expected.put(OperationKind.RECEIVE_REVENUE, Set.of(Role.KAUR_KEUANGAN));
    expected.put(OperationKind.SUBMIT_SPP, Set.of(Role.PELAKSANA_KEGIATAN));
    expected.put(OperationKind.VERIFY_SPP, Set.of(Role.SEKRETARIS_DESA));
    expected.put(OperationKind.APPROVE_SPP, Set.of(Role.KEPALA_DESA));
    expected.put(OperationKind.REJECT_SPP, Set.of(Role.SEKRETARIS_DESA, Role.KEPALA_DESA));
    expected.put(OperationKind.CANCEL_SPP, Set.of(Role.KEPALA_DESA)); // and the submitter themself, in any role
    expected.put(OperationKind.PAY_SPP, Set.of(Role.KAUR_KEUANGAN));
    expected.put(OperationKind.SETTLE_PANJAR, Set.of(Role.PELAKSANA_KEGIATAN));
    expected.put(OperationKind.DEPOSIT_TAX, Set.of(Role.KAUR_KEUANGAN));
    expected.put(OperationKind.REVERSE_RECEIPT, Set.of(Role.KAUR_KEUANGAN));
    expected.put(OperationKind.REVERSE_PAYMENT, Set.of(Role.KAUR_KEUANGAN));
    expected.put(OperationKind.CLOSE_YEAR, Set.of(Role.KAUR_KEUANGAN));
    expected.put(OperationKind.SUBMIT_FINANCING_SPP, Set.of(Role.PELAKSANA_KEGIATAN));
    expected.put(OperationKind.CLOSE_MONTH, Set.of(Role.KAUR_KEUANGAN));
    expected.put(OperationKind.SUBMIT_LINED_SPP, Set.of(Role.PELAKSANA_KEGIATAN));
    expected.put(OperationKind.DEPOSIT_TAX_PERIOD, Set.of(Role.KAUR_KEUANGAN));
    expected.put(OperationKind.RETURN_BUDGET, Set.of(Role.EVALUATOR_KABUPATEN));
    expected.put(OperationKind.CORRECT_BUDGET, Set.of(Role.KEPALA_DESA));
    expected.put(OperationKind.ENACT_DEEMED_BUDGET, Set.of(Role.KEPALA_DESA));
    expected.put(OperationKind.SHIFT_BUDGET, Set.of(Role.KEPALA_DESA));
    expected.put(OperationKind.ADD_LATE_GRANT, Set.of(Role.KEPALA_DESA));
    expected.put(OperationKind.SPEND_EMERGENCY, Set.of(Role.KEPALA_DESA));
    expected.put(OperationKind.CANCEL_BUDGET, Set.of(Role.EVALUATOR_KABUPATEN));
    expected.put(OperationKind.RECORD_KDMP_CHANNELLING, Set.of(Role.KAUR_KEUANGAN));
    expected.put(OperationKind.MOVE_CASH, Set.of(Role.KAUR_KEUANGAN));
    expected.put(OperationKind.CHANGE_BLT_LIST, Set.of(Role.KEPALA_DESA));
    expected.put(OperationKind.SUBMIT_BLT_SPP, Set.of(Role.PELAKSANA_KEGIATAN));
    expected.put(OperationKind.ACCOUNT_PANJAR, Set.of(Role.PELAKSANA_KEGIATAN));
    expected.put(OperationKind.OPEN_YEAR, Set.of(Role.KAUR_KEUANGAN));
    expected.put(OperationKind.RECORD_BANK_INTEREST, Set.of(Role.KAUR_KEUANGAN));
    expected.put(OperationKind.RECORD_BANK_FEE, Set.of(Role.KAUR_KEUANGAN));
    assertEquals(EnumSet.allOf(OperationKind.class), expected.keySet());
    for (OperationKind k : OperationKind.values()) {
      assertEquals(expected.get(k), k.roles(), k.wireName());
      if (!k.sppSteps().isEmpty()) {
        Set<Role> fromSteps = k.sppSteps().stream().flatMap(s -> s.role().stream()).collect(Collectors.toSet());
        assertEquals(fromSteps, k.roles(), k.wireName());
      }
      k.budgetTransition().ifPresent(t -> assertEquals(Set.of(t.role()), k.roles()));
      assertFalse(!k.sppSteps().isEmpty() && k.budgetTransition().isPresent(), k.wireName());
    }
  }

  @Test
  @DisplayName("every SPP step and every budget step is taken by exactly one kind; submission by two (belanja and financing SPP)")
  void everyStepHasItsKind() {
    Map<SppStep, OperationKind> sppSteps = new LinkedHashMap<>();
    Map<ApbdesLifecycle.Transition, OperationKind> budgetSteps = new LinkedHashMap<>();
    for (OperationKind k : OperationKind.values()) {
      if (k == OperationKind.SUBMIT_FINANCING_SPP || k == OperationKind.SUBMIT_LINED_SPP || k == OperationKind.SUBMIT_BLT_SPP) {
        assertEquals(List.of(SppStep.SUBMIT), k.sppSteps());
        continue;
      }
      if (k == OperationKind.ACCOUNT_PANJAR) {
        assertEquals(List.of(SppStep.SETTLE), k.sppSteps(), "an SPJ with receipts: the final one settles, a partial one keeps the panjar PAID");
        continue;
      }
      k.sppSteps().forEach(s -> assertEquals(null, sppSteps.put(s, k), s.name()));
      k.budgetTransition().ifPresent(t -> assertEquals(null, budgetSteps.put(t, k), t.name()));
    }
    // the correction of a cancelled Perdes (Pasal 36) is the same penyempurnaan by the same role as after a negative evaluation
    assertEquals(null, budgetSteps.put(ApbdesLifecycle.Transition.CORRECT_CANCELLED, OperationKind.CORRECT_BUDGET));
    assertEquals(ApbdesLifecycle.Transition.CORRECT.role(), ApbdesLifecycle.Transition.CORRECT_CANCELLED.role());
    assertEquals(EnumSet.allOf(SppStep.class), sppSteps.keySet());
    assertEquals(EnumSet.allOf(ApbdesLifecycle.Transition.class), budgetSteps.keySet());
  }

  @Test
  @DisplayName("approvals and payments need a signature; the money operations are dated in the fiscal year")
  void flags() {
    Set<OperationKind> signed = EnumSet.of(OperationKind.ENACT_BUDGET, OperationKind.ENACT_DEEMED_BUDGET, OperationKind.SHIFT_BUDGET,
        OperationKind.ADD_LATE_GRANT, OperationKind.SPEND_EMERGENCY, OperationKind.CANCEL_BUDGET, OperationKind.VERIFY_SPP, OperationKind.APPROVE_SPP, OperationKind.PAY_SPP,
        OperationKind.DEPOSIT_TAX, OperationKind.REVERSE_RECEIPT, OperationKind.REVERSE_PAYMENT, OperationKind.DEPOSIT_TAX_PERIOD, OperationKind.MOVE_CASH, OperationKind.CHANGE_BLT_LIST);
    Set<OperationKind> money = EnumSet.of(OperationKind.RECEIVE_REVENUE, OperationKind.SUBMIT_SPP, OperationKind.PAY_SPP, OperationKind.SETTLE_PANJAR,
        OperationKind.DEPOSIT_TAX, OperationKind.REVERSE_RECEIPT, OperationKind.REVERSE_PAYMENT, OperationKind.SUBMIT_FINANCING_SPP,
        OperationKind.SUBMIT_LINED_SPP, OperationKind.DEPOSIT_TAX_PERIOD, OperationKind.RECORD_KDMP_CHANNELLING, OperationKind.MOVE_CASH, OperationKind.SUBMIT_BLT_SPP, OperationKind.ACCOUNT_PANJAR, OperationKind.OPEN_YEAR,
        OperationKind.RECORD_BANK_INTEREST, OperationKind.RECORD_BANK_FEE);
    ImmutableSet<OperationKind> all = Sets.immutableEnumSet(EnumSet.allOf(OperationKind.class));
    assertEquals(signed, all.stream().filter(OperationKind::needsSignature).collect(Collectors.toSet()));
    assertEquals(money, all.stream().filter(OperationKind::movesMoney).collect(Collectors.toSet()));
    examples().forEach((kind, op) -> assertEquals(signed.contains(kind), SignaturePolicy.isApprovalOrPayment(op), kind.wireName()));
  }
}
