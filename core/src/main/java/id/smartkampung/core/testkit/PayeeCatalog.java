package id.smartkampung.core.testkit;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.tax.ConstructionCertificate;
import id.smartkampung.core.tax.Golongan;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PtkpStatus;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.tax.TaxId;

/**
 * The payees a generated village pays — <i>daftar penerima</i> of the test kit: PKP and non-PKP
 * shops, with and without NPWP, contractors by certificate, a landlord, perangkat desa by PTKP
 * status, RT/RW and kader as non-employees, a civil servant; and for each a purchase kind it can
 * be paid for. Deterministic from an int, so that jqwik shrinks towards the plainest (a PKP shop
 * selling goods). Not API.
 */
final class PayeeCatalog {
  private PayeeCatalog() {}

  /** The number of distinct payees. */
  static final int SIZE = 12;

  /** Payee {@code k % SIZE}. */
  static Payee payee(int k) {
    int i = Math.floorMod(k, SIZE);
    String nik = String.format("35101600000000%02d", i);
    return switch (i) {
      case 0 -> Payee.supplier("toko-pkp", "Toko Bangunan PKP", TaxId.npwp("0123456789010" + "00"), true);
      case 1 -> Payee.supplier("toko-kecil", "Toko Kelontong", TaxId.nik(nik), false);
      case 2 -> Payee.supplier("toko-tanpa-npwp", "Warung Tanpa NPWP", TaxId.none(), false);
      case 3 -> Payee.contractor("cv-kecil", "CV Karya Desa", TaxId.npwp("0234567890120" + "00"), true, ConstructionCertificate.SMALL_QUALIFICATION);
      case 4 -> Payee.contractor("cv-tanpa-sbu", "CV Tanpa Sertifikat", TaxId.npwp("0345678901230" + "00"), false, ConstructionCertificate.NONE);
      case 5 -> Payee.landlord("pemilik-gedung", "Pemilik Gedung", TaxId.nik(nik), false);
      case 6 -> Payee.villageOfficial("sekdes", "Sekretaris Desa", TaxId.nik(nik), PtkpStatus.K_1, true);
      case 7 -> Payee.villageOfficial("kaur-umum", "Kaur Umum", TaxId.nik(nik), PtkpStatus.TK_0, false);
      case 8 -> Payee.nonEmployee("rt-01", "Ketua RT 01", TaxId.nik(nik));
      case 9 -> Payee.nonEmployee("kader-1", "Kader Posyandu", TaxId.none());
      case 10 -> Payee.civilServant("pns-1", "Narasumber PNS", TaxId.npwp("0456789012340" + "00"), Golongan.III);
      default -> Payee.supplier("jasa-pkp", "CV Jasa Teknik", TaxId.npwp("0567890123450" + "00"), true);
    };
  }

  /** A purchase kind the payee can be paid for, chosen by {@code v}. */
  static PurchaseKind purchase(Payee p, int v) {
    ImmutableList<PurchaseKind> kinds = switch (p.kind()) {
      case SUPPLIER -> ImmutableList.of(PurchaseKind.GOODS, PurchaseKind.SERVICES, PurchaseKind.FUEL, PurchaseKind.ELECTRICITY);
      case CONTRACTOR -> ImmutableList.of(PurchaseKind.CONSTRUCTION_WORK, PurchaseKind.CONSTRUCTION_CONSULTANCY, PurchaseKind.GOODS);
      case LANDLORD -> ImmutableList.of(PurchaseKind.RENT_LAND_BUILDING);
      case VILLAGE_OFFICIAL -> ImmutableList.of(PurchaseKind.SILTAP_TUNJANGAN, PurchaseKind.HONORARIUM);
      case NON_EMPLOYEE, CIVIL_SERVANT -> ImmutableList.of(PurchaseKind.HONORARIUM);
    };
    return kinds.get(Math.floorMod(v, kinds.size()));
  }
}
