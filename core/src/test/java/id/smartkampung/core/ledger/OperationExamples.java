package id.smartkampung.core.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.CancelSpp;
import id.smartkampung.core.ledger.Operation.CloseYear;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.DraftRevision;
import id.smartkampung.core.ledger.Operation.EnactBudget;
import id.smartkampung.core.ledger.Operation.EvaluateBudget;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.Operation.RejectSpp;
import id.smartkampung.core.ledger.Operation.ReversePayment;
import id.smartkampung.core.ledger.Operation.ReverseReceipt;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.SubmitFinancingSpp;
import id.smartkampung.core.tax.Levy;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.tax.TaxId;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.time.Instant;

/**
 * One operation of every record type, with every optional field present, in the order the records
 * are declared: the fixed examples of the journal-bytes golden test ({@link OperationKindTest}).
 * Written against the constructors only, so the same examples gave the golden bytes on the code
 * before {@link OperationKind} existed.
 */
final class OperationExamples {
  private OperationExamples() {}

  static final Instant AT = Instant.parse("2025-03-03T02:00:00Z");
  static final Official PLH = Official.of("pka-9", "Plh. Kasi", Role.PELAKSANA_KEGIATAN);

  /** A PKP shop with an NPWP and a non-employee with an NIK: the payees of the lined example. */
  static final Payee TOKO = Payee.supplier("toko-1", "Toko Bangunan Sumber Jaya", TaxId.npwp("01.234.567.8-901.000"), true);
  static final Payee PERANGKAT = Payee.nonEmployee("kasi-1", "Pak RT 01", TaxId.nik("3510161234560001"));

  static ImmutableList<Operation> all() {
    OperationId spp = OperationId.of("spp-1");
    return ImmutableList.of(
        new RegisterOfficial(OperationId.of("r-1"), LedgerFixture.KD, AT, PLH, ImmutableSortedSet.of(KegiatanCode.parse("02.03.10")),
            "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE="),
        new DraftBudget(OperationId.of("b-1"), LedgerFixture.SEKDES, AT, LedgerFixture.budget(), "RAPBDes 2025"),
        new AgreeBudget(OperationId.of("b-2"), LedgerFixture.KD, AT, "BA BPD 07/2024"),
        new EvaluateBudget(OperationId.of("b-3"), LedgerFixture.EVALUATOR, AT, "Evaluasi 140/2024"),
        new EnactBudget(OperationId.of("b-4"), LedgerFixture.KD, AT, "Perdes 5/2024"),
        new DraftRevision(OperationId.of("b-5"), LedgerFixture.SEKDES, AT, LedgerFixture.budget(), "RAPBDes-P 2025"),
        new ReceiveRevenue(OperationId.of("k-1"), LedgerFixture.KAUR, AT, LedgerFixture.DANA_DESA, FundSource.DDS, LedgerFixture.rp(404_938_000L),
            1, "Tahap I"),
        new SubmitSpp(spp, LedgerFixture.PKA_PU, AT, SppType.UM, LedgerFixture.JALAN, LedgerFixture.rp(1_500_000L), "CV Karya Desa", "semen, \"batu\" & pasir"),
        new VerifySpp(OperationId.of("v-1"), LedgerFixture.SEKDES, AT, spp),
        new ApproveSpp(OperationId.of("a-1"), LedgerFixture.KD, AT, spp),
        new RejectSpp(OperationId.of("x-1"), LedgerFixture.SEKDES, AT, spp, "bukti belum lengkap"),
        new CancelSpp(OperationId.of("c-1"), LedgerFixture.PKA_PU, AT, spp, "kegiatan ditunda"),
        new PaySpp(OperationId.of("p-1"), LedgerFixture.KAUR, AT, spp, ImmutableSortedSet.of(TaxType.PPN, TaxType.PPH_22), "trf 0311"),
        new SettlePanjar(OperationId.of("s-1"), LedgerFixture.PKA_PU, AT, spp, LedgerFixture.rp(1_200_000L), "kuitansi 1-7"),
        new DepositTax(OperationId.of("d-1"), LedgerFixture.KAUR, AT, spp, TaxType.PPN, LedgerFixture.rp(148_648L), "NTPN 0123456789ABCDEF"),
        new ReverseReceipt(OperationId.of("rr-1"), LedgerFixture.KAUR, AT, OperationId.of("k-1"), "salah rekening"),
        new ReversePayment(OperationId.of("rp-1"), LedgerFixture.KAUR, AT, spp, "transfer gagal"),
        new CloseYear(OperationId.of("y-1"), LedgerFixture.KAUR, Instant.parse("2025-12-31T09:00:00Z")),
        new SubmitFinancingSpp(OperationId.of("f-1"), LedgerFixture.PKA_PU, AT, LedgerFixture.BUMDES, LedgerFixture.rp(150_000_000L), "BUMDes Sumber Rejeki", "penyertaan modal ketahanan pangan"),
        new Operation.CloseMonth(OperationId.of("m-1"), LedgerFixture.KAUR, Instant.parse("2025-04-01T02:00:00Z"), java.time.YearMonth.of(2025, 3), LedgerFixture.rp(0L), "BA pemeriksaan kas Maret"),
        new Operation.SubmitLinedSpp(OperationId.of("spp-L1"), LedgerFixture.PKA_PU, AT,
            ImmutableList.of(TOKO, PERANGKAT),
            ImmutableList.of(
                new Operation.SubmitLinedSpp.Line(LedgerFixture.JALAN, "toko-1", PurchaseKind.GOODS, LedgerFixture.rp(8_500_000L)),
                new Operation.SubmitLinedSpp.Line(LedgerFixture.DRAINASE, "kasi-1", PurchaseKind.HONORARIUM, LedgerFixture.rp(750_000L))),
            "material jalan dan drainase"),
        new Operation.DepositTaxPeriod(OperationId.of("dp-1"), LedgerFixture.KAUR, AT, Levy.PPN, java.time.YearMonth.of(2025, 2), LedgerFixture.rp(842_342L),
            "123456789012345", "0123456789ABCDEF"),
        new Operation.ReturnBudget(OperationId.of("b-6"), LedgerFixture.EVALUATOR, AT, "Keputusan Bupati 188/45/2024: tidak sesuai"),
        new Operation.CorrectBudget(OperationId.of("b-7"), LedgerFixture.KD, AT, LedgerFixture.budget(), "BA penyempurnaan 09/2024"),
        new Operation.EnactDeemedBudget(OperationId.of("b-8"), LedgerFixture.KD, AT, java.time.LocalDate.of(2024, 10, 4), "Perdes 5/2024"),
        new Operation.ShiftBudget(OperationId.of("b-9"), LedgerFixture.KD, AT, LedgerFixture.budget(), "Perkades 3/2025 perubahan penjabaran"),
        new Operation.AddLateGrant(OperationId.of("b-10"), LedgerFixture.KD, AT, LedgerFixture.budget(), "Perkades 8/2025 bantuan keuangan kabupaten"),
        new Operation.SpendEmergency(OperationId.of("b-11"), LedgerFixture.KD, AT, LedgerFixture.budget(), "Perkades 1/2025 tanggap darurat"),
        new Operation.CancelBudget(OperationId.of("b-12"), LedgerFixture.EVALUATOR, AT, "Keputusan Bupati 188/71/2025 pembatalan Perdes APB Desa"),
        new Operation.RecordKdmpChannelling(OperationId.of("kdmp-1"), LedgerFixture.KAUR, AT, "KDMP", LedgerFixture.DANA_DESA,
            id.smartkampung.core.budget.FinancingItemKey.of(id.smartkampung.core.code.AccountCode.parse("6.2.9.01"), FundSource.DDS), LedgerFixture.rp(580_300_000L),
            "Rekomendasi KPA BUN / SP2D RKUN ke rekening penampung KDMP"),
        new Operation.MoveCash(OperationId.of("mk-1"), LedgerFixture.KAUR, AT, FundSource.ADD, CashPlace.CASH, LedgerFixture.rp(2_500_000L), "cek 0412 penarikan tunai"),
        new Operation.ChangeBltList(OperationId.of("kpm-1"), LedgerFixture.KD, AT, ImmutableSortedSet.of("KPM-001", "KPM-002"), ImmutableSortedSet.of("KPM-000"),
            "Perkades 4/2025 penetapan KPM BLT Desa"),
        new Operation.SubmitBltSpp(OperationId.of("blt-1"), LedgerFixture.PKA_PU, AT, LedgerFixture.key("05.03.01", "5.4.1.01", "DDS"), LedgerFixture.rp(300_000L),
            ImmutableList.of(
                new Operation.SubmitBltSpp.KpmMonth("KPM-001", java.time.YearMonth.of(2025, 1)),
                new Operation.SubmitBltSpp.KpmMonth("KPM-001", java.time.YearMonth.of(2025, 2)),
                new Operation.SubmitBltSpp.KpmMonth("KPM-002", java.time.YearMonth.of(2025, 1))),
            "BLT Desa Januari-Februari"),
        new Operation.AccountPanjar(OperationId.of("spj-1"), LedgerFixture.PKA_PU, AT, spp, Operation.AccountPanjar.Stage.PARTIAL, ImmutableList.of(TOKO),
            ImmutableList.of(new Operation.AccountPanjar.Receipt("toko-1", PurchaseKind.GOODS, LedgerFixture.rp(2_500_000L), "nota 17")), "SPJ panjar 1"),
        new Operation.OpenYear(OperationId.of("o-1"), LedgerFixture.KAUR, AT, 2024,
            com.google.common.collect.ImmutableSortedMap.of(FundSource.ADD, LedgerFixture.rp(12_500_000L), FundSource.DDS, LedgerFixture.rp(84_300_000L)),
            ImmutableList.of(new Operation.OpenYear.Carried(LedgerFixture.JALAN, LedgerFixture.rp(60_000_000L))), "Perdes 2/2025 pertanggungjawaban APBDes 2024"),
        new Operation.RecordBankInterest(OperationId.of("bunga-1"), LedgerFixture.KAUR, AT, id.smartkampung.core.code.AccountCode.parse("4.3.6.01"), FundSource.DLL,
            LedgerFixture.rp(250_000L), LedgerFixture.rp(50_000L), LedgerFixture.key("01.01.04", "5.2.1.01", "DLL"), "rekening koran Januari 2025"),
        new Operation.RecordBankFee(OperationId.of("adm-1"), LedgerFixture.KAUR, AT, LedgerFixture.key("01.01.04", "5.2.1.01", "PAD"), LedgerFixture.rp(12_500L),
            "rekening koran Januari 2025 biaya administrasi"));
  }
}
