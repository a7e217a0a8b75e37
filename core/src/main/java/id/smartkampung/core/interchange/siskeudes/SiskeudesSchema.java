package id.smartkampung.core.interchange.siskeudes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.smartkampung.core.Api;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tables and columns of a Siskeudes export this library reads and writes — <i>skema ekspor
 * Siskeudes</i>, as OpenSID's importer names them (see the package documentation for where each
 * comes from). The columns are those of OpenSID's {@code keuangan_ta_*} tables without OpenSID's
 * own {@code id} and {@code id_keuangan_master}; the file of table {@code keuangan_ta_spp_rinci}
 * is {@code Ta_SPPRinci.csv} (OpenSID's {@code Keuangan_model::$data_siskeudes}).
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SiskeudesSchema {
  private SiskeudesSchema() {}

  /**
   * The versions of the export read: Siskeudes 2.0 and its updates ({@code Ref_Version.Versi}
   * {@code 2.0}, {@code 2.0.1}, …), the release for Permendagri 20/2018 whose codes (kegiatan
   * BB.SS.KK, rekening 5.x.x.xx, {@code Kd_SubRinci}, {@code JmlSatuanPAK}) this package maps.
   * Siskeudes 1.x (Permendagri 113/2014 codes) and any other version are refused.
   */
  public static final Pattern SUPPORTED_VERSIONS = Pattern.compile("2\\.0(\\.[0-9]+){0,2}");

  /** The version written by the export. */
  public static final String WRITTEN_VERSION = "2.0";

  /** The columns of every table read or written, by table name. */
  public static final ImmutableMap<String, ImmutableList<String>> COLUMNS =
      ImmutableMap.<String, ImmutableList<String>>builder()
          .put("Ref_Version", cols("Versi"))
          .put("Ta_Pemda", cols("Tahun", "Kd_Prov", "Kd_Kab", "Nama_Pemda", "Nama_Provinsi", "Ibukota", "Alamat", "Nm_Bupati", "Jbt_Bupati", "Logo", "C_Kode", "C_Pemda", "C_Data"))
          .put("Ref_Kecamatan", cols("Kd_Kec", "Nama_Kecamatan"))
          .put("Ref_Desa", cols("Kd_Kec", "Kd_Desa", "Nama_Desa"))
          .put("Ta_Desa", cols("Tahun", "Kd_Desa", "Nm_Kades", "Jbt_Kades", "Nm_Sekdes", "NIP_Sekdes", "Jbt_Sekdes", "Nm_Kaur_Keu", "Jbt_Kaur_Keu",
              "Nm_Bendahara", "Jbt_Bendahara", "No_Perdes", "Tgl_Perdes", "No_Perdes_PB", "Tgl_Perdes_PB", "No_Perdes_PJ", "Tgl_Perdes_PJ", "Alamat", "Ibukota", "Status", "NPWP"))
          .put("Ta_Bidang", cols("Tahun", "Kd_Desa", "Kd_Bid", "Nama_Bidang"))
          .put("Ta_Kegiatan", cols("Tahun", "Kd_Desa", "Kd_Bid", "Kd_Keg", "ID_Keg", "Nama_Kegiatan", "Pagu", "Pagu_PAK", "Nm_PPTKD", "NIP_PPTKD", "Lokasi", "Waktu", "Keluaran", "Sumberdana"))
          .put("Ta_RAB", cols("Tahun", "Kd_Desa", "Kd_Keg", "Kd_Rincian", "Anggaran", "AnggaranPAK", "AnggaranStlhPAK"))
          .put("Ta_RABRinci", cols("Tahun", "Kd_Desa", "Kd_Keg", "Kd_Rincian", "Kd_SubRinci", "No_Urut", "SumberDana", "Uraian", "Satuan", "JmlSatuan", "HrgSatuan",
              "Anggaran", "JmlSatuanPAK", "HrgSatuanPAK", "AnggaranStlhPAK", "AnggaranPAK", "Kode_SBU"))
          .put("Ta_TBP", cols("Tahun", "No_Bukti", "Tgl_Bukti", "Kd_Desa", "Uraian", "Nm_Penyetor", "Alamat_Penyetor", "TTD_Penyetor", "NoRek_Bank", "Nama_Bank", "Jumlah",
              "Nm_Bendahara", "Jbt_Bendahara", "Status", "KdBayar", "Ref_Bayar"))
          .put("Ta_TBPRinci", cols("Tahun", "No_Bukti", "Kd_Desa", "Kd_Keg", "Kd_Rincian", "RincianSD", "SumberDana", "Nilai"))
          .put("Ta_SPP", cols("Tahun", "No_SPP", "Tgl_SPP", "Jn_SPP", "Kd_Desa", "Keterangan", "Jumlah", "Potongan", "Status"))
          .put("Ta_SPPRinci", cols("Tahun", "Kd_Desa", "No_SPP", "Kd_Keg", "Kd_Rincian", "Sumberdana", "Nilai"))
          .put("Ta_SPPBukti", cols("Tahun", "Kd_Desa", "No_SPP", "Kd_Keg", "Kd_Rincian", "Sumberdana", "No_Bukti", "Tgl_Bukti", "Nm_Penerima", "Alamat", "Rek_Bank", "Nm_Bank",
              "NPWP", "Keterangan", "Nilai"))
          .put("Ta_SPPPot", cols("Tahun", "Kd_Desa", "No_SPP", "Kd_Keg", "No_Bukti", "Kd_Rincian", "Nilai"))
          .put("Ta_Pencairan", cols("Tahun", "No_Cek", "No_SPP", "Tgl_Cek", "Kd_Desa", "Keterangan", "Jumlah", "Potongan", "KdBayar"))
          .put("Ta_SPJ", cols("Tahun", "No_SPJ", "Tgl_SPJ", "Kd_Desa", "No_SPP", "Keterangan", "Jumlah", "Potongan", "Status"))
          .put("Ta_SPJRinci", cols("Tahun", "No_SPJ", "Kd_Keg", "Kd_Rincian", "Sumberdana", "Kd_Desa", "No_SPP", "JmlCair", "Nilai", "Alamat", "Sisa"))
          .put("Ta_Pajak", cols("Tahun", "Kd_Desa", "No_SSP", "Tgl_SSP", "Keterangan", "Nama_WP", "Alamat_WP", "NPWP", "Kd_MAP", "Nm_Penyetor", "Jn_Transaksi", "Kd_Rincian", "Jumlah", "KdBayar"))
          .put("Ta_PajakRinci", cols("Tahun", "Kd_Desa", "No_SSP", "No_Bukti", "Kd_Rincian", "Nilai"))
          .put("Ta_STS", cols("Tahun", "No_Bukti", "Tgl_Bukti", "Kd_Desa", "Uraian", "NoRek_Bank", "Nama_Bank", "Jumlah", "Nm_Bendahara", "Jbt_Bendahara"))
          .put("Ta_STSRinci", cols("Tahun", "Kd_Desa", "No_Bukti", "No_TBP", "Uraian", "Nilai"))
          .put("Ta_Mutasi", cols("Tahun", "Kd_Desa", "No_Bukti", "Tgl_Bukti", "Keterangan", "Kd_Bank", "Kd_Rincian", "Kd_Keg", "Sumberdana", "Kd_Mutasi", "Nilai"))
          .put("Ta_SPJBukti", cols("Tahun", "No_SPJ", "Kd_Keg", "Kd_Rincian", "No_Bukti", "Tgl_Bukti", "Sumberdana", "Kd_Desa", "Nm_Penerima", "Alamat", "Rek_Bank", "Nm_Bank",
              "NPWP", "Keterangan", "Nilai"))
          .put("Ta_SPJPot", cols("Tahun", "Kd_Desa", "No_SPJ", "Kd_Keg", "No_Bukti", "Kd_Rincian", "Nilai"))
          .build();

  /** The tables an import needs; a zip without one of them is refused. */
  public static final ImmutableList<String> REQUIRED =
      ImmutableList.of("Ref_Version", "Ta_Pemda", "Ref_Desa", "Ta_Desa", "Ta_Kegiatan", "Ta_RABRinci", "Ta_TBP", "Ta_TBPRinci", "Ta_SPP", "Ta_SPPRinci",
          "Ta_SPPBukti", "Ta_SPPPot", "Ta_Pencairan", "Ta_SPJ", "Ta_SPJRinci", "Ta_Pajak", "Ta_PajakRinci");

  /**
   * Tables read when the export has them and written always, but not required: {@code Ta_STS} /
   * {@code Ta_STSRinci} (cash receipts deposited into the bank, <i>surat tanda setoran</i>) and
   * {@code Ta_Mutasi} (<i>mutasi kas</i> between the bank and the cash box), both as {@code
   * move-cash}. An export of a year without cash has them empty or leaves them out.
   */
  public static final ImmutableList<String> OPTIONAL = ImmutableList.of("Ta_STS", "Ta_STSRinci", "Ta_Mutasi", "Ta_SPJBukti", "Ta_SPJPot");

  /**
   * Optional tables the export writes only when it has rows for them, so that an export of a year
   * without them keeps its bytes: {@code Ta_SPJBukti} and {@code Ta_SPJPot} (the receipts of a
   * panjar accounted for in stages and the taxes collected on them; columns from OpenSID's {@code
   * keuangan_ta_spj_bukti} and {@code keuangan_ta_spjpot}, files {@code Ta_SPJBukti.csv} and {@code
   * Ta_SPJPot.csv} in its {@code Keuangan_model::$data_siskeudes}).
   */
  public static final ImmutableList<String> WRITTEN_WHEN_USED = ImmutableList.of("Ta_SPJBukti", "Ta_SPJPot");

  /**
   * Tables of the treasury history that the import does not express yet: their rows are not
   * imported, and the import reports each non-empty one as a notice. {@code Ta_SaldoAwal}
   * (opening balances: its columns Kd_Rincian/Jenis/Debet/Kredit are not mapped to {@code
   * open-year} yet) and {@code Ta_JurnalUmum} (general journal corrections, no counterpart).
   * ({@code Ta_SPJPot}, the taxes on panjar purchases at the SPJ, is read with the receipts of
   * {@code Ta_SPJBukti} when they carry the receipt note of {@link SiskeudesCodes#receiptNote};
   * otherwise its rows are reported the same way.)
   */
  public static final ImmutableList<String> NOT_EXPRESSED = ImmutableList.of("Ta_SaldoAwal", "Ta_JurnalUmum", "Ta_JurnalUmumRinci");

  private static ImmutableList<String> cols(String... names) {
    return ImmutableList.copyOf(List.of(names));
  }
}
