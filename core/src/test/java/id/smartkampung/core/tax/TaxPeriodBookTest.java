package id.smartkampung.core.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Deposits as treasurers make them: one NTPN per levy and period, partial allowed, never more than withheld. */
class TaxPeriodBookTest {
  private static final TaxPolicy Y2025 = TaxPolicy.forYear(2025);
  private static final Payee PKP = Payee.supplier("tb-maju", "TB Maju", TaxId.npwp("012345678901000"), true);
  private static final Payee SHOP = Payee.supplier("toko-sari", "Toko Sari, Jaya", TaxId.none(), false);
  private static final TaxPeriod PPH22_MAY = new TaxPeriod(Levy.PPH_22, YearMonth.of(2025, 5));

  private static TaxPeriodBook mayPurchases() {
    TaxPeriodBook b = TaxPeriodBook.of(Y2025);
    LocalDate d1 = LocalDate.of(2025, 5, 6);
    LocalDate d2 = LocalDate.of(2025, 5, 20);
    b = b.withheld("spp-1", d1, Y2025.determine(PKP, Purchase.of(PurchaseKind.GOODS, Idr.of(8_500_000), d1)));
    return b.withheld("spp-2", d2, Y2025.determine(SHOP, Purchase.of(PurchaseKind.GOODS, Idr.of(3_000_000), d2)));
  }

  @Test
  void oneDepositCoversManyWithholdingsOfALevyAndPeriod() {
    TaxPeriodBook b = mayPurchases();
    assertTrue(b.owed(PPH22_MAY).isEqualTo(Idr.of(114_865 + 90_000)));
    b = b.deposited(new TaxDeposit("setor-1", PPH22_MAY, LocalDate.of(2025, 6, 10), Idr.of(204_865), "0123456789ABCDEF"));
    assertTrue(b.owed(PPH22_MAY).isZero());
    assertEquals(2, b.period(PPH22_MAY).orElseThrow().withholdings().size());
    assertTrue(b.owed(new TaxPeriod(Levy.PPN, YearMonth.of(2025, 5))).isEqualTo(Idr.of(842_342)));
  }

  @Test
  void partialDepositsAreAllowedButNeverMoreThanOwed() {
    TaxPeriodBook b = mayPurchases().deposited(new TaxDeposit("setor-1", PPH22_MAY, LocalDate.of(2025, 6, 2), Idr.of(100_000), "NTPN1"));
    assertTrue(b.owed(PPH22_MAY).isEqualTo(Idr.of(104_865)));
    TaxDeposit tooMuch = new TaxDeposit("setor-2", PPH22_MAY, LocalDate.of(2025, 6, 3), Idr.of(104_866), "NTPN2");
    Finding f = b.check(tooMuch).orElseThrow();
    assertEquals(Rule.TAX_OVERDEPOSITED, f.rule());
    assertTrue(f.message().contains("PPh 22 2025-05") && f.message().contains("104865.00"), f::message);
    TaxPeriodBook before = b;
    assertThrows(IllegalArgumentException.class, () -> before.deposited(tooMuch));
    assertTrue(before.owed(PPH22_MAY).isEqualTo(Idr.of(104_865)), "a refused deposit changes nothing");
    assertEquals(Rule.IDEMPOTENCY_CONFLICT,
        b.check(new TaxDeposit("setor-1", PPH22_MAY, LocalDate.of(2025, 6, 3), Idr.of(1), "NTPN3")).orElseThrow().rule());
    assertEquals(Rule.TAX_OVERDEPOSITED,
        b.check(new TaxDeposit("setor-9", new TaxPeriod(Levy.PPH_23, YearMonth.of(2025, 5)), LocalDate.of(2025, 6, 3), Idr.of(1), "N")).orElseThrow().rule());
  }

  /** PMK 81/2024: May's PPh 22 is due 15 June 2025, a Sunday, so Monday 16 June. */
  @Test
  void overdueAfterTheDueDate() {
    TaxPeriodBook b = mayPurchases();
    assertEquals(LocalDate.of(2025, 6, 16), b.period(PPH22_MAY).orElseThrow().due());
    assertTrue(b.overdue(LocalDate.of(2025, 6, 16)).isZero());
    assertTrue(b.overdue(LocalDate.of(2025, 6, 17)).isEqualTo(Idr.of(842_342 + 204_865)));
  }

  @Test
  void decemberTaxIsCarriedIntoTheNextYearWithAWarning() {
    TaxPeriodBook b = TaxPeriodBook.of(Y2025);
    LocalDate dec = LocalDate.of(2025, 12, 22);
    b = b.withheld("spp-9", dec, Y2025.determine(SHOP, Purchase.of(PurchaseKind.GOODS, Idr.of(3_000_000), dec)));
    Finding f = b.atYearEnd().orElseThrow();
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(Rule.YEAR_END_OPEN_ITEMS, f.rule());
    TaxPeriodBook next = b.carriedInto(TaxPolicy.forYear(2026));
    TaxPeriod decPph22 = new TaxPeriod(Levy.PPH_22, YearMonth.of(2025, 12));
    TaxPeriodBook.Period carried = next.period(decPph22).orElseThrow();
    assertTrue(carried.carried() && carried.owed().isEqualTo(Idr.of(90_000)));
    assertEquals(LocalDate.of(2026, 1, 15), carried.due());
    next = next.deposited(new TaxDeposit("setor-jan", decPph22, LocalDate.of(2026, 1, 12), Idr.of(90_000), "NTPN-JAN"));
    assertTrue(next.owedTotal().isZero());
    assertFalse(next.atYearEnd().isPresent());
    assertThrows(IllegalArgumentException.class, () -> TaxPeriodBook.of(Y2025).carriedInto(TaxPolicy.forYear(2027)));
  }

  @Test
  void slipsExportMasksTaxIdsAndQuotesCells() {
    String csv = mayPurchases().slipsCsv(YearMonth.of(2025, 5));
    String[] rows = csv.split("\n");
    assertEquals(4, rows.length, csv); // header, PPN and PPh 22 of spp-1, PPh 22 of spp-2
    assertTrue(rows[0].startsWith("period,levy,date,source,payee"));
    assertFalse(csv.contains("012345678901000"), csv);
    assertTrue(csv.contains("***********1000"), csv);
    assertTrue(csv.contains("\"Toko Sari, Jaya\""), csv);
    assertTrue(csv.contains(",114865.00,"), csv);
  }

  @Test
  void withholdingsOutsideTheYearAreRefused() {
    LocalDate d = LocalDate.of(2026, 1, 5);
    TaxDetermination t = TaxPolicy.forYear(2026).determine(SHOP, Purchase.of(PurchaseKind.GOODS, Idr.of(3_000_000), d));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaxPeriodBook.of(Y2025).withheld("spp-x", d, t));
    assertTrue(e.getMessage().contains("spp-x"), e::getMessage);
  }
}
