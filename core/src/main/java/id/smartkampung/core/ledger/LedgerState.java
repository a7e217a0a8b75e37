package id.smartkampung.core.ledger;

import com.google.common.collect.ImmutableList;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.code.ReferenceData;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.CancelSpp;
import id.smartkampung.core.ledger.Operation.CloseMonth;
import id.smartkampung.core.ledger.Operation.CloseYear;
import id.smartkampung.core.ledger.Operation.CorrectBudget;
import id.smartkampung.core.ledger.Operation.EnactDeemedBudget;
import id.smartkampung.core.ledger.Operation.ReturnBudget;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.DraftRevision;
import id.smartkampung.core.ledger.Operation.EnactBudget;
import id.smartkampung.core.ledger.Operation.EvaluateBudget;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.SubmitFinancingSpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.Operation.RejectSpp;
import id.smartkampung.core.ledger.Operation.ReversePayment;
import id.smartkampung.core.ledger.Operation.ReverseReceipt;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.SubmitLinedSpp;
import id.smartkampung.core.ledger.Operation.DepositTaxPeriod;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.RuleViolationException;
import id.smartkampung.core.tax.IncomeToDate;
import id.smartkampung.core.tax.Payee;
import id.smartkampung.core.tax.Purchase;
import id.smartkampung.core.tax.TaxDetermination;
import id.smartkampung.core.tax.TaxLine;
import id.smartkampung.core.tax.TaxPeriod;
import id.smartkampung.core.tax.TaxPolicy;
import java.math.BigDecimal;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The mutable state of one ledger, not thread-safe: the {@link Ledger} guards it with its lock.
 * {@link #check} finds every broken rule of an operation without changing anything; {@link #post}
 * applies an operation that passed. Money is kept as {@code long} sen; budget items and fund sources
 * are indexed once, so both steps cost the same whatever the length of the history.
 */
final class LedgerState {
  static final TaxType[] TAX_TYPES = TaxType.values();

  /** A payment request (SPP) as it moves through its steps. */
  static final class Spp {
    final OperationId id;
    final SppType type;
    /** The belanja item's index, or -1 for a financing SPP. */
    final int item;
    /** The financing item's index, or -1 for a belanja SPP. */
    final int fin;
    final long amount;
    final String submitter;
    final LocalDate submittedOn;
    String verifier;
    String approver;
    SppStatus status = SppStatus.SUBMITTED;
    LocalDate paidOn;
    LocalDate settledOn;
    long spent;
    long taxTotal;
    final long[] withheld = new long[TAX_TYPES.length];
    final long[] deposited = new long[TAX_TYPES.length];
    /** When its latest operation (submission, step, SPJ, deposit, reversal) is dated: the next may not be dated before it (I9). */
    Instant lastAt;
    /** A lined SPP ({@link SubmitLinedSpp}): per line its item index, gross, taxes determined at submission; null otherwise. */
    int[] lineItems;
    long[] lineAmounts;
    TaxDetermination[] lineTaxes;
    long[] lineWithheld;

    boolean lined() {
      return lineItems != null;
    }

    Spp(OperationId id, SppType type, int item, long amount, String submitter, LocalDate submittedOn) {
      this(id, type, item, -1, amount, submitter, submittedOn);
    }

    Spp(OperationId id, SppType type, int item, int fin, long amount, String submitter, LocalDate submittedOn) {
      this.id = id;
      this.type = type;
      this.item = item;
      this.fin = fin;
      this.amount = amount;
      this.submitter = submitter;
      this.submittedOn = submittedOn;
    }

    boolean anyDeposited() {
      for (long d : deposited) {
        if (d != 0) {
          return true;
        }
      }
      return false;
    }
  }

  /** A receipt of revenue. */
  static final class Receipt {
    final int fund;
    final long amount;
    final AccountCode account;
    final int tranche;
    final Instant at;
    boolean reversed;

    Receipt(int fund, long amount, AccountCode account, int tranche, Instant at) {
      this.at = at;
      this.fund = fund;
      this.amount = amount;
      this.account = account;
      this.tranche = tranche;
    }
  }

  /** The taxes of lined SPPs of one tax type and period, per fund index: withheld and deposited, sen. */
  static final class PeriodTax {
    long[] withheld = new long[8];
    long[] deposited = new long[8];

    void ensure(int f) {
      if (f >= withheld.length) {
        withheld = Arrays.copyOf(withheld, Math.max(f + 1, withheld.length * 2));
        deposited = Arrays.copyOf(deposited, withheld.length);
      }
    }

    long owed() {
      long sum = 0;
      for (int f = 0; f < withheld.length; f++) {
        sum += withheld[f] - deposited[f];
      }
      return sum;
    }

    long depositedTotal() {
      long sum = 0;
      for (long d : deposited) {
        sum += d;
      }
      return sum;
    }
  }

  final Village village;
  /** The zone of business dates: the village's, or as the book's header says. */
  final java.time.ZoneId zone;
  final PolicyPack policy;
  final int fiscalYear;
  private final ReferenceData reference = ReferenceData.standard();
  private final BigDecimal[] rates = new BigDecimal[TAX_TYPES.length];

  final Map<String, OfficialRegistration> officials = new LinkedHashMap<>();
  /** The year's tax rules ({@link PolicyPack#taxPolicy()}), or null when the pack has none. */
  final TaxPolicy taxRules;
  /** The payee register as carried by lined SPPs (<i>daftar penerima</i>): the latest entry per id. */
  final Map<String, Payee> payees = new HashMap<>();
  /**
   * A payee's personal income on live lined SPPs as running totals, sen (PPh 21: the month's TER,
   * the non-employee's cumulative base, December): kept as sums, not lists, so that a payee paid
   * every week costs the same at the end of the year as at its start.
   */
  static final class Income {
    java.time.YearMonth month;
    long monthGross;
    long monthTax;
    long yearGross;
    long yearTax;
  }

  /** Per payee, the personal income of live lined SPPs. */
  final Map<String, Income> incomeOf = new HashMap<>();
  /** Withheld and deposited taxes of lined SPPs per tax type and period. */
  final Map<TaxPeriod, PeriodTax> periodTaxes = new java.util.TreeMap<>();
  /** Per period deposit, the part taken from each fund source (by fund index), sen. */
  final Map<OperationId, long[]> depositSplit = new HashMap<>();
  ApbdesLifecycle lifecycle;
  /** The date findings ({@code I4.lifecycle-date}) of the last lifecycle step posted. */
  private ImmutableList<Finding> lastStepDates = ImmutableList.of();
  Apbdes enacted;

  final Map<BudgetItemKey, Integer> itemIndex = new HashMap<>();
  final List<BudgetItemKey> itemKeys = new ArrayList<>();
  int[] itemFund = new int[16];
  long[] budget = new long[16];
  long[] committed = new long[16];
  long[] realised = new long[16];

  /** Financing expenditure items (6.2.x × fund source) of the budget in force, paid by financing SPPs. */
  final Map<FinancingItemKey, Integer> finIndex = new HashMap<>();
  final List<FinancingItemKey> finKeys = new ArrayList<>();
  int[] finFund = new int[4];
  long[] finBudget = new long[4];
  long[] finCommitted = new long[4];
  long[] finRealised = new long[4];

  final Map<FundSource, Integer> fundIndex = new HashMap<>();
  final List<FundSource> fundKeys = new ArrayList<>();
  long[] cash = new long[8];
  long[] taxPayable = new long[8];
  long[] received = new long[8];

  final Map<AccountCode, long[]> receivedByAccount = new HashMap<>();
  final long[] receivedByTranche;

  final Map<OperationId, Spp> spps;
  final Map<OperationId, Receipt> receipts;
  /** Each official's kegiatan (PKA duties) as a hash set, for the I7 check on every SPP. */
  private final Map<String, Set<KegiatanCode>> duties = new HashMap<>();

  // Memo of the operation being applied. The ledger checks and then posts one operation, back to
  // back under its lock; what the check derives (the business date, amounts in sen, the item's
  // index, the SPP) is kept, keyed by the identity of the immutable value it came from, so the
  // posting does not derive it again. Only values found are kept.
  private Operation memoDateOf;
  private LocalDate memoDate;
  private MonetaryAmount memoSenOf;
  private long memoSen;
  private BudgetItemKey memoItemOf;
  private int memoItem;
  private OperationId memoSppOf;
  private Spp memoSpp;
  private SubmitLinedSpp memoLinedOf;
  private TaxDetermination[] memoLined;

  int pendingSpps;
  int outstandingPanjar;
  long taxOwedTotal;
  /** The part of {@link #taxOwedTotal} withheld on lined SPPs, deposited per period. */
  long linedOwed;
  boolean closed;
  /** The latest date of any posted entry (the high-water mark; entries may be back-dated below it in the open months). */
  Instant lastAt;
  /** The last month closed (tutup buku bulanan), or null while none is. */
  YearMonth closedThrough;
  /** When the budget now in force was enacted, or null before enactment. */
  Instant enactedAt;
  /** Whether the year's books were opened from the previous year's close ({@link Operation.OpenYear}). */
  boolean opened;
  /** Whether SiLPA (6.1.1) was received as a receipt: the old way, which an opening may not follow. */
  boolean silpaReceived;

  /** The initial capacity of a hash map that holds {@code n} entries without growing. */
  static int capacityFor(int n) {
    return n <= 12 ? 16 : (int) Math.min(1 << 30, (long) Math.ceil(n / 0.75));
  }

  LedgerState(Village village, PolicyPack policy, java.time.ZoneId zone) {
    this(village, policy, 0, zone);
  }

  /** A state sized for about {@code expectedOperations} operations (a hint; see {@link Ledger#create}). */
  LedgerState(Village village, PolicyPack policy, int expectedOperations, java.time.ZoneId zone) {
    this.zone = java.util.Objects.requireNonNull(zone, "zone");
    // SPPs and receipts are each at most about half of a realistic history
    this.spps = new HashMap<>(capacityFor(expectedOperations / 2));
    this.receipts = new HashMap<>(capacityFor(expectedOperations / 2));
    this.village = village;
    this.policy = policy;
    this.fiscalYear = policy.fiscalYear();
    for (TaxType t : TAX_TYPES) {
      rates[t.ordinal()] = policy.taxRate(t);
    }
    this.receivedByTranche = new long[policy.tranches().size() + 1];
    this.taxRules = policy.taxPolicy().orElse(null);
  }

  // ------------------------------------------------------------------- memo

  /** The operation's business date. */
  private LocalDate date(Operation op) {
    if (op != memoDateOf) {
      memoDate = op.businessDate(zone);
      memoDateOf = op;
    }
    return memoDate;
  }

  /** The amount in sen, as {@link Idr#toSen} (and throwing as it does). */
  private long sen(MonetaryAmount m) {
    if (m != memoSenOf) {
      memoSen = Idr.toSen(m);
      memoSenOf = m;
    }
    return memoSen;
  }

  /** The index of a budget item, or null when it is not in the budget. */
  private Integer itemIndexOf(BudgetItemKey key) {
    if (key == memoItemOf) {
      return memoItem;
    }
    Integer i = itemIndex.get(key);
    if (i != null) {
      memoItem = i;
      memoItemOf = key;
    }
    return i;
  }

  /** The SPP submitted by that operation, or null. */
  private Spp sppOf(OperationId id) {
    if (id == memoSppOf) {
      return memoSpp;
    }
    Spp s = spps.get(id);
    if (s != null) {
      memoSpp = s;
      memoSppOf = id;
    }
    return s;
  }

  /** Whether the official is the PKA of the kegiatan. */
  private boolean hasDuty(String official, KegiatanCode kegiatan) {
    Set<KegiatanCode> d = duties.get(official);
    return d != null && d.contains(kegiatan);
  }

  // ------------------------------------------------------------------ check

  /**
   * Adds to {@code out} (empty on entry) every rule the operation would break; changes nothing.
   *
   * @return true when it breaks none ({@code out} is still empty)
   */
  boolean check(Operation op, List<Finding> out) {
    String path = op.id().value();
    if (closed) {
      out.add(Finding.error(Rule.YEAR_CLOSED, path, "the " + fiscalYear + " books are closed; nothing is posted after the year-end close"));
      return false;
    }
    Guarantees.monthOpen(closedThrough, date(op), path, out);
    Guarantees.dateOrder(floor(op), op.at(), path, out);
    if (!registered(op, path, out)) {
      return false;
    }
    OperationKind kind = op.kind();
    if (kind.role != null && kind.transition == null) {
      Guarantees.role(op.actor(), kind, path, out); // budget steps: the lifecycle checks the role, from its table
    }
    // a switch expression without default: the compiler checks that every kind is checked
    return switch (kind) {
      case REGISTER_OFFICIAL -> checkRegister((RegisterOfficial) op, path, out);
      case DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, RETURN_BUDGET, CORRECT_BUDGET, ENACT_DEEMED_BUDGET,
          SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET ->
          checkLifecycle(op, path, out);
      case RECEIVE_REVENUE -> checkReceive((ReceiveRevenue) op, path, out);
      case SUBMIT_SPP -> checkSubmit((SubmitSpp) op, path, out);
      case VERIFY_SPP -> checkSppStep(kind, op, ((VerifySpp) op).spp(), path, out) != null && out.isEmpty();
      case APPROVE_SPP -> checkSppStep(kind, op, ((ApproveSpp) op).spp(), path, out) != null && out.isEmpty();
      case REJECT_SPP -> checkSppStep(kind, op, ((RejectSpp) op).spp(), path, out) != null && out.isEmpty();
      case CANCEL_SPP -> checkSppStep(kind, op, ((CancelSpp) op).spp(), path, out) != null && out.isEmpty();
      case PAY_SPP -> checkPay((PaySpp) op, path, out);
      case SETTLE_PANJAR -> checkSettle((SettlePanjar) op, path, out);
      case DEPOSIT_TAX -> checkDeposit((DepositTax) op, path, out);
      case REVERSE_RECEIPT -> checkReverseReceipt((ReverseReceipt) op, path, out);
      case REVERSE_PAYMENT -> checkReversePayment((ReversePayment) op, path, out);
      case CLOSE_YEAR -> checkClose((CloseYear) op, path, out);
      case SUBMIT_FINANCING_SPP -> checkSubmitFinancing((SubmitFinancingSpp) op, path, out);
      case CLOSE_MONTH -> checkCloseMonth((CloseMonth) op, path, out);
      case SUBMIT_LINED_SPP -> checkSubmitLined((SubmitLinedSpp) op, path, out);
      case DEPOSIT_TAX_PERIOD -> checkDepositPeriod((DepositTaxPeriod) op, path, out);
      case OPEN_YEAR -> checkOpen((Operation.OpenYear) op, path, out);
    };
  }

  /**
   * I9: the instant an operation may not be dated before — the latest entry for a registration, a
   * budget step or a close; the enactment of the budget in force for an SPP; the SPP's latest
   * operation for its steps, SPJ, deposits and reversal; the receipt for its reversal; none for a
   * receipt (back-dated freely inside the open months). Null when there is none.
   */
  private Instant floor(Operation op) {
    return switch (op.kind()) {
      // a deposit per tax period covers many SPPs: not before the latest entry, as before back-dating existed
      case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, CLOSE_YEAR, CLOSE_MONTH, DEPOSIT_TAX_PERIOD,
          RETURN_BUDGET, CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET, OPEN_YEAR -> lastAt;
      case RECEIVE_REVENUE -> null;
      case SUBMIT_SPP, SUBMIT_FINANCING_SPP, SUBMIT_LINED_SPP -> enactedAt;
      case VERIFY_SPP, APPROVE_SPP, REJECT_SPP, CANCEL_SPP, PAY_SPP, SETTLE_PANJAR, DEPOSIT_TAX, REVERSE_PAYMENT -> {
        Spp s = sppOf(sppOfStep(op));
        yield s == null ? null : s.lastAt;
      }
      case REVERSE_RECEIPT -> {
        Receipt r = receipts.get(((ReverseReceipt) op).receipt());
        yield r == null ? null : r.at;
      }
    };
  }

  /** The SPP an operation refers to, or null when it refers to none. */
  private static OperationId sppOfStep(Operation op) {
    return switch (op.kind()) {
      case VERIFY_SPP -> ((VerifySpp) op).spp();
      case APPROVE_SPP -> ((ApproveSpp) op).spp();
      case REJECT_SPP -> ((RejectSpp) op).spp();
      case CANCEL_SPP -> ((CancelSpp) op).spp();
      case PAY_SPP -> ((PaySpp) op).spp();
      case SETTLE_PANJAR -> ((SettlePanjar) op).spp();
      case DEPOSIT_TAX -> ((DepositTax) op).spp();
      case REVERSE_PAYMENT -> ((ReversePayment) op).spp();
      case SUBMIT_SPP, SUBMIT_FINANCING_SPP, SUBMIT_LINED_SPP -> op.id();
      case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, RECEIVE_REVENUE, REVERSE_RECEIPT,
          CLOSE_YEAR, CLOSE_MONTH, DEPOSIT_TAX_PERIOD, RETURN_BUDGET, CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET,
          OPEN_YEAR -> null;
    };
  }

  /**
   * The monthly close (Permendagri 20/2018 Pasal 63): a month of the fiscal year not closed yet,
   * closed after its last day, with the cash counted equal to the cash on hand in the books (I10).
   */
  private boolean checkCloseMonth(CloseMonth o, String path, List<Finding> out) {
    YearMonth m = o.month();
    if (m.getYear() != fiscalYear) {
      out.add(Finding.error(Rule.OUTSIDE_FISCAL_YEAR, path + ".month", "month " + m + " is outside fiscal year " + fiscalYear, Map.of("month", m.toString())));
    } else if (closedThrough != null && !m.isAfter(closedThrough)) {
      out.add(Finding.error(Rule.MONTH_CLOSED, path + ".month", "month " + m + " is closed already (books closed through " + closedThrough + ")", Map.of("month", m.toString(), "closedThrough", closedThrough.toString())));
    }
    if (!date(o).isAfter(m.atEndOfMonth())) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".at", "month " + m + " is closed after its last day, not on " + date(o), Map.of("month", m.toString(), "date", date(o).toString())));
    }
    long counted = amountNotNegative(o.cashCounted(), path, ".cashCounted", out);
    long onHand = cashOnHand();
    if (out.isEmpty() && counted != onHand) {
      out.add(
          Finding.error(
              Rule.BOOKS_UNRECONCILED,
              path + ".cashCounted",
              "the cash counted (" + Idr.formatSen(counted) + ") differs from the cash on hand in the books (" + Idr.formatSen(onHand) + ")",
              Map.of("counted", Idr.formatSen(counted), "books", Idr.formatSen(onHand))));
    }
    return out.isEmpty();
  }

  /** The cash on hand in the treasurer's cash box (kas tunai), all fund sources: none is modelled apart from the bank yet. */
  long cashOnHand() {
    return 0;
  }

  /**
   * I7 by the SPP state machine ({@link SppStep}) for a step on an existing SPP: the SPP exists, is
   * at a status a step of the kind starts from, the actor is one the step allows (where that depends
   * on the status; a kind of one step had its role checked already) and took none of the earlier
   * steps it names.
   *
   * @return the SPP, or null when there is none
   */
  private Spp checkSppStep(OperationKind kind, Operation op, OperationId id, String path, List<Finding> out) {
    Spp s = spp(id, path, out);
    if (s == null) {
      return null;
    }
    if (!Guarantees.step(kind, s.status, s.id, path, out)) {
      return s;
    }
    Official actor = op.actor();
    if (kind.role == null) {
      Guarantees.stepActor(actor, kind, s.status, s.submitter, s.id, path, out);
    }
    Guarantees.distinct(kind, s.status, actor, s.submitter, s.verifier, s.approver, path, out);
    return s;
  }

  /** I7: the actor is the registered official (the district evaluator is external; the first Kepala Desa registers themselves). */
  private boolean registered(Operation op, String path, List<Finding> out) {
    Official actor = op.actor();
    if (actor.role() == Role.EVALUATOR_KABUPATEN) {
      return true;
    }
    OfficialRegistration r = officials.get(actor.id());
    if (r != null && r.official().equals(actor)) {
      return true;
    }
    if (op instanceof RegisterOfficial reg && bootstrap(reg)) {
      return true;
    }
    out.add(
        Finding.error(
            Rule.ACTOR_NOT_REGISTERED,
            path + ".actor",
            actor + " is not a registered official of " + village.name() + " in that role"
                + (r == null ? "" : " (registered as " + r.official() + ")"),
            Map.of("actor", actor.id(), "role", actor.role().name())));
    return false;
  }

  private boolean bootstrap(RegisterOfficial reg) {
    return !hasKepalaDesa() && reg.actor().role() == Role.KEPALA_DESA && reg.official().equals(reg.actor());
  }

  private boolean hasKepalaDesa() {
    for (OfficialRegistration r : officials.values()) {
      if (r.official().role() == Role.KEPALA_DESA) {
        return true;
      }
    }
    return false;
  }

  private boolean checkRegister(RegisterOfficial o, String path, List<Finding> out) {
    if (!o.kegiatan().isEmpty() && o.official().role() != Role.PELAKSANA_KEGIATAN) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".kegiatan", "only a PKA (pelaksana kegiatan) is assigned kegiatan, not " + o.official()));
    }
    for (KegiatanCode k : o.kegiatan()) {
      if (!reference.isKnown(k)) {
        out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".kegiatan", "kegiatan " + k + " is not under a known bidang and sub-bidang", Map.of("kegiatan", k.toString())));
      }
    }
    if (o.publicKey().isPresent()) {
      try {
        byte[] der = Base64.getDecoder().decode(o.publicKey().get());
        KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
      } catch (IllegalArgumentException | java.security.GeneralSecurityException e) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".publicKey", "the public key is not a Base64 X.509 Ed25519 key: " + e.getMessage()));
      }
    }
    return out.isEmpty();
  }

  private boolean checkLifecycle(Operation op, String path, List<Finding> out) {
    try {
      ApbdesLifecycle next = nextLifecycle(op);
      // a revision, a change by Perkades or the corrected budget after a cancellation (Pasal 36) replaces a budget spent on
      if (changesInForce(op.kind()) && (next.current().kind() == ApbdesLifecycle.Kind.REVISION || !next.changes().isEmpty() || lifecycle.cancelled())) {
        Map<BudgetItemKey, Money> revised = next.enacted().orElseThrow().items();
        for (int i = 0; i < itemKeys.size(); i++) {
          BudgetItemKey key = itemKeys.get(i);
          Money m = revised.get(key);
          Guarantees.revisionNotBelow(key, m == null ? 0 : Idr.toSen(m), committed[i], realised[i], path, out);
        }
        Map<FinancingItemKey, Money> revisedFin = next.enacted().orElseThrow().financingItems();
        for (int i = 0; i < finKeys.size(); i++) {
          Money m = revisedFin.get(finKeys.get(i));
          Guarantees.revisionNotBelow(finKeys.get(i), m == null ? 0 : Idr.toSen(m), finCommitted[i], finRealised[i], path, out);
        }
      }
    } catch (RuleViolationException e) {
      for (Finding f : e.findings()) {
        out.add(f.at(path + "." + f.path()));
      }
    } catch (IllegalArgumentException e) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path, e.getMessage()));
    }
    return out.isEmpty();
  }

  /** The lifecycle after a lifecycle operation ({@link ApbdesLifecycle.Transition}), or a RuleViolationException. */
  private ApbdesLifecycle nextLifecycle(Operation op) {
    LocalDate date = op.businessDate(zone);
    OperationKind kind = op.kind();
    if (kind == OperationKind.DRAFT_BUDGET) {
      DraftBudget o = (DraftBudget) op;
      if (lifecycle != null) {
        throw new RuleViolationException(Finding.error(Rule.LIFECYCLE_ORDER, "budget", "the " + fiscalYear + " budget is drafted already; revise it with a revision"));
      }
      checkOwn(o.budget());
      return ApbdesLifecycle.draft(o.budget(), policy, date, o.actor(), o.reference());
    }
    if (lifecycle == null) {
      throw new RuleViolationException(Finding.error(Rule.LIFECYCLE_ORDER, "budget", "no budget has been drafted yet"));
    }
    return switch (kind) {
      case AGREE_BUDGET -> lifecycle.agree(date, op.actor(), ((AgreeBudget) op).reference());
      case EVALUATE_BUDGET -> lifecycle.evaluate(date, op.actor(), ((EvaluateBudget) op).reference());
      case ENACT_BUDGET -> lifecycle.enact(date, op.actor(), ((EnactBudget) op).reference());
      case DRAFT_REVISION -> {
        DraftRevision o = (DraftRevision) op;
        checkOwn(o.budget());
        yield lifecycle.draftRevision(o.budget(), date, o.actor(), o.reference());
      }
      case RETURN_BUDGET -> lifecycle.returnForCorrection(date, op.actor(), ((ReturnBudget) op).reference());
      case CORRECT_BUDGET -> {
        CorrectBudget o = (CorrectBudget) op;
        checkOwn(o.budget());
        yield lifecycle.correct(o.budget(), date, o.actor(), o.reference());
      }
      case ENACT_DEEMED_BUDGET -> {
        EnactDeemedBudget o = (EnactDeemedBudget) op;
        yield lifecycle.enactDeemed(o.submitted(), date, o.actor(), o.reference());
      }
      case SHIFT_BUDGET -> lifecycle.shift(((Operation.ShiftBudget) op).budget(), date, op.actor(), ((Operation.ShiftBudget) op).reference());
      case ADD_LATE_GRANT -> lifecycle.addLateGrant(((Operation.AddLateGrant) op).budget(), date, op.actor(), ((Operation.AddLateGrant) op).reference());
      case SPEND_EMERGENCY -> lifecycle.spendEmergency(((Operation.SpendEmergency) op).budget(), date, op.actor(), ((Operation.SpendEmergency) op).reference());
      case CANCEL_BUDGET -> lifecycle.cancel(date, op.actor(), ((Operation.CancelBudget) op).reference());
      case DRAFT_BUDGET, REGISTER_OFFICIAL, RECEIVE_REVENUE, SUBMIT_SPP, VERIFY_SPP, APPROVE_SPP, REJECT_SPP, CANCEL_SPP, PAY_SPP,
          SETTLE_PANJAR, DEPOSIT_TAX, REVERSE_RECEIPT, REVERSE_PAYMENT, CLOSE_YEAR, SUBMIT_FINANCING_SPP, CLOSE_MONTH, SUBMIT_LINED_SPP,
          DEPOSIT_TAX_PERIOD, OPEN_YEAR -> throw new IllegalStateException(kind + " is not a step of the budget lifecycle");
    };
  }

  private void checkOwn(Apbdes b) {
    if (!b.village().equals(village) || b.fiscalYear() != fiscalYear) {
      throw new RuleViolationException(
          Finding.error(
              Rule.INVALID_OPERATION,
              "budget",
              "the budget is of " + b.village().name() + " " + b.fiscalYear() + ", this ledger of " + village.name() + " " + fiscalYear));
    }
  }

  private boolean checkReceive(ReceiveRevenue o, String path, List<Finding> out) {
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    AccountCode a = o.account();
    if (!(a.isPendapatan() || a.isPenerimaanPembiayaan()) || a.level() != AccountCode.Level.OBJEK) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".account", "a receipt is booked to a revenue (4.x) or financing receipt (6.1.x) account at objek level, not " + a, Map.of("account", a.toString())));
    } else if (!reference.isKnown(a)) {
      out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".account", "account " + a + " is not in the chart of accounts", Map.of("account", a.toString())));
    }
    if (!reference.isKnown(o.fundSource())) {
      out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".fundSource", "fund source " + o.fundSource() + " is not a known sumber dana", Map.of("fundSource", o.fundSource().code())));
    }
    Optional<FundSource> natural = a.isPendapatan() ? reference.naturalFundSource(a) : Optional.empty();
    if (natural.isPresent() && !natural.get().equals(o.fundSource())) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".fundSource", "account " + a + " brings in " + natural.get() + ", not " + o.fundSource(), Map.of("account", a.toString(), "fundSource", o.fundSource().code(), "expected", natural.get().code())));
    }
    if (o.tranche().isPresent()) {
      int n = o.tranche().getAsInt();
      if (!FundSource.DDS.equals(o.fundSource()) || policy.tranche(n).isEmpty()) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".tranche", "tranche " + n + " is a Dana Desa (DDS) tahap of the " + fiscalYear + " pack (1.." + policy.tranches().size() + ")", Map.of("tranche", Integer.toString(n))));
      }
    }
    if (opened && a.startsWith(id.smartkampung.core.ledger.report.YearOpening.SILPA)) {
      out.add(Finding.error(Rule.YEAR_OPENING, path + ".account", "the SiLPA of " + (fiscalYear - 1) + " came with the opening of the books; it is not received again on " + a, Map.of("account", a.toString())));
    }
    long sen = amount(o.amount(), path, ".amount", out);
    if (sen > 0) {
      Integer f = fundIndex.get(o.fundSource());
      try {
        Math.addExact(f == null ? 0 : cash[f], sen);
      } catch (ArithmeticException e) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".amount", "the amount would overflow the cash of " + o.fundSource()));
      }
    }
    return out.isEmpty();
  }

  private boolean checkSubmit(SubmitSpp o, String path, List<Finding> out) {
    if (!Guarantees.enacted(enacted != null, path, out)) {
      amount(o.amount(), path, ".amount", out);
      return false;
    }
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    OfficialRegistration r = officials.get(o.actor().id());
    if (r != null && o.actor().role() == Role.PELAKSANA_KEGIATAN && !hasDuty(o.actor().id(), o.item().kegiatan())) {
      out.add(
          Finding.error(
              Rule.SEGREGATION_OF_DUTIES,
              path + ".actor",
              o.actor() + " is not the PKA of kegiatan " + o.item().kegiatan(),
              Map.of("actor", o.actor().id(), "kegiatan", o.item().kegiatan().toString())));
    }
    long sen = amount(o.amount(), path, ".amount", out);
    Integer i = itemIndexOf(o.item());
    if (i == null) {
      out.add(Finding.error(Rule.UNKNOWN_REFERENCE, path + ".item", "item " + o.item() + " is not in the enacted budget", Map.of("item", o.item().toString())));
      return false;
    }
    checkNotCancelled(o.item().account(), path + ".item", out);
    if (sen > 0) {
      Guarantees.withinItem(o.item(), budget[i], committed[i], realised[i], sen, path, ".amount", out);
    }
    return out.isEmpty();
  }

  /**
   * A financing SPP (Permendagri 20/2018 lampiran, kode rekening 6.2): under an enacted budget,
   * dated in the year, for a financing item of the budget (6.2.x × fund source), within what is
   * left of it (I5). Submitted by a PKA; a financing item belongs to no kegiatan, so no duty is checked.
   */
  private boolean checkSubmitFinancing(SubmitFinancingSpp o, String path, List<Finding> out) {
    if (!Guarantees.enacted(enacted != null, path, out)) {
      amount(o.amount(), path, ".amount", out);
      return false;
    }
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    long sen = amount(o.amount(), path, ".amount", out);
    Integer i = finIndex.get(o.item());
    if (i == null) {
      out.add(Finding.error(Rule.UNKNOWN_REFERENCE, path + ".item", "financing item " + o.item() + " is not in the enacted budget", Map.of("item", o.item().toString())));
      return false;
    }
    checkNotCancelled(o.item().account(), path + ".item", out);
    Optional<PolicyPack.DanaDesaPart> outside = Guarantees.outsideTreasury(policy, o.item());
    if (outside.isPresent()) {
      out.add(Guarantees.outsideTreasuryFinding(outside.get(), o.item(), path + ".item"));
      return false;
    }
    if (sen > 0) {
      Guarantees.withinItem(o.item(), finBudget[i], finCommitted[i], finRealised[i], sen, path, ".amount", out);
    }
    return out.isEmpty();
  }

  /**
   * I4: while the Perdes APBDes is cancelled (Permendagri 20/2018 Pasal 36), an SPP only on the
   * operational accounts of the pack's {@code cancellation} (none without it; financing never);
   * false with a {@link Rule#BUDGET_CANCELLED} finding otherwise.
   */
  private boolean checkNotCancelled(AccountCode account, String path, List<Finding> out) {
    if (lifecycle == null || !lifecycle.cancelled()) {
      return true;
    }
    Optional<PolicyPack.BudgetCancellation> c = policy.cancellation();
    if (c.isPresent() && account.isBelanja() && c.get().isOperational(account)) {
      return true;
    }
    String ref = c.map(x -> x.reference().split(":")[0]).orElse("Permendagri 20/2018 Pasal 36");
    String allowed = c.map(x -> "accounts under " + x.operationalAccounts()).orElse("nothing: the " + fiscalYear + " pack names no operational accounts (cancellation)");
    out.add(
        Finding.error(
            Rule.BUDGET_CANCELLED,
            path,
            "the Perdes APBDes " + fiscalYear + " is cancelled by the Bupati/Walikota (" + lifecycle.original().step(ApbdesLifecycle.Stage.CANCELLED).orElseThrow().reference()
                + "): until the corrected Perdes is enacted only operational spending is allowed, " + allowed + ", not " + account + " (" + ref + ")",
            Map.of("account", account.toString())));
    return false;
  }

  /** The index of the fund source an SPP is paid from. */
  int fundOf(Spp s) {
    return s.item >= 0 ? itemFund[s.item] : s.fin >= 0 ? finFund[s.fin] : itemFund[s.lineItems[0]];
  }

  /** The fund source an SPP is paid from. */
  FundSource fundSourceOf(Spp s) {
    return fundKeys.get(fundOf(s));
  }

  /** Adds to what is committed on the SPP's item (belanja or financing). */
  private void commit(Spp s, long sen) {
    if (s.lined()) {
      int sign = sen < 0 ? -1 : 1;
      for (int l = 0; l < s.lineItems.length; l++) {
        committed[s.lineItems[l]] += sign * s.lineAmounts[l];
      }
    } else if (s.item >= 0) {
      committed[s.item] += sen;
    } else {
      finCommitted[s.fin] += sen;
    }
  }

  /** Adds to what is realised on the SPP's item (belanja or financing). */
  private void realise(Spp s, long sen) {
    if (s.lined()) {
      int sign = sen < 0 ? -1 : 1;
      for (int l = 0; l < s.lineItems.length; l++) {
        realised[s.lineItems[l]] += sign * s.lineAmounts[l];
      }
    } else if (s.item >= 0) {
      realised[s.item] += sen;
    } else {
      finRealised[s.fin] += sen;
    }
  }

  private Spp spp(OperationId id, String path, List<Finding> out) {
    Spp s = sppOf(id);
    if (s == null) {
      out.add(Finding.error(Rule.UNKNOWN_REFERENCE, path + ".spp", "no SPP " + id + " has been submitted", Map.of("spp", id.value())));
    }
    return s;
  }

  private boolean checkPay(PaySpp o, String path, List<Finding> out) {
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    Spp s = checkSppStep(OperationKind.PAY_SPP, o, o.spp(), path, out);
    if (s == null) {
      return false;
    }
    if (s.lined()) {
      return checkPayLined(o, s, path, out);
    }
    long tax = 0;
    if (!o.withhold().isEmpty()) {
      if (s.item < 0) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".withhold", "no tax is withheld on a financing expenditure (6.2.x) such as penyertaan modal"));
      } else if (s.type == SppType.UM) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".withhold", "no tax is withheld on a panjar (UM) advance; it is withheld when the panjar is spent"));
      } else {
        for (TaxType t : o.withhold()) {
          tax += Withholding.taxSen(s.amount, rates[t.ordinal()]);
        }
        if (tax >= s.amount) {
          out.add(Finding.error(Rule.INVALID_OPERATION, path + ".withhold", "the taxes withheld (" + Idr.formatSen(tax) + ") leave nothing to pay of " + Idr.formatSen(s.amount)));
        }
      }
    }
    int f = fundOf(s);
    Guarantees.cashCovers(fundKeys.get(f), cash[f], taxPayable[f], s.amount, path, out);
    return out.isEmpty();
  }

  private boolean checkSettle(SettlePanjar o, String path, List<Finding> out) {
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    Spp s = spp(o.spp(), path, out);
    long spent = amountNotNegative(o.spent(), path, ".spent", out);
    if (s == null) {
      return false;
    }
    if (s.type != SppType.UM) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".spp", "SPP " + s.id + " is LS; only a panjar (UM) is accounted for by SPJ", Map.of("spp", s.id.value())));
      return false;
    }
    Guarantees.step(OperationKind.SETTLE_PANJAR, s.status, s.id, path, out);
    OfficialRegistration r = officials.get(o.actor().id());
    BudgetItemKey key = itemKeys.get(s.item);
    if (!o.actor().id().equals(s.submitter) && (r == null || !hasDuty(o.actor().id(), key.kegiatan()))) {
      out.add(Finding.error(Rule.SEGREGATION_OF_DUTIES, path + ".actor", o.actor() + " is not the PKA of kegiatan " + key.kegiatan(), Map.of("actor", o.actor().id())));
    }
    if (spent > s.amount) {
      out.add(
          Finding.error(
              Rule.PANJAR_OVERACCOUNTED,
              path + ".spent",
              "SPJ of " + Idr.formatSen(spent) + " for a panjar of " + Idr.formatSen(s.amount) + " (Permendagri 20/2018)",
              Map.of("spp", s.id.value(), "advance", Idr.formatSen(s.amount), "spent", Idr.formatSen(spent))));
    }
    return out.isEmpty();
  }

  private boolean checkDeposit(DepositTax o, String path, List<Finding> out) {
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    long sen = amount(o.amount(), path, ".amount", out);
    Spp s = spp(o.spp(), path, out);
    if (s == null) {
      return false;
    }
    long owed = s.status == SppStatus.PAID ? s.withheld[o.tax().ordinal()] - s.deposited[o.tax().ordinal()] : 0;
    if (sen > owed) {
      out.add(
          Finding.error(
              Rule.TAX_OVERDEPOSITED,
              path + ".amount",
              "deposit of " + Idr.formatSen(sen) + " " + o.tax() + " on SPP " + s.id + ", which owes " + Idr.formatSen(owed),
              Map.of("spp", s.id.value(), "tax", o.tax().name(), "owed", Idr.formatSen(owed), "amount", Idr.formatSen(sen))));
    }
    return out.isEmpty();
  }

  private boolean checkReverseReceipt(ReverseReceipt o, String path, List<Finding> out) {
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    Receipt r = receipts.get(o.receipt());
    if (r == null || r.reversed) {
      out.add(
          Finding.error(
              Rule.REVERSAL_NOT_ALLOWED,
              path + ".receipt",
              r == null ? "no receipt " + o.receipt() + " to reverse" : "receipt " + o.receipt() + " is reversed already",
              Map.of("receipt", o.receipt().value())));
      return false;
    }
    Guarantees.cashCovers(fundKeys.get(r.fund), cash[r.fund], taxPayable[r.fund], r.amount, path, out);
    return out.isEmpty();
  }

  private boolean checkReversePayment(ReversePayment o, String path, List<Finding> out) {
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    Spp s = spps.get(o.spp());
    String why = null;
    if (s == null) {
      why = "no SPP " + o.spp() + " to reverse";
    } else if (!SppStep.REVERSE_PAYMENT.startsFrom(s.status)) {
      why = "SPP " + s.id + " is " + s.status + "; only a paid SPP (a panjar before its SPJ) is reversed";
    } else if (s.anyDeposited()) {
      why = "tax withheld on SPP " + s.id + " has been deposited; the payment can no longer be reversed";
    } else if (s.lined() && s.paidOn != null && periodDeposited(s)) {
      why = "tax of a period SPP " + s.id + " was withheld in has been deposited; the payment can no longer be reversed";
    }
    if (why != null) {
      out.add(Finding.error(Rule.REVERSAL_NOT_ALLOWED, path + ".spp", why, Map.of("spp", o.spp().value())));
    }
    return out.isEmpty();
  }

  private boolean checkClose(CloseYear o, String path, List<Finding> out) {
    LocalDate d = o.businessDate(zone);
    if (d.isBefore(LocalDate.of(fiscalYear, 12, 31))) {
      out.add(Finding.error(Rule.OUTSIDE_FISCAL_YEAR, path, "the books of " + fiscalYear + " close on or after 31 December, not " + d, Map.of("date", d.toString())));
    }
    // taxes of lined SPPs still owed at the close are carried into the next year's tax book (December's are due in January,
    // PMK 81/2024 pasal 94): allowed unless the year's tax rules make them an ERROR; those of old single-line SPPs block the close as before
    long perSpp = taxOwedTotal - linedOwed;
    boolean linedBlocks = linedOwed > 0 && taxRules != null && taxRules.unpaidAtYearEnd() == id.smartkampung.core.rule.Severity.ERROR;
    if (pendingSpps > 0 || outstandingPanjar > 0 || perSpp > 0 || linedBlocks) {
      long owed = linedBlocks ? taxOwedTotal : perSpp;
      out.add(
          Finding.error(
              Rule.YEAR_END_OPEN_ITEMS,
              path,
              "cannot close: " + outstandingPanjar + " panjar outstanding, " + pendingSpps + " SPP pending, " + Idr.formatSen(owed) + " tax not deposited"
                  + (linedBlocks ? " (the " + fiscalYear + " tax rules demand zero at the close)" : ""),
              Map.of("outstandingPanjar", Integer.toString(outstandingPanjar), "pendingSpp", Integer.toString(pendingSpps), "taxOwed", Idr.formatSen(owed))));
    }
    return out.isEmpty();
  }

  /** I1 for a payment or receipt: the amount in sen, or 0 with a finding. */
  private long amount(MonetaryAmount m, String opPath, String field, List<Finding> out) {
    long sen = toSenOrZero(m);
    if (sen <= 0) {
      String path = opPath + field; // made only for the finding: a posting builds no strings
      out.add(Idr.check(m, Idr.Sign.POSITIVE, path).orElseGet(() -> Finding.error(Rule.AMOUNT_NOT_POSITIVE, path, "amount out of range")));
      return 0;
    }
    return sen;
  }

  /** I1 for an amount that may be zero (an SPJ that spent nothing). */
  private long amountNotNegative(MonetaryAmount m, String opPath, String field, List<Finding> out) {
    long sen = toSenOrZero(m);
    if (sen < 0 || (sen == 0 && !m.isZero())) {
      String path = opPath + field;
      out.add(Idr.check(m, Idr.Sign.NOT_NEGATIVE, path).orElseGet(() -> Finding.error(Rule.AMOUNT_PRECISION, path, "amount out of range")));
      return 0;
    }
    return sen;
  }

  private long toSenOrZero(MonetaryAmount m) {
    try {
      return sen(m);
    } catch (IllegalArgumentException | ArithmeticException e) {
      return m.isNegative() ? -1 : 0;
    }
  }

  // ------------------------------------------------------------------- post

  /** Applies an operation that passed {@link #check}. */
  void post(Operation op) {
    // a switch expression without default: the compiler checks that every kind is posted
    boolean posted = switch (op.kind()) {
      case REGISTER_OFFICIAL -> postRegister((RegisterOfficial) op);
      case DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, RETURN_BUDGET, CORRECT_BUDGET, ENACT_DEEMED_BUDGET,
          SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET ->
          postLifecycle(op);
      case RECEIVE_REVENUE -> postReceive((ReceiveRevenue) op);
      case SUBMIT_SPP -> postSubmit((SubmitSpp) op);
      case VERIFY_SPP -> {
        Spp s = sppOf(((VerifySpp) op).spp());
        s.verifier = op.actor().id();
        yield step(s, SppStep.VERIFY);
      }
      case APPROVE_SPP -> {
        Spp s = sppOf(((ApproveSpp) op).spp());
        s.approver = op.actor().id();
        yield step(s, SppStep.APPROVE);
      }
      case REJECT_SPP -> release(sppOf(((RejectSpp) op).spp()), SppStatus.REJECTED);
      case CANCEL_SPP -> release(sppOf(((CancelSpp) op).spp()), SppStatus.CANCELLED);
      case PAY_SPP -> postPay((PaySpp) op);
      case SETTLE_PANJAR -> postSettle((SettlePanjar) op);
      case DEPOSIT_TAX -> postDeposit((DepositTax) op);
      case REVERSE_RECEIPT -> postReverseReceipt((ReverseReceipt) op);
      case REVERSE_PAYMENT -> postReversePayment((ReversePayment) op);
      case CLOSE_YEAR -> closed = true;
      case SUBMIT_FINANCING_SPP -> postSubmitFinancing((SubmitFinancingSpp) op);
      case CLOSE_MONTH -> {
        closedThrough = ((CloseMonth) op).month();
        yield true;
      }
      case SUBMIT_LINED_SPP -> postSubmitLined((SubmitLinedSpp) op);
      case DEPOSIT_TAX_PERIOD -> postDepositPeriod((DepositTaxPeriod) op);
      case OPEN_YEAR -> postOpen((Operation.OpenYear) op);
    };
    assert posted;
    if (lastAt == null || op.at().isAfter(lastAt)) {
      lastAt = op.at();
    }
    OperationId ref = sppOfStep(op);
    if (ref != null) {
      sppOf(ref).lastAt = op.at();
    }
    if (op.kind() == OperationKind.ENACT_BUDGET || op.kind() == OperationKind.ENACT_DEEMED_BUDGET) {
      enactedAt = op.at();
    }
  }

  /** Moves the SPP by a step of the table; true. */
  private static boolean step(Spp s, SppStep step) {
    s.status = step.to;
    return true;
  }

  private boolean postRegister(RegisterOfficial o) {
    officials.put(o.official().id(), new OfficialRegistration(o.official(), o.kegiatan(), o.publicKey()));
    duties.put(o.official().id(), new HashSet<>(o.kegiatan()));
    return true;
  }

  /**
   * What an accepted operation reports beside its acceptance: for a step of the budget lifecycle the
   * findings (errors and warnings) of the version it moved, at the operation's path; else none.
   */
  ImmutableList<Finding> acceptedFindings(Operation op) {
    if (op.kind() == OperationKind.OPEN_YEAR) {
      Operation.OpenYear o = (Operation.OpenYear) op;
      return id.smartkampung.core.ledger.report.YearOpening.silpaMatches(o.silpa(), enacted, o.previousYear(), op.id().value() + ".silpa");
    }
    if (op.kind().transition == null || lifecycle == null) {
      return ImmutableList.of();
    }
    String path = op.id().value();
    ImmutableList.Builder<Finding> b = ImmutableList.builder();
    for (Finding f : lifecycle.validation().findings()) {
      b.add(f.at(path + "." + f.path()));
    }
    for (Finding f : lastStepDates) {
      b.add(f.at(path + "." + f.path()));
    }
    return b.build();
  }

  private boolean postLifecycle(Operation op) {
    ApbdesLifecycle next = nextLifecycle(op);
    int before = lifecycle == null ? 0 : lifecycle.dateFindings().size();
    lastStepDates = next.dateFindings().subList(before, next.dateFindings().size());
    lifecycle = next;
    if (changesInForce(op.kind())) {
      index(next.enacted().orElseThrow());
    }
    return true;
  }

  /** Whether an accepted operation of the kind puts a (new) budget in force: an enactment or a change by Perkades. */
  private static boolean changesInForce(OperationKind kind) {
    return kind == OperationKind.ENACT_BUDGET || kind == OperationKind.ENACT_DEEMED_BUDGET || kind == OperationKind.SHIFT_BUDGET
        || kind == OperationKind.ADD_LATE_GRANT || kind == OperationKind.SPEND_EMERGENCY;
  }

  private boolean postReceive(ReceiveRevenue o) {
    int f = fund(o.fundSource());
    long sen = sen(o.amount());
    cash[f] += sen;
    received[f] += sen;
    receivedByAccount.computeIfAbsent(o.account(), a -> new long[1])[0] += sen;
    // only Dana Desa is received by tranche; its receipts without a number count under 0
    int tranche = FundSource.DDS.equals(o.fundSource()) ? o.tranche().orElse(0) : -1;
    if (tranche >= 0) {
      receivedByTranche[tranche] += sen;
    }
    receipts.put(o.id(), new Receipt(f, sen, o.account(), tranche, o.at()));
    silpaReceived |= o.account().startsWith(id.smartkampung.core.ledger.report.YearOpening.SILPA);
    return true;
  }

  /**
   * The opening of the year's books from the previous year's close (I4 {@code year-opening}): by the
   * Kaur Keuangan, dated in the year, once, of the year before, under a budget in force, before any
   * SPP and without SiLPA received as a receipt; each SiLPA amount and DPAL remaining positive and
   * of a known source; the DPAL within its source's SiLPA (I6) and carried by the budget in force
   * (I4 {@code dpal-not-carried}). The SiLPA planned per source is compared after acceptance
   * ({@link #acceptedFindings}: warnings).
   */
  private boolean checkOpen(Operation.OpenYear o, String path, List<Finding> out) {
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    if (o.previousYear() != fiscalYear - 1) {
      out.add(Finding.error(Rule.YEAR_OPENING, path + ".previousYear", "the " + fiscalYear + " books open from the close of " + (fiscalYear - 1) + ", not " + o.previousYear(),
          Map.of("previousYear", Integer.toString(o.previousYear()))));
    }
    if (opened) {
      out.add(Finding.error(Rule.YEAR_OPENING, path, "the " + fiscalYear + " books are opened already"));
    } else if (!spps.isEmpty()) {
      out.add(Finding.error(Rule.YEAR_OPENING, path, "the " + fiscalYear + " books open before any spending; " + spps.size() + " SPP submitted already"));
    } else if (silpaReceived) {
      out.add(Finding.error(Rule.YEAR_OPENING, path, "SiLPA was received as a receipt (6.1.1) already; the opening brings the SiLPA per fund source and may not follow it"));
    }
    if (!Guarantees.enacted(enacted != null, path, out)) {
      return false;
    }
    long total = 0;
    for (Map.Entry<FundSource, Money> e : o.silpa().entrySet()) {
      String p = ".silpa[" + e.getKey() + "]";
      if (!reference.isKnown(e.getKey())) {
        out.add(Finding.error(Rule.CODE_UNKNOWN, path + p, "fund source " + e.getKey() + " is not a known sumber dana", Map.of("fundSource", e.getKey().code())));
      }
      long sen = amount(e.getValue(), path, p, out);
      Integer f = fundIndex.get(e.getKey());
      try {
        Math.addExact(f == null ? 0 : cash[f], sen);
        total = Math.addExact(total, sen);
      } catch (ArithmeticException x) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + p, "the amount would overflow the cash of " + e.getKey()));
      }
    }
    for (int i = 0; i < o.dpal().size(); i++) {
      amount(o.dpal().get(i).remaining(), path, ".dpal[" + i + "].remaining", out);
    }
    if (out.isEmpty()) {
      out.addAll(id.smartkampung.core.ledger.report.YearOpening.dpalWithinSilpa(o.silpa(), o.dpal(), path + ".dpal"));
      out.addAll(id.smartkampung.core.ledger.report.YearOpening.carried(o.dpal(), enacted, o.previousYear(), path + ".dpal"));
    }
    return out.isEmpty();
  }

  /** The opening's SiLPA realises the budget's 6.1.1 per fund source: cash of each source starts with it. */
  private boolean postOpen(Operation.OpenYear o) {
    AccountCode silpa = SILPA_OBJEK;
    for (Map.Entry<FundSource, Money> e : o.silpa().entrySet()) {
      int f = fund(e.getKey());
      long sen = Idr.toSen(e.getValue());
      cash[f] += sen;
      received[f] += sen;
      receivedByAccount.computeIfAbsent(silpa, a -> new long[1])[0] += sen;
    }
    opened = true;
    return true;
  }

  /** The objek the opening's SiLPA is booked to: <i>SiLPA tahun sebelumnya</i> 6.1.1.01. */
  static final AccountCode SILPA_OBJEK = AccountCode.parse("6.1.1.01");

  private boolean postSubmit(SubmitSpp o) {
    Spp s = new Spp(o.id(), o.type(), itemIndexOf(o.item()), sen(o.amount()), o.actor().id(), date(o));
    spps.put(o.id(), s);
    committed[s.item] += s.amount;
    pendingSpps++;
    return true;
  }

  private boolean postSubmitFinancing(SubmitFinancingSpp o) {
    Spp s = new Spp(o.id(), SppType.LS, -1, finIndex.get(o.item()), sen(o.amount()), o.actor().id(), date(o));
    spps.put(o.id(), s);
    finCommitted[s.fin] += s.amount;
    pendingSpps++;
    return true;
  }

  private boolean postSettle(SettlePanjar o) {
    Spp s = sppOf(o.spp());
    long spent = sen(o.spent());
    s.spent = spent;
    s.settledOn = date(o);
    step(s, SppStep.SETTLE);
    committed[s.item] -= s.amount;
    realised[s.item] += spent;
    cash[itemFund[s.item]] += s.amount - spent;
    outstandingPanjar--;
    return true;
  }

  private boolean postDeposit(DepositTax o) {
    Spp s = sppOf(o.spp());
    long sen = sen(o.amount());
    s.deposited[o.tax().ordinal()] += sen;
    int f = fundOf(s);
    cash[f] -= sen;
    taxPayable[f] -= sen;
    taxOwedTotal -= sen;
    return true;
  }

  private boolean postReverseReceipt(ReverseReceipt o) {
    Receipt r = receipts.get(o.receipt());
    r.reversed = true;
    cash[r.fund] -= r.amount;
    received[r.fund] -= r.amount;
    receivedByAccount.get(r.account)[0] -= r.amount;
    if (r.tranche >= 0) {
      receivedByTranche[r.tranche] -= r.amount;
    }
    return true;
  }

  private boolean postReversePayment(ReversePayment o) {
    Spp s = sppOf(o.spp());
    if (s.lined()) {
      realise(s, -s.amount);
      for (int l = 0; l < s.lineItems.length; l++) {
        int f = itemFund[s.lineItems[l]];
        long tax = s.lineWithheld[l];
        cash[f] += s.lineAmounts[l] - tax;
        taxPayable[f] -= tax;
        taxOwedTotal -= tax;
        linedOwed -= tax;
        for (TaxLine t : s.lineTaxes[l].lines()) {
          PeriodTax p = periodTaxes.get(TaxPeriod.of(t.levy(), s.paidOn));
          p.withheld[f] -= Idr.toSen(t.amount());
        }
      }
      forgetIncome(s);
      return step(s, SppStep.REVERSE_PAYMENT);
    }
    int f = fundOf(s);
    if (s.type == SppType.LS) {
      realise(s, -s.amount);
      cash[f] += s.amount - s.taxTotal;
      taxPayable[f] -= s.taxTotal;
      taxOwedTotal -= s.taxTotal;
    } else {
      committed[s.item] -= s.amount;
      cash[f] += s.amount;
      outstandingPanjar--;
    }
    return step(s, SppStep.REVERSE_PAYMENT);
  }

  private boolean postPay(PaySpp o) {
    Spp s = sppOf(o.spp());
    if (s.lined()) {
      return postPayLined(o, s);
    }
    int f = fundOf(s);
    s.paidOn = date(o);
    step(s, SppStep.PAY);
    pendingSpps--;
    if (s.type == SppType.LS) {
      long tax = 0;
      for (TaxType t : o.withhold()) {
        long w = Withholding.taxSen(s.amount, rates[t.ordinal()]);
        s.withheld[t.ordinal()] = w;
        tax += w;
      }
      s.taxTotal = tax;
      commit(s, -s.amount);
      realise(s, s.amount);
      cash[f] -= s.amount - tax;
      taxPayable[f] += tax;
      taxOwedTotal += tax;
    } else {
      cash[f] -= s.amount;
      outstandingPanjar++;
    }
    return true;
  }

  /** Rejection or cancellation: the reservation is released; true. */
  private boolean release(Spp s, SppStatus to) {
    commit(s, -s.amount);
    if (s.lined()) {
      forgetIncome(s);
    }
    s.status = to;
    pendingSpps--;
    return true;
  }

  // ------------------------------------------------------- lined SPPs and their taxes

  /**
   * A lined SPP: under an enacted budget, dated in the year, at least one line; its payees each
   * once and well formed; every line's item in the budget, its kegiatan one of the PKA's (I7), its
   * amount positive, its payee among the SPP's payees, its purchase one the payee can be paid for
   * by the year's tax rules; the lines of each item within what is left of it (I5).
   */
  private boolean checkSubmitLined(SubmitLinedSpp o, String path, List<Finding> out) {
    if (!Guarantees.enacted(enacted != null, path, out)) {
      return false;
    }
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    if (taxRules == null) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path, "the " + fiscalYear + " policy pack has no tax rules (tax-" + fiscalYear + ".json): a lined SPP's taxes cannot be determined"));
      return false;
    }
    if (o.lines().isEmpty()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".lines", "an SPP has at least one line"));
      return false;
    }
    Set<String> ids = new HashSet<>();
    for (int p = 0; p < o.payees().size(); p++) {
      if (!ids.add(o.payees().get(p).id())) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".payees[" + p + "]", "payee '" + o.payees().get(p).id() + "' is listed twice"));
      }
    }
    boolean pka = o.actor().role() == Role.PELAKSANA_KEGIATAN && officials.containsKey(o.actor().id());
    Map<Integer, Long> perItem = new LinkedHashMap<>();
    TaxDetermination[] taxes = new TaxDetermination[o.lines().size()];
    Map<String, long[]> earlier = new HashMap<>();
    LocalDate on = date(o);
    for (int l = 0; l < o.lines().size(); l++) {
      SubmitLinedSpp.Line line = o.lines().get(l);
      String at = path + ".lines[" + l + "]";
      long sen = amount(line.amount(), at, ".amount", out);
      if (pka && !hasDuty(o.actor().id(), line.item().kegiatan())) {
        out.add(
            Finding.error(
                Rule.SEGREGATION_OF_DUTIES,
                at + ".item",
                o.actor() + " is not the PKA of kegiatan " + line.item().kegiatan(),
                Map.of("actor", o.actor().id(), "kegiatan", line.item().kegiatan().toString())));
      }
      Integer i = itemIndex.get(line.item());
      if (i == null) {
        out.add(Finding.error(Rule.UNKNOWN_REFERENCE, at + ".item", "item " + line.item() + " is not in the enacted budget", Map.of("item", line.item().toString())));
      } else if (!checkNotCancelled(line.item().account(), at + ".item", out)) {
        // refused: not operational while the budget is cancelled
      } else if (sen > 0) {
        perItem.merge(i, sen, Long::sum);
      }
      Payee payee = o.payee(line.payee());
      if (payee == null) {
        out.add(Finding.error(Rule.UNKNOWN_REFERENCE, at + ".payee", "payee '" + line.payee() + "' is not among the SPP's payees", Map.of("payee", line.payee())));
        continue;
      }
      if (sen <= 0 || on.getYear() != fiscalYear) {
        continue;
      }
      try {
        Purchase purchase = Purchase.of(line.purchase(), Idr.ofSen(sen), on);
        long[] before = null;
        if (line.purchase().isPersonalIncome()) {
          before = earlier.computeIfAbsent(payee.id(), k -> incomeBefore(k, on));
          purchase = purchase.withEarlier(new IncomeToDate(Idr.ofSen(before[0]), Idr.ofSen(before[1]), Idr.ofSen(before[2]), Idr.ofSen(before[3]), 12));
        }
        taxes[l] = taxRules.determine(payee, purchase);
        if (before != null) {
          long tax = Idr.toSen(taxes[l].amount(id.smartkampung.core.tax.Levy.PPH_21));
          before[0] += sen;
          before[1] += tax;
          before[2] += sen;
          before[3] += tax;
        }
      } catch (IllegalArgumentException e) {
        out.add(Finding.error(Rule.INVALID_OPERATION, at + ".purchase", e.getMessage(), Map.of("payee", payee.id(), "purchase", line.purchase().name())));
      }
    }
    for (Map.Entry<Integer, Long> e : perItem.entrySet()) {
      int i = e.getKey();
      Guarantees.withinItem(itemKeys.get(i), budget[i], committed[i], realised[i], e.getValue(), path + ".lines", out);
    }
    if (out.isEmpty()) {
      memoLinedOf = o;
      memoLined = taxes;
    }
    return out.isEmpty();
  }

  /** The payee's income before a payment on {@code on}: {this month's gross, its PPh 21, the year's gross, its PPh 21}, sen. */
  private long[] incomeBefore(String payee, LocalDate on) {
    Income i = incomeOf.get(payee);
    if (i == null) {
      return new long[4];
    }
    boolean sameMonth = java.time.YearMonth.from(on).equals(i.month);
    return new long[] {sameMonth ? i.monthGross : 0, sameMonth ? i.monthTax : 0, i.yearGross, i.yearTax};
  }

  /** Adds ({@code sign} 1) or removes (-1) a determination's personal income to its payee's totals. */
  private void income(TaxDetermination d, int sign) {
    Income i = incomeOf.computeIfAbsent(d.payee().id(), k -> new Income());
    java.time.YearMonth m = java.time.YearMonth.from(d.purchase().paidOn());
    long gross = Idr.toSen(d.payment());
    long tax = Idr.toSen(d.amount(id.smartkampung.core.tax.Levy.PPH_21));
    if (sign > 0 && (i.month == null || m.isAfter(i.month))) {
      i.month = m;
      i.monthGross = 0;
      i.monthTax = 0;
    }
    if (m.equals(i.month)) {
      i.monthGross += sign * gross;
      i.monthTax += sign * tax;
    }
    i.yearGross += sign * gross;
    i.yearTax += sign * tax;
  }

  private boolean postSubmitLined(SubmitLinedSpp o) {
    TaxDetermination[] taxes = memoLinedOf == o ? memoLined : null;
    if (taxes == null) {
      List<Finding> scratch = new ArrayList<>();
      checkSubmitLined(o, o.id().value(), scratch); // posted without its check just before: derive again
      taxes = memoLined;
    }
    int n = o.lines().size();
    int[] items = new int[n];
    long[] amounts = new long[n];
    long[] withheld = new long[n];
    long total = 0;
    for (int l = 0; l < n; l++) {
      SubmitLinedSpp.Line line = o.lines().get(l);
      items[l] = itemIndex.get(line.item());
      amounts[l] = sen(line.amount());
      withheld[l] = Idr.toSen(taxes[l].withheld());
      total += amounts[l];
      committed[items[l]] += amounts[l];
      if (line.purchase().isPersonalIncome()) {
        income(taxes[l], 1);
      }
    }
    for (Payee p : o.payees()) {
      payees.put(p.id(), p);
    }
    Spp s = new Spp(o.id(), SppType.LS, -1, -1, total, o.actor().id(), date(o));
    s.lineItems = items;
    s.lineAmounts = amounts;
    s.lineTaxes = taxes;
    s.lineWithheld = withheld;
    spps.put(o.id(), s);
    pendingSpps++;
    memoLinedOf = null;
    memoLined = null;
    return true;
  }

  /** Drops a lined SPP's personal income from its payees' year (rejected, cancelled, reversed). */
  private void forgetIncome(Spp s) {
    for (TaxDetermination d : s.lineTaxes) {
      if (d.purchase().kind().isPersonalIncome()) {
        income(d, -1);
      }
    }
  }

  /** Paying a lined SPP: no tax types are named (its taxes were determined at submission); each fund source's cash covers its lines' gross (I6). */
  private boolean checkPayLined(PaySpp o, Spp s, String path, List<Finding> out) {
    if (!o.withhold().isEmpty()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".withhold", "the taxes of lined SPP " + s.id + " were determined at submission; a payment of it names no tax types"));
    }
    long[] gross = new long[fundKeys.size()];
    for (int l = 0; l < s.lineItems.length; l++) {
      gross[itemFund[s.lineItems[l]]] += s.lineAmounts[l];
    }
    for (int f = 0; f < gross.length; f++) {
      if (gross[f] > 0) {
        Guarantees.cashCovers(fundKeys.get(f), cash[f], taxPayable[f], gross[f], path, out);
      }
    }
    return out.isEmpty();
  }

  private boolean postPayLined(PaySpp o, Spp s) {
    s.paidOn = date(o);
    step(s, SppStep.PAY);
    pendingSpps--;
    long tax = 0;
    for (int l = 0; l < s.lineItems.length; l++) {
      int i = s.lineItems[l];
      int f = itemFund[i];
      committed[i] -= s.lineAmounts[l];
      realised[i] += s.lineAmounts[l];
      cash[f] -= s.lineAmounts[l] - s.lineWithheld[l];
      taxPayable[f] += s.lineWithheld[l];
      tax += s.lineWithheld[l];
      for (TaxLine t : s.lineTaxes[l].lines()) {
        PeriodTax p = periodTaxes.computeIfAbsent(TaxPeriod.of(t.levy(), s.paidOn), k -> new PeriodTax());
        p.ensure(f);
        p.withheld[f] += Idr.toSen(t.amount());
      }
    }
    s.taxTotal = tax;
    taxOwedTotal += tax;
    linedOwed += tax;
    return true;
  }

  /** Whether anything was deposited for a period a paid lined SPP withheld tax in. */
  private boolean periodDeposited(Spp s) {
    for (TaxDetermination d : s.lineTaxes) {
      for (TaxLine t : d.lines()) {
        PeriodTax p = periodTaxes.get(TaxPeriod.of(t.levy(), s.paidOn));
        if (p != null && p.depositedTotal() > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A deposit per tax type and period: dated in the year and not before the period, a positive
   * whole-rupiah amount, at most what the lined SPPs paid in the period still owe of the tax (I10).
   */
  private boolean checkDepositPeriod(DepositTaxPeriod o, String path, List<Finding> out) {
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    long sen = amount(o.amount(), path, ".amount", out);
    if (sen % 100 != 0) {
      out.add(Finding.error(Rule.AMOUNT_PRECISION, path + ".amount", "a tax deposit is in whole rupiah, not " + Idr.formatSen(sen)));
    }
    if (date(o).isBefore(o.period().atDay(1))) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".period", "a deposit on " + date(o) + " is before its tax period " + o.period()));
    }
    if (o.billingCode().isBlank() || o.ntpn().isBlank()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".ntpn", "a deposit names its billing code and NTPN"));
    }
    PeriodTax p = periodTaxes.get(new TaxPeriod(o.levy(), o.period()));
    long owed = p == null ? 0 : p.owed();
    if (sen > owed) {
      String what = o.levy().label() + " " + o.period();
      out.add(
          Finding.error(
              Rule.TAX_OVERDEPOSITED,
              path + ".amount",
              "deposit of " + Idr.formatSen(sen) + " " + what + ", which owes " + Idr.formatSen(owed),
              Map.of("period", what, "owed", Idr.formatSen(owed), "amount", Idr.formatSen(sen))));
    }
    return out.isEmpty();
  }

  /** Posts a period deposit against the fund sources that owe the period's tax, in the order of the fund source codes. */
  private boolean postDepositPeriod(DepositTaxPeriod o) {
    PeriodTax p = periodTaxes.get(new TaxPeriod(o.levy(), o.period()));
    long left = sen(o.amount());
    long[] split = new long[fundKeys.size()];
    depositSplit.put(o.id(), split);
    List<FundSource> order = new ArrayList<>(fundKeys);
    order.sort(null);
    for (FundSource source : order) {
      int f = fundIndex.get(source);
      if (f >= p.withheld.length || left == 0) {
        continue;
      }
      long take = Math.min(left, p.withheld[f] - p.deposited[f]);
      if (take > 0) {
        p.deposited[f] += take;
        split[f] = take;
        cash[f] -= take;
        taxPayable[f] -= take;
        taxOwedTotal -= take;
        linedOwed -= take;
        left -= take;
      }
    }
    assert left == 0;
    return true;
  }

  /** Indexes the items of the budget now in force; items left out of a revision keep their index with budget 0. */
  private void index(Apbdes b) {
    Arrays.fill(budget, 0, itemKeys.size(), 0L);
    for (Map.Entry<BudgetItemKey, Money> e : b.items().entrySet()) {
      BudgetItemKey key = e.getKey();
      Integer i = itemIndex.get(key);
      if (i == null) {
        i = itemKeys.size();
        if (i == budget.length) {
          int n = i * 2;
          budget = Arrays.copyOf(budget, n);
          committed = Arrays.copyOf(committed, n);
          realised = Arrays.copyOf(realised, n);
          itemFund = Arrays.copyOf(itemFund, n);
        }
        itemKeys.add(key);
        itemIndex.put(key, i);
        itemFund[i] = fund(key.fundSource());
      }
      budget[i] = Idr.toSen(e.getValue());
    }
    Arrays.fill(finBudget, 0, finKeys.size(), 0L);
    for (Map.Entry<FinancingItemKey, Money> e : b.financingItems().entrySet()) {
      FinancingItemKey key = e.getKey();
      Integer i = finIndex.get(key);
      if (i == null) {
        i = finKeys.size();
        if (i == finBudget.length) {
          int n = i * 2;
          finBudget = Arrays.copyOf(finBudget, n);
          finCommitted = Arrays.copyOf(finCommitted, n);
          finRealised = Arrays.copyOf(finRealised, n);
          finFund = Arrays.copyOf(finFund, n);
        }
        finKeys.add(key);
        finIndex.put(key, i);
        finFund[i] = fund(key.fundSource());
      }
      finBudget[i] = Idr.toSen(e.getValue());
    }
    enacted = b;
  }

  /** The index of a fund source, added on first use. */
  int fund(FundSource source) {
    Integer f = fundIndex.get(source);
    if (f != null) {
      return f;
    }
    int n = fundKeys.size();
    if (n == cash.length) {
      cash = Arrays.copyOf(cash, n * 2);
      taxPayable = Arrays.copyOf(taxPayable, n * 2);
      received = Arrays.copyOf(received, n * 2);
    }
    fundKeys.add(source);
    fundIndex.put(source, n);
    return n;
  }
}
