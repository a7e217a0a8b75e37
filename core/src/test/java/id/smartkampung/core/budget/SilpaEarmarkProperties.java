package id.smartkampung.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.testkit.BudgetArbitraries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.javamoney.moneta.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 12, SiLPA per fund source at validation: SiLPA keeps its source's earmark (leftover Dana
 * Desa stays Dana Desa; the year-end close and {@code open-year} open SiLPA per source). For every
 * shipped year, part of a source's revenue in a valid budget is moved to SiLPA (6.1.1):
 *
 * <ul>
 *   <li>of the same source — the budget stays valid (the SiLPA covers its own source);
 *   <li>without a source — it no longer covers that source's lines: exactly {@code
 *       I3.fund-source-overallocated} (ERROR, naming the source) and {@code I4.silpa-mismatch}
 *       (WARNING, the line counted as the unearmarked {@code SILPA});
 *   <li>without a source, spent on a line budgeted from {@code SILPA} — only the warning.
 * </ul>
 */
class SilpaEarmarkProperties {
  private static final AccountCode SILPA = AccountCode.parse("6.1.1.01");

  /** A valid budget, a revenue line of a source other than Dana Desa, and how much of it (1 rupiah up to all of it) moves to SiLPA. */
  record Move(Apbdes valid, int line, long rupiah) {}

  @Property(tries = 150)
  void silpaOfTheSameSourceKeepsTheBudgetValid(@ForAll("moves") Move m) {
    Apbdes b = moved(m, sourceOf(m), false);
    Statistics.label("year").collect(b.fiscalYear());
    assertEquals(baseline(m.valid()), rules(BudgetValidator.check(b).findings()), () -> BudgetValidator.check(b).findings().toString());
  }

  @Property(tries = 150)
  void silpaWithoutSourceCoversNoOtherSource(@ForAll("moves") Move m) {
    FundSource s = sourceOf(m);
    Apbdes b = moved(m, null, false);
    BudgetValidation v = BudgetValidator.check(b);
    Set<Rule> added = rules(v.findings());
    added.removeAll(baseline(m.valid()));
    Statistics.label("source").collect(s.code());
    assertEquals(EnumSet.of(Rule.FUND_SOURCE_OVERALLOCATED, Rule.SILPA_MISMATCH), added, v.findings()::toString);
    List<Finding> errors = v.errors();
    assertEquals(1, errors.size(), errors::toString);
    assertEquals(Rule.FUND_SOURCE_OVERALLOCATED, errors.get(0).rule());
    assertEquals(s.code(), errors.get(0).data().get("fundSource"));
  }

  @Property(tries = 150)
  void silpaWithoutSourcePaysLinesBudgetedFromSilpa(@ForAll("moves") Move m) {
    Apbdes b = moved(m, null, true);
    BudgetValidation v = BudgetValidator.check(b);
    Set<Rule> added = rules(v.findings());
    added.removeAll(baseline(m.valid()));
    assertEquals(EnumSet.of(Rule.SILPA_MISMATCH), added, v.findings()::toString);
    assertTrue(v.errors().isEmpty(), v.findings()::toString);
  }

  /**
   * The move: the revenue line lowered by the amount, a SiLPA line of that amount (of {@code source},
   * or none); with {@code spentFromSilpa}, the source's own revenue is left and the SiLPA pays a new
   * paving line budgeted from {@code SILPA} instead.
   */
  private static Apbdes moved(Move m, @org.jspecify.annotations.Nullable FundSource source, boolean spentFromSilpa) {
    List<BudgetLine> lines = new ArrayList<>(m.valid().lines());
    Money amount = Idr.of(m.rupiah());
    if (spentFromSilpa) {
      lines.add(BudgetLine.belanja(KegiatanCode.parse("02.03.11"), AccountCode.parse("5.3.5.01"), FundSource.SILPA, "Paving gang dari SiLPA", amount));
    } else {
      BudgetLine l = lines.get(m.line());
      lines.set(m.line(), l.withAmount(l.amount().subtract(amount)));
    }
    lines.add(source == null ? BudgetLine.penerimaanPembiayaan(SILPA, "SiLPA tahun sebelumnya", amount) : BudgetLine.penerimaanPembiayaan(SILPA, source, "SiLPA tahun sebelumnya", amount));
    return Apbdes.of(m.valid().village(), m.valid().fiscalYear(), lines);
  }

  private static FundSource sourceOf(Move m) {
    return validator(m.valid()).effectiveFundSource(m.valid().lines().get(m.line())).orElseThrow();
  }

  private static BudgetValidator validator(Apbdes b) {
    return BudgetValidator.of(PolicyPack.forYear(b.fiscalYear()));
  }

  /** Revenue lines of a source other than Dana Desa (whose pagu is the base of its priorities) that its lines spend in full. */
  private static List<Integer> candidates(Apbdes b) {
    BudgetValidator v = validator(b);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < b.lines().size(); i++) {
      BudgetLine l = b.lines().get(i);
      Optional<FundSource> s = v.effectiveFundSource(l);
      if (l.section() == Section.PENDAPATAN && s.isPresent() && !s.get().equals(FundSource.DDS) && l.amount().isGreaterThanOrEqualTo(Idr.of(1))
          && spends(b, v, s.get())) {
        out.add(i);
      }
    }
    return out;
  }

  /** Whether the source's spending takes all it brings in (so that a rupiah less is a shortfall). */
  private static boolean spends(Apbdes b, BudgetValidator v, FundSource s) {
    BigDecimal in = BigDecimal.ZERO;
    BigDecimal out = BigDecimal.ZERO;
    for (BudgetLine l : b.lines()) {
      if (v.effectiveFundSource(l).filter(s::equals).isPresent()) {
        BigDecimal n = l.amount().getNumberStripped();
        if (l.section().isInflow()) {
          in = in.add(n);
        } else {
          out = out.add(n);
        }
      }
    }
    return out.compareTo(in) >= 0;
  }

  @Provide
  Arbitrary<Move> moves() {
    return Arbitraries.of(List.copyOf(PolicyPack.shippedYears().tailSet(2024)))
        .flatMap(BudgetArbitraries::validBudgets)
        .filter(b -> !candidates(b).isEmpty())
        .flatMap(b -> {
          List<Integer> c = candidates(b);
          return Arbitraries.of(c).flatMap(i -> {
            long whole = b.lines().get(i).amount().getNumber().longValue();
            return Arbitraries.longs().between(1, Math.max(1, whole)).map(r -> new Move(b, i, r));
          });
        });
  }

  private static Set<Rule> baseline(Apbdes b) {
    return BudgetProperties.baseline(b);
  }

  private static Set<Rule> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
  }
}
