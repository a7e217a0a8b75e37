package id.smartkampung.core.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.tax.Levy;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PayeeKind;
import id.smartkampung.core.tax.Purchase;
import id.smartkampung.core.tax.PurchaseKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tax determination stated again, plainly, for the auditor — <i>perhitungan pajak pembanding</i>:
 * the taxes of paying a payee for a purchase, read straight from the year's {@code tax-YYYY.json}
 * (its JSON tree, not the ledger's {@link id.smartkampung.core.tax.TaxPolicy}) and computed by the
 * rules as the regulations word them, so that the reference model ({@link ReferenceLedger}) does not
 * take the ledger's determination on trust (issue 13):
 *
 * <ul>
 *   <li>PPN collected by the village (PMK 59/2022; 2025 on PMK 131/2024): the PPN share of a
 *       PPN-inclusive payment to a PKP, {@code payment × t ÷ (1 + t)} with {@code t = rate × DPP
 *       factor}, rounded once; not on the pack's not-collected kinds; not on an unsplit purchase whose
 *       price without PPN is at most the threshold.
 *   <li>PPh 22 (PMK 34/2017): the rate on the price without PPN, doubled (the pack's multiplier)
 *       without NPWP; not on exempt kinds or small unsplit purchases.
 *   <li>PPh 23: the rate on the price without PPN for services; PPh 4(2): construction by kind and
 *       certificate (PP 9/2022), rent of land or buildings.
 *   <li>PPh 21 (PP 58/2023, PMK 168/2023): a village official's month by the TER of the PTKP
 *       status' category on the month's gross, less what the month already bore; in December (or the
 *       last period) the year by Pasal 17 on the PKP (gross less biaya jabatan and PTKP, rounded down
 *       to the thousand) less what the year bore, a negative result owed back; a non-employee's
 *       cumulative Pasal 17 on half the gross; a civil servant's honorarium final by golongan (PP
 *       80/2010); the higher rate without NPWP.
 *   <li>PFK: BPJS Kesehatan's employee share on the kinds the pack names, for a member.
 * </ul>
 *
 * Every amount is rounded to whole rupiah once, by the pack's rounding mode. Immutable and
 * thread-safe; {@link #forYear} caches the shipped years.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class ReferenceTaxes {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Map<Integer, ReferenceTaxes> SHIPPED = new ConcurrentHashMap<>();

  private final int year;
  private final JsonNode pack;
  private final RoundingMode rounding;

  /**
   * One tax of a payment: the levy, its base and its amount in rupiah.
   *
   * @param levy the tax or PFK deduction
   * @param base the base it is computed on (for PPh 21 of a reconciliation, the PKP)
   * @param amount the amount withheld, whole rupiah, never negative
   */
  public record Levied(Levy levy, BigDecimal base, BigDecimal amount) {}

  /**
   * The taxes of one payment.
   *
   * @param price the price without PPN, rupiah
   * @param lines each levy the payment bears, in the order PPN, PPh, PFK
   * @param refund PPh 21 owed back to the person by December's reconciliation, rupiah
   */
  public record Taxes(BigDecimal price, ImmutableList<Levied> lines, BigDecimal refund) {
    /** Everything withheld: the sum of the lines. */
    public BigDecimal withheld() {
      BigDecimal sum = BigDecimal.ZERO;
      for (Levied l : lines) {
        sum = sum.add(l.amount());
      }
      return sum;
    }

    /** The amount of a levy, zero when the payment does not bear it. */
    public BigDecimal amount(Levy levy) {
      for (Levied l : lines) {
        if (l.levy() == levy) {
          return l.amount();
        }
      }
      return BigDecimal.ZERO;
    }
  }

  private ReferenceTaxes(int year, JsonNode pack) {
    this.year = year;
    this.pack = pack;
    this.rounding = RoundingMode.valueOf(pack.path("rounding").path("mode").asText());
  }

  /** The shipped rules of a year, read from {@code tax-YYYY.json}; empty when none is shipped. */
  public static Optional<ReferenceTaxes> forYear(int year) {
    ReferenceTaxes cached = SHIPPED.get(year);
    if (cached != null) {
      return Optional.of(cached);
    }
    String name = "/id/smartkampung/core/policy/tax-" + year + ".json";
    try (InputStream in = ReferenceTaxes.class.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(SHIPPED.computeIfAbsent(year, y -> {
        try {
          return new ReferenceTaxes(y, MAPPER.readTree(in));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + name, e);
        }
      }));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The fiscal year. */
  public int year() {
    return year;
  }

  /**
   * The taxes of paying {@code purchase} to {@code payee}.
   *
   * @throws IllegalArgumentException when the payment is not of this year or the purchase is not one
   *     the payee can be paid for (personal income to a business, construction from a non-contractor,
   *     anything but siltap, tunjangan or honorarium to a village official, anything but an
   *     honorarium to a non-employee or civil servant)
   */
  public Taxes determine(Payee payee, Purchase purchase) {
    requireNonNull(payee, "payee");
    requireNonNull(purchase, "purchase");
    if (purchase.paidOn().getYear() != year) {
      throw new IllegalArgumentException("payment on " + purchase.paidOn() + " is not in " + year);
    }
    PurchaseKind kind = purchase.kind();
    PayeeKind who = payee.kind();
    boolean business = who == PayeeKind.SUPPLIER || who == PayeeKind.CONTRACTOR || who == PayeeKind.LANDLORD;
    if (business) {
      if (kind.isPersonalIncome()) {
        throw new IllegalArgumentException(payee.id() + " is a business; " + kind + " is paid to a person");
      }
      if (kind.isConstruction() && who != PayeeKind.CONTRACTOR) {
        throw new IllegalArgumentException(payee.id() + " is not a contractor; " + kind + " is bought from one");
      }
      return business(payee, purchase);
    }
    if (who == PayeeKind.VILLAGE_OFFICIAL) {
      if (!kind.isPersonalIncome()) {
        throw new IllegalArgumentException(payee.id() + " is a village official; " + kind + " is not siltap, tunjangan or honorarium");
      }
      return official(payee, purchase);
    }
    if (kind != PurchaseKind.HONORARIUM) {
      throw new IllegalArgumentException(payee.id() + " is a " + who + "; only an honorarium is paid to one, not " + kind);
    }
    return who == PayeeKind.NON_EMPLOYEE ? nonEmployee(payee, purchase) : civilServant(payee, purchase);
  }

  // ------------------------------------------------------------------ business payees

  private Taxes business(Payee payee, Purchase p) {
    PurchaseKind kind = p.kind();
    BigDecimal paid = p.amount().getNumberStripped();
    JsonNode ppn = pack.path("ppn");
    boolean ppnCharged = payee.pkp() && !listed(ppn.path("notCollectedKinds"), kind.name());
    BigDecimal share = BigDecimal.ZERO;
    if (ppnCharged) {
      // t = rate × DPP factor; the PPN in a payment of (1 + t) × price is payment × t / (1 + t)
      BigDecimal rateTimesNum = dec(ppn.path("rate")).multiply(BigDecimal.valueOf(ppn.path("dppNumerator").asInt()));
      BigDecimal den = BigDecimal.valueOf(ppn.path("dppDenominator").asInt());
      share = paid.multiply(rateTimesNum).divide(den.add(rateTimesNum), 0, rounding);
    }
    BigDecimal price = paid.subtract(share);
    boolean small = !p.split();
    boolean npwp = payee.taxId().present();
    ImmutableList.Builder<Levied> out = ImmutableList.builder();
    if (ppnCharged && !(small && price.compareTo(dec(ppn.path("collectionThreshold"))) <= 0)) {
      BigDecimal dpp = whole(price.multiply(BigDecimal.valueOf(ppn.path("dppNumerator").asInt()))
          .divide(BigDecimal.valueOf(ppn.path("dppDenominator").asInt()), 20, RoundingMode.HALF_EVEN));
      out.add(new Levied(Levy.PPN, dpp, share));
    }
    if (kind.isGoods()) {
      JsonNode pph22 = pack.path("pph22");
      if (!listed(pph22.path("exemptKinds"), kind.name()) && !(small && price.compareTo(dec(pph22.path("threshold"))) <= 0)) {
        out.add(new Levied(Levy.PPH_22, whole(price), whole(price.multiply(dec(pph22.path("rate"))).multiply(multiplier(Levy.PPH_22, npwp)))));
      }
    } else if (kind == PurchaseKind.SERVICES) {
      out.add(new Levied(Levy.PPH_23, whole(price), whole(price.multiply(dec(pack.path("pph23").path("rate"))).multiply(multiplier(Levy.PPH_23, npwp)))));
    } else if (kind.isConstruction()) {
      BigDecimal rate = null;
      for (JsonNode row : pack.path("pph4ayat2").path("construction")) {
        if (row.path("kind").asText().equals(kind.name()) && row.path("certificate").asText().equals(payee.certificate().orElseThrow().name())) {
          rate = dec(row.path("rate"));
        }
      }
      if (rate == null) {
        throw new IllegalArgumentException("no construction rate for " + kind + "/" + payee.certificate().orElseThrow() + " in tax-" + year + ".json");
      }
      out.add(new Levied(Levy.PPH_4_2, whole(price), whole(price.multiply(rate))));
    } else if (kind == PurchaseKind.RENT_LAND_BUILDING) {
      out.add(new Levied(Levy.PPH_4_2, whole(price), whole(price.multiply(dec(pack.path("pph4ayat2").path("rent"))))));
    }
    return new Taxes(price, out.build(), BigDecimal.ZERO);
  }

  // ------------------------------------------------------------------ persons

  private Taxes official(Payee payee, Purchase p) {
    JsonNode pph21 = pack.path("pph21");
    String status = payee.ptkp().orElseThrow().label();
    BigDecimal paid = p.amount().getNumberStripped();
    BigDecimal m = multiplier(Levy.PPH_21, payee.taxId().present());
    ImmutableList.Builder<Levied> out = ImmutableList.builder();
    BigDecimal refund = BigDecimal.ZERO;
    if (p.paidOn().getMonthValue() == 12 || p.lastPeriod()) {
      // the last period: the year's tax by Pasal 17 on the PKP, less what the year bore (PMK 168/2023)
      BigDecimal gross = p.earlier().grossThisYear().getNumberStripped().add(paid);
      JsonNode bj = pph21.path("biayaJabatan");
      BigDecimal cap = dec(bj.path("monthlyMax")).multiply(BigDecimal.valueOf(p.earlier().monthsEmployed())).min(dec(bj.path("yearlyMax")));
      BigDecimal biayaJabatan = gross.multiply(dec(bj.path("rate"))).min(cap);
      BigDecimal pkp = gross.subtract(biayaJabatan).subtract(dec(pph21.path("ptkp").path(status)));
      BigDecimal thousand = dec(pph21.path("pkpRoundDownTo"));
      pkp = pkp.signum() <= 0 ? BigDecimal.ZERO : pkp.divideToIntegralValue(thousand).multiply(thousand);
      BigDecimal yearTax = whole(layered(pph21.path("pasal17"), pkp).multiply(m));
      BigDecimal due = yearTax.subtract(p.earlier().pph21ThisYear().getNumberStripped());
      if (due.signum() < 0) {
        refund = due.negate();
        due = BigDecimal.ZERO;
      }
      out.add(new Levied(Levy.PPH_21, pkp, due));
    } else {
      BigDecimal month = p.earlier().grossThisMonth().getNumberStripped().add(paid);
      String category = null;
      for (java.util.Iterator<Map.Entry<String, JsonNode>> it = pph21.path("terCategories").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> c = it.next();
        if (listed(c.getValue(), status)) {
          category = c.getKey();
        }
      }
      BigDecimal rate = rowRate(pph21.path("ter").path(requireNonNull(category, status)), month);
      BigDecimal monthTax = whole(month.multiply(rate).multiply(m));
      out.add(new Levied(Levy.PPH_21, whole(month), monthTax.subtract(p.earlier().pph21ThisMonth().getNumberStripped()).max(BigDecimal.ZERO)));
    }
    if (payee.bpjsKesehatan()) {
      for (JsonNode d : pack.path("pfk")) {
        if (listed(d.path("kinds"), p.kind().name())) {
          out.add(new Levied(Levy.valueOf(d.path("code").asText()), whole(paid), whole(paid.multiply(dec(d.path("rate"))))));
        }
      }
    }
    return new Taxes(paid, out.build(), refund);
  }

  /** A non-employee: Pasal 17 on half the gross, cumulative over the year (PMK 168/2023 pasal 13). */
  private Taxes nonEmployee(Payee payee, Purchase p) {
    JsonNode pph21 = pack.path("pph21");
    BigDecimal share = dec(pph21.path("nonEmployeeBaseShare"));
    BigDecimal m = multiplier(Levy.PPH_21, payee.taxId().present());
    BigDecimal before = p.earlier().grossThisYear().getNumberStripped().multiply(share);
    BigDecimal base = p.amount().getNumberStripped().multiply(share);
    JsonNode table = pph21.path("pasal17");
    BigDecimal tax = whole(layered(table, before.add(base)).multiply(m)).subtract(whole(layered(table, before).multiply(m)));
    return new Taxes(p.amount().getNumberStripped(), ImmutableList.of(new Levied(Levy.PPH_21, whole(base), tax.min(whole(base)))), BigDecimal.ZERO);
  }

  /** A civil servant's honorarium: final, by golongan (PP 80/2010). */
  private Taxes civilServant(Payee payee, Purchase p) {
    BigDecimal paid = p.amount().getNumberStripped();
    BigDecimal rate = dec(pack.path("pph21").path("civilServantHonorarium").path(payee.golongan().orElseThrow().name()));
    return new Taxes(paid, ImmutableList.of(new Levied(Levy.PPH_21, whole(paid), whole(paid.multiply(rate)))), BigDecimal.ZERO);
  }

  // ------------------------------------------------------------------ reading the pack

  private BigDecimal multiplier(Levy levy, boolean npwp) {
    JsonNode m = pack.path("withoutTaxId").path("multipliers").path(levy.name());
    return npwp || m.isMissingNode() ? BigDecimal.ONE : dec(m);
  }

  /** The rate of the row an amount falls in: the first whose {@code upTo} is at least it (or none). */
  private static BigDecimal rowRate(JsonNode rows, BigDecimal amount) {
    for (JsonNode r : rows) {
      if (r.path("upTo").isNull() || r.path("upTo").isMissingNode() || amount.compareTo(dec(r.path("upTo"))) <= 0) {
        return dec(r.path("rate"));
      }
    }
    throw new IllegalStateException("a rate table without an open last row");
  }

  /** Layer by layer: each slice of the amount between one row's bound and the next at its rate. */
  private static BigDecimal layered(JsonNode rows, BigDecimal amount) {
    BigDecimal tax = BigDecimal.ZERO;
    BigDecimal from = BigDecimal.ZERO;
    for (JsonNode r : rows) {
      boolean open = r.path("upTo").isNull() || r.path("upTo").isMissingNode();
      BigDecimal to = open ? amount : dec(r.path("upTo")).min(amount);
      if (to.compareTo(from) > 0) {
        tax = tax.add(to.subtract(from).multiply(dec(r.path("rate"))));
      }
      if (open) {
        break;
      }
      from = from.max(dec(r.path("upTo")));
    }
    return tax;
  }

  private static boolean listed(JsonNode array, String name) {
    for (JsonNode n : array) {
      if (n.asText().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static BigDecimal dec(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      throw new IllegalStateException("a value missing in the tax pack");
    }
    return new BigDecimal(n.asText());
  }

  private BigDecimal whole(BigDecimal x) {
    return x.setScale(0, rounding);
  }
}
