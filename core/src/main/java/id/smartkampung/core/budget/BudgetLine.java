package id.smartkampung.core.budget;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FocusTag;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

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
 * @param kegiatan the activity, given exactly for belanja lines; null on other lines
 * @param description what the line is for; never null
 * @param amount the amount; never null
 * @param fundSource the fund source; null where a published budget leaves it empty
 * @param output the planned output of a belanja line; null when none is planned
 * @param focus the focus area of Dana Desa use the line serves (<i>fokus penggunaan</i>, e.g. {@code
 *     BLT}); null when the line is not tagged (a budget without any tag is classified by
 *     kegiatan-code prefixes, with a warning)
 * @param quantity the line's volume and unit (<i>volume dan satuan</i>, e.g. {@code 108 OB}); null
 *     when not given; the siltap minimums, the BLT ceiling per KPM and the PKTD wage share are
 *     checked where it is given
 */
@Api(Api.Status.STABLE)
public record BudgetLine(
    Section section,
    AccountCode account,
    @Nullable KegiatanCode kegiatan,
    String description,
    Money amount,
    @Nullable FundSource fundSource,
    @Nullable String output,
    @Nullable FocusTag focus,
    @Nullable Quantity quantity) {

  /**
   * The canonical order of lines within a budget: section, kegiatan, account, fund source,
   * description, amount (number, then currency), output. Consistent with {@code equals}.
   */
  public static final Comparator<BudgetLine> CANONICAL =
      Comparator.comparing(BudgetLine::section)
          .thenComparing(BudgetLine::kegiatan, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(BudgetLine::account)
          .thenComparing(BudgetLine::fundSource, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(BudgetLine::description)
          .thenComparing(l -> l.amount().getNumberStripped(), Comparator.<BigDecimal>naturalOrder())
          .thenComparing(l -> l.amount().getCurrency().getCurrencyCode())
          .thenComparing(BudgetLine::output, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(BudgetLine::focus, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(l -> l.quantity() == null ? null : l.quantity().volume(), Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
          .thenComparing(l -> l.quantity() == null ? null : l.quantity().unit(), Comparator.nullsFirst(Comparator.naturalOrder()));

  public BudgetLine {
    requireNonNull(section, "section");
    requireNonNull(account, "account");
    requireNonNull(description, "description");
    requireNonNull(amount, "amount");
  }

  /** A line without a quantity. */
  public BudgetLine(
      Section section,
      AccountCode account,
      @Nullable KegiatanCode kegiatan,
      String description,
      Money amount,
      @Nullable FundSource fundSource,
      @Nullable String output,
      @Nullable FocusTag focus) {
    this(section, account, kegiatan, description, amount, fundSource, output, focus, null);
  }

  /** A line without a focus tag (as budgets were before focus tags). */
  public BudgetLine(
      Section section,
      AccountCode account,
      @Nullable KegiatanCode kegiatan,
      String description,
      Money amount,
      @Nullable FundSource fundSource,
      @Nullable String output) {
    this(section, account, kegiatan, description, amount, fundSource, output, null, null);
  }

  /** A revenue line (pendapatan, 4.x). */
  public static BudgetLine pendapatan(AccountCode account, FundSource source, String description, Money amount) {
    return new BudgetLine(Section.PENDAPATAN, account, null, description, amount, requireNonNull(source, "source"), null);
  }

  /** A spending line (belanja): a kegiatan, a rincian account 5.x.x.xx and its fund source. */
  public static BudgetLine belanja(
      KegiatanCode kegiatan, AccountCode account, FundSource source, String description, Money amount) {
    return new BudgetLine(Section.BELANJA, account, requireNonNull(kegiatan, "kegiatan"), description, amount, requireNonNull(source, "source"), null);
  }

  /** A financing receipt (penerimaan pembiayaan, 6.1.x), e.g. SiLPA, not earmarked to a fund source. */
  public static BudgetLine penerimaanPembiayaan(AccountCode account, String description, Money amount) {
    return new BudgetLine(Section.PEMBIAYAAN_PENERIMAAN, account, null, description, amount, null, null);
  }

  /** A financing receipt (penerimaan pembiayaan, 6.1.x), e.g. SiLPA of Dana Desa, earmarked to a fund source. */
  public static BudgetLine penerimaanPembiayaan(AccountCode account, FundSource source, String description, Money amount) {
    return new BudgetLine(Section.PEMBIAYAAN_PENERIMAAN, account, null, description, amount, requireNonNull(source, "source"), null);
  }

  /** A financing expenditure (pengeluaran pembiayaan, 6.2.x), e.g. penyertaan modal to the BUMDes, not tied to a fund source. */
  public static BudgetLine pengeluaranPembiayaan(AccountCode account, String description, Money amount) {
    return new BudgetLine(Section.PEMBIAYAAN_PENGELUARAN, account, null, description, amount, null, null);
  }

  /** A financing expenditure (pengeluaran pembiayaan, 6.2.x) paid from a fund source, e.g. Dana Desa food security as penyertaan modal. */
  public static BudgetLine pengeluaranPembiayaan(AccountCode account, FundSource source, String description, Money amount) {
    return new BudgetLine(Section.PEMBIAYAAN_PENGELUARAN, account, null, description, amount, requireNonNull(source, "source"), null);
  }

  /** This line with another amount. */
  public BudgetLine withAmount(Money newAmount) {
    return new BudgetLine(section, account, kegiatan, description, newAmount, fundSource, output, focus, quantity);
  }

  /** This line with a planned output (keluaran). */
  public BudgetLine withOutput(String newOutput) {
    return new BudgetLine(section, account, kegiatan, description, amount, fundSource, requireNonNull(newOutput, "newOutput"), focus, quantity);
  }

  /** This line with another fund source. */
  public BudgetLine withFundSource(FundSource source) {
    return new BudgetLine(section, account, kegiatan, description, amount, requireNonNull(source, "source"), output, focus, quantity);
  }

  /** This line tagged with a focus area of Dana Desa use. */
  public BudgetLine withFocus(FocusTag tag) {
    return new BudgetLine(section, account, kegiatan, description, amount, fundSource, output, requireNonNull(tag, "tag"), quantity);
  }

  /** This line without a focus tag. */
  public BudgetLine withoutFocus() {
    return new BudgetLine(section, account, kegiatan, description, amount, fundSource, output, null, quantity);
  }

  /** This line with a quantity (volume and unit). */
  public BudgetLine withQuantity(Quantity q) {
    return new BudgetLine(section, account, kegiatan, description, amount, fundSource, output, focus, requireNonNull(q, "q"));
  }

  /** The budget item this belanja line belongs to, if it is a belanja line with a fund source. */
  public Optional<BudgetItemKey> itemKey() {
    if (section != Section.BELANJA || kegiatan == null || fundSource == null) {
      return Optional.empty();
    }
    return Optional.of(BudgetItemKey.of(kegiatan, account, fundSource));
  }

  /** The identity of the line across versions: all but the amount (used by the revision diff). */
  public LineIdentity identity() {
    return new LineIdentity(section, account, kegiatan, description, fundSource, output, focus, quantity);
  }

  /**
   * What identifies a line across the original budget and its revision: everything but the amount;
   * its components are null where the line's are.
   */
  public record LineIdentity(
      Section section,
      AccountCode account,
      @Nullable KegiatanCode kegiatan,
      String description,
      @Nullable FundSource fundSource,
      @Nullable String output,
      @Nullable FocusTag focus,
      @Nullable Quantity quantity) {

    /** An identity without a quantity. */
    public LineIdentity(
        Section section,
        AccountCode account,
        @Nullable KegiatanCode kegiatan,
        String description,
        @Nullable FundSource fundSource,
        @Nullable String output,
        @Nullable FocusTag focus) {
      this(section, account, kegiatan, description, fundSource, output, focus, null);
    }

    /** An identity without a focus tag. */
    public LineIdentity(
        Section section,
        AccountCode account,
        @Nullable KegiatanCode kegiatan,
        String description,
        @Nullable FundSource fundSource,
        @Nullable String output) {
      this(section, account, kegiatan, description, fundSource, output, null, null);
    }

    /** The line of this identity with the given amount. */
    public BudgetLine withAmount(Money amount) {
      return new BudgetLine(section, account, kegiatan, description, amount, fundSource, output, focus, quantity);
    }

    @Override
    public String toString() {
      return section.csvName()
          + " "
          + (kegiatan == null ? "" : kegiatan + " ")
          + account
          + (fundSource == null ? "" : " " + fundSource)
          + (focus == null ? "" : " [" + focus + "]")
          + (quantity == null ? "" : " (" + quantity + ")")
          + " '"
          + description
          + "'";
    }
  }
}
