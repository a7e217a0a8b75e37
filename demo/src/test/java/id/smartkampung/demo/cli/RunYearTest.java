package id.smartkampung.demo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.budget.BudgetValidator;
import id.smartkampung.demo.cli.ValidateCommandTest.Result;
import id.smartkampung.demo.report.ReportWriter;
import id.smartkampung.demo.scenario.LedgerBackend;
import id.smartkampung.demo.scenario.Scenario;
import id.smartkampung.demo.scenario.ScenarioListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code run --year}: fiscal year 2026 with the KDMP part of Dana Desa (PMK 7/2026 pasal 15(3):
 * 58,03 % of the pagu, outside the village treasury) runs and audits clean; a year without a
 * shipped pack is a usage error.
 */
class RunYearTest {
  @TempDir Path dir;

  @Test
  @DisplayName("the 2026 budget is the shipped 2026 example: the pagu with KDMP (pagu × 58,03 %, rounded down) as a DDS 6.2.9 outflow, balanced, clean under the 2026 pack; 2027 takes its shape")
  void budget2026() {
    var b = Scenario.budget(2026);
    assertEquals(BudgetJson.example(2026), b);
    assertEquals(2026, b.fiscalYear());
    assertEquals(List.of(), BudgetValidator.check(b).findings(), "clean under the 2026 pack");
    var kdmp = b.lines().stream().filter(l -> l.account().toString().startsWith("6.2.9")).toList();
    assertEquals(1, kdmp.size(), "one KDMP outflow");
    long out = kdmp.get(0).amount().getNumber().longValueExact();
    long pagu = b.lines().stream().filter(l -> l.account().toString().equals("4.2.1.01")).mapToLong(l -> l.amount().getNumber().longValueExact()).sum();
    // PMK 7/2026 pasal 15 ayat (3): 58,03 % of Rp1.270.000.000
    assertEquals(new java.math.BigDecimal(pagu).multiply(new java.math.BigDecimal("0.5803")).setScale(0, java.math.RoundingMode.FLOOR).longValueExact(), out);
    assertEquals(736_981_000L, out);
    assertEquals(533_019_000L, pagu - out, "the regular part");
    var b2027 = Scenario.budget(2027);
    assertEquals(b.lines().size(), b2027.lines().size(), "2027 (provisional pack) is the 2026 example dated 2027");
    assertEquals(b.totalBelanja(), b2027.totalBelanja());
  }

  @Test
  @DisplayName("2026 run: the perubahan budgets the KDMP support (Permendesa PDT 16/2025 pasal 2 ayat (1) huruf e), paid from the regular part; the 2026 year's Dana Desa receipts are the regular part")
  void kdmpSupportInThePerubahan() throws Exception {
    var r = Scenario.run(2026, Scenario.DEFAULT_SEED, LedgerBackend.inMemory(), dir, ScenarioListener.NONE);
    var lc = r.ledger().lifecycle().orElseThrow();
    var original = lc.original().budget();
    var revised = lc.revision().orElseThrow().budget();
    java.util.function.Predicate<id.smartkampung.core.budget.BudgetLine> kdmpBelanja =
        l -> l.section() == id.smartkampung.core.budget.Section.BELANJA && l.focus() != null && l.focus().code().equals("KDMP");
    assertTrue(original.lines().stream().noneMatch(kdmpBelanja), "not in the APBDes induk");
    var support = revised.lines().stream().filter(kdmpBelanja).toList();
    assertEquals(1, support.size(), "in the perubahan");
    assertEquals(id.smartkampung.core.code.FundSource.DDS, support.get(0).fundSource());
    assertEquals(original.totalPendapatan(), revised.totalPendapatan().subtract(id.smartkampung.core.money.Idr.of(100_000_000L)), "only the PBK bridge grant is new revenue");
    var item = support.get(0).itemKey().orElseThrow();
    assertEquals(support.get(0).amount(), r.ledger().realised(item), "the support is paid");
  }

  @Test
  @DisplayName("2026 books: the tahap bring only the regular part of Dana Desa into cash; KDMP is recorded as channelled (revenue and its 6.2.9 outflow realised), never in cash")
  void kdmpNeverInCash() throws Exception {
    var r = Scenario.run(2026, Scenario.DEFAULT_SEED, LedgerBackend.inMemory(), dir, ScenarioListener.NONE);
    var lra = r.ledger().yearEnd();
    assertTrue(lra.closed());
    var b = Scenario.budget(2026);
    long pagu = rupiah(b.lines().stream().filter(l -> l.account().toString().startsWith("4.2.1")).map(l -> l.amount()).toList());
    long kdmp = rupiah(b.lines().stream().filter(l -> l.account().toString().startsWith("6.2.9")).map(l -> l.amount()).toList());
    var dd = lra.pendapatan().stream().filter(x -> x.account().toString().startsWith("4.2.1")).toList();
    assertEquals(pagu, rupiah(dd.stream().map(x -> x.budget()).toList()), "the budget has the whole pagu");
    // PMK 7/2026 pasal 26: the KDMP part goes RKUN → escrow; record-kdmp-channelling realises it as revenue and outflow
    assertEquals(pagu, rupiah(dd.stream().map(x -> x.realised()).toList()), "the whole pagu is realised: the regular part received, the KDMP part channelled");
    var out = lra.pembiayaanPengeluaran().stream().filter(x -> x.account().toString().startsWith("6.2.9")).toList();
    assertEquals(kdmp, rupiah(out.stream().map(x -> x.budget()).toList()));
    assertEquals(kdmp, rupiah(out.stream().map(x -> x.realised()).toList()), "the KDMP outflow is realised by the channelling");
    long intoCash = rupiah(r.ledger().bku().entries().stream().filter(e -> e.account().toString().startsWith("4.2.1")).map(e -> e.in()).toList());
    assertEquals(pagu - kdmp, intoCash, "the BKU (the village's cash) received the regular part only");
    // the 2026 example also opens with Rp25 juta SiLPA of Dana Desa (6.1.1, DDS): Dana Desa money in the treasury
    long silpaDds = rupiah(b.lines().stream().filter(l -> l.account().toString().startsWith("6.1.1") && id.smartkampung.core.code.FundSource.DDS.equals(l.fundSource())).map(l -> l.amount()).toList());
    assertEquals(25_000_000L, silpaDds);
    assertEquals(pagu - kdmp + silpaDds, rupiah(List.of(r.ledger().danaDesaAbsorption().received())), "absorption counts Dana Desa received into the treasury only (its SiLPA too)");
    assertEquals(kdmp, rupiah(List.of(r.ledger().danaDesaAbsorption().parts().get("KDMP").received())));
    assertTrue(r.ledger().recheck().isEmpty(), () -> r.ledger().recheck().toString());
  }

  private static long rupiah(List<? extends javax.money.MonetaryAmount> amounts) {
    return amounts.stream().mapToLong(a -> a.getNumber().numberValue(java.math.BigDecimal.class).longValueExact()).sum();
  }

  @Test
  @DisplayName("run --year 2026: exit 0, the journal of 2026 audits clean, the dashboard names 2026")
  void run2026() throws Exception {
    Path out = dir.resolve("y2026");
    Result r = ValidateCommandTest.run("run", "--year", "2026", "--out", out.toString(), "--lang", "en");
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("KDMP"), "the console says where KDMP went: " + r.out());
    Path journal;
    try (var s = Files.list(out)) {
      journal = s.filter(p -> p.getFileName().toString().matches("jurnal-.*-2026\\.jsonl")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
    }
    Result audit = ValidateCommandTest.run("audit", journal.toString(), "--lang", "en");
    assertEquals(ExitCode.OK, audit.code(), audit.out() + audit.err());
    assertTrue(audit.out().contains("Clean:"), audit.out());
    assertFalse(audit.out().contains("warning"), audit.out());
    String html = Files.readString(out.resolve(ReportWriter.VILLAGE_PAGE), UTF_8);
    assertTrue(html.contains("APBDes 2026"), "the dashboard names the year");
    assertFalse(html.contains("2025 Desa"), "and not the default year");
    assertTrue(html.contains("The KDMP part of Dana Desa is budgeted as Dana Desa revenue"), "the dashboard says where KDMP went");
    assertTrue(Files.exists(out.resolve("realisasi-apbdes-2026.csv")));
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2027})
  @DisplayName("run --year 2024 and 2027 (on its provisional pack, said on the console): exit 0, the journal audits without error")
  void otherYears(int year) throws Exception {
    Path out = dir.resolve("y" + year);
    Result r = ValidateCommandTest.run("run", "--year", Integer.toString(year), "--out", out.toString(), "--lang", "en");
    assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    assertEquals(year == 2027, r.out().contains("policy pack is provisional"), r.out());
    Path journal = out.resolve("jurnal-" + Scenario.village().code() + "-" + year + ".jsonl");
    Result audit = ValidateCommandTest.run("audit", journal.toString(), "--lang", "en");
    assertEquals(ExitCode.OK, audit.code(), audit.out() + audit.err());
    assertTrue(Files.readString(out.resolve(ReportWriter.VILLAGE_PAGE), UTF_8).contains("APBDes " + year));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1999", "2023", "2028", "abc"})
  @DisplayName("run --year without a shipped pack: exit 2, one line naming the years, nothing run")
  void unknownYear(String year) {
    Result r = ValidateCommandTest.run("run", "--year", year, "--out", dir.resolve("never").toString());
    assertEquals(ExitCode.UNREADABLE, r.code(), r.out() + r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(year) && r.err().contains("2026"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(dir.resolve("never")));
  }
}
