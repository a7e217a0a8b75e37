package id.smartkampung.core.interchange.siskeudes;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableBiMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.tax.ConstructionCertificate;
import id.smartkampung.core.tax.Levy;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PayeeKind;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.tax.TaxId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * The mapping between Siskeudes's codes and formats and this library's values — <i>pemetaan kode
 * Siskeudes</i>. Each direction is one method here, tested both ways; every reader of the export
 * and its writer go through them.
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>Siskeudes</th><th>here</th><th>rule</th></tr>
 *   <tr><td>{@code Kd_Desa} {@code 07.2003.}</td><td>{@link Village#code()} {@code 35.10.07.2003}</td>
 *       <td>Siskeudes keeps one database per kabupaten ({@code Ta_Pemda}: {@code Kd_Prov},
 *       {@code Kd_Kab}); {@code Kd_Desa} is the kecamatan and the desa number with a trailing dot.
 *       The kode desa is {@code Kd_Prov.Kd_Kab.} followed by {@code Kd_Desa} without its dot.</td></tr>
 *   <tr><td>{@code Kd_Keg} {@code 07.2003.01.01.01.}</td><td>{@link KegiatanCode} {@code 01.01.01}</td>
 *       <td>{@code Kd_Desa} followed by bidang.sub-bidang.kegiatan and a dot; {@code 00.00.00.}
 *       (or nothing after {@code Kd_Desa}) marks a line outside belanja (pendapatan,
 *       pembiayaan).</td></tr>
 *   <tr><td>{@code Kd_Rincian} {@code 5.2.1.01.}</td><td>{@link AccountCode} {@code 5.2.1.01}</td>
 *       <td>the same levels with one trailing dot.</td></tr>
 *   <tr><td>{@code SumberDana} {@code DDS}</td><td>{@link FundSource} {@code DDS}</td>
 *       <td>the same codes (the library's fund sources are Siskeudes's, {@code Ref_Sumber}).</td></tr>
 *   <tr><td>{@code 7.1.1.01.} … {@code 7.1.1.04.}</td><td>{@link TaxType} PPh 21, PPh 22, PPh 23, PPN</td>
 *       <td>the potongan pajak accounts of the chart of accounts (Permendagri 20/2018 lampiran; the
 *       library's {@code accounts.csv}).</td></tr>
 *   <tr><td>amounts {@code 1500000}, {@code 1500000.5}, {@code 1500000.00}</td><td>{@link Money} in IDR</td>
 *       <td>a plain decimal with a decimal point and no grouping, as a database export writes a
 *       number; exact to the sen. Written without decimals when whole, else with two.</td></tr>
 *   <tr><td>dates {@code 2025-03-14}, {@code 2025-03-14 00:00:00}, {@code 14/03/2025}</td><td>{@link LocalDate}</td>
 *       <td>ISO, optionally with a time of day (ignored), or day/month/year as Indonesian
 *       regional settings write it; written ISO ({@code yyyy-MM-dd}).</td></tr>
 *   <tr><td>Dana Desa tahap in {@code Ta_TBP.Uraian}: {@code ... Tahap 2 ...}</td><td>a receipt's tranche</td>
 *       <td>the export has no tranche column; the word <i>tahap</i> and a number in the receipt's
 *       description name it (written so).</td></tr>
 * </table>
 *
 * <p>The amount and date formats of a real Siskeudes export could not be confirmed (no export at
 * hand; OpenSID stores every column as text): the readers accept the forms above and refuse any
 * other, naming the cell.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SiskeudesCodes {
  private static final Pattern KD_DESA = Pattern.compile("([0-9]{2})\\.([0-9]{4})\\.?");
  private static final Pattern TWO_DIGITS = Pattern.compile("(?:[0-9]{2}\\.)?([0-9]{2})\\.?");
  private static final Pattern AMOUNT = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,8})?");
  private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?)?");
  private static final Pattern ID_DATE = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?");
  private static final Pattern TAHAP = Pattern.compile("(?i)\\btahap\\s*([0-9]{1,2})\\b");
  /** The code of a line outside belanja, after {@code Kd_Desa} in {@code Kd_Keg}. */
  public static final String NO_KEGIATAN = "00.00.00.";

  /** The potongan pajak accounts ↔ the taxes withheld. */
  public static final ImmutableBiMap<AccountCode, TaxType> TAX_ACCOUNTS =
      ImmutableBiMap.of(
          AccountCode.parse("7.1.1.01"), TaxType.PPH_21,
          AccountCode.parse("7.1.1.02"), TaxType.PPH_22,
          AccountCode.parse("7.1.1.03"), TaxType.PPH_23,
          AccountCode.parse("7.1.1.04"), TaxType.PPN);

  private SiskeudesCodes() {}

  /**
   * The kode desa of a village from the kabupaten's codes ({@code Ta_Pemda.Kd_Prov}, {@code
   * Ta_Pemda.Kd_Kab}, two digits each, a trailing dot and a province prefix in {@code Kd_Kab}
   * tolerated) and {@code Kd_Desa} ({@code 07.2003.}).
   *
   * @throws IllegalArgumentException saying which part is malformed, or why the code is no desa's
   */
  public static String villageCode(String kdProv, String kdKab, String kdDesa) {
    Matcher p = TWO_DIGITS.matcher(kdProv.strip());
    if (!p.matches()) {
      throw new IllegalArgumentException("Kd_Prov '" + kdProv + "' is not a two-digit province code like 35");
    }
    Matcher k = TWO_DIGITS.matcher(kdKab.strip());
    if (!k.matches()) {
      throw new IllegalArgumentException("Kd_Kab '" + kdKab + "' is not a two-digit kabupaten code like 10 (or 35.10)");
    }
    Matcher d = KD_DESA.matcher(kdDesa.strip());
    if (!d.matches()) {
      throw new IllegalArgumentException("Kd_Desa '" + kdDesa + "' is not KK.DDDD. (kecamatan.desa, e.g. 07.2003.)");
    }
    String code = p.group(1) + "." + k.group(1) + "." + d.group(1) + "." + d.group(2);
    Village.checkCode(code);
    return code;
  }

  /** {@code Kd_Prov} of a village: {@code 35} of {@code 35.10.07.2003}. */
  public static String kdProv(Village village) {
    return village.code().substring(0, 2);
  }

  /** {@code Kd_Kab} of a village: {@code 10} of {@code 35.10.07.2003}. */
  public static String kdKab(Village village) {
    return village.code().substring(3, 5);
  }

  /** {@code Kd_Desa} of a village: {@code 07.2003.} of {@code 35.10.07.2003}. */
  public static String kdDesa(Village village) {
    return village.code().substring(6) + ".";
  }

  /** {@code Kd_Kec} of a village as {@code Ref_Kecamatan} writes it: {@code 07}. */
  public static String kdKec(Village village) {
    return village.code().substring(6, 8);
  }

  /**
   * The kegiatan of a {@code Kd_Keg} of the village {@code kdDesa}: empty for {@code 00.00.00.}
   * (a line outside belanja) or a bare {@code Kd_Desa}.
   *
   * @throws IllegalArgumentException if the code is not the village's, or malformed
   */
  public static Optional<KegiatanCode> kegiatan(String kdKeg, String kdDesa) {
    String s = kdKeg.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (!s.startsWith(kdDesa)) {
      throw new IllegalArgumentException("Kd_Keg '" + kdKeg + "' is not of the village " + kdDesa + " (it starts with Kd_Desa)");
    }
    String rest = s.substring(kdDesa.length());
    if (rest.isEmpty() || rest.equals(NO_KEGIATAN) || rest.equals("00.00.00")) {
      return Optional.empty();
    }
    if (!rest.endsWith(".")) {
      throw new IllegalArgumentException("Kd_Keg '" + kdKeg + "' does not end with a dot (like 07.2003.01.01.01.)");
    }
    return Optional.of(KegiatanCode.parse(rest.substring(0, rest.length() - 1)));
  }

  /** {@code Kd_Keg} of a kegiatan of the village: {@code 07.2003.01.01.01.}. */
  public static String kdKeg(Village village, KegiatanCode kegiatan) {
    return kdDesa(village) + kegiatan + ".";
  }

  /** {@code Kd_Keg} of a line outside belanja: {@code 07.2003.00.00.00.}. */
  public static String kdKegNone(Village village) {
    return kdDesa(village) + NO_KEGIATAN;
  }

  /**
   * The account of a {@code Kd_Rincian} such as {@code 5.2.1.01.}.
   *
   * @throws IllegalArgumentException if malformed (the trailing dot is required)
   */
  public static AccountCode account(String kdRincian) {
    String s = kdRincian.strip();
    if (!s.endsWith(".")) {
      throw new IllegalArgumentException("Kd_Rincian '" + kdRincian + "' does not end with a dot (like 5.2.1.01.)");
    }
    return AccountCode.parse(s.substring(0, s.length() - 1));
  }

  /** {@code Kd_Rincian} of an account: {@code 5.2.1.01.}. */
  public static String kdRincian(AccountCode account) {
    return account + ".";
  }

  /**
   * The fund source of a {@code SumberDana} code.
   *
   * @throws IllegalArgumentException if malformed
   */
  public static FundSource fundSource(String sumberDana) {
    return FundSource.parse(sumberDana.strip());
  }

  /**
   * An amount as the export writes it.
   *
   * @throws IllegalArgumentException if it is not a plain decimal or not exact to the sen
   */
  public static Money amount(String text) {
    String s = text.strip();
    if (!AMOUNT.matcher(s).matches()) {
      throw new IllegalArgumentException("amount '" + shorten(s) + "' is not a plain decimal number like 1500000 or 1500000.50 (decimal point, no grouping)");
    }
    BigDecimal v = new BigDecimal(s).stripTrailingZeros();
    if (v.scale() > Idr.SCALE) {
      throw new IllegalArgumentException("amount '" + s + "' is not exact to the sen (at most 2 decimals)");
    }
    return Idr.of(v.setScale(Math.max(0, v.scale())));
  }

  /** An amount as written: {@code 1500000}, or {@code 1500000.50} when not whole. */
  public static String amount(MonetaryAmount amount) {
    BigDecimal v = amount.getNumber().numberValue(BigDecimal.class).stripTrailingZeros();
    return v.scale() <= 0 ? v.setScale(0).toPlainString() : v.setScale(2).toPlainString();
  }

  /** A quantity or unit price as written ({@code 12}, {@code 2.5}). */
  public static String number(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() <= 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  /**
   * A quantity or unit price as the export writes it.
   *
   * @throws IllegalArgumentException if it is not a plain decimal
   */
  public static BigDecimal number(String text) {
    String s = text.strip();
    if (!AMOUNT.matcher(s).matches()) {
      throw new IllegalArgumentException("number '" + shorten(s) + "' is not a plain decimal number like 12 or 2.5");
    }
    return new BigDecimal(s);
  }

  /**
   * A date as the export writes it.
   *
   * @throws IllegalArgumentException if it is in none of the accepted forms, or no date
   */
  public static LocalDate date(String text) {
    String s = text.strip();
    try {
      Matcher iso = ISO_DATE.matcher(s);
      if (iso.matches()) {
        return LocalDate.parse(iso.group(1));
      }
      Matcher id = ID_DATE.matcher(s);
      if (id.matches()) {
        return LocalDate.of(Integer.parseInt(id.group(3)), Integer.parseInt(id.group(2)), Integer.parseInt(id.group(1)));
      }
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("date '" + shorten(s) + "' is no calendar date");
    }
    throw new IllegalArgumentException("date '" + shorten(s) + "' is not yyyy-MM-dd (optionally with a time) or dd/MM/yyyy");
  }

  /** A date as written: {@code 2025-03-14}. */
  public static String date(LocalDate date) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(requireNonNull(date, "date"));
  }

  /** The tax withheld on a potongan account ({@code 7.1.1.01.} …), if it is one. */
  public static Optional<TaxType> tax(AccountCode account) {
    return Optional.ofNullable(TAX_ACCOUNTS.get(account));
  }

  /** The potongan account of a tax: {@code 7.1.1.04} for PPN. */
  public static AccountCode taxAccount(TaxType tax) {
    return TAX_ACCOUNTS.inverse().get(tax);
  }

  /**
   * The potongan account of a levy collected on an SPJ receipt ({@code Ta_SPJPot.Kd_Rincian}): the
   * four of {@link #TAX_ACCOUNTS}; empty for PPh 4(2) and BPJS, whose objek codes in Siskeudes's
   * {@code Ref_Potongan} are not confirmed (see {@link SiskeudesExport}).
   */
  public static Optional<AccountCode> levyAccount(Levy levy) {
    return switch (requireNonNull(levy, "levy")) {
      case PPH_21 -> Optional.of(taxAccount(TaxType.PPH_21));
      case PPH_22 -> Optional.of(taxAccount(TaxType.PPH_22));
      case PPH_23 -> Optional.of(taxAccount(TaxType.PPH_23));
      case PPN -> Optional.of(taxAccount(TaxType.PPN));
      case PPH_4_2, BPJS_KESEHATAN -> Optional.empty();
    };
  }

  /**
   * The note of an SPJ receipt ({@code Ta_SPJBukti.Keterangan}) that carries what its taxes depend
   * on and Siskeudes has no column for: {@code PURCHASE; PAYEE_KIND; TAX_ID_KIND; PKP|NON_PKP}
   * and, for a contractor, {@code ; CERTIFICATE} — the names of {@link PurchaseKind}, {@link
   * PayeeKind}, {@link TaxId.Kind} and {@link ConstructionCertificate}, e.g. {@code GOODS;
   * SUPPLIER; NPWP; PKP}. A convention of this library (Siskeudes's {@code Ta_SPJBukti} has
   * Nm_Penerima, Alamat, Rek_Bank, Nm_Bank, NPWP, Keterangan and Nilai, no purchase kind or PKP
   * status); empty for a payee of another kind (an official, a civil servant), which it cannot say.
   */
  public static Optional<String> receiptNote(PurchaseKind purchase, Payee payee) {
    String pkp = payee.pkp() ? "PKP" : "NON_PKP";
    String head = purchase.name() + "; " + payee.kind().name() + "; " + payee.taxId().kind().name() + "; " + pkp;
    return switch (payee.kind()) {
      case SUPPLIER, LANDLORD -> Optional.of(head);
      case NON_EMPLOYEE -> payee.pkp() ? Optional.empty() : Optional.of(head);
      case CONTRACTOR -> Optional.of(head + "; " + payee.certificate().orElseThrow().name());
      default -> Optional.empty();
    };
  }

  /** What a receipt note says ({@link #receiptNote}): the purchase and the payee, named {@code id} and {@code name}. */
  public record ReceiptNote(PurchaseKind purchase, Payee payee) {}

  /**
   * Reads a receipt note ({@link #receiptNote}).
   *
   * @throws IllegalArgumentException if the note does not follow the convention
   */
  public static ReceiptNote receiptNote(String note, String id, String name) {
    String[] p = note.strip().split("\\s*;\\s*");
    try {
      if (p.length < 4 || p.length > 5 || !(p[3].equals("PKP") || p[3].equals("NON_PKP"))) {
        throw new IllegalArgumentException();
      }
      PurchaseKind purchase = PurchaseKind.valueOf(p[0]);
      PayeeKind kind = PayeeKind.valueOf(p[1]);
      TaxId taxId = TaxId.ofKind(TaxId.Kind.valueOf(p[2]));
      boolean pkp = p[3].equals("PKP");
      if ((kind == PayeeKind.CONTRACTOR) != (p.length == 5)) {
        throw new IllegalArgumentException();
      }
      Payee payee = switch (kind) {
        case SUPPLIER -> Payee.supplier(id, name, taxId, pkp);
        case LANDLORD -> Payee.landlord(id, name, taxId, pkp);
        case CONTRACTOR -> Payee.contractor(id, name, taxId, pkp, ConstructionCertificate.valueOf(p[4]));
        case NON_EMPLOYEE -> {
          if (pkp) {
            throw new IllegalArgumentException();
          }
          yield Payee.nonEmployee(id, name, taxId);
        }
        default -> throw new IllegalArgumentException();
      };
      return new ReceiptNote(purchase, payee);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the receipt note '" + shorten(note) + "' is not PURCHASE; PAYEE_KIND; TAX_ID_KIND; PKP|NON_PKP[; CERTIFICATE]"
          + " (e.g. GOODS; SUPPLIER; NPWP; PKP)");
    }
  }

  /** The Dana Desa tahap named in a receipt's description ({@code "Dana Desa Tahap 2"} → 2). */
  public static OptionalInt tranche(String uraian) {
    Matcher m = TAHAP.matcher(uraian);
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /** A receipt's description naming its tahap, as {@link #tranche} reads it. */
  static String withTranche(String uraian, @Nullable Integer tranche) {
    if (tranche == null || tranche(uraian).equals(OptionalInt.of(tranche))) {
      return uraian;
    }
    return (uraian.isBlank() ? "" : uraian + " ") + "Tahap " + tranche;
  }

  static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  /**
   * The place a {@code Ta_Mutasi} row moves money to, by its {@code Kd_Mutasi}: {@code 1} =
   * <i>setor tunai</i> (cash box → bank), {@code 2} = <i>tarik tunai</i> (bank → cash box).
   * Unconfirmed: OpenSID's schema names the column but not its values; these are the two
   * movements Siskeudes's <i>Mutasi Kas</i> form offers.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static CashPlace mutationTo(String kdMutasi) {
    return switch (kdMutasi.strip()) {
      case "1" -> CashPlace.BANK;
      case "2" -> CashPlace.CASH;
      default -> throw new IllegalArgumentException("Kd_Mutasi '" + shorten(kdMutasi) + "' is neither 1 (setor tunai: cash to bank) nor 2 (tarik tunai: bank to cash)");
    };
  }

  /** The {@code Kd_Mutasi} of a movement to that place: {@code 1} to the bank, {@code 2} to the cash box. */
  public static String kdMutasi(CashPlace to) {
    return to == CashPlace.BANK ? "1" : "2";
  }
}
