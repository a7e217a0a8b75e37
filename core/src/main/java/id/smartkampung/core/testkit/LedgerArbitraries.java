package id.smartkampung.core.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.Api;
import id.smartkampung.core.audit.LedgerHistory;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.EnactBudget;
import id.smartkampung.core.ledger.Operation.EvaluateBudget;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.testkit.LedgerPlanner.Kind;
import id.smartkampung.core.testkit.LedgerPlanner.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for budget execution — <i>pembangkit data uji penatausahaan</i>: the officials
 * of a village, a ledger history with a valid budget drafted, agreed, evaluated and enacted, and
 * sequences of operations through the year by realistic actors, for auditors (Inspektorat, BPKP,
 * BPK) and developers who test a village finance system property-based.
 *
 * <p>The operations are what a village does all year — revenue received (Dana Desa by tahap, ADD,
 * PAD, …), SPP submitted by the PKA of the kegiatan, verified by the Sekretaris Desa, approved by
 * the Kepala Desa, paid by the Kaur Keuangan with tax withheld, panjar accounted for, tax
 * deposited, corrections, the one revision, the year-end close — mixed with the invalid and
 * adversarial ones an auditor looks for: the wrong official or an outsider acting, the submitter
 * verifying or approving their own SPP (after being made Sekretaris Desa), steps out of order,
 * SPP over the remaining budget, payments without the cash of their fund source, SPJ for more
 * than the advance, tax deposits above what is owed (also another SPP's tax of the same fund source
 * deposited against one SPP), an id used again with other content,
 * back-dated entries, a second revision, a revision below what is committed, amounts that are
 * negative or finer than a sen, unknown references, a payment reversed after its tax was deposited.
 *
 * <p>The operations are aimed at the state the village is in (the SPP that waits for
 * verification is the one verified), computed with this library's {@link Ledger} while
 * generating; the generators assert nothing. They are plain {@link Operation} values, so they can
 * be applied to any ledger — ours, or a foreign system behind {@link LedgerUnderTest} — and be
 * judged by {@link LedgerContract}. Failing sequences shrink towards fewer, plainer operations by
 * the right officials. All factories are thread-safe and never return null. jqwik is an optional
 * dependency of {@code smartkampung-core}: add {@code net.jqwik:jqwik} to use this class.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class LedgerArbitraries {
  /** The most steps a generated sequence has, unless asked otherwise. */
  public static final int DEFAULT_MAX_OPERATIONS = 60;

  private static final String[] KEPALA_DESA = {"Suwarno", "Hadi Purnomo", "Siti Khotijah", "Bambang Sugiarto", "Lilik Yuliati"};
  private static final String[] SEKRETARIS = {"Agus Salim", "Endang Susilowati", "Moh. Rofiq", "Nur Hidayah"};
  private static final String[] BENDAHARA = {"Sri Wahyuni", "Yuli Astutik", "Eko Prasetyo", "Dwi Lestari"};
  private static final String[] PELAKSANA = {
    "Slamet Riyadi", "Heru Santoso", "Ahmad Fauzi", "Rina Marlina", "Imam Syafii", "Wahyu Hidayat", "Nanik Rahayu"
  };
  private static final String[] JABATAN = {"Kasi Pemerintahan", "Kasi Kesejahteraan", "Kasi Pelayanan", "Kaur Umum dan Perencanaan"};

  /** The district officer who evaluates the draft budget in generated histories. */
  static final Official EVALUATOR = Official.of("kab-evaluasi", "Bagian Pemerintahan Desa Kabupaten", Role.EVALUATOR_KABUPATEN);

  private LedgerArbitraries() {}

  // ------------------------------------------------------------------------------ officials

  /**
   * The officials of a village — <i>perangkat desa</i> in their roles of penatausahaan: a Kepala
   * Desa, a Sekretaris Desa, a Kaur Keuangan and one to four PKA (Kasi/Kaur) who share the given
   * kegiatan among them, each kegiatan with exactly one PKA. Person ids are derived from {@code
   * village}'s code, so two villages never share an official.
   *
   * @param village the village
   * @param kegiatan the activities to be carried out; may be empty
   */
  public static Arbitrary<VillageOfficials> officials(Village village, Collection<KegiatanCode> kegiatan) {
    requireNonNull(village, "village");
    List<KegiatanCode> ks = List.copyOf(new TreeSet<>(requireNonNull(kegiatan, "kegiatan")));
    Arbitrary<Integer> pkaCount = Arbitraries.integers().between(1, Math.max(1, Math.min(4, ks.size())));
    return pkaCount.flatMap(count ->
        Combinators.combine(
                Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, count - 1).list().ofSize(ks.size()))
            .as((names, owners) -> {
              String base = village.code();
              Official kd = Official.of(base + "-kd", KEPALA_DESA[names % KEPALA_DESA.length], Role.KEPALA_DESA);
              Official sd = Official.of(base + "-sd", SEKRETARIS[names % SEKRETARIS.length], Role.SEKRETARIS_DESA);
              Official kk = Official.of(base + "-kk", BENDAHARA[names / 3 % BENDAHARA.length], Role.KAUR_KEUANGAN);
              List<Official> pka = new ArrayList<>();
              for (int i = 0; i < count; i++) {
                String name = PELAKSANA[(names + i) % PELAKSANA.length] + " (" + JABATAN[i % JABATAN.length] + ")";
                pka.add(Official.of(base + "-pka" + (i + 1), name, Role.PELAKSANA_KEGIATAN));
              }
              Map<Official, TreeSet<KegiatanCode>> assigned = new LinkedHashMap<>();
              pka.forEach(p -> assigned.put(p, new TreeSet<>()));
              for (int i = 0; i < ks.size(); i++) {
                assigned.get(pka.get(owners.get(i))).add(ks.get(i));
              }
              ImmutableMap.Builder<Official, ImmutableSortedSet<KegiatanCode>> b = ImmutableMap.builder();
              assigned.forEach((p, k) -> b.put(p, ImmutableSortedSet.copyOf(k)));
              return new VillageOfficials(kd, sd, kk, b.build());
            }));
  }

  /** The officials for the kegiatan of a budget's spending items. */
  public static Arbitrary<VillageOfficials> officials(Apbdes budget) {
    requireNonNull(budget, "budget");
    return officials(budget.village(), budget.items().keySet().stream().map(BudgetItemKey::kegiatan).toList());
  }

  // ------------------------------------------------------------------------------ histories

  /**
   * Histories of a ledger ready to spend — <i>APBDes ditetapkan</i>: a valid budget from {@link
   * BudgetArbitraries#validBudgets()} (every shipped fiscal year), its officials registered (the
   * Kepala Desa first), the budget drafted by the Sekretaris Desa on 1 October of the year before,
   * agreed with the BPD, evaluated by the district and enacted by Perdes in November.
   */
  public static Arbitrary<LedgerHistory> enactedLedgers() {
    return histories(BudgetArbitraries.validBudgets(), Arbitraries.just(ApbdesLifecycle.Stage.ENACTED));
  }

  /** {@link #enactedLedgers()} of one fiscal year. */
  public static Arbitrary<LedgerHistory> enactedLedgers(int fiscalYear) {
    return histories(BudgetArbitraries.validBudgets(fiscalYear), Arbitraries.just(ApbdesLifecycle.Stage.ENACTED));
  }

  /**
   * Starting histories: mostly {@link #enactedLedgers()}, sometimes a budget that is only drafted,
   * agreed or evaluated (so that spending before enactment is tried).
   */
  public static Arbitrary<LedgerHistory> startingHistories() {
    Arbitrary<ApbdesLifecycle.Stage> stages =
        Arbitraries.frequencyOf(
            Tuple.of(7, Arbitraries.just(ApbdesLifecycle.Stage.ENACTED)),
            Tuple.of(1, Arbitraries.just(ApbdesLifecycle.Stage.DRAFT)),
            Tuple.of(1, Arbitraries.just(ApbdesLifecycle.Stage.AGREED)),
            Tuple.of(1, Arbitraries.just(ApbdesLifecycle.Stage.EVALUATED)));
    return histories(BudgetArbitraries.validBudgets(), stages);
  }

  private static Arbitrary<LedgerHistory> histories(Arbitrary<Apbdes> budgets, Arbitrary<ApbdesLifecycle.Stage> stages) {
    return budgets.flatMap(b -> Combinators.combine(officials(b), stages).as((o, stage) -> history(b, o, stage)));
  }

  /**
   * The history that registers {@code officials} and takes {@code budget} through its lifecycle up
   * to {@code stage}, dated in October and November of the year before the fiscal year.
   */
  public static LedgerHistory history(Apbdes budget, VillageOfficials officials, ApbdesLifecycle.Stage stage) {
    requireNonNull(budget, "budget");
    requireNonNull(officials, "officials");
    requireNonNull(stage, "stage");
    int year = budget.fiscalYear();
    List<Operation> ops = new ArrayList<>(officials.registrations("persiapan-" + year, at(year - 1, 10, 1, 8)));
    ops.add(new DraftBudget(OperationId.of("rapbdes-" + year), officials.sekretarisDesa(), at(year - 1, 10, 1, 10), budget, "RAPBDes " + year));
    if (stage.compareTo(ApbdesLifecycle.Stage.AGREED) >= 0) {
      ops.add(new AgreeBudget(OperationId.of("kesepakatan-" + year), officials.kepalaDesa(), at(year - 1, 10, 20, 10), "Berita Acara Kesepakatan Bersama BPD"));
    }
    if (stage.compareTo(ApbdesLifecycle.Stage.EVALUATED) >= 0) {
      ops.add(new EvaluateBudget(OperationId.of("evaluasi-" + year), EVALUATOR, at(year - 1, 11, 10, 10), "Keputusan Bupati tentang Evaluasi RAPBDes"));
    }
    if (stage == ApbdesLifecycle.Stage.ENACTED) {
      ops.add(new EnactBudget(OperationId.of("perdes-" + year), officials.kepalaDesa(), at(year - 1, 11, 25, 10), "Perdes APBDes " + year));
    }
    return LedgerHistory.of(budget.village(), PolicyPack.forYear(year), ops);
  }

  private static Instant at(int year, int month, int day, int hour) {
    return LocalDate.of(year, month, day).atTime(LocalTime.of(hour, 0)).atZone(Operation.ZONE).toInstant();
  }

  // ----------------------------------------------------------------------------- operations

  /**
   * Sequences of 1 to {@value #DEFAULT_MAX_OPERATIONS} operations that continue {@code start}, valid
   * and adversarial ones mixed, aimed at the state the history leaves (see the class comment). The
   * start may be any history: a generated one, or a prefix of a village's real history.
   */
  public static Arbitrary<List<Operation>> operations(LedgerHistory start) {
    return operations(start, DEFAULT_MAX_OPERATIONS);
  }

  /**
   * Sequences of 1 to about {@code maxOperations} operations continuing {@code start}.
   *
   * @throws IllegalArgumentException if {@code maxOperations < 1}
   */
  public static Arbitrary<List<Operation>> operations(LedgerHistory start, int maxOperations) {
    requireNonNull(start, "start");
    if (maxOperations < 1) {
      throw new IllegalArgumentException("at least one operation, not " + maxOperations);
    }
    Ledger map = LedgerPlanner.mapOf(start);
    Optional<Apbdes> base = map.enactedBudget().or(() -> map.lifecycle().map(l -> l.original().budget()));
    // revisions are built only when the sequence drafts one: generate their changes, not the budgets
    Arbitrary<List<List<BudgetRevisions.Move>>> revisions = BudgetArbitraries.revisionMoves().list().ofMinSize(1).ofMaxSize(2);
    Arbitrary<List<Step>> steps = steps().list().ofMinSize(1).ofMaxSize(maxOperations).withSizeDistribution(RandomDistribution.uniform());
    return Combinators.combine(steps, revisions).as((s, r) -> (List<Operation>) LedgerPlanner.plan(start, base.orElse(null), r, s));
  }

  /**
   * Scenarios: a starting history from {@link #startingHistories()} and the operations after it —
   * what {@link LedgerContract} runs against a ledger.
   */
  public static Arbitrary<LedgerScenario> scenarios() {
    return startingHistories().flatMap(LedgerArbitraries::scenarios);
  }

  /** Scenarios that continue one given history with {@link #operations(LedgerHistory)}. */
  public static Arbitrary<LedgerScenario> scenarios(LedgerHistory start) {
    return operations(start).map(ops -> new LedgerScenario(start, ImmutableList.copyOf(ops)));
  }

  /**
   * Scenarios over a village's real history: a prefix of it of any length (the whole history
   * too), then generated operations — what {@link LedgerHistoryContract} runs to show that no
   * continuation from any point of the village's year breaks a guarantee.
   */
  public static Arbitrary<LedgerScenario> continuations(LedgerHistory history) {
    requireNonNull(history, "history");
    return Arbitraries.integers().between(0, history.size())
        .withDistribution(RandomDistribution.uniform())
        .flatMap(n -> scenarios(history.prefix(n)));
  }

  private static Arbitrary<Step> steps() {
    Arbitrary<Kind> kinds =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.just(Kind.LIFECYCLE)),
            Tuple.of(3, Arbitraries.just(Kind.BUDGET_PATH)), // issue 15: shifts, late grants, emergency spending, cancellation mixed in
            Tuple.of(7, Arbitraries.just(Kind.RECEIVE)),
            Tuple.of(9, Arbitraries.just(Kind.SUBMIT)),
            Tuple.of(16, Arbitraries.just(Kind.SPP_STEP)),
            Tuple.of(3, Arbitraries.just(Kind.WITHDRAW)),
            Tuple.of(8, Arbitraries.just(Kind.SETTLE)),
            Tuple.of(5, Arbitraries.just(Kind.DEPOSIT)), // 5: the per-SPP over-deposit must still be reached now that lined SPPs take a share of the deposits
            Tuple.of(2, Arbitraries.just(Kind.REVERSE)),
            Tuple.of(1, Arbitraries.just(Kind.REGISTER)),
            Tuple.of(4, Arbitraries.just(Kind.REPLAY)), // replays and back-dated receipts (issue 14): 4, as the kinds of steps grew
            Tuple.of(1, Arbitraries.just(Kind.PASS_TIME)),
            Tuple.of(1, Arbitraries.just(Kind.CLOSE)),
            Tuple.of(2, Arbitraries.just(Kind.CLOSE_MONTH)),
            Tuple.of(3, Arbitraries.just(Kind.MOVE_CASH)), // mutasi kas (issue 14)
            Tuple.of(2, Arbitraries.just(Kind.BANK_STATEMENT))); // bank interest with its tax, bank fees (issue 14)
    Arbitrary<Integer> who =
        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(0, 99)));
    Arbitrary<Integer> variant =
        Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.integers().between(0, 6_999)), Tuple.of(1, Arbitraries.integers().between(7_000, 9_999)));
    return Combinators.combine(kinds, Arbitraries.integers().between(0, 9_999), who, variant).as(Step::new);
  }
}
