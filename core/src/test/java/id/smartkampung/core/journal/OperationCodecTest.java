package id.smartkampung.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The JSON form of operations: its shape, and strict reading that names the JSON path of each problem. */
class OperationCodecTest {
  static final Official PKA = Official.of("pka-1", "Kasi Pembangunan", Role.PELAKSANA_KEGIATAN);
  static final Official KAUR = Official.of("kk-1", "Bu Bendahara", Role.KAUR_KEUANGAN);
  static final BudgetItemKey JALAN = BudgetItemKey.of(KegiatanCode.parse("02.03.10"), AccountCode.parse("5.3.5.01"), FundSource.DDS);

  static final SubmitSpp SUBMIT =
      new SubmitSpp(OperationId.of("spp-1"), PKA, Instant.parse("2025-03-03T02:00:00Z"), SppType.LS, JALAN, Idr.parse("1500000.5"), "CV Maju", "semen");
  static final PaySpp PAY =
      new PaySpp(OperationId.of("pay-1"), KAUR, Instant.parse("2025-03-04T02:00:00Z"), OperationId.of("spp-1"), ImmutableSortedSet.of(TaxType.PPN, TaxType.PPH_22), "trf 0311");

  private static JsonNode event(Operation op, Consumer<ObjectNode> edit) throws Exception {
    ObjectNode body = SignedOperation.unsigned(op).toJson();
    edit.accept(body);
    return Journal.MAPPER.readTree(Journal.MAPPER.writeValueAsBytes(body));
  }

  private static EventFormatException refused(Operation op, Consumer<ObjectNode> edit) throws Exception {
    JsonNode body = event(op, edit);
    return assertThrows(EventFormatException.class, () -> SignedOperation.fromJson(body, OperationCodec.create()));
  }

  @Test
  void theFormHasQuotedAmountsIsoInstantsAndNamedFields() throws Exception {
    assertEquals(
        "{\"type\":\"submit-spp\",\"op\":{\"id\":\"spp-1\",\"actor\":{\"id\":\"pka-1\",\"name\":\"Kasi Pembangunan\",\"role\":\"PELAKSANA_KEGIATAN\"},"
            + "\"at\":\"2025-03-03T02:00:00Z\",\"sppType\":\"LS\",\"item\":{\"kegiatan\":\"02.03.10\",\"account\":\"5.3.5.01\",\"fundSource\":\"DDS\"},"
            + "\"amount\":\"1500000.50\",\"payee\":\"CV Maju\",\"description\":\"semen\"}}",
        Journal.MAPPER.writeValueAsString(SignedOperation.unsigned(SUBMIT).toJson()));
    assertEquals(
        "{\"id\":\"pay-1\",\"actor\":{\"id\":\"kk-1\",\"name\":\"Bu Bendahara\",\"role\":\"KAUR_KEUANGAN\"},\"at\":\"2025-03-04T02:00:00Z\","
            + "\"spp\":\"spp-1\",\"withhold\":[\"PPH_22\",\"PPN\"],\"reference\":\"trf 0311\"}",
        Journal.MAPPER.writeValueAsString(OperationCodec.write(PAY)));
  }

  @Test
  void anUnknownTypeIsNamed() throws Exception {
    EventFormatException e = refused(PAY, b -> b.put("type", "pay-bribe"));
    assertEquals("$.op", e.path());
    assertTrue(e.problem().contains("unknown operation type 'pay-bribe'"), e.problem());
    assertEquals("$.type", refused(PAY, b -> b.remove("type")).path());
    assertEquals("$.type", refused(PAY, b -> b.put("type", 7)).path());
  }

  @Test
  void unknownAndMissingFieldsAreNamed() throws Exception {
    EventFormatException unknown = refused(PAY, b -> ((ObjectNode) b.get("op")).put("bonus", "1"));
    assertEquals("$.op.bonus", unknown.path());
    assertTrue(unknown.problem().contains("unknown field 'bonus'"), unknown.problem());
    assertEquals("$.op.reference", refused(PAY, b -> ((ObjectNode) b.get("op")).remove("reference")).path());
    assertEquals("$.op.reference", refused(PAY, b -> ((ObjectNode) b.get("op")).putNull("reference")).path());
    assertEquals("$.op.actor.role", refused(PAY, b -> ((ObjectNode) b.get("op").get("actor")).remove("role")).path());
    assertEquals("$.op.actor.nik", refused(PAY, b -> ((ObjectNode) b.get("op").get("actor")).put("nik", "3510")).path());
    assertEquals("$.extra", refused(PAY, b -> b.put("extra", true)).path());
    assertEquals("$.op", refused(PAY, b -> b.remove("op")).path());
  }

  @Test
  void wrongTypesAndFormsAreNamed() throws Exception {
    EventFormatException number = refused(SUBMIT, b -> ((ObjectNode) b.get("op")).put("amount", 1500000.5));
    assertEquals("$.op.amount", number.path());
    assertTrue(number.problem().contains("never a JSON number"), number.problem());
    assertEquals("$.op.amount", refused(SUBMIT, b -> ((ObjectNode) b.get("op")).put("amount", "1.500.000")).path());
    assertEquals("$.op.at", refused(SUBMIT, b -> ((ObjectNode) b.get("op")).put("at", "3 Maret 2025")).path());
    assertEquals("$.op.sppType", refused(SUBMIT, b -> ((ObjectNode) b.get("op")).put("sppType", "GU")).path());
    assertEquals("$.op.item.account", refused(SUBMIT, b -> ((ObjectNode) b.get("op").get("item")).put("account", "5-3-5")).path());
    assertEquals("$.op.actor.role", refused(SUBMIT, b -> ((ObjectNode) b.get("op").get("actor")).put("role", "LURAH")).path());
    assertEquals("$.op.withhold[2]", refused(PAY, b -> ((com.fasterxml.jackson.databind.node.ArrayNode) b.get("op").get("withhold")).add("ZAKAT")).path());
    assertEquals("$.op.withhold", refused(PAY, b -> ((ObjectNode) b.get("op")).put("withhold", "PPN")).path());
    assertEquals("$.op.id", refused(PAY, b -> ((ObjectNode) b.get("op")).put("id", " ")).path());
    assertEquals("$.op", refused(PAY, b -> b.put("op", "pay everything")).path());
  }

  @Test
  void aBudgetInsideAnEventIsReadByTheBudgetFormatWithItsPath() throws Exception {
    DraftBudget draft = new DraftBudget(OperationId.of("d-1"), Official.of("sd-1", "Bu Sekdes", Role.SEKRETARIS_DESA), Instant.parse("2024-10-01T02:00:00Z"), BudgetJson.example(), "RAPBDes");
    EventFormatException e = refused(draft, b -> ((ObjectNode) b.get("op").get("budget").get("lines").get(2)).put("amount", "-5"));
    assertEquals("$.op.budget.lines[2].amount", e.path());
    assertEquals("$.op.budget.format", refused(draft, b -> ((ObjectNode) b.get("op").get("budget")).put("format", "excel")).path());
    assertEquals(draft, SignedOperation.fromJson(event(draft, b -> {}), OperationCodec.create()).operation());
  }

  @Test
  void signaturesAreReadStrictly() throws Exception {
    Consumer<ObjectNode> sig = b -> b.putObject("sig").put("by", "kk-1").put("alg", "Ed25519").put("value", "AAAA");
    assertEquals("kk-1", SignedOperation.fromJson(event(PAY, sig), OperationCodec.create()).signature().signer());
    assertEquals("$.sig.alg", refused(PAY, sig.andThen(b -> ((ObjectNode) b.get("sig")).put("alg", "RSA"))).path());
    assertEquals("$.sig.value", refused(PAY, sig.andThen(b -> ((ObjectNode) b.get("sig")).remove("value"))).path());
    assertEquals("$.sig.when", refused(PAY, sig.andThen(b -> ((ObjectNode) b.get("sig")).put("when", "now"))).path());
  }

  /**
   * Regression (merge of the strict JSON layer with the signed header): an absent optional field
   * ({@code sig.header}) was counted as read, so an unknown field beside it passed unnoticed.
   */
  @Test
  void anUnknownFieldBesideAnAbsentOptionalOneIsRefused() throws Exception {
    Consumer<ObjectNode> sig = b -> b.putObject("sig").put("by", "kk-1").put("alg", "Ed25519").put("value", "AAAA").put("when", "now");
    assertEquals("$.sig.when", refused(PAY, sig).path());
    Consumer<ObjectNode> withHeader = b -> b.putObject("sig").put("by", "kk-1").put("alg", "Ed25519").put("value", "AAAA")
        .put("header", "ab".repeat(32)).put("when", "now");
    assertEquals("$.sig.when", refused(PAY, withHeader).path());
  }

  @Test
  void instantsWithFractionsTakeTheGeneralParserAndLateDaysAreReadExactly() {
    for (String t : new String[] {"2025-01-31T23:59:59Z", "2024-02-29T00:00:00Z", "2025-06-01T02:00:00.123Z", "2025-06-01T02:00:00Z"}) {
      Instant expected = Instant.parse(t);
      Instant fast = OperationCodec.fastInstant(t);
      assertTrue(fast == null || fast.equals(expected), t);
    }
    assertEquals(Instant.parse("2025-06-01T02:03:04Z"), OperationCodec.fastInstant("2025-06-01T02:03:04Z"));
    // days 29..31 are read by the fast path too (a tenth of a year's events), exactly as the JDK reads them
    assertEquals(Instant.parse("2025-01-31T23:59:59Z"), OperationCodec.fastInstant("2025-01-31T23:59:59Z"));
    assertEquals(Instant.parse("2024-02-29T00:00:00Z"), OperationCodec.fastInstant("2024-02-29T00:00:00Z"));
    assertEquals(Instant.parse("2024-12-31T16:59:59Z"), OperationCodec.fastInstant("2024-12-31T16:59:59Z"));
    // days that do not exist are left to the general parser, which refuses them
    for (String t : new String[] {"2025-02-29T00:00:00Z", "2025-04-31T00:00:00Z", "2100-02-29T00:00:00Z", "2025-02-30T00:00:00Z"}) {
      assertEquals(null, OperationCodec.fastInstant(t), t);
    }
  }

  static final Official EVALUATOR = Official.of("ev-1", "Bagian Pemdes Kabupaten", Role.EVALUATOR_KABUPATEN);
  static final BudgetItemKey SILTAP = BudgetItemKey.of(KegiatanCode.parse("01.01.01"), AccountCode.parse("5.1.1.01"), FundSource.ADD);

  @Test
  void aCancellationMayCarryThePreviousPaguAndWithoutItReadsAsBefore() throws Exception {
    // Permendagri 20/2018 Pasal 36: the decree "sekaligus menyatakan berlakunya pagu APB Desa tahun anggaran sebelumnya"
    Operation.CancelBudget with = new Operation.CancelBudget(OperationId.of("b-12"), EVALUATOR, Instant.parse("2025-03-03T02:00:00Z"), "Kep 188/71/2025",
        com.google.common.collect.ImmutableSortedMap.of(SILTAP, Idr.parse("42000000")));
    assertEquals(
        "{\"id\":\"b-12\",\"actor\":{\"id\":\"ev-1\",\"name\":\"Bagian Pemdes Kabupaten\",\"role\":\"EVALUATOR_KABUPATEN\"},\"at\":\"2025-03-03T02:00:00Z\","
            + "\"reference\":\"Kep 188/71/2025\",\"previousPagu\":[{\"item\":{\"kegiatan\":\"01.01.01\",\"account\":\"5.1.1.01\",\"fundSource\":\"ADD\"},\"pagu\":\"42000000.00\"}]}",
        Journal.MAPPER.writeValueAsString(OperationCodec.write(with)));
    assertEquals(with, SignedOperation.fromJson(event(with, b -> {}), OperationCodec.create()).operation());
    Operation.CancelBudget without = new Operation.CancelBudget(OperationId.of("b-12"), EVALUATOR, Instant.parse("2025-03-03T02:00:00Z"), "Kep 188/71/2025");
    assertTrue(!OperationCodec.write(without).has("previousPagu"), "the old form is written unchanged");
    Operation read = SignedOperation.fromJson(event(without, b -> {}), OperationCodec.create()).operation();
    assertEquals(null, ((Operation.CancelBudget) read).previousPagu());
    EventFormatException twice = refused(with, b -> {
      var a = (com.fasterxml.jackson.databind.node.ArrayNode) b.get("op").get("previousPagu");
      a.add(a.get(0).deepCopy());
    });
    assertTrue(twice.getMessage().contains("previousPagu[1]") && twice.getMessage().contains("twice"), twice::getMessage);
    EventFormatException extra = refused(with, b -> ((ObjectNode) b.get("op").get("previousPagu").get(0)).put("bonus", "1"));
    assertTrue(extra.getMessage().contains("previousPagu[0]"), extra::getMessage);
  }
}
