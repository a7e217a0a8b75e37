package id.smartkampung.core.audit;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.javamoney.moneta.Money;

/**
 * The jqwik domain of the village budget — <i>ranah uji APBDes</i>: with {@code
 * @Domain(BudgetDomain.class)} on a property or its class, parameters of these types are generated
 * by {@link BudgetArbitraries}:
 *
 * <ul>
 *   <li>{@code @ForAll Apbdes} — {@link BudgetArbitraries#validBudgets()};
 *   <li>{@code @ForAll Corrupted} — {@link BudgetArbitraries#corruptedBudgets()};
 *   <li>{@code @ForAll AccountCode}, {@code KegiatanCode}, {@code FundSource} — known codes;
 *   <li>{@code @ForAll Money} — {@link BudgetArbitraries#amounts()};
 *   <li>{@code @ForAll Village} — {@link BudgetArbitraries#villages()}.
 * </ul>
 *
 * <p>A domain replaces jqwik's defaults: add {@code @Domain(DomainContext.Global.class)} as well to
 * have {@code int}, {@code String} and the like generated in the same property.
 */
public class BudgetDomain extends DomainContextBase {
  /** Valid budgets of every shipped fiscal year. */
  @Provide
  Arbitrary<Apbdes> budgets() {
    return BudgetArbitraries.validBudgets();
  }

  /** Budgets with one named corruption. */
  @Provide
  Arbitrary<Corrupted> corruptedBudgets() {
    return BudgetArbitraries.corruptedBudgets();
  }

  /** Known account codes. */
  @Provide
  Arbitrary<AccountCode> accountCodes() {
    return BudgetArbitraries.accountCodes();
  }

  /** Known kegiatan codes. */
  @Provide
  Arbitrary<KegiatanCode> kegiatanCodes() {
    return BudgetArbitraries.kegiatanCodes();
  }

  /** Known fund sources. */
  @Provide
  Arbitrary<FundSource> fundSources() {
    return BudgetArbitraries.fundSources();
  }

  /** Realistic IDR amounts. */
  @Provide
  Arbitrary<Money> amounts() {
    return BudgetArbitraries.amounts();
  }

  /** Banyuwangi villages. */
  @Provide
  Arbitrary<Village> villages() {
    return BudgetArbitraries.villages();
  }
}
