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
import id.smartkampung.core.ledger.Operation.ChangeBltList;
import id.smartkampung.core.ledger.Operation.SubmitBltSpp;
import id.smartkampung.core.ledger.Operation.DepositTaxPeriod;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Section;
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
    /** Paid in cash from the cash box ({@link CashPlace#CASH}) rather than by transfer from the RKD. */
    boolean inCash;

    /** A BLT Desa SPP ({@link SubmitBltSpp}): no tax is withheld on it. */
    boolean blt;
    /** Submitted while the budget is cancelled with the previous year's pagu ({@link Operation.CancelBudget#previousPagu}): counted in {@link #paguUsed}. */
    boolean underPagu;
    /** A panjar's SPJ with receipts ({@link Operation.AccountPanjar}) so far; 0 for none. */
    int spjCount;

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
    /** The Dana Desa part the receipt names, or null. */
    final String part;
    /** The tranche of the part (0 without a number); meaningful only with a part. */
    final int partTranche;
    final Instant at;
    /** Received in cash into the cash box ({@link CashPlace#CASH}) rather than by transfer to the RKD. */
    final boolean inCash;
    boolean reversed;

    Receipt(int fund, long amount, AccountCode account, int tranche, String part, int partTranche, Instant at, boolean inCash) {
      this.part = part;
      this.partTranche = partTranche;
      this.at = at;
      this.inCash = inCash;
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
  /**
   * The previous year's pagu of the operational items declared by the cancellation in force (Pasal
   * 36), sen per item; null without a cancellation or when it named none (the older meaning).
   */
  @org.jspecify.annotations.Nullable Map<BudgetItemKey, Long> previousPagu;
  /** Per item, the SPPs submitted under {@link #previousPagu} and not rejected or cancelled, sen. */
  final Map<BudgetItemKey, Long> paguUsed = new HashMap<>();
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
  /**
   * Of {@link #cash}, what is in the treasurer's cash box (kas tunai) per fund source; the rest is in
   * the bank account (RKD). Tax withheld on a payment stays in the place it was paid from.
   */
  long[] onHand = new long[8];
  /**
   * Per fund source and place ({@link #slot}), the net movement of each day of the year (index the
   * day of the year, 1..366): the balance at any business date is the balance now less the movements
   * of later days, so that a back-dated outflow is checked against every later date (I6) in time
   * proportional to the days it is back-dated, and an outflow at the latest date in constant time.
   */
  long[] dayFlow = new long[8 * 2 * DAYS];
  /** The latest day of the year with a movement of money (0 before any). */
  int flowDay;
  /** The total cash on hand before the last operation posted, to tell whether it raised it (the ceiling's warning). */
  private long onHandBefore;
  /** The total cash on hand now, all fund sources, sen. */
  private long onHandTotal;
  /** The ceiling of cash on hand in sen (Permendagri 20/2018 Pasal 44(5)), or -1 when the pack sets none. */
  private final long onHandCeiling;
  static final int DAYS = 367;
  long[] taxPayable = new long[8];
  long[] received = new long[8];
  /** Bank interest credited per fund index, gross ({@link Operation.RecordBankInterest}). */
  long[] interest = new long[8];

  final Map<AccountCode, long[]> receivedByAccount = new HashMap<>();
  final long[] receivedByTranche;
  /**
   * Dana Desa received per part of the pack ({@link PolicyPack#danaDesaParts()}), by the part's
   * tranche number (index 0: without a number), sen; only receipts that name a part, and for a part
   * outside the treasury (KDMP) what was recorded as channelled.
   */
  final Map<String, long[]> receivedByPart = new java.util.TreeMap<>();

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
  private long memoDayFrom = 1;
  private long memoDayUntil = 0;
  private LocalDate memoDay;
  private MonetaryAmount memoSenOf;
  private long memoSen;
  private BudgetItemKey memoItemOf;
  private int memoItem;
  private OperationId memoSppOf;
  private Spp memoSpp;
  private SubmitLinedSpp memoLinedOf;
  private TaxDetermination[] memoLined;
  /** Of {@link #memoLinedOf}, per line: the amount and the item's index, and the PPh 21 on personal income, sen. */
  private long[] memoLinedSen;
  private int[] memoLinedItem;
  private long[] memoLinedIncomeTax;
  private Operation.AccountPanjar memoSpjOf;
  private TaxDetermination[] memoSpj;
  private ApbdesLifecycle memoCancelledOf;
  /** The taxes withheld per tax type on the LS payment {@link #memoPayOf} of SPP {@link #memoPaySpp}, sen. */
  private final long[] memoPayTax = new long[TAX_TYPES.length];
  private PaySpp memoPayOf;
  private Spp memoPaySpp;
  /** The period and its split over the fund sources of the period deposit {@link #memoSplitOf}. */
  private DepositTaxPeriod memoSplitOf;
  private PeriodTax memoSplitPeriod;
  private long[] memoSplit;
  /** The fund source indexes in the order of their codes (a period deposit's order); rebuilt when a fund source is added. */
  private int[] fundOrder = new int[0];
  private boolean memoCancelled;
  /** The taxes of each SPJ panjar with receipts, per receipt, by the SPJ's id (the tax book and the recheck read them). */
  final Map<OperationId, TaxDetermination[]> spjTaxes = new HashMap<>();
  /** The fund source index of each SPJ panjar with receipts (its panjar item's), by the SPJ's id. */
  final Map<OperationId, Integer> spjFund = new HashMap<>();

  /** The list of BLT Desa beneficiary families (KPM) as decided and changed by Perkades. */
  final Set<String> kpmList = new java.util.TreeSet<>();
  /** Per KPM-month ({@code kpm + " " + month}), the BLT SPP that took it; it is taken while that SPP is live. */
  final Map<String, OperationId> bltTaken = new HashMap<>();
  /** The belanja items of the budget in force that are BLT Desa lines. */
  final Set<BudgetItemKey> bltItems = new HashSet<>();

  int pendingSpps;
  int outstandingPanjar;
  long taxOwedTotal;
  /** The part of {@link #taxOwedTotal} withheld on lined SPPs, deposited per period. */
  long linedOwed;
  /** The tax owed from the previous year that the opening brought, per fund source ({@link Operation.OpenYear#taxOwed}). */
  final Map<FundSource, Long> taxCarried = new java.util.TreeMap<>();
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
    this.onHandCeiling = policy.cashOnHand().ceiling() == null ? -1L : Idr.toSen(Idr.of(policy.cashOnHand().ceiling()));
  }

  // ------------------------------------------------------------------- memo

  /** The operation's business date. */
  private LocalDate date(Operation op) {
    if (op != memoDateOf) {
      long second = op.at().getEpochSecond();
      if (second < memoDayFrom || second >= memoDayUntil) {
        // a new day: its bounds in the village's zone, so that the next operations of the same day need no zone arithmetic
        LocalDate d = op.businessDate(zone);
        memoDayFrom = d.atStartOfDay(zone).toEpochSecond();
        memoDayUntil = d.plusDays(1).atStartOfDay(zone).toEpochSecond();
        memoDay = d;
      }
      memoDate = memoDay;
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

  /**
   * Whether the budget is cancelled now ({@link ApbdesLifecycle#cancelled()}): derived once per
   * lifecycle value (it is immutable, replaced by each budget step), not on every SPP operation.
   */
  private boolean budgetCancelled() {
    ApbdesLifecycle l = lifecycle;
    if (l == null) {
      return false;
    }
    if (l != memoCancelledOf) {
      memoCancelled = l.cancelled();
      memoCancelledOf = l;
    }
    return memoCancelled;
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
    // the kind and instant read once: each is an interface call on one of many operation records
    OperationKind kind = op.kind();
    String path = op.id().value();
    if (closed) {
      out.add(Finding.error(Rule.YEAR_CLOSED, path, "the " + fiscalYear + " books are closed; nothing is posted after the year-end close"));
      return false;
    }
    Guarantees.monthOpen(closedThrough, date(op), path, out);
    Guarantees.dateOrder(floor(op, kind), op.at(), path, out);
    Official actor = op.actor();
    if (!registered(op, actor, path, out)) {
      return false;
    }
    if (kind.role != null && kind.transition == null) {
      Guarantees.role(actor, kind, path, out); // budget steps: the lifecycle checks the role, from its table
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
      case RECORD_KDMP_CHANNELLING -> checkChannelling((Operation.RecordKdmpChannelling) op, path, out);
      case MOVE_CASH -> checkMoveCash((Operation.MoveCash) op, path, out);
      case CHANGE_BLT_LIST -> checkBltList((ChangeBltList) op, path, out);
      case SUBMIT_BLT_SPP -> checkSubmitBlt((SubmitBltSpp) op, path, out);
      case ACCOUNT_PANJAR -> checkAccountPanjar((Operation.AccountPanjar) op, path, out);
      case OPEN_YEAR -> checkOpen((Operation.OpenYear) op, path, out);
      case RECORD_BANK_INTEREST -> checkBankInterest((Operation.RecordBankInterest) op, path, out);
      case RECORD_BANK_FEE -> checkBankFee((Operation.RecordBankFee) op, path, out);
    };
  }

  /**
   * I9: the instant an operation may not be dated before — the latest entry for a registration, a
   * budget step or a close; the enactment of the budget in force for an SPP; the SPP's latest
   * operation for its steps, SPJ, deposits and reversal; the receipt for its reversal; none for a
   * receipt (back-dated freely inside the open months). Null when there is none.
   */
  private Instant floor(Operation op, OperationKind kind) {
    return switch (kind) {
      // a deposit per tax period covers many SPPs: not before the latest entry, as before back-dating existed
      case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, CLOSE_YEAR, CLOSE_MONTH, DEPOSIT_TAX_PERIOD,
          RETURN_BUDGET, CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET, CHANGE_BLT_LIST, OPEN_YEAR -> lastAt;
      // a mutasi kas, like a receipt, may be back-dated inside the open months; its place must cover it from its date on
      case RECEIVE_REVENUE, MOVE_CASH -> null;
      case SUBMIT_SPP, SUBMIT_FINANCING_SPP, SUBMIT_LINED_SPP, RECORD_KDMP_CHANNELLING, SUBMIT_BLT_SPP, RECORD_BANK_FEE -> enactedAt;
      // interest, like a receipt, may be back-dated inside the open months; its tax, realised on a budget item, not before the enactment
      case RECORD_BANK_INTEREST -> ((Operation.RecordBankInterest) op).taxItem() == null ? null : enactedAt;
      case VERIFY_SPP, APPROVE_SPP, REJECT_SPP, CANCEL_SPP, PAY_SPP, SETTLE_PANJAR, DEPOSIT_TAX, REVERSE_PAYMENT, ACCOUNT_PANJAR -> {
        Spp s = sppOf(sppOfStep(op, kind));
        yield s == null ? null : s.lastAt;
      }
      case REVERSE_RECEIPT -> {
        Receipt r = receipts.get(((ReverseReceipt) op).receipt());
        yield r == null ? null : r.at;
      }
    };
  }

  /** The SPP an operation refers to, or null when it refers to none. */
  private static OperationId sppOfStep(Operation op, OperationKind kind) {
    return switch (kind) {
      case VERIFY_SPP -> ((VerifySpp) op).spp();
      case APPROVE_SPP -> ((ApproveSpp) op).spp();
      case REJECT_SPP -> ((RejectSpp) op).spp();
      case CANCEL_SPP -> ((CancelSpp) op).spp();
      case PAY_SPP -> ((PaySpp) op).spp();
      case SETTLE_PANJAR -> ((SettlePanjar) op).spp();
      case ACCOUNT_PANJAR -> ((Operation.AccountPanjar) op).spp();
      case DEPOSIT_TAX -> ((DepositTax) op).spp();
      case REVERSE_PAYMENT -> ((ReversePayment) op).spp();
      case SUBMIT_SPP, SUBMIT_FINANCING_SPP, SUBMIT_LINED_SPP, SUBMIT_BLT_SPP -> op.id();
      case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, RECEIVE_REVENUE, REVERSE_RECEIPT,
          CLOSE_YEAR, CLOSE_MONTH, DEPOSIT_TAX_PERIOD, RETURN_BUDGET, CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET,
          RECORD_KDMP_CHANNELLING, MOVE_CASH, CHANGE_BLT_LIST, OPEN_YEAR, RECORD_BANK_INTEREST, RECORD_BANK_FEE -> null;
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

  /** The cash on hand in the treasurer's cash box (kas tunai), all fund sources, sen. */
  long cashOnHand() {
    return onHandTotal;
  }

  // ------------------------------------------------------------ cash and bank

  /** The index of a fund source and place in {@link #dayFlow}'s rows. */
  private static int slot(int f, boolean inCash) {
    return (f * 2 + (inCash ? 1 : 0)) * DAYS;
  }

  /** The balance of a fund source at a place now, sen. */
  long placeBalance(int f, boolean inCash) {
    return inCash ? onHand[f] : cash[f] - onHand[f];
  }

  /**
   * I6 by place and date: the place of the fund source holds {@code needed} on {@code date} and on
   * every later business date that has a movement — the balance now less the movements of the days
   * after each — so that an outflow back-dated inside the open month does not take money that came
   * in only after its date. Constant time for an outflow at the latest date; otherwise proportional
   * to the days it is back-dated (at most the open part of the year).
   */
  private boolean placeCovers(Integer fund, boolean inCash, LocalDate date, long needed, String opPath, String field, List<Finding> out) {
    long balance = fund == null ? 0 : placeBalance(fund, inCash);
    long lowest = balance;
    LocalDate lowestOn = null;
    if (fund != null && date.getYear() == fiscalYear) {
      int base = slot(fund, inCash);
      int from = date.getDayOfYear();
      long b = balance;
      for (int t = flowDay; t > from; t--) {
        b -= dayFlow[base + t];
        if (b < lowest) {
          lowest = b;
          lowestOn = LocalDate.ofYearDay(fiscalYear, t - 1);
        }
      }
    }
    if (needed <= lowest) {
      return true;
    }
    String path = opPath + field; // made only for the finding: a posting builds no strings
    String where = inCash ? "the cash box (kas tunai)" : "the bank account (RKD)";
    FundSource source = fund == null ? null : fundKeys.get(fund);
    out.add(
        Finding.error(
            Rule.CASH_PLACE_NEGATIVE,
            path,
            Idr.formatSen(needed) + " would leave " + where + " of " + (source == null ? "a fund source with no money" : source.toString()) + " on " + date
                + ", which holds " + Idr.formatSen(lowest) + (lowestOn == null ? "" : " on " + lowestOn + " (money that came in after " + date + " cannot pay it)"),
            Map.of(
                "place", inCash ? CashPlace.CASH.wireName() : CashPlace.BANK.wireName(),
                "fundSource", source == null ? "" : source.code(),
                "date", date.toString(),
                "available", Idr.formatSen(lowest),
                "requested", Idr.formatSen(needed))));
    return false;
  }

  /** The warning that cash on hand is above the ceiling of the pack (Permendagri 20/2018 Pasal 44(5)). */
  private Finding ceilingFinding(String path) {
    return Finding.warning(
        Rule.CASH_ON_HAND_CEILING,
        path,
        "cash on hand is " + Idr.formatSen(onHandTotal) + ", above the ceiling of " + Idr.formatSen(onHandCeiling) + " (" + policy.cashOnHand().reference() + ")",
        Map.of("onHand", Idr.formatSen(onHandTotal), "ceiling", Idr.formatSen(onHandCeiling)));
  }

  /** Records a movement of money at a place on a date (the fund's total, {@link #cash}, is kept by the caller). */
  private void flow(int f, boolean inCash, LocalDate date, long delta) {
    if (inCash) {
      onHand[f] += delta;
      onHandTotal += delta;
    }
    int day = date.getYear() == fiscalYear ? date.getDayOfYear() : date.getYear() < fiscalYear ? 0 : DAYS - 1;
    dayFlow[slot(f, inCash) + day] += delta;
    if (day > flowDay) {
      flowDay = day;
    }
  }

  /**
   * A mutasi kas: by the Kaur Keuangan, dated in the year, a positive amount of a known fund source
   * that the place it leaves holds from its date on (I6).
   */
  private boolean checkMoveCash(Operation.MoveCash o, String path, List<Finding> out) {
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    if (!reference.isKnown(o.fundSource())) {
      out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".fundSource", "fund source " + o.fundSource() + " is not a known sumber dana", Map.of("fundSource", o.fundSource().code())));
    }
    long sen = amount(o.amount(), path, ".amount", out);
    if (sen > 0 && out.isEmpty()) {
      placeCovers(fundIndex.get(o.fundSource()), o.from() == CashPlace.CASH, date(o), sen, path, ".amount", out);
    }
    return out.isEmpty();
  }

  private boolean postMoveCash(Operation.MoveCash o) {
    int f = fund(o.fundSource());
    long sen = sen(o.amount());
    boolean toCash = o.to() == CashPlace.CASH;
    flow(f, !toCash, date(o), -sen);
    flow(f, toCash, date(o), sen);
    return true;
  }

  // ------------------------------------------------------------ bank interest and fees

  /**
   * Bank interest (issue 14): by the Kaur Keuangan, dated in the year, on a revenue account at objek
   * level of the chart below one of the pack's interest accounts (4.3.6 bunga bank), of that
   * account's fund source; the gross positive, the tax withheld by the bank not negative and below
   * the gross. A positive tax is realised on a belanja item of the budget in force of the same fund
   * source, within what is left of it (I5); without tax no item is named.
   */
  private boolean checkBankInterest(Operation.RecordBankInterest o, String path, List<Finding> out) {
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    AccountCode a = o.account();
    Optional<PolicyPack.BankInterest> rules = policy.bankInterest();
    if (rules.isEmpty()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path, "the " + fiscalYear + " pack states no account for bank interest (bankInterest)"));
    } else if (!a.isPendapatan() || a.level() != AccountCode.Level.OBJEK || rules.get().accounts().stream().noneMatch(a::startsWith)) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".account", "bank interest is booked to an objek of " + rules.get().accounts() + " (" + rules.get().reference().split(":")[0] + "), not " + a,
          Map.of("account", a.toString())));
    } else if (!reference.isKnown(a)) {
      out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".account", "account " + a + " is not in the chart of accounts", Map.of("account", a.toString())));
    }
    if (!reference.isKnown(o.fundSource())) {
      out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".fundSource", "fund source " + o.fundSource() + " is not a known sumber dana", Map.of("fundSource", o.fundSource().code())));
    }
    Optional<FundSource> natural = a.isPendapatan() ? reference.naturalFundSource(a) : Optional.empty();
    if (natural.isPresent() && !natural.get().equals(o.fundSource())) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".fundSource", "account " + a + " brings in " + natural.get() + ", not " + o.fundSource(),
          Map.of("account", a.toString(), "fundSource", o.fundSource().code(), "expected", natural.get().code())));
    }
    long gross = amount(o.gross(), path, ".gross", out);
    long tax = amountNotNegative(o.tax(), path, ".tax", out);
    if (gross > 0 && tax >= gross) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".tax", "the tax withheld (" + Idr.formatSen(tax) + ") leaves nothing of the gross interest (" + Idr.formatSen(gross) + ")"));
    }
    BudgetItemKey item = o.taxItem();
    if (item == null) {
      if (tax > 0) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".taxItem", "the tax the bank withheld is spending: name the budget item it is realised on"));
      }
    } else if (tax == 0 && o.tax().isZero()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".taxItem", "no tax was withheld: no budget item realises it"));
    } else if (Guarantees.enacted(enacted != null, path, out)) {
      Integer i = itemIndexOf(item);
      if (i == null) {
        out.add(Finding.error(Rule.UNKNOWN_REFERENCE, path + ".taxItem", "item " + item + " is not in the enacted budget", Map.of("item", item.toString())));
      } else {
        if (!item.fundSource().equals(o.fundSource())) {
          out.add(Finding.error(Rule.INVALID_OPERATION, path + ".taxItem", "the tax on interest of " + o.fundSource() + " is realised on an item of that source, not " + item.fundSource(),
              Map.of("item", item.toString(), "fundSource", o.fundSource().code())));
        }
        if (tax > 0) {
          Guarantees.withinItem(item, budget[i], committed[i], realised[i], tax, path, ".tax", out);
        }
      }
    }
    if (gross > 0) {
      Integer f = fundIndex.get(o.fundSource());
      try {
        Math.addExact(f == null ? 0 : cash[f], gross);
      } catch (ArithmeticException e) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".gross", "the amount would overflow the cash of " + o.fundSource()));
      }
    }
    return out.isEmpty();
  }

  private boolean postBankInterest(Operation.RecordBankInterest o) {
    int f = fund(o.fundSource());
    long gross = sen(o.gross());
    long tax = sen(o.tax());
    cash[f] += gross - tax;
    received[f] += gross;
    interest[f] += gross;
    receivedByAccount.computeIfAbsent(o.account(), a -> new long[1])[0] += gross;
    if (tax != 0) {
      realised[itemIndex.get(o.taxItem())] += tax;
    }
    flow(f, false, date(o), gross - tax);
    return true;
  }

  /**
   * The warning of {@code I11.bank-interest-tax}: the tax withheld is neither nothing nor the pack's
   * final rate of the gross, to the rupiah either way (banks round their withholding).
   */
  private ImmutableList<Finding> bankInterestTaxFindings(Operation.RecordBankInterest o) {
    Optional<PolicyPack.BankInterest> rules = policy.bankInterest();
    if (rules.isEmpty() || o.tax().isZero()) {
      return ImmutableList.of();
    }
    BigDecimal expected = o.gross().getNumber().numberValue(BigDecimal.class).multiply(rules.get().finalTaxRate());
    BigDecimal tax = o.tax().getNumber().numberValue(BigDecimal.class);
    if (tax.subtract(expected).abs().compareTo(BigDecimal.ONE) <= 0) {
      return ImmutableList.of();
    }
    return ImmutableList.of(
        Finding.warning(
            Rule.BANK_INTEREST_TAX,
            o.id().value() + ".tax",
            "the bank withheld " + Idr.format(o.tax()) + " on interest of " + Idr.format(o.gross()) + "; the final tax is " + rules.get().finalTaxRate().movePointRight(2).stripTrailingZeros().toPlainString()
                + " % of the gross, " + Idr.format(Idr.of(expected.setScale(2, java.math.RoundingMode.HALF_UP))) + ", or nothing on a balance within " + Idr.format(Idr.of(rules.get().exemptBalanceUpTo()))
                + " (" + rules.get().taxReference().split(":")[0] + ")",
            Map.of("tax", Idr.format(o.tax()), "gross", Idr.format(o.gross()), "expected", expected.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())));
  }

  /**
   * A bank fee (issue 14): by the Kaur Keuangan, under an enacted budget, dated in the year, positive,
   * realised on a belanja item of the budget in force within what is left of it (I5), covered by the
   * cash of the item's fund source less tax owed (I6) and by its bank account from the fee's date on
   * ({@code I6.cash-place-negative}).
   */
  private boolean checkBankFee(Operation.RecordBankFee o, String path, List<Finding> out) {
    if (!Guarantees.enacted(enacted != null, path, out)) {
      amount(o.amount(), path, ".amount", out);
      return false;
    }
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    long sen = amount(o.amount(), path, ".amount", out);
    Integer i = itemIndexOf(o.item());
    if (i == null) {
      out.add(Finding.error(Rule.UNKNOWN_REFERENCE, path + ".item", "item " + o.item() + " is not in the enacted budget", Map.of("item", o.item().toString())));
      return false;
    }
    if (sen > 0 && Guarantees.withinItem(o.item(), budget[i], committed[i], realised[i], sen, path, ".amount", out)) {
      int f = itemFund[i];
      if (Guarantees.cashCovers(fundKeys.get(f), cash[f], taxPayable[f], sen, path, out)) {
        placeCovers(f, false, date(o), sen, path, ".amount", out);
      }
    }
    return out.isEmpty();
  }

  private boolean postBankFee(Operation.RecordBankFee o) {
    int i = itemIndex.get(o.item());
    int f = itemFund[i];
    long sen = sen(o.amount());
    realised[i] += sen;
    cash[f] -= sen;
    flow(f, false, date(o), -sen);
    return true;
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
    if ((kind == OperationKind.VERIFY_SPP || kind == OperationKind.APPROVE_SPP || kind == OperationKind.PAY_SPP) && budgetCancelled()) {
      checkStopped(s, date(op), path, out);
    }
    return s;
  }

  /**
   * I4, Permendagri 20/2018 Pasal 36 ayat (2): the Kepala Desa stops carrying out the cancelled
   * Perdes within the pack's {@code cancellation.stopWorkingDays} working days after the
   * cancellation; an SPP on other than operational spending (submitted before it) is verified,
   * approved or paid on or before that day only. No limit when the pack sets none.
   */
  private void checkStopped(Spp s, LocalDate on, String path, List<Finding> out) {
    Optional<PolicyPack.BudgetCancellation> c = policy.cancellation();
    Integer days = c.map(PolicyPack.BudgetCancellation::stopWorkingDays).orElse(null);
    if (days == null || operationalSpp(c.get(), s)) {
      return;
    }
    ApbdesLifecycle.Step cancel = lifecycle.original().step(ApbdesLifecycle.Stage.CANCELLED).orElseThrow();
    LocalDate last = WorkingDays.plus(cancel.date(), days);
    if (on.isAfter(last)) {
      out.add(
          Finding.error(
              Rule.BUDGET_CANCELLED,
              path,
              "SPP " + s.id + " is not operational spending and the Perdes APBDes " + fiscalYear + " was cancelled on " + cancel.date() + " (" + cancel.reference()
                  + "): its carrying out stops within " + days + " working days, by " + last + ", not on " + on + " (Permendagri 20/2018 Pasal 36 ayat (2))",
              Map.of("spp", s.id.value(), "lastDay", last.toString())));
    }
  }

  /** Whether every item an SPP is paid from is operational spending of the cancellation (financing never). */
  private boolean operationalSpp(PolicyPack.BudgetCancellation c, Spp s) {
    if (s.fin >= 0) {
      return false;
    }
    if (s.lined()) {
      for (int i : s.lineItems) {
        AccountCode a = itemKeys.get(i).account();
        if (!a.isBelanja() || !c.isOperational(a)) {
          return false;
        }
      }
      return true;
    }
    AccountCode a = itemKeys.get(s.item).account();
    return a.isBelanja() && c.isOperational(a);
  }

  /** I7: the actor is the registered official (the district evaluator is external; the first Kepala Desa registers themselves). */
  private boolean registered(Operation op, Official actor, String path, List<Finding> out) {
    if (actor.role() == Role.EVALUATOR_KABUPATEN) {
      return true;
    }
    OfficialRegistration r = officials.get(actor.id());
    if (r != null && (r.official() == actor || r.official().equals(actor))) {
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
    if (o.publicKey() != null) {
      try {
        byte[] der = Base64.getDecoder().decode(o.publicKey());
        KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
      } catch (IllegalArgumentException | java.security.GeneralSecurityException e) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".publicKey", "the public key is not a Base64 X.509 Ed25519 key: " + e.getMessage()));
      }
    }
    return out.isEmpty();
  }

  private boolean checkLifecycle(Operation op, String path, List<Finding> out) {
    if (op instanceof Operation.CancelBudget c && c.previousPagu() != null) {
      checkPreviousPagu(c.previousPagu(), path, out);
    }
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

  /**
   * Pasal 36: the previous year's pagu a cancellation declares is operational spending only — each
   * item on a belanja account of the pack's {@code cancellation.operationalAccounts} — with a
   * positive amount (I1).
   */
  private void checkPreviousPagu(Map<BudgetItemKey, Money> pagu, String path, List<Finding> out) {
    Optional<PolicyPack.BudgetCancellation> c = policy.cancellation();
    for (Map.Entry<BudgetItemKey, Money> e : pagu.entrySet()) {
      String at = path + ".previousPagu[" + e.getKey() + "]";
      amount(e.getValue(), at, ".pagu", out);
      AccountCode account = e.getKey().account();
      if (c.isEmpty() || !account.isBelanja() || !c.get().isOperational(account)) {
        out.add(
            Finding.error(
                Rule.BUDGET_CANCELLED,
                at + ".item",
                "the previous year's pagu declared by the cancellation covers only operational spending ("
                    + c.map(x -> "accounts under " + x.operationalAccounts()).orElse("none: the " + fiscalYear + " pack names no operational accounts") + "), not " + account
                    + " (Permendagri 20/2018 Pasal 36)",
                Map.of("account", account.toString())));
      }
    }
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
          DEPOSIT_TAX_PERIOD, RECORD_KDMP_CHANNELLING, MOVE_CASH, CHANGE_BLT_LIST, SUBMIT_BLT_SPP, ACCOUNT_PANJAR, OPEN_YEAR, RECORD_BANK_INTEREST, RECORD_BANK_FEE -> throw new IllegalStateException(kind + " is not a step of the budget lifecycle");
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
    } else if (!revenueAccount(a).known) {
      out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".account", "account " + a + " is not in the chart of accounts", Map.of("account", a.toString())));
    }
    if (!reference.isKnown(o.fundSource())) {
      out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".fundSource", "fund source " + o.fundSource() + " is not a known sumber dana", Map.of("fundSource", o.fundSource().code())));
    }
    Optional<FundSource> natural = revenueAccount(a).natural;
    if (natural.isPresent() && !natural.get().equals(o.fundSource())) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".fundSource", "account " + a + " brings in " + natural.get() + ", not " + o.fundSource(), Map.of("account", a.toString(), "fundSource", o.fundSource().code(), "expected", natural.get().code())));
    }
    if (o.part() != null) {
      checkPart(o, o.part(), path, out);
    } else if (o.tranche() != null) {
      int n = o.tranche();
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

  /**
   * A receipt naming a part of Dana Desa: a DDS receipt of a part of the year's pack that passes the
   * village treasury (a part outside it, 2026 KDMP, never enters the RKD: {@code
   * I6.dana-desa-outside-treasury}, PMK 7/2026 pasal 26), its tranche one of the part's, received
   * only after the part's previous tranche (PMK 108/2024 and PMK 7/2026: tahap II follows tahap I).
   */
  private void checkPart(ReceiveRevenue o, String code, String path, List<Finding> out) {
    Optional<PolicyPack.DanaDesaPart> found = policy.danaDesaPart(code);
    if (!FundSource.DDS.equals(o.fundSource())) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".part", "a part of Dana Desa (" + code + ") is named only on a Dana Desa (DDS) receipt, not on " + o.fundSource(), Map.of("part", code)));
      return;
    }
    if (found.isEmpty()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".part", "the " + fiscalYear + " pack has no Dana Desa part " + code + " (parts: " + partCodes() + "; " + policy.danaDesaReference() + ")", Map.of("part", code)));
      return;
    }
    PolicyPack.DanaDesaPart part = found.get();
    if (!part.throughVillageTreasury()) {
      out.add(
          Finding.error(
              Rule.DANA_DESA_OUTSIDE_TREASURY,
              path + ".part",
              "the " + code + " part of Dana Desa is channelled outside the village treasury and never enters the village cash: record it with record-kdmp-channelling, not as a receipt (" + part.reference() + ")",
              Map.of("part", code)));
      return;
    }
    if (o.tranche() == null) {
      return;
    }
    int n = o.tranche();
    if (n < 1 || n > part.tranches().size()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".tranche", "tranche " + n + " is not a tahap of the Dana Desa part " + code + " in the " + fiscalYear + " pack (1.." + part.tranches().size() + ")", Map.of("tranche", Integer.toString(n), "part", code)));
      return;
    }
    long[] got = receivedByPart.get(code);
    if (n > 1 && (got == null || got[n - 1] <= 0)) {
      out.add(
          Finding.error(
              Rule.INVALID_OPERATION,
              path + ".tranche",
              "tahap " + n + " of the Dana Desa part " + code + " is received only after its tahap " + (n - 1) + ", of which nothing is received (" + part.reference() + ")",
              Map.of("tranche", Integer.toString(n), "part", code)));
    }
  }

  private String partCodes() {
    return policy.danaDesaParts().stream().map(PolicyPack.DanaDesaPart::code).toList().toString();
  }

  /**
   * The channelling of a part of Dana Desa outside the village treasury (PMK 7/2026 pasal 15 ayat
   * (3), pasal 26: the KDMP part, RKUN → escrow): under an enacted budget, dated in the year, for a
   * part of the pack that does not pass the treasury, booked to a Dana Desa revenue account (4.2.1,
   * objek) and realised on a financing item of the budget that records that part (the part's
   * {@code financingAccounts} × DDS), within what is left of the item (I5). No cash moves.
   */
  private boolean checkChannelling(Operation.RecordKdmpChannelling o, String path, List<Finding> out) {
    if (!Guarantees.enacted(enacted != null, path, out)) {
      amount(o.amount(), path, ".amount", out);
      return false;
    }
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    long sen = amount(o.amount(), path, ".amount", out);
    Optional<PolicyPack.DanaDesaPart> part = policy.danaDesaPart(o.part());
    if (part.isEmpty() || part.get().throughVillageTreasury()) {
      out.add(
          Finding.error(
              Rule.INVALID_OPERATION,
              path + ".part",
              o.part() + " is not a part of Dana Desa channelled outside the village treasury in the " + fiscalYear + " pack (parts: " + partCodes()
                  + "); a part through the treasury is received with receive-revenue (" + policy.danaDesaReference() + ")",
              Map.of("part", o.part())));
      return false;
    }
    AccountCode a = o.account();
    Optional<FundSource> natural = a.isPendapatan() ? reference.naturalFundSource(a) : Optional.empty();
    if (a.level() != AccountCode.Level.OBJEK || !reference.isKnown(a) || !natural.equals(Optional.of(FundSource.DDS))) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".account", "the channelled part is Dana Desa revenue, booked to a Dana Desa account (4.2.1) at objek level, not " + a, Map.of("account", a.toString())));
    }
    Integer i = finIndex.get(o.item());
    if (i == null) {
      out.add(
          Finding.error(
              Rule.UNKNOWN_REFERENCE,
              path + ".item",
              "financing item " + o.item() + " is not in the budget in force: the " + o.part() + " part is budgeted as a pengeluaran pembiayaan on " + part.get().financingAccounts() + " from DDS ("
                  + part.get().reference() + ")",
              Map.of("item", o.item().toString())));
      return false;
    }
    Optional<PolicyPack.DanaDesaPart> recorded = Guarantees.outsideTreasury(policy, o.item());
    if (recorded.isEmpty() || !recorded.get().code().equals(o.part())) {
      out.add(
          Finding.error(
              Rule.INVALID_OPERATION,
              path + ".item",
              "financing item " + o.item() + " does not record the " + o.part() + " part (its accounts " + part.get().financingAccounts() + " from DDS)",
              Map.of("item", o.item().toString(), "part", o.part())));
      return false;
    }
    if (sen > 0) {
      Guarantees.withinItem(o.item(), finBudget[i], finCommitted[i], finRealised[i], sen, path, ".amount", out);
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
    if (checkNotCancelled(o.item().account(), path, ".item", out) && sen > 0 && underPagu()) {
      withinPreviousPagu(o.item(), sen, path + ".amount", out);
    }
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
    checkNotCancelled(o.item().account(), path, ".item", out);
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
  private boolean checkNotCancelled(AccountCode account, String opPath, String field, List<Finding> out) {
    if (!budgetCancelled()) {
      return true;
    }
    String path = opPath + field; // made only when cancelled: a posting builds no strings
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

  /** Whether SPPs are held to the previous year's pagu: cancelled by a decree that declared it (Pasal 36). */
  private boolean underPagu() {
    return previousPagu != null && budgetCancelled();
  }

  /**
   * I4, Pasal 36 ("sekaligus menyatakan berlakunya pagu APB Desa tahun anggaran sebelumnya"): while
   * cancelled, the SPPs submitted on an operational item since the cancellation (not rejected or
   * cancelled), with this one, within the item's previous-year pagu (none declared: zero).
   */
  private void withinPreviousPagu(BudgetItemKey item, long sen, String path, List<Finding> out) {
    long pagu = previousPagu.getOrDefault(item, 0L);
    long after = paguUsed.getOrDefault(item, 0L) + sen;
    if (after > pagu) {
      out.add(
          Finding.error(
              Rule.BUDGET_CANCELLED,
              path,
              "while the Perdes APBDes " + fiscalYear + " is cancelled (" + lifecycle.original().step(ApbdesLifecycle.Stage.CANCELLED).orElseThrow().reference()
                  + ") the previous year's pagu applies: item " + item + " would have " + Idr.ofSen(after) + " in SPPs since the cancellation, over its pagu of " + Idr.ofSen(pagu)
                  + " (Permendagri 20/2018 Pasal 36)",
              Map.of("item", item.toString(), "pagu", Idr.ofSen(pagu).getNumber().toString(), "used", Idr.ofSen(after).getNumber().toString())));
    }
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
      } else if (s.blt) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".withhold", "no tax is withheld on BLT Desa, a cash transfer to poor families"));
      } else if (s.type == SppType.UM) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".withhold", "no tax is withheld on a panjar (UM) advance; it is withheld when the panjar is spent"));
      } else {
        for (TaxType t : o.withhold()) {
          long w = Withholding.taxSen(s.amount, rates[t.ordinal()]);
          memoPayTax[t.ordinal()] = w;
          tax += w;
        }
        memoPayOf = o;
        memoPaySpp = s;
        if (tax >= s.amount) {
          out.add(Finding.error(Rule.INVALID_OPERATION, path + ".withhold", "the taxes withheld (" + Idr.formatSen(tax) + ") leave nothing to pay of " + Idr.formatSen(s.amount)));
        }
      }
    }
    int f = fundOf(s);
    if (Guarantees.cashCovers(fundKeys.get(f), cash[f], taxPayable[f], s.amount, path, out) && out.isEmpty()) {
      placeCovers(f, o.place() == CashPlace.CASH, date(o), s.amount - tax, path, ".place", out);
    }
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
    if (s.spjCount > 0) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".spp", "panjar " + s.id + " has " + s.spjCount + " SPJ with receipts; it is settled by its final SPJ (account-panjar, stage FINAL)", Map.of("spp", s.id.value())));
    }
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
    if (out.isEmpty()) {
      placeCovers(fundOf(s), false, date(o), sen, path, ".amount", out); // deposited from the RKD
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
    if (Guarantees.cashCovers(fundKeys.get(r.fund), cash[r.fund], taxPayable[r.fund], r.amount, path, out)) {
      placeCovers(r.fund, r.inCash, date(o), r.amount, path, "", out);
    }
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
    } else if (s.spjCount > 0) {
      why = "panjar " + s.id + " has been partly accounted for by SPJ; the payment can no longer be reversed";
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
    onHandBefore = onHandTotal;
    OperationKind kind = op.kind();
    // a switch expression without default: the compiler checks that every kind is posted
    boolean posted = switch (kind) {
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
      case RECORD_KDMP_CHANNELLING -> postChannelling((Operation.RecordKdmpChannelling) op);
      case MOVE_CASH -> postMoveCash((Operation.MoveCash) op);
      case CHANGE_BLT_LIST -> postBltList((ChangeBltList) op);
      case SUBMIT_BLT_SPP -> postSubmitBlt((SubmitBltSpp) op);
      case ACCOUNT_PANJAR -> postAccountPanjar((Operation.AccountPanjar) op);
      case OPEN_YEAR -> postOpen((Operation.OpenYear) op);
      case RECORD_BANK_INTEREST -> postBankInterest((Operation.RecordBankInterest) op);
      case RECORD_BANK_FEE -> postBankFee((Operation.RecordBankFee) op);
    };
    assert posted;
    Instant at = op.at();
    if (lastAt == null || at.isAfter(lastAt)) {
      lastAt = at;
    }
    OperationId ref = sppOfStep(op, kind);
    if (ref != null) {
      sppOf(ref).lastAt = at;
    }
    if (kind == OperationKind.ENACT_BUDGET || kind == OperationKind.ENACT_DEEMED_BUDGET) {
      enactedAt = at;
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
    if (onHandCeiling >= 0 && onHandTotal > onHandCeiling && onHandTotal > onHandBefore) {
      return ImmutableList.of(ceilingFinding(op.id().value()));
    }
    OperationKind kind = op.kind();
    if (kind == OperationKind.RECORD_BANK_INTEREST) {
      return bankInterestTaxFindings((Operation.RecordBankInterest) op);
    }
    if (kind == OperationKind.OPEN_YEAR) {
      Operation.OpenYear o = (Operation.OpenYear) op;
      return id.smartkampung.core.ledger.report.YearOpening.silpaMatches(o.silpa(), enacted, o.previousYear(), op.id().value() + ".silpa");
    }
    if (kind.transition == null || lifecycle == null) {
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
    if (op instanceof Operation.CancelBudget c) {
      paguUsed.clear();
      if (c.previousPagu() == null) {
        previousPagu = null;
      } else {
        Map<BudgetItemKey, Long> m = new HashMap<>();
        c.previousPagu().forEach((k, v) -> m.put(k, Idr.toSen(v)));
        previousPagu = m;
      }
    }
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
    Integer number = o.tranche();
    int tranche = FundSource.DDS.equals(o.fundSource()) ? (number == null ? 0 : number) : -1;
    if (tranche >= receivedByTranche.length) {
      tranche = 0; // a part's tranche beyond the pack's single schedule (none in the shipped packs)
    }
    if (tranche >= 0) {
      receivedByTranche[tranche] += sen;
    }
    String part = o.part();
    int partTranche = number == null ? 0 : number;
    if (part != null) {
      partReceipts(part)[partTranche] += sen;
    }
    receipts.put(o.id(), new Receipt(f, sen, o.account(), tranche, part, partTranche, o.at(), o.place() == CashPlace.CASH));
    flow(f, o.place() == CashPlace.CASH, date(o), sen);
    silpaReceived |= revenueAccount(o.account()).silpa;
    return true;
  }

  /**
   * What the chart of accounts says of an account a receipt is booked to: whether it is known, the
   * fund source it brings in (revenue only), whether it is SiLPA (6.1.1). Derived once per account
   * from the standard reference data (immutable), not on every receipt.
   */
  private record AccountFacts(boolean known, Optional<FundSource> natural, boolean silpa) {}

  private final Map<AccountCode, AccountFacts> accountFacts = new HashMap<>();

  private AccountFacts revenueAccount(AccountCode a) {
    AccountFacts f = accountFacts.get(a);
    if (f == null) {
      f = new AccountFacts(
          reference.isKnown(a),
          a.isPendapatan() ? reference.naturalFundSource(a) : Optional.empty(),
          a.startsWith(id.smartkampung.core.ledger.report.YearOpening.SILPA));
      accountFacts.put(a, f);
    }
    return f;
  }

  /** The running receipts of a part by tranche (index 0: without a number). */
  long[] partReceipts(String part) {
    return receivedByPart.computeIfAbsent(part, p -> new long[policy.danaDesaPart(p).map(x -> x.tranches().size()).orElse(0) + 1]);
  }

  /** The channelling outside the treasury: revenue and the matching financing outflow, no cash. */
  private boolean postChannelling(Operation.RecordKdmpChannelling o) {
    int f = fund(FundSource.DDS);
    long sen = sen(o.amount());
    received[f] += sen;
    receivedByAccount.computeIfAbsent(o.account(), a -> new long[1])[0] += sen;
    finRealised[finIndex.get(o.item())] += sen;
    partReceipts(o.part())[0] += sen;
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
    for (int i = 0; i < o.taxOwed().size(); i++) {
      Operation.OpenYear.CarriedTax t = o.taxOwed().get(i);
      String p = ".taxOwed[" + i + "]";
      if (!reference.isKnown(t.fundSource())) {
        out.add(Finding.error(Rule.CODE_UNKNOWN, path + p + ".fundSource", "fund source " + t.fundSource() + " is not a known sumber dana", Map.of("fundSource", t.fundSource().code())));
      }
      if (t.period().getYear() > o.previousYear()) { // a period still owed from an earlier year is carried on again
        out.add(Finding.error(Rule.YEAR_OPENING, path + p + ".period", "the tax carried into " + fiscalYear + " was withheld by " + o.previousYear() + ", not in " + t.period(),
            Map.of("period", t.period().toString())));
      }
      long sen = amount(t.amount(), path, p + ".amount", out);
      if (sen % 100 != 0) {
        out.add(Finding.error(Rule.AMOUNT_PRECISION, path + p + ".amount", "tax owed is in whole rupiah, not " + Idr.formatSen(sen)));
      }
      try {
        total = Math.addExact(total, sen);
      } catch (ArithmeticException x) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + p + ".amount", "the amount would overflow the cash of " + t.fundSource()));
      }
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
      flow(f, false, date(o), sen); // the SiLPA is the RKD's balance at the close: opened in the bank
      received[f] += sen;
      receivedByAccount.computeIfAbsent(silpa, a -> new long[1])[0] += sen;
    }
    for (Operation.OpenYear.CarriedTax t : o.taxOwed()) {
      // the tax owed is in the RKD beside the SiLPA: cash of its source, not received (a debt, not revenue), owed for its period
      int f = fund(t.fundSource());
      long sen = Idr.toSen(t.amount());
      taxCarried.merge(t.fundSource(), sen, Long::sum);
      cash[f] += sen;
      flow(f, false, date(o), sen);
      taxPayable[f] += sen;
      taxOwedTotal += sen;
      linedOwed += sen;
      PeriodTax p = periodTaxes.computeIfAbsent(new TaxPeriod(t.levy(), t.period()), k -> new PeriodTax());
      p.ensure(f);
      p.withheld[f] += sen;
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
    if (underPagu()) {
      s.underPagu = true;
      paguUsed.merge(o.item(), s.amount, Long::sum);
    }
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
    flow(itemFund[s.item], s.inCash, date(o), s.amount - spent);
    outstandingPanjar--;
    return true;
  }

  private boolean postDeposit(DepositTax o) {
    Spp s = sppOf(o.spp());
    long sen = sen(o.amount());
    s.deposited[o.tax().ordinal()] += sen;
    int f = fundOf(s);
    cash[f] -= sen;
    flow(f, false, date(o), -sen);
    taxPayable[f] -= sen;
    taxOwedTotal -= sen;
    return true;
  }

  private boolean postReverseReceipt(ReverseReceipt o) {
    Receipt r = receipts.get(o.receipt());
    r.reversed = true;
    cash[r.fund] -= r.amount;
    flow(r.fund, r.inCash, date(o), -r.amount);
    received[r.fund] -= r.amount;
    receivedByAccount.get(r.account)[0] -= r.amount;
    if (r.tranche >= 0) {
      receivedByTranche[r.tranche] -= r.amount;
    }
    if (r.part != null) {
      receivedByPart.get(r.part)[r.partTranche] -= r.amount;
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
        flow(f, s.inCash, date(o), s.lineAmounts[l] - tax);
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
      flow(f, s.inCash, date(o), s.amount - s.taxTotal);
      taxPayable[f] -= s.taxTotal;
      taxOwedTotal -= s.taxTotal;
    } else {
      committed[s.item] -= s.amount;
      cash[f] += s.amount;
      flow(f, s.inCash, date(o), s.amount);
      outstandingPanjar--;
    }
    return step(s, SppStep.REVERSE_PAYMENT);
  }

  private boolean postPay(PaySpp o) {
    Spp s = sppOf(o.spp());
    s.inCash = o.place() == CashPlace.CASH;
    if (s.lined()) {
      return postPayLined(o, s);
    }
    int f = fundOf(s);
    s.paidOn = date(o);
    step(s, SppStep.PAY);
    pendingSpps--;
    if (s.type == SppType.LS) {
      long tax = 0;
      boolean known = memoPayOf == o && memoPaySpp == s; // the check just computed them
      for (TaxType t : o.withhold()) {
        long w = known ? memoPayTax[t.ordinal()] : Withholding.taxSen(s.amount, rates[t.ordinal()]);
        s.withheld[t.ordinal()] = w;
        tax += w;
      }
      s.taxTotal = tax;
      commit(s, -s.amount);
      realise(s, s.amount);
      cash[f] -= s.amount - tax;
      flow(f, s.inCash, s.paidOn, -(s.amount - tax));
      taxPayable[f] += tax;
      taxOwedTotal += tax;
    } else {
      cash[f] -= s.amount;
      flow(f, s.inCash, s.paidOn, -s.amount);
      outstandingPanjar++;
    }
    return true;
  }

  /** Rejection or cancellation: the reservation is released; true. */
  private boolean release(Spp s, SppStatus to) {
    commit(s, -s.amount);
    if (s.underPagu) {
      if (s.lined()) {
        for (int l = 0; l < s.lineItems.length; l++) {
          paguUsed.merge(itemKeys.get(s.lineItems[l]), -s.lineAmounts[l], Long::sum);
        }
      } else {
        paguUsed.merge(itemKeys.get(s.item), -s.amount, Long::sum);
      }
    }
    if (s.lined()) {
      forgetIncome(s);
    }
    s.status = to;
    pendingSpps--;
    return true;
  }

  // ------------------------------------------------------- BLT Desa

  /**
   * Whether a belanja line is a BLT Desa line: tagged {@code BLT}, or untagged on a kegiatan that the
   * year's BLT priority counts by its prefix (Siskeudes: 05.03.01 keadaan mendesak).
   */
  private boolean bltLine(BudgetLine l) {
    if (l.focus() != null) {
      return l.focus().equals(BLT);
    }
    for (PolicyPack.Priority p : policy.danaDesaPriorities()) {
      if (p.tags().contains(BLT) && Optional.ofNullable(l.kegiatan()).filter(p::covers).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static final id.smartkampung.core.code.FocusTag BLT = id.smartkampung.core.code.FocusTag.parse("BLT");

  /**
   * A change of the KPM list by Perkades: a reference; at least one family added or removed, none
   * both; each named by a short id, not an NIK (UU 27/2022); an added family not on the list yet, a
   * removed one on it.
   */
  private boolean checkBltList(ChangeBltList o, String path, List<Finding> out) {
    if (o.reference().isBlank()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".reference", "a change of the KPM list names its Perkades"));
    }
    if (o.added().isEmpty() && o.removed().isEmpty()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path, "a change of the KPM list adds or removes at least one family"));
    }
    for (String k : o.added()) {
      if (!Guarantees.kpmId(k, path + ".added", out)) {
        continue;
      }
      if (o.removed().contains(k)) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".added", "KPM " + k + " is both added and removed", Map.of("kpm", k)));
      } else if (kpmList.contains(k)) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".added", "KPM " + k + " is on the list already", Map.of("kpm", k)));
      }
    }
    for (String k : o.removed()) {
      if (Guarantees.kpmId(k, path + ".removed", out) && !kpmList.contains(k)) {
        out.add(Finding.error(Rule.BLT_KPM_NOT_LISTED, path + ".removed", "KPM " + k + " is not on the list, so it cannot be removed", Map.of("kpm", k)));
      }
    }
    return out.isEmpty();
  }

  private boolean postBltList(ChangeBltList o) {
    kpmList.addAll(o.added());
    kpmList.removeAll(o.removed());
    return true;
  }

  /** Whether the KPM-month is taken by a BLT SPP that is still live (submitted to paid). */
  private boolean bltTakenLive(String key) {
    OperationId by = bltTaken.get(key);
    if (by == null) {
      return false;
    }
    SppStatus st = spps.get(by).status;
    return st != SppStatus.REJECTED && st != SppStatus.CANCELLED && st != SppStatus.REVERSED;
  }

  /**
   * A BLT SPP: as any SPP (enacted budget, in the year, the PKA's kegiatan, the item in the budget
   * and within what is left of it, I5), from a BLT line; the monthly amount positive and at most
   * the year's ceiling per KPM (I11); at least one KPM-month; at most the year's months at once;
   * every family on the list, by a short id; every month in the year; no KPM-month twice in it or on
   * another live SPP (I5).
   */
  private boolean checkSubmitBlt(SubmitBltSpp o, String path, List<Finding> out) {
    long monthly = amount(o.monthly(), path, ".monthly", out);
    if (!Guarantees.enacted(enacted != null, path, out)) {
      return false;
    }
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    if (officials.get(o.actor().id()) != null && o.actor().role() == Role.PELAKSANA_KEGIATAN && !hasDuty(o.actor().id(), o.item().kegiatan())) {
      out.add(
          Finding.error(
              Rule.SEGREGATION_OF_DUTIES,
              path + ".actor",
              o.actor() + " is not the PKA of kegiatan " + o.item().kegiatan(),
              Map.of("actor", o.actor().id(), "kegiatan", o.item().kegiatan().toString())));
    }
    Integer i = itemIndexOf(o.item());
    if (i == null) {
      out.add(Finding.error(Rule.UNKNOWN_REFERENCE, path + ".item", "item " + o.item() + " is not in the enacted budget", Map.of("item", o.item().toString())));
      return false;
    }
    checkNotCancelled(o.item().account(), path, ".item", out);
    if (!bltItems.contains(o.item())) {
      out.add(Finding.error(Rule.BLT_LINE, path + ".item", "item " + o.item() + " is not a BLT Desa line (tagged BLT, or on the BLT kegiatan)", Map.of("item", o.item().toString())));
    }
    int n = o.payments().size();
    if (n == 0) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".payments", "a BLT SPP pays at least one family for one month"));
    }
    PolicyPack.Blt rules = policy.blt().orElse(null);
    if (rules != null && monthly > Idr.toSen(Idr.of(rules.maxPerKpmPerMonth()))) {
      out.add(
          Finding.error(
              Rule.BLT_PER_KPM,
              path + ".monthly",
              "BLT Desa pays " + Idr.formatSen(monthly) + " per KPM a month, more than " + Idr.formatSen(Idr.toSen(Idr.of(rules.maxPerKpmPerMonth()))) + " (" + rules.reference() + ")",
              Map.of("monthly", Idr.formatSen(monthly))));
    }
    Set<YearMonth> months = new java.util.TreeSet<>();
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < n; j++) {
      SubmitBltSpp.KpmMonth km = o.payments().get(j);
      String at = path + ".payments[" + j + "]";
      months.add(km.month());
      if (km.month().getYear() != fiscalYear) {
        out.add(Finding.error(Rule.OUTSIDE_FISCAL_YEAR, at + ".month", "month " + km.month() + " is outside fiscal year " + fiscalYear, Map.of("month", km.month().toString())));
      }
      if (!Guarantees.kpmId(km.kpm(), at + ".kpm", out)) {
        continue;
      }
      if (!kpmList.contains(km.kpm())) {
        out.add(Finding.error(Rule.BLT_KPM_NOT_LISTED, at + ".kpm", "KPM " + km.kpm() + " is not on the list of BLT Desa families decided by Perkades", Map.of("kpm", km.kpm())));
      }
      String key = km.kpm() + " " + km.month();
      if (!seen.add(key) || bltTakenLive(key)) {
        out.add(
            Finding.error(
                Rule.BLT_PAID_TWICE,
                at,
                "KPM " + km.kpm() + " is paid for " + km.month() + " already" + (bltTakenLive(key) ? " (SPP " + bltTaken.get(key).value() + ")" : " in this SPP"),
                Map.of("kpm", km.kpm(), "month", km.month().toString())));
      }
    }
    if (rules != null && months.size() > rules.maxMonthsAtOnce()) {
      out.add(
          Finding.error(
              Rule.BLT_MONTHS_AT_ONCE,
              path + ".payments",
              "BLT Desa is paid for " + months.size() + " months at once, more than " + rules.maxMonthsAtOnce() + " (" + rules.reference() + ")",
              Map.of("months", Integer.toString(months.size()))));
    }
    if (monthly > 0 && n > 0 && monthly > Long.MAX_VALUE / n) {
      out.add(Finding.error(Rule.AMOUNT_NOT_POSITIVE, path + ".monthly", "amount out of range"));
    } else if (monthly > 0 && n > 0) {
      long total = monthly * n;
      Guarantees.withinItem(o.item(), budget[i], committed[i], realised[i], total, path, ".amount", out);
    }
    return out.isEmpty();
  }

  private boolean postSubmitBlt(SubmitBltSpp o) {
    long total = sen(o.monthly()) * o.payments().size();
    Spp s = new Spp(o.id(), SppType.LS, itemIndexOf(o.item()), total, o.actor().id(), date(o));
    s.blt = true;
    spps.put(o.id(), s);
    committed[s.item] += s.amount;
    pendingSpps++;
    for (SubmitBltSpp.KpmMonth km : o.payments()) {
      bltTaken.put(km.kpm() + " " + km.month(), o.id());
    }
    return true;
  }

  // ------------------------------------------------------- SPJ panjar with receipts and their taxes

  /**
   * An SPJ panjar with receipts: on a paid panjar (UM), by its submitter or a PKA of its kegiatan,
   * dated in the year; payees each once; every receipt's payee among them, its amount positive, its
   * purchase one the payee can be paid for and not income to a person (PPh 21 goes by LS SPP); a
   * partial SPJ with at least one receipt and, with the SPJ before it, within the advance
   * (Permendagri 20/2018); a final SPJ above the advance pays the excess within the item (I5) and the
   * cash (I6).
   */
  private boolean checkAccountPanjar(Operation.AccountPanjar o, String path, List<Finding> out) {
    Guarantees.inFiscalYear(date(o), fiscalYear, path, out);
    Spp s = spp(o.spp(), path, out);
    if (s == null) {
      return false;
    }
    if (s.type != SppType.UM) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".spp", "SPP " + s.id + " is not a panjar (UM); only a panjar is accounted for by SPJ", Map.of("spp", s.id.value())));
      return false;
    }
    if (!Guarantees.step(OperationKind.ACCOUNT_PANJAR, s.status, s.id, path, out)) {
      return false;
    }
    BudgetItemKey key = itemKeys.get(s.item);
    if (!o.actor().id().equals(s.submitter) && !hasDuty(o.actor().id(), key.kegiatan())) {
      out.add(Finding.error(Rule.SEGREGATION_OF_DUTIES, path + ".actor", o.actor() + " is not the PKA of kegiatan " + key.kegiatan(), Map.of("actor", o.actor().id())));
    }
    if (o.stage() == Operation.AccountPanjar.Stage.PARTIAL && o.receipts().isEmpty()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".receipts", "a partial SPJ has at least one receipt"));
    }
    if (!o.receipts().isEmpty() && taxRules == null) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path, "the " + fiscalYear + " policy pack has no tax rules (tax-" + fiscalYear + ".json): the receipts' taxes cannot be determined"));
      return false;
    }
    Set<String> ids = new HashSet<>();
    for (int p = 0; p < o.payees().size(); p++) {
      if (!ids.add(o.payees().get(p).id())) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".payees[" + p + "]", "payee '" + o.payees().get(p).id() + "' is listed twice"));
      }
    }
    TaxDetermination[] taxes = new TaxDetermination[o.receipts().size()];
    LocalDate on = date(o);
    long spent = 0;
    for (int i = 0; i < o.receipts().size(); i++) {
      Operation.AccountPanjar.Receipt r = o.receipts().get(i);
      String at = path + ".receipts[" + i + "]";
      long sen = amount(r.amount(), at, ".amount", out);
      spent += sen;
      Payee payee = o.payee(r.payee());
      if (payee == null) {
        out.add(Finding.error(Rule.UNKNOWN_REFERENCE, at + ".payee", "payee '" + r.payee() + "' is not among the SPJ's payees", Map.of("payee", r.payee())));
        continue;
      }
      if (r.purchase().isPersonalIncome()) {
        out.add(Finding.error(Rule.INVALID_OPERATION, at + ".purchase", r.purchase() + " is income to a person (PPh 21 with the income to date): it is paid by an LS SPP, not from a panjar",
            Map.of("payee", payee.id(), "purchase", r.purchase().name())));
        continue;
      }
      if (sen <= 0 || on.getYear() != fiscalYear) {
        continue;
      }
      try {
        taxes[i] = taxRules.determine(payee, Purchase.of(r.purchase(), Idr.ofSen(sen), on));
      } catch (IllegalArgumentException e) {
        out.add(Finding.error(Rule.INVALID_OPERATION, at + ".purchase", e.getMessage(), Map.of("payee", payee.id(), "purchase", r.purchase().name())));
      }
    }
    long total = s.spent + spent;
    if (o.stage() == Operation.AccountPanjar.Stage.PARTIAL && total > s.amount) {
      out.add(
          Finding.error(
              Rule.PANJAR_OVERACCOUNTED,
              path + ".receipts",
              "partial SPJ to " + Idr.formatSen(total) + " for a panjar of " + Idr.formatSen(s.amount) + " (Permendagri 20/2018): an SPJ above the advance is the final one, the excess paid further",
              Map.of("spp", s.id.value(), "advance", Idr.formatSen(s.amount), "spent", Idr.formatSen(total))));
    } else if (o.stage() == Operation.AccountPanjar.Stage.FINAL && total > s.amount && out.isEmpty()) {
      long excess = total - s.amount;
      Guarantees.withinItem(key, budget[s.item], committed[s.item], realised[s.item], excess, path + ".receipts", out);
      int f = itemFund[s.item];
      Guarantees.cashCovers(fundKeys.get(f), cash[f], taxPayable[f], excess, path + ".receipts", out);
      if (out.isEmpty()) {
        placeCovers(f, s.inCash, date(o), excess, path, ".receipts", out); // the excess is paid where the panjar was
      }
    }
    if (out.isEmpty()) {
      memoSpjOf = o;
      memoSpj = taxes;
    }
    return out.isEmpty();
  }

  /**
   * Posts an SPJ panjar: its receipts realised; their taxes collected (cash and tax payable of the
   * item's fund source, owed for the SPJ's month); the final SPJ returns the rest of the advance or
   * pays the excess, releases what stays committed and settles the panjar.
   */
  private boolean postAccountPanjar(Operation.AccountPanjar o) {
    TaxDetermination[] taxes = memoSpjOf == o ? memoSpj : null;
    if (taxes == null) {
      checkAccountPanjar(o, o.id().value(), new ArrayList<>()); // posted without its check just before: derive again
      taxes = memoSpj;
    }
    memoSpjOf = null;
    memoSpj = null;
    Spp s = sppOf(o.spp());
    int f = itemFund[s.item];
    LocalDate on = date(o);
    long spent = 0;
    for (Operation.AccountPanjar.Receipt r : o.receipts()) {
      spent += sen(r.amount());
    }
    long tax = 0;
    for (TaxDetermination d : taxes) {
      for (TaxLine t : d.lines()) {
        long sen = Idr.toSen(t.amount());
        PeriodTax p = periodTaxes.computeIfAbsent(TaxPeriod.of(t.levy(), on), k -> new PeriodTax());
        p.ensure(f);
        p.withheld[f] += sen;
        tax += sen;
      }
    }
    spjTaxes.put(o.id(), taxes);
    spjFund.put(o.id(), f);
    cash[f] += tax;
    flow(f, s.inCash, on, tax); // the taxes collected come back where the panjar was paid
    taxPayable[f] += tax;
    taxOwedTotal += tax;
    linedOwed += tax;
    realised[s.item] += spent;
    s.spjCount++;
    if (o.stage() == Operation.AccountPanjar.Stage.PARTIAL) {
      committed[s.item] -= spent;
      s.spent += spent;
      return true;
    }
    committed[s.item] -= s.amount - s.spent;
    s.spent += spent;
    cash[f] += s.amount - s.spent; // the rest returned, or (negative) the excess paid further
    flow(f, s.inCash, on, s.amount - s.spent);
    s.settledOn = on;
    step(s, SppStep.SETTLE);
    outstandingPanjar--;
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
    List<Payee> listed = o.payees();
    if (listed.size() > 8) {
      Set<String> ids = new HashSet<>();
      for (int p = 0; p < listed.size(); p++) {
        if (!ids.add(listed.get(p).id())) {
          out.add(Finding.error(Rule.INVALID_OPERATION, path + ".payees[" + p + "]", "payee '" + listed.get(p).id() + "' is listed twice"));
        }
      }
    } else {
      // a few payees: compared pairwise, the same findings in the same order, without a set
      for (int p = 1; p < listed.size(); p++) {
        String id = listed.get(p).id();
        for (int q = 0; q < p; q++) {
          if (listed.get(q).id().equals(id)) {
            out.add(Finding.error(Rule.INVALID_OPERATION, path + ".payees[" + p + "]", "payee '" + id + "' is listed twice"));
            break;
          }
        }
      }
    }
    boolean pka = o.actor().role() == Role.PELAKSANA_KEGIATAN && officials.containsKey(o.actor().id());
    int n = o.lines().size();
    // the lines per item, items in the order of their first line: small arrays rather than a map of boxed values
    int[] perItemIndex = new int[n];
    long[] perItemSum = new long[n];
    int perItemCount = 0;
    TaxDetermination[] taxes = new TaxDetermination[n];
    long[] lineSen = new long[n];
    int[] lineItem = new int[n];
    long[] lineIncomeTax = new long[n];
    // per payee of personal income, its income before this SPP plus the lines so far: small arrays rather than a map
    String[] earlierPayee = null;
    long[][] earlier = null;
    int earlierCount = 0;
    LocalDate on = date(o);
    for (int l = 0; l < n; l++) {
      SubmitLinedSpp.Line line = o.lines().get(l);
      // the line's path is made only for a finding: a posting builds no strings
      long sen = toSenOrZero(line.amount());
      if (sen <= 0) {
        sen = amount(line.amount(), linePath(path, l), ".amount", out);
      }
      if (pka && !hasDuty(o.actor().id(), line.item().kegiatan())) {
        out.add(
            Finding.error(
                Rule.SEGREGATION_OF_DUTIES,
                linePath(path, l) + ".item",
                o.actor() + " is not the PKA of kegiatan " + line.item().kegiatan(),
                Map.of("actor", o.actor().id(), "kegiatan", line.item().kegiatan().toString())));
      }
      Integer i = itemIndex.get(line.item());
      lineSen[l] = sen;
      lineItem[l] = i == null ? -1 : i;
      if (i == null) {
        out.add(Finding.error(Rule.UNKNOWN_REFERENCE, linePath(path, l) + ".item", "item " + line.item() + " is not in the enacted budget", Map.of("item", line.item().toString())));
      } else if (budgetCancelled() && !checkNotCancelled(line.item().account(), linePath(path, l), ".item", out)) {
        // refused: not operational while the budget is cancelled
      } else if (sen > 0) {
        int k = 0;
        while (k < perItemCount && perItemIndex[k] != i) {
          k++;
        }
        if (k == perItemCount) {
          perItemIndex[k] = i;
          perItemCount++;
        }
        perItemSum[k] += sen;
      }
      Payee payee = o.payee(line.payee());
      if (payee == null) {
        out.add(Finding.error(Rule.UNKNOWN_REFERENCE, linePath(path, l) + ".payee", "payee '" + line.payee() + "' is not among the SPP's payees", Map.of("payee", line.payee())));
        continue;
      }
      if (sen <= 0 || on.getYear() != fiscalYear) {
        continue;
      }
      try {
        Purchase purchase = Purchase.of(line.purchase(), ofSen(line.amount(), sen), on);
        long[] before = null;
        if (line.purchase().isPersonalIncome()) {
          if (earlier == null) {
            earlierPayee = new String[n];
            earlier = new long[n][];
          }
          String payeeId = payee.id();
          for (int k = 0; k < earlierCount; k++) {
            if (earlierPayee[k].equals(payeeId)) {
              before = earlier[k];
              break;
            }
          }
          if (before == null) {
            before = incomeBefore(payeeId, on);
            earlierPayee[earlierCount] = payeeId;
            earlier[earlierCount++] = before;
          }
          purchase = purchase.withEarlier(new IncomeToDate(Idr.ofSen(before[0]), Idr.ofSen(before[1]), Idr.ofSen(before[2]), Idr.ofSen(before[3]), 12));
        }
        taxes[l] = taxRules.determine(payee, purchase);
        if (before != null) {
          long tax = Idr.toSen(taxes[l].amount(id.smartkampung.core.tax.Levy.PPH_21));
          lineIncomeTax[l] = tax;
          before[0] += sen;
          before[1] += tax;
          before[2] += sen;
          before[3] += tax;
        }
      } catch (IllegalArgumentException e) {
        out.add(Finding.error(Rule.INVALID_OPERATION, linePath(path, l) + ".purchase", e.getMessage(), Map.of("payee", payee.id(), "purchase", line.purchase().name())));
      }
    }
    for (int k = 0; k < perItemCount; k++) {
      int i = perItemIndex[k];
      Guarantees.withinItem(itemKeys.get(i), budget[i], committed[i], realised[i], perItemSum[k], path, ".lines", out);
      if (underPagu()) {
        withinPreviousPagu(itemKeys.get(i), perItemSum[k], path + ".lines", out);
      }
    }
    if (out.isEmpty()) {
      memoLinedOf = o;
      memoLined = taxes;
      memoLinedSen = lineSen;
      memoLinedItem = lineItem;
      memoLinedIncomeTax = lineIncomeTax;
    }
    return out.isEmpty();
  }

  /**
   * {@code Idr.ofSen(sen)} for an amount known to be {@code sen} sen: the amount itself when it is
   * already that very value — rupiah, Moneta's default context, and the representation {@code
   * Idr.ofSen} gives (Moneta keeps {@code sen / 100} with its trailing zeros stripped, so equal values
   * of equal scale are the same number) — else a new one. Saves a {@code Money.of} per line of a
   * lined SPP (about half a microsecond) without changing what the tax rules see.
   */
  static Money ofSen(Money amount, long sen) {
    if (sen != 0 && amount.getScale() == 2 - trailingZeros(sen) && amount.getContext() == Idr.ZERO.getContext() && Idr.CURRENCY.equals(amount.getCurrency())) {
      return amount;
    }
    return Idr.ofSen(sen);
  }

  /** The decimal zeros a non-zero number ends with. */
  private static int trailingZeros(long n) {
    int z = 0;
    while (n % 10 == 0) {
      n /= 10;
      z++;
    }
    return z;
  }

  /** The path of an SPP's line, for a finding. */
  private static String linePath(String path, int line) {
    return path + ".lines[" + line + "]";
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
    income(d.payee().id(), java.time.YearMonth.from(d.purchase().paidOn()), Idr.toSen(d.payment()), Idr.toSen(d.amount(id.smartkampung.core.tax.Levy.PPH_21)), sign);
  }

  /** As {@link #income(TaxDetermination, int)} from its figures: the payee, the month paid, the gross and its PPh 21 (sen). */
  private void income(String payee, YearMonth m, long gross, long tax, int sign) {
    Income i = incomeOf.computeIfAbsent(payee, k -> new Income());
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
    if (memoLinedOf != o) {
      List<Finding> scratch = new ArrayList<>();
      checkSubmitLined(o, o.id().value(), scratch); // posted without its check just before: derive again
    }
    TaxDetermination[] taxes = memoLined;
    // the check derived each line's amount, item and PPh 21 (the same expressions): kept, not derived again
    long[] amounts = memoLinedSen;
    int[] items = memoLinedItem;
    long[] incomeTax = memoLinedIncomeTax;
    int n = o.lines().size();
    long[] withheld = new long[n];
    long total = 0;
    boolean underPagu = underPagu();
    YearMonth month = YearMonth.from(date(o));
    for (int l = 0; l < n; l++) {
      SubmitLinedSpp.Line line = o.lines().get(l);
      withheld[l] = Idr.toSen(taxes[l].withheld());
      total += amounts[l];
      committed[items[l]] += amounts[l];
      if (underPagu) {
        paguUsed.merge(line.item(), amounts[l], Long::sum);
      }
      if (line.purchase().isPersonalIncome()) {
        income(taxes[l].payee().id(), month, amounts[l], incomeTax[l], 1);
      }
    }
    for (Payee p : o.payees()) {
      payees.put(p.id(), p);
    }
    Spp s = new Spp(o.id(), SppType.LS, -1, -1, total, o.actor().id(), date(o));
    s.underPagu = underPagu();
    s.lineItems = items;
    s.lineAmounts = amounts;
    s.lineTaxes = taxes;
    s.lineWithheld = withheld;
    spps.put(o.id(), s);
    pendingSpps++;
    memoLinedOf = null;
    memoLined = null;
    memoLinedSen = null;
    memoLinedItem = null;
    memoLinedIncomeTax = null;
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
    long[] net = new long[fundKeys.size()];
    for (int l = 0; l < s.lineItems.length; l++) {
      net[itemFund[s.lineItems[l]]] += s.lineAmounts[l] - s.lineWithheld[l]; // Idr.toSen(lineTaxes[l].withheld()), kept at submission
    }
    for (int f = 0; f < gross.length; f++) {
      if (gross[f] > 0 && Guarantees.cashCovers(fundKeys.get(f), cash[f], taxPayable[f], gross[f], path, out)) {
        placeCovers(f, o.place() == CashPlace.CASH, date(o), net[f], path, ".place", out);
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
      flow(f, s.inCash, s.paidOn, -(s.lineAmounts[l] - s.lineWithheld[l]));
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
    if (out.isEmpty()) {
      long[] split = depositSplit(p, sen);
      for (int f = 0; f < split.length; f++) {
        if (split[f] > 0) {
          placeCovers(f, false, date(o), split[f], path, ".amount", out); // deposited from the RKD
        }
      }
      memoSplitOf = o;
      memoSplitPeriod = p;
      memoSplit = split;
    }
    return out.isEmpty();
  }

  /** How a period deposit falls on the fund sources that owe the period's tax, in the order of the fund source codes. */
  private long[] depositSplit(PeriodTax p, long amount) {
    long left = amount;
    long[] split = new long[fundKeys.size()];
    for (int f : fundOrder()) {
      if (f >= p.withheld.length || left == 0) {
        continue;
      }
      long take = Math.min(left, p.withheld[f] - p.deposited[f]);
      if (take > 0) {
        split[f] = take;
        left -= take;
      }
    }
    return split;
  }

  /** The fund source indexes in the order of their codes. */
  private int[] fundOrder() {
    if (fundOrder.length != fundKeys.size()) {
      List<FundSource> order = new ArrayList<>(fundKeys);
      order.sort(null);
      int[] idx = new int[order.size()];
      for (int k = 0; k < idx.length; k++) {
        idx[k] = fundIndex.get(order.get(k));
      }
      fundOrder = idx;
    }
    return fundOrder;
  }

  /** Posts a period deposit against the fund sources that owe the period's tax, in the order of the fund source codes. */
  private boolean postDepositPeriod(DepositTaxPeriod o) {
    boolean known = memoSplitOf == o; // the check just split it, on the same state
    PeriodTax p = known ? memoSplitPeriod : periodTaxes.get(new TaxPeriod(o.levy(), o.period()));
    long[] split = known ? memoSplit : depositSplit(p, sen(o.amount()));
    memoSplitOf = null;
    memoSplitPeriod = null;
    memoSplit = null;
    depositSplit.put(o.id(), split);
    for (int f = 0; f < split.length; f++) {
      long take = split[f];
      if (take > 0) {
        p.deposited[f] += take;
        cash[f] -= take;
        flow(f, false, date(o), -take);
        taxPayable[f] -= take;
        taxOwedTotal -= take;
        linedOwed -= take;
      }
    }
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
    bltItems.clear();
    for (BudgetLine l : b.lines(Section.BELANJA)) {
      if (l.itemKey().isPresent() && bltLine(l)) {
        bltItems.add(l.itemKey().get());
      }
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
      onHand = Arrays.copyOf(onHand, n * 2);
      dayFlow = Arrays.copyOf(dayFlow, n * 2 * 2 * DAYS);
      taxPayable = Arrays.copyOf(taxPayable, n * 2);
      received = Arrays.copyOf(received, n * 2);
      interest = Arrays.copyOf(interest, n * 2);
    }
    fundKeys.add(source);
    fundIndex.put(source, n);
    return n;
  }
}
