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
 * @param bySourceSen the amount per fund source, in sen; every amount non-negative, total positive
 */
@Api(Api.Status.EXPERIMENTAL)
public record Allocation(KegiatanCode kegiatan, ImmutableSortedMap<FundSource, Long> bySourceSen) {
  public Allocation {
    requireNonNull(kegiatan, "kegiatan");
    requireNonNull(bySourceSen, "bySourceSen");
    long total = 0;
    for (Map.Entry<FundSource, Long> e : bySourceSen.entrySet()) {
      checkArgument(e.getValue() >= 0, "allocation from %s is negative", e.getKey());
      total = Math.addExact(total, e.getValue());
    }
    checkArgument(total > 0, "a project's allocation (BAC) is positive; kegiatan %s has none", kegiatan);
  }

  /** An explicit allocation of {@code bac} from one fund source. */
  public static Allocation of(KegiatanCode kegiatan, FundSource source, Money bac) {
    return new Allocation(kegiatan, ImmutableSortedMap.of(requireNonNull(source, "source"), Idr.toSen(bac)));
  }

  /** An explicit allocation per fund source. */
  public static Allocation of(KegiatanCode kegiatan, Map<FundSource, Money> bySource) {
    Map<FundSource, Long> m = new TreeMap<>();
    bySource.forEach((s, a) -> m.put(s, Idr.toSen(a)));
    return new Allocation(kegiatan, ImmutableSortedMap.copyOf(m));
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
    return new Allocation(kegiatan, ImmutableSortedMap.copyOf(m));
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
    return new Allocation(k, ImmutableSortedMap.copyOf(m));
  }

  /** The budget at completion (BAC) in sen: the sum over fund sources. */
  public long bacSen() {
    long t = 0;
    for (long v : bySourceSen.values()) {
      t += v;
    }
    return t;
  }

  /** The budget at completion (BAC); never null. */
  public Money bac() {
    return Idr.ofSen(bacSen());
  }

  /** The amount from one fund source in sen (0 when none). */
  public long fromSourceSen(FundSource source) {
    return bySourceSen.getOrDefault(source, 0L);
  }

  /** True when any of it comes from Dana Desa ({@code DDS}). */
  public boolean isDanaDesaFunded() {
    return fromSourceSen(FundSource.DDS) > 0;
  }
}
