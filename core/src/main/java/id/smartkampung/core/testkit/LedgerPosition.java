package id.smartkampung.core.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.LedgerSnapshot;
import id.smartkampung.core.ledger.LedgerSnapshot.FundPosition;
import id.smartkampung.core.ledger.LedgerSnapshot.ItemPosition;
import id.smartkampung.core.money.Idr;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.javamoney.moneta.Money;

/**
 * What the contracts observe of a ledger at one moment — <i>posisi keuangan</i>: per budget item
 * (kegiatan × rincian × sumber dana) its budget, committed and realised amounts; per fund source
 * what was received, the cash held in the village account (RKD, including tax withheld and not yet
 * deposited) and that tax owed; and the closing balance of the Buku Kas Umum. Any ledger
 * implementation can report it; an immutable value.
 *
 * <p>Positions are compared by {@link #sameAs}: amounts by value (scale does not matter) and an
 * absent item or fund source counts as all zero.
 *
 * @param items per budget item; never null
 * @param funds per fund source; never null
 * @param bkuBalance the BKU closing balance (<i>saldo Buku Kas Umum</i>); never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record LedgerPosition(
    ImmutableSortedMap<BudgetItemKey, ItemPosition> items, ImmutableSortedMap<FundSource, FundPosition> funds, Money bkuBalance) {

  private static final ItemPosition NO_ITEM = new ItemPosition(Idr.ZERO, Idr.ZERO, Idr.ZERO);
  private static final FundPosition NO_FUND = new FundPosition(Idr.ZERO, Idr.ZERO, Idr.ZERO);

  public LedgerPosition {
    items = ImmutableSortedMap.copyOf(requireNonNull(items, "items"));
    funds = ImmutableSortedMap.copyOf(requireNonNull(funds, "funds"));
    requireNonNull(bkuBalance, "bkuBalance");
  }

  /** The position of one of our ledgers now: its snapshot and its BKU balance. */
  public static LedgerPosition of(Ledger ledger) {
    LedgerSnapshot s = ledger.snapshot();
    return new LedgerPosition(s.items(), s.funds(), ledger.bku().balance());
  }

  /** The item's position; all zero when absent. */
  public ItemPosition item(BudgetItemKey key) {
    return items.getOrDefault(key, NO_ITEM);
  }

  /** The fund source's position; all zero when absent. */
  public FundPosition fund(FundSource source) {
    return funds.getOrDefault(source, NO_FUND);
  }

  /** The cash of all fund sources together (<i>kas dan bank</i>). */
  public Money totalCash() {
    Money sum = Idr.ZERO;
    for (FundPosition f : funds.values()) {
      sum = sum.add(f.cash());
    }
    return sum;
  }

  /** True when both positions show the same amounts (absent counts as zero). */
  public boolean sameAs(LedgerPosition other) {
    requireNonNull(other, "other");
    if (!bkuBalance.isEqualTo(other.bkuBalance)) {
      return false;
    }
    for (BudgetItemKey k : union(items, other.items)) {
      ItemPosition a = item(k);
      ItemPosition b = other.item(k);
      if (!a.budget().isEqualTo(b.budget()) || !a.committed().isEqualTo(b.committed()) || !a.realised().isEqualTo(b.realised())) {
        return false;
      }
    }
    for (FundSource f : union(funds, other.funds)) {
      FundPosition a = fund(f);
      FundPosition b = other.fund(f);
      if (!a.received().isEqualTo(b.received()) || !a.cash().isEqualTo(b.cash()) || !a.taxPayable().isEqualTo(b.taxPayable())) {
        return false;
      }
    }
    return true;
  }

  private static <K> Set<K> union(Map<K, ?> a, Map<K, ?> b) {
    Set<K> keys = new HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }
}
