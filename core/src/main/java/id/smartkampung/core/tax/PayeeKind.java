package id.smartkampung.core.tax;

/** Who is paid — <i>jenis penerima pembayaran</i>; it decides which taxes a payment can bear. */
public enum PayeeKind {
  /** A shop or trader selling goods or services — <i>penyedia/rekanan</i>. */
  SUPPLIER,
  /** A construction contractor — <i>penyedia jasa konstruksi</i>, with its certificate. */
  CONTRACTOR,
  /** An owner renting out land or a building — <i>pemilik persewaan tanah/bangunan</i>. */
  LANDLORD,
  /** Kepala desa or perangkat desa paid siltap and tunjangan — a permanent employee for PPh 21. */
  VILLAGE_OFFICIAL,
  /** A non-employee — <i>bukan pegawai</i>: RT/RW, kader, TPK member, resource person. */
  NON_EMPLOYEE,
  /** A civil servant — <i>PNS</i> — paid an honorarium, taxed final by golongan. */
  CIVIL_SERVANT
}
