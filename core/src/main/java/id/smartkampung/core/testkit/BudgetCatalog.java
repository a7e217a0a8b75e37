package id.smartkampung.core.testkit;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.code.ReferenceData;
import id.smartkampung.core.policy.PolicyPack;
import java.util.List;
import java.util.function.Predicate;

/**
 * What villages typically budget — <i>rincian belanja yang lazim</i>: kegiatan, rincian account and
 * description, drawn from published Banyuwangi APBDes. Used by the generators; not API.
 */
final class BudgetCatalog {
  /** One typical spending item. */
  record Item(KegiatanCode kegiatan, AccountCode account, String description) {}

  static final ReferenceData REF = ReferenceData.standard();

  static final ImmutableList<Item> ITEMS =
      ImmutableList.of(
          item("01.01.04", "5.2.1.01", "Belanja ATK kantor desa"),
          item("01.01.04", "5.2.5.01", "Listrik, air dan internet kantor desa"),
          item("01.01.06", "5.2.5.01", "Operasional BPD: rapat dan makan minum"),
          item("01.01.07", "5.2.2.01", "Insentif ketua RT/RW"),
          item("01.02.01", "5.3.2.01", "Pengadaan komputer dan printer kantor desa"),
          item("01.02.02", "5.2.6.01", "Pemeliharaan gedung kantor desa"),
          item("01.03.01", "5.2.1.01", "ATK pelayanan administrasi kependudukan"),
          item("01.04.01", "5.2.5.01", "Makan minum Musdes pembahasan APBDes"),
          item("01.04.02", "5.2.2.01", "Honor tim penyusun RKPDes"),
          item("01.04.03", "5.2.2.01", "Honor operator Siskeudes"),
          item("02.01.01", "5.2.2.01", "Honor guru PAUD"),
          item("02.01.01", "5.2.7.01", "Alat permainan edukatif PAUD"),
          item("02.02.02", "5.2.7.01", "Pemberian makanan tambahan balita"),
          item("02.02.02", "5.2.2.01", "Insentif kader posyandu"),
          item("02.02.04", "5.2.7.01", "Pencegahan stunting: rumah desa sehat"),
          item("02.02.07", "5.3.4.01", "Rehabilitasi gedung posyandu"),
          item("02.03.01", "5.2.6.01", "Pemeliharaan jalan desa"),
          item("02.03.10", "5.3.5.01", "Jalan rabat beton Dusun Krajan"),
          item("02.03.10", "5.3.5.01", "Jalan paving Dusun Sumberejo"),
          item("02.03.10", "5.2.2.01", "Honor tim pelaksana kegiatan jalan"),
          item("02.03.13", "5.3.6.01", "Rehabilitasi jembatan desa"),
          item("02.03.15", "5.3.7.01", "Saluran drainase Dusun Krajan"),
          item("02.03.15", "5.3.7.01", "Gorong-gorong jalan desa"),
          item("02.04.02", "5.2.6.01", "Pemeliharaan sumber air bersih"),
          item("02.06.01", "5.2.5.01", "Website desa dan papan informasi APBDes"),
          item("03.01.01", "5.2.2.01", "Honor Linmas"),
          item("03.02.01", "5.2.7.01", "Pembinaan kesenian Gandrung dan Barong Osing"),
          item("03.04.03", "5.2.7.01", "Pembinaan PKK"),
          item("04.01.01", "5.2.7.01", "Benih ikan lele untuk kolam desa"),
          item("04.01.01", "5.2.6.01", "Pemeliharaan kolam perikanan desa"),
          item("04.02.01", "5.2.7.01", "Bibit padi dan pupuk untuk kelompok tani"),
          item("04.02.01", "5.3.2.01", "Hand tractor untuk kelompok tani"),
          item("04.02.02", "5.2.7.01", "Bibit kambing untuk kelompok ternak"),
          item("04.03.02", "5.2.3.01", "Pelatihan peningkatan kapasitas perangkat desa"),
          item("04.05.01", "5.2.2.01", "Pelatihan UMKM"),
          item("05.01.01", "5.2.7.01", "Logistik tanggap bencana banjir"),
          item("05.02.01", "5.4.1.01", "Penanganan keadaan darurat"),
          item("05.03.01", "5.4.1.01", "BLT Dana Desa bulan Januari-Maret"),
          item("05.03.01", "5.4.1.01", "BLT Dana Desa bulan April-Juni"),
          item("05.03.01", "5.4.1.01", "BLT Dana Desa bulan Juli-September"),
          item("05.03.01", "5.4.1.01", "BLT Dana Desa bulan Oktober-Desember"));

  /** Known full kegiatan codes listed in the reference data. */
  static final ImmutableList<KegiatanCode> LISTED_KEGIATAN =
      REF.kegiatanCodes().keySet().stream()
          .filter(c -> c.length() == 8)
          .map(KegiatanCode::parse)
          .collect(ImmutableList.toImmutableList());

  /** Listed sub-bidang codes ({@code 02.03}). */
  static final ImmutableList<String> SUB_BIDANG =
      REF.kegiatanCodes().keySet().stream().filter(c -> c.length() == 5).collect(ImmutableList.toImmutableList());

  /**
   * Known objek-level belanja accounts outside Belanja Pegawai (5.1): the listed objek codes and,
   * for a listed jenis without listed objek, its objek 01.
   */
  static final ImmutableList<AccountCode> GENERAL_BELANJA_ACCOUNTS = generalBelanjaAccounts();

  private BudgetCatalog() {}

  private static Item item(String kegiatan, String account, String description) {
    return new Item(KegiatanCode.parse(kegiatan), AccountCode.parse(account), description);
  }

  private static ImmutableList<AccountCode> generalBelanjaAccounts() {
    AccountCode belanja = AccountCode.parse("5");
    AccountCode pegawai = AccountCode.parse("5.1");
    ImmutableList.Builder<AccountCode> b = ImmutableList.builder();
    for (AccountCode c : REF.accounts().keySet()) {
      if (!c.startsWith(belanja) || c.level() == AccountCode.Level.AKUN || c.startsWith(pegawai)) {
        continue;
      }
      if (c.level() == AccountCode.Level.OBJEK) {
        b.add(c);
      } else if (c.level() == AccountCode.Level.JENIS
          && REF.accounts().keySet().stream().noneMatch(o -> o.level() == AccountCode.Level.OBJEK && o.startsWith(c))) {
        b.add(AccountCode.parse(c + ".01"));
      }
    }
    return b.build();
  }

  /** True when a Dana Desa line of this kegiatan counts toward some priority of the pack. */
  static boolean coveredByPriority(PolicyPack pack, KegiatanCode k) {
    return pack.danaDesaPriorities().stream().anyMatch(p -> p.covers(k));
  }

  /** True when the account is one the composition ceiling or the siltap rule looks at. */
  static boolean isPegawaiCapped(PolicyPack pack, AccountCode a) {
    return pack.composition().accounts().stream().anyMatch(a::startsWith)
        || pack.siltap().accounts().stream().anyMatch(a::startsWith);
  }

  /** Catalog items matching a predicate. */
  static List<Item> items(Predicate<Item> which) {
    return ITEMS.stream().filter(which).collect(ImmutableList.toImmutableList());
  }

  /** A description for a generic line: the account's name in the chart of accounts. */
  static String describe(AccountCode account) {
    return REF.name(account).orElse("Belanja " + account);
  }
}
