package id.smartkampung.core.tax;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.javamoney.moneta.Money;

/**
 * The fiscal year's tax rules — <i>ketentuan pajak tahun anggaran</i> — as the tax office applies
 * them to a village treasurer's payments, loaded from {@code policy/tax-YYYY.json}: PPN (rate, DPP
 * factor, small-payment threshold), PPh 22, PPh 23, PPh 4(2) (construction by certificate, rent),
 * PPh 21 (PTKP, the TER tables of PP 58/2023, the Pasal 17 brackets, biaya jabatan, non-employees,
 * civil servants' honoraria), the higher rates without NPWP, PFK deductions, rounding, deposit due
 * dates and the year-end rule — each with its regulation and article. {@link #determine} turns a
 * payee and a payment into a {@link TaxDetermination}; it is the one place these rules are applied.
 *
 * <p>Shipped years are those with a {@code tax-YYYY.json} on the class path ({@link #shippedYears});
 * a pack marked {@link #provisional()} carries an earlier year forward until its rules are
 * confirmed. Values that could not be confirmed are listed in {@link #unconfirmed()}. Immutable and
 * thread-safe.
 */
public final class TaxPolicy {
  private static final Map<Integer, TaxPolicy> SHIPPED = new ConcurrentHashMap<>();
  private static final int FIRST_PROBED_YEAR = 2020;
  private static final int LAST_PROBED_YEAR = 2040;
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final int fiscalYear;
  private final boolean provisional;
  private final ImmutableList<String> notes;
  private final RoundingMode rounding;
  private final String roundingReference;
  private final PpnData ppn;
  private final ImmutableSet<PurchaseKind> ppnNotCollected;
  private final Pph22Data pph22;
  private final ImmutableSet<PurchaseKind> pph22Exempt;
  private final Pph23Data pph23;
  private final Pph42Data pph42;
  private final ImmutableMap<PurchaseKind, ImmutableMap<ConstructionCertificate, BigDecimal>> constructionRates;
  private final ImmutableMap<Levy, BigDecimal> withoutTaxId;
  private final String withoutTaxIdReference;
  private final Pph21Data pph21;
  private final ImmutableMap<PtkpStatus, BigDecimal> ptkp;
  private final ImmutableMap<PtkpStatus, Brackets> ter;
  private final ImmutableMap<PtkpStatus, String> terCategory;
  private final Brackets pasal17;
  private final ImmutableList<PfkData> pfk;
  private final ImmutableMap<Levy, Integer> depositDay;
  private final DepositData deposit;
  private final YearEndData yearEnd;
  private final ImmutableList<String> unconfirmed;

  private TaxPolicy(Data d) {
    need(d.rounding, "$.rounding");
    need(d.ppn, "$.ppn");
    need(d.pph22, "$.pph22");
    need(d.pph23, "$.pph23");
    need(d.pph4ayat2, "$.pph4ayat2");
    need(d.withoutTaxId, "$.withoutTaxId");
    need(d.pph21, "$.pph21");
    need(d.pfk, "$.pfk");
    need(d.deposit, "$.deposit");
    need(d.yearEnd, "$.yearEnd");
    this.fiscalYear = d.fiscalYear;
    this.provisional = d.provisional;
    this.notes = ImmutableList.copyOf(need(d.notes, "$.notes"));
    this.rounding = need(d.rounding.mode, "$.rounding.mode");
    this.roundingReference = need(d.rounding.reference, "$.rounding.reference");

    this.ppn = d.ppn;
    fraction(ppn.rate, "$.ppn.rate");
    checkData(ppn.dppNumerator > 0 && ppn.dppDenominator > 0 && ppn.dppNumerator <= ppn.dppDenominator,
        "$.ppn.dppNumerator/dppDenominator: a fraction in (0, 1] is required");
    amount(ppn.collectionThreshold, "$.ppn.collectionThreshold");
    need(ppn.reference, "$.ppn.reference");
    need(ppn.thresholdReference, "$.ppn.thresholdReference");
    this.ppnNotCollected = ImmutableSet.copyOf(need(ppn.notCollectedKinds, "$.ppn.notCollectedKinds"));

    this.pph22 = d.pph22;
    fraction(pph22.rate, "$.pph22.rate");
    amount(pph22.threshold, "$.pph22.threshold");
    need(pph22.reference, "$.pph22.reference");
    this.pph22Exempt = ImmutableSet.copyOf(need(pph22.exemptKinds, "$.pph22.exemptKinds"));

    this.pph23 = d.pph23;
    fraction(pph23.rate, "$.pph23.rate");
    need(pph23.reference, "$.pph23.reference");

    this.pph42 = d.pph4ayat2;
    fraction(pph42.rent, "$.pph4ayat2.rent");
    need(pph42.constructionReference, "$.pph4ayat2.constructionReference");
    need(pph42.rentReference, "$.pph4ayat2.rentReference");
    Map<PurchaseKind, Map<ConstructionCertificate, BigDecimal>> cr = new EnumMap<>(PurchaseKind.class);
    List<ConstructionRate> rows = need(pph42.construction, "$.pph4ayat2.construction");
    for (int i = 0; i < rows.size(); i++) {
      ConstructionRate r = rows.get(i);
      String at = "$.pph4ayat2.construction[" + i + "]";
      checkData(r.kind != null && r.kind.isConstruction(), at + ".kind: a construction kind is required");
      need(r.certificate, at + ".certificate");
      fraction(r.rate, at + ".rate");
      checkData(cr.computeIfAbsent(r.kind, k -> new EnumMap<>(ConstructionCertificate.class)).put(r.certificate, r.rate) == null,
          at + ": " + r.kind + "/" + r.certificate + " appears twice");
    }
    ImmutableMap.Builder<PurchaseKind, ImmutableMap<ConstructionCertificate, BigDecimal>> crb = ImmutableMap.builder();
    for (PurchaseKind k : PurchaseKind.values()) {
      if (k.isConstruction()) {
        for (ConstructionCertificate c : ConstructionCertificate.values()) {
          checkData(cr.containsKey(k) && cr.get(k).containsKey(c), "$.pph4ayat2.construction: no rate for " + k + "/" + c);
        }
        crb.put(k, ImmutableMap.copyOf(cr.get(k)));
      }
    }
    this.constructionRates = crb.build();

    this.withoutTaxId = ImmutableMap.copyOf(need(d.withoutTaxId.multipliers, "$.withoutTaxId.multipliers"));
    this.withoutTaxIdReference = need(d.withoutTaxId.reference, "$.withoutTaxId.reference");
    withoutTaxId.forEach((k, v) -> checkData(v != null && v.compareTo(BigDecimal.ONE) >= 0 && v.compareTo(BigDecimal.valueOf(3)) <= 0,
        "$.withoutTaxId.multipliers." + k + ": a multiplier in [1, 3] is required"));

    this.pph21 = d.pph21;
    Map<String, BigDecimal> ptkpRaw = need(pph21.ptkp, "$.pph21.ptkp");
    ImmutableMap.Builder<PtkpStatus, BigDecimal> pb = ImmutableMap.builder();
    for (Map.Entry<String, BigDecimal> e : ptkpRaw.entrySet()) {
      pb.put(status(e.getKey(), "$.pph21.ptkp"), amount(e.getValue(), "$.pph21.ptkp." + e.getKey()));
    }
    this.ptkp = pb.buildOrThrow();
    for (PtkpStatus s : PtkpStatus.values()) {
      checkData(ptkp.containsKey(s), "$.pph21.ptkp: no amount for " + s.label());
    }
    Map<String, Brackets> tables = new java.util.HashMap<>();
    need(pph21.ter, "$.pph21.ter").forEach((cat, list) -> {
      Brackets b = Brackets.of(list, "$.pph21.ter." + cat);
      checkData(b.ratesRise(), "$.pph21.ter." + cat + ": rates must not fall as income rises");
      tables.put(cat, b);
    });
    Map<PtkpStatus, Brackets> terBy = new EnumMap<>(PtkpStatus.class);
    Map<PtkpStatus, String> catBy = new EnumMap<>(PtkpStatus.class);
    need(pph21.terCategories, "$.pph21.terCategories").forEach((cat, statuses) -> {
      checkData(tables.containsKey(cat), "$.pph21.terCategories." + cat + ": no table $.pph21.ter." + cat);
      for (String st : statuses) {
        PtkpStatus s = status(st, "$.pph21.terCategories." + cat);
        checkData(terBy.put(s, tables.get(cat)) == null, "$.pph21.terCategories." + cat + ": " + st + " is in two categories");
        catBy.put(s, cat);
      }
    });
    for (PtkpStatus s : PtkpStatus.values()) {
      checkData(terBy.containsKey(s), "$.pph21.terCategories: " + s.label() + " is in no category");
    }
    this.ter = ImmutableMap.copyOf(terBy);
    this.terCategory = ImmutableMap.copyOf(catBy);
    this.pasal17 = Brackets.of(need(pph21.pasal17, "$.pph21.pasal17"), "$.pph21.pasal17");
    checkData(pasal17.ratesRise(), "$.pph21.pasal17: rates must not fall");
    amount(pph21.pkpRoundDownTo, "$.pph21.pkpRoundDownTo");
    checkData(pph21.pkpRoundDownTo.signum() > 0, "$.pph21.pkpRoundDownTo: must be positive");
    need(pph21.biayaJabatan, "$.pph21.biayaJabatan");
    fraction(pph21.biayaJabatan.rate, "$.pph21.biayaJabatan.rate");
    amount(pph21.biayaJabatan.monthlyMax, "$.pph21.biayaJabatan.monthlyMax");
    amount(pph21.biayaJabatan.yearlyMax, "$.pph21.biayaJabatan.yearlyMax");
    fraction(pph21.nonEmployeeBaseShare, "$.pph21.nonEmployeeBaseShare");
    Map<Golongan, BigDecimal> hon = need(pph21.civilServantHonorarium, "$.pph21.civilServantHonorarium");
    for (Golongan g : Golongan.values()) {
      fraction(hon.get(g), "$.pph21.civilServantHonorarium." + g);
    }
    need(pph21.ptkpReference, "$.pph21.ptkpReference");
    need(pph21.terReference, "$.pph21.terReference");
    need(pph21.pasal17Reference, "$.pph21.pasal17Reference");
    need(pph21.lastPeriodReference, "$.pph21.lastPeriodReference");
    need(pph21.nonEmployeeReference, "$.pph21.nonEmployeeReference");
    need(pph21.civilServantReference, "$.pph21.civilServantReference");
    need(pph21.biayaJabatan.reference, "$.pph21.biayaJabatan.reference");

    for (int i = 0; i < d.pfk.size(); i++) {
      PfkData p = d.pfk.get(i);
      String at = "$.pfk[" + i + "]";
      checkData(p.code != null && !p.code.isTax(), at + ".code: a deduction that is not a tax is required");
      fraction(p.rate, at + ".rate");
      need(p.kinds, at + ".kinds");
      need(p.reference, at + ".reference");
    }
    this.pfk = ImmutableList.copyOf(d.pfk);

    this.deposit = d.deposit;
    Map<Levy, Integer> days = need(deposit.dayOfNextMonth, "$.deposit.dayOfNextMonth");
    for (Levy l : Levy.values()) {
      Integer day = days.get(l);
      checkData(day != null && day >= 1 && day <= 28, "$.deposit.dayOfNextMonth." + l + ": a day 1..28 is required");
    }
    this.depositDay = ImmutableMap.copyOf(days);
    need(deposit.reference, "$.deposit.reference");
    this.yearEnd = d.yearEnd;
    need(yearEnd.unpaidSeverity, "$.yearEnd.unpaidSeverity");
    need(yearEnd.reference, "$.yearEnd.reference");
    this.unconfirmed = ImmutableList.copyOf(need(d.unconfirmed, "$.unconfirmed"));
  }

  // ---------------------------------------------------------------- loading

  /**
   * The shipped rules of a fiscal year.
   *
   * @throws IllegalArgumentException naming the shipped years if there is none for that year
   */
  public static TaxPolicy forYear(int fiscalYear) {
    return find(fiscalYear)
        .orElseThrow(() -> new IllegalArgumentException(
            "no tax rules for fiscal year " + fiscalYear + ": tax-YYYY.json is shipped for " + shippedYears()
                + " (load a district's own with TaxPolicy.parse)"));
  }

  /** The shipped rules of a fiscal year, if a {@code tax-YYYY.json} is on the class path. */
  public static Optional<TaxPolicy> find(int fiscalYear) {
    TaxPolicy cached = SHIPPED.get(fiscalYear);
    if (cached != null) {
      return Optional.of(cached);
    }
    String name = resourceName(fiscalYear);
    try (InputStream in = TaxPolicy.class.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      TaxPolicy p = parse(in, name);
      checkData(p.fiscalYear == fiscalYear, name + ": $.fiscalYear is " + p.fiscalYear + ", expected " + fiscalYear);
      return Optional.of(SHIPPED.computeIfAbsent(fiscalYear, y -> p));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The years with shipped tax rules ({@value #FIRST_PROBED_YEAR}..{@value #LAST_PROBED_YEAR} are probed). */
  public static ImmutableSortedSet<Integer> shippedYears() {
    ImmutableSortedSet.Builder<Integer> b = ImmutableSortedSet.naturalOrder();
    for (int y = FIRST_PROBED_YEAR; y <= LAST_PROBED_YEAR; y++) {
      if (TaxPolicy.class.getResource(resourceName(y)) != null) {
        b.add(y);
      }
    }
    return b.build();
  }

  private static String resourceName(int year) {
    return "/id/smartkampung/core/policy/tax-" + year + ".json";
  }

  /**
   * Reads tax rules in the shape of the shipped {@code tax-YYYY.json}.
   *
   * @param source the file name named in errors
   * @throws IllegalArgumentException naming the source, the JSON path and the rule broken
   */
  public static TaxPolicy parse(InputStream json, String source) {
    requireNonNull(json, "json");
    requireNonNull(source, "source");
    try {
      return new TaxPolicy(MAPPER.readValue(json, Data.class));
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(source + ": tax rules are not valid at " + jsonPath(e) + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": tax rules are not valid JSON: " + e.getOriginalMessage() + " at " + e.getLocation(), e);
    } catch (InvalidTaxData e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tax rules " + source, e);
    }
  }

  private static String jsonPath(JsonMappingException e) {
    StringBuilder b = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- accessors

  /** The fiscal year. */
  public int fiscalYear() {
    return fiscalYear;
  }

  /** True when the rules carry an earlier year forward, not yet confirmed for this year. */
  public boolean provisional() {
    return provisional;
  }

  /** Notes on the pack (what was carried forward, and why). */
  public ImmutableList<String> notes() {
    return notes;
  }

  /** Values that could not be confirmed in a regulation or faithful summary, with what is assumed. */
  public ImmutableList<String> unconfirmed() {
    return unconfirmed;
  }

  /** How amounts are rounded to whole rupiah. */
  public RoundingMode rounding() {
    return rounding;
  }

  /** The regulation behind the rounding. */
  public String roundingReference() {
    return roundingReference;
  }

  /** The PPN rate (the statutory rate, applied to the DPP). */
  public BigDecimal ppnRate() {
    return ppn.rate;
  }

  /** The monthly PTKP-free TER rate of a status at a month's gross income. */
  public BigDecimal terRate(PtkpStatus status, BigDecimal monthlyGross) {
    return ter.get(requireNonNull(status)).rateFor(requireNonNull(monthlyGross));
  }

  /** The TER category (A, B, C) of a PTKP status. */
  public String terCategory(PtkpStatus status) {
    return terCategory.get(requireNonNull(status));
  }

  /** The yearly PTKP of a status. */
  public BigDecimal ptkp(PtkpStatus status) {
    return ptkp.get(requireNonNull(status));
  }

  /** The annual tax by Pasal 17 on a PKP (exact, before rounding). */
  public BigDecimal pasal17(BigDecimal pkp) {
    return pasal17.progressive(requireNonNull(pkp));
  }

  /** What the year-end close does with tax still owed at 31 December (due in January). */
  public Severity unpaidAtYearEnd() {
    return yearEnd.unpaidSeverity;
  }

  /** The regulation behind the due dates. */
  public String depositReference() {
    return deposit.reference;
  }

  // ---------------------------------------------------------------- due dates

  /** The deposit due date of a levy withheld in {@code period}, moved past Saturdays and Sundays. */
  public LocalDate dueDate(Levy levy, YearMonth period) {
    return dueDate(levy, period, d -> false);
  }

  /**
   * The deposit due date of a levy withheld in {@code period}: the pack's day of the next month,
   * moved to the next working day when it falls on a Saturday, Sunday or a day {@code holiday}
   * accepts (national holidays, cuti bersama) if the pack says so (PMK 81/2024 Pasal 100).
   */
  public LocalDate dueDate(Levy levy, YearMonth period, Predicate<LocalDate> holiday) {
    requireNonNull(levy, "levy");
    requireNonNull(holiday, "holiday");
    LocalDate d = period.plusMonths(1).atDay(depositDay.get(levy));
    if (deposit.movesPastNonWorkingDays) {
      while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || holiday.test(d)) {
        d = d.plusDays(1);
      }
    }
    return d;
  }

  // ---------------------------------------------------------------- the determination

  /**
   * Every tax and PFK deduction of paying {@code purchase} to {@code payee}, by this year's rules.
   *
   * @throws IllegalArgumentException naming the payee and the rule when the payment is not of this
   *     fiscal year or the kind of purchase does not fit the payee (e.g. siltap to a supplier,
   *     construction from a payee that is not a contractor)
   */
  public TaxDetermination determine(Payee payee, Purchase purchase) {
    requireNonNull(payee, "payee");
    requireNonNull(purchase, "purchase");
    checkArgument(purchase.paidOn().getYear() == fiscalYear,
        "payment to %s on %s is outside fiscal year %s of these tax rules", payee.id(), purchase.paidOn(), fiscalYear);
    return switch (payee.kind()) {
      case SUPPLIER, CONTRACTOR, LANDLORD -> business(payee, purchase);
      case VILLAGE_OFFICIAL -> official(payee, purchase);
      case NON_EMPLOYEE -> nonEmployee(payee, purchase);
      case CIVIL_SERVANT -> civilServant(payee, purchase);
    };
  }

  private TaxDetermination business(Payee payee, Purchase p) {
    PurchaseKind kind = p.kind();
    checkArgument(!kind.isPersonalIncome(),
        "payee %s is a %s: %s is paid to a person (village official, non-employee or civil servant)", payee.id(), payee.kind(), kind);
    checkArgument(!kind.isConstruction() || payee.kind() == PayeeKind.CONTRACTOR,
        "payee %s is a %s: %s is bought from a contractor (with its certificate)", payee.id(), payee.kind(), kind);
    BigDecimal paid = p.amount().getNumberStripped();
    boolean ppnInPrice = payee.pkp() && !ppnNotCollected.contains(kind);
    BigDecimal price = ppnInPrice ? paid.subtract(ppnShare(paid)) : paid;
    boolean smallExempt = !p.split();
    ImmutableList.Builder<TaxLine> lines = ImmutableList.builder();
    if (ppnInPrice && !(smallExempt && price.compareTo(ppn.collectionThreshold) <= 0)) {
      BigDecimal dpp = round(price.multiply(BigDecimal.valueOf(ppn.dppNumerator))
          .divide(BigDecimal.valueOf(ppn.dppDenominator), 10, RoundingMode.HALF_UP));
      lines.add(line(Levy.PPN, dpp, ppn.rate, paid.subtract(price), ppn.reference + " — " + ppn.thresholdReference));
    }
    boolean taxId = payee.taxId().present();
    if (kind.isGoods()) {
      if (!pph22Exempt.contains(kind) && !(smallExempt && price.compareTo(pph22.threshold) <= 0)) {
        BigDecimal rate = withSurcharge(Levy.PPH_22, pph22.rate, taxId);
        lines.add(line(Levy.PPH_22, round(price), rate, round(price.multiply(rate)), pph22.reference + surchargeNote(Levy.PPH_22, taxId)));
      }
    } else if (kind == PurchaseKind.SERVICES) {
      BigDecimal rate = withSurcharge(Levy.PPH_23, pph23.rate, taxId);
      lines.add(line(Levy.PPH_23, round(price), rate, round(price.multiply(rate)), pph23.reference + surchargeNote(Levy.PPH_23, taxId)));
    } else if (kind.isConstruction()) {
      BigDecimal rate = constructionRates.get(kind).get(payee.certificate().orElseThrow());
      lines.add(line(Levy.PPH_4_2, round(price), rate, round(price.multiply(rate)), pph42.constructionReference));
    } else if (kind == PurchaseKind.RENT_LAND_BUILDING) {
      lines.add(line(Levy.PPH_4_2, round(price), pph42.rent, round(price.multiply(pph42.rent)), pph42.rentReference));
    }
    return new TaxDetermination(fiscalYear, payee, p, Idr.of(price), lines.build(), Idr.ZERO);
  }

  /**
   * The PPN share of a PPN-inclusive payment, whole rupiah: payment × r ÷ (1 + r) with r = rate × DPP
   * factor (11/111 in 2024; 12 % × 11/12 = the same from 2025). The price without PPN is the rest, so
   * PPN + price = payment exactly.
   */
  private BigDecimal ppnShare(BigDecimal paid) {
    BigDecimal den = BigDecimal.valueOf(ppn.dppDenominator);
    BigDecimal r = ppn.rate.multiply(BigDecimal.valueOf(ppn.dppNumerator));
    return round(paid.multiply(r).divide(den.add(r), 10, RoundingMode.HALF_UP));
  }

  private TaxDetermination official(Payee payee, Purchase p) {
    checkArgument(p.kind().isPersonalIncome(),
        "payee %s is a village official: %s is not siltap, tunjangan or an honorarium", payee.id(), p.kind());
    PtkpStatus status = payee.ptkp().orElseThrow();
    boolean taxId = payee.taxId().present();
    BigDecimal paid = p.amount().getNumberStripped();
    IncomeToDate e = p.earlier();
    ImmutableList.Builder<TaxLine> lines = ImmutableList.builder();
    Money refund = Idr.ZERO;
    if (p.paidOn().getMonthValue() == 12 || p.lastPeriod()) {
      BigDecimal yearGross = e.grossThisYear().getNumberStripped().add(paid);
      BigDecimal bjCap = pph21.biayaJabatan.monthlyMax.multiply(BigDecimal.valueOf(e.monthsEmployed())).min(pph21.biayaJabatan.yearlyMax);
      BigDecimal biayaJabatan = yearGross.multiply(pph21.biayaJabatan.rate).min(bjCap);
      BigDecimal pkp = yearGross.subtract(biayaJabatan).subtract(ptkp.get(status)).max(BigDecimal.ZERO);
      pkp = pkp.divide(pph21.pkpRoundDownTo, 0, RoundingMode.DOWN).multiply(pph21.pkpRoundDownTo);
      BigDecimal annual = round(pasal17.progressive(pkp).multiply(surcharge(Levy.PPH_21, taxId)));
      BigDecimal due = annual.subtract(e.pph21ThisYear().getNumberStripped());
      if (due.signum() < 0) {
        refund = Idr.of(due.negate());
        due = BigDecimal.ZERO;
      }
      lines.add(line(Levy.PPH_21, pkp, effective(annual, pkp), due,
          pph21.lastPeriodReference + "; " + pph21.pasal17Reference + "; " + pph21.ptkpReference + "; " + pph21.biayaJabatan.reference
              + surchargeNote(Levy.PPH_21, taxId)));
    } else {
      BigDecimal monthGross = e.grossThisMonth().getNumberStripped().add(paid);
      BigDecimal rate = ter.get(status).rateFor(monthGross);
      BigDecimal monthTax = round(monthGross.multiply(rate).multiply(surcharge(Levy.PPH_21, taxId)));
      BigDecimal due = monthTax.subtract(e.pph21ThisMonth().getNumberStripped()).max(BigDecimal.ZERO);
      lines.add(line(Levy.PPH_21, round(monthGross), withSurcharge(Levy.PPH_21, rate, taxId), due,
          pph21.terReference + " (category " + terCategory.get(status) + ", " + status.label() + ")" + surchargeNote(Levy.PPH_21, taxId)));
    }
    if (payee.bpjsKesehatan()) {
      for (PfkData d : pfk) {
        if (d.kinds.contains(p.kind())) {
          lines.add(line(d.code, round(paid), d.rate, round(paid.multiply(d.rate)), d.reference));
        }
      }
    }
    return new TaxDetermination(fiscalYear, payee, p, p.amount(), lines.build(), refund);
  }

  private TaxDetermination nonEmployee(Payee payee, Purchase p) {
    checkArgument(p.kind() == PurchaseKind.HONORARIUM,
        "payee %s is a non-employee: only an honorarium, incentive or wage (HONORARIUM) is paid to one, not %s", payee.id(), p.kind());
    boolean taxId = payee.taxId().present();
    BigDecimal share = pph21.nonEmployeeBaseShare;
    BigDecimal before = p.earlier().grossThisYear().getNumberStripped().multiply(share);
    BigDecimal base = p.amount().getNumberStripped().multiply(share);
    BigDecimal s = surcharge(Levy.PPH_21, taxId);
    BigDecimal tax = round(pasal17.progressive(before.add(base)).multiply(s)).subtract(round(pasal17.progressive(before).multiply(s)));
    BigDecimal roundedBase = round(base);
    tax = tax.min(roundedBase);
    TaxLine l = line(Levy.PPH_21, roundedBase, effective(tax, roundedBase), tax,
        pph21.nonEmployeeReference + "; " + pph21.pasal17Reference + surchargeNote(Levy.PPH_21, taxId));
    return new TaxDetermination(fiscalYear, payee, p, p.amount(), ImmutableList.of(l), Idr.ZERO);
  }

  private TaxDetermination civilServant(Payee payee, Purchase p) {
    checkArgument(p.kind() == PurchaseKind.HONORARIUM,
        "payee %s is a civil servant: only an honorarium (HONORARIUM) is paid to one by a village, not %s", payee.id(), p.kind());
    BigDecimal rate = pph21.civilServantHonorarium.get(payee.golongan().orElseThrow());
    BigDecimal paid = p.amount().getNumberStripped();
    TaxLine l = line(Levy.PPH_21, round(paid), rate, round(paid.multiply(rate)),
        pph21.civilServantReference + " (golongan " + payee.golongan().orElseThrow() + ")");
    return new TaxDetermination(fiscalYear, payee, p, p.amount(), ImmutableList.of(l), Idr.ZERO);
  }

  // ---------------------------------------------------------------- helpers

  private BigDecimal round(BigDecimal x) {
    return x.setScale(0, rounding);
  }

  private BigDecimal surcharge(Levy levy, boolean taxId) {
    return taxId ? BigDecimal.ONE : withoutTaxId.getOrDefault(levy, BigDecimal.ONE);
  }

  private BigDecimal withSurcharge(Levy levy, BigDecimal rate, boolean taxId) {
    return rate.multiply(surcharge(levy, taxId)).stripTrailingZeros();
  }

  private String surchargeNote(Levy levy, boolean taxId) {
    return taxId || !withoutTaxId.containsKey(levy) ? "" : "; without NPWP ×" + withoutTaxId.get(levy).toPlainString() + ": " + withoutTaxIdReference;
  }

  private static BigDecimal effective(BigDecimal tax, BigDecimal base) {
    return base.signum() == 0 ? BigDecimal.ZERO : tax.divide(base, 6, RoundingMode.HALF_UP);
  }

  private static TaxLine line(Levy levy, BigDecimal base, BigDecimal rate, BigDecimal amount, String reference) {
    return new TaxLine(levy, Idr.of(base), rate, Idr.of(amount), reference);
  }

  @Override
  public String toString() {
    return "TaxPolicy " + fiscalYear + (provisional ? " (provisional)" : "");
  }

  // ---------------------------------------------------------------- JSON shape

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** A rule of the data broken; turned into an IllegalArgumentException naming the source. */
  private static final class InvalidTaxData extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidTaxData(String message) {
      super(message);
    }
  }

  private static void checkData(boolean ok, String message) {
    if (!ok) {
      throw new InvalidTaxData(message);
    }
  }

  private static <T> T need(T value, String path) {
    checkData(value != null, path + ": required");
    return value;
  }

  private static BigDecimal fraction(BigDecimal v, String path) {
    checkData(v != null && v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0, path + ": a fraction in [0, 1] is required, found " + v);
    return v;
  }

  private static BigDecimal amount(BigDecimal v, String path) {
    checkData(v != null && v.signum() >= 0 && v.stripTrailingZeros().scale() <= 2, path + ": a non-negative rupiah amount is required, found " + v);
    return v;
  }

  private static PtkpStatus status(String text, String path) {
    try {
      return PtkpStatus.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidTaxData(path + ": " + e.getMessage());
    }
  }

  private record Data(
      int fiscalYear,
      boolean provisional,
      List<String> notes,
      RoundingData rounding,
      PpnData ppn,
      Pph22Data pph22,
      Pph23Data pph23,
      Pph42Data pph4ayat2,
      WithoutTaxIdData withoutTaxId,
      Pph21Data pph21,
      List<PfkData> pfk,
      DepositData deposit,
      YearEndData yearEnd,
      List<String> unconfirmed) {}

  private record RoundingData(RoundingMode mode, String reference) {}

  private record PpnData(
      BigDecimal rate,
      int dppNumerator,
      int dppDenominator,
      BigDecimal collectionThreshold,
      String reference,
      String thresholdReference,
      List<PurchaseKind> notCollectedKinds,
      String notCollectedReference) {}

  private record Pph22Data(
      BigDecimal rate, BigDecimal threshold, String reference, String thresholdReference, List<PurchaseKind> exemptKinds, String exemptReference) {}

  private record Pph23Data(BigDecimal rate, String reference) {}

  private record ConstructionRate(PurchaseKind kind, ConstructionCertificate certificate, BigDecimal rate) {}

  private record Pph42Data(List<ConstructionRate> construction, String constructionReference, BigDecimal rent, String rentReference) {}

  private record WithoutTaxIdData(Map<Levy, BigDecimal> multipliers, String reference) {}

  private record BiayaJabatanData(BigDecimal rate, BigDecimal monthlyMax, BigDecimal yearlyMax, String reference) {}

  private record Pph21Data(
      Map<String, BigDecimal> ptkp,
      String ptkpReference,
      Map<String, List<String>> terCategories,
      Map<String, List<Brackets.Row>> ter,
      String terReference,
      List<Brackets.Row> pasal17,
      String pasal17Reference,
      BigDecimal pkpRoundDownTo,
      BiayaJabatanData biayaJabatan,
      String lastPeriodReference,
      BigDecimal nonEmployeeBaseShare,
      String nonEmployeeReference,
      Map<Golongan, BigDecimal> civilServantHonorarium,
      String civilServantReference) {}

  private record PfkData(Levy code, BigDecimal rate, List<PurchaseKind> kinds, String reference) {}

  private record DepositData(Map<Levy, Integer> dayOfNextMonth, boolean movesPastNonWorkingDays, String reference) {}

  private record YearEndData(Severity unpaidSeverity, String reference) {}
}
