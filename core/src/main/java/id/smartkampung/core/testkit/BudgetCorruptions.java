package id.smartkampung.core.testkit;

import static com.google.common.base.Preconditions.checkState;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Quantity;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FocusTag;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import java.util.Optional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Applies one {@link Corruption} to a budget from {@link BudgetArbitraries#validBudgets()},
 * compensating elsewhere so that only the named rule breaks. Not API.
 */
final class BudgetCorruptions {
  private static final Map<Section, List<AccountCode>> UNKNOWN_ACCOUNTS =
      Map.of(
          Section.PENDAPATAN, codes("4.2.9.01", "4.4.1.01", "4.1.8.01"),
          Section.BELANJA, codes("5.2.8.01", "5.5.1.01", "5.9.1.01", "5.2.9.01"),
          Section.PEMBIAYAAN_PENERIMAAN, codes("6.1.5.01", "6.1.8.01"),
          Section.PEMBIAYAAN_PENGELUARAN, codes("6.2.5.01", "6.2.8.01"));

  private static final List<KegiatanCode> UNKNOWN_KEGIATAN =
      List.of("01.06.01", "02.09.01", "03.05.02", "05.04.01", "06.01.01").stream().map(KegiatanCode::parse).toList();

  private static final List<FundSource> UNKNOWN_SOURCES =
      List.of("BKK", "APBN", "DD", "ADDS", "CSR").stream().map(FundSource::parse).toList();

  private static final List<FocusTag> UNKNOWN_TAGS =
      List.of("COVID19", "KDMP", "POTENSI_DESA", "DESA_WISATA", "BUMDES").stream().map(FocusTag::parse).toList();

  static {
    UNKNOWN_ACCOUNTS.values().forEach(l -> l.forEach(c -> checkState(!BudgetCatalog.REF.isKnown(c), "%s is known", c)));
    UNKNOWN_KEGIATAN.forEach(k -> checkState(!BudgetCatalog.REF.isKnown(k), "%s is known", k));
    UNKNOWN_SOURCES.forEach(f -> checkState(!BudgetCatalog.REF.isKnown(f), "%s is known", f));
  }

  private BudgetCorruptions() {}

  private static List<AccountCode> codes(String... texts) {
    return List.of(texts).stream().map(AccountCode::parse).toList();
  }

  /**
   * Corrupts {@code valid}.
   *
   * @param pick chooses the line (and variant) among the candidates
   * @param amountSen a positive amount used where the corruption needs one
   * @throws IllegalStateException if the budget offers no line to corrupt this way (never for
   *     budgets from {@code validBudgets()})
   */
  static Corrupted apply(Apbdes valid, Corruption kind, int pick, long amountSen) {
    BudgetEdits e = new BudgetEdits(valid);
    List<BudgetLine> ls = e.lines;
    String what;
    switch (kind) {
      case NEGATIVE_AMOUNT -> {
        int i = choose(e.indexes(l -> true), pick);
        BudgetLine l = ls.get(i);
        long a = BudgetEdits.sen(l);
        long m = a > 0 ? a : amountSen;
        ls.set(i, l.withAmount(Idr.ofSen(-m)));
        ls.add(describeAs(l, l.description() + " (koreksi)").withAmount(Idr.ofSen(a + m)));
        what = "'" + l.description() + "' set to -" + Idr.formatSen(m) + ", a correcting sub-line keeps the totals";
      }
      case THIRD_DECIMAL -> {
        int i = choose(e.indexes(l -> l.section() == Section.BELANJA && l.fundSource() != null), pick);
        BudgetLine l = ls.get(i);
        BigDecimal fraction = BigDecimal.valueOf(1 + Math.floorMod(amountSen, 9), 3);
        ls.set(i, BudgetEdits.plus(l, fraction));
        if (!e.raiseRevenue(l.fundSource(), fraction)) {
          e.raiseSilpa(l.fundSource(), fraction);
        }
        what = "'" + l.description() + "' and an inflow of " + l.fundSource() + " raised by " + fraction.toPlainString();
      }
      case UNKNOWN_ACCOUNT -> {
        int i = choose(e.indexes(l -> !(l.section() == Section.PEMBIAYAAN_PENGELUARAN && e.countsForPriority(l))), pick);
        BudgetLine l = ls.get(i);
        List<AccountCode> options = UNKNOWN_ACCOUNTS.get(l.section());
        AccountCode unknown = options.get(Math.floorMod(amountSen, options.size()));
        ls.set(i, new BudgetLine(l.section(), unknown, l.kegiatan(), l.description(), l.amount(), l.fundSource(), l.output(), l.focus(), l.quantity()));
        what = "'" + l.description() + "' booked on unknown account " + unknown + " instead of " + l.account();
      }
      case UNKNOWN_KEGIATAN -> {
        int i = choose(e.indexes(l -> l.section() == Section.BELANJA && !e.countsForPriority(l)), pick);
        BudgetLine l = ls.get(i);
        KegiatanCode unknown = UNKNOWN_KEGIATAN.get(Math.floorMod(amountSen, UNKNOWN_KEGIATAN.size()));
        ls.set(i, new BudgetLine(l.section(), l.account(), unknown, l.description(), l.amount(), l.fundSource(), l.output(), l.focus(), l.quantity()));
        what = "'" + l.description() + "' moved to unknown kegiatan " + unknown + " from " + l.kegiatan();
      }
      case UNKNOWN_FUND_SOURCE -> {
        int i = choose(e.indexes(l -> l.section() == Section.BELANJA && l.fundSource() != null && !l.fundSource().equals(FundSource.DDS)), pick);
        BudgetLine l = ls.get(i);
        FundSource unknown = UNKNOWN_SOURCES.get(Math.floorMod(amountSen, UNKNOWN_SOURCES.size()));
        resource(e, i, unknown);
        what = "'" + l.description() + "' charged to unknown sumber dana " + unknown + " instead of " + l.fundSource();
      }
      case DUPLICATE_LINE -> {
        int i = choose(e.indexes(e::isFree), pick);
        BudgetLine l = ls.get(i);
        ls.add(l);
        e.raiseSilpa(java.util.Objects.requireNonNull(l.fundSource(), "fundSource"), BudgetEdits.sen(l));
        what = "'" + l.description() + "' (" + Idr.format(l.amount()) + ") entered twice, the repeat covered by SiLPA";
      }
      case BROKEN_BALANCE -> {
        int i = choose(e.indexes(l -> l.section() == Section.PENDAPATAN && !BudgetEdits.source(l).filter(FundSource.DDS::equals).isPresent()), pick);
        BudgetLine l = ls.get(i);
        ls.set(i, l.withAmount(Idr.ofSen(BudgetEdits.sen(l) + amountSen)));
        what = "revenue '" + l.description() + "' raised by " + Idr.formatSen(amountSen) + " with nothing to spend it on";
      }
      case SILTAP_FROM_DANA_DESA -> {
        List<FundSource> forbidden = e.pack.siltap().forbiddenSources();
        int i = choose(e.indexes(l -> l.section() == Section.BELANJA
            && e.pack.siltap().accounts().stream().anyMatch(l.account()::startsWith)
            && l.fundSource() != null && !forbidden.contains(l.fundSource())), pick);
        BudgetLine l = ls.get(i);
        resource(e, i, forbidden.get(0));
        what = "'" + l.description() + "' (" + l.account() + ") paid from " + forbidden.get(0) + " instead of " + l.fundSource();
      }
      case OVERALLOCATED_FUND_SOURCE -> {
        List<Integer> candidates = e.indexes(l -> l.section() == Section.BELANJA
            && l.fundSource() != null
            && l.amount().isPositive()
            && !e.countsForPriority(l)
            && e.shortfall(l.fundSource()) < BudgetEdits.sen(l));
        int i = choose(candidates, pick);
        BudgetLine l = ls.get(i);
        List<FundSource> targets = BudgetCatalog.REF.fundSources().keySet().stream()
            .filter(f -> !f.equals(FundSource.DDS) && !f.equals(l.fundSource()))
            .toList();
        FundSource target = null;
        for (int k = 0; k < targets.size() && target == null; k++) {
          FundSource t = targets.get(Math.floorMod(pick + k, targets.size()));
          if (!ls.contains(l.withFundSource(t))) {
            target = t;
          }
        }
        checkState(target != null, "no fund source to over-allocate %s to", l);
        ls.set(i, l.withFundSource(target));
        what = "'" + l.description() + "' (" + Idr.format(l.amount()) + ") charged to " + target + " instead of " + l.fundSource();
      }
      case MISSING_FUND_SOURCE -> {
        int i = choose(e.indexes(l -> l.section() == Section.BELANJA && l.fundSource() != null && !e.countsForPriority(l)), pick);
        BudgetLine l = ls.get(i);
        ls.set(i, new BudgetLine(l.section(), l.account(), l.kegiatan(), l.description(), l.amount(), null, l.output(), l.focus(), l.quantity()));
        what = "'" + l.description() + "' (" + Idr.format(l.amount()) + ") names no fund source instead of " + l.fundSource();
      }
      case FOCUS_TAG_UNKNOWN -> {
        FocusTag other = FocusTag.parse("LAINNYA");
        int i = choose(e.indexes(l -> other.equals(l.focus())), pick);
        BudgetLine l = ls.get(i);
        List<FocusTag> unknown = UNKNOWN_TAGS.stream().filter(t -> e.pack.focusArea(t).isEmpty()).toList();
        FocusTag tag = unknown.get(Math.floorMod(amountSen, unknown.size()));
        ls.set(i, l.withFocus(tag));
        what = "'" + l.description() + "' tagged " + tag + ", not a focus area of " + e.pack.fiscalYear() + ", instead of " + other;
      }
      case SILTAP_BELOW_MINIMUM -> {
        int i = choose(e.indexes(l -> l.section() == Section.BELANJA
            && Optional.ofNullable(l.quantity()).filter(q -> q.isIn(e.pack.siltap().personMonthUnits())).isPresent()
            && e.pack.siltap().positionOf(l.account()).isPresent()), pick);
        BudgetLine l = ls.get(i);
        BigDecimal monthly = e.pack.siltap().monthlyMinimum().get(e.pack.siltap().positionOf(l.account()).get());
        // the smallest whole number of person-months the amount no longer covers, plus 0..11 more
        long covered = l.amount().getNumberStripped().divide(monthly, 0, java.math.RoundingMode.FLOOR).longValueExact();
        Quantity more = Quantity.of(covered + 1 + Math.floorMod(amountSen, 12), l.quantity().unit());
        ls.set(i, l.withQuantity(more));
        what = "'" + l.description() + "' (" + Idr.format(l.amount()) + ") states " + more + " instead of " + l.quantity();
      }
      case DANA_DESA_FORBIDDEN -> {
        List<AccountCode> forbidden = e.pack.danaDesaForbidden().orElseThrow().accounts();
        int i = choose(e.indexes(l -> l.section() == Section.BELANJA
            && forbidden.stream().anyMatch(l.account()::startsWith)
            && l.fundSource() != null && !l.fundSource().equals(FundSource.DDS)), pick);
        BudgetLine l = ls.get(i);
        resource(e, i, FundSource.DDS);
        what = "'" + l.description() + "' (" + l.account() + ") paid from DDS instead of " + l.fundSource();
      }
      default -> throw new AssertionError(kind);
    }
    if (kind != Corruption.DUPLICATE_LINE) {
      checkState(!e.hasRepeat(), "corruption %s made an exact repeat", kind);
    }
    return new Corrupted(valid, e.toBudget(valid), kind, what);
  }

  /**
   * Charges line {@code i} to {@code target}; the money the target lacks is covered by SiLPA of the
   * target, taken from the old source's inflow as far as the old source did not already rest on
   * SiLPA. Balance and per-source cover hold.
   */
  private static void resource(BudgetEdits e, int i, FundSource target) {
    BudgetLine l = e.lines.get(i);
    FundSource old = l.fundSource();
    long a = BudgetEdits.sen(l);
    long moved = a - Math.min(a, e.shortfall(old));
    e.lines.set(i, l.withFundSource(target));
    checkState(e.lowerInflow(old, moved), "%s brings in less than %s", old, moved);
    e.raiseSilpa(target, moved);
  }

  private static BudgetLine describeAs(BudgetLine l, String description) {
    return new BudgetLine(l.section(), l.account(), l.kegiatan(), description, l.amount(), l.fundSource(), l.output(), l.focus(), l.quantity());
  }

  private static int choose(List<Integer> candidates, int pick) {
    checkState(!candidates.isEmpty(), "the budget has no line to corrupt this way");
    return candidates.get(Math.floorMod(pick, candidates.size()));
  }
}
