package id.smartkampung.demo.audit;

import static java.util.stream.Collectors.groupingBy;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.audit.LedgerHistory;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetJson;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Operation.*;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.testkit.LedgerArbitraries;
import id.smartkampung.core.testkit.LedgerHistoryContract;
import id.smartkampung.core.testkit.VillageOfficials;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Audits the 2025 budget execution of Desa Sumberagung, Kecamatan Pesanggaran, Banyuwangi. */
class SumberagungHistoryProperties implements LedgerHistoryContract {
  static final Official KADES = Official.of("3510012003-kd", "Hadi Purnomo", Role.KEPALA_DESA);
  static final Official SEKDES = Official.of("3510012003-sd", "Endang Susilowati", Role.SEKRETARIS_DESA);
  static final Official BENDAHARA = Official.of("3510012003-kk", "Sri Wahyuni", Role.KAUR_KEUANGAN);
  static final Official KASI_PEMBANGUNAN = Official.of("3510012003-pka1", "Heru Santoso", Role.PELAKSANA_KEGIATAN);
  static final Official KAUR_UMUM = Official.of("3510012003-pka2", "Nanik Rahayu", Role.PELAKSANA_KEGIATAN);

  static final BudgetItemKey JALAN =
      BudgetItemKey.of(KegiatanCode.parse("02.03.10"), AccountCode.parse("5.3.5.01"), FundSource.DDS);
  static final BudgetItemKey ATK =
      BudgetItemKey.of(KegiatanCode.parse("01.01.04"), AccountCode.parse("5.2.1.01"), FundSource.ADD);

  @Override
  public LedgerHistory history() {
    // the enacted APBDes (here the library's example; in an audit: BudgetJson.read(Path.of("apbdes.json")))
    Apbdes apbdes = BudgetJson.example();
    // Kasi Pembangunan carries out bidang 02 (pembangunan), Kaur Umum everything else
    VillageOfficials officials = VillageOfficials.of(KADES, SEKDES, BENDAHARA,
        apbdes.items().keySet().stream().map(BudgetItemKey::kegiatan).distinct()
            .collect(groupingBy(k -> k.bidang() == 2 ? KASI_PEMBANGUNAN : KAUR_UMUM)));
    LedgerHistory enacted = LedgerArbitraries.history(apbdes, officials, ApbdesLifecycle.Stage.ENACTED);
    return enacted.followedBy(List.<Operation>of(
        new ReceiveRevenue(id("bku-001"), BENDAHARA, on("2025-01-13"), AccountCode.parse("4.2.1.01"), FundSource.DDS,
            Idr.of(404_938_000L), 1, "RK Bank Jatim 13/01/2025"),
        new ReceiveRevenue(id("bku-002"), BENDAHARA, on("2025-01-20"), AccountCode.parse("4.2.3.01"), FundSource.ADD,
            Idr.of(151_205_000L), null, "RK Bank Jatim 20/01/2025"),
        new SubmitSpp(id("spp-001"), KASI_PEMBANGUNAN, on("2025-02-03"), SppType.LS, JALAN, Idr.of(175_000_000L),
            "CV Karya Beton Mandiri", "Rabat beton Dusun Sumberejo tahap I"),
        new VerifySpp(id("ver-001"), SEKDES, on("2025-02-04"), id("spp-001")),
        new ApproveSpp(id("apv-001"), KADES, on("2025-02-05"), id("spp-001")),
        new PaySpp(id("pay-001"), BENDAHARA, on("2025-02-06"), id("spp-001"),
            ImmutableSortedSet.of(TaxType.PPH_22, TaxType.PPN), "transfer Bank Jatim"),
        new DepositTax(id("pjk-001"), BENDAHARA, on("2025-03-10"), id("spp-001"), TaxType.PPH_22, Idr.of(2_625_000L), "NTPN 0A1B2C3D4E5F6G7H"),
        new DepositTax(id("pjk-002"), BENDAHARA, on("2025-03-10"), id("spp-001"), TaxType.PPN, Idr.of(19_250_000L), "NTPN 1B2C3D4E5F6G7H8I"),
        new SubmitSpp(id("spp-002"), KAUR_UMUM, on("2025-03-17"), SppType.UM, ATK, Idr.of(3_000_000L),
            "Nanik Rahayu", "Panjar ATK kantor desa triwulan I"),
        new VerifySpp(id("ver-002"), SEKDES, on("2025-03-18"), id("spp-002")),
        new ApproveSpp(id("apv-002"), KADES, on("2025-03-18"), id("spp-002")),
        new PaySpp(id("pay-002"), BENDAHARA, on("2025-03-19"), id("spp-002"), ImmutableSortedSet.of(), "tunai"),
        new SettlePanjar(id("spj-002"), KAUR_UMUM, on("2025-03-26"), id("spp-002"), Idr.of(2_750_000L), "SPJ: 14 kuitansi")));
  }

  static OperationId id(String id) {
    return OperationId.of(id);
  }

  /** 09:00 WIB on the date. */
  static Instant on(String date) {
    return LocalDate.parse(date).atTime(LocalTime.of(9, 0)).atZone(Operation.ZONE).toInstant();
  }
}
