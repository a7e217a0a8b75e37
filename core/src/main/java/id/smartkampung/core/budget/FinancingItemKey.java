package id.smartkampung.core.budget;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import id.smartkampung.core.Api;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import java.util.Comparator;

/**
 * One financing expenditure item — <i>rincian pengeluaran pembiayaan</i> (6.2.x, e.g. 6.2.2.01
 * penyertaan modal desa to the BUMDes, 6.2.1 pembentukan dana cadangan) paid from one fund source:
 * the unit of budget control of a financing SPP, as {@link BudgetItemKey} is for belanja. Several
 * lines with the same key are controlled as their sum; a 6.2.x line without a fund source is not
 * an item and cannot be paid.
 *
 * @param account the 6.2.x account; never null
 * @param fundSource the fund source it is paid from; never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record FinancingItemKey(AccountCode account, FundSource fundSource) implements Comparable<FinancingItemKey> {
  private static final Comparator<FinancingItemKey> ORDER =
      Comparator.comparing(FinancingItemKey::account).thenComparing(FinancingItemKey::fundSource);

  public FinancingItemKey {
    requireNonNull(account, "account");
    requireNonNull(fundSource, "fundSource");
    Preconditions.checkArgument(account.isPengeluaranPembiayaan(), "a financing expenditure item is a 6.2.x account, not %s", account);
  }

  /** Creates a key; the account must be a 6.2.x account. */
  public static FinancingItemKey of(AccountCode account, FundSource fundSource) {
    return new FinancingItemKey(account, fundSource);
  }

  @Override
  public int compareTo(FinancingItemKey o) {
    return ORDER.compare(this, o);
  }

  /** E.g. {@code 6.2.2.01/DDS}. */
  @Override
  public String toString() {
    return account + "/" + fundSource;
  }
}
