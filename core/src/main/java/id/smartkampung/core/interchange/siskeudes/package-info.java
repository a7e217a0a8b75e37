/**
 * Interchange with Siskeudes and OpenSID — <i>pertukaran data Siskeudes/OpenSID</i>: the zip of CSV
 * tables that Siskeudes (BPKP's village finance application) exports and OpenSID's <i>Impor Data
 * Keuangan</i> reads, imported into a {@link id.smartkampung.core.journal.VillageBook} ({@link
 * id.smartkampung.core.interchange.siskeudes.SiskeudesImport}) and written from a ledger ({@link
 * id.smartkampung.core.interchange.siskeudes.SiskeudesExport}); codes and formats mapped in one
 * place ({@link id.smartkampung.core.interchange.siskeudes.SiskeudesCodes}).
 *
 * <h2>Where the schema comes from</h2>
 *
 * No Siskeudes export was at hand; the tables and columns are those OpenSID's public source reads
 * (repository {@code OpenSID/OpenSID}):
 *
 * <ul>
 *   <li>{@code donjo-app/models/migrations/Migrasi_1909_ke_1910.php} ({@code data_siskeudes()}):
 *       the {@code keuangan_ta_*} and {@code keuangan_ref_*} tables with every column — {@code
 *       Ta_RABRinci} (Tahun, Kd_Desa, Kd_Keg, Kd_Rincian, Kd_SubRinci, No_Urut, SumberDana, Uraian,
 *       Satuan, JmlSatuan, HrgSatuan, Anggaran, JmlSatuanPAK, HrgSatuanPAK, AnggaranStlhPAK,
 *       AnggaranPAK, Kode_SBU), {@code Ta_Desa}, {@code Ta_Kegiatan}, {@code Ta_RAB}, {@code
 *       Ta_TBP}/{@code Ta_TBPRinci}, {@code Ta_SPP}/{@code Ta_SPPRinci}/{@code Ta_SPPBukti}/{@code
 *       Ta_SPPPot}, {@code Ta_Pencairan}, {@code Ta_SPJ}/{@code Ta_SPJRinci}/{@code Ta_SPJPot},
 *       {@code Ta_Pajak}/{@code Ta_PajakRinci}, {@code Ta_Mutasi}, {@code Ta_SaldoAwal}, {@code
 *       Ta_STS}, {@code Ta_Pemda}, {@code Ref_Desa}, {@code Ref_Kecamatan}, {@code Ref_Rek1..4},
 *       {@code Ref_Sumber} ({@link id.smartkampung.core.interchange.siskeudes.SiskeudesSchema#COLUMNS}).
 *   <li>{@code donjo-app/models/Keuangan_model.php} ({@code $data_siskeudes}): the file of each
 *       table in the zip ({@code keuangan_ta_spp_rinci} → {@code Ta_SPPRinci.csv}, {@code
 *       keuangan_ta_sppbukti} → {@code Ta_SPPBukti.csv}, …); {@code Ref_Version.csv} column {@code
 *       Versi} as the export's version; the CSV read with PHP's {@code str_getcsv} (RFC 4180, the
 *       first line the header).
 *   <li>OpenSID's transparency widgets ({@code Keuangan_grafik_model.php}) read the budget from
 *       {@code keuangan_ta_rab_rinci.AnggaranStlhPAK} grouped by the first characters of {@code
 *       Kd_Rincian} and the realisation from {@code keuangan_ta_tbp_rinci}, the SPP and SPJ
 *       tables: the export writes those.
 * </ul>
 *
 * <p>Not confirmed (documented where used, and refused clearly when different): the exact {@code
 * Versi} strings of Siskeudes 2.0 releases (read: {@code 2.0}, {@code 2.0.x}); the form of amounts
 * and dates in a real export (read: plain decimals with a point; ISO or day/month/year dates);
 * {@code Jn_SPP} values other than {@code LS} and {@code UM}; whether {@code AnggaranPAK} holds the
 * change or the revised amount (written as the change; never read); the Kd_Keg of lines outside
 * belanja ({@code Kd_Desa} + {@code 00.00.00.}).
 *
 * <h2>Cash and bank</h2>
 *
 * {@code Ta_STS}/{@code Ta_STSRinci} (<i>surat tanda setoran</i>: cash receipts deposited into the
 * bank; columns from the same migration: Ta_STS Tahun, No_Bukti, Tgl_Bukti, Kd_Desa, Uraian,
 * NoRek_Bank, Nama_Bank, Jumlah, Nm_Bendahara, Jbt_Bendahara; Ta_STSRinci Tahun, Kd_Desa, No_Bukti,
 * No_TBP, Uraian, Nilai) and {@code Ta_Mutasi} (<i>mutasi kas</i>: Tahun, Kd_Desa, No_Bukti,
 * Tgl_Bukti, Keterangan, Kd_Bank, Kd_Rincian, Kd_Keg, Sumberdana, Kd_Mutasi, Nilai) are read, when
 * the export has them, as {@code move-cash}; a TBP that an STS deposits is a receipt collected in
 * cash ({@link id.smartkampung.core.ledger.CashPlace#CASH}), every other one a receipt into the
 * bank. Not confirmed: the values of {@code Kd_Mutasi} (read: 1 setor tunai to the bank, 2 tarik
 * tunai to the cash box, anything else refused at its cell).
 *
 * <h2>Bank interest and bank charges</h2>
 *
 * What the bank books on the RKD itself is a {@code Ta_Mutasi} row carrying an account: Siskeudes's
 * {@code Ref_Bunga} names the two accounts ({@code Kd_Bunga}, {@code Kd_Admin}; OpenSID's {@code
 * keuangan_ref_bunga} in the same migration) and OpenSID's {@code Keuangan_grafik_model} sums
 * {@code keuangan_ta_mutasi.Nilai} grouped by {@code Kd_Rincian} as realisation ({@code
 * realisasi_bunga}: with pendapatan for 4.x, with belanja for 5.x). Written and read here: {@code
 * record-bank-interest} as a row of the gross on its 4.3.x account ({@code Kd_Keg} outside belanja)
 * and, when the bank withheld the final tax, a row of the same {@code No_Bukti} of the tax on its
 * belanja item; {@code record-bank-fee} as a row on its belanja item. Not confirmed: how Siskeudes
 * itself records the tax on interest (written as that second row, a choice of this library) and
 * the {@code Kd_Mutasi} of such rows (left empty, not read).
 *
 * <h2>A panjar accounted for in stages</h2>
 *
 * {@code Ta_SPJBukti} (Tahun, No_SPJ, Kd_Keg, Kd_Rincian, No_Bukti, Tgl_Bukti, Sumberdana, Kd_Desa,
 * Nm_Penerima, Alamat, Rek_Bank, Nm_Bank, NPWP, Keterangan, Nilai) and {@code Ta_SPJPot} (Tahun,
 * Kd_Desa, No_SPJ, Kd_Keg, No_Bukti, Kd_Rincian, Nilai), from OpenSID's {@code
 * keuangan_ta_spj_bukti} and {@code keuangan_ta_spjpot}: the SPJ's receipts and the taxes
 * collected on them. The export writes the stages of a panjar as one SPJ (dated at the final
 * stage) with every receipt dated at its stage, and {@code Keterangan} carrying what the taxes
 * depend on and Siskeudes has no column for ({@link
 * id.smartkampung.core.interchange.siskeudes.SiskeudesCodes#receiptNote}, a convention of this
 * library); the import reads such an SPJ back as its stages. An SPJ whose receipts do not carry
 * the note (a real Siskeudes export) is read as one settlement, its {@code Ta_SPJPot} rows
 * reported as not imported. Both tables are written only when they have rows.
 *
 * <h2>What the ledger does not express yet</h2>
 *
 * {@code Ta_SaldoAwal} (opening balances: Tahun, Kd_Desa, Kd_Rincian, Jenis, Anggaran, Debet,
 * Kredit, Tgl_Bukti — an account and an amount but no fund source and no tax period, so they cannot
 * make the SiLPA per fund source, the DPAL or the tax owed per levy, month and fund source an
 * {@code open-year} carries; the export writes no opening at all), {@code Ta_JurnalUmum}, several
 * SPJ rows for one panjar and an SPP paid in several parts: the import reports such rows (a notice
 * for the tables, a refusal for the SPJ/payment parts) and the export does not write them ({@link
 * id.smartkampung.core.interchange.siskeudes.SiskeudesSchema#NOT_EXPRESSED}). Payments from the cash
 * box ({@code PaySpp} with place CASH) have no column in {@code Ta_Pencairan}: written as any
 * payment, read back as payments from the bank.
 */
@NullMarked
package id.smartkampung.core.interchange.siskeudes;

import org.jspecify.annotations.NullMarked;
