package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.PKA_PU;
import static id.smartkampung.core.ledger.LedgerFixture.VILLAGE;
import static id.smartkampung.core.ledger.LedgerFixture.rp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The KDMP part of Dana Desa 2026 never enters the village treasury (PMK 7/2026 pasal 15 ayat (3),
 * pasal 22 ayat (2) huruf b, pasal 26: from RKUN to an escrow account): the budget records it as
 * Dana Desa revenue and a matching 6.2.9 outflow, and no SPP may be taken against that line.
 */
class KdmpLedgerTest {
  private static final PolicyPack PACK_2026 = PolicyPack.forYear(2026);
  private static final FinancingItemKey KDMP = FinancingItemKey.of(AccountCode.parse("6.2.9.01"), FundSource.DDS);
  private static final long KDMP_RUPIAH = 580_300_000L;

  /** The fixture's budget in 2026 with a KDMP part of 580.3 M recorded on 6.2.9.01. */
  private static Apbdes budget2026() {
    List<BudgetLine> lines = new ArrayList<>();
    for (BudgetLine l : LedgerFixture.budget().lines()) {
      boolean danaDesa = l.section() == Section.PENDAPATAN && FundSource.DDS.equals(l.fundSource());
      lines.add(danaDesa ? l.withAmount(l.amount().add(rp(KDMP_RUPIAH))) : l);
    }
    lines.add(BudgetLine.pengeluaranPembiayaan(KDMP.account(), FundSource.DDS, "Dana Desa untuk KDMP (rekening penampung)", rp(KDMP_RUPIAH)));
    return Apbdes.of(VILLAGE, 2026, lines);
  }

  @Test
  void anSppAgainstTheKdmpLineIsRefused_theVillageNeverPaysIt_pmk7of2026pasal26() {
    LedgerFixture f = new LedgerFixture(Ledger.create(VILLAGE, PACK_2026)).registered().enacted(budget2026());
    f.on(LocalDate.of(2026, 3, 2));
    LedgerSnapshot before = f.ledger.snapshot();
    Outcome o = f.apply(f.submitFinancing(PKA_PU, KDMP, 1_000_000L));
    assertTrue(o.isRejected(), o::toString);
    assertTrue(o.has(Rule.DANA_DESA_OUTSIDE_TREASURY), () -> o.findings().toString());
    assertTrue(o.findings().get(0).message().contains("KDMP"), () -> o.findings().get(0).message());
    assertEquals(before, f.ledger.snapshot(), "a refused SPP changes nothing");
  }
}
