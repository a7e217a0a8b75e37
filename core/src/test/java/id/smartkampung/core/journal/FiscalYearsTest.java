package id.smartkampung.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.audit.AuditReport;
import id.smartkampung.core.testkit.BudgetArbitraries;
import id.smartkampung.core.audit.JournalAudit;
import id.smartkampung.core.testkit.LedgerArbitraries;
import id.smartkampung.core.audit.LedgerHistory;
import id.smartkampung.core.testkit.VillageOfficials;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Village;
import org.javamoney.moneta.Money;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.Province;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Rule;
import java.util.Optional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12: books of fiscal years 2026 and 2027 are created, run through a year of generated
 * operations, reopened and audited; each village's business dates are in its own time zone.
 */
class FiscalYearsTest {

  @Test
  void ledgersOf2026And2027AreCreated() {
    Village v = Village.of("35.10.16.2003", "Kemiren", "Glagah", "Banyuwangi");
    assertEquals(2026, Ledger.create(v, 2026).fiscalYear());
    assertEquals(2027, Ledger.create(v, 2027).fiscalYear());
  }

  @ParameterizedTest
  @ValueSource(ints = {2026, 2027})
  void aBookOfTheYearIsRunReopenedAndAudited(int year, @TempDir Path dir) throws Exception {
    Apbdes budget = BudgetArbitraries.validBudgets(year).sample();
    VillageOfficials officials = LedgerArbitraries.officials(budget).sample();
    LedgerHistory start = LedgerArbitraries.history(budget, officials, ApbdesLifecycle.Stage.ENACTED);
    // a sample may be short or aimed at states it never reaches: post samples until some are accepted
    List<Operation> year1 = new java.util.ArrayList<>();
    for (int i = 0; i < 20 && year1.size() < 150; i++) {
      year1.addAll(LedgerArbitraries.operations(start, 150).sample());
    }
    Path file = dir.resolve("buku-" + year + ".jsonl");
    int accepted = 0;
    try (VillageBook book = VillageBook.create(file, budget.village(), year)) {
      for (Operation op : start.operations()) {
        assertTrue(book.apply(op).isAccepted(), op::toString);
      }
      for (Operation op : year1) {
        if (book.apply(op).isAccepted()) {
          accepted++;
        }
      }
    }
    assertTrue(accepted > 0, "some of the year's operations are accepted");
    try (VillageBook again = VillageBook.open(file)) {
      assertEquals(year, again.fiscalYear());
      assertEquals(budget.village().zone(), again.ledger().zone());
    }
    AuditReport report = JournalAudit.audit(file);
    assertTrue(report.isClean(), report::toString);
    assertEquals(PolicyPack.forYear(year).isProvisional(), report.has(0, Rule.POLICY_PROVISIONAL), report::toString);
    assertTrue(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).contains("\"zone\":\"Asia/Jakarta\""), "the header names the zone");
  }

  @Test
  void aWitaVillagesOperationAtHalfPastMidnightOnNewYearIsInTheNextFiscalYear() {
    // Keppres 41/1987: Bali is WITA (UTC+8). 2026-12-31T16:30Z is 00:30 on 1 January 2027 in Bali,
    // still 23:30 on 31 December 2026 in Java.
    Apbdes java = BudgetArbitraries.validBudgets(2026).sample();
    Village bali = Village.of("51.02.01.2001", "Desa Bali", "Kecamatan", "Tabanan");
    Apbdes balis = Apbdes.of(bali, 2026, java.lines());
    Instant nearMidnight = Instant.parse("2026-12-31T16:30:00Z");
    Outcome inBali = receive(balis, nearMidnight);
    Outcome inJava = receive(java, nearMidnight);
    assertFalse(inBali.isAccepted());
    assertTrue(inBali.findings().stream().anyMatch(f -> f.rule() == Rule.OUTSIDE_FISCAL_YEAR), inBali::toString);
    assertTrue(inJava.isAccepted(), inJava::toString);
  }

  private static Outcome receive(Apbdes budget, Instant at) {
    VillageOfficials officials = LedgerArbitraries.officials(budget).sample();
    Ledger ledger = LedgerArbitraries.history(budget, officials, ApbdesLifecycle.Stage.ENACTED).replay();
    assertEquals(budget.village().zone(), ledger.zone());
    return ledger.apply(
        new Operation.ReceiveRevenue(
            OperationId.of("dd-1"), officials.kaurKeuangan(), at, AccountCode.parse("4.2.1.01"), FundSource.DDS, Idr.of(1_000_000), 1, "Dana Desa tahap I"));
  }

  @Test
  void aBookWhoseHeaderNamesNoZoneKeepsAsiaJakarta_aNewOneIsInTheVillagesZone(@TempDir Path dir) throws Exception {
    // journals written before issue 12 have no 'zone' in the header: their dates keep their meaning
    Village bali = Village.of("51.02.01.2001", "Desa Bali", "Kecamatan", "Tabanan");
    Path fresh = dir.resolve("baru.jsonl");
    try (VillageBook book = VillageBook.create(fresh, bali, 2026)) {
      assertEquals(Province.WITA, book.ledger().zone());
    }
    assertTrue(Files.readAllLines(fresh, StandardCharsets.UTF_8).get(0).contains("\"zone\":\"Asia/Makassar\""));
    try (VillageBook again = VillageBook.open(fresh)) {
      assertEquals(Province.WITA, again.ledger().zone());
    }
    // the books written before issue 12 are of the first format (smartkampung.ledger/1)
    Path old = dir.resolve("lama.jsonl");
    var meta = new VillageBook.Header(bali, 2026, 2026, false).toMeta();
    meta.remove("zone");
    Journal.create(old, meta).close();
    try (VillageBook book = VillageBook.open(old)) {
      assertEquals(ZoneId.of("Asia/Jakarta"), book.ledger().zone());
      assertEquals(Operation.ZONE, book.ledger().zone());
    }
    // a book of the current format is always written with its zone: one without it was edited
    Path edited = dir.resolve("disunting.jsonl");
    var current = new VillageBook.Header(bali, 2026, 2026).toMeta();
    current.remove("zone");
    Journal.create(edited, current).close();
    JournalException e = org.junit.jupiter.api.Assertions.assertThrows(JournalException.class, () -> VillageBook.open(edited));
    assertTrue(e.getMessage().contains("the header was altered"), e::getMessage);
  }

  @Test
  void theCloseOf2025OpensThe2026BookWithSilpaPerFundSourceKeepingItsEarmark(@TempDir Path dir) throws Exception {
    YearScenario s = YearScenario.start(dir.resolve("2025.jsonl"));
    s.runYear();
    var lra = s.book().ledger().yearEnd();
    s.book().close();
    assertTrue(lra.closed());
    List<BudgetLine> silpa = lra.openingSilpa();
    assertFalse(silpa.isEmpty());
    Money total = silpa.stream().map(BudgetLine::amount).reduce(Idr.ZERO, Money::add);
    assertTrue(total.isEqualTo(lra.silpa()), () -> total + " vs " + lra.silpa());
    for (BudgetLine l : silpa) {
      assertEquals(AccountCode.parse("6.1.1.01"), l.account());
      Optional.ofNullable(l.fundSource()).ifPresent(f -> assertTrue(lra.silpaByFundSource().get(f).isEqualTo(l.amount()), f::toString));
    }
    // a 2026 budget spending each source's SiLPA on a road from the same source is clean ...
    List<BudgetLine> lines = new java.util.ArrayList<>(silpa);
    for (BudgetLine l : silpa) {
      lines.add(BudgetLine.belanja(id.smartkampung.core.code.KegiatanCode.parse("02.03.10"), AccountCode.parse("5.3.5.01"),
          java.util.Objects.requireNonNullElse(l.fundSource(), FundSource.ADD), "Lanjutan jalan dari SiLPA " + Optional.ofNullable(l.fundSource()).map(FundSource::code).orElse("umum"), l.amount())
          .withFocus(id.smartkampung.core.code.FocusTag.parse("LAINNYA"))); // 2026 lines say their focus (Permendesa PDT 16/2025 pasal 2)
    }
    Apbdes budget2026 = Apbdes.of(YearScenario.VILLAGE, 2026, lines);
    assertEquals(List.of(), id.smartkampung.core.budget.BudgetValidator.check(budget2026).findings());
    // ... and leftover Dana Desa keeps Dana Desa's restriction: it never pays siltap (PP 11/2019 pasal 81)
    silpa.stream().filter(l -> FundSource.DDS.equals(l.fundSource())).findFirst().ifPresent(dds -> {
      List<BudgetLine> misuse = new java.util.ArrayList<>(silpa);
      for (BudgetLine l : silpa) {
        boolean isDds = l == dds;
        misuse.add(BudgetLine.belanja(id.smartkampung.core.code.KegiatanCode.parse(isDds ? "01.01.01" : "02.03.10"), AccountCode.parse(isDds ? "5.1.1.01" : "5.3.5.01"),
            java.util.Objects.requireNonNullElse(l.fundSource(), FundSource.ADD), isDds ? "Siltap dari SiLPA Dana Desa" : "Lanjutan jalan", l.amount()));
      }
      var v = id.smartkampung.core.budget.BudgetValidator.check(Apbdes.of(YearScenario.VILLAGE, 2026, misuse));
      assertTrue(v.errors().stream().anyMatch(f -> f.rule() == Rule.SILTAP_FROM_DANA_DESA), v::toString);
    });
    try (VillageBook next = VillageBook.create(dir.resolve("2026.jsonl"), YearScenario.VILLAGE, 2026)) {
      assertEquals(2026, next.fiscalYear());
    }
  }

  @SuppressWarnings("unused")
  private static <T> T sample(Arbitrary<T> a) {
    return a.sample();
  }
}
