package id.smartkampung.core.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.ledger.book.PanjarBook;
import id.smartkampung.core.ledger.book.TaxBook;
import id.smartkampung.core.ledger.report.CapitalAssets;
import id.smartkampung.core.ledger.report.DanaDesaAbsorption;
import id.smartkampung.core.ledger.report.MonthlyAccountability;
import id.smartkampung.core.ledger.report.RealisationReport;
import id.smartkampung.core.ledger.report.YearEndReport;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.tax.TaxPeriodBook;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.javamoney.moneta.Money;

/**
 * The ledger of one village for one fiscal year — <i>penatausahaan keuangan desa</i> (Permendagri
 * 20/2018): it takes {@link Operation}s one at a time, checks each against every rule of budget
 * execution, and either posts it or rejects it with findings, changing nothing.
 *
 * <h2>Guarantees</h2>
 *
 * After any sequence of operations, whatever their order, actors or content:
 *
 * <ul>
 *   <li><b>I4</b> no SPP before the APBDes is enacted; one revision; a revision never cuts an item
 *       below what is committed and realised; money operations lie in the fiscal year; nothing
 *       after the year-end close, which needs no panjar outstanding, no SPP pending, no tax owed;
 *   <li><b>I5</b> per item (kegiatan × rincian × fund source) committed + realised ≤ budget, where
 *       an SPP reserves its amount <em>at submission</em> (released on reject or cancel), a paid
 *       panjar stays committed until its SPJ, and an SPJ accounts for no more than the advance;
 *   <li><b>I6</b> per fund source, cash − tax withheld and owed ≥ 0: a payment needs the money of
 *       its own fund source already received;
 *   <li><b>I7</b> actors are registered officials in their role; the PKA of the kegiatan submits,
 *       the Sekretaris Desa verifies, the Kepala Desa approves, the Kaur Keuangan pays; submitter,
 *       verifier, approver and payer are distinct persons; each step once, in order;
 *   <li><b>I8</b> an operation id seen before with the same content is a no-op ({@link
 *       Outcome.Status#DUPLICATE}), with other content a rejection {@code I8.idempotency-conflict};
 *   <li><b>I9</b> the history is append-only; receipts and payments may be back-dated inside the
 *       open months, but nothing is dated in a month the Kaur Keuangan closed ({@link
 *       Operation.CloseMonth}, {@code I9.month-closed}) nor before what it follows ({@code
 *       I9.date-order}); corrections are reversing entries ({@link Operation.ReverseReceipt},
 *       {@link Operation.ReversePayment});
 *   <li><b>I10</b> the books reconcile ({@link #recheck()}).
 * </ul>
 *
 * <h2>Taxes</h2>
 *
 * On an LS payment the treasurer withholds the listed taxes, each {@code gross × rate} of the policy
 * pack rounded down to whole rupiah ({@link Withholding}); the payee receives gross − tax, the tax is
 * a liability (7.1.1.x) of the payment's fund source until deposited.
 *
 * <h2>Threads, cost and persistence</h2>
 *
 * Safe for use from many threads: one lock per ledger serialises {@link #apply}, so concurrent
 * payments against one item or fund source never overspend and none accepted is lost. Money is
 * kept as {@code long} sen and items and fund sources are indexed at enactment, so checking and
 * posting an operation costs the same however long the history is. Every accepted operation is
 * first handed to the {@link OperationLog}; if that throws, nothing changes. {@link #replay}
 * rebuilds a ledger from a logged history. No global state.
 *
 * <h2>Example</h2>
 *
 * An in-memory ledger (for a journal on disk use {@link id.smartkampung.core.journal.VillageBook},
 * which keeps one):
 *
 * <pre>{@code
 * Ledger ledger = Ledger.create(apbdes.village(), 2025);
 * ledger.applyOrThrow(RegisterOfficial.of(OperationId.of("r1"), kades, t, kades, Set.of()));
 * ledger.applyOrThrow(new DraftBudget(OperationId.of("b1"), sekdes, t, apbdes, "RAPBDes 2025"));
 * // ...
 * Outcome o = ledger.apply(new ApproveSpp(OperationId.of("a0"), kasi, feb, OperationId.of("spp1")));
 * o.isRejected();           // true: the submitter may not approve (I7); nothing changed
 * ledger.realised(rabat);   // what has been paid on a budget item
 * ledger.bku();             // the Buku Kas Umum
 * ledger.recheck();         // the books reconcile: empty
 * }</pre>
 */
@Api(Api.Status.STABLE)
public final class Ledger {
  private final Object lock = new Object();
  private final LedgerState state;
  private final List<Operation> history;
  private final OperationIndex ids;
  private final List<Finding> scratch = new ArrayList<>();
  private OperationLog log;

  private Ledger(Village village, PolicyPack policy, OperationLog log) {
    this(village, policy, log, 0);
  }

  private Ledger(Village village, PolicyPack policy, OperationLog log, int expectedOperations) {
    this(village, policy, log, expectedOperations, requireNonNull(village, "village").zone());
  }

  private Ledger(Village village, PolicyPack policy, OperationLog log, int expectedOperations, java.time.ZoneId zone) {
    this.state = new LedgerState(requireNonNull(village, "village"), requireNonNull(policy, "policy"), expectedOperations, zone);
    this.log = requireNonNull(log, "log");
    this.history = new ArrayList<>(Math.max(expectedOperations, 10));
    this.ids = new OperationIndex(expectedOperations);
  }

  /**
   * A new, empty ledger for the village and fiscal year, with the shipped policy pack of that year.
   *
   * @throws IllegalArgumentException if no pack is shipped for the year
   */
  public static Ledger create(Village village, int fiscalYear) {
    return new Ledger(village, PolicyPack.forYear(fiscalYear), OperationLog.NONE);
  }

  /** A new, empty ledger for the village under the given policy pack (its fiscal year). */
  public static Ledger create(Village village, PolicyPack policy) {
    return new Ledger(village, policy, OperationLog.NONE);
  }

  /** A new, empty ledger writing every accepted operation to {@code log} before it takes effect. */
  public static Ledger create(Village village, PolicyPack policy, OperationLog log) {
    return new Ledger(village, policy, log);
  }

  /**
   * A new, empty ledger writing every accepted operation to {@code log}, sized for about {@code
   * expectedOperations} operations — e.g. when replaying a journal of known length — so that its
   * history and indexes do not grow step by step. Only a hint: any number of operations fits.
   *
   * @throws IllegalArgumentException if {@code expectedOperations} is negative
   */
  public static Ledger create(Village village, PolicyPack policy, OperationLog log, int expectedOperations) {
    if (expectedOperations < 0) {
      throw new IllegalArgumentException("expectedOperations " + expectedOperations + " is negative");
    }
    return new Ledger(village, policy, log, expectedOperations);
  }

  /**
   * A new, empty ledger as {@link #create(Village, PolicyPack, OperationLog, int)} whose business
   * dates are in {@code zone} rather than the village's own (a book whose header names its zone, or a
   * book from before zones were recorded: {@link Operation#ZONE}).
   */
  public static Ledger create(Village village, PolicyPack policy, OperationLog log, int expectedOperations, java.time.ZoneId zone) {
    if (expectedOperations < 0) {
      throw new IllegalArgumentException("expectedOperations " + expectedOperations + " is negative");
    }
    return new Ledger(village, policy, log, expectedOperations, requireNonNull(zone, "zone"));
  }

  /**
   * Rebuilds a ledger by applying a logged history to a fresh one (without writing it to {@code log}
   * again), then attaches {@code log} for what follows.
   *
   * @throws IllegalArgumentException naming the sequence number and findings of the first operation
   *     of the history that is not accepted (a history that no honest ledger wrote)
   */
  public static Ledger replay(Village village, PolicyPack policy, Iterable<? extends Operation> history, OperationLog log) {
    Ledger ledger = new Ledger(village, policy, OperationLog.NONE);
    long n = 0;
    for (Operation op : history) {
      n++;
      Outcome o = ledger.apply(op);
      if (!o.isAccepted()) {
        throw new IllegalArgumentException("operation #" + n + " (" + op.id() + ") is not accepted on replay: " + o);
      }
    }
    ledger.log = requireNonNull(log, "log");
    return ledger;
  }

  /**
   * {@link #apply} for a caller that expects the operation to pass: a rejection cannot be ignored.
   *
   * @return the outcome, accepted or duplicate; never null
   * @throws RuleViolationException with the findings when the operation is rejected (nothing changed)
   */
  @CanIgnoreReturnValue
  public Outcome applyOrThrow(Operation op) {
    return apply(op).orThrow();
  }

  /**
   * Checks the operation against every rule and, when none breaks, logs and posts it.
   *
   * @return accepted, duplicate (same id and content as an earlier one: nothing changes) or rejected
   *     with its findings (nothing changes); never null
   * @throws RuntimeException what the {@link OperationLog} threw; nothing changed
   * @see #applyOrThrow(Operation)
   */
  @CheckReturnValue
  public Outcome apply(Operation op) {
    return apply(op, log);
  }

  /**
   * Checks the operation against every rule and, when none breaks, hands it to {@code via} instead
   * of this ledger's own log, then posts it: check, {@code via.append}, post — under the ledger's
   * lock. A store that must do more than write an accepted operation (e.g. check its signature,
   * then write it with the signature) passes what it does for this one operation.
   *
   * @return as {@link #apply(Operation)}
   * @throws RuntimeException what {@code via} threw; nothing changed
   */
  public Outcome apply(Operation op, OperationLog via) {
    return apply(op, via, RejectionLog.NONE);
  }

  /**
   * {@link #apply(Operation, OperationLog)} that also hands a rejection to {@code rejected}, under
   * the ledger's lock, before it returns: a store that keeps the attempts it refuses writes them
   * where they stand in the history (nothing can be posted between the ledger's check and the
   * record of its refusal). A duplicate is not a rejection.
   *
   * @return as {@link #apply(Operation)}
   * @throws RuntimeException what {@code via} or {@code rejected} threw; nothing changed
   */
  public Outcome apply(Operation op, OperationLog via, RejectionLog rejected) {
    requireNonNull(op, "op");
    requireNonNull(via, "via");
    requireNonNull(rejected, "rejected");
    synchronized (lock) {
      Outcome o = post(op, via);
      if (o.isRejected()) {
        rejected.rejected(op, o.findings());
      }
      return o;
    }
  }

  /** Checks, logs and posts, under the ledger's lock (held by the caller). */
  private Outcome post(Operation op, OperationLog via) {
    // one hash lookup on the accepted path: the id is claimed now and released if the operation is not accepted
    int next = history.size();
    int seen = ids.putIfAbsent(op.id(), next);
    if (seen != OperationIndex.ABSENT) {
      Operation prior = history.get(seen);
      if (prior.equals(op)) {
        return Outcome.duplicate(op, seen + 1L);
      }
      return Outcome.rejected(
          op,
          ImmutableList.of(
              Finding.error(
                  Rule.IDEMPOTENCY_CONFLICT,
                  op.id().value(),
                  "operation id " + op.id() + " was used for other content (#" + (seen + 1) + ", " + prior.getClass().getSimpleName() + ")",
                  Map.of("id", op.id().value(), "sequence", Integer.toString(seen + 1)))));
    }
    boolean posted = false;
    try {
      scratch.clear();
      if (!state.check(op, scratch) || !scratch.isEmpty()) {
        ImmutableList<Finding> findings = ImmutableList.copyOf(scratch);
        scratch.clear();
        return Outcome.rejected(op, findings);
      }
      long sequence = next + 1L;
      via.append(sequence, op);
      state.post(op);
      history.add(op);
      posted = true;
      return Outcome.accepted(op, sequence, op.kind() == OperationKind.CLOSE_YEAR ? closeFindings(op) : state.acceptedFindings(op));
    } finally {
      if (!posted) {
        ids.remove(op.id());
      }
    }
  }

  /**
   * The findings of an accepted year-end close: tax withheld on lined SPPs and not yet deposited is
   * carried into the next year's book (December's is due in January, PMK 81/2024), reported as the
   * tax period book's year-end finding ({@link TaxPeriodBook#atYearEnd()}), a WARNING at {@code
   * <id>.taxes}. (When the pack demands zero at the close the close is refused instead, I10.)
   */
  private ImmutableList<Finding> closeFindings(Operation op) {
    TaxPeriodBook taxes = Books.taxPeriodBook(state, history);
    if (taxes == null) {
      return ImmutableList.of();
    }
    return taxes.atYearEnd().map(f -> ImmutableList.of(f.at(op.id().value() + "." + f.path()))).orElse(ImmutableList.of());
  }

  /** The time zone of business dates: the village's (WIB, WITA or WIT), or as the book's header says. */
  public java.time.ZoneId zone() {
    return state.zone;
  }

  /** The village. */
  public Village village() {
    return state.village;
  }

  /** The fiscal year. */
  public int fiscalYear() {
    return state.fiscalYear;
  }

  /** The policy pack. */
  public PolicyPack policy() {
    return state.policy;
  }

  /** The accepted operations in order (a copy). */
  public ImmutableList<Operation> history() {
    synchronized (lock) {
      return ImmutableList.copyOf(history);
    }
  }

  /** The number of accepted operations. */
  public long size() {
    synchronized (lock) {
      return history.size();
    }
  }

  /** The accepted operation with that id. */
  public Optional<Operation> operation(OperationId id) {
    synchronized (lock) {
      int i = id == null ? OperationIndex.ABSENT : ids.get(id);
      return i == OperationIndex.ABSENT ? Optional.empty() : Optional.of(history.get(i));
    }
  }

  /** The budget's lifecycle, once drafted. */
  public Optional<ApbdesLifecycle> lifecycle() {
    synchronized (lock) {
      return Optional.ofNullable(state.lifecycle);
    }
  }

  /** The budget in force, once enacted. */
  public Optional<Apbdes> enactedBudget() {
    synchronized (lock) {
      return Optional.ofNullable(state.enacted);
    }
  }

  /** The registered official with that person id. */
  public Optional<OfficialRegistration> official(String personId) {
    synchronized (lock) {
      return Optional.ofNullable(state.officials.get(personId));
    }
  }

  /** All registered officials by person id. */
  public ImmutableMap<String, OfficialRegistration> officials() {
    synchronized (lock) {
      return ImmutableMap.copyOf(state.officials);
    }
  }

  /** The status of the SPP submitted by that operation. */
  public Optional<SppStatus> sppStatus(OperationId spp) {
    synchronized (lock) {
      LedgerState.Spp s = state.spps.get(spp);
      return s == null ? Optional.empty() : Optional.of(s.status);
    }
  }

  /**
   * The last month whose books the Kaur Keuangan has closed (<i>tutup buku bulanan</i>); empty while
   * none is. Operations dated in it or before are refused ({@code I9.month-closed}).
   */
  public Optional<java.time.YearMonth> closedThrough() {
    synchronized (lock) {
      return Optional.ofNullable(state.closedThrough);
    }
  }

  /**
   * The Kaur Keuangan's monthly accountability report — <i>laporan pertanggungjawaban bulanan</i>
   * (Permendagri 20/2018 Pasal 63) — from the BKU and the monthly closes, January to the latest
   * month with an entry or a close.
   */
  public MonthlyAccountability monthlyAccountability() {
    synchronized (lock) {
      return Books.monthly(state, history);
    }
  }

  /**
   * The capital assets bought in the year: realised belanja modal (kelompok 5.3) per budget item,
   * for the year-end accountability report (Permendagri 20/2018 Pasal 70).
   */
  public CapitalAssets capitalAssets() {
    synchronized (lock) {
      return Books.capitalAssets(state);
    }
  }

  /** Whether the year is closed. */
  public boolean isClosed() {
    synchronized (lock) {
      return state.closed;
    }
  }

  /** The observable state now. */
  public LedgerSnapshot snapshot() {
    synchronized (lock) {
      return Books.snapshot(state, history.size());
    }
  }

  /** Realised spending per kegiatan now (what monitoring compares physical progress with). */
  public ImmutableSortedMap<KegiatanCode, Money> realisedByKegiatan() {
    synchronized (lock) {
      TreeMap<KegiatanCode, Long> sums = new TreeMap<>();
      for (int i = 0; i < state.itemKeys.size(); i++) {
        sums.merge(state.itemKeys.get(i).kegiatan(), state.realised[i], Long::sum);
      }
      ImmutableSortedMap.Builder<KegiatanCode, Money> b = ImmutableSortedMap.naturalOrder();
      sums.forEach((k, v) -> b.put(k, Idr.ofSen(v)));
      return b.build();
    }
  }

  /** Realised spending of one budget item now; zero for an item not in the budget. */
  public Money realised(BudgetItemKey item) {
    synchronized (lock) {
      Integer i = state.itemIndex.get(item);
      return Idr.ofSen(i == null ? 0 : state.realised[i]);
    }
  }

  /** Dana Desa received and absorbed now, for the tranche gates. */
  public DanaDesaAbsorption danaDesaAbsorption() {
    synchronized (lock) {
      return Books.absorption(state);
    }
  }

  /** The general cash book (BKU) of everything posted. */
  public BukuKasUmum bku() {
    synchronized (lock) {
      return Books.bku(state, history);
    }
  }

  /**
   * The bank book — <i>buku pembantu bank</i> — of everything posted: the movements through the
   * village cash account (RKD), mutasi kas included.
   */
  public id.smartkampung.core.ledger.book.BukuKas bukuBank() {
    synchronized (lock) {
      return Books.cashBook(state, history, CashPlace.BANK);
    }
  }

  /**
   * The cash book — <i>buku kas tunai</i> — of everything posted: the movements through the
   * treasurer's cash box, mutasi kas included. Its balance is the cash on hand a monthly close counts.
   */
  public id.smartkampung.core.ledger.book.BukuKas bukuKasTunai() {
    synchronized (lock) {
      return Books.cashBook(state, history, CashPlace.CASH);
    }
  }

  /** The tax book as of the end of {@code asOf}. */
  public TaxBook taxBook(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    synchronized (lock) {
      return Books.taxBook(stateAsOf(asOf), prefix(asOf), asOf);
    }
  }

  /**
   * The tax book per tax type and period (<i>buku pembantu pajak per masa</i>) of the SPPs with
   * lines ({@link Operation.SubmitLinedSpp}): every tax line with its base, rate and regulation, the
   * period deposits ({@link Operation.DepositTaxPeriod}), due dates, what is owed and the slip export
   * ({@link TaxPeriodBook#slipsCsv}, tax ids masked). Empty when the pack has no tax rules. The
   * taxes of old single-line SPPs stay in {@link #taxBook}.
   */
  public java.util.Optional<TaxPeriodBook> taxPeriodBook() {
    synchronized (lock) {
      return java.util.Optional.ofNullable(Books.taxPeriodBook(state, history));
    }
  }

  /**
   * The tax withheld and not yet deposited, per levy, period and fund source, in period order —
   * <i>utang pajak</i>: what a year's close carries into the next year's tax book ({@link
   * id.smartkampung.core.ledger.report.YearOpening#from}); empty when every period is deposited.
   */
  public ImmutableList<Operation.OpenYear.CarriedTax> taxOwed() {
    synchronized (lock) {
      java.util.List<Operation.OpenYear.CarriedTax> owed = new java.util.ArrayList<>();
      state.periodTaxes.forEach((period, p) -> {
        int first = owed.size();
        for (int f = 0; f < p.withheld.length; f++) {
          long left = p.withheld[f] - p.deposited[f];
          if (left > 0) {
            owed.add(new Operation.OpenYear.CarriedTax(period.levy(), period.month(), state.fundKeys.get(f), Idr.ofSen(left)));
          }
        }
        owed.subList(first, owed.size()).sort(java.util.Comparator.comparing(Operation.OpenYear.CarriedTax::fundSource));
      });
      return ImmutableList.copyOf(owed);
    }
  }

  /** The panjar book as of the end of {@code asOf}. */
  public PanjarBook panjarBook(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    synchronized (lock) {
      return Books.panjarBook(stateAsOf(asOf), asOf);
    }
  }

  /** The realisation report as of the end of {@code asOf}, under the budget then in force. */
  public RealisationReport realisation(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    synchronized (lock) {
      return Books.realisation(stateAsOf(asOf), "Realisasi APBDes " + state.fiscalYear + " s.d. " + asOf, asOf);
    }
  }

  /** The semester I report: realisation as of 30 June of the fiscal year (due in July). */
  public RealisationReport semesterI() {
    LocalDate june30 = LocalDate.of(state.fiscalYear, 6, 30);
    synchronized (lock) {
      return Books.realisation(stateAsOf(june30), "Laporan Realisasi Semester I APBDes " + state.fiscalYear, june30);
    }
  }

  /**
   * The first-semester report (Permendagri 20/2018 Pasal 68): the execution of the APBDes —
   * pendapatan, belanja, pembiayaan — and the realisation per kegiatan, as of 30 June of the year,
   * compiled by the second week of July.
   */
  public id.smartkampung.core.ledger.report.SemesterReport semesterReport() {
    LocalDate june30 = LocalDate.of(state.fiscalYear, 6, 30);
    synchronized (lock) {
      LedgerState asOf = stateAsOf(june30);
      return new id.smartkampung.core.ledger.report.SemesterReport(
          state.fiscalYear,
          june30,
          LocalDate.of(state.fiscalYear, 7, 14),
          id.smartkampung.core.ledger.report.SemesterReport.REGULATION,
          Books.yearEnd(asOf),
          Books.realisation(asOf, "Laporan Realisasi Kegiatan Semester I APBDes " + state.fiscalYear, june30));
    }
  }

  /**
   * BLT Desa paid per family (KPM) and month, now: every KPM-month of a BLT SPP that stands paid,
   * and the families on the Perkades list (issue 14).
   */
  public id.smartkampung.core.ledger.report.BltRealisation bltRealisation() {
    synchronized (lock) {
      return Books.blt(state, history);
    }
  }

  /**
   * The Dana Desa realisation per kegiatan with the planned outputs, the absorption and the next
   * tranche's gates of the year's pack — the report a village files for its next tranche.
   */
  public id.smartkampung.core.ledger.report.DanaDesaRealisation danaDesaRealisation() {
    synchronized (lock) {
      LocalDate asOf = lastAtDate();
      return Books.danaDesa(state, asOf);
    }
  }

  private LocalDate lastAtDate() {
    return state.lastAt == null ? LocalDate.of(state.fiscalYear, 1, 1) : LocalDate.ofInstant(state.lastAt, state.zone);
  }

  /** The year-end realisation report (LRA) with SiLPA, as of now (final once closed). */
  public YearEndReport yearEnd() {
    synchronized (lock) {
      return Books.yearEnd(state);
    }
  }

  /**
   * Re-checks every state-wide guarantee from scratch: I5 over every item, I6 over every fund
   * source, and I10: the BKU balance, recomputed from the history, equals the cash of all fund
   * sources; tax owed per fund source equals withheld − deposited summed over its payments and is
   * never negative; available cash equals receipts − realised − panjar outstanding; each
   * realisation total equals the sum of its lines. Empty when all hold — always, unless there is
   * a bug.
   */
  public ImmutableList<Finding> recheck() {
    synchronized (lock) {
      return Books.recheck(state, history);
    }
  }

  /** The state as it stood at the end of a date: the history up to it, posted on a fresh state. */
  private LedgerState stateAsOf(LocalDate asOf) {
    LedgerState s = new LedgerState(state.village, state.policy, state.zone);
    for (Operation op : history) {
      if (op.businessDate(state.zone).isAfter(asOf)) {
        break;
      }
      s.post(op);
    }
    return s;
  }

  private List<Operation> prefix(LocalDate asOf) {
    int n = 0;
    while (n < history.size() && !history.get(n).businessDate(state.zone).isAfter(asOf)) {
      n++;
    }
    return history.subList(0, n);
  }

  @Override
  public String toString() {
    return "Ledger " + state.village.name() + " " + state.fiscalYear + " (" + size() + " operations)";
  }
}
