package id.smartkampung.core.policy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.Api;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FocusTag;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.rule.Severity;
import id.smartkampung.core.tax.TaxPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The fiscal year's policy pack — <i>kebijakan tahun anggaran</i>: the rules that change from year to
 * year and are kept as data, not code, each with its regulation: the composition ceiling (PP 11/2019
 * art. 100), siltap rules (art. 81), Dana Desa priority shares, Dana Desa tranches and their gates,
 * tax rates and deposit deadline, the panjar return period.
 *
 * <p>Packs for 2024, 2025, 2026 and 2027 are shipped ({@link #forYear}); the 2027 pack is
 * <em>provisional</em> ({@link #isProvisional}): it carries the 2026 rules forward until the 2027
 * regulations appear, and every validation under it says so with a {@code I11.policy-provisional}
 * warning. A district loads its own pack — e.g. the final 2027 rules — with {@link #parse}, without
 * code changes. An unknown year is an error, never a silent default. Immutable and thread-safe.
 *
 * <p>Since 2026 a pack also describes Dana Desa in its parts ({@link #danaDesaParts}: 2024–2025
 * earmarked — <i>ditentukan penggunaannya</i> — and non-earmarked, 2026 regular and the KDMP part
 * that never enters the village treasury), the BLT Desa ceiling ({@link #blt}), the Padat Karya
 * Tunai wage share ({@link #pktd}) and the year's focus areas ({@link #focusAreas}); a pack without
 * them (as older district packs) has one undivided Dana Desa and no such rules.
 */
@Api(Api.Status.STABLE)
public final class PolicyPack {
  private static final Map<Integer, PolicyPack> SHIPPED = new ConcurrentHashMap<>();
  private static final ImmutableSortedSet<Integer> SHIPPED_YEARS = ImmutableSortedSet.of(2024, 2025, 2026, 2027);

  /** Whether a finding above (AT_MOST) or below (AT_LEAST) the share breaks the rule. */
  public enum Bound {
    /** The share may not exceed the limit. */
    AT_MOST,
    /** The share may not fall below the limit. */
    AT_LEAST
  }

  /** A tax the treasurer withholds — <i>pajak yang dipungut bendahara</i>. */
  public enum TaxType {
    /** PPh pasal 21, on wages and honoraria (policy rate: the lowest bracket). */
    PPH_21,
    /** PPh pasal 22, on purchases of goods. */
    PPH_22,
    /** PPh pasal 23, on services. */
    PPH_23,
    /** PPN, value-added tax. */
    PPN
  }

  /**
   * The PP 11/2019 art. 100 ceiling: at most {@code ceiling} of total belanja for the listed accounts
   * (siltap, tunjangan, tunjangan BPD).
   */
  public record Composition(String reference, BigDecimal ceiling, List<AccountCode> accounts, Severity severity) {}

  /**
   * Siltap: the accounts, the fund sources they may never come from, the monthly minimums per
   * position, which siltap account pays which position ({@code minimumByAccount}, e.g. 5.1.1.01 →
   * KEPALA_DESA) and the units of a line's quantity that count person-months ({@code
   * personMonthUnits}, e.g. OB, orang-bulan): a line on such an account with such a quantity pays at
   * least volume × the position's monthly minimum.
   */
  public record Siltap(
      String reference,
      List<AccountCode> accounts,
      List<FundSource> forbiddenSources,
      Map<String, BigDecimal> monthlyMinimum,
      Map<AccountCode, String> minimumByAccount,
      List<String> personMonthUnits) {

    /** The position whose minimum a line on this account pays, if the pack says so. */
    public Optional<String> positionOf(AccountCode account) {
      return minimumByAccount.entrySet().stream().filter(e -> account.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }
  }

  /**
   * Accounts Dana Desa may never pay — <i>larangan penggunaan Dana Desa</i> — beyond siltap (2026:
   * iuran jaminan sosial 5.1.3 and tunjangan BPD 5.1.4, Permendesa PDT 16/2025).
   */
  public record DanaDesaForbidden(String reference, List<AccountCode> accounts) {}

  /**
   * A Dana Desa priority: the share of Dana Desa spent (from DDS) on it is at most / at least {@code
   * share} of the Dana Desa pagu, less the parts named in {@code baseExcludesParts} (2026: operations
   * at most 3 % of the pagu other than the KDMP part). In a budget whose lines carry focus tags the
   * DDS lines tagged with one of {@code tags} count; in a budget without tags (the fallback, with a
   * warning) the belanja lines under the listed kegiatan prefixes and the financing lines on the
   * listed accounts count, as they do for a priority that names no tags (older packs).
   */
  public record Priority(
      String code,
      String name,
      Bound bound,
      BigDecimal share,
      List<String> kegiatan,
      List<AccountCode> accounts,
      Severity severity,
      String reference,
      List<String> baseExcludesParts,
      List<FocusTag> tags) {

    /** A priority whose base is the whole Dana Desa pagu. */
    public Priority(
        String code, String name, Bound bound, BigDecimal share, List<String> kegiatan, List<AccountCode> accounts, Severity severity, String reference) {
      this(code, name, bound, share, kegiatan, accounts, severity, reference, List.of(), List.of());
    }

    /** A priority counted by kegiatan prefixes and accounts only (no focus tags). */
    public Priority(
        String code,
        String name,
        Bound bound,
        BigDecimal share,
        List<String> kegiatan,
        List<AccountCode> accounts,
        Severity severity,
        String reference,
        List<String> baseExcludesParts) {
      this(code, name, bound, share, kegiatan, accounts, severity, reference, baseExcludesParts, List.of());
    }

    /** True when a DDS-funded line tagged so counts toward this priority (budgets with focus tags). */
    public boolean covers(FocusTag tag) {
      return tags.contains(tag);
    }

    /** True when a DDS-funded belanja line of this kegiatan counts toward this priority. */
    public boolean covers(KegiatanCode k) {
      return kegiatan.stream().anyMatch(k::startsWith);
    }

    /** True when a DDS-funded financing line with this account counts toward this priority. */
    public boolean covers(AccountCode a) {
      return accounts.stream().anyMatch(a::startsWith);
    }
  }

  /**
   * A Dana Desa tranche — <i>tahap penyaluran</i>: its share of the year's Dana Desa (regular and for
   * Desa Mandiri) and the gate the previous tranches must pass: average absorption and output
   * achievement at least the given fractions.
   */
  public record Tranche(int number, BigDecimal share, BigDecimal shareMandiri, BigDecimal minAbsorption, BigDecimal minOutput) {}

  /**
   * A part of a village's Dana Desa — <i>bagian Dana Desa</i> — as the year's PMK divides it: 2024–2025
   * earmarked (<i>ditentukan penggunaannya</i>) and non-earmarked, each with its own tranches; 2026
   * regular (<i>reguler</i>) and the part for the Koperasi Desa Merah Putih (KDMP), which is channelled
   * from the state treasury to an escrow account and never enters the village treasury.
   *
   * @param code the part's code (e.g. {@code REGULER}, {@code KDMP}); never null
   * @param name its name
   * @param share its fixed share of the village's pagu; null when the village's budget sets it
   * @param throughVillageTreasury false for a part that never reaches the village cash account (RKD)
   * @param financingAccounts the pengeluaran-pembiayaan accounts on which a part that does not pass
   *     through the treasury is recorded as an outflow matching its revenue, so the APBDes balances
   * @param tranches its tranches, empty for a part disbursed otherwise (KDMP: on recommendation)
   * @param reference its regulation and article
   */
  public record DanaDesaPart(
      String code,
      String name,
      @Nullable BigDecimal share,
      boolean throughVillageTreasury,
      List<AccountCode> financingAccounts,
      List<Tranche> tranches,
      String reference) {}

  /**
   * BLT Desa — <i>Bantuan Langsung Tunai Desa</i>: at most {@code maxPerKpmPerMonth} per beneficiary
   * family (KPM) a month, paid for at most {@code maxMonthsAtOnce} months at once.
   */
  public record Blt(String reference, BigDecimal maxPerKpmPerMonth, int maxMonthsAtOnce, List<String> kpmMonthUnits) {}

  /**
   * Interest on the village cash account — <i>bunga bank / jasa giro</i> — and the final income tax
   * the bank withholds on it ({@link id.smartkampung.core.ledger.Operation.RecordBankInterest}).
   *
   * @param accounts the revenue accounts interest is booked to (an objek below one of them): 4.3.6
   *     <i>bunga bank</i> of the chart of Permendagri 20/2018
   * @param reference where the accounts come from
   * @param finalTaxRate the final tax on the gross (PP 131/2000 as amended by PP 123/2015 Pasal 2: 0.20)
   * @param exemptBalanceUpTo the balance up to which the bank withholds nothing (Pasal 3 ayat (1) huruf a: Rp7.500.000)
   * @param taxReference the regulation and articles of the rate and the exemption
   */
  public record BankInterest(List<AccountCode> accounts, String reference, BigDecimal finalTaxRate, BigDecimal exemptBalanceUpTo, String taxReference) {}

  /**
   * Cash on hand — <i>uang tunai di kas desa</i>: the Kaur Keuangan may hold cash up to an amount the
   * Bupati/Walikota sets in the Perbup/Perwali on village finance (Permendagri 20/2018 Pasal
   * 44(4)-(5)). The figure differs by district, so the national packs leave {@code ceiling} null and
   * say so in {@code reference}; a district sets its own ({@link PolicyPack#withCashOnHandCeiling}, or
   * a pack of its own read with {@link PolicyPack#parse}). Cash on hand above it is a warning ({@code
   * I6.cash-on-hand-ceiling}).
   *
   * @param ceiling the most cash on hand, all fund sources together, in rupiah; null when not set
   * @param reference the regulation the figure comes from, or why there is none
   */
  public record CashOnHand(@Nullable BigDecimal ceiling, String reference) {
    public CashOnHand {
      requireNonNull(reference, "reference");
      if (ceiling != null && (ceiling.signum() < 0 || ceiling.stripTrailingZeros().scale() > 2)) {
        throw new IllegalArgumentException("policy pack is not valid: cashOnHand.ceiling " + ceiling.toPlainString() + " is not a non-negative rupiah amount");
      }
    }
  }

  /**
   * Padat Karya Tunai Desa — <i>PKTD</i>: wages at least {@code minWageShare} of the activity's cost;
   * a line is wages when its quantity is in one of {@code wageUnits} (HOK, hari orang kerja).
   */
  public record Pktd(String reference, BigDecimal minWageShare, List<String> wageUnits, Severity severity) {}

  /** A focus area of Dana Desa use — <i>fokus penggunaan Dana Desa</i> — with its article. */
  public record FocusArea(String code, String name, String reference) {}

  /** Tax rates and the deposit deadline (day of the following month). */
  public record Taxes(String reference, Map<TaxType, BigDecimal> rates, int depositDayOfNextMonth) {}

  /** Panjar (advance) rules: unspent money back within this many working days. */
  public record Panjar(String reference, int returnWithinWorkingDays) {}

  /**
   * Changes to the budget in force that are not the one Perdes perubahan — <i>perubahan dengan
   * Peraturan Kepala Desa</i>: a shift (<i>pergeseran</i>, amending the <i>penjabaran</i>, the BPD
   * informed) keeps pendapatan, pembiayaan and the belanja totals per account at {@code
   * shiftKeepsTotalsAt} (the jenis belanja) and fund source; a late grant (<i>bantuan keuangan,
   * hibah</i> arriving after the perubahan) raises only revenue under {@code lateGrantAccounts} and
   * spends it from its own fund source; emergency spending (<i>belanja tak terduga</i>, before any
   * perubahan) moves belanja from lines under {@code emergencyAccount} to kegiatan of bidang {@code
   * emergencyBidang}, fund source by fund source.
   */
  public record BudgetChanges(
      String reference, AccountCode.Level shiftKeepsTotalsAt, ImmutableList<AccountCode> lateGrantAccounts, AccountCode emergencyAccount, String emergencyBidang) {}

  /**
   * The cancellation of the Perdes APBDes by the Bupati/Walikota — <i>pembatalan</i> (Permendagri
   * 20/2018 Pasal 36): until the corrected Perdes is enacted, only spending on the lines under {@code
   * operationalAccounts} (the village government's operations) is allowed. {@code stopWorkingDays}:
   * the Kepala Desa stops carrying out the cancelled Perdes within that many working days after the
   * cancellation (Pasal 36 ayat (2): <i>paling lama 7 (tujuh) hari kerja</i>) — an SPP submitted
   * before on other spending is verified, approved or paid only until then; null (packs without it)
   * sets no such limit.
   */
  public record BudgetCancellation(String reference, ImmutableList<AccountCode> operationalAccounts, @Nullable Integer stopWorkingDays) {
    public BudgetCancellation {
      requireNonNull(reference, "reference");
      requireNonNull(operationalAccounts, "operationalAccounts");
      if (stopWorkingDays != null && stopWorkingDays < 0) {
        throw new IllegalArgumentException("cancellation.stopWorkingDays is negative: " + stopWorkingDays);
      }
    }

    /** A cancellation without a limit on finishing what was submitted before. */
    public BudgetCancellation(String reference, ImmutableList<AccountCode> operationalAccounts) {
      this(reference, operationalAccounts, null);
    }

    /** Whether spending on the account is operational: under one of the operational accounts. */
    public boolean isOperational(AccountCode account) {
      return operationalAccounts.stream().anyMatch(account::startsWith);
    }
  }

  /**
   * The dates of the budget's making — <i>jadwal penyusunan dan evaluasi APBDes</i> (Permendagri
   * 20/2018 Pasal 31–35): the RAPBDes agreed with the BPD by the end of {@code agreementByMonth} of
   * the year before, submitted to the Bupati within {@code submissionWithinDays} calendar days of the
   * agreement, evaluated within {@code evaluationWorkingDays} working days of its receipt (else it
   * takes effect by itself, Pasal 35(3)), a negative evaluation corrected within {@code
   * correctionWorkingDays} working days (Pasal 35(5)), the Perdes enacted by {@code
   * enactmentByMonth}/{@code enactmentByDay} of the year before; a step off these dates is a finding of
   * {@code severity}.
   */
  public record BudgetCalendar(
      String reference,
      int agreementByMonth,
      int submissionWithinDays,
      int evaluationWorkingDays,
      int correctionWorkingDays,
      int enactmentByMonth,
      int enactmentByDay,
      Severity severity) {}

  private final int fiscalYear;
  private final ImmutableList<String> regulations;
  private final Composition composition;
  private final Siltap siltap;
  private final ImmutableList<Priority> priorities;
  private final String tranchesReference;
  private final ImmutableList<Tranche> tranches;
  private final Taxes taxes;
  private final Panjar panjar;
  private final boolean provisional;
  private final String provisionalNote;
  private final String danaDesaReference;
  private final ImmutableList<DanaDesaPart> danaDesaParts;
  private final Optional<Blt> blt;
  private final Optional<BankInterest> bankInterest;
  private final Optional<Pktd> pktd;
  private final ImmutableList<FocusArea> focusAreas;
  private final Optional<DanaDesaForbidden> danaDesaForbidden;
  private final Optional<BudgetCalendar> budgetCalendar;
  private final Optional<BudgetChanges> budgetChanges;
  private final Optional<BudgetCancellation> cancellation;
  private final CashOnHand cashOnHand;
  /** The pack as read, kept so that a district's override makes a new pack the same way. */
  private final Data data;

  private PolicyPack(Data d) {
    this.data = d;
    this.cashOnHand =
        d.cashOnHand == null
            ? new CashOnHand(null, "Permendagri 20/2018 Pasal 44(4)-(5): set by each Perbup/Perwali; this pack sets none")
            : new CashOnHand(d.cashOnHand.ceiling, d.cashOnHand.reference);
    this.fiscalYear = d.fiscalYear;
    this.provisional = Boolean.TRUE.equals(d.provisional);
    this.provisionalNote = d.provisionalNote == null ? "" : d.provisionalNote;
    if (d.danaDesa == null) {
      this.danaDesaReference = d.tranches.reference;
      this.danaDesaParts =
          ImmutableList.of(new DanaDesaPart("DANA_DESA", "Dana Desa", BigDecimal.ONE, true, ImmutableList.of(), ImmutableList.copyOf(d.tranches.stages), d.tranches.reference));
    } else {
      this.danaDesaReference = d.danaDesa.reference;
      this.danaDesaParts =
          d.danaDesa.parts.stream()
              .map(
                  p ->
                      new DanaDesaPart(
                          p.code,
                          p.name,
                          p.share,
                          p.throughVillageTreasury,
                          codes(p.financingAccounts == null ? List.of() : p.financingAccounts),
                          ImmutableList.copyOf(p.tranches == null ? List.of() : p.tranches),
                          p.reference))
              .collect(ImmutableList.toImmutableList());
    }
    this.blt = Optional.ofNullable(d.blt).map(b -> new Blt(b.reference, b.maxPerKpmPerMonth, b.maxMonthsAtOnce, list(b.kpmMonthUnits)));
    this.bankInterest =
        Optional.ofNullable(d.bankInterest).map(b -> new BankInterest(codes(b.accounts), b.reference, b.finalTaxRate, b.exemptBalanceUpTo, b.taxReference));
    this.pktd =
        Optional.ofNullable(d.pktd)
            .map(p -> new Pktd(p.reference, p.minWageShare, list(p.wageUnits), p.severity == null ? Severity.ERROR : p.severity));
    this.danaDesaForbidden =
        Optional.ofNullable(d.danaDesaForbidden).map(f -> new DanaDesaForbidden(f.reference, codes(f.accounts)));
    this.focusAreas = d.focusAreas == null ? ImmutableList.of() : ImmutableList.copyOf(d.focusAreas);
    this.budgetCalendar = Optional.ofNullable(d.budgetCalendar);
    this.budgetChanges =
        Optional.ofNullable(d.budgetChanges)
            .map(c -> new BudgetChanges(c.reference, c.shiftKeepsTotalsAt, codes(c.lateGrantAccounts), AccountCode.parse(c.emergencyAccount), c.emergencyBidang));
    this.cancellation = Optional.ofNullable(d.cancellation).map(c -> new BudgetCancellation(c.reference, codes(c.operationalAccounts), c.stopWorkingDays));
    this.regulations = ImmutableList.copyOf(d.regulations);
    this.composition =
        new Composition(
            d.composition.reference, d.composition.ceiling, codes(d.composition.accounts), d.composition.severity);
    this.siltap =
        new Siltap(
            d.siltap.reference,
            codes(d.siltap.accounts),
            d.siltap.forbiddenSources.stream().map(FundSource::parse).collect(ImmutableList.toImmutableList()),
            ImmutableMap.copyOf(d.siltap.monthlyMinimum),
            d.siltap.minimumByAccount == null
                ? ImmutableMap.of()
                : d.siltap.minimumByAccount.entrySet().stream()
                    .collect(ImmutableMap.toImmutableMap(e -> AccountCode.parse(e.getKey()), Map.Entry::getValue)),
            list(d.siltap.personMonthUnits));
    this.priorities =
        d.danaDesaPriorities.stream()
            .map(
                p -> {
                  p.kegiatan.forEach(PolicyPack::checkKegiatanPrefix);
                  return new Priority(
                      p.code,
                      p.name,
                      p.bound,
                      p.share,
                      ImmutableList.copyOf(p.kegiatan),
                      codes(p.accounts),
                      p.severity,
                      p.reference,
                      p.baseExcludesParts == null ? ImmutableList.of() : ImmutableList.copyOf(p.baseExcludesParts),
                      p.tags == null ? ImmutableList.of() : p.tags.stream().map(FocusTag::parse).collect(ImmutableList.toImmutableList()));
                })
            .collect(ImmutableList.toImmutableList());
    this.tranchesReference = d.tranches.reference;
    this.tranches = ImmutableList.copyOf(d.tranches.stages);
    this.taxes = new Taxes(d.taxes.reference, ImmutableMap.copyOf(d.taxes.rates), d.taxes.depositDayOfNextMonth);
    this.panjar = new Panjar(d.panjar.reference, d.panjar.returnWithinWorkingDays);
    validate();
  }

  /**
   * The shipped pack of a fiscal year.
   *
   * @throws IllegalArgumentException naming the known years if there is no pack for that year
   */
  public static PolicyPack forYear(int fiscalYear) {
    if (!SHIPPED_YEARS.contains(fiscalYear)) {
      throw new IllegalArgumentException(
          "no policy pack for fiscal year " + fiscalYear + ": packs are shipped for " + SHIPPED_YEARS
              + " (load a district's own with PolicyPack.parse)");
    }
    return SHIPPED.computeIfAbsent(fiscalYear, PolicyPack::loadShipped);
  }

  /** The years for which a pack is shipped. */
  public static ImmutableSortedSet<Integer> shippedYears() {
    return SHIPPED_YEARS;
  }

  /**
   * Reads a pack from JSON in the shape of the shipped {@code apbdes-YYYY.json}.
   *
   * @throws IllegalArgumentException naming the JSON path of the first problem
   */
  public static PolicyPack parse(InputStream json) {
    try {
      Data data = MAPPER.readValue(requireNonNull(json, "json"), Data.class);
      requireComplete(data, "$");
      return new PolicyPack(data);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("policy pack is not valid: " + e.getOriginalMessage() + " at " + e.getLocation(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy pack", e);
    }
  }

  private static PolicyPack loadShipped(int year) {
    String name = "apbdes-" + year + ".json";
    try (InputStream in = PolicyPack.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("policy pack " + name + " missing from the jar");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy pack " + name, e);
    }
  }

  /** The fiscal year the pack is for. */
  public int fiscalYear() {
    return fiscalYear;
  }

  /** The regulations the pack rests on. */
  public ImmutableList<String> regulations() {
    return regulations;
  }

  /** The composition ceiling. */
  public Composition composition() {
    return composition;
  }

  /** The siltap rules. */
  public Siltap siltap() {
    return siltap;
  }

  /** The Dana Desa priorities. */
  public ImmutableList<Priority> danaDesaPriorities() {
    return priorities;
  }

  /** The regulation on Dana Desa tranches. */
  public String tranchesReference() {
    return tranchesReference;
  }

  /** The Dana Desa tranches in order. */
  public ImmutableList<Tranche> tranches() {
    return tranches;
  }

  /** The tranche with that number. */
  public Optional<Tranche> tranche(int number) {
    return tranches.stream().filter(t -> t.number() == number).findFirst();
  }

  /** The taxes. */
  public Taxes taxes() {
    return taxes;
  }

  /**
   * The year's full tax rules ({@code tax-YYYY.json}: bases, thresholds, TER tables, exemptions), when
   * shipped for this year. {@link #taxes()} keeps the flat rates of the old computation.
   */
  public Optional<TaxPolicy> taxPolicy() {
    return TaxPolicy.find(fiscalYear);
  }

  /** The rate of a withheld tax. */
  public BigDecimal taxRate(TaxType type) {
    BigDecimal r = taxes.rates().get(type);
    if (r == null) {
      throw new IllegalArgumentException("policy pack " + fiscalYear + " has no rate for " + type);
    }
    return r;
  }

  /** The panjar rules. */
  public Panjar panjar() {
    return panjar;
  }

  /**
   * True when the year's regulations were not all out when the pack was made (2027: the 2026 rules
   * carried forward); every validation under it carries a warning that says so.
   */
  public boolean isProvisional() {
    return provisional;
  }

  /** Why the pack is provisional and how it is replaced; empty for a final pack. */
  public String provisionalNote() {
    return provisionalNote;
  }

  /** The regulation dividing Dana Desa into its parts. */
  public String danaDesaReference() {
    return danaDesaReference;
  }

  /** The parts of Dana Desa, in the pack's order; one undivided part for a pack that names none. */
  public ImmutableList<DanaDesaPart> danaDesaParts() {
    return danaDesaParts;
  }

  /** The part with that code. */
  public Optional<DanaDesaPart> danaDesaPart(String code) {
    return danaDesaParts.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /** The BLT Desa ceiling, if the year sets one per beneficiary family. */
  public Optional<Blt> blt() {
    return blt;
  }

  /** Interest on the village cash account and its final tax, if the pack states them (every shipped pack does). */
  public Optional<BankInterest> bankInterest() {
    return bankInterest;
  }

  /** The Padat Karya Tunai wage share, if the year sets one. */
  public Optional<Pktd> pktd() {
    return pktd;
  }

  /** Accounts Dana Desa may never pay beyond siltap, if the year lists them. */
  public Optional<DanaDesaForbidden> danaDesaForbidden() {
    return danaDesaForbidden;
  }

  /** The year's focus areas of Dana Desa use (empty when the pack names none). */
  public ImmutableList<FocusArea> focusAreas() {
    return focusAreas;
  }

  /** The focus area with that tag, if the year has it. */
  public Optional<FocusArea> focusArea(FocusTag tag) {
    return focusAreas.stream().filter(a -> a.code().equals(tag.code())).findFirst();
  }

  /**
   * The rules of the changes to the budget in force that are not the Perdes perubahan, each by
   * Perkades; empty for a pack without them, under which such changes are refused.
   */
  public Optional<BudgetChanges> budgetChanges() {
    return budgetChanges;
  }

  /**
   * What may be spent while the Perdes APBDes is cancelled (Permendagri 20/2018 Pasal 36); empty for
   * a pack without it, under which no SPP is accepted while the budget is cancelled.
   */
  public Optional<BudgetCancellation> cancellation() {
    return cancellation;
  }

  /**
   * The dates of the budget's making and evaluation (agreement, submission, evaluation, correction,
   * enactment); empty for a pack without them, under which a deemed evaluation is refused (the
   * period is unknown) and no date is reported.
   */
  public Optional<BudgetCalendar> budgetCalendar() {
    return budgetCalendar;
  }

  /** The ceiling of cash on hand (Permendagri 20/2018 Pasal 44(5)), with its source; never null. */
  public CashOnHand cashOnHand() {
    return cashOnHand;
  }

  /**
   * This pack with a district's ceiling of cash on hand — the amount its Bupati/Walikota set
   * (Permendagri 20/2018 Pasal 44(5)) — or none ({@code ceiling} null).
   *
   * @param ceiling the ceiling in rupiah, all fund sources together; null for none
   * @param reference the Perbup/Perwali and article it comes from; never null
   * @throws IllegalArgumentException when the ceiling is negative or finer than the sen
   */
  public PolicyPack withCashOnHandCeiling(@org.jspecify.annotations.Nullable BigDecimal ceiling, String reference) {
    requireNonNull(reference, "reference");
    Data d = data;
    return new PolicyPack(
        new Data(
            d.fiscalYear, d.regulations, d.composition, d.siltap, d.danaDesaPriorities, d.tranches, d.taxes, d.panjar, d.provisional,
            d.provisionalNote, d.danaDesa, d.blt, d.pktd, d.focusAreas, d.danaDesaForbidden, d.budgetCalendar, d.budgetChanges, d.cancellation,
            new CashOnHandData(ceiling, reference), d.bankInterest));
  }

  @Override
  public String toString() {
    return "PolicyPack " + fiscalYear + (provisional ? " (provisional)" : "");
  }

  // ---------------------------------------------------------------- JSON shape

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private record Data(
      int fiscalYear,
      List<String> regulations,
      CompositionData composition,
      SiltapData siltap,
      List<PriorityData> danaDesaPriorities,
      TranchesData tranches,
      TaxesData taxes,
      PanjarData panjar,
      Boolean provisional,
      String provisionalNote,
      DanaDesaData danaDesa,
      BltData blt,
      PktdData pktd,
      List<FocusArea> focusAreas,
      DanaDesaForbiddenData danaDesaForbidden,
      BudgetCalendar budgetCalendar,
      BudgetChangesData budgetChanges,
      CancellationData cancellation,
      CashOnHandData cashOnHand,
      BankInterestData bankInterest) {
    @JsonCreator
    Data(
        @JsonProperty(value = "fiscalYear", required = true) int fiscalYear,
        @JsonProperty(value = "regulations", required = true) List<String> regulations,
        @JsonProperty(value = "composition", required = true) CompositionData composition,
        @JsonProperty(value = "siltap", required = true) SiltapData siltap,
        @JsonProperty(value = "danaDesaPriorities", required = true) List<PriorityData> danaDesaPriorities,
        @JsonProperty(value = "tranches", required = true) TranchesData tranches,
        @JsonProperty(value = "taxes", required = true) TaxesData taxes,
        @JsonProperty(value = "panjar", required = true) PanjarData panjar,
        @JsonProperty("provisional") Boolean provisional,
        @JsonProperty("provisionalNote") String provisionalNote,
        @JsonProperty("danaDesa") DanaDesaData danaDesa,
        @JsonProperty("blt") BltData blt,
        @JsonProperty("pktd") PktdData pktd,
        @JsonProperty("focusAreas") List<FocusArea> focusAreas,
        @JsonProperty("danaDesaForbidden") DanaDesaForbiddenData danaDesaForbidden,
        @JsonProperty("budgetCalendar") BudgetCalendar budgetCalendar,
        @JsonProperty("budgetChanges") BudgetChangesData budgetChanges,
        @JsonProperty("cancellation") CancellationData cancellation,
        @JsonProperty("cashOnHand") CashOnHandData cashOnHand,
        @JsonProperty("bankInterest") BankInterestData bankInterest) {
      this.fiscalYear = fiscalYear;
      this.regulations = regulations;
      this.composition = composition;
      this.siltap = siltap;
      this.danaDesaPriorities = danaDesaPriorities;
      this.tranches = tranches;
      this.taxes = taxes;
      this.panjar = panjar;
      this.provisional = provisional;
      this.provisionalNote = provisionalNote;
      this.danaDesa = danaDesa;
      this.blt = blt;
      this.pktd = pktd;
      this.focusAreas = focusAreas;
      this.danaDesaForbidden = danaDesaForbidden;
      this.budgetCalendar = budgetCalendar;
      this.budgetChanges = budgetChanges;
      this.cancellation = cancellation;
      this.cashOnHand = cashOnHand;
      this.bankInterest = bankInterest;
    }
  }

  private record BankInterestData(String reference, List<String> accounts, BigDecimal finalTaxRate, BigDecimal exemptBalanceUpTo, String taxReference) {}

  private record CashOnHandData(BigDecimal ceiling, String reference) {}

  private record DanaDesaForbiddenData(String reference, List<String> accounts) {}

  private record DanaDesaData(String reference, List<DanaDesaPartData> parts) {}

  private record DanaDesaPartData(
      String code,
      String name,
      BigDecimal share,
      boolean throughVillageTreasury,
      List<String> financingAccounts,
      List<Tranche> tranches,
      String reference) {}

  private record BltData(String reference, BigDecimal maxPerKpmPerMonth, int maxMonthsAtOnce, List<String> kpmMonthUnits) {}

  private record PktdData(String reference, BigDecimal minWageShare, List<String> wageUnits, Severity severity) {}

  private record CompositionData(String reference, BigDecimal ceiling, List<String> accounts, Severity severity) {}

  private record SiltapData(
      String reference,
      List<String> accounts,
      List<String> forbiddenSources,
      Map<String, BigDecimal> monthlyMinimum,
      Map<String, String> minimumByAccount,
      List<String> personMonthUnits) {}

  private record PriorityData(
      String code,
      String name,
      Bound bound,
      BigDecimal share,
      List<String> kegiatan,
      List<String> accounts,
      Severity severity,
      String reference,
      List<String> baseExcludesParts,
      List<String> tags) {}

  private record TranchesData(String reference, List<Tranche> stages) {}

  private record TaxesData(String reference, Map<TaxType, BigDecimal> rates, int depositDayOfNextMonth) {}

  private record PanjarData(String reference, int returnWithinWorkingDays) {}

  private record CancellationData(String reference, List<String> operationalAccounts, Integer stopWorkingDays) {}

  private record BudgetChangesData(
      String reference, AccountCode.Level shiftKeepsTotalsAt, List<String> lateGrantAccounts, String emergencyAccount, String emergencyBidang) {}

  /** Fields a pack may leave out (older and district packs); every other field is required. */
  private static final java.util.Set<String> OPTIONAL =
      java.util.Set.of(
          "Data.provisional",
          "Data.provisionalNote",
          "Data.danaDesa",
          "Data.blt",
          "Data.pktd",
          "Data.focusAreas",
          "Data.danaDesaForbidden",
          "SiltapData.minimumByAccount",
          "SiltapData.personMonthUnits",
          "BltData.kpmMonthUnits",
          "PktdData.wageUnits",
          "PktdData.severity",
          "Data.budgetCalendar",
          "Data.budgetChanges",
          "Data.cancellation",
          "CancellationData.stopWorkingDays",
          "Data.cashOnHand",
          "Data.bankInterest",
          "CashOnHandData.ceiling",
          "PriorityData.baseExcludesParts",
          "PriorityData.tags",
          "DanaDesaPartData.share",
          "DanaDesaPartData.financingAccounts",
          "DanaDesaPartData.tranches");

  /** Rejects a missing (null) required field anywhere in the pack, naming its JSON path. */
  private static void requireComplete(Object value, String path) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) == null) {
          throw new IllegalArgumentException("policy pack is not valid: " + path + "[" + i + "] is null");
        }
        requireComplete(list.get(i), path + "[" + i + "]");
      }
      return;
    }
    if (value == null || !value.getClass().isRecord()) {
      return;
    }
    for (java.lang.reflect.RecordComponent c : value.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      String at = path + "." + c.getName();
      if (v == null) {
        if (OPTIONAL.contains(value.getClass().getSimpleName() + "." + c.getName())) {
          continue;
        }
        throw new IllegalArgumentException("policy pack is not valid: " + at + " is missing");
      }
      requireComplete(v, at);
    }
  }

  private static ImmutableList<String> list(List<String> texts) {
    return texts == null ? ImmutableList.of() : ImmutableList.copyOf(texts);
  }

  private static ImmutableList<AccountCode> codes(List<String> texts) {
    return texts.stream().map(AccountCode::parse).collect(ImmutableList.toImmutableList());
  }

  private static void checkKegiatanPrefix(String prefix) {
    if (!prefix.matches("[0-9]{2}(\\.[0-9]{2}){0,2}")) {
      throw new IllegalArgumentException("kegiatan prefix '" + prefix + "' is malformed: expected BB, BB.SS or BB.SS.KK");
    }
  }

  private void validate() {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal sumMandiri = BigDecimal.ZERO;
    for (int i = 0; i < tranches.size(); i++) {
      Tranche t = tranches.get(i);
      if (t.number() != i + 1) {
        throw new IllegalArgumentException("policy pack " + fiscalYear + ": tranches are numbered 1, 2, … in order");
      }
      sum = sum.add(t.share());
      sumMandiri = sumMandiri.add(t.shareMandiri());
    }
    if (sum.compareTo(BigDecimal.ONE) != 0 || sumMandiri.compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException("policy pack " + fiscalYear + ": tranche shares add up to 1");
    }
    for (TaxType t : TaxType.values()) {
      taxRate(t);
    }
    if (provisional && provisionalNote.isBlank()) {
      throw new IllegalArgumentException("policy pack " + fiscalYear + ": a provisional pack says why in provisionalNote");
    }
    java.util.Set<String> partCodes = new java.util.HashSet<>();
    BigDecimal partShares = BigDecimal.ZERO;
    boolean allShares = true;
    for (DanaDesaPart p : danaDesaParts) {
      String at = "policy pack " + fiscalYear + ": danaDesa part " + p.code();
      if (p.code() == null || p.code().isBlank() || !partCodes.add(p.code())) {
        throw new IllegalArgumentException("policy pack " + fiscalYear + ": danaDesa parts have distinct, non-blank codes");
      }
      if (p.name() == null || p.reference() == null) {
        throw new IllegalArgumentException(at + " needs a name and a reference");
      }
      BigDecimal sh = p.share();
      if (sh != null) {
        if (sh.signum() < 0 || sh.compareTo(BigDecimal.ONE) > 0) {
          throw new IllegalArgumentException(at + ": share " + sh.toPlainString() + " is not between 0 and 1");
        }
        partShares = partShares.add(sh);
      } else {
        allShares = false;
      }
      if (!p.tranches().isEmpty()) {
        BigDecimal ps = BigDecimal.ZERO;
        BigDecimal pm = BigDecimal.ZERO;
        for (int i = 0; i < p.tranches().size(); i++) {
          Tranche t = p.tranches().get(i);
          if (t.number() != i + 1) {
            throw new IllegalArgumentException(at + ": tranches are numbered 1, 2, … in order");
          }
          ps = ps.add(t.share());
          pm = pm.add(t.shareMandiri());
        }
        if (ps.compareTo(BigDecimal.ONE) != 0 || pm.compareTo(BigDecimal.ONE) != 0) {
          throw new IllegalArgumentException(at + ": tranche shares add up to 1");
        }
      }
      if (p.throughVillageTreasury() != p.financingAccounts().isEmpty()) {
        throw new IllegalArgumentException(at + ": a part outside the village treasury names the financing accounts it is recorded on, and only such a part");
      }
    }
    if (allShares ? partShares.compareTo(BigDecimal.ONE) != 0 : partShares.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("policy pack " + fiscalYear + ": danaDesa part shares add up to " + partShares.toPlainString() + ", not 1");
    }
    java.util.Set<String> areaCodes = new java.util.HashSet<>();
    for (FocusArea a : focusAreas) {
      FocusTag.parse(a.code());
      if (!areaCodes.add(a.code())) {
        throw new IllegalArgumentException("policy pack " + fiscalYear + ": focus area " + a.code() + " is listed twice");
      }
    }
    for (Priority p : priorities) {
      for (FocusTag t : p.tags()) {
        if (!areaCodes.contains(t.code())) {
          throw new IllegalArgumentException("policy pack " + fiscalYear + ": priority " + p.code() + " counts focus tag " + t + ", which is not among the year's focusAreas");
        }
      }
      for (String part : p.baseExcludesParts()) {
        if (!partCodes.contains(part)) {
          throw new IllegalArgumentException("policy pack " + fiscalYear + ": priority " + p.code() + " excludes unknown danaDesa part " + part);
        }
      }
    }
    bankInterest.ifPresent(
        b -> {
          if (b.accounts().isEmpty() || b.accounts().stream().anyMatch(a -> !a.isPendapatan())
              || b.finalTaxRate().signum() < 0 || b.finalTaxRate().compareTo(BigDecimal.ONE) >= 0 || b.exemptBalanceUpTo().signum() < 0) {
            throw new IllegalArgumentException("policy pack " + fiscalYear + ": bankInterest names revenue (4.x) accounts, a final tax rate in [0, 1) and an exemption not negative");
          }
        });
    blt.ifPresent(
        b -> {
          if (b.maxPerKpmPerMonth() == null || b.maxPerKpmPerMonth().signum() <= 0 || b.maxMonthsAtOnce() <= 0) {
            throw new IllegalArgumentException("policy pack " + fiscalYear + ": blt has a positive maxPerKpmPerMonth and maxMonthsAtOnce");
          }
        });
    for (String position : siltap.minimumByAccount().values()) {
      if (!siltap.monthlyMinimum().containsKey(position)) {
        throw new IllegalArgumentException("policy pack " + fiscalYear + ": siltap.minimumByAccount names position " + position + ", which has no monthlyMinimum");
      }
    }
    pktd.ifPresent(
        p -> {
          if (p.minWageShare() == null || p.minWageShare().signum() < 0 || p.minWageShare().compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("policy pack " + fiscalYear + ": pktd.minWageShare is between 0 and 1");
          }
        });
  }
}
