package id.smartkampung.core.ledger.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.LedgerSnapshot;
import id.smartkampung.core.ledger.Operation.OpenYear;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * The opening of a village's next fiscal year from the close of this one — <i>saldo awal tahun
 * anggaran berikutnya</i>: the SiLPA (<i>sisa lebih perhitungan anggaran</i>) per fund source, each
 * keeping its earmark, and the unfinished activities that continue through the DPAL ({@link Dpal}).
 * A village app opens 2027 from its closed 2026 book with {@code YearOpening.from(ledger2026,
 * continuing).operation(id, kaurKeuangan, at, reference)} and gives that operation to the 2027
 * ledger once the 2027 budget is in force ({@link OpenYear}).
 *
 * <p>The SiLPA of a source is what the source has left at the close: its cash less the tax withheld
 * and still owed (that tax is a debt carried into the next year's tax book, not the village's
 * money). Money that was Dana Desa stays Dana Desa: in the next year it is cash of {@code DDS} and
 * pays only Dana Desa lines, under Dana Desa's rules; leftover ADD stays ADD and may pay siltap.
 * Before SiLPA was kept per source, a budget's SiLPA line without a source was an unearmarked pool
 * that covered any source's shortfall; since issue 12 the budget's validation counts such a line as
 * the unearmarked {@code SILPA} source (it pays only lines budgeted from {@code SILPA}) with a
 * {@link Rule#SILPA_MISMATCH} warning, and the opening reports it the same way.
 *
 * <p>The regulation's articles for carrying SiLPA per source with its earmark and for the DPAL are
 * unconfirmed here (Permendagri 20/2018 on SiLPA as penerimaan pembiayaan 6.1.1; the Dana Desa
 * PMK on the use of Dana Desa left in the RKD).
 *
 * @param village the village
 * @param closedYear the year closed; the opening is of {@code closedYear + 1}
 * @param silpa the SiLPA per fund source, each amount positive
 * @param dpal the DPAL items carried, in item order, each remaining amount positive
 * @param taxOwed the tax withheld and not deposited at the close, per levy, period and fund source
 *     ({@link Ledger#taxOwed}): brought into the next year's tax book and its bank balance, to be
 *     deposited there (December's withholdings are due in January, PMK 81/2024 Pasal 94)
 */
@Api(Api.Status.EXPERIMENTAL)
public record YearOpening(
    Village village, int closedYear, ImmutableSortedMap<FundSource, Money> silpa, ImmutableList<OpenYear.Carried> dpal, ImmutableList<OpenYear.CarriedTax> taxOwed) {
  /** The jenis of SiLPA in the chart of accounts: <i>SiLPA tahun sebelumnya</i> (penerimaan pembiayaan 6.1.1). */
  public static final AccountCode SILPA = AccountCode.parse("6.1.1");

  public YearOpening {
    requireNonNull(village, "village");
    requireNonNull(silpa, "silpa");
    requireNonNull(dpal, "dpal");
    requireNonNull(taxOwed, "taxOwed");
  }

  /** The opening of the next year from a closed ledger without continuing activities. */
  public static YearOpening from(Ledger closed) {
    return from(closed, List.of());
  }

  /**
   * The opening of the next year from a closed ledger: the SiLPA per source and the DPAL of the
   * continuing kegiatan the Kepala Desa names ({@link Dpal#of}).
   *
   * @throws IllegalArgumentException if the year is not closed, a continuing kegiatan is not in the
   *     budget, or the DPAL of a source needs more than that source's SiLPA ({@link
   *     Rule#DPAL_EXCEEDS_SILPA}: e.g. Dana Desa budgeted but never received), naming it
   */
  public static YearOpening from(Ledger closed, Collection<KegiatanCode> continuing) {
    requireNonNull(closed, "closed");
    Dpal d = Dpal.of(closed, continuing);
    LedgerSnapshot s = closed.snapshot();
    ImmutableSortedMap.Builder<FundSource, Money> silpa = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<FundSource, LedgerSnapshot.FundPosition> e : s.funds().entrySet()) {
      Money left = e.getValue().available();
      if (left.isPositive()) {
        silpa.put(e.getKey(), left);
      }
    }
    ImmutableList.Builder<OpenYear.Carried> carried = ImmutableList.builder();
    for (Dpal.Line l : d.lines()) {
      carried.add(new OpenYear.Carried(l.item(), l.remaining()));
    }
    YearOpening o = new YearOpening(closed.village(), closed.fiscalYear(), silpa.build(), carried.build(), closed.taxOwed());
    List<Finding> unfunded = dpalWithinSilpa(o.silpa, o.dpal, "dpal");
    checkArgument(unfunded.isEmpty(), "%s %s cannot open %s: %s", closed.village().name(), closed.fiscalYear(), closed.fiscalYear() + 1,
        unfunded.isEmpty() ? "" : unfunded.get(0).message());
    return o;
  }

  /** The year this opening opens. */
  public int openingYear() {
    return closedYear + 1;
  }

  /** The SiLPA of all sources. */
  public Money silpaTotal() {
    Money t = Idr.ZERO;
    for (Money m : silpa.values()) {
      t = t.add(m);
    }
    return t;
  }

  /** The opening as the operation the next year's ledger takes, by the Kaur Keuangan. */
  public OpenYear operation(OperationId id, Official kaurKeuangan, Instant at, String reference) {
    return new OpenYear(id, kaurKeuangan, at, closedYear, silpa, dpal, taxOwed, reference);
  }

  /**
   * What the ledger will say of this opening under the next year's budget: a {@link
   * Rule#DPAL_NOT_CARRIED} error per DPAL item the budget does not carry, a {@link
   * Rule#SILPA_MISMATCH} warning per fund source whose planned SiLPA differs; empty when the budget
   * fits. For a village app to check its draft before enactment.
   *
   * @throws IllegalArgumentException if {@code next} is not the same village's budget of the following year
   */
  public ImmutableList<Finding> check(Apbdes next) {
    requireNonNull(next, "next");
    checkArgument(next.village().equals(village) && next.fiscalYear() == closedYear + 1,
        "the opening from %s %s is of the %s budget of the same village, not %s %s", village.name(), closedYear, closedYear + 1, next.village().name(), next.fiscalYear());
    return ImmutableList.<Finding>builder().addAll(carried(dpal, next, closedYear, "dpal")).addAll(silpaMatches(silpa, next, closedYear, "silpa")).build();
  }

  // ----------------------------------------------------------------------- the rules, stated once

  /**
   * The SiLPA (6.1.1) a budget plans per fund source; lines without a source are left out (see
   * {@link #plannedUnearmarked}).
   */
  public static ImmutableSortedMap<FundSource, Money> plannedSilpa(Apbdes budget) {
    Map<FundSource, Money> m = new TreeMap<>();
    for (BudgetLine l : budget.lines()) {
      if (l.section() == Section.PEMBIAYAAN_PENERIMAAN && l.account().startsWith(SILPA) && l.fundSource() != null) {
        m.merge(l.fundSource(), l.amount(), Money::add);
      }
    }
    return ImmutableSortedMap.copyOf(m);
  }

  /** The SiLPA (6.1.1) a budget plans without a fund source: the unearmarked pool of budgets before SiLPA was kept per source. */
  public static Money plannedUnearmarked(Apbdes budget) {
    Money t = Idr.ZERO;
    for (BudgetLine l : budget.lines()) {
      if (l.section() == Section.PEMBIAYAAN_PENERIMAAN && l.account().startsWith(SILPA) && l.fundSource() == null) {
        t = t.add(l.amount());
      }
    }
    return t;
  }

  /**
   * {@link Rule#SILPA_MISMATCH} warnings: per fund source whose SiLPA in the opening differs from
   * the SiLPA the budget plans from it, and one for SiLPA the budget plans without a source.
   */
  public static ImmutableList<Finding> silpaMatches(Map<FundSource, Money> silpa, Apbdes budget, int closedYear, String path) {
    ImmutableSortedMap<FundSource, Money> planned = plannedSilpa(budget);
    TreeSet<FundSource> sources = new TreeSet<>(planned.keySet());
    sources.addAll(silpa.keySet());
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (FundSource f : sources) {
      Money opened = silpa.getOrDefault(f, Idr.ZERO);
      Money plan = planned.getOrDefault(f, Idr.ZERO);
      if (!opened.isEqualTo(plan)) {
        out.add(Finding.warning(Rule.SILPA_MISMATCH, path + "[" + f + "]",
            "the " + closedYear + " close opens with " + plain(opened) + " SiLPA of " + f + " but the " + budget.fiscalYear() + " budget plans " + plain(plan)
                + " from it (6.1.1 of " + f + "); set it right in the perubahan",
            Map.of("fundSource", f.code(), "opened", plain(opened), "planned", plain(plan))));
      }
    }
    Money pool = plannedUnearmarked(budget);
    if (pool.isPositive()) {
      out.add(Finding.warning(Rule.SILPA_MISMATCH, path,
          "the " + budget.fiscalYear() + " budget plans " + plain(pool) + " SiLPA without a fund source, an unearmarked pool as budgets had it before SiLPA was kept per source;"
              + " the " + closedYear + " close opens with SiLPA per source, each keeping its earmark",
          Map.of("unearmarked", plain(pool))));
    }
    return out.build();
  }

  /** {@link Rule#DPAL_NOT_CARRIED} errors: each DPAL item is budgeted with at least its remaining amount. */
  public static ImmutableList<Finding> carried(List<OpenYear.Carried> dpal, Apbdes budget, int closedYear, String path) {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (int i = 0; i < dpal.size(); i++) {
      OpenYear.Carried c = dpal.get(i);
      Finding f = notCarried(c.item(), c.remaining(), budget, closedYear, path + "[" + i + "]");
      if (f != null) {
        out.add(f);
      }
    }
    return out.build();
  }

  /**
   * The {@link Rule#DPAL_NOT_CARRIED} error of one unfinished item, or null if the budget gives it at
   * least its remaining amount: the rule's one statement, for the opening and for {@link
   * Dpal#checkCarriedInto}.
   */
  static @Nullable Finding notCarried(BudgetItemKey item, Money remaining, Apbdes budget, int closedYear, String path) {
    Money budgeted = budget.item(item);
    if (!budgeted.isLessThan(remaining)) {
      return null;
    }
    return Finding.error(Rule.DPAL_NOT_CARRIED, path,
        "the unfinished " + item + " continues with " + plain(remaining) + " left from " + closedYear + " (DPAL) but the " + budget.fiscalYear() + " budget gives it " + plain(budgeted),
        Map.of("item", item.toString(), "remaining", plain(remaining), "budgeted", plain(budgeted)));
  }

  /** {@link Rule#DPAL_EXCEEDS_SILPA} errors: per fund source, the DPAL's remaining amounts within that source's SiLPA. */
  public static ImmutableList<Finding> dpalWithinSilpa(Map<FundSource, Money> silpa, List<OpenYear.Carried> dpal, String path) {
    Map<FundSource, Money> need = new TreeMap<>();
    for (OpenYear.Carried c : dpal) {
      need.merge(c.item().fundSource(), c.remaining(), Money::add);
    }
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    need.forEach((f, n) -> {
      Money has = silpa.getOrDefault(f, Idr.ZERO);
      if (n.isGreaterThan(has)) {
        out.add(Finding.error(Rule.DPAL_EXCEEDS_SILPA, path,
            "the DPAL continues " + plain(n) + " of " + f + " but the SiLPA of " + f + " is " + plain(has) + ": an activity continues only on its own source's money",
            Map.of("fundSource", f.code(), "dpal", plain(n), "silpa", plain(has))));
      }
    });
    return out.build();
  }

  private static String plain(Money m) {
    return m.getNumber().numberValueExact(BigDecimal.class).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }
}
