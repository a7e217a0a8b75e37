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

/**
 * The fiscal year's policy pack — <i>kebijakan tahun anggaran</i>: the rules that change from year to
 * year and are kept as data, not code, each with its regulation: the composition ceiling (PP 11/2019
 * art. 100), siltap rules (art. 81), Dana Desa priority shares, Dana Desa tranches and their gates,
 * tax rates and deposit deadline, the panjar return period.
 *
 * <p>Packs for 2024 and 2025 are shipped ({@link #forYear}); a district can load its own with
 * {@link #parse}. An unknown year is an error, never a silent default. Immutable and thread-safe.
 */
@Api(Api.Status.STABLE)
public final class PolicyPack {
  private static final Map<Integer, PolicyPack> SHIPPED = new ConcurrentHashMap<>();
  private static final ImmutableSortedSet<Integer> SHIPPED_YEARS = ImmutableSortedSet.of(2024, 2025);

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

  /** Siltap: the accounts, the fund sources they may never come from, and the monthly minimums. */
  public record Siltap(
      String reference, List<AccountCode> accounts, List<FundSource> forbiddenSources, Map<String, BigDecimal> monthlyMinimum) {}

  /**
   * A Dana Desa priority: the share of Dana Desa spent (from DDS) on the listed kegiatan prefixes and
   * financing accounts is at most / at least {@code share}.
   */
  public record Priority(
      String code,
      String name,
      Bound bound,
      BigDecimal share,
      List<String> kegiatan,
      List<AccountCode> accounts,
      Severity severity,
      String reference) {

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

  /** Tax rates and the deposit deadline (day of the following month). */
  public record Taxes(String reference, Map<TaxType, BigDecimal> rates, int depositDayOfNextMonth) {}

  /** Panjar (advance) rules: unspent money back within this many working days. */
  public record Panjar(String reference, int returnWithinWorkingDays) {}

  private final int fiscalYear;
  private final ImmutableList<String> regulations;
  private final Composition composition;
  private final Siltap siltap;
  private final ImmutableList<Priority> priorities;
  private final String tranchesReference;
  private final ImmutableList<Tranche> tranches;
  private final Taxes taxes;
  private final Panjar panjar;

  private PolicyPack(Data d) {
    this.fiscalYear = d.fiscalYear;
    this.regulations = ImmutableList.copyOf(d.regulations);
    this.composition =
        new Composition(
            d.composition.reference, d.composition.ceiling, codes(d.composition.accounts), d.composition.severity);
    this.siltap =
        new Siltap(
            d.siltap.reference,
            codes(d.siltap.accounts),
            d.siltap.forbiddenSources.stream().map(FundSource::parse).collect(ImmutableList.toImmutableList()),
            ImmutableMap.copyOf(d.siltap.monthlyMinimum));
    this.priorities =
        d.danaDesaPriorities.stream()
            .map(
                p -> {
                  p.kegiatan.forEach(PolicyPack::checkKegiatanPrefix);
                  return new Priority(
                      p.code, p.name, p.bound, p.share, ImmutableList.copyOf(p.kegiatan), codes(p.accounts), p.severity, p.reference);
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
      return new PolicyPack(MAPPER.readValue(requireNonNull(json, "json"), Data.class));
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

  @Override
  public String toString() {
    return "PolicyPack " + fiscalYear;
  }

  // ---------------------------------------------------------------- JSON shape

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private record Data(
      int fiscalYear,
      List<String> regulations,
      CompositionData composition,
      SiltapData siltap,
      List<PriorityData> danaDesaPriorities,
      TranchesData tranches,
      TaxesData taxes,
      PanjarData panjar) {
    @JsonCreator
    Data(
        @JsonProperty(value = "fiscalYear", required = true) int fiscalYear,
        @JsonProperty(value = "regulations", required = true) List<String> regulations,
        @JsonProperty(value = "composition", required = true) CompositionData composition,
        @JsonProperty(value = "siltap", required = true) SiltapData siltap,
        @JsonProperty(value = "danaDesaPriorities", required = true) List<PriorityData> danaDesaPriorities,
        @JsonProperty(value = "tranches", required = true) TranchesData tranches,
        @JsonProperty(value = "taxes", required = true) TaxesData taxes,
        @JsonProperty(value = "panjar", required = true) PanjarData panjar) {
      this.fiscalYear = fiscalYear;
      this.regulations = regulations;
      this.composition = composition;
      this.siltap = siltap;
      this.danaDesaPriorities = danaDesaPriorities;
      this.tranches = tranches;
      this.taxes = taxes;
      this.panjar = panjar;
    }
  }

  private record CompositionData(String reference, BigDecimal ceiling, List<String> accounts, Severity severity) {}

  private record SiltapData(
      String reference, List<String> accounts, List<String> forbiddenSources, Map<String, BigDecimal> monthlyMinimum) {}

  private record PriorityData(
      String code,
      String name,
      Bound bound,
      BigDecimal share,
      List<String> kegiatan,
      List<String> accounts,
      Severity severity,
      String reference) {}

  private record TranchesData(String reference, List<Tranche> stages) {}

  private record TaxesData(String reference, Map<TaxType, BigDecimal> rates, int depositDayOfNextMonth) {}

  private record PanjarData(String reference, int returnWithinWorkingDays) {}

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
  }
}
