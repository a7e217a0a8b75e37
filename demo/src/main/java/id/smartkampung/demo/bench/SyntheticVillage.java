package id.smartkampung.demo.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.BudgetValidation;
import id.smartkampung.core.budget.BudgetValidator;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic village for the benchmarks and the national-scale run — <i>desa sintetis</i>: its
 * officials and a balanced, valid APBDes 2025 with one capital item per physical project (kegiatan
 * {@code 02.03.01}, {@code 02.03.02}, … — <i>pembangunan jalan/prasarana desa</i> — funded by Dana
 * Desa), food security (<i>ketahanan pangan</i>, 25 % of Dana Desa), siltap and office supplies from
 * ADD, and honoraria from PAD. Immutable.
 */
public final class SyntheticVillage {
  /** The fiscal year of every synthetic village. */
  public static final int YEAR = 2025;

  /** The shipped policy pack of {@link #YEAR}. */
  public static final PolicyPack POLICY = PolicyPack.forYear(YEAR);

  /** Kepala Desa. */
  public static final Official KD = Official.of("kd", "Kepala Desa", Role.KEPALA_DESA);
  /** Sekretaris Desa. */
  public static final Official SEKDES = Official.of("sd", "Sekretaris Desa", Role.SEKRETARIS_DESA);
  /** Kaur Keuangan (treasurer, bendahara). */
  public static final Official KAUR = Official.of("kk", "Kaur Keuangan", Role.KAUR_KEUANGAN);
  /** The PKA (Kasi Pembangunan) of the projects and food security. */
  public static final Official PKA_PU = Official.of("pka-pu", "Kasi Pembangunan", Role.PELAKSANA_KEGIATAN);
  /** The PKA (Kaur Umum) of siltap, office supplies and honoraria. */
  public static final Official PKA_UMUM = Official.of("pka-umum", "Kaur Umum", Role.PELAKSANA_KEGIATAN);
  /** The district's evaluator (Bagian Pemdes). */
  public static final Official EVALUATOR = Official.of("ev", "Bagian Pemerintahan Desa", Role.EVALUATOR_KABUPATEN);

  /** Food security (ketahanan pangan), from Dana Desa. */
  public static final BudgetItemKey PANGAN = key("04.02.01", "5.2.7.01", FundSource.DDS);
  /** Siltap of the Kepala Desa, from ADD. */
  public static final BudgetItemKey SILTAP = key("01.01.01", "5.1.1.01", FundSource.ADD);
  /** Office supplies (ATK), from ADD. */
  public static final BudgetItemKey ATK = key("01.02.01", "5.2.1.01", FundSource.ADD);
  /** Honoraria, from PAD. */
  public static final BudgetItemKey HONOR = key("03.01.01", "5.2.2.01", FundSource.PAD);

  /** Dana Desa revenue. */
  public static final AccountCode DANA_DESA = AccountCode.parse("4.2.1.01");
  /** Alokasi Dana Desa revenue. */
  public static final AccountCode ALOKASI_DANA_DESA = AccountCode.parse("4.2.3.01");
  /** Hasil usaha desa (PAD) revenue. */
  public static final AccountCode HASIL_USAHA = AccountCode.parse("4.1.1.01");

  /** The most projects a synthetic village has (kegiatan numbers 01 to 99). */
  public static final int MAX_PROJECTS = 99;

  private final Village village;
  private final ImmutableList<BudgetItemKey> projectItems;
  private final long[] projectBudgetSen;
  private final Apbdes budget;

  private SyntheticVillage(Village village, long[] projectRupiah, long siltapRupiah, long atkRupiah, long honorRupiah) {
    this.village = requireNonNull(village, "village");
    checkArgument(projectRupiah.length >= 1 && projectRupiah.length <= MAX_PROJECTS, "1 to %s projects, not %s", MAX_PROJECTS, projectRupiah.length);
    ImmutableList.Builder<BudgetItemKey> items = ImmutableList.builder();
    List<BudgetLine> lines = new ArrayList<>();
    long projects = 0;
    projectBudgetSen = new long[projectRupiah.length];
    for (int k = 0; k < projectRupiah.length; k++) {
      BudgetItemKey item = projectItem(k);
      items.add(item);
      lines.add(BudgetLine.belanja(item.kegiatan(), item.account(), item.fundSource(), "pembangunan prasarana desa " + (k + 1), Idr.of(projectRupiah[k])));
      projects += projectRupiah[k];
      projectBudgetSen[k] = projectRupiah[k] * 100;
    }
    long pangan = projects / 3; // 25 % of Dana Desa: above the 20 % floor of the 2025 pack
    lines.add(belanja(PANGAN, "ketahanan pangan", pangan));
    lines.add(belanja(SILTAP, "siltap kepala desa", siltapRupiah));
    lines.add(belanja(ATK, "alat tulis kantor", atkRupiah));
    lines.add(belanja(HONOR, "honorarium kegiatan", honorRupiah));
    lines.add(BudgetLine.pendapatan(DANA_DESA, FundSource.DDS, "Dana Desa", Idr.of(projects + pangan)));
    lines.add(BudgetLine.pendapatan(ALOKASI_DANA_DESA, FundSource.ADD, "Alokasi Dana Desa", Idr.of(siltapRupiah + atkRupiah)));
    lines.add(BudgetLine.pendapatan(HASIL_USAHA, FundSource.PAD, "Hasil usaha desa", Idr.of(honorRupiah)));
    this.projectItems = items.build();
    this.budget = Apbdes.of(village, YEAR, lines);
  }

  /**
   * A village with the given project budgets (rupiah each) and the other items.
   *
   * @throws IllegalArgumentException if the budget would not be a valid APBDes of the 2025 pack
   */
  public static SyntheticVillage of(Village village, long[] projectRupiah, long siltapRupiah, long atkRupiah, long honorRupiah) {
    SyntheticVillage v = new SyntheticVillage(village, projectRupiah.clone(), siltapRupiah, atkRupiah, honorRupiah);
    BudgetValidation check = BudgetValidator.of(POLICY).validate(v.budget);
    checkArgument(check.isClean(), "the synthetic budget of %s is not valid: %s", village.name(), check.errors());
    return v;
  }

  /** The capital item of project {@code k} (0-based): kegiatan 02.03.(k+1), rincian 5.3.5.01, Dana Desa. */
  public static BudgetItemKey projectItem(int k) {
    return BudgetItemKey.of(KegiatanCode.of(2, 3, k + 1), AccountCode.parse("5.3.5.01"), FundSource.DDS);
  }

  /** The village. */
  public Village village() {
    return village;
  }

  /** The budget: balanced and valid under the 2025 pack. */
  public Apbdes budget() {
    return budget;
  }

  /** The capital items of the projects, in project order. */
  public ImmutableList<BudgetItemKey> projectItems() {
    return projectItems;
  }

  /** The budget of project {@code k} in sen. */
  public long projectBudgetSen(int k) {
    return projectBudgetSen[k];
  }

  /** The number of projects. */
  public int projects() {
    return projectItems.size();
  }

  /** The PKA who submits SPP for the item. */
  public static Official pkaOf(BudgetItemKey item) {
    int bidang = item.kegiatan().bidang();
    return bidang == 2 || bidang == 4 ? PKA_PU : PKA_UMUM;
  }

  private static BudgetLine belanja(BudgetItemKey k, String what, long rupiah) {
    return BudgetLine.belanja(k.kegiatan(), k.account(), k.fundSource(), what, Idr.of(rupiah));
  }

  private static BudgetItemKey key(String kegiatan, String account, FundSource source) {
    return BudgetItemKey.of(KegiatanCode.parse(kegiatan), AccountCode.parse(account), source);
  }
}
