package id.smartkampung.core.budget;

import id.smartkampung.core.Api;
import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of the village budget — <i>bagian APBDes</i> — in the order the budget lists them.
 * The CSV name is the one used in the Siskeudes <i>penjabaran</i> export.
 */
@Api(Api.Status.STABLE)
public enum Section {
  /** Pendapatan (revenue), accounts 4.x. */
  PENDAPATAN("pendapatan"),
  /** Belanja (expenditure), accounts 5.x, each under a kegiatan. */
  BELANJA("belanja"),
  /** Penerimaan pembiayaan (financing receipts), accounts 6.1.x. */
  PEMBIAYAAN_PENERIMAAN("pembiayaan_penerimaan"),
  /** Pengeluaran pembiayaan (financing expenditures), accounts 6.2.x. */
  PEMBIAYAAN_PENGELUARAN("pembiayaan_pengeluaran");

  private final String csvName;

  Section(String csvName) {
    this.csvName = csvName;
  }

  /** The name in CSV and JSON, e.g. {@code pembiayaan_penerimaan}. */
  public String csvName() {
    return csvName;
  }

  /** The section with that CSV name. */
  public static Optional<Section> ofCsvName(String name) {
    return Arrays.stream(values()).filter(s -> s.csvName.equals(name)).findFirst();
  }

  /** True for the sections that bring money in (pendapatan, penerimaan pembiayaan). */
  public boolean isInflow() {
    return this == PENDAPATAN || this == PEMBIAYAAN_PENERIMAAN;
  }
}
