package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.util.ArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of budget files (DESIGN §5): write→read gives an equal budget, whatever the amounts and
 * descriptions; and any corruption of a valid file gives a budget or a {@link
 * BudgetFormatException} — never another exception.
 */
class BudgetIoProperties {
  private static final Apbdes EXAMPLE = BudgetJson.example();

  @Property(tries = 200)
  void jsonWriteThenReadGivesAnEqualBudget(@ForAll("budgets") Apbdes budget) {
    assertEquals(budget, BudgetJson.parse(BudgetJson.toJson(budget)));
  }

  @Property(tries = 200)
  void csvWriteThenReadGivesAnEqualBudget(@ForAll("budgetsWithoutOutputs") Apbdes budget) {
    assertEquals(budget, BudgetCsv.parse(BudgetCsv.toCsv(budget), budget.village(), budget.fiscalYear()));
  }

  @Property(tries = 300)
  void aCorruptedJsonFileGivesABudgetOrAFormatError(
      @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll("junk") String junk, @ForAll boolean replace) {
    String json = BudgetJson.toJson(EXAMPLE);
    int i = at % json.length();
    String bad = json.substring(0, i) + junk + json.substring(replace ? Math.min(json.length(), i + junk.length()) : i);
    try {
      BudgetJson.parse(bad);
    } catch (BudgetFormatException e) {
      assertFalse(e.findings().isEmpty());
      e.findings().forEach(f -> assertFalse(f.path().isEmpty(), f.toString()));
    }
  }

  @Property(tries = 300)
  void aCorruptedCsvFileGivesABudgetOrAFormatError(
      @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll("junk") String junk, @ForAll boolean replace) {
    String csv = BudgetCsv.toCsv(EXAMPLE);
    int i = at % csv.length();
    String bad = csv.substring(0, i) + junk + csv.substring(replace ? Math.min(csv.length(), i + junk.length()) : i);
    try {
      BudgetCsv.parse(bad, EXAMPLE.village(), 2025);
    } catch (BudgetFormatException e) {
      assertFalse(e.findings().isEmpty());
    }
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.oneOf(
        Arbitraries.of("\"", ",", "{", "}", "[", "]", ":", "\n", "\r\n", "-", ".", "0", "1e5", "null", "true", "\\", "\u0000", "\uFEFF", "ÿ"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(4));
  }

  /**
   * Any valid budget the auditor kit generates (every shipped year, any village, focus tags from 2025
   * on) survives JSON and CSV; CSV carries the focus tags and quantities but not the outputs.
   */
  @Property(tries = 100)
  void generatedValidBudgetsRoundTripThroughJsonAndCsv(@ForAll("validBudgets") Apbdes budget) {
    assertEquals(budget, BudgetJson.parse(BudgetJson.toJson(budget)));
    Apbdes withoutOutputs = budget.withLines(budget.lines().stream()
        .map(l -> new BudgetLine(l.section(), l.account(), l.kegiatan(), l.description(), l.amount(), l.fundSource(), null, l.focus(), l.quantity()))
        .toList());
    assertEquals(withoutOutputs, BudgetCsv.parse(BudgetCsv.toCsv(budget), budget.village(), budget.fiscalYear()));
  }

  @Provide
  Arbitrary<Apbdes> validBudgets() {
    return id.smartkampung.core.testkit.BudgetArbitraries.validBudgets();
  }

  @Provide
  Arbitrary<Apbdes> budgets() {
    return budgets(true);
  }

  @Provide
  Arbitrary<Apbdes> budgetsWithoutOutputs() {
    return budgets(false);
  }

  /** Subsets of the example's lines with any amounts (to the sen) and descriptions. */
  private static Arbitrary<Apbdes> budgets(boolean outputs) {
    Arbitrary<BigDecimal> amounts =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 2_000_000_000_000L).map(sen -> BigDecimal.valueOf(sen, 2)),
            // up to the longest amount a reader takes (Idr.MAX_INTEGER_DIGITS digits of rupiah), far beyond a long of sen
            Arbitraries.bigIntegers().between(java.math.BigInteger.ZERO, java.math.BigInteger.TEN.pow(Idr.MAX_INTEGER_DIGITS + 2).subtract(java.math.BigInteger.ONE))
                .map(sen -> new BigDecimal(sen, 2)),
            Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.01"), new BigDecimal("52200000")));
    Arbitrary<String> texts =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.of("Rabat beton, 350 m", "\"Honor\" kader", "baris\nbaru", "  spasi  ", "Gandrung — Banyuwangi", ""));
    Arbitrary<BudgetLine> line =
        Combinators.combine(Arbitraries.of(EXAMPLE.lines()), amounts, texts, texts.optional())
            .as((l, amount, description, output) ->
                new BudgetLine(
                    l.section(),
                    l.account(),
                    l.kegiatan(),
                    description,
                    Idr.of(amount),
                    l.fundSource(),
                    outputs && l.section() == Section.BELANJA ? output.orElse(null) : null));
    return line.list().ofMaxSize(30).map(ls -> Apbdes.of(EXAMPLE.village(), 2025, new ArrayList<>(ls)));
  }
}
