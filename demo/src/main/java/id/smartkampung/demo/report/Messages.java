package id.smartkampung.demo.report;

import static java.util.Map.entry;

import id.smartkampung.core.text.Catalogue;
import id.smartkampung.core.text.Language;
import id.smartkampung.monitoring.flag.FlagTexts;
import java.util.Locale;
import java.util.Map;

/**
 * The message catalogue of the dashboards and the console — <i>katalog pesan</i>: every label in
 * Indonesian and in English, by key. Arguments are {@code %s} placeholders. A key missing from
 * either language is a bug: {@link #t} throws, and the tests render every page in both.
 */
public final class Messages {
  private static final Map<String, String[]> CATALOGUE = Map.ofEntries(
      // key, {Indonesian, English}
      entry("village.heading", new String[] {"APBDes Desa %s Tahun Anggaran %s", "Village budget (APBDes) of %s, fiscal year %s"}),
      entry("village.subheading", new String[] {"Kecamatan %s, Kabupaten %s · keadaan per %s", "Kecamatan %s, Kabupaten %s · as of %s"}),
      entry("footer", new String[] {
          "Dibuat oleh smartkampung dari %s operasi pembukuan desa %s. Berkas mandiri: tanpa skrip, tanpa sumber dari luar.",
          "Made by smartkampung from %s ledger operations of village %s. A self-contained file: no script, nothing fetched from elsewhere. Reference names (accounts, kegiatan, fund sources, projects, places) are the official Indonesian names and stay in Indonesian."}),
      entry("nav.label", new String[] {"Bagian halaman", "Sections of the page"}),
      entry("ev.caption", new String[] {"Nilai hasil (earned value) kegiatan %s", "Earned value of the project %s"}),
      entry("nav.ringkasan", new String[] {"Ringkasan", "Summary"}),
      entry("nav.apbdes", new String[] {"Infografis APBDes", "Budget infographic"}),
      entry("nav.realisasi", new String[] {"Realisasi per bidang dan kegiatan", "Realisation by bidang and kegiatan"}),
      entry("nav.proyek", new String[] {"Kegiatan fisik", "Physical projects"}),
      entry("nav.dana-desa", new String[] {"Dana Desa tahap II", "Dana Desa tranche II"}),
      entry("nav.pajak", new String[] {"Pajak", "Taxes"}),
      entry("nav.panjar", new String[] {"Panjar", "Advances (panjar)"}),
      entry("nav.tutup-buku", new String[] {"Laporan bulanan Kaur Keuangan", "Treasurer's monthly report"}),
      entry("close.month", new String[] {"Bulan", "Month"}),
      entry("nav.aset", new String[] {"Aset dari belanja modal", "Assets bought"}),
      entry("nav.laporan", new String[] {"Laporan yang wajib disampaikan", "Reports the village files"}),
      entry("nav.blt", new String[] {"BLT Dana Desa per KPM", "BLT Dana Desa per family"}),
      entry("report.semester", new String[] {"Laporan pelaksanaan APBDes semester pertama %s", "First-semester report on the APBDes %s"}),
      entry("report.due", new String[] {"batas penyusunan", "due by"}),
      entry("report.part", new String[] {"Bagian (4 pendapatan, 5 belanja, 6 pembiayaan neto)", "Part (4 revenue, 5 spending, 6 net financing)"}),
      entry("report.bySource", new String[] {"Realisasi per sumber dana", "Realisation per fund source"}),
      entry("report.revenue", new String[] {"Pendapatan", "Revenue"}),
      entry("report.spending", new String[] {"Belanja", "Spending"}),
      entry("report.financingIn", new String[] {"Penerimaan pembiayaan", "Financing in"}),
      entry("report.financingOut", new String[] {"Pengeluaran pembiayaan", "Financing out"}),
      entry("report.bySourceNote", new String[] {
          "Lampiran laporan pertanggungjawaban realisasi APBDes (Permendagri 20/2018 Pasal 70): realisasi menurut sumber dana; SiLPA tiap sumber dana tetap terikat pada peruntukannya.",
          "Attachment to the year-end accountability report (Permendagri 20/2018 Pasal 70): realisation per fund source; each source's SiLPA keeps its earmark."}),
      entry("report.danaDesa", new String[] {"Laporan realisasi penyerapan dan capaian keluaran Dana Desa", "Dana Desa realisation and output report"}),
      entry("report.absorption", new String[] {"penyerapan %s", "absorption %s"}),
      entry("report.gate", new String[] {"(syarat tahap %s: penyerapan paling sedikit %s)", "(tranche %s needs at least %s absorbed)"}),
      entry("report.output", new String[] {"Keluaran", "Output"}),
      entry("blt.summary", new String[] {"%s KPM dalam daftar Perkades; %s KPM pernah dibayar; jumlah %s.", "%s families on the Perkades list; %s families paid; total %s."}),
      entry("blt.note", new String[] {
          "BLT Desa paling banyak Rp300.000 per KPM per bulan, dibayar paling banyak 3 bulan sekaligus (Permendesa PDT 16/2025 pasal 3, untuk 2026). KPM ditulis dengan nomor desa, bukan NIK (UU 27/2022). * = tidak lagi dalam daftar.",
          "BLT Desa at most IDR 300,000 per family a month, at most 3 months at once (Permendesa PDT 16/2025 art. 3, for 2026). Families appear by the village's number, never an NIK (UU 27/2022). * = no longer listed."}),
      entry("asset.account", new String[] {"Rekening", "Account"}),
      entry("asset.fund", new String[] {"Sumber dana", "Fund source"}),
      entry("asset.budget", new String[] {"Anggaran", "Budget"}),
      entry("asset.realised", new String[] {"Realisasi", "Realised"}),
      entry("asset.total", new String[] {"Jumlah", "Total"}),
      entry("asset.note", new String[] {
          "Belanja modal (kelompok 5.3) yang terealisasi menjadi aset desa; daftar ini menyertai laporan pertanggungjawaban akhir tahun (Permendagri 20/2018 Pasal 70).",
          "Realised capital spending (kelompok 5.3) becomes village assets; this list goes with the year-end accountability report (Permendagri 20/2018 Pasal 70)."}),
      entry("close.on", new String[] {"Ditutup", "Closed on"}),
      entry("close.counted", new String[] {"Kas tunai dihitung", "Cash counted"}),
      entry("close.bku", new String[] {"Saldo akhir", "Closing balance"}),
      entry("close.opening", new String[] {"Saldo awal", "Opening balance"}),
      entry("close.in", new String[] {"Penerimaan", "In"}),
      entry("close.out", new String[] {"Pengeluaran", "Out"}),
      entry("close.due", new String[] {"Batas laporan ke Sekdes", "Report due to the Sekdes"}),
      entry("close.open", new String[] {"belum ditutup", "open"}),
      entry("close.backDated", new String[] {"Entri tanggal mundur", "Back-dated entries"}),
      entry("close.note", new String[] {
          "Kaur Keuangan menutup buku setiap akhir bulan dan melaporkannya kepada Sekretaris Desa paling lambat tanggal 10 bulan berikutnya (Permendagri 20/2018 Pasal 63). Entri boleh bertanggal mundur selama bulannya belum ditutup; koreksi bulan yang sudah ditutup dicatat sebagai entri balik di bulan berjalan.",
          "The Kaur Keuangan closes the books at the end of every month and reports to the Sekretaris Desa by the 10th of the next month (Permendagri 20/2018 Pasal 63). Entries may be back-dated while their month is open; a correction of a closed month is a reversing entry in the open month."}),
      entry("nav.temuan", new String[] {"Temuan penyimpangan", "Misconduct caught"}),
      entry("nav.ekspor", new String[] {"Unduhan data", "Data exports"}),
      entry("tile.pendapatan", new String[] {"Pendapatan terealisasi", "Revenue received"}),
      entry("tile.belanja", new String[] {"Belanja terealisasi", "Spending realised"}),
      entry("tile.silpa", new String[] {"SiLPA", "SiLPA (surplus carried forward)"}),
      entry("tile.realisasi", new String[] {"Realisasi belanja", "Spending realised"}),
      entry("tile.projects", new String[] {"Kegiatan fisik", "Physical projects"}),
      entry("tile.flagged", new String[] {"%s bertanda bahaya", "%s flagged"}),
      entry("tile.caught", new String[] {"Penyimpangan tertangkap", "Misconduct caught"}),
      entry("summary.closed", new String[] {"Buku tahun ini sudah ditutup.", "The books of the year are closed."}),
      entry("summary.open", new String[] {"Buku tahun ini belum ditutup.", "The books of the year are still open."}),
      entry("summary.opening", new String[] {"Tahun %s dibuka dengan SiLPA per sumber dana: %s.", "%s opens with SiLPA per fund source: %s."}),
      entry("journal.title", new String[] {"Jurnal buku desa", "The village's journal"}),
      entry("journal.text", new String[] {
          "Setiap operasi pembukuan tahun ini (%s) tercatat berurutan, berantai hash SHA-256 dan ditandatangani (Ed25519) oleh perangkat desa yang bertindak, di berkas",
          "Every ledger operation of the year (%s) is recorded in order, hash-chained with SHA-256 and signed (Ed25519) by the acting official, in the file"}),
      entry("journal.anchor", new String[] {"Jangkar (nomor dan hash entri terakhir)", "Anchor (number and hash of the last entry)"}),
      entry("journal.publish", new String[] {
          "Umumkan jangkar ini bersama laporan pertanggungjawaban. Siapa pun dapat memeriksa jurnal tanpa internet dengan perintah audit JURNAL --anchor JANGKAR; entri yang diubah, disisipkan atau dihapus, juga dari ujungnya, akan ketahuan.",
          "Publish this anchor with the accountability report. Anyone can audit the journal offline with the command audit JOURNAL --anchor ANCHOR; an entry changed, inserted or removed, also from its end, is detected."}),
      entry("summary.revision", new String[] {"Perubahan APBDes ditetapkan", "Budget revision enacted"}),
      entry("stage.DRAFT", new String[] {"Rancangan", "Drafted"}),
      entry("stage.AGREED", new String[] {"Disepakati bersama BPD", "Agreed with the BPD"}),
      entry("stage.EVALUATED", new String[] {"Dievaluasi Bupati", "Evaluated by the Bupati"}),
      entry("stage.ENACTED", new String[] {"Ditetapkan", "Enacted"}),
      entry("apbdes.title", new String[] {"Infografis APBDes %s: anggaran dan realisasi", "Budget %s at a glance: planned and realised"}),
      entry("apbdes.outsideTreasury", new String[] {
          "Bagian Dana Desa untuk %s dianggarkan sebagai pendapatan Dana Desa dan pengeluaran pembiayaan 6.2.9; dananya disalurkan dari RKUN ke rekening penampung, tidak masuk kas desa, sehingga realisasinya tidak tercatat di buku ini.",
          "The %s part of Dana Desa is budgeted as Dana Desa revenue and a 6.2.9 financing outflow; its money goes from RKUN to an escrow account, never into the village's cash, so these books record no realisation of it."}),
      entry("apbdes.pendapatan", new String[] {"Pendapatan menurut sumber", "Revenue by source"}),
      entry("apbdes.belanja", new String[] {"Belanja menurut bidang", "Spending by bidang"}),
      entry("apbdes.totalPendapatan", new String[] {"Jumlah pendapatan", "Total revenue"}),
      entry("apbdes.totalBelanja", new String[] {"Jumlah belanja", "Total spending"}),
      entry("apbdes.penerimaanPembiayaan", new String[] {"Penerimaan pembiayaan", "Financing receipt"}),
      entry("apbdes.pengeluaranPembiayaan", new String[] {"Pengeluaran pembiayaan", "Financing expenditure"}),
      entry("apbdes.pembiayaanNeto", new String[] {"Pembiayaan neto", "Net financing"}),
      entry("apbdes.silpaBySource", new String[] {"SiLPA per sumber dana", "SiLPA by fund source"}),
      entry("apbdes.revision", new String[] {"Perubahan APBDes (baris yang berubah)", "Budget revision (changed lines)"}),
      entry("diff.ADDED", new String[] {"Ditambah", "Added"}),
      entry("diff.REMOVED", new String[] {"Dihapus", "Removed"}),
      entry("diff.INCREASED", new String[] {"Naik", "Increased"}),
      entry("diff.DECREASED", new String[] {"Turun", "Decreased"}),
      entry("diff.AMBIGUOUS", new String[] {"Berubah (sub-rincian tak berpasangan)", "Changed (sub-lines not paired)"}),
      entry("col.uraian", new String[] {"Uraian", "Item"}),
      entry("col.kode", new String[] {"Kode", "Code"}),
      entry("col.anggaran", new String[] {"Anggaran", "Budget"}),
      entry("col.realisasi", new String[] {"Realisasi", "Realised"}),
      entry("col.sisa", new String[] {"Sisa", "Remaining"}),
      entry("col.jumlah", new String[] {"Jumlah belanja", "Total spending"}),
      entry("col.perubahan", new String[] {"Perubahan", "Change"}),
      entry("col.sebelum", new String[] {"Sebelum", "Before"}),
      entry("col.sesudah", new String[] {"Sesudah", "After"}),
      entry("col.tanggal", new String[] {"Tanggal", "Date"}),
      entry("col.kegiatan", new String[] {"Kegiatan", "Kegiatan"}),
      entry("col.desa", new String[] {"Desa", "Village"}),
      entry("col.kecamatan", new String[] {"Kecamatan", "Kecamatan"}),
      entry("col.proyek", new String[] {"Kegiatan fisik", "Project"}),
      entry("col.status", new String[] {"Status", "Status"}),
      entry("proyek.intro", new String[] {
          "Kurva S tiap kegiatan: rencana (putus-putus), kemajuan fisik yang dilaporkan dan keuangan (realisasi ÷ pagu). Keuangan di atas fisik berarti dana ditarik mendahului pekerjaan.",
          "Each project's S-curve: planned (dashed), reported physical progress and financial progress (realised ÷ budget). Money above the physical curve means funds drawn ahead of the work."}),
      entry("project.kegiatan", new String[] {"Kegiatan", "Kegiatan"}),
      entry("project.output", new String[] {"Target", "Target"}),
      entry("project.planned", new String[] {"Rencana", "Planned"}),
      entry("project.actual", new String[] {"Fisik", "Physical"}),
      entry("project.deviation", new String[] {"Deviasi", "Deviation"}),
      entry("project.paid", new String[] {"Dibayar", "Paid"}),
      entry("project.escalation", new String[] {"Penanganan kontrak kritis:", "Kontrak kritis handling:"}),
      entry("project.latePenalty", new String[] {"denda keterlambatan", "late penalty"}),
      entry("status.NOT_STARTED", new String[] {"Belum mulai", "Not started"}),
      entry("status.ON_TRACK", new String[] {"Sesuai rencana", "On track"}),
      entry("status.AHEAD", new String[] {"Lebih cepat", "Ahead"}),
      entry("status.BEHIND", new String[] {"Terlambat", "Behind"}),
      entry("status.CRITICAL", new String[] {"Kritis", "Critical"}),
      entry("status.COMPLETED", new String[] {"Selesai", "Completed"}),
      entry("curve.title", new String[] {"Kurva S", "S-curve"}),
      entry("curve.planned", new String[] {"Rencana", "Planned"}),
      entry("curve.plannedAddendum", new String[] {"Rencana adendum", "Planned, addendum"}),
      entry("project.addendum", new String[] {"Adendum (CCO):", "Addendum (CCO):"}),
      entry("curve.physical", new String[] {"Fisik", "Physical"}),
      entry("curve.financial", new String[] {"Keuangan", "Financial"}),
      entry("ev.figure", new String[] {"Ukuran", "Figure"}),
      entry("ev.value", new String[] {"Nilai", "Value"}),
      entry("ev.meaning", new String[] {"Arti", "Meaning"}),
      entry("ev.pv", new String[] {"Nilai rencana: pagu × % rencana", "Planned value: budget × planned %"}),
      entry("ev.ev", new String[] {"Nilai hasil: pagu × % fisik", "Earned value: budget × physical %"}),
      entry("ev.ac", new String[] {"Biaya nyata: yang sudah dibayar (buku desa)", "Actual cost: paid so far (village books)"}),
      entry("ev.svcv", new String[] {"Selisih jadwal EV−PV / selisih biaya EV−AC", "Schedule variance EV−PV / cost variance EV−AC"}),
      entry("ev.spi", new String[] {"Indeks kinerja jadwal EV÷PV (<1 terlambat)", "Schedule performance EV÷PV (<1 late)"}),
      entry("ev.cpi", new String[] {"Indeks kinerja biaya EV÷AC (<1 boros atau dibayar di muka)", "Cost performance EV÷AC (<1 over cost or paid ahead)"}),
      entry("ev.eac", new String[] {"Perkiraan biaya akhir: pagu ÷ CPI", "Estimate at completion: budget ÷ CPI"}),
      entry("ev.eacCpiSpi", new String[] {"Perkiraan biaya akhir bila kinerja biaya dan jadwal berlanjut", "Estimate at completion if cost and schedule performance persist"}),
      entry("ev.vac", new String[] {"Selisih pada akhir: pagu − perkiraan", "Variance at completion: budget − estimate"}),
      entry("ev.spit", new String[] {"Indeks jadwal menurut earned schedule", "Earned-schedule performance index"}),
      entry("ev.forecast", new String[] {"Perkiraan selesai", "Forecast finish"}),
      entry("ev.forecastMeaning", new String[] {"Menurut earned schedule: durasi rencana ÷ SPI(t)", "By earned schedule: planned duration ÷ SPI(t)"}),
      entry("ev.completedOn", new String[] {"Tanggal laporan 100%", "Date of the 100% report"}),
      entry("flags.title", new String[] {"Tanda bahaya", "Red flags"}),
      entry("flags.none", new String[] {"Tidak ada tanda bahaya.", "No red flag."}),
      entry("dd.received", new String[] {"Dana Desa diterima", "Dana Desa received"}),
      entry("dd.realised", new String[] {"Dana Desa terserap", "Dana Desa spent"}),
      entry("dd.absorption", new String[] {"Penyerapan", "Absorption"}),
      entry("dd.output", new String[] {"Capaian keluaran", "Output achieved"}),
      entry("dd.byTranche", new String[] {"Diterima per tahap", "Received by tranche"}),
      entry("dd.tahap", new String[] {"tahap %s", "tranche %s"}),
      entry("dd.gates", new String[] {
          "Syarat tahap II: penyerapan paling sedikit %s dan capaian keluaran paling sedikit %s (%s).",
          "Tranche II needs absorption of at least %s and output of at least %s (%s)."}),
      entry("dd.verdict", new String[] {"Hasil pemeriksaan syarat", "Verdict of the gates"}),
      entry("dd.eligible", new String[] {"Memenuhi syarat", "Eligible"}),
      entry("dd.refused", new String[] {"Ditolak", "Refused"}),
      entry("tax.withheld", new String[] {"Dipungut", "Withheld"}),
      entry("tax.deposited", new String[] {"Disetor", "Deposited"}),
      entry("tax.owed", new String[] {"Terutang", "Owed"}),
      entry("tax.overdue", new String[] {"Lewat jatuh tempo", "Overdue"}),
      entry("tax.type", new String[] {"Jenis pajak", "Tax"}),
      entry("tax.periodTitle", new String[] {"Buku pembantu pajak per masa (SPP dengan rincian)", "Tax book per tax period (SPP with lines)"}),
      entry("tax.period", new String[] {"Jenis dan masa pajak", "Tax and period"}),
      entry("tax.due", new String[] {"Jatuh tempo", "Due"}),
      entry("tax.note", new String[] {
          "%s pemotongan tercatat di buku pembantu pajak; %s setoran lewat tanggal 15 bulan berikutnya (PMK 81/2024).",
          "%s withholdings in the tax book; %s deposits after the 15th of the next month (PMK 81/2024)."}),
      entry("nav.kas-bank", new String[] {"Kas tunai dan bank", "Cash on hand and bank"}),
      entry("cash.bank", new String[] {"Saldo rekening kas desa (bank)", "Village account (bank)"}),
      entry("cash.onHand", new String[] {"Kas tunai di bendahara", "Cash on hand"}),
      entry("cash.bku", new String[] {"Saldo BKU", "BKU balance"}),
      entry("cash.moves", new String[] {"Mutasi kas", "Cash transfers"}),
      entry("cash.fund", new String[] {"Sumber dana", "Fund source"}),
      entry("cash.bookTitle", new String[] {"Buku kas tunai", "Cash book"}),
      entry("cash.date", new String[] {"Tanggal", "Date"}),
      entry("cash.what", new String[] {"Uraian", "Description"}),
      entry("cash.in", new String[] {"Masuk", "In"}),
      entry("cash.out", new String[] {"Keluar", "Out"}),
      entry("cash.balance", new String[] {"Saldo", "Balance"}),
      entry("cash.note", new String[] {
          "BKU = buku pembantu bank + buku kas tunai, per sumber dana (Permendagri 20/2018 Pasal 63). Batas kas tunai ditetapkan Peraturan Bupati/Wali Kota (Pasal 44 ayat 5): %s.",
          "BKU = bank book + cash book, per fund source (Permendagri 20/2018 Pasal 63). The cash-on-hand ceiling is set by the Bupati/Walikota's regulation (Pasal 44(5)): %s."}),
      entry("cash.noCeiling", new String[] {"tidak diatur dalam paket kebijakan ini", "not set in this policy pack"}),
      entry("panjar.count", new String[] {"Panjar diberikan", "Advances paid"}),
      entry("panjar.outstanding", new String[] {"Belum di-SPJ-kan", "Not yet accounted for"}),
      entry("panjar.overdueNow", new String[] {"Lewat batas sekarang", "Overdue now"}),
      entry("panjar.late", new String[] {"Panjar yang terlambat SPJ", "Advances accounted for late"}),
      entry("panjar.lateTitle", new String[] {"Panjar yang melewati 10 hari kerja", "Advances past 10 working days"}),
      entry("panjar.advance", new String[] {"Panjar", "Advance"}),
      entry("panjar.paidOn", new String[] {"Dibayar", "Paid"}),
      entry("panjar.due", new String[] {"Batas SPJ", "Due"}),
      entry("panjar.settledOn", new String[] {"SPJ", "Accounted for"}),
      entry("panjar.spent", new String[] {"Dibelanjakan", "Spent"}),
      entry("panjar.notYet", new String[] {"belum", "not yet"}),
      entry("panjar.spjTitle", new String[] {"Panjar dengan SPJ bertahap (SPJ parsial, sisa dikembalikan pada SPJ akhir)",
          "Advances accounted for in stages (partial SPJ, the rest returned with the final SPJ)"}),
      entry("panjar.spjStage", new String[] {"Tahap SPJ", "SPJ stage"}),
      entry("panjar.spjPartial", new String[] {"SPJ parsial", "partial SPJ"}),
      entry("panjar.spjFinal", new String[] {"SPJ akhir", "final SPJ"}),
      entry("panjar.spjDate", new String[] {"Tanggal SPJ", "SPJ date"}),
      entry("panjar.receipts", new String[] {"Bukti", "Receipts"}),
      entry("panjar.returned", new String[] {"Dikembalikan", "Returned"}),
      entry("temuan.intro", new String[] {
          "Penyimpangan yang sengaja ditanam dalam simulasi, dan bagaimana sistem menangkapnya: ditolak saat diajukan, atau ditandai oleh pemantauan.",
          "The misconduct planted in the simulation, and how the system caught it: rejected when attempted, or flagged by monitoring."}),
      entry("temuan.none", new String[] {
          "Tidak ada daftar penyimpangan yang ditanam untuk data ini; tanda bahaya dan buku di atas dihitung langsung dari data.",
          "No list of planted misconduct for these data; the red flags and books above are computed from the data themselves."}),
      entry("misconduct.SPENDING_AHEAD", new String[] {"Dana ditarik mendahului pekerjaan", "Funds drawn ahead of the work"}),
      entry("misconduct.PHOTO_REUSED", new String[] {"Foto dipakai ulang untuk kegiatan lain", "A photo reused for another project"}),
      entry("misconduct.PHOTO_OFF_SITE", new String[] {"Foto diambil di luar lokasi", "A photo taken off site"}),
      entry("misconduct.PANJAR_OVERDUE", new String[] {"Panjar terlambat dipertanggungjawabkan", "An advance accounted for late"}),
      entry("misconduct.SELF_APPROVAL", new String[] {"SPP disetujui oleh pengajunya sendiri", "A payment request approved by its own submitter"}),
      entry("misconduct.OVERSPENDING", new String[] {"SPP melebihi sisa anggaran", "A payment request beyond the remaining budget"}),
      entry("misconduct.TRANCHE_EARLY", new String[] {"Tahap II diajukan sebelum syarat terpenuhi", "Tranche II requested before its gates are met"}),
      entry("action.rejected", new String[] {"ditolak", "rejected"}),
      entry("action.flagged", new String[] {"ditandai", "flagged"}),
      entry("action.refused", new String[] {"tidak disalurkan", "refused"}),
      entry("action.overdue", new String[] {"terlambat", "overdue"}),
      entry("ekspor.intro", new String[] {
          "Data yang sama untuk diolah sendiri: CSV untuk lembar kerja (UTF-8; dibuat untuk lembar kerja berbahasa Indonesia: pemisah titik koma, koma desimal, kecuali dibuat dengan --csv plain), JSON untuk aplikasi.",
          "The same data to work with: CSV for spreadsheets (UTF-8; made for a spreadsheet set to Indonesian: semicolon separator, decimal comma, unless written with --csv plain), JSON for programs."}),
      entry("district.heading", new String[] {"Pemantauan Kegiatan Fisik %s", "Project monitoring, %s"}),
      entry("district.subheading", new String[] {"%s desa · %s kegiatan fisik · keadaan per %s", "%s villages · %s projects · as of %s"}),
      entry("district.villages", new String[] {"Peringkat desa", "Villages by risk"}),
      entry("district.projects", new String[] {"Kegiatan fisik", "Projects"}),
      entry("district.risk", new String[] {"Skor risiko", "Risk score"}),
      entry("district.highest", new String[] {"Risiko tertinggi", "Highest project risk"}),
      entry("district.highRisk", new String[] {"Kegiatan berisiko kritis", "Projects at critical risk"}),
      entry("district.statuses", new String[] {"Status kegiatan", "Project statuses"}),
      entry("district.riskChart", new String[] {"Skor risiko per desa", "Risk score per village"}),
      entry("district.riskNote", new String[] {
          "Skor risiko: untuk tiap jenis tanda bahaya, bobot yang terberat (rendah 1, sedang 3, tinggi 9, kritis 27); skor desa = jumlah skor kegiatannya.",
          "Risk score: for each kind of red flag, the weight of its gravest (low 1, medium 3, high 9, critical 27); a village scores the sum of its projects."}),
      entry("district.projectsNote", new String[] {
          "Semua kegiatan fisik kabupaten, yang paling berisiko di atas. Foto dibandingkan antar-desa: foto yang sama di dua kegiatan ditandai.",
          "Every project of the district, riskiest first. Photos are compared across villages: the same photo in two projects is flagged."}),
      entry("district.footer", new String[] {
          "Dibuat oleh smartkampung. Berkas mandiri: tanpa skrip, tanpa sumber dari luar.",
          "Made by smartkampung. A self-contained file: no script, nothing fetched from elsewhere. Reference names (kegiatan, projects, places) are the official Indonesian names and stay in Indonesian."}),
      // console
      entry("console.title", new String[] {"smartkampung · simulasi APBDes %s Desa %s (benih %s)", "smartkampung · budget year %s of Desa %s (seed %s)"}),
      entry("console.week", new String[] {"minggu", "week"}),
      entry("console.caught", new String[] {"Penyimpangan tertangkap (%s dari %s):", "Misconduct caught (%s of %s):"}),
      entry("console.books", new String[] {
          "Buku: %s operasi, %s ditolak; belanja %s dari %s (%s); SiLPA %s; pemeriksaan ulang: %s.",
          "Books: %s operations, %s rejected; spent %s of %s (%s); SiLPA %s; recheck: %s."}),
      entry("console.clean", new String[] {"bersih", "clean"}),
      entry("console.district", new String[] {"Kabupaten: %s desa, %s kegiatan fisik; paling berisiko: %s (skor %s).",
          "District: %s villages, %s projects; riskiest: %s (score %s)."}),
      entry("console.files", new String[] {"Berkas ditulis ke %s:", "Files written to %s:"}),
      entry("console.open", new String[] {"Buka %s di peramban.", "Open %s in a browser."}),
      entry("console.journal", new String[] {
          "Jurnal: %s (%s entri, berantai hash, tiap operasi ditandatangani perangkat yang bertindak)",
          "Journal: %s (%s entries, hash-chained, every operation signed by the acting official)"}),
      entry("console.provisional", new String[] {
          "Catatan: paket kebijakan %s bersifat sementara (provisional): %s",
          "Note: the %s policy pack is provisional: %s"}),
      entry("console.outsideTreasury", new String[] {
          "Catatan: bagian Dana Desa %s dicatat sebagai pendapatan dan pengeluaran pembiayaan 6.2.9; uangnya ke rekening penampung, tidak ke kas desa: tahap yang diterima kas hanya bagian reguler.",
          "Note: the %s part of Dana Desa is budgeted as revenue and a 6.2.9 financing outflow; its money goes to escrow, not to the village's cash: the tahap received into cash are the regular part only."}),
      entry("console.journalReplaced", new String[] {
          "  menggantikan jurnal dari simulasi sebelumnya di berkas yang sama.",
          "  replacing the journal of an earlier run in the same file."}),
      entry("console.anchor", new String[] {"Jangkar jurnal (umumkan bersama laporan): %s", "Journal anchor (publish it with the report): %s"}),
      entry("console.auditHint", new String[] {"Periksa jurnal: %s", "Audit the journal: %s"}),
      // audit
      entry("audit.what", new String[] {"%s: Desa %s, tahun anggaran %s, %s entri, entri terakhir %s", "%s: Desa %s, fiscal year %s, %s entries, last entry %s"}),
      entry("audit.tornTail", new String[] {
          "  Baris terakhir terpotong (%s byte, tulisan yang terputus dan tidak pernah diakui): diabaikan; berkas tidak diubah.",
          "  The last line is torn (%s bytes, an interrupted write never acknowledged): left out; the file was not changed."}),
      entry("audit.anchorOk", new String[] {"  Cocok dengan jangkar %s.", "  Matches the anchor %s."}),
      entry("audit.clean", new String[] {
          "Bersih: rantai hash utuh, setiap tanda tangan sah, dan setiap jaminan (I1–I11) terpenuhi saat dihitung ulang dari awal.",
          "Clean: the hash chain is intact, every signature verifies, and every guarantee (I1–I11) holds when recomputed from scratch."}),
      entry("audit.violations", new String[] {"%s pelanggaran:", "%s violation(s):"}),
      entry("audit.warnings", new String[] {"%s catatan (bukan pelanggaran):", "%s warning(s) (not violations):"}),
      entry("audit.entry", new String[] {"entri", "entry"}),
      entry("audit.at", new String[] {"di", "at"}),
      entry("audit.keys", new String[] {"  Kunci publik terdaftar: %s perangkat.", "  Public keys registered: %s officials."}),
      entry("audit.refusals", new String[] {"  Percobaan yang ditolak dan dicatat di jurnal: %s", "  Refused attempts kept in the journal: %s"}),
      entry("audit.refusal", new String[] {"    entri %s: %s %s oleh %s, ditolak karena %s", "    entry %s: %s %s by %s, refused for %s"}),
      entry("audit.unattributed", new String[] {
          " (tanda tangannya tidak sah: tidak dapat dikaitkan dengan orang yang disebut)",
          " (its signature does not hold: not attributable to the official it names)"}),
      // report
      entry("report.from", new String[] {"Laporan dari jurnal %s: Desa %s, tahun anggaran %s, %s entri, jangkar %s", "Report from the journal %s: Desa %s, fiscal year %s, %s entries, anchor %s"}),
      entry("report.verified", new String[] {
          "  Rantai hash dan setiap tanda tangan diperiksa; setiap operasi diterima ulang oleh buku. Jurnal hanya dibaca, tidak diubah.",
          "  Hash chain and every signature verified; every operation accepted again by the ledger. The journal was only read, never changed."}),
      entry("report.monitoring", new String[] {"  Data pemantauan: %s kegiatan fisik dari %s", "  Monitoring data: %s projects from %s"}),
      entry("report.refusals", new String[] {"  Percobaan yang ditolak dan dicatat di jurnal: %s", "  Refused attempts kept in the journal: %s"}),
      entry("report.district", new String[] {"  Kabupaten: %s desa, %s kegiatan fisik; temuan: %s", "  District: %s villages, %s projects; misconduct caught: %s"}),
      entry("report.noMonitoring", new String[] {
          "  Tidak ada data pemantauan di %s: dasbor hanya memuat pembukuan.",
          "  No monitoring data in %s: the dashboard shows the books only."}),
      // import / export (Siskeudes)
      entry("import.read", new String[] {
          "Ekspor Siskeudes %s: Desa %s (%s), tahun anggaran %s, %s operasi", "Siskeudes export %s: Desa %s (%s), fiscal year %s, %s operations"}),
      entry("import.refused", new String[] {
          "Ekspor ditolak, tidak ada yang ditulis: %s masalah (tabel, baris, kolom, aturan):", "Export refused, nothing written: %s problem(s) (table, row, column, rule):"}),
      entry("import.notices", new String[] {"%s catatan (tidak diimpor):", "%s notice(s) (not imported):"}),
      entry("import.journal", new String[] {"Jurnal ditulis (satu batch, satu fsync): %s, jangkar %s", "Journal written (one batch, one fsync): %s, anchor %s"}),
      entry("export.written", new String[] {
          "Ekspor Siskeudes ditulis: %s (Desa %s, tahun anggaran %s, %s tabel)", "Siskeudes export written: %s (Desa %s, fiscal year %s, %s tables)"}));

  private final Language lang;
  private final Catalogue catalogue;

  private Messages(Language lang) {
    this.lang = lang;
    this.catalogue = FlagTexts.catalogue(lang);
  }

  /**
   * The library's catalogue in the same language: findings, rules, red flags, evidence labels and
   * values (core's {@code messages_*.properties} with monitoring's {@code flags_*.properties}).
   */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** The catalogue in a language. */
  public static Messages of(Language lang) {
    return new Messages(java.util.Objects.requireNonNull(lang, "lang"));
  }

  /** The language. */
  public Language lang() {
    return lang;
  }

  /**
   * The text of a key.
   *
   * @throws IllegalArgumentException if the key is not in the catalogue
   */
  public String t(String key) {
    String[] texts = CATALOGUE.get(key);
    if (texts == null) {
      throw new IllegalArgumentException("no message '" + key + "' in the catalogue");
    }
    return texts[lang == Language.ID ? 0 : 1];
  }

  /** The text of a key with its {@code %s} placeholders filled. */
  public String f(String key, Object... args) {
    return String.format(Locale.ROOT, t(key), args);
  }

  /** All keys (for tests). */
  static java.util.Set<String> keys() {
    return CATALOGUE.keySet();
  }
}
