package id.smartkampung.core.ledger.report;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import java.time.LocalDate;

/**
 * The first-semester report — <i>laporan pelaksanaan APB Desa semester pertama</i> (Permendagri
 * 20/2018 Pasal 68): the Kepala Desa reports to the Bupati/Wali Kota through the camat (1) the
 * execution of the APBDes — pendapatan, belanja and pembiayaan, budget against realisation, as of
 * 30 June ({@link #apbdes}, shaped as the LRA) — and (2) the realisation per activity
 * (<i>laporan realisasi kegiatan</i>, {@link #kegiatan}), compiled from the reports of the Kasi and
 * Kaur by the second week of July of the year ({@link #due}; published summaries of Pasal 68;
 * earlier Permendagri 113/2014 said by the end of July). An immutable value.
 *
 * @param fiscalYear the fiscal year
 * @param asOf 30 June of the year
 * @param due the last day of the second week of July, by which the Kepala Desa compiles the report
 * @param regulation the regulation the report follows
 * @param apbdes pendapatan, belanja and pembiayaan as of 30 June (the LRA's shape; SiLPA as of then)
 * @param kegiatan budget, committed and realised per item, kegiatan, bidang and fund source as of 30 June
 */
@Api(Api.Status.EXPERIMENTAL)
public record SemesterReport(int fiscalYear, LocalDate asOf, LocalDate due, String regulation, YearEndReport apbdes, RealisationReport kegiatan) {
  /** The regulation: Permendagri 20/2018 Pasal 68. */
  public static final String REGULATION =
      "Permendagri 20/2018 Pasal 68: laporan pelaksanaan APB Desa semester pertama (laporan pelaksanaan APB Desa dan laporan realisasi kegiatan), disusun paling lambat minggu kedua bulan Juli";

  public SemesterReport {
    requireNonNull(asOf, "asOf");
    requireNonNull(due, "due");
    requireNonNull(regulation, "regulation");
    requireNonNull(apbdes, "apbdes");
    requireNonNull(kegiatan, "kegiatan");
  }
}
