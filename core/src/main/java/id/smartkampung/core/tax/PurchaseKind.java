package id.smartkampung.core.tax;

/**
 * What a payment buys — <i>jenis belanja</i> for tax purposes. Which taxes each kind bears, and which
 * kinds are exempt, is data in the year's {@link TaxPolicy}.
 */
public enum PurchaseKind {
  /** Goods — <i>barang</i> (PPh 22; PPN from a PKP). */
  GOODS,
  /** Services from a business — <i>jasa</i> (PPh 23; PPN from a PKP). */
  SERVICES,
  /** Construction work — <i>pekerjaan konstruksi</i> (PPh 4(2) final by the contractor's certificate). */
  CONSTRUCTION_WORK,
  /** Integrated construction, design and build — <i>pekerjaan konstruksi terintegrasi</i>. */
  CONSTRUCTION_INTEGRATED,
  /** Construction consultancy — <i>konsultansi konstruksi</i> (planning, supervision). */
  CONSTRUCTION_CONSULTANCY,
  /** Rent of land and/or buildings — <i>sewa tanah/bangunan</i> (PPh 4(2) final). */
  RENT_LAND_BUILDING,
  /** An honorarium or wage for a service by a person — <i>honorarium/insentif/upah</i> (PPh 21). */
  HONORARIUM,
  /** Fixed income and allowances of a village official — <i>siltap dan tunjangan</i> (PPh 21 TER). */
  SILTAP_TUNJANGAN,
  /** Fuel — <i>bahan bakar minyak</i>. */
  FUEL,
  /** Electricity — <i>listrik</i>. */
  ELECTRICITY,
  /** Gas. */
  GAS,
  /** Lubricants — <i>pelumas</i>. */
  LUBRICANT,
  /** Drinking water from the water company — <i>air minum/PDAM</i>. */
  PDAM_WATER,
  /** Postal items — <i>benda-benda pos</i>. */
  POSTAL;

  /** True for a kind of construction (PPh 4(2) by the contractor's certificate). */
  public boolean isConstruction() {
    return this == CONSTRUCTION_WORK || this == CONSTRUCTION_INTEGRATED || this == CONSTRUCTION_CONSULTANCY;
  }

  /** True for goods, including the utility kinds (fuel … postal items) that PPh 22 may exempt. */
  public boolean isGoods() {
    return this == GOODS || this == FUEL || this == ELECTRICITY || this == GAS || this == LUBRICANT || this == PDAM_WATER || this == POSTAL;
  }

  /** True for a payment of income to a person (PPh 21). */
  public boolean isPersonalIncome() {
    return this == HONORARIUM || this == SILTAP_TUNJANGAN;
  }
}
