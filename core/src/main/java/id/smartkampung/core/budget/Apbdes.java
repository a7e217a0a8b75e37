package id.smartkampung.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.javamoney.moneta.Money;

/**
 * The village budget — <i>Anggaran Pendapatan dan Belanja Desa</i> (APBDes) — of one village for one
 * fiscal year (<i>tahun anggaran</i>, 1 January – 31 December): its revenue, spending and financing
 * lines, with totals per account level, bidang, kegiatan and fund source.
 *
 * <p>An immutable value holding its lines in a canonical order (section, kegiatan, account, fund
 * source, description, amount), so two budgets with the same lines are equal however they were
 * assembled. It may hold lines that break rules — {@link BudgetValidator} lists them all — but the
 * lifecycle ({@link ApbdesLifecycle}) never enacts a budget with errors.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * Apbdes apbdes = BudgetJson.read(Path.of("apbdes-2025.json"));   // or BudgetCsv.read(file, village, 2025)
 * apbdes.totalPendapatan();                                        // revenue
 * apbdes.lines().forEach(l -> System.out.println(l.account() + " " + l.amount()));
 * BudgetValidation v = BudgetValidator.of(PolicyPack.forYear(apbdes.fiscalYear())).validate(apbdes);
 * }</pre>
 */
@Api(Api.Status.STABLE)
public final class Apbdes {
  private final Village village;
  private final int fiscalYear;
  private final ImmutableList<BudgetLine> lines;

  private Apbdes(Village village, int fiscalYear, ImmutableList<BudgetLine> lines) {
    this.village = village;
    this.fiscalYear = fiscalYear;
    this.lines = lines;
  }

  /**
   * A budget of the given lines.
   *
   * @throws IllegalArgumentException if the fiscal year is outside 2000–2100
   */
  public static Apbdes of(Village village, int fiscalYear, Collection<BudgetLine> lines) {
    requireNonNull(village, "village");
    checkArgument(fiscalYear >= 2000 && fiscalYear <= 2100, "fiscal year %s outside 2000-2100", fiscalYear);
    return new Apbdes(village, fiscalYear, ImmutableList.sortedCopyOf(BudgetLine.CANONICAL, lines));
  }

  /** The village; never null. */
  public Village village() {
    return village;
  }

  /** The fiscal year (tahun anggaran). */
  public int fiscalYear() {
    return fiscalYear;
  }

  /** All lines in canonical order; never null. */
  public ImmutableList<BudgetLine> lines() {
    return lines;
  }

  /** The lines of one section, in canonical order. */
  public ImmutableList<BudgetLine> lines(Section section) {
    return lines.stream().filter(l -> l.section() == section).collect(ImmutableList.toImmutableList());
  }

  /** This budget with one more line. */
  public Apbdes withLine(BudgetLine line) {
    List<BudgetLine> copy = new ArrayList<>(lines);
    copy.add(requireNonNull(line, "line"));
    return of(village, fiscalYear, copy);
  }

  /** This budget with the given lines instead of its own. */
  public Apbdes withLines(Collection<BudgetLine> newLines) {
    return of(village, fiscalYear, newLines);
  }

  /** The sum of a section. */
  public Money total(Section section) {
    return sum(l -> l.section() == section);
  }

  /** Total pendapatan. */
  public Money totalPendapatan() {
    return total(Section.PENDAPATAN);
  }

  /** Total belanja. */
  public Money totalBelanja() {
    return total(Section.BELANJA);
  }

  /** Surplus (positive) or defisit (negative): pendapatan − belanja. */
  public Money surplus() {
    return totalPendapatan().subtract(totalBelanja());
  }

  /** Pembiayaan neto: penerimaan − pengeluaran pembiayaan. */
  public Money pembiayaanNeto() {
    return total(Section.PEMBIAYAAN_PENERIMAAN).subtract(total(Section.PEMBIAYAAN_PENGELUARAN));
  }

  /**
   * What the balance equation leaves over: pendapatan − belanja + pembiayaan neto. Zero for a
   * balanced budget (the planned SiLPA of the year is nil).
   */
  public Money imbalance() {
    return surplus().add(pembiayaanNeto());
  }

  /** The sum of all lines whose account is {@code prefix} or lies under it (any level). */
  public Money totalUnder(AccountCode prefix) {
    return sum(l -> l.account().startsWith(prefix));
  }

  /** Totals per account at the given level, over all sections, in code order. */
  public ImmutableSortedMap<AccountCode, Money> totalsByAccount(AccountCode.Level level) {
    return group(lines, l -> l.account().level().compareTo(level) >= 0 ? l.account().truncatedTo(level) : null);
  }

  /** Belanja totals per bidang code ({@code 01} … {@code 05}). */
  public ImmutableSortedMap<String, Money> belanjaByBidang() {
    return group(lines(Section.BELANJA), l -> Optional.ofNullable(l.kegiatan()).map(KegiatanCode::bidangCode).orElse(null));
  }

  /** Belanja totals per sub-bidang code ({@code 02.03}). */
  public ImmutableSortedMap<String, Money> belanjaBySubBidang() {
    return group(lines(Section.BELANJA), l -> Optional.ofNullable(l.kegiatan()).map(KegiatanCode::subBidangCode).orElse(null));
  }

  /** Belanja totals per kegiatan. */
  public ImmutableSortedMap<KegiatanCode, Money> belanjaByKegiatan() {
    return group(lines(Section.BELANJA), l -> l.kegiatan());
  }

  /** Totals of one section per fund source (lines without a fund source are left out). */
  public ImmutableSortedMap<FundSource, Money> byFundSource(Section section) {
    return group(lines(section), l -> l.fundSource());
  }

  /** The budget per item (kegiatan × rincian × fund source): the sum of its sub-lines. */
  public ImmutableSortedMap<BudgetItemKey, Money> items() {
    return group(lines(Section.BELANJA), l -> l.itemKey().orElse(null));
  }

  /**
   * The budget per financing expenditure item (6.2.x account × fund source): the sum of its
   * sub-lines; 6.2.x lines without a fund source are left out (they cannot be paid).
   */
  public ImmutableSortedMap<FinancingItemKey, Money> financingItems() {
    return group(lines(Section.PEMBIAYAAN_PENGELUARAN), l -> Optional.ofNullable(l.fundSource()).map(f -> FinancingItemKey.of(l.account(), f)).orElse(null));
  }

  /** The budget of one item, zero when there is no such item. */
  public Money item(BudgetItemKey key) {
    return Optional.ofNullable(items().get(key)).orElse(Idr.ZERO);
  }

  private Money sum(Predicate<BudgetLine> which) {
    BigDecimal total = BigDecimal.ZERO;
    for (BudgetLine l : lines) {
      if (which.test(l)) {
        total = total.add(number(l));
      }
    }
    return Idr.of(total);
  }

  private static <K extends Comparable<K>> ImmutableSortedMap<K, Money> group(
      List<BudgetLine> of, Function<BudgetLine, K> key) {
    Map<K, BigDecimal> sums = new TreeMap<>();
    for (BudgetLine l : of) {
      K k = key.apply(l);
      if (k != null) {
        sums.merge(k, number(l), BigDecimal::add);
      }
    }
    ImmutableSortedMap.Builder<K, Money> b = ImmutableSortedMap.naturalOrder();
    sums.forEach((k, v) -> b.put(k, Idr.of(v)));
    return b.build();
  }

  /** A line's number (totals are plain sums of numbers; the currency rule is the validator's). */
  private static BigDecimal number(BudgetLine l) {
    return l.amount().getNumber().numberValue(BigDecimal.class);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Apbdes a
        && a.fiscalYear == fiscalYear
        && a.village.equals(village)
        && a.lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return (village.hashCode() * 31 + fiscalYear) * 31 + lines.hashCode();
  }

  @Override
  public String toString() {
    return "APBDes " + fiscalYear + " " + village.name() + " (" + lines.size() + " lines)";
  }
}
