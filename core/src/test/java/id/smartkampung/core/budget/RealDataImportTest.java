package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Real published budgets (Kabupaten Wonosobo open-data portal, APBDes 2025, Siskeudes
 * <i>penjabaran</i> layout; see {@code realdata/README.md}) import, and their totals and revision
 * difference come out as the pages state them.
 */
class RealDataImportTest {
  private static final String DIR = "realdata/";
  private static final Village PERBOTO = Village.of("33.07.07.2003", "Perboto", "Kalikajar", "Wonosobo");
  private static final Village SOJOKERTO = Village.of("33.07.05.2004", "Sojokerto", "Leksono", "Wonosobo");

  @Test
  void perbotoExcerptImportsEveryLine() throws IOException {
    Apbdes b = perboto();
    assertEquals(13, b.lines().size());
    assertEquals(5, b.lines(Section.PENDAPATAN).size());
    assertEquals(8, b.lines(Section.BELANJA).size());
    // amounts without sen are read exactly
    BudgetLine dd = b.lines(Section.PENDAPATAN).stream().filter(l -> l.account().equals(AccountCode.parse("4.2.1.01"))).findFirst().orElseThrow();
    assertTrue(dd.amount().isEqualTo(Idr.of(964_073_000)));
    assertEquals(FundSource.DDS, dd.fundSource());
  }

  @Test
  void perbotoJumlahPendapatanMatchesThePage() throws IOException {
    Map<String, String> row = totals("perboto-2025-apbdes-excerpt-totals.csv").stream()
        .filter(r -> r.get("total").equals("jumlah_pendapatan")).findFirst().orElseThrow();
    assertEquals("True", row.get("block_complete_in_excerpt"));
    assertEquals(rupiah(row.get("amount_stated")), perboto().totalPendapatan().getNumberStripped().stripTrailingZeros());
    assertEquals(rupiah(row.get("children_sum_computed")), perboto().totalPendapatan().getNumberStripped().stripTrailingZeros());
  }

  @Test
  void perbotoTotalsPerKegiatanMatchThePageWhereTheBlockIsComplete() throws IOException {
    Map<KegiatanCode, Money> byKegiatan = perboto().belanjaByKegiatan();
    int complete = 0;
    for (Map<String, String> row : totals("perboto-2025-apbdes-excerpt-totals.csv")) {
      if (!row.get("total").equals("kegiatan")) {
        continue;
      }
      BigDecimal ours = byKegiatan.get(KegiatanCode.parse(row.get("code"))).getNumberStripped().stripTrailingZeros();
      // what we sum is what the transcriber summed from the visible lines, for every kegiatan
      assertEquals(rupiah(row.get("children_sum_computed")), ours, row.get("code"));
      if (row.get("block_complete_in_excerpt").equals("True")) {
        assertEquals(rupiah(row.get("amount_stated")), ours, "stated total of " + row.get("code"));
        complete++;
      } else {
        assertTrue(ours.compareTo(rupiah(row.get("amount_stated"))) < 0, "an incomplete block sums to less than stated");
      }
    }
    assertEquals(3, complete, "01.01.01, 01.01.02 and 01.01.03 are complete in the excerpt");
  }

  @Test
  void perbotoValidatesWithItsExcerptFindingsOnly() throws IOException {
    try (Reader in = reader("perboto-2025-apbdes-excerpt.csv")) {
      CheckedBudget c = BudgetCsv.readChecked(in, "perboto.csv", PERBOTO, 2025, BudgetValidator.of(PolicyPack.forYear(2025)));
      // an excerpt does not balance (most of the belanja is missing): that, and nothing about codes or amounts
      assertTrue(c.validation().has(Rule.BALANCE));
      assertFalse(c.validation().has(Rule.CODE_UNKNOWN));
      assertFalse(c.validation().has(Rule.AMOUNT_NEGATIVE));
      assertFalse(c.validation().has(Rule.LINE_DUPLICATE));
      assertFalse(c.validation().has(Rule.SILTAP_FROM_DANA_DESA));
    }
  }

  @Test
  void sojokertoRevisionImportsAsBeforeAndAfterWithZeroLines() throws IOException {
    BudgetCsv.Revision r = sojokerto();
    assertEquals(12, r.before().lines().size());
    assertEquals(12, r.after().lines().size());
    BudgetLine provinsi = r.before().lines().stream()
        .filter(l -> l.account().equals(AccountCode.parse("4.2.4.01"))).findFirst().orElseThrow();
    assertTrue(provinsi.amount().isZero(), "a zero line (funded only in the revision) is imported");
    // the page leaves fund sources empty: revenue gets its natural source, belanja stays empty
    assertEquals(FundSource.PBP, provinsi.fundSource());
    assertEquals(FundSource.PAD, line(r.before(), "4.1.2.07").fundSource());
    assertNull(line(r.before(), "5.1.1.01").fundSource());
  }

  @Test
  void sojokertoDifferenceComesOutAsPublished() throws IOException {
    BudgetDiff diff = sojokerto().diff();
    assertEquals(4, diff.changes().size(), diff.toString());
    assertChange(diff, "4.2.4.01", BudgetDiff.Kind.INCREASED, 0, 80_000_000);
    assertChange(diff, "4.2.5.01", BudgetDiff.Kind.INCREASED, 100_000_000, 200_000_000);
    assertChange(diff, "5.1.2.01", BudgetDiff.Kind.DECREASED, 328_700_000, 326_325_000);
    assertChange(diff, "5.1.2.02", BudgetDiff.Kind.DECREASED, 23_600_000, 23_400_000);
    assertTrue(diff.changes(BudgetDiff.Kind.ADDED).isEmpty());
    assertTrue(diff.changes(BudgetDiff.Kind.REMOVED).isEmpty());
    assertTrue(diff.delta(Section.PENDAPATAN).isEqualTo(Idr.of(180_000_000)));
    Money kegiatan = diff.changes().stream()
        .filter(c -> KegiatanCode.parse("01.01.02").equals(c.line().kegiatan()))
        .map(BudgetDiff.Change::delta).reduce(Idr.ZERO, Money::add);
    assertTrue(kegiatan.isEqualTo(Idr.of(-2_575_000)), kegiatan.toString());
    assertEquals(sojokerto().after(), diff.applyTo(sojokerto().before()));
  }

  @Test
  void sojokertoTotalsBeforeAndAfterMatchThePageWhereTheBlockIsComplete() throws IOException {
    BudgetCsv.Revision r = sojokerto();
    int checked = 0;
    for (Map<String, String> row : totals("sojokerto-2025-perubahan-excerpt-totals.csv")) {
      if (!row.get("block_complete_in_excerpt").equals("True")) {
        continue;
      }
      BigDecimal before;
      BigDecimal after;
      if (row.get("total").equals("jumlah_pendapatan")) {
        before = plain(r.before().totalPendapatan());
        after = plain(r.after().totalPendapatan());
      } else {
        KegiatanCode k = KegiatanCode.parse(row.get("code"));
        before = plain(r.before().belanjaByKegiatan().get(k));
        after = plain(r.after().belanjaByKegiatan().get(k));
      }
      assertEquals(rupiah(row.get("before_stated")), before, row.get("description"));
      assertEquals(rupiah(row.get("after_stated")), after, row.get("description"));
      assertEquals(rupiah(row.get("before_children_sum_computed")), before);
      assertEquals(rupiah(row.get("after_children_sum_computed")), after);
      assertEquals(rupiah(row.get("delta_stated")), after.subtract(before).stripTrailingZeros());
      checked++;
    }
    assertEquals(3, checked);
  }

  private static void assertChange(BudgetDiff diff, String account, BudgetDiff.Kind kind, long before, long after) {
    BudgetDiff.Change c = diff.changes().stream()
        .filter(x -> x.line().account().equals(AccountCode.parse(account))).findFirst().orElseThrow(() -> new AssertionError("no change of " + account));
    assertEquals(kind, c.kind(), account);
    assertTrue(c.before().isEqualTo(Idr.of(before)), account + " before " + c.before());
    assertTrue(c.after().isEqualTo(Idr.of(after)), account + " after " + c.after());
    assertTrue(c.delta().isEqualTo(Idr.of(after - before)), account + " delta");
  }

  private static BudgetLine line(Apbdes b, String account) {
    return b.lines().stream().filter(l -> l.account().equals(AccountCode.parse(account))).findFirst().orElseThrow();
  }

  private static BigDecimal plain(Money m) {
    return m.getNumberStripped().stripTrailingZeros();
  }

  private static BigDecimal rupiah(String text) {
    return new BigDecimal(text).stripTrailingZeros();
  }

  static Apbdes perboto() throws IOException {
    try (Reader in = reader("perboto-2025-apbdes-excerpt.csv")) {
      return BudgetCsv.read(in, "perboto-2025-apbdes-excerpt.csv", PERBOTO, 2025);
    }
  }

  static BudgetCsv.Revision sojokerto() throws IOException {
    try (Reader in = reader("sojokerto-2025-perubahan-excerpt.csv")) {
      return BudgetCsv.readRevision(in, "sojokerto-2025-perubahan-excerpt.csv", SOJOKERTO, 2025);
    }
  }

  private static Reader reader(String name) {
    InputStream in = RealDataImportTest.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new AssertionError("test resource " + DIR + name + " missing");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static List<Map<String, String>> totals(String name) throws IOException {
    try (Reader in = reader(name)) {
      MappingIterator<Map<String, String>> it =
          new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(in);
      return it.readAll();
    }
  }
}
