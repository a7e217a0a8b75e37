package id.smartkampung.core.tax;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is paid — <i>penerima pembayaran</i> (rekanan, penyedia, pemilik sewa, perangkat desa, bukan
 * pegawai, PNS) with what decides its taxes: its {@link TaxId}, whether a supplier is a <i>PKP</i>
 * (charges PPN), an official's {@link PtkpStatus} and BPJS Kesehatan membership, a civil servant's
 * {@link Golongan}, a contractor's {@link ConstructionCertificate}. Built by the static factories,
 * one per kind, which refuse a missing attribute. Immutable; never null fields except those absent
 * for the kind (returned as empty {@link Optional}s).
 */
public final class Payee {
  /** A payee id, compiled once: payees are read again with every SPP replayed from a journal. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final String id;
  private final String name;
  private final PayeeKind kind;
  private final TaxId taxId;
  private final boolean pkp;
  private final PtkpStatus ptkp;
  private final boolean bpjsKesehatan;
  private final Golongan golongan;
  private final ConstructionCertificate certificate;

  private Payee(
      String id,
      String name,
      PayeeKind kind,
      TaxId taxId,
      boolean pkp,
      PtkpStatus ptkp,
      boolean bpjsKesehatan,
      Golongan golongan,
      ConstructionCertificate certificate) {
    requireNonNull(id, "id");
    checkArgument(ID.matcher(id).matches(), "payee id '%s' must be 1-64 letters, digits, '.', '_' or '-'", id);
    requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "payee %s: name is blank", id);
    this.id = id;
    this.name = name;
    this.kind = requireNonNull(kind, "kind");
    this.taxId = requireNonNull(taxId, "taxId");
    this.pkp = pkp;
    this.ptkp = ptkp;
    this.bpjsKesehatan = bpjsKesehatan;
    this.golongan = golongan;
    this.certificate = certificate;
  }

  /** A shop or trader; {@code pkp} when it is a <i>Pengusaha Kena Pajak</i> charging PPN. */
  public static Payee supplier(String id, String name, TaxId taxId, boolean pkp) {
    return new Payee(id, name, PayeeKind.SUPPLIER, taxId, pkp, null, false, null, null);
  }

  /** A construction contractor with its certificate. */
  public static Payee contractor(String id, String name, TaxId taxId, boolean pkp, ConstructionCertificate certificate) {
    return new Payee(id, name, PayeeKind.CONTRACTOR, taxId, pkp, null, false, null, requireNonNull(certificate, "certificate"));
  }

  /** An owner renting out land or buildings. */
  public static Payee landlord(String id, String name, TaxId taxId, boolean pkp) {
    return new Payee(id, name, PayeeKind.LANDLORD, taxId, pkp, null, false, null, null);
  }

  /**
   * A kepala desa or perangkat desa with the PTKP status at the start of the year; {@code
   * bpjsKesehatan} when the village withholds the employee's BPJS Kesehatan share from the siltap.
   */
  public static Payee villageOfficial(String id, String name, TaxId taxId, PtkpStatus ptkp, boolean bpjsKesehatan) {
    return new Payee(id, name, PayeeKind.VILLAGE_OFFICIAL, taxId, false, requireNonNull(ptkp, "ptkp"), bpjsKesehatan, null, null);
  }

  /** A non-employee (RT/RW, kader, TPK member, resource person). */
  public static Payee nonEmployee(String id, String name, TaxId taxId) {
    return new Payee(id, name, PayeeKind.NON_EMPLOYEE, taxId, false, null, false, null, null);
  }

  /** A civil servant of the given golongan. */
  public static Payee civilServant(String id, String name, TaxId taxId, Golongan golongan) {
    return new Payee(id, name, PayeeKind.CIVIL_SERVANT, taxId, false, null, false, requireNonNull(golongan, "golongan"), null);
  }

  /**
   * This payee with its tax id's kind only, not its number ({@link TaxId#withoutNumber()}): what a
   * public record carries (the taxes depend on the kind only).
   */
  public Payee withoutTaxNumber() {
    return taxId.number().isEmpty() ? this : new Payee(id, name, kind, taxId.withoutNumber(), pkp, ptkp, bpjsKesehatan, golongan, certificate);
  }

  /** The register key. */
  public String id() {
    return id;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The kind. */
  public PayeeKind kind() {
    return kind;
  }

  /** The tax identity. */
  public TaxId taxId() {
    return taxId;
  }

  /** True for a <i>Pengusaha Kena Pajak</i>, whose prices include PPN. */
  public boolean pkp() {
    return pkp;
  }

  /** An official's PTKP status. */
  public Optional<PtkpStatus> ptkp() {
    return Optional.ofNullable(ptkp);
  }

  /** True when the village withholds this official's BPJS Kesehatan share. */
  public boolean bpjsKesehatan() {
    return bpjsKesehatan;
  }

  /** A civil servant's golongan. */
  public Optional<Golongan> golongan() {
    return Optional.ofNullable(golongan);
  }

  /** A contractor's certificate. */
  public Optional<ConstructionCertificate> certificate() {
    return Optional.ofNullable(certificate);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Payee p
        && p.id.equals(id)
        && p.name.equals(name)
        && p.kind == kind
        && p.taxId.equals(taxId)
        && p.pkp == pkp
        && p.ptkp == ptkp
        && p.bpjsKesehatan == bpjsKesehatan
        && p.golongan == golongan
        && p.certificate == certificate;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, name, kind, taxId, pkp, ptkp, bpjsKesehatan, golongan, certificate);
  }

  /** Id, kind and masked tax id. */
  @Override
  public String toString() {
    return "Payee " + id + " (" + kind + ", " + taxId + (pkp ? ", PKP" : "") + ")";
  }
}
