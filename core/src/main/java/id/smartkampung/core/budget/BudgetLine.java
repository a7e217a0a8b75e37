package id.smartkampung.core.budget;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import org.javamoney.moneta.Money;

/**
 * One line of the village budget — <i>baris APBDes</i>, as in the Siskeudes <i>penjabaran</i>:
 * section, account, kegiatan (belanja only), description, amount, fund source, and for belanja an
 * optional output (<i>keluaran</i>, e.g. "350 m rabat beton").
 *
 * <p>An immutable value. It holds what it was given, so that a budget with a wrong line can still be
 * built and validated with all its findings at once ({@link BudgetValidator}); a budget with errors
 * can never be enacted.
 *
 * @param section the section; never null
 * @param account the account code; never null
 * @param kegiatan the activity, present exactly for belanja lines
 * @param description what the line is for; never null
 * @param amount the amount; never null
 * @param fundSource the fund source; may be absent where a published budget leaves it empty
 * @param output the planned output of a belanja line; never null, may be absent
 */
@Api(Api.Status.STABLE)
public record BudgetLine(
    Section section,
    AccountCode account,
    Optional<KegiatanCode> kegiatan,
    String description,
    Money amount,
    Optional<FundSource> fundSource,
    Optional<String> output) {

  /**
   * The canonical order of lines within a budget: section, kegiatan, account, fund source,
   * description, amount (number, then currency), output. Consistent with {@code equals}.
   */
  public static final Comparator<BudgetLine> CANONICAL =
      Comparator.comparing(BudgetLine::section)
          .thenComparing(l -> l.kegiatan().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(BudgetLine::account)
          .thenComparing(l -> l.fundSource().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(BudgetLine::description)
          .thenComparing(l -> l.amount().getNumberStripped(), Comparator.<BigDecimal>naturalOrder())
          .thenComparing(l -> l.amount().getCurrency().getCurrencyCode())
          .thenComparing(l -> l.output().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  public BudgetLine {
    requireNonNull(section, "section");
    requireNonNull(account, "account");
    requireNonNull(kegiatan, "kegiatan");
    requireNonNull(description, "description");
    requireNonNull(amount, "amount");
    requireNonNull(fundSource, "fundSource");
    requireNonNull(output, "output");
  }

  /** A revenue line (pendapatan, 4.x). */
  public static BudgetLine pendapatan(AccountCode account, FundSource source, String description, Money amount) {
    return new BudgetLine(Section.PENDAPATAN, account, Optional.empty(), description, amount, Optional.of(source), Optional.empty());
  }

  /** A spending line (belanja): a kegiatan, a rincian account 5.x.x.xx and its fund source. */
  public static BudgetLine belanja(
      KegiatanCode kegiatan, AccountCode account, FundSource source, String description, Money amount) {
    return new BudgetLine(Section.BELANJA, account, Optional.of(kegiatan), description, amount, Optional.of(source), Optional.empty());
  }

  /** A financing receipt (penerimaan pembiayaan, 6.1.x), e.g. SiLPA, earmarked to a fund source or not. */
  public static BudgetLine penerimaanPembiayaan(
      AccountCode account, Optional<FundSource> source, String description, Money amount) {
    return new BudgetLine(Section.PEMBIAYAAN_PENERIMAAN, account, Optional.empty(), description, amount, source, Optional.empty());
  }

  /** A financing expenditure (pengeluaran pembiayaan, 6.2.x), e.g. penyertaan modal to the BUMDes. */
  public static BudgetLine pengeluaranPembiayaan(
      AccountCode account, Optional<FundSource> source, String description, Money amount) {
    return new BudgetLine(Section.PEMBIAYAAN_PENGELUARAN, account, Optional.empty(), description, amount, source, Optional.empty());
  }

  /** This line with another amount. */
  public BudgetLine withAmount(Money newAmount) {
    return new BudgetLine(section, account, kegiatan, description, newAmount, fundSource, output);
  }

  /** This line with a planned output (keluaran). */
  public BudgetLine withOutput(String newOutput) {
    return new BudgetLine(section, account, kegiatan, description, amount, fundSource, Optional.of(newOutput));
  }

  /** This line with another fund source. */
  public BudgetLine withFundSource(FundSource source) {
    return new BudgetLine(section, account, kegiatan, description, amount, Optional.of(source), output);
  }

  /** The budget item this belanja line belongs to, if it is a belanja line with a fund source. */
  public Optional<BudgetItemKey> itemKey() {
    if (section != Section.BELANJA || kegiatan.isEmpty() || fundSource.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(BudgetItemKey.of(kegiatan.get(), account, fundSource.get()));
  }

  /** The identity of the line across versions: all but the amount (used by the revision diff). */
  public LineIdentity identity() {
    return new LineIdentity(section, account, kegiatan, description, fundSource, output);
  }

  /**
   * What identifies a line across the original budget and its revision: everything but the amount.
   */
  public record LineIdentity(
      Section section,
      AccountCode account,
      Optional<KegiatanCode> kegiatan,
      String description,
      Optional<FundSource> fundSource,
      Optional<String> output) {

    /** The line of this identity with the given amount. */
    public BudgetLine withAmount(Money amount) {
      return new BudgetLine(section, account, kegiatan, description, amount, fundSource, output);
    }

    @Override
    public String toString() {
      return section.csvName()
          + " "
          + kegiatan.map(k -> k + " ").orElse("")
          + account
          + fundSource.map(f -> " " + f).orElse("")
          + " '"
          + description
          + "'";
    }
  }
}
