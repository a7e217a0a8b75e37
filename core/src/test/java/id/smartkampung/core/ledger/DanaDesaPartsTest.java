package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.DANA_DESA;
import static id.smartkampung.core.ledger.LedgerFixture.KAUR;
import static id.smartkampung.core.ledger.LedgerFixture.VILLAGE;
import static id.smartkampung.core.ledger.LedgerFixture.rp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.journal.OperationCodec;
import id.smartkampung.core.ledger.report.DanaDesaAbsorption;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Dana Desa in its parts (issue 12): receipts per part and tranche as the year's pack divides Dana
 * Desa (2024–2025: earmarked / non-earmarked, PMK 145/2023 and PMK 108/2024 pasal 22; 2026: reguler /
 * KDMP, PMK 7/2026 pasal 15 ayat (3)), and the KDMP part recorded outside the village treasury
 * (PMK 7/2026 pasal 26: RKUN → escrow account) with {@code record-kdmp-channelling}.
 */
class DanaDesaPartsTest {
  private static final PolicyPack PACK_2026 = PolicyPack.forYear(2026);
  private static final FinancingItemKey KDMP = FinancingItemKey.of(AccountCode.parse("6.2.9.01"), FundSource.DDS);
  private static final long KDMP_RUPIAH = 580_300_000L;

  /** The fixture's budget in 2026 with a KDMP part of Rp580.300.000 (58.03 % of a Rp1 miliar pagu) recorded on 6.2.9.01. */
  private static Apbdes budget2026() {
    List<BudgetLine> lines = new ArrayList<>();
    for (BudgetLine l : LedgerFixture.budget().lines()) {
      boolean danaDesa = l.section() == Section.PENDAPATAN && FundSource.DDS.equals(l.fundSource());
      lines.add(danaDesa ? l.withAmount(l.amount().add(rp(KDMP_RUPIAH))) : l);
    }
    lines.add(BudgetLine.pengeluaranPembiayaan(KDMP.account(), FundSource.DDS, "Dana Desa untuk KDMP (rekening penampung)", rp(KDMP_RUPIAH)));
    return Apbdes.of(VILLAGE, 2026, lines);
  }

  private static LedgerFixture year2026() {
    LedgerFixture f = new LedgerFixture(Ledger.create(VILLAGE, PACK_2026)).registered().enacted(budget2026());
    f.on(LocalDate.of(2026, 3, 2));
    return f;
  }

  private static Operation.RecordKdmpChannelling channel(LedgerFixture f, String part, FinancingItemKey item, long rupiah) {
    return new Operation.RecordKdmpChannelling(f.id(), KAUR, f.tick(), part, DANA_DESA, item, rp(rupiah), "SP2D RKUN ke rekening penampung KDMP");
  }

  private static Operation.ReceiveRevenue part(LedgerFixture f, String part, int tranche, long rupiah) {
    return Operation.ReceiveRevenue.ofPart(f.id(), KAUR, f.tick(), DANA_DESA, rp(rupiah), part, tranche, "rekening koran");
  }

  @Test
  void receiptsPerPart_2025_earmarkedAndNonEarmarkedEachWithTheirTranches_pmk108of2024pasal22() {
    LedgerFixture f = new LedgerFixture().registered().enacted();
    f.on(LocalDate.of(2025, 3, 10));
    // a Rp400 juta non-earmarked part: tahap I 40 % = 160 juta; a Rp200 juta earmarked part: tahap I 60 % = 120 juta
    f.ok(part(f, "NON_EARMARKED", 1, 160_000_000L));
    f.ok(part(f, "EARMARKED", 1, 120_000_000L));
    f.ok(part(f, "NON_EARMARKED", 2, 240_000_000L));
    DanaDesaAbsorption a = f.ledger.danaDesaAbsorption();
    assertEquals(rp(520_000_000L), a.received());
    assertEquals(rp(400_000_000L), a.parts().get("NON_EARMARKED").received());
    assertEquals(rp(240_000_000L), a.parts().get("NON_EARMARKED").receivedByTranche().get(2));
    assertEquals(rp(120_000_000L), a.parts().get("EARMARKED").receivedByTranche().get(1));
    assertTrue(a.parts().get("EARMARKED").throughVillageTreasury());
    // the single schedule of old books still counts every Dana Desa receipt by its tahap number
    assertEquals(rp(280_000_000L), a.receivedByTranche().get(1));
    assertEquals(rp(520_000_000L), f.ledger.snapshot().funds().get(FundSource.DDS).cash());
  }

  @Test
  void aLaterTahapOfAPartBeforeItsEarlierOneIsRefused_pmk108of2024pasal22_tahapIIAfterTahapI() {
    LedgerFixture f = new LedgerFixture().registered().enacted();
    f.on(LocalDate.of(2025, 3, 10));
    f.ok(part(f, "NON_EARMARKED", 1, 160_000_000L));
    LedgerSnapshot before = f.ledger.snapshot();
    Outcome o = f.apply(part(f, "EARMARKED", 2, 80_000_000L));
    assertTrue(o.isRejected(), o::toString);
    assertTrue(o.has(Rule.INVALID_OPERATION));
    assertEquals(o.operation().id().value() + ".tranche", o.findings().get(0).path());
    assertTrue(o.findings().get(0).message().contains("EARMARKED") && o.findings().get(0).message().contains("tahap 1"), o.findings().get(0)::message);
    assertEquals(before, f.ledger.snapshot(), "a refused receipt changes nothing");
  }

  @Test
  void aPartMustBeOneOfThePacksOnDanaDesaWithOneOfItsTahap() {
    LedgerFixture f = new LedgerFixture().registered().enacted();
    f.on(LocalDate.of(2025, 3, 10));
    Outcome unknown = f.apply(part(f, "REGULER", 1, 1_000_000L)); // a 2026 part, not of 2025
    assertTrue(unknown.has(Rule.INVALID_OPERATION) && unknown.findings().get(0).path().endsWith(".part"), unknown::toString);
    Outcome tahap3 = f.apply(part(f, "NON_EARMARKED", 3, 1_000_000L));
    assertTrue(tahap3.has(Rule.INVALID_OPERATION) && tahap3.findings().get(0).path().endsWith(".tranche"), tahap3::toString);
    Outcome onAdd =
        f.apply(new Operation.ReceiveRevenue(f.id(), KAUR, f.tick(), LedgerFixture.ALOKASI_DANA_DESA, FundSource.ADD, rp(1_000_000L), null, "EARMARKED", "rk"));
    assertTrue(onAdd.has(Rule.INVALID_OPERATION) && onAdd.findings().get(0).path().endsWith(".part"), onAdd::toString);
  }

  @Test
  void theKdmpPartIsNeverReceivedIntoTheVillageCash_pmk7of2026pasal26() {
    LedgerFixture f = year2026();
    LedgerSnapshot before = f.ledger.snapshot();
    Outcome o = f.apply(new Operation.ReceiveRevenue(f.id(), KAUR, f.tick(), DANA_DESA, FundSource.DDS, rp(KDMP_RUPIAH), null, "KDMP", "salah"));
    assertTrue(o.isRejected());
    assertTrue(o.has(Rule.DANA_DESA_OUTSIDE_TREASURY), o::toString);
    assertTrue(o.findings().get(0).message().contains("record-kdmp-channelling"), o.findings().get(0)::message);
    assertEquals(before, f.ledger.snapshot());
  }

  @Test
  void theKdmpChannellingIsRevenueAndAMatchingFinancingOutflow_cashNeverIncludesIt_pmk7of2026pasal15ayat3() {
    LedgerFixture f = year2026();
    f.ok(part(f, "REGULER", 1, 167_880_000L)); // 40 % of the regular part (41.97 % of Rp1 miliar = Rp419.700.000)
    f.ok(channel(f, "KDMP", KDMP, KDMP_RUPIAH));
    LedgerSnapshot s = f.ledger.snapshot();
    assertEquals(rp(167_880_000L), s.funds().get(FundSource.DDS).cash(), "the KDMP part never enters the village cash");
    assertEquals(rp(167_880_000L + KDMP_RUPIAH), s.funds().get(FundSource.DDS).received(), "but it is Dana Desa revenue of the year");
    assertEquals(rp(167_880_000L), f.ledger.bku().balance(), "the BKU has no line for it");
    assertEquals(1, f.ledger.bku().entries().size());
    var lra = f.ledger.yearEnd();
    assertEquals(
        rp(167_880_000L + KDMP_RUPIAH),
        lra.pendapatan().stream().filter(r -> r.account().equals(DANA_DESA)).findFirst().orElseThrow().realised());
    assertEquals(
        rp(KDMP_RUPIAH),
        lra.pembiayaanPengeluaran().stream().filter(r -> r.account().toString().startsWith("6.2.9")).findFirst().orElseThrow().realised());
    DanaDesaAbsorption a = f.ledger.danaDesaAbsorption();
    assertEquals(rp(167_880_000L), a.received(), "absorption counts Dana Desa received into the treasury only");
    assertFalse(a.parts().get("KDMP").throughVillageTreasury());
    assertEquals(rp(KDMP_RUPIAH), a.parts().get("KDMP").received());
    assertTrue(f.ledger.recheck().isEmpty(), () -> f.ledger.recheck().toString());
    ReferenceLedger model = ReferenceLedger.recompute(VILLAGE, PACK_2026, f.ledger.history());
    assertTrue(model.violations().isEmpty(), () -> model.violations().toString());
    assertEquals(0, model.cash().get(FundSource.DDS).compareTo(new java.math.BigDecimal("167880000.00")));
  }

  @Test
  void theChannellingIsRefusedOutsideItsRules() {
    LedgerFixture f = year2026();
    Outcome over = f.apply(channel(f, "KDMP", KDMP, KDMP_RUPIAH + 1));
    assertTrue(over.has(Rule.ITEM_OVERSPENT), over::toString);
    Outcome regular = f.apply(channel(f, "REGULER", KDMP, 1_000_000L));
    assertTrue(regular.has(Rule.INVALID_OPERATION) && regular.findings().get(0).path().endsWith(".part"), regular::toString);
    Outcome notBudgeted = f.apply(channel(f, "KDMP", FinancingItemKey.of(AccountCode.parse("6.2.9.01"), FundSource.ADD), 1_000_000L));
    assertTrue(notBudgeted.has(Rule.UNKNOWN_REFERENCE), notBudgeted::toString);
    Outcome byPka = f.apply(new Operation.RecordKdmpChannelling(f.id(), LedgerFixture.PKA_PU, f.tick(), "KDMP", DANA_DESA, KDMP, rp(1_000_000L), "x"));
    assertTrue(byPka.has(Rule.WRONG_ROLE), byPka::toString);
    LedgerFixture early = new LedgerFixture(Ledger.create(VILLAGE, PACK_2026)).registered();
    early.on(LocalDate.of(2026, 2, 2));
    Outcome beforeEnactment = early.apply(channel(early, "KDMP", KDMP, 1_000_000L));
    assertTrue(beforeEnactment.has(Rule.BUDGET_NOT_ENACTED), beforeEnactment::toString);
    // in 2025 there is no part outside the treasury
    LedgerFixture y2025 = new LedgerFixture().registered().enacted();
    y2025.on(LocalDate.of(2025, 3, 10));
    Outcome in2025 = y2025.apply(channel(y2025, "KDMP", KDMP, 1_000_000L));
    assertTrue(in2025.has(Rule.INVALID_OPERATION), in2025::toString);
  }

  @Test
  void theJournalCarriesThePart_andAReceiptWithoutOneIsWrittenAsBefore() throws Exception {
    ObjectMapper json = new ObjectMapper();
    LedgerFixture f = new LedgerFixture();
    Operation.ReceiveRevenue withPart = part(f, "EARMARKED", 1, 1_000_000L);
    JsonNode tree = json.readTree(json.writeValueAsBytes(OperationCodec.write(withPart)));
    assertEquals("EARMARKED", tree.get("part").asText());
    assertEquals(withPart, OperationCodec.create().read("receive-revenue", tree, "$.op"));
    Operation.ReceiveRevenue old = new Operation.ReceiveRevenue(f.id(), KAUR, f.tick(), DANA_DESA, FundSource.DDS, rp(1_000_000L), 1, "rk");
    JsonNode oldTree = json.readTree(json.writeValueAsBytes(OperationCodec.write(old)));
    assertFalse(oldTree.has("part"), "a receipt without a part is written exactly as before parts existed");
    assertNull(((Operation.ReceiveRevenue) OperationCodec.create().read("receive-revenue", oldTree, "$.op")).part());
  }

  @Test
  void theTahapIIGateOfAPartReadsThePack_pmk108of2024pasal23ayat2_absorptionAtLeast60Percent() {
    LedgerFixture f = new LedgerFixture().registered().enacted();
    f.on(LocalDate.of(2025, 3, 10));
    PolicyPack pack = f.ledger.policy();
    assertEquals(Optional.of(true), f.ledger.danaDesaAbsorption().absorptionGateMet(pack, "NON_EARMARKED", 1));
    assertEquals(Optional.of(false), f.ledger.danaDesaAbsorption().absorptionGateMet(pack, "NON_EARMARKED", 2), "nothing of tahap I received yet");
    f.ok(part(f, "NON_EARMARKED", 1, 10_000_000L));
    assertEquals(Optional.of(false), f.ledger.danaDesaAbsorption().absorptionGateMet(pack, "NON_EARMARKED", 2), "nothing absorbed yet");
    f.paid(SppType.LS, LedgerFixture.JALAN, 6_000_000L); // 60 % of what was received
    assertEquals(Optional.of(true), f.ledger.danaDesaAbsorption().absorptionGateMet(pack, "NON_EARMARKED", 2));
    assertEquals(Optional.empty(), f.ledger.danaDesaAbsorption().absorptionGateMet(pack, "KDMP", 1), "no such part in 2025");
  }
}
