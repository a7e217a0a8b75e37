package id.smartkampung.core.budget;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import java.util.Comparator;

/**
 * One budget item — <i>rincian anggaran</i> — the unit of budget control: a kegiatan, a rincian
 * account (5.x.x.xx) and a fund source. Several lines with the same key are sub-lines of one item
 * and are controlled as their sum (I2, I5).
 *
 * @param kegiatan the activity; never null
 * @param account the rincian account; never null
 * @param fundSource the fund source; never null
 */
@Api(Api.Status.STABLE)
public record BudgetItemKey(KegiatanCode kegiatan, AccountCode account, FundSource fundSource)
    implements Comparable<BudgetItemKey> {
  private static final Comparator<BudgetItemKey> ORDER =
      Comparator.comparing(BudgetItemKey::kegiatan)
          .thenComparing(BudgetItemKey::account)
          .thenComparing(BudgetItemKey::fundSource);

  public BudgetItemKey {
    requireNonNull(kegiatan, "kegiatan");
    requireNonNull(account, "account");
    requireNonNull(fundSource, "fundSource");
  }

  /** Creates a key. */
  public static BudgetItemKey of(KegiatanCode kegiatan, AccountCode account, FundSource fundSource) {
    return new BudgetItemKey(kegiatan, account, fundSource);
  }

  @Override
  public int compareTo(BudgetItemKey o) {
    return ORDER.compare(this, o);
  }

  /**
   * As the record's own ({@code (kegiatan × 31 + account) × 31 + fundSource}, so maps of items
   * iterate as before), written out: the generated one goes through a method-handle chain on every
   * posting's item lookup.
   */
  @Override
  public int hashCode() {
    return (kegiatan.hashCode() * 31 + account.hashCode()) * 31 + fundSource.hashCode();
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || (o instanceof BudgetItemKey k && kegiatan.equals(k.kegiatan) && account.equals(k.account) && fundSource.equals(k.fundSource));
  }

  /** E.g. {@code 02.03.10/5.3.5.01/DDS}. */
  @Override
  public String toString() {
    return kegiatan + "/" + account + "/" + fundSource;
  }
}
