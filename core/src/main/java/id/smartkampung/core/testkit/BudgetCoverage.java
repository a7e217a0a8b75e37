package id.smartkampung.core.testkit;

import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetDiff;
import id.smartkampung.core.budget.Section;
import net.jqwik.api.statistics.Statistics;

/**
 * Coverage labels for property runs over budgets — <i>cakupan uji</i>: call these inside a jqwik
 * property and the run's report shows what the generated budgets covered (sizes, years, SiLPA,
 * zero lines, corruption kinds, kinds of revision changes). Only valid inside a running property.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class BudgetCoverage {
  private BudgetCoverage() {}

  /** Labels a budget: number of lines (bucketed), fiscal year, unearmarked SiLPA, zero lines. */
  public static void collect(Apbdes budget) {
    Statistics.label("lines").collect(sizeBucket(budget.lines().size()));
    Statistics.label("fiscal year").collect(budget.fiscalYear());
    Statistics.label("unearmarked SiLPA")
        .collect(budget.lines(Section.PEMBIAYAAN_PENERIMAAN).stream().anyMatch(l -> l.fundSource() == null));
    Statistics.label("has a zero line").collect(budget.lines().stream().anyMatch(l -> l.amount().isZero()));
  }

  /** Labels a corrupted budget by its corruption kind and the size of the budget. */
  public static void collect(Corrupted corrupted) {
    Statistics.label("corruption").collect(corrupted.kind());
    Statistics.label("lines").collect(sizeBucket(corrupted.budget().lines().size()));
  }

  /** Labels a revision by the kinds of change it makes. */
  public static void collect(BudgetDiff diff) {
    for (BudgetDiff.Kind k : BudgetDiff.Kind.values()) {
      Statistics.label("revision " + k.name().toLowerCase(java.util.Locale.ROOT)).collect(!diff.changes(k).isEmpty());
    }
  }

  /** The bucket of a number of lines: {@code <20}, {@code 20-49}, {@code 50-99}, {@code 100-149}, {@code >=150}. */
  public static String sizeBucket(int lines) {
    if (lines < 20) {
      return "<20";
    }
    if (lines < 50) {
      return "20-49";
    }
    if (lines < 100) {
      return "50-99";
    }
    return lines < 150 ? "100-149" : ">=150";
  }
}
