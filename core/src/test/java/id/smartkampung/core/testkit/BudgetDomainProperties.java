package id.smartkampung.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.code.ReferenceData;
import id.smartkampung.core.money.Idr;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.javamoney.moneta.Money;

/**
 * The auditor kit as an auditor uses it: every type of {@link BudgetDomain} is injected, and the
 * corruption generator keeps its promise about what it changed.
 */
@Domain(BudgetDomain.class)
class BudgetDomainProperties {

  @Property(tries = 200)
  void theDomainInjectsKnownCodesRealisticAmountsAndBanyuwangiVillages(
      @ForAll AccountCode account, @ForAll KegiatanCode kegiatan, @ForAll FundSource source, @ForAll Money amount, @ForAll Village village) {
    ReferenceData ref = ReferenceData.standard();
    assertTrue(ref.isKnown(account) && ref.isKnown(kegiatan) && ref.isKnown(source));
    assertTrue(Idr.isIdr(amount) && Idr.isExactToSen(amount) && !amount.isNegative());
    assertTrue(amount.isGreaterThanOrEqualTo(Idr.of(100_000L)) && amount.isLessThanOrEqualTo(Idr.of(500_000_000L)), amount::toString);
    assertEquals("Banyuwangi", village.kabupaten());
    assertTrue(village.code().matches("35\\.10\\.[0-9]{2}\\.2[0-9]{3}"), village::code);
  }

  @Property(tries = 150)
  void aCorruptionChangesTheBudgetAndKeepsVillageAndYear(@ForAll Corrupted c) {
    BudgetCoverage.collect(c);
    assertNotEquals(c.original(), c.budget());
    assertEquals(c.original().village(), c.budget().village());
    assertEquals(c.original().fiscalYear(), c.budget().fiscalYear());
    assertTrue(!c.what().isBlank());
    switch (c.kind()) {
      case DUPLICATE_LINE -> assertTrue(c.budget().lines().size() > c.original().lines().size());
      case NEGATIVE_AMOUNT -> assertTrue(c.budget().lines().stream().anyMatch(l -> l.amount().isNegative()));
      case BROKEN_BALANCE -> assertTrue(!c.budget().imbalance().isZero());
      case SILTAP_FROM_DANA_DESA ->
          assertTrue(c.budget().lines().stream().anyMatch(l -> l.account().startsWith(AccountCode.parse("5.1")) && FundSource.DDS.equals(l.fundSource())));
      default -> { }
    }
    assertTrue(c.original().imbalance().isZero());
  }
}
