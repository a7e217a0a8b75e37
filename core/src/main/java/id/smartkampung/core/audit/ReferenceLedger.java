package id.smartkampung.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetValidator;
import id.smartkampung.core.budget.FinancingItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.budget.Section;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.code.ReferenceData;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.CancelSpp;
import id.smartkampung.core.ledger.Operation.CloseMonth;
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
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.SubmitLinedSpp;
import id.smartkampung.core.ledger.Operation.DepositTaxPeriod;
import id.smartkampung.core.tax.IncomeToDate;
import id.smartkampung.core.tax.Purchase;
import id.smartkampung.core.tax.TaxPeriod;
import id.smartkampung.core.tax.PurchaseKind;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.SppStatus;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.PublicKeyValue;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import javax.money.MonetaryAmount;

/**
 * An independent, deliberately simple recomputation of a village's books from its history — the
 * <i>rekonsiliasi ulang</i> an auditor makes: rupiah as {@link BigDecimal} in sorted maps, one pass,
 * no indexes, no incremental tricks and none of the {@link id.smartkampung.core.ledger.Ledger}'s
 * code. For each operation it re-derives from the rules (DESIGN §3) whether it was allowed where it
 * stands — I1 amounts, I2 codes and references, I4 enactment, lifecycle, revision, fiscal year and
 * close, I5 items within budget, I6 cash per fund source, I7 registered officials in their roles,
 * distinct persons, steps in order, I8 ids used once, I9 date order — and lists every violation at
 * its place in the history. Then it applies the operation anyway: a journal records what happened,
 * so a forged payment still moves the money and what follows is judged on it.
 *
 * <p>On a history that an honest ledger accepted it finds nothing, and its figures equal the
 * ledger's snapshot: the ledger's tests use it as their reference model, and the offline {@link
 * JournalAudit} uses it as its recheck. Budget validity (I2, I3, I11) is judged by {@link
 * BudgetValidator}, the budget's own single rule set, not by the ledger. Not thread-safe.
 *
 * <p>The steps it judges are declared once, as tables the ledger reads: the SPP state machine
 * {@link id.smartkampung.core.ledger.SppStep} (from status, to status, role, which earlier actors
 * must differ) and the budget lifecycle {@link
 * id.smartkampung.core.budget.ApbdesLifecycle.Transition}. This model does not read them: it writes
 * the same rules out again on its own ({@code verify}, {@code approve}, {@code reject}, {@code
 * cancel}, {@code pay}, {@code settle}, {@code reversePayment}, {@code draft}, {@code advance}), so
 * that a mistake in a table or in the ledger shows as a disagreement; a wrong role is {@code
 * I7.wrong-role}, a step out of order or repeated {@code I7.step-order} (SPP) or {@code
 * I4.lifecycle-order} (budget), a person taking two steps {@code I7.segregation-of-duties}, as
 * there. The tests hold the table, this model and the ledger to the same verdicts.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class ReferenceLedger {
  private static final class Registration {
    final Official official;
    final Set<KegiatanCode> kegiatan;
    final Optional<PublicKeyValue> key;

    Registration(Official official, Set<KegiatanCode> kegiatan, Optional<PublicKeyValue> key) {
      this.official = official;
      this.kegiatan = kegiatan;
      this.key = key;
    }
  }

  /** An SPP for a belanja item (SubmitSpp) or a financing item (SubmitFinancingSpp, always LS). */
  private static final class Spp {
    final Operation submit;
    final SppType type;
    /** The belanja item, or null for a financing SPP. */
    final BudgetItemKey item;
    /** The financing item, or null for a belanja SPP. */
    final FinancingItemKey fin;
    final FundSource fund;
    final BigDecimal gross;
    /** When its latest accepted operation is dated. */
    Instant lastAt;
    Official verifier;
    Official approver;
    SppStatus status = SppStatus.SUBMITTED;
    final Map<TaxType, BigDecimal> withheld = new EnumMap<>(TaxType.class);
    final Map<TaxType, BigDecimal> deposited = new EnumMap<>(TaxType.class);
    /** Paid in cash from the cash box, not by transfer. */
    boolean inCash;
    /** A panjar: what its SPJ with receipts accounted for so far, and how many there were. */
    BigDecimal spjSpent = BigDecimal.ZERO;
    int spjCount;

    Spp(SubmitSpp submit) {
      this.submit = submit;
      this.type = submit.type();
      this.item = submit.item();
      this.fin = null;
      this.fund = submit.item().fundSource();
      this.gross = rp(submit.amount());
      this.lastAt = submit.at();
    }

    /** A lined SPP: each line with its item, fund source, gross and taxes; null for the others. */
    List<LinedLine> lines;
    java.time.LocalDate paidOn;

    Spp(SubmitLinedSpp submit, List<LinedLine> lines) {
      this.submit = submit;
      this.type = SppType.LS;
      this.item = null;
      this.fin = null;
      this.fund = null;
      this.lines = lines;
      BigDecimal sum = BigDecimal.ZERO;
      for (LinedLine l : lines) {
        sum = sum.add(l.gross);
      }
      this.gross = sum;
      this.lastAt = submit.at();
    }

    /** A BLT SPP: LS from one belanja item, gross = monthly × its KPM-months. */
    Spp(Operation.SubmitBltSpp submit) {
      this.submit = submit;
      this.type = SppType.LS;
      this.item = submit.item();
      this.fin = null;
      this.fund = submit.item().fundSource();
      this.gross = rp(submit.monthly()).multiply(BigDecimal.valueOf(submit.payments().size()));
      this.lastAt = submit.at();
    }

    Spp(SubmitFinancingSpp submit) {
      this.submit = submit;
      this.type = SppType.LS;
      this.item = null;
      this.fin = submit.item();
      this.fund = submit.item().fundSource();
      this.gross = rp(submit.amount());
      this.lastAt = submit.at();
    }

    BudgetItemKey item() {
      return item;
    }

    BigDecimal gross() {
      return gross;
    }
  }

  /** One line of a lined SPP. */
  private record LinedLine(BudgetItemKey item, FundSource fund, BigDecimal gross, String payee, PurchaseKind kind, java.time.LocalDate on,
      ReferenceTaxes.Taxes taxes) {
    BigDecimal withheld() {
      return taxes.withheld();
    }
  }

  private enum Stage { DRAFT, AGREED, EVALUATED, ENACTED, RETURNED, CANCELLED }

  private final Village village;
  private final java.time.ZoneId zone;
  private final PolicyPack policy;
  private final id.smartkampung.core.calendar.HolidayCalendar calendar = id.smartkampung.core.calendar.HolidayCalendar.standard();
  private final int year;
  private final ReferenceData reference = ReferenceData.standard();
  private final BudgetValidator validator;

  private final Map<String, Registration> officials = new HashMap<>();
  private final Set<OperationId> ids = new HashSet<>();
  private final Map<BudgetItemKey, BigDecimal> budget = new TreeMap<>();
  private final Map<BudgetItemKey, BigDecimal> committed = new TreeMap<>();
  private final Map<BudgetItemKey, BigDecimal> realised = new TreeMap<>();
  private final Map<FinancingItemKey, BigDecimal> finBudget = new TreeMap<>();
  private final Map<FinancingItemKey, BigDecimal> finCommitted = new TreeMap<>();
  private final Map<FinancingItemKey, BigDecimal> finRealised = new TreeMap<>();
  private final Map<FundSource, BigDecimal> received = new TreeMap<>();
  private final Map<FundSource, BigDecimal> cash = new TreeMap<>();
  private final Map<FundSource, BigDecimal> tax = new TreeMap<>();
  /**
   * Every movement of money so far, per fund source and place (the bank account or the cash box),
   * with its business date: the balance of a place at a date is the sum of its movements dated on or
   * before it.
   */
  private final Map<FundSource, List<Movement>> movements = new TreeMap<>();

  /** A movement of money of one fund source at one place on a business date. */
  private record Movement(LocalDate date, boolean inCash, BigDecimal amount) {}
  private final Map<OperationId, Spp> spps = new HashMap<>();
  private final Map<OperationId, SppStatus> status = new TreeMap<>();
  private final Map<OperationId, ReceiveRevenue> receipts = new HashMap<>();
  private final Set<OperationId> reversedReceipts = new HashSet<>();
  /** Dana Desa received per part and tahap ("KDMP#0": channelled outside the treasury), in rupiah. */
  private final Map<String, BigDecimal> partReceived = new TreeMap<>();
  private final List<AuditFinding> violations = new ArrayList<>();
  /** Per payee the personal-income lines of live lined SPPs (for PPh 21's month and year). */
  private final Map<String, List<LinedLine>> income = new HashMap<>();
  /** Per tax type and period, per fund source: {withheld, deposited} of lined SPPs, in rupiah. */
  private final Map<TaxPeriod, Map<FundSource, BigDecimal[]>> periods = new TreeMap<>();

  private Stage stage;
  /** The previous year's pagu per operational item declared by the cancellation in force (Pasal 36), rupiah; null: none declared. */
  private @org.jspecify.annotations.Nullable Map<BudgetItemKey, BigDecimal> previousPagu;
  /** The SPPs submitted while the budget is cancelled with a previous year's pagu. */
  private final Set<OperationId> sinceCancellation = new java.util.HashSet<>();
  /** The date of the cancellation in force. */
  private LocalDate cancelledOn = LocalDate.MIN;
  private boolean revision;
  /** The date of the last agreement with the BPD (for a deemed enactment's submission). */
  private LocalDate agreedOn;
  private Apbdes draft;
  private boolean enacted;
  /** The budget in force (the last one enacted or changed by Perkades), or null. */
  private Apbdes inForceBudget;
  /** The KPM of BLT Desa as the Perkades decided and changed the list. */
  private final Set<String> kpmList = new TreeSet<>();
  private boolean closed;
  /** Whether the books were opened from the previous year's close; whether SiLPA came as a receipt. */
  private boolean opened;
  private boolean silpaAsReceipt;
  /** The latest date of any entry so far. */
  private Instant lastAt;
  /** The last closed month, or null. */
  private YearMonth closedThrough;
  /** When the budget in force was enacted, or null. */
  private Instant enactedAt;
  private long size;

  private ReferenceLedger(Village village, PolicyPack policy, java.time.ZoneId zone) {
    this.zone = requireNonNull(zone, "zone");
    this.village = requireNonNull(village, "village");
    this.policy = requireNonNull(policy, "policy");
    this.year = policy.fiscalYear();
    this.validator = BudgetValidator.of(policy, reference);
  }

  /** An empty recomputation for a village under a policy pack (its fiscal year). */
  public static ReferenceLedger start(Village village, PolicyPack policy) {
    return new ReferenceLedger(village, policy, village.zone());
  }

  /** An empty recomputation whose business dates are in {@code zone} (as the book's header says). */
  public static ReferenceLedger start(Village village, PolicyPack policy, java.time.ZoneId zone) {
    return new ReferenceLedger(village, policy, zone);
  }

  /** The recomputation of a whole history. */
  public static ReferenceLedger recompute(Village village, PolicyPack policy, Iterable<? extends Operation> history) {
    ReferenceLedger r = start(village, policy);
    for (Operation op : requireNonNull(history, "history")) {
      r.apply(op);
    }
    return r;
  }

  // ------------------------------------------------------------------------------------ results

  /** Every violation so far, at the 1-based place of its operation in the history. */
  public ImmutableList<AuditFinding> violations() {
    return ImmutableList.copyOf(violations);
  }

  /** The number of operations applied. */
  public long size() {
    return size;
  }

  /** The public key registered for a person now, if any. */
  public Optional<PublicKeyValue> registeredKey(String personId) {
    Registration r = officials.get(personId);
    return r == null ? Optional.empty() : r.key;
  }

  /** The registered keys now, by person id (the trust roots an auditor compares with the district's register). */
  public ImmutableSortedMap<String, PublicKeyValue> registeredKeys() {
    ImmutableSortedMap.Builder<String, PublicKeyValue> b = ImmutableSortedMap.naturalOrder();
    officials.forEach((id, r) -> r.key.ifPresent(k -> b.put(id, k)));
    return b.build();
  }

  /** Budget per item of the budget in force (items cut by a revision at 0), in rupiah. */
  public ImmutableSortedMap<BudgetItemKey, BigDecimal> budget() {
    return ImmutableSortedMap.copyOf(budget);
  }

  /** Committed (reserved or advanced, not yet realised) per item, in rupiah. */
  public ImmutableSortedMap<BudgetItemKey, BigDecimal> committed() {
    return ImmutableSortedMap.copyOf(committed);
  }

  /** Realised spending per item, in rupiah. */
  public ImmutableSortedMap<BudgetItemKey, BigDecimal> realised() {
    return ImmutableSortedMap.copyOf(realised);
  }

  /** Received (net of reversals) per fund source, in rupiah. */
  public ImmutableSortedMap<FundSource, BigDecimal> received() {
    return ImmutableSortedMap.copyOf(received);
  }

  /** Cash held per fund source (including tax withheld and owed), in rupiah. */
  public ImmutableSortedMap<FundSource, BigDecimal> cash() {
    return ImmutableSortedMap.copyOf(cash);
  }

  /** Tax withheld and still owed per fund source, in rupiah. */
  public ImmutableSortedMap<FundSource, BigDecimal> taxPayable() {
    return ImmutableSortedMap.copyOf(tax);
  }

  /** The status of every SPP by the id that submitted it. */
  public ImmutableSortedMap<OperationId, SppStatus> sppStatus() {
    return ImmutableSortedMap.copyOf(status);
  }

  /** Cash in the treasurer's cash box (kas tunai) per fund source, in rupiah; the rest of {@link #cash()} is in the bank. */
  public ImmutableSortedMap<FundSource, BigDecimal> cashOnHand() {
    Map<FundSource, BigDecimal> m = new TreeMap<>();
    movements.forEach((f, list) -> m.put(f, balance(list, true, null)));
    return ImmutableSortedMap.copyOf(m);
  }

  /** The cash of all fund sources: what the BKU balance must be (I10). */
  public BigDecimal cashTotal() {
    return cash.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  // -------------------------------------------------------------------------------------- apply

  /**
   * Judges the next operation of the history and applies it.
   *
   * @return the violations of this operation (also added to {@link #violations()}); empty when it
   *     was allowed where it stands
   */
  public ImmutableList<Finding> apply(Operation op) {
    requireNonNull(op, "op");
    size++;
    List<Finding> out = new ArrayList<>();
    String path = op.id().value();
    if (!ids.add(op.id())) {
      out.add(Finding.error(Rule.IDEMPOTENCY_CONFLICT, path, "operation id " + op.id() + " is used a second time; an honest ledger posts each id once"));
      return record(out, false);
    }
    if (closed) {
      out.add(Finding.error(Rule.YEAR_CLOSED, path, "posted after the year-end close of " + year));
    }
    dated(op, path, out);
    registered(op, path, out);
    // a switch expression without default: the compiler checks that every kind is judged
    boolean allowed = switch (op.kind()) {
      case REGISTER_OFFICIAL -> register((RegisterOfficial) op, path, out);
      case DRAFT_BUDGET -> draft(op.actor(), ((DraftBudget) op).budget(), false, path, out);
      case DRAFT_REVISION -> draft(op.actor(), ((DraftRevision) op).budget(), true, path, out);
      case AGREE_BUDGET -> {
        agreedOn = op.businessDate(zone);
        yield advance(op.actor(), Role.KEPALA_DESA, Stage.DRAFT, Stage.AGREED, path, out);
      }
      case EVALUATE_BUDGET -> advance(op.actor(), Role.EVALUATOR_KABUPATEN, Stage.AGREED, Stage.EVALUATED, path, out);
      case ENACT_BUDGET -> enact((EnactBudget) op, path, out);
      case RECEIVE_REVENUE -> receive((ReceiveRevenue) op, path, out);
      case SUBMIT_SPP -> submit((SubmitSpp) op, path, out);
      case VERIFY_SPP -> verify((VerifySpp) op, path, out);
      case APPROVE_SPP -> approve((ApproveSpp) op, path, out);
      case REJECT_SPP -> reject((RejectSpp) op, path, out);
      case CANCEL_SPP -> cancel((CancelSpp) op, path, out);
      case PAY_SPP -> pay((PaySpp) op, path, out);
      case SETTLE_PANJAR -> settle((SettlePanjar) op, path, out);
      case DEPOSIT_TAX -> deposit((DepositTax) op, path, out);
      case REVERSE_RECEIPT -> reverseReceipt((ReverseReceipt) op, path, out);
      case REVERSE_PAYMENT -> reversePayment((ReversePayment) op, path, out);
      case CLOSE_YEAR -> close((CloseYear) op, path, out);
      case SUBMIT_FINANCING_SPP -> submitFinancing((SubmitFinancingSpp) op, path, out);
      case CLOSE_MONTH -> closeMonth((CloseMonth) op, path, out);
      case SUBMIT_LINED_SPP -> submitLined((SubmitLinedSpp) op, path, out);
      case DEPOSIT_TAX_PERIOD -> depositPeriod((DepositTaxPeriod) op, path, out);
      case RETURN_BUDGET -> advance(op.actor(), Role.EVALUATOR_KABUPATEN, Stage.AGREED, Stage.RETURNED, path, out);
      case CORRECT_BUDGET -> correct((Operation.CorrectBudget) op, path, out);
      case ENACT_DEEMED_BUDGET -> enactDeemed((Operation.EnactDeemedBudget) op, path, out);
      case SHIFT_BUDGET -> change(op, ((Operation.ShiftBudget) op).budget(), path, out);
      case ADD_LATE_GRANT -> change(op, ((Operation.AddLateGrant) op).budget(), path, out);
      case SPEND_EMERGENCY -> change(op, ((Operation.SpendEmergency) op).budget(), path, out);
      case CANCEL_BUDGET -> cancelBudget(op, path, out);
      case RECORD_KDMP_CHANNELLING -> channel((Operation.RecordKdmpChannelling) op, path, out);
      case MOVE_CASH -> moveCash((Operation.MoveCash) op, path, out);
      case CHANGE_BLT_LIST -> changeBltList((Operation.ChangeBltList) op, path, out);
      case SUBMIT_BLT_SPP -> submitBlt((Operation.SubmitBltSpp) op, path, out);
      case ACCOUNT_PANJAR -> accountPanjar((Operation.AccountPanjar) op, path, out);
      case OPEN_YEAR -> openYear((Operation.OpenYear) op, path, out);
      case RECORD_BANK_INTEREST -> bankInterest((Operation.RecordBankInterest) op, path, out);
      case RECORD_BANK_FEE -> bankFee((Operation.RecordBankFee) op, path, out);
    };
    if (lastAt == null || op.at().isAfter(lastAt)) {
      lastAt = op.at();
    }
    return record(out, allowed);
  }

  /**
   * I9 as this model states it: nothing dated in a closed month; a registration, budget step or
   * close dated at or after every entry before it; an SPP not before the enactment of the budget in
   * force; a step of an SPP (verify, approve, reject, cancel, pay, SPJ, deposit, reversal) not
   * before the SPP's latest step; a receipt's reversal not before the receipt. Receipts are free to
   * be back-dated inside the open months.
   */
  private void dated(Operation op, String path, List<Finding> out) {
    LocalDate d = op.businessDate(zone);
    if (closedThrough != null && !d.isAfter(closedThrough.atEndOfMonth())) {
      out.add(Finding.error(Rule.MONTH_CLOSED, path + ".at", "dated " + d + ", in a month closed already (through " + closedThrough + ")"));
    }
    // expressions, so that the compiler checks every kind is placed (a statement switch let new kinds pass unchecked)
    OperationId sppId = switch (op.kind()) {
      case VERIFY_SPP -> ((VerifySpp) op).spp();
      case APPROVE_SPP -> ((ApproveSpp) op).spp();
      case REJECT_SPP -> ((RejectSpp) op).spp();
      case CANCEL_SPP -> ((CancelSpp) op).spp();
      case PAY_SPP -> ((PaySpp) op).spp();
      case SETTLE_PANJAR -> ((SettlePanjar) op).spp();
      case ACCOUNT_PANJAR -> ((Operation.AccountPanjar) op).spp();
      case DEPOSIT_TAX -> ((DepositTax) op).spp();
      case REVERSE_PAYMENT -> ((ReversePayment) op).spp();
      case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, CLOSE_YEAR, CLOSE_MONTH, DEPOSIT_TAX_PERIOD,
          RETURN_BUDGET, CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET, SUBMIT_SPP,
          SUBMIT_FINANCING_SPP, SUBMIT_LINED_SPP, RECEIVE_REVENUE, REVERSE_RECEIPT, RECORD_KDMP_CHANNELLING, MOVE_CASH, CHANGE_BLT_LIST, SUBMIT_BLT_SPP, OPEN_YEAR,
          RECORD_BANK_INTEREST, RECORD_BANK_FEE -> null;
    };
    Spp spp = sppId == null ? null : spps.get(sppId);
    Instant after = switch (op.kind()) {
      case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, CLOSE_YEAR, CLOSE_MONTH, DEPOSIT_TAX_PERIOD,
          RETURN_BUDGET, CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET, CHANGE_BLT_LIST, OPEN_YEAR -> lastAt;
      case SUBMIT_SPP, SUBMIT_FINANCING_SPP, SUBMIT_LINED_SPP, RECORD_KDMP_CHANNELLING, SUBMIT_BLT_SPP, RECORD_BANK_FEE -> enactedAt;
      case RECEIVE_REVENUE, MOVE_CASH -> null;
      // interest is a receipt; the tax on it, spending on a budget item, comes after the enactment
      case RECORD_BANK_INTEREST -> ((Operation.RecordBankInterest) op).taxItem() == null ? null : enactedAt;
      case REVERSE_RECEIPT -> {
        ReceiveRevenue r = receipts.get(((ReverseReceipt) op).receipt());
        yield r == null ? null : r.at();
      }
      case VERIFY_SPP, APPROVE_SPP, REJECT_SPP, CANCEL_SPP, PAY_SPP, SETTLE_PANJAR, DEPOSIT_TAX, REVERSE_PAYMENT, ACCOUNT_PANJAR -> spp == null ? null : spp.lastAt;
    };
    if (spp != null && (spp.lastAt == null || op.at().isAfter(spp.lastAt))) {
      spp.lastAt = op.at();
    }
    if (after != null && op.at().isBefore(after)) {
      out.add(Finding.error(Rule.DATE_ORDER, path + ".at", "dated " + op.at() + ", before " + after + ", which it follows"));
    }
    if (op.kind() == id.smartkampung.core.ledger.OperationKind.ENACT_BUDGET || op.kind() == id.smartkampung.core.ledger.OperationKind.ENACT_DEEMED_BUDGET) {
      enactedAt = op.at();
    }
  }

  /** The monthly close (Permendagri 20/2018 Pasal 63): a later month of the year, after its end, the count equal to the cash on hand. */
  private boolean closeMonth(CloseMonth o, String path, List<Finding> out) {
    role(o.actor(), Role.KAUR_KEUANGAN, "closes the month", path, out);
    YearMonth m = o.month();
    if (m.getYear() != year) {
      out.add(Finding.error(Rule.OUTSIDE_FISCAL_YEAR, path + ".month", "month " + m + " is not in " + year));
    } else if (closedThrough != null && m.compareTo(closedThrough) <= 0) {
      out.add(Finding.error(Rule.MONTH_CLOSED, path + ".month", "month " + m + " was closed already"));
    }
    LocalDate d = o.businessDate(zone);
    if (d.compareTo(m.atEndOfMonth()) <= 0) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".at", "month " + m + " closed on " + d + ", before it ended"));
    }
    Idr.check(o.cashCounted(), Idr.Sign.NOT_NEGATIVE, path + ".cashCounted").ifPresent(out::add);
    BigDecimal onHand = BigDecimal.ZERO;
    for (List<Movement> list : movements.values()) {
      onHand = onHand.add(balance(list, true, null));
    }
    if (out.isEmpty() && rp(o.cashCounted()).compareTo(onHand) != 0) {
      out.add(Finding.error(Rule.BOOKS_UNRECONCILED, path + ".cashCounted", "counted " + rp(o.cashCounted()).toPlainString() + " cash on hand; the books hold " + onHand.toPlainString()));
    }
    if (closedThrough == null || m.compareTo(closedThrough) > 0) {
      closedThrough = m;
    }
    return out.isEmpty();
  }

  /** The last closed month, if any. */
  public Optional<YearMonth> closedThrough() {
    return Optional.ofNullable(closedThrough);
  }

  /** Records the findings of the operation; {@code allowed} (no finding) as the judgement said. */
  private ImmutableList<Finding> record(List<Finding> out, boolean allowed) {
    assert allowed == out.isEmpty();
    for (Finding f : out) {
      violations.add(AuditFinding.at(size, f));
    }
    return ImmutableList.copyOf(out);
  }

  // ------------------------------------------------------------------------------------- people

  /** I7: a registered official acting in the registered role; the district evaluator is external. */
  private void registered(Operation op, String path, List<Finding> out) {
    Official actor = op.actor();
    if (actor.role() == Role.EVALUATOR_KABUPATEN) {
      return;
    }
    Registration r = officials.get(actor.id());
    if (r != null && r.official.equals(actor)) {
      return;
    }
    boolean firstKepalaDesa = op instanceof RegisterOfficial reg && reg.official().equals(actor) && actor.role() == Role.KEPALA_DESA
        && officials.values().stream().noneMatch(x -> x.official.role() == Role.KEPALA_DESA);
    if (!firstKepalaDesa) {
      out.add(Finding.error(Rule.ACTOR_NOT_REGISTERED, path + ".actor", actor + " is not a registered official of " + village.name() + " in that role"));
    }
  }

  /** I7: the actor acts in the role the step requires; a wrong role is always {@link Rule#WRONG_ROLE}. */
  private static void role(Official actor, Role required, String what, String path, List<Finding> out) {
    if (actor.role() != required) {
      out.add(Finding.error(Rule.WRONG_ROLE, path + ".actor", "the " + required + " " + what + ", not " + actor));
    }
  }

  private static void notSame(Official actor, Official earlier, String step, String earlierStep, String path, List<Finding> out) {
    if (earlier != null && earlier.id().equals(actor.id())) {
      out.add(Finding.error(Rule.SEGREGATION_OF_DUTIES, path + ".actor", actor + " cannot " + step + " an SPP they " + earlierStep));
    }
  }

  private boolean register(RegisterOfficial o, String path, List<Finding> out) {
    role(o.actor(), Role.KEPALA_DESA, "registers officials", path, out);
    if (!o.kegiatan().isEmpty() && o.official().role() != Role.PELAKSANA_KEGIATAN) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".kegiatan", "kegiatan are assigned to a PKA only, not " + o.official()));
    }
    for (KegiatanCode k : o.kegiatan()) {
      if (!reference.isKnown(k)) {
        out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".kegiatan", "kegiatan " + k + " is unknown"));
      }
    }
    Optional<PublicKeyValue> key = Optional.empty();
    if (o.publicKey() != null) {
      try {
        key = Optional.of(PublicKeyValue.parse(o.publicKey()));
      } catch (IllegalArgumentException e) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".publicKey", e.getMessage()));
      }
    }
    officials.put(o.official().id(), new Registration(o.official(), Set.copyOf(o.kegiatan()), key));
    return out.isEmpty();
  }

  // ---------------------------------------------------------------------------------- lifecycle

  private boolean draft(Official actor, Apbdes b, boolean isRevision, String path, List<Finding> out) {
    role(actor, Role.SEKRETARIS_DESA, "drafts the budget", path, out);
    if (isRevision) {
      if (revision) {
        out.add(Finding.error(Rule.REVISION_LIMIT, path, "a second revision in " + year));
      } else if (stage != Stage.ENACTED) {
        out.add(Finding.error(Rule.LIFECYCLE_ORDER, path, "a revision of a budget that is not enacted"));
      }
    } else if (stage != null) {
      out.add(Finding.error(Rule.LIFECYCLE_ORDER, path, "the budget of " + year + " is drafted a second time"));
    }
    if (!b.village().equals(village) || b.fiscalYear() != year) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".budget", "a budget of " + b.village().name() + " " + b.fiscalYear() + " in the book of " + village.name() + " " + year));
    }
    // a draft with validation errors is recorded; its errors block agreement and enactment (issue 15)
    if (isRevision) {
      revision = true;
    }
    stage = Stage.DRAFT;
    draft = b;
    return out.isEmpty();
  }

  private boolean advance(Official actor, Role required, Stage from, Stage to, String path, List<Finding> out) {
    role(actor, required, "moves the budget to " + to, path, out);
    if (stage != from) {
      out.add(Finding.error(Rule.LIFECYCLE_ORDER, path, "the budget moves to " + to + " from " + (stage == null ? "nothing drafted" : stage) + ", not from " + from));
    } else if ((to == Stage.AGREED || to == Stage.ENACTED) && draft != null) {
      // errors of the draft block agreement and enactment (Permendagri 20/2018 Pasal 32-35)
      for (Finding f : validator.validate(draft).errors()) {
        out.add(f.at(path + ".budget" + (f.path().startsWith("$") ? f.path().substring(1) : "." + f.path())));
      }
    }
    stage = to;
    return out.isEmpty();
  }

  /**
   * Pasal 35(5): the Kepala Desa corrects a returned version; the corrected budget is the draft from
   * now on and counts as evaluated; its errors refuse the correction.
   */
  private boolean correct(Operation.CorrectBudget o, String path, List<Finding> out) {
    role(o.actor(), Role.KEPALA_DESA, "corrects the budget", path, out);
    if (stage != Stage.RETURNED && stage != Stage.CANCELLED) {
      out.add(Finding.error(Rule.LIFECYCLE_ORDER, path, "a correction of a budget that was neither returned by the evaluation nor cancelled (it is " + stage + ")"));
    }
    Apbdes b = o.budget();
    if (!b.village().equals(village) || b.fiscalYear() != year) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".budget", "a budget of " + b.village().name() + " " + b.fiscalYear() + " in the book of " + village.name() + " " + year));
    }
    for (Finding f : validator.validate(b).errors()) {
      out.add(f.at(path + ".budget" + (f.path().startsWith("$") ? f.path().substring(1) : "." + f.path())));
    }
    stage = Stage.EVALUATED;
    draft = b;
    return out.isEmpty();
  }

  /**
   * Pasal 35(3): an agreed version takes effect without evaluation only when more working days than
   * the pack's period lie between its receipt by the Bupati (exclusive) and the enactment (inclusive).
   */
  private boolean enactDeemed(Operation.EnactDeemedBudget o, String path, List<Finding> out) {
    LocalDate on = o.businessDate(zone);
    if (stage == Stage.AGREED) {
      java.util.OptionalInt period = policy.budgetCalendar().map(c -> java.util.OptionalInt.of(c.evaluationWorkingDays())).orElse(java.util.OptionalInt.empty());
      // the last day of the evaluation: the period's last working day after the receipt
      LocalDate last = o.submitted();
      for (int working = 0; period.isPresent() && working < period.getAsInt(); ) {
        last = last.plusDays(1);
        if (calendar.isWorkingDay(last)) {
          working++;
        }
      }
      if (o.submitted().isAfter(on) || (agreedOn != null && o.submitted().isBefore(agreedOn))) {
        out.add(Finding.error(Rule.LIFECYCLE_ORDER, path, "submitted on " + o.submitted() + ", not between the agreement of " + agreedOn + " and the enactment of " + on));
      } else if (period.isEmpty() || !on.isAfter(last)) {
        out.add(Finding.error(Rule.EVALUATION_PENDING, path, "enacted without evaluation on " + on + ", while the Bupati had until " + last + " from the submission of " + o.submitted()));
      }
    }
    return enactFrom(o.actor(), Stage.AGREED, path, out);
  }

  /**
   * Pasal 36: the Bupati/Walikota cancels the enacted original (never a revision) by Keputusan; the
   * Kepala Desa corrects it as a returned one, and its enactment lifts the cancellation.
   */
  private boolean cancelBudget(Operation op, String path, List<Finding> out) {
    role(op.actor(), Role.EVALUATOR_KABUPATEN, "cancels the Perdes APBDes", path, out);
    if (stage != Stage.ENACTED || revision) {
      out.add(Finding.error(Rule.LIFECYCLE_ORDER, path, "a cancellation of " + (revision ? "a year with a revision" : "a budget that is " + stage)));
      return false;
    }
    var pagu = ((Operation.CancelBudget) op).previousPagu();
    if (pagu != null) {
      pagu.forEach((k, m) -> {
        positive(m, path + ".previousPagu[" + k + "].pagu", out);
        if (!operational(k.account().toString(), k.account().isBelanja())) {
          out.add(Finding.error(Rule.BUDGET_CANCELLED, path + ".previousPagu[" + k + "].item", "the previous year's pagu is for operational spending only, not " + k.account()));
        }
      });
    }
    if (out.isEmpty()) {
      stage = Stage.CANCELLED;
      cancelledOn = op.businessDate(zone);
      sinceCancellation.clear();
      if (pagu == null) {
        previousPagu = null;
      } else {
        previousPagu = new HashMap<>();
        pagu.forEach((k, m) -> previousPagu.put(k, rp(m)));
      }
    }
    return out.isEmpty();
  }

  /** Whether an account is one of the pack's operational accounts of a cancellation, or below one (belanja only). */
  private boolean operational(String account, boolean belanja) {
    return belanja && policy.cancellation().isPresent()
        && policy.cancellation().get().operationalAccounts().stream().map(Object::toString).anyMatch(a -> account.equals(a) || account.startsWith(a + "."));
  }

  /**
   * Pasal 36 "sekaligus menyatakan berlakunya pagu APB Desa tahun anggaran sebelumnya", as this model
   * states it: while cancelled by a decree that declared the previous year's pagu, what the SPPs
   * submitted since on the item ask (those not rejected or cancelled), with this request, is at most
   * the item's previous pagu (an item without one: nothing).
   */
  private void withinPreviousPagu(BudgetItemKey item, BigDecimal asked, String path, List<Finding> out) {
    if (stage != Stage.CANCELLED || previousPagu == null) {
      return;
    }
    BigDecimal used = asked;
    for (OperationId id : sinceCancellation) {
      Spp s = spps.get(id);
      if (s.status == SppStatus.REJECTED || s.status == SppStatus.CANCELLED) {
        continue;
      }
      if (s.lines != null) {
        for (LinedLine l : s.lines) {
          if (l.item().equals(item)) {
            used = used.add(l.gross());
          }
        }
      } else if (item.equals(s.item)) {
        used = used.add(s.gross);
      }
    }
    BigDecimal pagu = previousPagu.getOrDefault(item, BigDecimal.ZERO);
    if (used.compareTo(pagu) > 0) {
      out.add(Finding.error(Rule.BUDGET_CANCELLED, path, "item " + item + " would have " + used.toPlainString() + " in SPPs since the cancellation, over the previous year's pagu of " + pagu.toPlainString()));
    }
  }

  /**
   * Pasal 36 as this model states it: while cancelled, a belanja line is spent on only when its
   * account is one of the pack's operational accounts or below one; financing never.
   */
  private boolean spendable(String account, boolean belanja, String path, List<Finding> out) {
    if (stage != Stage.CANCELLED) {
      return true;
    }
    boolean ok = operational(account, belanja);
    if (!ok) {
      out.add(Finding.error(Rule.BUDGET_CANCELLED, path, "account " + account + " is not operational spending while the Perdes APBDes is cancelled"));
    }
    return ok;
  }

  private boolean enact(EnactBudget o, String path, List<Finding> out) {
    return enactFrom(o.actor(), Stage.EVALUATED, path, out);
  }

  private boolean enactFrom(Official actor, Stage from, String path, List<Finding> out) {
    advance(actor, Role.KEPALA_DESA, from, Stage.ENACTED, path, out);
    return inForce(path, out);
  }

  /**
   * A change by Perkades (issue 15): by the Kepala Desa, to a budget in force with no revision in
   * progress; a late grant only after the revision is enacted, emergency spending only before any
   * revision; the kind's own rule; then the amended budget is in force, never below what is used.
   */
  private boolean change(Operation op, Apbdes amended, String path, List<Finding> out) {
    role(op.actor(), Role.KEPALA_DESA, "changes the budget by Perkades", path, out);
    if (stage != Stage.ENACTED) {
      out.add(Finding.error(Rule.LIFECYCLE_ORDER, path, "a change by Perkades while the budget is " + stage));
      return false;
    }
    if (!amended.village().equals(village) || amended.fiscalYear() != year) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".budget", "a budget of " + amended.village().name() + " " + amended.fiscalYear() + " in the book of " + village.name() + " " + year));
    }
    for (Finding f : validator.validate(amended).errors()) {
      out.add(f.at(path + ".budget"));
    }
    var rules = policy.budgetChanges();
    if (rules.isEmpty()) {
      out.add(Finding.error(Rule.BUDGET_CHANGE, path, "no rules for changes by Perkades in the pack"));
      return false;
    }
    Apbdes before = draft;
    Map<String, BigDecimal> revenueBefore = sums(before, Section.PENDAPATAN, null);
    Map<String, BigDecimal> revenueAfter = sums(amended, Section.PENDAPATAN, null);
    boolean financingSame = sums(before, Section.PEMBIAYAAN_PENERIMAAN, null).equals(sums(amended, Section.PEMBIAYAAN_PENERIMAAN, null))
        && sums(before, Section.PEMBIAYAAN_PENGELUARAN, null).equals(sums(amended, Section.PEMBIAYAAN_PENGELUARAN, null));
    Map<String, BigDecimal> itemsBefore = sums(before, Section.BELANJA, null);
    Map<String, BigDecimal> itemsAfter = sums(amended, Section.BELANJA, null);
    List<String> wrong = new ArrayList<>();
    if (!financingSame) {
      wrong.add("pembiayaan changed");
    }
    switch (op.kind()) {
      case SHIFT_BUDGET -> {
        if (!revenueBefore.equals(revenueAfter)) {
          wrong.add("pendapatan changed");
        }
        if (!sums(before, Section.BELANJA, rules.get().shiftKeepsTotalsAt()).equals(sums(amended, Section.BELANJA, rules.get().shiftKeepsTotalsAt()))) {
          wrong.add("belanja moved between jenis belanja or fund sources");
        }
      }
      case ADD_LATE_GRANT -> {
        if (!revision) {
          wrong.add("a late grant before the perubahan");
        }
        Map<String, BigDecimal> grantBySource = new HashMap<>();
        Set<String> keys = new java.util.TreeSet<>(revenueBefore.keySet());
        keys.addAll(revenueAfter.keySet());
        for (String k : keys) {
          BigDecimal d = revenueAfter.getOrDefault(k, BigDecimal.ZERO).subtract(revenueBefore.getOrDefault(k, BigDecimal.ZERO));
          String account = k.split("\\|")[1];
          boolean grant = rules.get().lateGrantAccounts().stream().anyMatch(g -> account.equals(g.toString()) || account.startsWith(g + "."));
          if (d.signum() < 0 || (d.signum() > 0 && !grant)) {
            wrong.add("pendapatan " + k + " changed outside the grant accounts");
          } else if (d.signum() > 0) {
            grantBySource.merge(k.split("\\|")[2], d, BigDecimal::add);
          }
        }
        if (grantBySource.isEmpty()) {
          wrong.add("no grant revenue added");
        }
        Map<String, BigDecimal> riseBySource = new HashMap<>();
        Set<String> items = new java.util.TreeSet<>(itemsBefore.keySet());
        items.addAll(itemsAfter.keySet());
        for (String k : items) {
          BigDecimal d = itemsAfter.getOrDefault(k, BigDecimal.ZERO).subtract(itemsBefore.getOrDefault(k, BigDecimal.ZERO));
          String source = k.split("\\|")[2];
          if (d.signum() < 0 || (d.signum() > 0 && !grantBySource.containsKey(source))) {
            wrong.add("belanja " + k + " changed outside the grant's fund source");
          } else if (d.signum() > 0) {
            riseBySource.merge(source, d, BigDecimal::add);
          }
        }
        if (!riseBySource.equals(grantBySource)) {
          wrong.add("belanja does not rise by the grant, source by source");
        }
      }
      case SPEND_EMERGENCY -> {
        if (revision) {
          wrong.add("emergency spending after the perubahan was drafted");
        }
        if (!revenueBefore.equals(revenueAfter)) {
          wrong.add("pendapatan changed");
        }
        Map<String, BigDecimal> net = new HashMap<>();
        Set<String> items = new java.util.TreeSet<>(itemsBefore.keySet());
        items.addAll(itemsAfter.keySet());
        for (String k : items) {
          BigDecimal d = itemsAfter.getOrDefault(k, BigDecimal.ZERO).subtract(itemsBefore.getOrDefault(k, BigDecimal.ZERO));
          String[] parts = k.split("\\|");
          if (d.signum() < 0 && !(parts[1].equals(rules.get().emergencyAccount().toString()) || parts[1].startsWith(rules.get().emergencyAccount() + "."))) {
            wrong.add("belanja " + k + " falls and is not belanja tak terduga");
          }
          if (d.signum() > 0 && !parts[0].startsWith(rules.get().emergencyBidang() + ".")) {
            wrong.add("belanja " + k + " rises outside bidang " + rules.get().emergencyBidang());
          }
          if (d.signum() != 0) {
            net.merge(parts[2], d, BigDecimal::add);
          }
        }
        if (net.isEmpty()) {
          wrong.add("nothing detailed");
        }
        net.forEach((f, d) -> {
          if (d.signum() != 0) {
            wrong.add("belanja of " + f + " changes in total");
          }
        });
      }
      default -> throw new IllegalArgumentException(op.kind() + " is not a change by Perkades");
    }
    for (String w : wrong) {
      out.add(Finding.error(Rule.BUDGET_CHANGE, path, w));
    }
    draft = amended;
    return inForce(path, out);
  }

  /** Sums of a section's lines by "kegiatan|account|fund source", the account cut to {@code level} when given. */
  private static Map<String, BigDecimal> sums(Apbdes b, Section section, AccountCode.Level level) {
    Map<String, BigDecimal> m = new java.util.TreeMap<>();
    for (var l : b.lines(section)) {
      AccountCode a = level != null && l.account().level().compareTo(level) > 0 ? l.account().truncatedTo(level) : l.account();
      String k = (level == null ? Optional.ofNullable(l.kegiatan()).map(Object::toString).orElse("-") : "-") + "|" + a + "|" + Optional.ofNullable(l.fundSource()).map(FundSource::code).orElse("-");
      m.merge(k, rp(l.amount()), BigDecimal::add);
    }
    m.values().removeIf(v -> v.signum() == 0);
    m.replaceAll((k, v) -> v.setScale(2, RoundingMode.UNNECESSARY)); // equal sums compare equal whatever their scale
    return m;
  }

  /** Puts the draft in force, refusing an item cut below what is committed or realised. */
  private boolean inForce(String path, List<Finding> out) {
    if (draft == null) {
      return out.isEmpty();
    }
    Map<BudgetItemKey, MonetaryAmount> items = new HashMap<>(draft.items());
    for (BudgetItemKey k : budget.keySet()) {
      BigDecimal revised = items.containsKey(k) ? rp(items.get(k)) : BigDecimal.ZERO;
      BigDecimal used = committed.get(k).add(realised.get(k));
      if (revised.compareTo(used) < 0) {
        out.add(Finding.error(Rule.REVISION_BELOW_COMMITTED, path, "the revision cuts item " + k + " to " + revised.toPlainString() + ", below the " + used.toPlainString() + " committed or realised"));
      }
    }
    var fins = draft.financingItems();
    for (FinancingItemKey k : finBudget.keySet()) {
      BigDecimal revised = fins.containsKey(k) ? rp(fins.get(k)) : BigDecimal.ZERO;
      BigDecimal used = finCommitted.get(k).add(finRealised.get(k));
      if (revised.compareTo(used) < 0) {
        out.add(Finding.error(Rule.REVISION_BELOW_COMMITTED, path, "the revision cuts financing item " + k + " to " + revised.toPlainString() + ", below the " + used.toPlainString() + " committed or realised"));
      }
    }
    finBudget.replaceAll((k, v) -> BigDecimal.ZERO);
    fins.forEach((k, v) -> {
      finBudget.put(k, rp(v));
      finCommitted.putIfAbsent(k, BigDecimal.ZERO);
      finRealised.putIfAbsent(k, BigDecimal.ZERO);
      touch(k.fundSource());
    });
    enacted = true;
    inForceBudget = draft;
    budget.replaceAll((k, v) -> BigDecimal.ZERO);
    items.forEach((k, v) -> {
      budget.put(k, rp(v));
      committed.putIfAbsent(k, BigDecimal.ZERO);
      realised.putIfAbsent(k, BigDecimal.ZERO);
      touch(k.fundSource());
    });
    return out.isEmpty();
  }

  // -------------------------------------------------------------------------------------- money

  private void inYear(Operation op, String path, List<Finding> out) {
    if (op.businessDate(zone).getYear() != year) {
      out.add(Finding.error(Rule.OUTSIDE_FISCAL_YEAR, path, "dated " + op.businessDate(zone) + ", outside fiscal year " + year));
    }
  }

  /** I1: a positive rupiah amount exact to the sen. */
  private static void positive(MonetaryAmount m, String path, List<Finding> out) {
    Idr.check(m, Idr.Sign.POSITIVE, path).ifPresent(out::add);
  }

  /** I6: the fund source's cash less tax owed covers {@code needed}. */
  private void covers(FundSource f, BigDecimal needed, String path, List<Finding> out) {
    BigDecimal available = cash.getOrDefault(f, BigDecimal.ZERO).subtract(tax.getOrDefault(f, BigDecimal.ZERO));
    if (available.compareTo(needed) < 0) {
      out.add(Finding.error(Rule.CASH_NEGATIVE, path, "fund source " + f + " has " + available.toPlainString() + " available; " + needed.toPlainString() + " needed",
          Map.of("fundSource", f.code(), "available", available.toPlainString(), "needed", needed.toPlainString())));
    }
  }

  /** The balance of a place from its movements dated on or before {@code on} (all of them when null). */
  private static BigDecimal balance(List<Movement> list, boolean inCash, LocalDate on) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Movement m : list) {
      if (m.inCash() == inCash && (on == null || !m.date().isAfter(on))) {
        sum = sum.add(m.amount());
      }
    }
    return sum;
  }

  /**
   * I6 by place and date, stated on its own: the place of the fund source holds {@code needed} on
   * {@code date} and on the date of every later movement there — money that came in after an
   * outflow's date cannot pay it.
   */
  private void placeCovers(FundSource f, boolean inCash, LocalDate date, BigDecimal needed, String path, List<Finding> out) {
    List<Movement> list = movements.getOrDefault(f, List.of());
    java.util.SortedSet<LocalDate> dates = new java.util.TreeSet<>();
    dates.add(date);
    for (Movement m : list) {
      if (m.inCash() == inCash && m.date().isAfter(date)) {
        dates.add(m.date());
      }
    }
    for (LocalDate d : dates) {
      BigDecimal held = balance(list, inCash, d);
      if (held.compareTo(needed) < 0) {
        out.add(Finding.error(Rule.CASH_PLACE_NEGATIVE, path, (inCash ? "the cash box" : "the bank account") + " of " + f + " holds " + held.toPlainString() + " on " + d
            + "; " + needed.toPlainString() + " would leave it on " + date));
        return;
      }
    }
  }

  /** Records a movement of money. */
  private void move(FundSource f, boolean inCash, LocalDate date, BigDecimal amount) {
    movements.computeIfAbsent(f, k -> new ArrayList<>()).add(new Movement(date, inCash, amount));
  }

  /** A mutasi kas: by the Kaur Keuangan, in the year, positive, a known source, covered by the place it leaves from its date on. */
  private boolean moveCash(Operation.MoveCash o, String path, List<Finding> out) {
    role(o.actor(), Role.KAUR_KEUANGAN, "moves cash between the bank and the cash box", path, out);
    inYear(o, path, out);
    if (!reference.isKnown(o.fundSource())) {
      out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".fundSource", "fund source " + o.fundSource() + " is unknown"));
    }
    positive(o.amount(), path + ".amount", out);
    boolean toCash = o.to() == id.smartkampung.core.ledger.CashPlace.CASH;
    LocalDate d = o.businessDate(zone);
    BigDecimal amount = rp(o.amount());
    placeCovers(o.fundSource(), !toCash, d, amount, path + ".amount", out);
    touch(o.fundSource());
    move(o.fundSource(), !toCash, d, amount.negate());
    move(o.fundSource(), toCash, d, amount);
    return out.isEmpty();
  }

  /**
   * Bank interest as this model states it: by the Kaur Keuangan, in the year; the account an objek
   * of the chart under one of the pack's interest accounts, bringing in the fund source named; the
   * gross positive and the tax at least zero and less than the gross; a tax is realised on a budget
   * item of the same source within its budget (the budget enacted), and without tax no item is named.
   * The gross is received, the net comes into the bank.
   */
  private boolean bankInterest(Operation.RecordBankInterest o, String path, List<Finding> out) {
    role(o.actor(), Role.KAUR_KEUANGAN, "records bank interest", path, out);
    inYear(o, path, out);
    AccountCode a = o.account();
    List<AccountCode> accounts = policy.bankInterest().map(PolicyPack.BankInterest::accounts).orElse(List.of());
    boolean under = false;
    for (AccountCode parent : accounts) {
      under |= a.toString().equals(parent.toString()) || a.toString().startsWith(parent + ".");
    }
    if (accounts.isEmpty() || !under || a.level() != AccountCode.Level.OBJEK || !a.isPendapatan()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".account", "interest is booked to an objek of " + accounts + ", not " + a));
    } else if (!reference.isKnown(a)) {
      out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".account", "account " + a + " is unknown"));
    }
    revenueSource(a, o.fundSource(), path, out);
    positive(o.gross(), path + ".gross", out);
    Idr.check(o.tax(), Idr.Sign.NOT_NEGATIVE, path + ".tax").ifPresent(out::add);
    BigDecimal gross = rp(o.gross());
    BigDecimal withheld = rp(o.tax());
    if (gross.signum() > 0 && withheld.compareTo(gross) >= 0) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".tax", "a tax of " + withheld.toPlainString() + " leaves nothing of " + gross.toPlainString()));
    }
    BudgetItemKey item = o.taxItem();
    boolean realise = false;
    if (item == null) {
      if (withheld.signum() > 0) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".taxItem", "a tax withheld is spending on a budget item; none named"));
      }
    } else if (withheld.signum() == 0) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".taxItem", "an item named for a tax of nothing"));
    } else if (!enacted) {
      out.add(Finding.error(Rule.BUDGET_NOT_ENACTED, path, "tax on interest realised before the budget is enacted"));
    } else if (!budget.containsKey(item)) {
      out.add(Finding.error(Rule.UNKNOWN_REFERENCE, path + ".taxItem", "item " + item + " is not in the enacted budget"));
    } else {
      if (!item.fundSource().equals(o.fundSource())) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".taxItem", "the tax on interest of " + o.fundSource() + " is spent from " + item.fundSource()));
      }
      if (withheld.signum() > 0) {
        BigDecimal after = committed.get(item).add(realised.get(item)).add(withheld);
        if (after.compareTo(budget.get(item)) > 0) {
          out.add(Finding.error(Rule.ITEM_OVERSPENT, path + ".tax", "item " + item + " would have " + after.toPlainString() + " committed and realised, over its budget of " + budget.get(item).toPlainString()));
        }
        realise = true;
      }
    }
    if (!out.isEmpty()) {
      return false;
    }
    touch(o.fundSource());
    add(received, o.fundSource(), gross);
    add(cash, o.fundSource(), gross.subtract(withheld));
    move(o.fundSource(), false, o.businessDate(zone), gross.subtract(withheld));
    if (realise) {
      addItem(realised, item, withheld);
    }
    return true;
  }

  /**
   * A bank fee as this model states it: by the Kaur Keuangan, the budget enacted, in the year,
   * positive, on an item of the budget within what is left of it, covered by the item's fund source
   * (less tax owed) and by its bank account from the fee's date on; realised at once.
   */
  private boolean bankFee(Operation.RecordBankFee o, String path, List<Finding> out) {
    role(o.actor(), Role.KAUR_KEUANGAN, "records a bank fee", path, out);
    positive(o.amount(), path + ".amount", out);
    if (!enacted) {
      out.add(Finding.error(Rule.BUDGET_NOT_ENACTED, path, "bank fee " + o.id() + " realised before the budget is enacted"));
      return false;
    }
    inYear(o, path, out);
    if (!budget.containsKey(o.item())) {
      out.add(Finding.error(Rule.UNKNOWN_REFERENCE, path + ".item", "item " + o.item() + " is not in the enacted budget"));
      return false;
    }
    BigDecimal fee = rp(o.amount());
    if (fee.signum() <= 0 || !out.isEmpty()) {
      return false;
    }
    BigDecimal after = committed.get(o.item()).add(realised.get(o.item())).add(fee);
    if (after.compareTo(budget.get(o.item())) > 0) {
      out.add(Finding.error(Rule.ITEM_OVERSPENT, path + ".amount", "item " + o.item() + " would have " + after.toPlainString() + " committed and realised, over its budget of " + budget.get(o.item()).toPlainString()));
      return false;
    }
    FundSource f = o.item().fundSource();
    covers(f, fee, path, out);
    if (out.isEmpty()) {
      placeCovers(f, false, o.businessDate(zone), fee, path + ".amount", out);
    }
    if (!out.isEmpty()) {
      return false;
    }
    touch(f);
    addItem(realised, o.item(), fee);
    add(cash, f, fee.negate());
    move(f, false, o.businessDate(zone), fee.negate());
    return true;
  }

  private void touch(FundSource f) {
    cash.putIfAbsent(f, BigDecimal.ZERO);
    received.putIfAbsent(f, BigDecimal.ZERO);
    tax.putIfAbsent(f, BigDecimal.ZERO);
  }

  private static void add(Map<FundSource, BigDecimal> m, FundSource f, BigDecimal v) {
    m.merge(f, v, BigDecimal::add);
  }

  private static void addItem(Map<BudgetItemKey, BigDecimal> m, BudgetItemKey k, BigDecimal v) {
    m.merge(k, v, BigDecimal::add);
  }

  private static BigDecimal rp(MonetaryAmount a) {
    return a.getNumber().numberValue(BigDecimal.class);
  }

  /** A revenue's fund source: known, and the one its account brings in where the account has one (e.g. 4.2.1 Dana Desa: DDS). */
  private void revenueSource(AccountCode a, FundSource source, String path, List<Finding> out) {
    if (!reference.isKnown(source)) {
      out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".fundSource", "fund source " + source + " is unknown"));
    }
    if (a.isPendapatan()) {
      reference.naturalFundSource(a).filter(n -> !n.equals(source)).ifPresent(n ->
          out.add(Finding.error(Rule.INVALID_OPERATION, path + ".fundSource", "account " + a + " brings in " + n + ", not " + source)));
    }
  }

  private boolean receive(ReceiveRevenue o, String path, List<Finding> out) {
    role(o.actor(), Role.KAUR_KEUANGAN, "receives revenue", path, out);
    inYear(o, path, out);
    AccountCode a = o.account();
    if (!(a.isPendapatan() || a.isPenerimaanPembiayaan()) || a.level() != AccountCode.Level.OBJEK) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".account", "revenue is booked to a 4.x or 6.1.x account at objek level, not " + a));
    } else if (!reference.isKnown(a)) {
      out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".account", "account " + a + " is unknown"));
    }
    revenueSource(a, o.fundSource(), path, out);
    if (o.part() != null) {
      receivePart(o, o.part(), path, out);
    } else if (o.tranche() != null && (!FundSource.DDS.equals(o.fundSource()) || policy.tranche(o.tranche()).isEmpty())) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".tranche", "tranche " + o.tranche() + " is not a Dana Desa tahap of " + year));
    }
    positive(o.amount(), path + ".amount", out);
    if (o.part() != null) {
      partReceived.merge(o.part() + "#" + (o.tranche() == null ? 0 : o.tranche()), rp(o.amount()), BigDecimal::add);
    }
    boolean silpa = a.toString().equals("6.1.1") || a.toString().startsWith("6.1.1.");
    if (silpa && opened) {
      out.add(Finding.error(Rule.YEAR_OPENING, path + ".account", "SiLPA received on " + a + " after the books were opened with the SiLPA"));
    }
    silpaAsReceipt |= silpa;
    receipts.put(o.id(), o);
    touch(o.fundSource());
    add(cash, o.fundSource(), rp(o.amount()));
    move(o.fundSource(), o.place() == id.smartkampung.core.ledger.CashPlace.CASH, o.businessDate(zone), rp(o.amount()));
    add(received, o.fundSource(), rp(o.amount()));
    return out.isEmpty();
  }

  /**
   * A receipt naming a part of Dana Desa, as this model states it: only on DDS; the part is one of
   * the pack's and passes the village treasury (the KDMP part never does, PMK 7/2026 pasal 26); its
   * tahap is one of the part's, and a later tahap only after something of the one before it.
   */
  private void receivePart(ReceiveRevenue o, String code, String path, List<Finding> out) {
    PolicyPack.DanaDesaPart part = null;
    for (PolicyPack.DanaDesaPart p : policy.danaDesaParts()) {
      if (p.code().equals(code)) {
        part = p;
      }
    }
    if (!o.fundSource().equals(FundSource.DDS) || part == null) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".part", "part " + code + " is not a part of Dana Desa received on DDS in " + year));
    } else if (!part.throughVillageTreasury()) {
      out.add(Finding.error(Rule.DANA_DESA_OUTSIDE_TREASURY, path + ".part", "the " + code + " part of Dana Desa never enters the village cash"));
    } else if (o.tranche() != null) {
      int n = o.tranche();
      if (n < 1 || n > part.tranches().size()) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".tranche", "tahap " + n + " is not a tahap of part " + code));
      } else if (n > 1 && partReceived.getOrDefault(code + "#" + (n - 1), BigDecimal.ZERO).signum() <= 0) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".tranche", "tahap " + n + " of part " + code + " before any of its tahap " + (n - 1)));
      }
    }
  }

  /**
   * The channelling of a part outside the treasury (2026 KDMP), as this model states it: by the Kaur
   * Keuangan, under an enacted budget, in the year; a part of the pack that does not pass the
   * treasury; a 4.2.1 objek account; a DDS financing item of the budget on one of the part's
   * accounts, within its budget. Revenue and the financing outflow are both realised; no cash.
   */
  private boolean channel(Operation.RecordKdmpChannelling o, String path, List<Finding> out) {
    role(o.actor(), Role.KAUR_KEUANGAN, "records the KDMP channelling", path, out);
    positive(o.amount(), path + ".amount", out);
    if (!enacted) {
      out.add(Finding.error(Rule.BUDGET_NOT_ENACTED, path, "channelling " + o.id() + " recorded before the budget is enacted"));
      return out.isEmpty();
    }
    inYear(o, path, out);
    PolicyPack.DanaDesaPart part = null;
    for (PolicyPack.DanaDesaPart p : policy.danaDesaParts()) {
      if (p.code().equals(o.part()) && !p.throughVillageTreasury()) {
        part = p;
      }
    }
    if (part == null) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".part", o.part() + " is not a part of Dana Desa outside the village treasury in " + year));
      return out.isEmpty();
    }
    String a = o.account().toString();
    if (!a.startsWith("4.2.1.") || o.account().level() != AccountCode.Level.OBJEK || !reference.isKnown(o.account())) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".account", "Dana Desa revenue is booked on a 4.2.1 objek account, not " + a));
    }
    if (!finBudget.containsKey(o.item())) {
      out.add(Finding.error(Rule.UNKNOWN_REFERENCE, path + ".item", "financing item " + o.item() + " is not in the budget in force"));
      return out.isEmpty();
    }
    String item = o.item().account().toString();
    if (!o.item().fundSource().equals(FundSource.DDS) || part.financingAccounts().stream().noneMatch(x -> item.startsWith(x.toString()))) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".item", "financing item " + o.item() + " does not record part " + o.part()));
      return out.isEmpty();
    }
    BigDecimal after = finCommitted.get(o.item()).add(finRealised.get(o.item())).add(rp(o.amount()));
    if (after.compareTo(finBudget.get(o.item())) > 0) {
      out.add(Finding.error(Rule.ITEM_OVERSPENT, path + ".amount", "financing item " + o.item() + " would have " + after.toPlainString() + " realised, over its budget of " + finBudget.get(o.item()).toPlainString()));
    }
    touch(FundSource.DDS);
    add(received, FundSource.DDS, rp(o.amount()));
    finRealised.merge(o.item(), rp(o.amount()), BigDecimal::add);
    partReceived.merge(o.part() + "#0", rp(o.amount()), BigDecimal::add);
    return out.isEmpty();
  }

  /**
   * The opening of the books from the previous year's close, as this model states it: the Kaur
   * Keuangan, in the year, of the year before, the first opening, no SPP before it and no SiLPA
   * received as a receipt; a budget enacted; each SiLPA and DPAL amount positive and each source
   * known; per source the DPAL within the SiLPA; each DPAL item budgeted with at least what is left.
   * The SiLPA is then cash and receipts of its source.
   */
  private boolean openYear(Operation.OpenYear o, String path, List<Finding> out) {
    role(o.actor(), Role.KAUR_KEUANGAN, "opens the books", path, out);
    inYear(o, path, out);
    if (o.previousYear() + 1 != year) {
      out.add(Finding.error(Rule.YEAR_OPENING, path + ".previousYear", "opens from " + o.previousYear() + ", not from " + (year - 1)));
    }
    if (opened) {
      out.add(Finding.error(Rule.YEAR_OPENING, path, "a second opening of " + year));
    } else if (!spps.isEmpty()) {
      out.add(Finding.error(Rule.YEAR_OPENING, path, "opened after SPPs were submitted"));
    } else if (silpaAsReceipt) {
      out.add(Finding.error(Rule.YEAR_OPENING, path, "opened after SiLPA was received as a receipt"));
    }
    if (!enacted) {
      out.add(Finding.error(Rule.BUDGET_NOT_ENACTED, path, "the books are opened before the budget is enacted"));
    } else {
      Map<FundSource, BigDecimal> need = new TreeMap<>();
      boolean amountsOk = true;
      for (Map.Entry<FundSource, org.javamoney.moneta.Money> e : o.silpa().entrySet()) {
        if (!reference.isKnown(e.getKey())) {
          out.add(Finding.error(Rule.CODE_UNKNOWN, path + ".silpa[" + e.getKey() + "]", "fund source " + e.getKey() + " is unknown"));
          amountsOk = false;
        }
        int before = out.size();
        positive(e.getValue(), path + ".silpa[" + e.getKey() + "]", out);
        amountsOk &= out.size() == before;
      }
      for (int i = 0; i < o.dpal().size(); i++) {
        Operation.OpenYear.Carried c = o.dpal().get(i);
        int before = out.size();
        positive(c.remaining(), path + ".dpal[" + i + "].remaining", out);
        amountsOk &= out.size() == before;
        need.merge(c.item().fundSource(), rp(c.remaining()), BigDecimal::add);
      }
      for (int i = 0; i < o.taxOwed().size(); i++) {
        Operation.OpenYear.CarriedTax t = o.taxOwed().get(i);
        String at = path + ".taxOwed[" + i + "]";
        if (!reference.isKnown(t.fundSource())) {
          out.add(Finding.error(Rule.CODE_UNKNOWN, at + ".fundSource", "fund source " + t.fundSource() + " is unknown"));
        }
        if (t.period().isAfter(java.time.YearMonth.of(o.previousYear(), 12))) {
          out.add(Finding.error(Rule.YEAR_OPENING, at + ".period", "tax of " + t.period() + " is not owed from " + o.previousYear() + " or earlier"));
        }
        positive(t.amount(), at + ".amount", out);
        if (rp(t.amount()).stripTrailingZeros().scale() > 0) {
          out.add(Finding.error(Rule.AMOUNT_PRECISION, at + ".amount", "tax owed is in whole rupiah"));
        }
      }
      if (amountsOk) {
        need.forEach((f, n) -> {
          org.javamoney.moneta.Money has = o.silpa().get(f);
          if (has == null || n.compareTo(rp(has)) > 0) {
            out.add(Finding.error(Rule.DPAL_EXCEEDS_SILPA, path + ".dpal", "the DPAL needs " + n.toPlainString() + " of " + f + ", more than its SiLPA"));
          }
        });
        for (int i = 0; i < o.dpal().size(); i++) {
          Operation.OpenYear.Carried c = o.dpal().get(i);
          BigDecimal b = budget.getOrDefault(c.item(), BigDecimal.ZERO);
          if (b.compareTo(rp(c.remaining())) < 0) {
            out.add(Finding.error(Rule.DPAL_NOT_CARRIED, path + ".dpal[" + i + "]", "DPAL item " + c.item() + " is budgeted " + b.toPlainString() + ", below its remaining " + rp(c.remaining()).toPlainString()));
          }
        }
      }
    }
    for (Map.Entry<FundSource, org.javamoney.moneta.Money> e : o.silpa().entrySet()) {
      touch(e.getKey());
      add(cash, e.getKey(), rp(e.getValue()));
      move(e.getKey(), false, o.businessDate(zone), rp(e.getValue())); // the RKD's balance at the close
      add(received, e.getKey(), rp(e.getValue()));
    }
    for (Operation.OpenYear.CarriedTax t : o.taxOwed()) { // a debt in the bank: cash and tax owed of its source, owed for its period, not received
      touch(t.fundSource());
      add(cash, t.fundSource(), rp(t.amount()));
      move(t.fundSource(), false, o.businessDate(zone), rp(t.amount()));
      add(tax, t.fundSource(), rp(t.amount()));
      BigDecimal[] wd = periods.computeIfAbsent(new TaxPeriod(t.levy(), t.period()), k -> new TreeMap<>()).computeIfAbsent(t.fundSource(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      wd[0] = wd[0].add(rp(t.amount()));
    }
    opened = true;
    return out.isEmpty();
  }

  /**
   * An SPP of any kind (a single item, financing, lines, BLT): the budget enacted — else the
   * finding, and false — and the SPP dated in the year.
   */
  private boolean submittable(Operation o, String path, List<Finding> out) {
    if (!enacted) {
      out.add(Finding.error(Rule.BUDGET_NOT_ENACTED, path, "SPP " + o.id() + " submitted before the budget is enacted"));
      return false;
    }
    inYear(o, path, out);
    return true;
  }

  /** I7 and I2 for an SPP on one budget item: the PKA's own kegiatan; the item in the budget (false when it is not). */
  private boolean pkaItem(Official actor, BudgetItemKey item, String path, List<Finding> out) {
    Registration r = officials.get(actor.id());
    if (r != null && actor.role() == Role.PELAKSANA_KEGIATAN && !r.kegiatan.contains(item.kegiatan())) {
      out.add(Finding.error(Rule.SEGREGATION_OF_DUTIES, path + ".actor", actor + " is not the PKA of kegiatan " + item.kegiatan()));
    }
    if (!budget.containsKey(item)) {
      out.add(Finding.error(Rule.UNKNOWN_REFERENCE, path + ".item", "item " + item + " is not in the enacted budget"));
      return false;
    }
    return true;
  }

  private boolean submit(SubmitSpp o, String path, List<Finding> out) {
    role(o.actor(), Role.PELAKSANA_KEGIATAN, "submits SPP", path, out);
    positive(o.amount(), path + ".amount", out);
    if (!submittable(o, path, out)) {
      return out.isEmpty();
    }
    if (!pkaItem(o.actor(), o.item(), path, out)) {
      return out.isEmpty();
    }
    if (spendable(o.item().account().toString(), true, path + ".item", out) && rp(o.amount()).signum() > 0) {
      withinPreviousPagu(o.item(), rp(o.amount()), path + ".amount", out);
    }
    BigDecimal after = committed.get(o.item()).add(realised.get(o.item())).add(rp(o.amount()));
    if (after.compareTo(budget.get(o.item())) > 0) {
      out.add(Finding.error(Rule.ITEM_OVERSPENT, path + ".amount", "item " + o.item() + " would have " + after.toPlainString() + " committed and realised, over its budget of " + budget.get(o.item()).toPlainString(),
          Map.of("item", o.item().toString(), "budget", budget.get(o.item()).toPlainString(), "used", after.toPlainString())));
    }
    spps.put(o.id(), new Spp(o));
    if (stage == Stage.CANCELLED && previousPagu != null) {
      sinceCancellation.add(o.id());
    }
    status.put(o.id(), SppStatus.SUBMITTED);
    addItem(committed, o.item(), rp(o.amount()));
    return out.isEmpty();
  }

  /**
   * The KPM list (Perkades): a reference, something changed, nothing both added and removed, each id
   * short and not an NIK (16 digits, UU 27/2022), an added family new, a removed one listed.
   */
  private boolean changeBltList(Operation.ChangeBltList o, String path, List<Finding> out) {
    role(o.actor(), Role.KEPALA_DESA, "decides the KPM list", path, out);
    if (o.reference().isBlank()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".reference", "no Perkades"));
    }
    if (o.added().isEmpty() && o.removed().isEmpty()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path, "nothing changes"));
    }
    for (String k : o.added()) {
      if (!kpmIdOk(k)) {
        out.add(Finding.error(Rule.BLT_KPM_ID, path + ".added", "not a short KPM id"));
      } else if (o.removed().contains(k) || kpmList.contains(k)) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".added", "KPM " + k + " added twice or also removed"));
      }
    }
    for (String k : o.removed()) {
      if (!kpmIdOk(k)) {
        out.add(Finding.error(Rule.BLT_KPM_ID, path + ".removed", "not a short KPM id"));
      } else if (!kpmList.contains(k)) {
        out.add(Finding.error(Rule.BLT_KPM_NOT_LISTED, path + ".removed", "KPM " + k + " is not listed"));
      }
    }
    kpmList.addAll(o.added());
    kpmList.removeAll(o.removed());
    return out.isEmpty();
  }

  /** A KPM id as this model states the rule: up to 32 of [A-Za-z0-9._-], not starting with . _ -, no 16 digits in a row. */
  private static boolean kpmIdOk(String k) {
    if (k.isEmpty() || k.length() > 32 || k.charAt(0) == '.' || k.charAt(0) == '_' || k.charAt(0) == '-') {
      return false;
    }
    int run = 0;
    for (char c : k.toCharArray()) {
      boolean digit = c >= '0' && c <= '9';
      if (!(digit || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '_' || c == '-')) {
        return false;
      }
      run = digit ? run + 1 : 0;
      if (run >= 16) {
        return false;
      }
    }
    return true;
  }

  /**
   * A BLT SPP: an SPP of the PKA for a BLT line of the budget in force (a line of the item tagged
   * BLT, or untagged on a kegiatan of the pack's BLT priority), within the item; the monthly amount
   * positive, at most the pack's ceiling; at most the pack's months at once; each KPM listed, each
   * month in the year, no KPM-month twice here or on another SPP not rejected, cancelled or reversed.
   */
  private boolean submitBlt(Operation.SubmitBltSpp o, String path, List<Finding> out) {
    role(o.actor(), Role.PELAKSANA_KEGIATAN, "submits SPP", path, out);
    positive(o.monthly(), path + ".monthly", out);
    if (!submittable(o, path, out)) {
      return out.isEmpty();
    }
    if (!pkaItem(o.actor(), o.item(), path, out)) {
      return out.isEmpty();
    }
    spendable(o.item().account().toString(), true, path + ".item", out);
    boolean bltLine = false;
    for (BudgetLine l : inForceBudget.lines(Section.BELANJA)) {
      if (!l.itemKey().filter(o.item()::equals).isPresent()) {
        continue;
      }
      if (l.focus() != null) {
        bltLine |= l.focus().code().equals("BLT");
      } else {
        for (PolicyPack.Priority p : policy.danaDesaPriorities()) {
          bltLine |= p.tags().stream().anyMatch(t -> t.code().equals("BLT")) && p.covers(l.kegiatan());
        }
      }
    }
    if (!bltLine) {
      out.add(Finding.error(Rule.BLT_LINE, path + ".item", "item " + o.item() + " is not a BLT Desa line"));
    }
    if (o.payments().isEmpty()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".payments", "no KPM-month"));
    }
    policy.blt().ifPresent(rules -> {
      if (rp(o.monthly()).compareTo(rules.maxPerKpmPerMonth()) > 0) {
        out.add(Finding.error(Rule.BLT_PER_KPM, path + ".monthly", "above " + rules.maxPerKpmPerMonth().toPlainString() + " per KPM a month"));
      }
      if (o.payments().stream().map(Operation.SubmitBltSpp.KpmMonth::month).distinct().count() > rules.maxMonthsAtOnce()) {
        out.add(Finding.error(Rule.BLT_MONTHS_AT_ONCE, path + ".payments", "more than " + rules.maxMonthsAtOnce() + " months at once"));
      }
    });
    Set<Operation.SubmitBltSpp.KpmMonth> here = new HashSet<>();
    for (int j = 0; j < o.payments().size(); j++) {
      Operation.SubmitBltSpp.KpmMonth km = o.payments().get(j);
      String at = path + ".payments[" + j + "]";
      if (km.month().getYear() != year) {
        out.add(Finding.error(Rule.OUTSIDE_FISCAL_YEAR, at + ".month", "month " + km.month() + " outside " + year));
      }
      if (!kpmIdOk(km.kpm())) {
        out.add(Finding.error(Rule.BLT_KPM_ID, at + ".kpm", "not a short KPM id"));
        continue;
      }
      if (!kpmList.contains(km.kpm())) {
        out.add(Finding.error(Rule.BLT_KPM_NOT_LISTED, at + ".kpm", "KPM " + km.kpm() + " not listed"));
      }
      boolean elsewhere = false;
      for (Spp other : spps.values()) {
        if (other.submit instanceof Operation.SubmitBltSpp b && other.status != SppStatus.REJECTED && other.status != SppStatus.CANCELLED
            && other.status != SppStatus.REVERSED && b.payments().contains(km)) {
          elsewhere = true;
        }
      }
      if (!here.add(km) || elsewhere) {
        out.add(Finding.error(Rule.BLT_PAID_TWICE, at, "KPM " + km.kpm() + " paid twice for " + km.month()));
      }
    }
    Spp s = new Spp(o);
    BigDecimal after = committed.get(o.item()).add(realised.get(o.item())).add(s.gross());
    if (after.compareTo(budget.get(o.item())) > 0) {
      out.add(Finding.error(Rule.ITEM_OVERSPENT, path + ".amount", "item " + o.item() + " would have " + after.toPlainString() + " committed and realised, over its budget of " + budget.get(o.item()).toPlainString()));
    }
    spps.put(o.id(), s);
    status.put(o.id(), SppStatus.SUBMITTED);
    addItem(committed, o.item(), s.gross());
    return out.isEmpty();
  }

  /** A financing SPP (6.2.x): as an SPP, for a financing item of the enacted budget, within it. */
  private boolean submitFinancing(SubmitFinancingSpp o, String path, List<Finding> out) {
    role(o.actor(), Role.PELAKSANA_KEGIATAN, "submits SPP", path, out);
    positive(o.amount(), path + ".amount", out);
    if (!submittable(o, path, out)) {
      return out.isEmpty();
    }
    if (!finBudget.containsKey(o.item())) {
      out.add(Finding.error(Rule.UNKNOWN_REFERENCE, path + ".item", "financing item " + o.item() + " is not in the enacted budget"));
      return out.isEmpty();
    }
    spendable(o.item().account().toString(), false, path + ".item", out);
    // I6: a part of Dana Desa outside the village treasury (2026: KDMP on 6.2.9) is never paid by the village
    for (PolicyPack.DanaDesaPart part : policy.danaDesaParts()) {
      if (!part.throughVillageTreasury() && o.item().fundSource().equals(FundSource.DDS)
          && part.financingAccounts().stream().anyMatch(o.item().account()::startsWith)) {
        out.add(Finding.error(Rule.DANA_DESA_OUTSIDE_TREASURY, path + ".item", "financing item " + o.item() + " records the " + part.code() + " part of Dana Desa, never paid by the village"));
        return false;
      }
    }
    BigDecimal after = finCommitted.get(o.item()).add(finRealised.get(o.item())).add(rp(o.amount()));
    if (after.compareTo(finBudget.get(o.item())) > 0) {
      out.add(Finding.error(Rule.ITEM_OVERSPENT, path + ".amount", "financing item " + o.item() + " would have " + after.toPlainString() + " committed and realised, over its budget of " + finBudget.get(o.item()).toPlainString()));
    }
    spps.put(o.id(), new Spp(o));
    status.put(o.id(), SppStatus.SUBMITTED);
    finCommitted.merge(o.item(), rp(o.amount()), BigDecimal::add);
    return out.isEmpty();
  }

  /** Adds to the committed amount of the SPP's item, belanja or financing, while the item is in the budget. */
  private void commit(Spp s, BigDecimal v) {
    if (s.lines != null) {
      for (LinedLine l : s.lines) {
        if (budget.containsKey(l.item())) {
          addItem(committed, l.item(), v.signum() < 0 ? l.gross().negate() : l.gross());
        }
      }
    } else if (s.fin != null) {
      finCommitted.merge(s.fin, v, BigDecimal::add);
    } else if (budget.containsKey(s.item)) {
      addItem(committed, s.item, v);
    }
  }

  /** Adds to the realised amount of the SPP's item, belanja or financing, while the item is in the budget. */
  private void realise(Spp s, BigDecimal v) {
    if (s.lines != null) {
      for (LinedLine l : s.lines) {
        if (budget.containsKey(l.item())) {
          addItem(realised, l.item(), v.signum() < 0 ? l.gross().negate() : l.gross());
        }
      }
    } else if (s.fin != null) {
      finRealised.merge(s.fin, v, BigDecimal::add);
    } else if (budget.containsKey(s.item)) {
      addItem(realised, s.item, v);
    }
  }

  /** Financing expenditure (6.2.x × fund source) budgeted, per item of the budget in force (0 for items cut). */
  public ImmutableSortedMap<FinancingItemKey, BigDecimal> financingBudget() {
    return ImmutableSortedMap.copyOf(finBudget);
  }

  /** Financing expenditure (6.2.x × fund source) committed by financing SPPs not yet paid, per item. */
  public ImmutableSortedMap<FinancingItemKey, BigDecimal> financingCommitted() {
    return ImmutableSortedMap.copyOf(finCommitted);
  }

  /** Financing expenditure (6.2.x × fund source) realised, per item of the budget in force. */
  public ImmutableSortedMap<FinancingItemKey, BigDecimal> financingRealised() {
    return ImmutableSortedMap.copyOf(finRealised);
  }

  private Spp spp(OperationId id, String path, List<Finding> out) {
    Spp s = spps.get(id);
    if (s == null) {
      out.add(Finding.error(Rule.UNKNOWN_REFERENCE, path + ".spp", "no SPP " + id + " was submitted"));
    }
    return s;
  }

  private static boolean at(Spp s, SppStatus required, String step, String path, List<Finding> out) {
    if (s.status == required) {
      return true;
    }
    out.add(Finding.error(Rule.STEP_ORDER, path, "cannot " + step + " SPP " + s.submit.id() + ": it is " + s.status + ", needs " + required));
    return false;
  }

  private void setStatus(Spp s, SppStatus to) {
    s.status = to;
    status.put(s.submit.id(), to);
  }

  /**
   * Pasal 36 ayat (2) as this model states it: while cancelled, an SPP with any item that is not
   * operational (or a financing SPP) moves on only until the pack's stopWorkingDays-th working day
   * after the cancellation's date, counted day by day on the holiday calendar.
   */
  private void stopped(Spp s, Operation op, String path, List<Finding> out) {
    if (stage != Stage.CANCELLED || policy.cancellation().isEmpty() || policy.cancellation().get().stopWorkingDays() == null) {
      return;
    }
    boolean operational;
    if (s.lines != null) {
      operational = s.lines.stream().allMatch(l -> operational(l.item().account().toString(), l.item().account().isBelanja()));
    } else {
      operational = s.item != null && operational(s.item.account().toString(), true);
    }
    if (operational) {
      return;
    }
    LocalDate last = cancelledOn;
    for (int n = 0; n < policy.cancellation().get().stopWorkingDays(); ) {
      last = last.plusDays(1);
      if (calendar.isWorkingDay(last)) {
        n++;
      }
    }
    if (op.businessDate(zone).isAfter(last)) {
      out.add(Finding.error(Rule.BUDGET_CANCELLED, path, "SPP " + s.submit.id() + " is not operational; the cancelled Perdes stops by " + last));
    }
  }

  private boolean verify(VerifySpp o, String path, List<Finding> out) {
    role(o.actor(), Role.SEKRETARIS_DESA, "verifies SPP", path, out);
    Spp s = spp(o.spp(), path, out);
    if (s != null) {
      at(s, SppStatus.SUBMITTED, "verify", path, out);
      stopped(s, o, path, out);
      notSame(o.actor(), s.submit.actor(), "verify", "submitted", path, out);
      s.verifier = o.actor();
      setStatus(s, SppStatus.VERIFIED);
    }
    return out.isEmpty();
  }

  private boolean approve(ApproveSpp o, String path, List<Finding> out) {
    role(o.actor(), Role.KEPALA_DESA, "approves SPP", path, out);
    Spp s = spp(o.spp(), path, out);
    if (s != null) {
      at(s, SppStatus.VERIFIED, "approve", path, out);
      stopped(s, o, path, out);
      notSame(o.actor(), s.submit.actor(), "approve", "submitted", path, out);
      notSame(o.actor(), s.verifier, "approve", "verified", path, out);
      s.approver = o.actor();
      setStatus(s, SppStatus.APPROVED);
    }
    return out.isEmpty();
  }

  private void release(Spp s, SppStatus to) {
    if (s.status.isPending()) {
      commit(s, s.gross().negate());
      forget(s);
    }
    setStatus(s, to);
  }

  private boolean reject(RejectSpp o, String path, List<Finding> out) {
    Spp s = spp(o.spp(), path, out);
    if (s == null) {
      return out.isEmpty();
    }
    if (s.status == SppStatus.SUBMITTED) {
      role(o.actor(), Role.SEKRETARIS_DESA, "rejects an SPP at verification", path, out);
    } else if (s.status == SppStatus.VERIFIED) {
      role(o.actor(), Role.KEPALA_DESA, "rejects an SPP at approval", path, out);
    } else {
      out.add(Finding.error(Rule.STEP_ORDER, path, "cannot reject SPP " + s.submit.id() + ": it is " + s.status));
    }
    notSame(o.actor(), s.submit.actor(), "reject", "submitted", path, out);
    notSame(o.actor(), s.verifier, "reject", "verified", path, out);
    release(s, SppStatus.REJECTED);
    return out.isEmpty();
  }

  private boolean cancel(CancelSpp o, String path, List<Finding> out) {
    Spp s = spp(o.spp(), path, out);
    if (s == null) {
      return out.isEmpty();
    }
    if (!s.status.isPending()) {
      out.add(Finding.error(Rule.STEP_ORDER, path, "cannot cancel SPP " + s.submit.id() + ": it is " + s.status));
    }
    if (!o.actor().id().equals(s.submit.actor().id()) && o.actor().role() != Role.KEPALA_DESA) {
      out.add(Finding.error(Rule.WRONG_ROLE, path + ".actor", "only the submitting PKA or the Kepala Desa cancels an SPP, not " + o.actor()));
    }
    release(s, SppStatus.CANCELLED);
    return out.isEmpty();
  }

  private boolean pay(PaySpp o, String path, List<Finding> out) {
    role(o.actor(), Role.KAUR_KEUANGAN, "pays (only the treasurer pays)", path, out);
    inYear(o, path, out);
    Spp s = spp(o.spp(), path, out);
    if (s == null) {
      return out.isEmpty();
    }
    at(s, SppStatus.APPROVED, "pay", path, out);
    stopped(s, o, path, out);
    notSame(o.actor(), s.submit.actor(), "pay", "submitted", path, out);
    notSame(o.actor(), s.verifier, "pay", "verified", path, out);
    notSame(o.actor(), s.approver, "pay", "approved", path, out);
    if (s.lines != null) {
      return payLined(o, s, path, out);
    }
    BigDecimal gross = s.gross();
    FundSource f = s.fund;
    BigDecimal withheld = BigDecimal.ZERO;
    Map<TaxType, BigDecimal> taxes = new EnumMap<>(TaxType.class);
    if (!o.withhold().isEmpty()) {
      if (s.fin != null) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".withhold", "no tax is withheld on a financing expenditure"));
      } else if (s.submit instanceof Operation.SubmitBltSpp) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".withhold", "no tax is withheld on BLT Desa"));
      } else if (s.type == SppType.UM) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".withhold", "no tax is withheld on a panjar advance"));
      } else {
        for (TaxType t : o.withhold()) {
          BigDecimal w = gross.multiply(policy.taxRate(t)).setScale(0, RoundingMode.DOWN);
          taxes.put(t, w);
          withheld = withheld.add(w);
        }
        if (withheld.compareTo(gross) >= 0) {
          out.add(Finding.error(Rule.INVALID_OPERATION, path + ".withhold", "the taxes withheld leave nothing to pay"));
        }
      }
    }
    covers(f, gross, path, out);
    boolean inCash = o.place() == id.smartkampung.core.ledger.CashPlace.CASH;
    LocalDate on = o.businessDate(zone);
    placeCovers(f, inCash, on, gross.subtract(withheld), path + ".place", out);
    if (!s.status.isPending()) {
      return out.isEmpty(); // paid twice, or after rejection or cancellation: judged above; the money moved once only
    }
    touch(f);
    s.inCash = inCash;
    if (s.type == SppType.LS) {
      s.withheld.putAll(taxes);
      commit(s, gross.negate());
      realise(s, gross);
      add(cash, f, gross.subtract(withheld).negate());
      move(f, inCash, on, gross.subtract(withheld).negate());
      add(tax, f, withheld);
    } else {
      add(cash, f, gross.negate()); // a panjar stays committed until its SPJ
      move(f, inCash, on, gross.negate());
    }
    setStatus(s, SppStatus.PAID);
    return out.isEmpty();
  }

  private boolean settle(SettlePanjar o, String path, List<Finding> out) {
    role(o.actor(), Role.PELAKSANA_KEGIATAN, "accounts for a panjar (SPJ)", path, out);
    inYear(o, path, out);
    Idr.check(o.spent(), Idr.Sign.NOT_NEGATIVE, path + ".spent").ifPresent(out::add);
    Spp s = spp(o.spp(), path, out);
    if (s == null) {
      return out.isEmpty();
    }
    if (s.type != SppType.UM) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".spp", "SPP " + s.submit.id() + " is LS; only a panjar is accounted for by SPJ"));
      return out.isEmpty();
    }
    boolean paid = at(s, SppStatus.PAID, "account for (SPJ)", path, out);
    Registration r = officials.get(o.actor().id());
    if (!o.actor().id().equals(s.submit.actor().id()) && (r == null || !r.kegiatan.contains(s.item().kegiatan()))) {
      out.add(Finding.error(Rule.SEGREGATION_OF_DUTIES, path + ".actor", o.actor() + " is not the PKA of kegiatan " + s.item().kegiatan()));
    }
    if (s.spjCount > 0) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".spp", "panjar " + s.submit.id() + " has SPJ with receipts: its final SPJ settles it"));
    }
    BigDecimal spent = rp(o.spent());
    if (spent.compareTo(s.gross()) > 0) {
      out.add(Finding.error(Rule.PANJAR_OVERACCOUNTED, path + ".spent", "SPJ of " + spent.toPlainString() + " for a panjar of " + s.gross().toPlainString()));
    }
    if (!paid) {
      return out.isEmpty();
    }
    if (budget.containsKey(s.item())) {
      addItem(committed, s.item(), s.gross().negate());
      addItem(realised, s.item(), spent);
    }
    add(cash, s.item().fundSource(), s.gross().subtract(spent));
    move(s.item().fundSource(), s.inCash, o.businessDate(zone), s.gross().subtract(spent)); // the rest goes back where the panjar came from
    setStatus(s, SppStatus.SETTLED);
    return out.isEmpty();
  }

  /**
   * An SPJ panjar with receipts, as this model states it: by a PKA (the submitter or one of the
   * kegiatan) on a paid panjar, in the year; payees once each; each receipt's payee among them, its
   * amount positive, not income to a person, its taxes by {@link ReferenceTaxes} on the SPJ's date,
   * owed for the SPJ's month to the panjar's fund source. A partial SPJ has receipts and keeps the
   * total within the advance; the final one returns the rest, or pays the excess within the item and
   * the cash, and settles the panjar.
   */
  private boolean accountPanjar(Operation.AccountPanjar o, String path, List<Finding> out) {
    role(o.actor(), Role.PELAKSANA_KEGIATAN, "accounts for a panjar (SPJ)", path, out);
    inYear(o, path, out);
    Spp s = spp(o.spp(), path, out);
    if (s == null) {
      return out.isEmpty();
    }
    if (s.type != SppType.UM) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".spp", "SPP " + s.submit.id() + " is not a panjar; only a panjar is accounted for by SPJ"));
      return out.isEmpty();
    }
    boolean paid = at(s, SppStatus.PAID, "account for (SPJ)", path, out);
    Registration r = officials.get(o.actor().id());
    if (!o.actor().id().equals(s.submit.actor().id()) && (r == null || !r.kegiatan.contains(s.item().kegiatan()))) {
      out.add(Finding.error(Rule.SEGREGATION_OF_DUTIES, path + ".actor", o.actor() + " is not the PKA of kegiatan " + s.item().kegiatan()));
    }
    boolean last = o.stage() == Operation.AccountPanjar.Stage.FINAL;
    if (!last && o.receipts().isEmpty()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".receipts", "a partial SPJ without receipts"));
    }
    Optional<ReferenceTaxes> rules = ReferenceTaxes.forYear(year);
    if (!o.receipts().isEmpty() && rules.isEmpty()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path, "no tax rules for " + year));
      return out.isEmpty();
    }
    Set<String> payeeIds = new HashSet<>();
    for (var p : o.payees()) {
      if (!payeeIds.add(p.id())) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".payees", "payee " + p.id() + " listed twice"));
      }
    }
    java.time.LocalDate on = o.businessDate(zone);
    BigDecimal spent = BigDecimal.ZERO;
    List<ReferenceTaxes.Taxes> taxes = new ArrayList<>();
    for (int i = 0; i < o.receipts().size(); i++) {
      Operation.AccountPanjar.Receipt rc = o.receipts().get(i);
      String at = path + ".receipts[" + i + "]";
      positive(rc.amount(), at + ".amount", out);
      spent = spent.add(rp(rc.amount()));
      var payee = o.payee(rc.payee());
      if (payee == null) {
        out.add(Finding.error(Rule.UNKNOWN_REFERENCE, at + ".payee", "payee " + rc.payee() + " is not among the SPJ's payees"));
      } else if (rc.purchase().isPersonalIncome()) {
        out.add(Finding.error(Rule.INVALID_OPERATION, at + ".purchase", "income to a person is not paid from a panjar"));
      } else if (rc.amount().isPositive()) {
        try {
          taxes.add(rules.get().determine(payee, Purchase.of(rc.purchase(), rc.amount(), on)));
        } catch (IllegalArgumentException e) {
          out.add(Finding.error(Rule.INVALID_OPERATION, at + ".purchase", e.getMessage()));
        }
      }
    }
    BigDecimal total = s.spjSpent.add(spent);
    BigDecimal excess = total.subtract(s.gross());
    if (!last && excess.signum() > 0) {
      out.add(Finding.error(Rule.PANJAR_OVERACCOUNTED, path + ".receipts", "partial SPJ to " + total.toPlainString() + " for a panjar of " + s.gross().toPlainString()));
    }
    if (last && excess.signum() > 0) {
      BigDecimal after = committed.getOrDefault(s.item(), BigDecimal.ZERO).add(realised.getOrDefault(s.item(), BigDecimal.ZERO)).add(excess);
      if (after.compareTo(budget.getOrDefault(s.item(), BigDecimal.ZERO)) > 0) {
        out.add(Finding.error(Rule.ITEM_OVERSPENT, path + ".receipts", "the excess of the SPJ over the panjar would take item " + s.item() + " to " + after.toPlainString()));
      }
      covers(s.fund, excess, path + ".receipts", out);
      if (out.isEmpty()) {
        placeCovers(s.fund, s.inCash, on, excess, path + ".receipts", out); // the excess is paid where the panjar was
      }
    }
    if (!paid || !out.isEmpty()) {
      return out.isEmpty();
    }
    FundSource f = s.fund;
    touch(f);
    for (ReferenceTaxes.Taxes t : taxes) {
      add(cash, f, t.withheld());
      move(f, s.inCash, on, t.withheld()); // the taxes collected come back where the panjar was paid
      add(tax, f, t.withheld());
      for (ReferenceTaxes.Levied l : t.lines()) {
        BigDecimal[] wd = periods.computeIfAbsent(TaxPeriod.of(l.levy(), on), k -> new TreeMap<>())
            .computeIfAbsent(f, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        wd[0] = wd[0].add(l.amount());
      }
    }
    addItem(realised, s.item(), spent);
    s.spjCount++;
    if (!last) {
      addItem(committed, s.item(), spent.negate());
      s.spjSpent = total;
      return true;
    }
    addItem(committed, s.item(), s.gross().subtract(s.spjSpent).negate());
    s.spjSpent = total;
    add(cash, f, s.gross().subtract(total));
    move(f, s.inCash, on, s.gross().subtract(total)); // the rest back, or the excess paid, where the panjar was
    setStatus(s, SppStatus.SETTLED);
    return true;
  }

  private boolean deposit(DepositTax o, String path, List<Finding> out) {
    role(o.actor(), Role.KAUR_KEUANGAN, "deposits withheld tax", path, out);
    inYear(o, path, out);
    positive(o.amount(), path + ".amount", out);
    Spp s = spp(o.spp(), path, out);
    if (s == null) {
      return out.isEmpty();
    }
    BigDecimal owed = s.status == SppStatus.PAID
        ? s.withheld.getOrDefault(o.tax(), BigDecimal.ZERO).subtract(s.deposited.getOrDefault(o.tax(), BigDecimal.ZERO))
        : BigDecimal.ZERO;
    BigDecimal amount = rp(o.amount());
    if (amount.compareTo(owed) > 0) {
      out.add(Finding.error(Rule.TAX_OVERDEPOSITED, path + ".amount", "deposit of " + amount.toPlainString() + " " + o.tax() + " on SPP " + s.submit.id() + ", which owes " + owed.toPlainString()));
    }
    FundSource f = s.fund;
    placeCovers(f, false, o.businessDate(zone), amount, path + ".amount", out); // tax is deposited from the bank account
    s.deposited.merge(o.tax(), amount, BigDecimal::add);
    touch(f);
    add(cash, f, amount.negate());
    move(f, false, o.businessDate(zone), amount.negate());
    add(tax, f, amount.negate());
    return out.isEmpty();
  }

  private boolean reverseReceipt(ReverseReceipt o, String path, List<Finding> out) {
    role(o.actor(), Role.KAUR_KEUANGAN, "corrects receipts", path, out);
    inYear(o, path, out);
    ReceiveRevenue r = receipts.get(o.receipt());
    if (r == null || reversedReceipts.contains(o.receipt())) {
      out.add(Finding.error(Rule.REVERSAL_NOT_ALLOWED, path + ".receipt", r == null ? "no receipt " + o.receipt() + " to reverse" : "receipt " + o.receipt() + " is reversed already"));
      return out.isEmpty();
    }
    covers(r.fundSource(), rp(r.amount()), path, out);
    boolean inCash = r.place() == id.smartkampung.core.ledger.CashPlace.CASH;
    placeCovers(r.fundSource(), inCash, o.businessDate(zone), rp(r.amount()), path, out);
    reversedReceipts.add(o.receipt());
    if (r.part() != null) {
      partReceived.merge(r.part() + "#" + (r.tranche() == null ? 0 : r.tranche()), rp(r.amount()).negate(), BigDecimal::add);
    }
    add(cash, r.fundSource(), rp(r.amount()).negate());
    move(r.fundSource(), inCash, o.businessDate(zone), rp(r.amount()).negate());
    add(received, r.fundSource(), rp(r.amount()).negate());
    return out.isEmpty();
  }

  private boolean reversePayment(ReversePayment o, String path, List<Finding> out) {
    role(o.actor(), Role.KAUR_KEUANGAN, "corrects payments", path, out);
    inYear(o, path, out);
    Spp s = spps.get(o.spp());
    String why = s == null ? "no SPP " + o.spp() + " to reverse"
        : s.status != SppStatus.PAID ? "SPP " + o.spp() + " is " + s.status + "; only a paid SPP is reversed"
        : s.deposited.values().stream().anyMatch(d -> d.signum() != 0) ? "tax withheld on SPP " + o.spp() + " has been deposited"
        : s.lines != null && periodDeposited(s) ? "tax of a period SPP " + o.spp() + " was withheld in has been deposited"
        : s.spjCount > 0 ? "panjar " + o.spp() + " is partly accounted for by SPJ"
        : null;
    if (why != null) {
      out.add(Finding.error(Rule.REVERSAL_NOT_ALLOWED, path + ".spp", why));
      return out.isEmpty();
    }
    if (s.lines != null) {
      for (LinedLine l : s.lines) {
        BigDecimal t = l.withheld();
        if (budget.containsKey(l.item())) {
          addItem(realised, l.item(), l.gross().negate());
        }
        add(cash, l.fund(), l.gross().subtract(t));
        move(l.fund(), s.inCash, o.businessDate(zone), l.gross().subtract(t));
        add(tax, l.fund(), t.negate());
        for (ReferenceTaxes.Levied tl : l.taxes().lines()) {
          periods.get(TaxPeriod.of(tl.levy(), s.paidOn)).get(l.fund())[0] = periods.get(TaxPeriod.of(tl.levy(), s.paidOn)).get(l.fund())[0].subtract(tl.amount());
        }
      }
      forget(s);
      setStatus(s, SppStatus.REVERSED);
      return out.isEmpty();
    }
    FundSource f = s.fund;
    BigDecimal gross = s.gross();
    if (s.type == SppType.LS) {
      BigDecimal t = s.withheld.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      realise(s, gross.negate());
      add(cash, f, gross.subtract(t));
      move(f, s.inCash, o.businessDate(zone), gross.subtract(t));
      add(tax, f, t.negate());
      s.withheld.clear();
    } else {
      if (budget.containsKey(s.item())) {
        addItem(committed, s.item(), gross.negate());
      }
      add(cash, f, gross);
      move(f, s.inCash, o.businessDate(zone), gross);
    }
    setStatus(s, SppStatus.REVERSED);
    return out.isEmpty();
  }

  private boolean close(CloseYear o, String path, List<Finding> out) {
    role(o.actor(), Role.KAUR_KEUANGAN, "closes the books", path, out);
    LocalDate d = o.businessDate(zone);
    if (d.isBefore(LocalDate.of(year, 12, 31))) {
      out.add(Finding.error(Rule.OUTSIDE_FISCAL_YEAR, path, "the books of " + year + " close on or after 31 December, not " + d));
    }
    long pending = spps.values().stream().filter(s -> s.status.isPending()).count();
    long panjar = spps.values().stream().filter(s -> s.status == SppStatus.PAID && s.type == SppType.UM).count();
    BigDecimal owed = tax.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    // tax of lined SPPs still owed is carried into the next year unless the tax rules demand zero at the close
    BigDecimal carried = BigDecimal.ZERO;
    for (Map<FundSource, BigDecimal[]> byFund : periods.values()) {
      for (BigDecimal[] wd : byFund.values()) {
        carried = carried.add(wd[0]).subtract(wd[1]);
      }
    }
    boolean zeroDemanded = policy.taxPolicy().map(t -> t.unpaidAtYearEnd() == id.smartkampung.core.rule.Severity.ERROR).orElse(false);
    if (!zeroDemanded) {
      owed = owed.subtract(carried);
    }
    if (pending > 0 || panjar > 0 || owed.signum() > 0) {
      out.add(Finding.error(Rule.YEAR_END_OPEN_ITEMS, path, "closed with " + panjar + " panjar outstanding, " + pending + " SPP pending, " + owed.toPlainString() + " tax not deposited"));
    }
    closed = true;
    return out.isEmpty();
  }
  // ------------------------------------------------------------------ lined SPPs and their taxes

  /**
   * A lined SPP (several lines, payees carried): as an SPP, every line's item in the enacted budget
   * and of the PKA's kegiatan, its payee among the SPP's, each item within its budget over all its
   * lines; each line's taxes by the year's tax rules, with the payee's earlier income on live lined
   * SPPs for PPh 21.
   */
  private boolean submitLined(SubmitLinedSpp o, String path, List<Finding> out) {
    role(o.actor(), Role.PELAKSANA_KEGIATAN, "submits SPP", path, out);
    if (!submittable(o, path, out)) {
      return out.isEmpty();
    }
    // the reference's own statement of the determination, from the pack's data (not TaxPolicy.determine)
    Optional<ReferenceTaxes> rules = ReferenceTaxes.forYear(year);
    if (rules.isEmpty() || o.lines().isEmpty()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path, rules.isEmpty() ? "no tax rules for " + year : "an SPP without lines"));
      return out.isEmpty();
    }
    Set<String> payeeIds = new HashSet<>();
    for (var p : o.payees()) {
      if (!payeeIds.add(p.id())) {
        out.add(Finding.error(Rule.INVALID_OPERATION, path + ".payees", "payee " + p.id() + " listed twice"));
      }
    }
    Registration r = officials.get(o.actor().id());
    Map<BudgetItemKey, BigDecimal> asked = new TreeMap<>();
    List<LinedLine> lines = new ArrayList<>();
    Map<String, List<LinedLine>> seen = new HashMap<>();
    java.time.LocalDate on = o.businessDate(zone);
    boolean complete = true;
    for (int i = 0; i < o.lines().size(); i++) {
      SubmitLinedSpp.Line l = o.lines().get(i);
      String at = path + ".lines[" + i + "]";
      positive(l.amount(), at + ".amount", out);
      if (r != null && o.actor().role() == Role.PELAKSANA_KEGIATAN && !r.kegiatan.contains(l.item().kegiatan())) {
        out.add(Finding.error(Rule.SEGREGATION_OF_DUTIES, at + ".item", o.actor() + " is not the PKA of kegiatan " + l.item().kegiatan()));
      }
      if (!budget.containsKey(l.item())) {
        out.add(Finding.error(Rule.UNKNOWN_REFERENCE, at + ".item", "item " + l.item() + " is not in the enacted budget"));
      } else if (spendable(l.item().account().toString(), l.item().account().isBelanja(), at + ".item", out)) {
        asked.merge(l.item(), rp(l.amount()), BigDecimal::add);
      }
      var payee = o.payee(l.payee());
      if (payee == null) {
        out.add(Finding.error(Rule.UNKNOWN_REFERENCE, at + ".payee", "payee " + l.payee() + " is not among the SPP's payees"));
        complete = false;
        continue;
      }
      try {
        List<LinedLine> before = seen.computeIfAbsent(payee.id(), k -> {
          List<LinedLine> b = new ArrayList<>();
          for (LinedLine d : income.getOrDefault(k, List.of())) {
            if (!d.on().isAfter(on)) {
              b.add(d);
            }
          }
          return b;
        });
        Purchase p = Purchase.of(l.purchase(), l.amount(), on);
        if (l.purchase().isPersonalIncome()) {
          p = p.withEarlier(earlierIncome(before, on));
        }
        LinedLine d = new LinedLine(l.item(), l.item().fundSource(), rp(l.amount()), payee.id(), l.purchase(), on, rules.get().determine(payee, p));
        if (l.purchase().isPersonalIncome()) {
          before.add(d);
        }
        lines.add(d);
      } catch (IllegalArgumentException e) {
        out.add(Finding.error(Rule.INVALID_OPERATION, at + ".purchase", e.getMessage()));
        complete = false;
      }
    }
    asked.forEach((k, v) -> {
      withinPreviousPagu(k, v, path + ".lines", out);
      BigDecimal after = committed.get(k).add(realised.get(k)).add(v);
      if (after.compareTo(budget.get(k)) > 0) {
        out.add(Finding.error(Rule.ITEM_OVERSPENT, path + ".lines", "item " + k + " would have " + after.toPlainString() + " committed and realised, over its budget of " + budget.get(k).toPlainString()));
      }
    });
    if (!complete) {
      return out.isEmpty();
    }
    Spp s = new Spp(o, lines);
    spps.put(o.id(), s);
    if (stage == Stage.CANCELLED && previousPagu != null) {
      sinceCancellation.add(o.id());
    }
    status.put(o.id(), SppStatus.SUBMITTED);
    commit(s, s.gross());
    for (LinedLine l : lines) {
      if (l.kind().isPersonalIncome()) {
        income.computeIfAbsent(l.payee(), k -> new ArrayList<>()).add(l);
      }
    }
    return out.isEmpty();
  }

  /** A person's gross and PPh 21 on live lined SPPs before a payment on {@code on}: this month's and this year's (all of the year's months employed). */
  private static IncomeToDate earlierIncome(List<LinedLine> before, java.time.LocalDate on) {
    BigDecimal monthGross = BigDecimal.ZERO;
    BigDecimal monthTax = BigDecimal.ZERO;
    BigDecimal yearGross = BigDecimal.ZERO;
    BigDecimal yearTax = BigDecimal.ZERO;
    for (LinedLine l : before) {
      BigDecimal t = l.taxes().amount(id.smartkampung.core.tax.Levy.PPH_21);
      yearGross = yearGross.add(l.gross());
      yearTax = yearTax.add(t);
      if (l.on().getMonth() == on.getMonth()) {
        monthGross = monthGross.add(l.gross());
        monthTax = monthTax.add(t);
      }
    }
    return new IncomeToDate(Idr.of(monthGross), Idr.of(monthTax), Idr.of(yearGross), Idr.of(yearTax), 12);
  }

  /** Forgets a lined SPP's personal income (rejected, cancelled, reversed). */
  private void forget(Spp s) {
    if (s.lines == null) {
      return;
    }
    for (LinedLine l : s.lines) {
      List<LinedLine> ds = income.get(l.payee());
      if (ds != null) {
        ds.removeIf(d -> d == l);
      }
    }
  }

  private boolean payLined(PaySpp o, Spp s, String path, List<Finding> out) {
    if (!o.withhold().isEmpty()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".withhold", "a lined SPP's taxes are determined at submission"));
    }
    Map<FundSource, BigDecimal> gross = new TreeMap<>();
    for (LinedLine l : s.lines) {
      gross.merge(l.fund(), l.gross(), BigDecimal::add);
    }
    gross.forEach((f, g) -> covers(f, g, path, out));
    boolean inCash = o.place() == id.smartkampung.core.ledger.CashPlace.CASH;
    Map<FundSource, BigDecimal> net = new TreeMap<>();
    for (LinedLine l : s.lines) {
      net.merge(l.fund(), l.gross().subtract(l.withheld()), BigDecimal::add);
    }
    net.forEach((f, n) -> placeCovers(f, inCash, o.businessDate(zone), n, path + ".place", out));
    if (!s.status.isPending()) {
      return out.isEmpty();
    }
    s.inCash = inCash;
    s.paidOn = o.businessDate(zone);
    for (LinedLine l : s.lines) {
      touch(l.fund());
      BigDecimal t = l.withheld();
      if (budget.containsKey(l.item())) {
        addItem(committed, l.item(), l.gross().negate());
        addItem(realised, l.item(), l.gross());
      }
      add(cash, l.fund(), l.gross().subtract(t).negate());
      move(l.fund(), inCash, s.paidOn, l.gross().subtract(t).negate());
      add(tax, l.fund(), t);
      for (ReferenceTaxes.Levied tl : l.taxes().lines()) {
        BigDecimal[] wd = periods.computeIfAbsent(TaxPeriod.of(tl.levy(), s.paidOn), k -> new TreeMap<>())
            .computeIfAbsent(l.fund(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        wd[0] = wd[0].add(tl.amount());
      }
    }
    setStatus(s, SppStatus.PAID);
    return out.isEmpty();
  }

  private boolean periodDeposited(Spp s) {
    if (s.paidOn == null) {
      return false;
    }
    for (LinedLine l : s.lines) {
      for (ReferenceTaxes.Levied tl : l.taxes().lines()) {
        for (BigDecimal[] wd : periods.getOrDefault(TaxPeriod.of(tl.levy(), s.paidOn), Map.of()).values()) {
          if (wd[1].signum() != 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A deposit per tax type and period: never more than the period still owes; taken from the fund sources in code order. */
  private boolean depositPeriod(DepositTaxPeriod o, String path, List<Finding> out) {
    role(o.actor(), Role.KAUR_KEUANGAN, "deposits withheld tax", path, out);
    inYear(o, path, out);
    positive(o.amount(), path + ".amount", out);
    BigDecimal amount = rp(o.amount());
    if (amount.stripTrailingZeros().scale() > 0) {
      out.add(Finding.error(Rule.AMOUNT_PRECISION, path + ".amount", "a tax deposit is in whole rupiah"));
    }
    if (o.businessDate(zone).isBefore(o.period().atDay(1))) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".period", "deposited before its tax period " + o.period()));
    }
    if (o.billingCode().isBlank() || o.ntpn().isBlank()) {
      out.add(Finding.error(Rule.INVALID_OPERATION, path + ".ntpn", "a deposit names its billing code and NTPN"));
    }
    Map<FundSource, BigDecimal[]> byFund = periods.getOrDefault(new TaxPeriod(o.levy(), o.period()), Map.of());
    BigDecimal owed = BigDecimal.ZERO;
    for (BigDecimal[] wd : byFund.values()) {
      owed = owed.add(wd[0]).subtract(wd[1]);
    }
    if (amount.compareTo(owed) > 0) {
      out.add(Finding.error(Rule.TAX_OVERDEPOSITED, path + ".amount", "deposit of " + amount.toPlainString() + " " + o.levy().label() + " " + o.period() + ", which owes " + owed.toPlainString()));
      return out.isEmpty();
    }
    BigDecimal left = amount;
    Map<FundSource, BigDecimal> takes = new TreeMap<>();
    for (Map.Entry<FundSource, BigDecimal[]> e : byFund.entrySet()) {
      BigDecimal[] wd = e.getValue();
      BigDecimal take = left.min(wd[0].subtract(wd[1]));
      if (take.signum() > 0) {
        takes.put(e.getKey(), take);
        left = left.subtract(take);
      }
    }
    LocalDate on = o.businessDate(zone);
    takes.forEach((f, take) -> placeCovers(f, false, on, take, path + ".amount", out)); // deposited from the bank account
    takes.forEach((f, take) -> {
      BigDecimal[] wd = byFund.get(f);
      wd[1] = wd[1].add(take);
      add(cash, f, take.negate());
      move(f, false, on, take.negate());
      add(tax, f, take.negate());
    });
    return out.isEmpty();
  }
}
