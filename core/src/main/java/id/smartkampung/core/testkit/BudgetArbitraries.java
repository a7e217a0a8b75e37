package id.smartkampung.core.testkit;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.testkit.BudgetCatalog.Item;
import id.smartkampung.core.testkit.BudgetPlan.Financing;
import id.smartkampung.core.testkit.BudgetPlan.Pegawai;
import id.smartkampung.core.testkit.BudgetPlan.Plan;
import id.smartkampung.core.testkit.BudgetPlan.Priced;
import id.smartkampung.core.testkit.BudgetPlan.PriorityPart;
import id.smartkampung.core.testkit.BudgetPlan.Weighted;
import id.smartkampung.core.testkit.BudgetRevisions.Move;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.javamoney.moneta.Money;

/**
 * jqwik generators for the village budget — <i>pembangkit data uji APBDes</i> — for auditors
 * (Inspektorat, BPKP, BPK) and developers who test village finance property-based.
 *
 * <p>Everything generated is realistic in shape and size: a Banyuwangi village, Dana Desa of
 * Rp400 million to Rp2 billion, siltap and tunjangan of the Kepala Desa, the perangkat and the BPD
 * paid from ADD at or above the PP 11/2019 art. 81 minimums, Dana Desa priorities (BLT-DD,
 * ketahanan pangan, operasional) within the fiscal year's {@link PolicyPack}, spending under
 * activities from the Permendagri 20/2018 classification, SiLPA and a dana cadangan now and then,
 * and from about ten to about 200 lines. {@link #validBudgets()} produces budgets on which {@code
 * BudgetValidator} must report <em>nothing</em>, not even a warning; {@link #corruptedBudgets()}
 * damages one in exactly one named way ({@link Corruption}).
 *
 * <p>Budgets are built deterministically from generated parameters, so jqwik shrinks a failing
 * budget to a smaller one that is still valid. All factories are thread-safe and return
 * arbitraries that are never null. jqwik is an optional dependency of {@code smartkampung-core}:
 * add {@code net.jqwik:jqwik} to use this class.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class BudgetArbitraries {
  private static final List<Village> VILLAGES = villageList();

  private BudgetArbitraries() {}

  // ---------------------------------------------------------------------------------- codes

  /**
   * Known account codes — <i>kode rekening</i> — at every level: the listed codes of the chart of
   * accounts and objek codes ({@code .01}–{@code .99}) under a listed jenis.
   */
  public static Arbitrary<AccountCode> accountCodes() {
    List<AccountCode> listed = List.copyOf(BudgetCatalog.REF.accounts().keySet());
    List<AccountCode> jenis = listed.stream().filter(c -> c.level() == AccountCode.Level.JENIS).toList();
    Arbitrary<AccountCode> objek =
        Combinators.combine(Arbitraries.of(jenis), Arbitraries.integers().between(1, 99))
            .as((j, o) -> AccountCode.parse(j + (o < 10 ? ".0" : ".") + o));
    return Arbitraries.frequencyOf(List.of(Tuple.of(3, Arbitraries.of(listed)), Tuple.of(1, objek)));
  }

  /**
   * Known rincian accounts of belanja (5.x.x.xx at objek level) outside Belanja Pegawai — what a
   * spending line of an activity may be booked on without touching the siltap rules.
   */
  public static Arbitrary<AccountCode> belanjaAccounts() {
    return Arbitraries.of(BudgetCatalog.GENERAL_BELANJA_ACCOUNTS);
  }

  /**
   * Known activity codes — <i>kode kegiatan</i> {@code BB.SS.KK}: mostly the listed ones, sometimes
   * another kegiatan number under a listed sub-bidang (known too, as kegiatan lists differ per
   * district).
   */
  public static Arbitrary<KegiatanCode> kegiatanCodes() {
    Arbitrary<KegiatanCode> open =
        Combinators.combine(Arbitraries.of(BudgetCatalog.SUB_BIDANG), Arbitraries.integers().between(1, 99))
            .as((s, k) -> KegiatanCode.parse(s + (k < 10 ? ".0" : ".") + k));
    return Arbitraries.frequencyOf(List.of(Tuple.of(4, Arbitraries.of(BudgetCatalog.LISTED_KEGIATAN)), Tuple.of(1, open)));
  }

  /** Known fund sources — <i>sumber dana</i>: DDS, ADD, PBH, PAD, PBP, PBK, DLL, SWD, SILPA. */
  public static Arbitrary<FundSource> fundSources() {
    return Arbitraries.of(BudgetCatalog.REF.fundSources().keySet());
  }

  // ---------------------------------------------------------------------------------- money

  /**
   * Budget amounts in rupiah with realistic magnitudes, Rp100.000 to Rp500 million (smaller more
   * often): mostly whole thousands of rupiah, sometimes whole rupiah, sometimes with sen. Always
   * IDR, never negative, at most two decimals.
   */
  public static Arbitrary<Money> amounts() {
    return amounts(100_000L, 500_000_000L);
  }

  /**
   * Amounts between {@code minRupiah} and {@code maxRupiah} (inclusive, whole rupiah bounds), shaped
   * as {@link #amounts()}.
   *
   * @throws IllegalArgumentException if {@code minRupiah < 0} or {@code maxRupiah < minRupiah}
   */
  public static Arbitrary<Money> amounts(long minRupiah, long maxRupiah) {
    return sen(minRupiah, maxRupiah).map(Idr::ofSen);
  }

  /** Amounts in sen, mostly whole thousands of rupiah. */
  static Arbitrary<Long> sen(long minRupiah, long maxRupiah) {
    if (minRupiah < 0 || maxRupiah < minRupiah) {
      throw new IllegalArgumentException("amounts between Rp" + minRupiah + " and Rp" + maxRupiah + " cannot be generated");
    }
    long minK = (minRupiah + 999) / 1000;
    long maxK = Math.max(minK, maxRupiah / 1000);
    Arbitrary<Long> thousands =
        Arbitraries.longs().between(minK, maxK).withDistribution(RandomDistribution.biased()).map(k -> k * 100_000L);
    Arbitrary<Long> whole =
        Arbitraries.longs().between(minRupiah, maxRupiah).withDistribution(RandomDistribution.biased()).map(r -> r * 100L);
    Arbitrary<Long> withSen =
        Arbitraries.longs().between(minRupiah * 100L, maxRupiah * 100L).withDistribution(RandomDistribution.biased());
    return Arbitraries.frequencyOf(List.of(Tuple.of(7, thousands), Tuple.of(2, whole), Tuple.of(1, withSen)));
  }

  // ---------------------------------------------------------------------------------- villages

  /**
   * Villages — <i>desa</i> — of Kabupaten Banyuwangi with their kecamatan. The kode desa has the
   * Kemendagri shape {@code 35.10.KK.2DDD}; the numbers are illustrative.
   */
  public static Arbitrary<Village> villages() {
    return Arbitraries.of(VILLAGES);
  }

  private static List<Village> villageList() {
    String[][] kecamatan = {
      {"Glagah", "Kemiren", "Olehsari", "Banjarsari", "Paspan"},
      {"Licin", "Tamansari", "Banjar", "Segobang", "Gumuk"},
      {"Kabat", "Gombolirang", "Macanputih"},
      {"Songgon", "Sumberarum", "Balak"},
      {"Muncar", "Tembokrejo", "Kedungrejo"},
      {"Kalipuro", "Ketapang", "Bulusan"},
      {"Wongsorejo", "Bangsring", "Alasbuluh"},
      {"Sempu", "Jambewangi", "Karangsari"},
      {"Pesanggaran", "Sumberagung", "Sarongan"},
      {"Genteng", "Kembiritan", "Setail"}
    };
    List<Village> out = new ArrayList<>();
    for (int k = 0; k < kecamatan.length; k++) {
      for (int d = 1; d < kecamatan[k].length; d++) {
        out.add(Village.of(
            String.format("35.10.%02d.%04d", k + 1, 2000 + d), kecamatan[k][d], kecamatan[k][0], "Banyuwangi"));
      }
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------------------------- budgets

  /**
   * Valid budgets — <i>APBDes yang sah</i> — for every fiscal year with a shipped policy pack
   * ({@link PolicyPack#shippedYears()}).
   *
   * @see #validBudgets(int)
   */
  public static Arbitrary<Apbdes> validBudgets() {
    return Arbitraries.oneOf(PolicyPack.shippedYears().stream().map(BudgetArbitraries::validBudgets).toList());
  }

  /**
   * Valid budgets of one fiscal year, on which {@code BudgetValidator.of(PolicyPack.forYear(year))}
   * reports no finding at all:
   *
   * <ul>
   *   <li>I1: IDR amounts, at most 2 decimals, none negative (zero lines do occur);
   *   <li>I2: known codes, each section with its own accounts at objek level, belanja under a
   *       kegiatan with a fund source; sub-lines of one item (kegiatan × rincian × sumber dana)
   *       occur, exact repeats never;
   *   <li>I3: pendapatan − belanja + pembiayaan neto = 0; every fund source spends what it brings
   *       in, one of them helped by unearmarked SiLPA when there is some; siltap from ADD;
   *   <li>I11: siltap, tunjangan and BPD at most 25 % of belanja (ceiling 30 %); each Dana Desa
   *       priority with a margin: an upper bound used to at most two thirds (BLT-DD ≤ 10 % of
   *       Dana Desa in 2025, ≤ 16.6 % in 2024; operasional ≤ 2 %), a lower bound exceeded by a
   *       quarter or more (ketahanan pangan ≥ 25 %), so one corruption does not cross a policy
   *       line.
   * </ul>
   *
   * @throws IllegalArgumentException if no policy pack is shipped for the year
   */
  public static Arbitrary<Apbdes> validBudgets(int fiscalYear) {
    PolicyPack pack = PolicyPack.forYear(fiscalYear);
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(1, budgets(pack, 3, 0)),
            Tuple.of(2, budgets(pack, 30, 2)),
            Tuple.of(2, budgets(pack, 90, 1))));
  }

  /** Budgets with at most {@code maxOther} free Dana Desa lines; other sources' lines scaled down by {@code divisor} (0: at most one). */
  private static Arbitrary<Apbdes> budgets(PolicyPack pack, int maxOther, int divisor) {
    Arbitrary<List<PriorityPart>> priorities =
        Combinators.combine(pack.danaDesaPriorities().stream().map(BudgetArbitraries::priorityPart).toList()).as(List::copyOf);
    Arbitrary<List<Weighted>> danaDesaOther =
        weighted(freeDanaDesaItems(pack)).list().ofMinSize(1).ofMaxSize(maxOther).withSizeDistribution(RandomDistribution.uniform());
    return Combinators.combine(
            villages(),
            sen(400_000_000L, 2_000_000_000L),
            priorities,
            danaDesaOther,
            pegawai(pack),
            otherSpending(divisor),
            financing())
        .as((v, d, p, o, pg, ot, f) -> BudgetPlan.build(new Plan(v, pack.fiscalYear(), d, p, o, pg, ot, f)));
  }

  private static Arbitrary<PriorityPart> priorityPart(PolicyPack.Priority p) {
    int limitBp = p.share().movePointRight(4).setScale(0, RoundingMode.FLOOR).intValueExact();
    List<Item> catalog = BudgetCatalog.items(it -> p.covers(it.kegiatan()));
    List<KegiatanCode> kegiatan = BudgetCatalog.LISTED_KEGIATAN.stream().filter(p::covers).toList();
    Arbitrary<Item> items;
    if (!catalog.isEmpty()) {
      items = Arbitraries.of(catalog);
    } else if (!kegiatan.isEmpty()) {
      items = Combinators.combine(Arbitraries.of(kegiatan), belanjaAccounts()).as((k, a) -> new Item(k, a, BudgetCatalog.describe(a)));
    } else {
      return Arbitraries.just(new PriorityPart(p, 0, List.of(), 0));
    }
    boolean atMost = p.bound() == PolicyPack.Bound.AT_MOST;
    Arbitrary<Integer> share =
        atMost
            ? Arbitraries.integers().between(0, limitBp * 2 / 3)
            : Arbitraries.integers().between(limitBp * 5 / 4 + 1, limitBp * 5 / 4 + 1 + 1_500);
    Arbitrary<List<Weighted>> lines = weighted(items).list().ofMinSize(atMost ? 0 : 1).ofMaxSize(4);
    Arbitrary<Integer> viaFinancing =
        p.accounts().isEmpty()
            ? Arbitraries.just(0)
            : Arbitraries.frequencyOf(List.of(Tuple.of(2, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1_000, 5_000))));
    return Combinators.combine(share, lines, viaFinancing).as((s, l, v) -> new PriorityPart(p, s, l, v));
  }

  private static Arbitrary<Item> freeDanaDesaItems(PolicyPack pack) {
    List<Item> catalog = BudgetCatalog.items(it -> !BudgetCatalog.coveredByPriority(pack, it.kegiatan()));
    Arbitrary<Item> generic =
        Combinators.combine(kegiatanCodes().filter(k -> !BudgetCatalog.coveredByPriority(pack, k)), belanjaAccounts())
            .as((k, a) -> new Item(k, a, BudgetCatalog.describe(a)));
    return Arbitraries.frequencyOf(List.of(Tuple.of(4, Arbitraries.of(catalog)), Tuple.of(1, generic)));
  }

  private static Arbitrary<Item> otherItems() {
    List<Item> catalog = BudgetCatalog.items(it -> !it.kegiatan().startsWith("05.03"));
    Arbitrary<Item> generic =
        Combinators.combine(kegiatanCodes().filter(k -> !k.startsWith("05.03")), belanjaAccounts())
            .as((k, a) -> new Item(k, a, BudgetCatalog.describe(a)));
    return Arbitraries.frequencyOf(List.of(Tuple.of(4, Arbitraries.of(catalog)), Tuple.of(1, generic)));
  }

  private static Arbitrary<Weighted> weighted(Arbitrary<Item> items) {
    Arbitrary<Integer> weights =
        Arbitraries.frequencyOf(List.of(Tuple.of(1, Arbitraries.just(0)), Tuple.of(49, Arbitraries.integers().between(1, 100))));
    return Combinators.combine(items, weights).as(Weighted::new);
  }

  private static Arbitrary<Pegawai> pegawai(PolicyPack pack) {
    long kades = minimumSen(pack, "KEPALA_DESA");
    long sekdes = minimumSen(pack, "SEKRETARIS_DESA");
    long perangkat = minimumSen(pack, "PERANGKAT_DESA");
    Arbitrary<List<Long>> perangkatMonthly =
        sen(0, 1_500_000).list().ofMinSize(2).ofMaxSize(BudgetPlan.PERANGKAT.size()).map(extras -> {
          List<Long> out = new ArrayList<>();
          for (int i = 0; i < extras.size(); i++) {
            out.add((i == 0 ? sekdes : perangkat) + extras.get(i));
          }
          return out;
        });
    Arbitrary<Integer> bpdMembers =
        Arbitraries.frequencyOf(List.of(Tuple.of(1, Arbitraries.just(0)), Tuple.of(6, Arbitraries.integers().between(5, 9))));
    return Combinators.combine(
            sen(0, 2_000_000).map(x -> kades + x),
            sen(0, 1_000_000),
            perangkatMonthly,
            sen(0, 500_000),
            bpdMembers,
            sen(300_000, 1_000_000),
            Arbitraries.integers().between(100, 500),
            Arbitraries.integers().between(1_500, 2_500))
        .as(Pegawai::new);
  }

  private static long minimumSen(PolicyPack pack, String role) {
    BigDecimal min = pack.siltap().monthlyMinimum().get(role);
    return min == null ? 0 : min.movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  private static Arbitrary<List<Priced>> otherSpending(int divisor) {
    List<Arbitrary<List<Priced>>> perSource = new ArrayList<>();
    for (FundSource s : BudgetPlan.OTHER_SOURCES) {
      int max =
          s.equals(FundSource.ADD) ? 25 : s.equals(FundSource.PBH) ? 15 : s.equals(FundSource.PAD) ? 10 : s.equals(FundSource.PBK) ? 8 : 3;
      max = divisor == 0 ? 1 : max / divisor;
      perSource.add(
          Combinators.combine(otherItems(), sen(100_000, 250_000_000))
              .as((it, a) -> new Priced(s, it, a))
              .list()
              .ofMaxSize(max)
              .withSizeDistribution(RandomDistribution.uniform()));
    }
    return Combinators.combine(perSource).as(lists -> lists.stream().flatMap(List::stream).toList());
  }

  private static Arbitrary<Financing> financing() {
    Arbitrary<Long> silpa = Arbitraries.frequencyOf(List.of(Tuple.of(2, Arbitraries.just(0L)), Tuple.of(3, sen(1_000_000, 300_000_000))));
    Arbitrary<Long> silpaDds = Arbitraries.frequencyOf(List.of(Tuple.of(3, Arbitraries.just(0L)), Tuple.of(1, sen(1_000_000, 150_000_000))));
    Arbitrary<Long> reserve = Arbitraries.frequencyOf(List.of(Tuple.of(4, Arbitraries.just(0L)), Tuple.of(1, sen(5_000_000, 100_000_000))));
    return Combinators.combine(silpa, Arbitraries.integers().between(0, 20), silpaDds, reserve, Arbitraries.of(FundSource.PAD, FundSource.PBH))
        .as(Financing::new);
  }

  // ---------------------------------------------------------------------------------- corruption

  /**
   * Budgets with exactly one named corruption, of every {@link Corruption} kind, each applied to a
   * budget from {@link #validBudgets()}. The validator must report {@link Corrupted#expected()}
   * (an error, or the duplicate warning) and no other error.
   */
  public static Arbitrary<Corrupted> corruptedBudgets() {
    return corruptedBudgets(Arbitraries.of(Corruption.class));
  }

  /** Budgets with exactly one corruption of the given kind. */
  public static Arbitrary<Corrupted> corruptedBudgets(Corruption kind) {
    return corruptedBudgets(Arbitraries.just(requireNonNull(kind, "kind")));
  }

  /**
   * Budgets of one fiscal year with exactly one named corruption, of every {@link Corruption} kind
   * that applies to the year's pack (focus-tag corruptions need focus areas, the Dana Desa earmark
   * corruption a pack that forbids accounts to Dana Desa), each applied to a budget from {@link
   * #validBudgets(int)}.
   *
   * @throws IllegalArgumentException if no pack is shipped for the year
   */
  public static Arbitrary<Corrupted> corruptedBudgets(int fiscalYear) {
    PolicyPack pack = PolicyPack.forYear(fiscalYear);
    List<Corruption> kinds = java.util.Arrays.stream(Corruption.values()).filter(k -> appliesTo(k, pack)).toList();
    return Arbitraries.of(kinds)
        .flatMap(
            k -> Combinators.combine(validBudgets(fiscalYear), Arbitraries.just(k), Arbitraries.integers().between(0, Integer.MAX_VALUE), sen(1_000, 50_000_000))
                .as(BudgetCorruptions::apply));
  }

  /** The corruptions that apply to a year's pack (see {@link #corruptedBudgets(int)}). */
  public static List<Corruption> corruptionsOf(int fiscalYear) {
    PolicyPack pack = PolicyPack.forYear(fiscalYear);
    return java.util.Arrays.stream(Corruption.values()).filter(k -> appliesTo(k, pack)).toList();
  }

  private static boolean appliesTo(Corruption kind, PolicyPack p) {
    return switch (kind) {
      case FOCUS_TAG_UNKNOWN -> !p.focusAreas().isEmpty();
      case DANA_DESA_FORBIDDEN -> p.danaDesaForbidden().isPresent();
      default -> true;
    };
  }

  private static Arbitrary<Corrupted> corruptedBudgets(Arbitrary<Corruption> kinds) {
    return kinds.flatMap(
        k -> Combinators.combine(budgetsFor(k), Arbitraries.just(k), Arbitraries.integers().between(0, Integer.MAX_VALUE), sen(1_000, 50_000_000))
            .as(BudgetCorruptions::apply));
  }

  /** Valid budgets a corruption applies to: focus-tag corruptions need a year with focus areas. */
  private static Arbitrary<Apbdes> budgetsFor(Corruption kind) {
    java.util.function.Predicate<PolicyPack> applies = p -> appliesTo(kind, p);
    return Arbitraries.oneOf(
        PolicyPack.shippedYears().stream()
            .filter(y -> applies.test(PolicyPack.forYear(y)))
            .map(BudgetArbitraries::validBudgets)
            .toList());
  }

  // ---------------------------------------------------------------------------------- revision

  /**
   * Valid revisions — <i>perubahan APBDes</i> — of a budget from {@link #validBudgets()}: the same
   * village and year, with lines increased, decreased (to zero too), added (new activities paid from
   * SiLPA found at year end, new sub-lines) and removed, and every rule still satisfied. A revision
   * may, rarely, leave the budget unchanged.
   */
  public static Arbitrary<Apbdes> revisions(Apbdes budget) {
    requireNonNull(budget, "budget");
    return revisionMoves().map(moves -> BudgetRevisions.revise(budget, moves));
  }

  /** The changes a revision makes, to be applied to a budget by {@code BudgetRevisions.revise}. */
  static Arbitrary<List<Move>> revisionMoves() {
    Arbitrary<Move> move =
        Combinators.combine(
                Arbitraries.of(BudgetRevisions.Kind.class),
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(1, 10_000),
                sen(100_000, 100_000_000),
                Arbitraries.integers().between(0, 10_000))
            .as(Move::new);
    return move.list().ofMinSize(1).ofMaxSize(8);
  }
}
