package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.smartkampung.core.money.Idr;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of reading amounts as Indonesian pages print them, and of a revision table's pairing
 * (issue 15).
 */
class AmountFormatProperties {
  private static final Village VILLAGE = Village.of("35.10.01.2003", "Sumberagung", "Pesanggaran", "Banyuwangi");

  private static String grouped(long rupiah) {
    StringBuilder b = new StringBuilder(Long.toString(rupiah));
    for (int i = b.length() - 3; i > 0; i -= 3) {
      b.insert(i, '.');
    }
    return b.toString();
  }

  @Property(tries = 500)
  void anAmountPrintedTheIndonesianWayReadsBackExactly(
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long rupiah, @ForAll @IntRange(min = 0, max = 99) int sen,
      @ForAll boolean prefix, @ForAll boolean negative) {
    String text = grouped(rupiah) + "," + String.format("%02d", sen);
    text = prefix ? "Rp " + text : text;
    text = negative ? "(" + text + ")" : text;
    BigDecimal expected = BigDecimal.valueOf(rupiah * 100 + sen, 2);
    assertEquals(0, (negative ? expected.negate() : expected).compareTo(AmountFormat.INDONESIAN.parse(text)), text);
  }

  @Property(tries = 300)
  void wholeRupiahWithThousandsDotsAreReadOnlyWhenUnambiguous(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long rupiah) {
    String text = grouped(rupiah);
    long dots = text.chars().filter(c -> c == '.').count();
    if (dots == 1) {
      assertThrows(IllegalArgumentException.class, () -> AmountFormat.INDONESIAN.parse(text), text);
    } else {
      assertEquals(0, BigDecimal.valueOf(rupiah).compareTo(AmountFormat.INDONESIAN.parse(text)), text);
    }
  }

  @Property(tries = 300)
  void whatStrictReadsTheOptionReadsTheSameOrRefusesAsAmbiguous(
      @ForAll @LongRange(min = 0, max = 99_999_999_999L) long sen, @ForAll @IntRange(min = 0, max = 2) int decimals) {
    String text = BigDecimal.valueOf(sen, decimals).toPlainString();
    BigDecimal strict = AmountFormat.STRICT.parse(text);
    assertEquals(0, strict.compareTo(AmountFormat.INDONESIAN.parse(text)), text);
  }

  /** Rows of one identity with random before/after amounts: the diff is the rows, as written. */
  @Property(tries = 200)
  void aRevisionTablesDiffPairsAsTheRowsDo(@ForAll List<@LongRange(min = 0, max = 1_000_000_000L) Long> befores,
      @ForAll List<@LongRange(min = 0, max = 1_000_000_000L) Long> afters) throws IOException {
    int n = Math.min(befores.size(), afters.size());
    StringBuilder csv = new StringBuilder("section,account_code,kegiatan_code,description,amount_before,amount_after,fund_source\n");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long b = befores.get(i);
      long a = afters.get(i);
      csv.append("belanja,5.3.5.01,02.03.10,Rabat beton,").append(b).append(',').append(a).append(",DDS\n");
      if (a != b) {
        expected.add(Idr.format(Idr.of(b)) + "->" + Idr.format(Idr.of(a)));
      }
    }
    BudgetCsv.Revision r = BudgetCsv.readRevision(new StringReader(csv.toString()), "p.csv", VILLAGE, 2025);
    List<String> actual = new ArrayList<>();
    r.diff().changes().forEach(c -> actual.add(Idr.format(c.before()) + "->" + Idr.format(c.after())));
    assertEquals(expected, actual);
    assertEquals(r.after(), r.diff().applyTo(r.before()));
  }
}
