package id.smartkampung.core.tax;

/**
 * What the treasurer takes from a payment — <i>potongan/pungutan</i>: a tax withheld or collected for
 * the state, or a deduction that is not a tax (<i>PFK</i>, perhitungan fihak ketiga) remitted to a
 * third party such as BPJS Kesehatan.
 */
public enum Levy {
  /** PPN — <i>Pajak Pertambahan Nilai</i>, collected as a government collector. */
  PPN("PPN", true),
  /** PPh Pasal 21 — on wages, siltap, honoraria. */
  PPH_21("PPh 21", true),
  /** PPh Pasal 22 — on purchases of goods. */
  PPH_22("PPh 22", true),
  /** PPh Pasal 23 — on services. */
  PPH_23("PPh 23", true),
  /** PPh Pasal 4 ayat (2), final — construction, rent of land and buildings. */
  PPH_4_2("PPh 4(2)", true),
  /** The employee's share of BPJS Kesehatan — <i>iuran jaminan kesehatan</i>: a PFK, not a tax. */
  BPJS_KESEHATAN("BPJS Kesehatan", false);

  private final String label;
  private final boolean tax;

  Levy(String label, boolean tax) {
    this.label = label;
    this.tax = tax;
  }

  /** The name a treasurer writes, e.g. {@code "PPh 22"}. */
  public String label() {
    return label;
  }

  /** True for a tax; false for a deduction that is not a tax (PFK). */
  public boolean isTax() {
    return tax;
  }
}
