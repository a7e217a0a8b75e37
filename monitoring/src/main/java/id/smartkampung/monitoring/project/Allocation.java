package id.smartkampung.monitoring.project;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.javamoney.moneta.Money;

/**
 * What the village budget allocates to a project — <i>pagu anggaran kegiatan</i>: its kegiatan and
 * the amount per fund source. The sum is the project's budget at completion (BAC).
 *
 * <p>Made from an explicit amount ({@link #of}), or read off an enacted {@link Apbdes}: all belanja
 * of a kegiatan ({@link #fromApbdes(Apbdes, KegiatanCode)}) or chosen budget items ({@link
 * #fromItems}). Reading never changes the budget.
 *
 * @param kegiatan the activity the project belongs to; never null
 * @param bySource the amount per fund source, IDR exact to the sen; every amount non-negative,
 *     total positive; never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record Allocation(KegiatanCode kegiatan, ImmutableSortedMap<FundSource, Money> bySource) {
  public Allocation {
    requireNonNull(kegiatan, "kegiatan");
    requireNonNull(bySource, "bySource");
    long total = 0;
    for (Map.Entry<FundSource, Money> e : bySource.entrySet()) {
      long sen = Idr.toSen(requireNonNull(e.getValue(), "amount"));
      checkArgument(sen >= 0, "allocation from %s is negative", e.getKey());
      total = Math.addExact(total, sen);
    }
    checkArgument(total > 0, "a project's allocation (BAC) is positive; kegiatan %s has none", kegiatan);
  }

  /** An explicit allocation of {@code bac} from one fund source. */
  public static Allocation of(KegiatanCode kegiatan, FundSource source, Money bac) {
    return new Allocation(kegiatan, ImmutableSortedMap.of(requireNonNull(source, "source"), requireNonNull(bac, "bac")));
  }

  /** An explicit allocation per fund source. */
  public static Allocation of(KegiatanCode kegiatan, Map<FundSource, Money> bySource) {
    return new Allocation(kegiatan, ImmutableSortedMap.copyOf(bySource));
  }

  private static Allocation ofSen(KegiatanCode kegiatan, Map<FundSource, Long> bySourceSen) {
    ImmutableSortedMap.Builder<FundSource, Money> b = ImmutableSortedMap.naturalOrder();
    bySourceSen.forEach((s, sen) -> b.put(s, Idr.ofSen(sen)));
    return new Allocation(kegiatan, b.build());
  }

  /**
   * All belanja of {@code kegiatan} in the budget, per fund source.
   *
   * @throws IllegalArgumentException if the budget has no (or only zero) belanja for the kegiatan
   */
  public static Allocation fromApbdes(Apbdes apbdes, KegiatanCode kegiatan) {
    requireNonNull(apbdes, "apbdes");
    requireNonNull(kegiatan, "kegiatan");
    Map<FundSource, Long> m = new TreeMap<>();
    apbdes.items().forEach((key, amount) -> {
      if (key.kegiatan().equals(kegiatan)) {
        m.merge(key.fundSource(), Idr.toSen(amount), Math::addExact);
      }
    });
    checkArgument(!m.isEmpty(), "the APBDes %s of %s has no belanja for kegiatan %s",
        apbdes.fiscalYear(), apbdes.village().name(), kegiatan);
    return ofSen(kegiatan, m);
  }

  /**
   * The given budget items (all of one kegiatan), per fund source.
   *
   * @throws IllegalArgumentException if no item is given, items belong to different kegiatan, or an
   *     item is not in the budget
   */
  public static Allocation fromItems(Apbdes apbdes, Collection<BudgetItemKey> keys) {
    requireNonNull(apbdes, "apbdes");
    checkArgument(!keys.isEmpty(), "an allocation names at least one budget item");
    KegiatanCode k = keys.iterator().next().kegiatan();
    ImmutableSortedMap<BudgetItemKey, Money> items = apbdes.items();
    Map<FundSource, Long> m = new TreeMap<>();
    for (BudgetItemKey key : keys) {
      checkArgument(key.kegiatan().equals(k), "budget items %s and %s belong to different kegiatan", keys.iterator().next(), key);
      Money amount = items.get(key);
      checkArgument(amount != null, "budget item %s is not in the APBDes %s", key, apbdes.fiscalYear());
      m.merge(key.fundSource(), Idr.toSen(amount), Math::addExact);
    }
    return ofSen(k, m);
  }

  /** The budget at completion (BAC): the sum over fund sources; never null. */
  public Money bac() {
    if (bySource.size() == 1) {
      return bySource.values().iterator().next();
    }
    long t = 0;
    for (Money v : bySource.values()) {
      t += Idr.toSen(v);
    }
    return Idr.ofSen(t);
  }

  /** The amount from one fund source (zero when none); never null. */
  public Money fromSource(FundSource source) {
    return bySource.getOrDefault(requireNonNull(source, "source"), Idr.ZERO);
  }

  /** True when any of it comes from Dana Desa ({@code DDS}). */
  public boolean isDanaDesaFunded() {
    Money dd = bySource.get(FundSource.DDS);
    return dd != null && dd.isPositive();
  }
}
