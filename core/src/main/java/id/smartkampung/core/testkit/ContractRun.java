package id.smartkampung.core.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.audit.LedgerHistory;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.LedgerSnapshot.FundPosition;
import id.smartkampung.core.ledger.LedgerSnapshot.ItemPosition;
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
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.SubmitLinedSpp;
import id.smartkampung.core.ledger.Operation.DepositTaxPeriod;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.OperationKind;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.ledger.SppStatus;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import id.smartkampung.core.rule.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * One run of the contracts: applies operations to a {@link LedgerUnderTest} one at a time and,
 * after each, checks the chosen guarantees against what the ledger answered and what it shows,
 * keeping its own account of what was accepted (registrations, SPP steps, receipts, the budget
 * drafted) from the operations alone. It never consults this library's ledger, so it judges ours
 * and a foreign one alike. A broken guarantee is an {@link AssertionError} naming the rule, the
 * operation and the figures. Not API: the contracts are {@link LedgerContract} and {@link
 * LedgerHistoryContract}.
 */
final class ContractRun {

  /** The guarantees of DESIGN §3 the contracts check, each with the invariant it belongs to. */
  enum Guarantee {
    UNCHANGED_ON_REJECTION("§3", "a rejected or duplicate operation changes nothing; a rejection names at least one rule"),
    AMOUNTS("I1", "amounts are IDR exact to the sen; budgets, committed and realised never negative; accepted receipts, SPP and deposits positive"),
    LIFECYCLE("I4", "no SPP before enactment; one revision; a revision never below committed + realised; money dated in the fiscal year; nothing after the close"),
    WITHIN_ITEM("I5", "committed + realised <= budget per kegiatan x rincian x sumber dana"),
    CASH("I6", "cash per fund source, less tax owed, never negative"),
    DUTIES("I7", "registered officials in their own roles; submitter, verifier, approver and payer distinct; each step once, in order"),
    IDEMPOTENCY("I8", "the same id with the same content is a no-op, with other content a conflict"),
    DATE_ORDER("I9", "nothing is dated in a closed month; an entry is not dated before what it follows (its SPP's earlier step, its receipt, the enactment; registrations, budget steps and closes after every entry)"),
    BOOKS("I10", "BKU balance = cash of all fund sources; tax payable >= 0"),
    MOVEMENTS("I10", "each accepted operation moves exactly its own amounts and nothing else"),
    REVERSAL("I9", "only a posted, unreversed receipt or payment without later dependents (a tax deposit, an SPJ) is reversed, once"),
    PANJAR("I5", "an SPJ accounts for a paid panjar (UM) once, for no more than the advance"),
    TAX("I10", "a tax deposit is traced to a paid LS SPP and never exceeds the tax it still owes"),
    CASH_PLACES("I6", "the bank account and the cash box of each fund source never go negative at any business date: money leaves a place only if the place held it from the outflow's date on"),
    BLT("I5", "BLT Desa is paid only to families on the Perkades list, at most the year's amount a month, at most the year's months at once, never twice for a family's month");

    final String invariant;
    final String statement;

    Guarantee(String invariant, String statement) {
      this.invariant = invariant;
      this.statement = statement;
    }
  }

  static final Set<Guarantee> ALL = EnumSet.allOf(Guarantee.class);

  /** An SPP as the run has seen it accepted. */
  /**
   * What an SPP's submission asked, belanja ({@link SubmitSpp}) or financing ({@link
   * SubmitFinancingSpp}, LS, item null: its item is not among the position's belanja items).
   */
  private record Request(
      OperationId id, Official actor, SppType type, BudgetItemKey item, FundSource fundSource, MonetaryAmount amount, List<SubmitLinedSpp.Line> lines) {
    static Request of(SubmitSpp s) {
      return new Request(s.id(), s.actor(), s.type(), s.item(), s.item().fundSource(), s.amount(), null);
    }

    static Request of(SubmitFinancingSpp s) {
      return new Request(s.id(), s.actor(), SppType.LS, null, s.item().fundSource(), s.amount(), null);
    }

    /** A BLT SPP: LS on its item, monthly × its KPM-months. */
    static Request of(Operation.SubmitBltSpp s) {
      return new Request(s.id(), s.actor(), SppType.LS, s.item(), s.item().fundSource(), s.amount(), null);
    }

    /** A lined SPP: no one item or fund source; its lines. */
    static Request of(SubmitLinedSpp s) {
      return new Request(s.id(), s.actor(), SppType.LS, null, null, s.amount(), s.lines());
    }
  }

  private static final class Spp {
    final Request submit;
    SppStatus status = SppStatus.SUBMITTED;
    String verifier;
    String approver;
    long taxOwed;
    Set<TaxType> withheld = Set.of();
    /** Tax still owed per type, from the pack's rates; empty when they do not add up to what the ledger withheld. */
    Map<TaxType, Long> owedByType = Map.of();
    boolean deposited;
    /** When its latest accepted operation is dated. */
    Instant lastAt;
    /** A lined SPP: the tax the ledger withheld per fund source at payment. */
    Map<FundSource, Long> taxByFund = Map.of();
    /** Paid in cash from the cash box. */
    boolean inCash;

    /** A BLT SPP's submission; null for the others. */
    Operation.SubmitBltSpp blt;
    /** A panjar: what its SPJ with receipts accounted for so far. */
    long spjSpent;

    Spp(Request submit) {
      this.submit = submit;
    }
  }

  private final LedgerUnderTest ledger;
  private final PolicyPack policy;
  private final java.time.ZoneId zone;
  private final Set<Guarantee> checks;
  private final LedgerCoverage coverage = new LedgerCoverage();
  private LedgerPosition position;
  private int n;

  private final List<Operation> accepted = new ArrayList<>();
  private final Map<OperationId, Operation> acceptedById = new HashMap<>();
  private final Map<String, Official> registered = new HashMap<>();
  private final Map<String, Set<KegiatanCode>> kegiatanOf = new HashMap<>();
  private final Map<OperationId, Spp> spps = new HashMap<>();
  private final Map<OperationId, ReceiveRevenue> receipts = new HashMap<>();
  /** Every accepted movement of money per fund source, at its place and business date, as the run sees it from the balances. */
  private final Map<FundSource, List<PlaceMove>> placeMoves = new TreeMap<>();

  /** A movement of money of one fund source: its business date, place and amount (sen; negative out). */
  private record PlaceMove(LocalDate date, boolean inCash, long sen) {}
  /** The BLT Desa families as the accepted Perkades changes listed them. */
  private final Set<String> kpmList = new TreeSet<>();
  private Apbdes drafted;
  private ImmutableSortedMap<BudgetItemKey, Money> draftedItems = ImmutableSortedMap.of();
  private boolean enacted;
  private boolean revisionDrafted;
  private boolean revisionPending;
  private boolean closed;
  /** Whether the books were opened from the previous year's close. */
  private boolean opened;
  /** The latest date of an accepted entry. */
  private Instant lastAt;
  /** The last month closed (tutup buku bulanan), or null. */
  private java.time.YearMonth closedThrough;
  /** When the budget in force was enacted, or null. */
  private Instant enactedAt;

  private ContractRun(LedgerUnderTest ledger, PolicyPack policy, Set<Guarantee> checks, java.time.ZoneId zone) {
    this.zone = zone;
    this.ledger = requireNonNull(ledger, "the ledger under test");
    this.policy = policy;
    this.checks = checks;
    this.position = requireNonNull(ledger.position(), "position()");
  }

  /** Applies the scenario to a new ledger, checking {@code checks} after every operation, and labels coverage. */
  static ContractRun check(BiFunction<Village, PolicyPack, LedgerUnderTest> newLedger, LedgerScenario scenario, Set<Guarantee> checks) {
    ContractRun run = new ContractRun(newLedger.apply(scenario.village(), scenario.policy()), scenario.policy(), checks, scenario.village().zone());
    for (Operation op : scenario.all()) {
      run.attempt(op);
    }
    run.coverage.collect();
    return run;
  }

  /** Replays the accepted operations of a run on a new ledger: each accepted again, to the same balances. */
  static void replays(BiFunction<Village, PolicyPack, LedgerUnderTest> newLedger, LedgerScenario scenario) {
    ContractRun run = check(newLedger, scenario, EnumSet.noneOf(Guarantee.class));
    LedgerUnderTest fresh = newLedger.apply(scenario.village(), scenario.policy());
    int i = 0;
    for (Operation op : run.accepted) {
      i++;
      Outcome o = fresh.apply(op);
      if (!o.isAccepted()) {
        throw new AssertionError("[I9 replay] the accepted history replayed on a new ledger: its operation #" + i + " "
            + LedgerScenario.describe(op) + " is not accepted again: " + o);
      }
    }
    LedgerPosition again = fresh.position();
    if (!again.sameAs(run.position)) {
      throw new AssertionError("[I9 replay] replaying the " + run.accepted.size() + " accepted operations on a new ledger gives other balances:\n  original "
          + run.position + "\n  replayed " + again);
    }
  }

  /** Replays a posted history: every operation accepted, every guarantee kept after each. */
  static void history(BiFunction<Village, PolicyPack, LedgerUnderTest> newLedger, LedgerHistory history) {
    ContractRun run = new ContractRun(newLedger.apply(history.village(), history.policy()), history.policy(), ALL, history.village().zone());
    for (Operation op : history.operations()) {
      Outcome o = run.attempt(op);
      if (!o.isAccepted()) {
        throw new AssertionError("[history] operation #" + run.n + " of the history of " + history.village().name() + " " + history.fiscalYear()
            + " is not accepted: " + o);
      }
    }
  }

  // ---------------------------------------------------------------------------------- attempt

  Outcome attempt(Operation op) {
    n++;
    LedgerPosition before = position;
    Operation seen = acceptedById.get(op.id());
    Outcome o = requireNonNull(ledger.apply(op), "apply() returned null");
    LedgerPosition after = requireNonNull(ledger.position(), "position() returned null");
    for (Guarantee g : checks) {
      check(g, op, seen, o, before, after);
    }
    coverage.record(o, after.funds());
    if (o.isAccepted()) {
      places(op, o, before, after);
      track(op, before, after);
    }
    position = after;
    return o;
  }

  /**
   * I6 by place and date, as the contract states it: each accepted operation's change of a fund
   * source's cash is put at its place — a receipt or payment where it says, an SPJ's return and a
   * payment's reversal where the payment was made, a tax deposit at the bank, a mutasi kas out of
   * one place and into the other — at its business date; after an outflow, the place's balance at
   * its date and at every later date with a movement is not negative.
   */
  private void places(Operation op, Outcome o, LedgerPosition before, LedgerPosition after) {
    LocalDate on = op.businessDate(zone);
    Boolean inCash = switch (op.kind()) {
      case RECEIVE_REVENUE -> ((ReceiveRevenue) op).place() == CashPlace.CASH;
      case REVERSE_RECEIPT -> {
        ReceiveRevenue r = receipts.get(((ReverseReceipt) op).receipt());
        yield r != null && r.place() == CashPlace.CASH;
      }
      case PAY_SPP -> ((PaySpp) op).place() == CashPlace.CASH;
      case SETTLE_PANJAR, ACCOUNT_PANJAR, REVERSE_PAYMENT -> {
        Spp s = spps.get(sppOf(op));
        yield s != null && s.inCash;
      }
      case DEPOSIT_TAX, DEPOSIT_TAX_PERIOD -> false;
      case OPEN_YEAR -> false; // the SiLPA is the balance of the RKD at the close (saldo awal in the bank)
      case RECORD_BANK_INTEREST, RECORD_BANK_FEE -> false; // on the bank statement: in and out of the RKD
      case MOVE_CASH -> {
        Operation.MoveCash m = (Operation.MoveCash) op;
        boolean toCash = m.to() == CashPlace.CASH;
        List<PlaceMove> list = placeMoves.computeIfAbsent(m.fundSource(), k -> new ArrayList<>());
        list.add(new PlaceMove(on, !toCash, -sen(m.amount())));
        list.add(new PlaceMove(on, toCash, sen(m.amount())));
        placesHold(op, o, m.fundSource(), !toCash, on);
        yield null;
      }
      case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, SUBMIT_SPP, VERIFY_SPP, APPROVE_SPP,
          REJECT_SPP, CANCEL_SPP, CLOSE_YEAR, SUBMIT_FINANCING_SPP, CLOSE_MONTH, SUBMIT_LINED_SPP, RETURN_BUDGET, CORRECT_BUDGET,
          ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET,
          CHANGE_BLT_LIST, SUBMIT_BLT_SPP, // no cash moves: a list, a reservation (its payment is a pay-spp)
          RECORD_KDMP_CHANNELLING -> null; // the KDMP part never passes the village's cash (PMK 7/2026 pasal 26)
    };
    if (inCash == null) {
      return;
    }
    if (op.kind() == OperationKind.PAY_SPP) {
      Spp s = spps.get(sppOf(op));
      if (s != null) {
        s.inCash = inCash;
      }
    }
    Set<FundSource> sources = new TreeSet<>(before.funds().keySet());
    sources.addAll(after.funds().keySet());
    for (FundSource f : sources) {
      long d = sen(after.fund(f).cash()) - sen(before.fund(f).cash());
      if (d != 0) {
        placeMoves.computeIfAbsent(f, k -> new ArrayList<>()).add(new PlaceMove(on, inCash, d));
        if (d < 0) {
          placesHold(op, o, f, inCash, on);
        }
      }
    }
  }

  /** Throws (when the guarantee is checked) if the place of the source is negative at {@code from} or any later date with a movement. */
  private void placesHold(Operation op, Outcome o, FundSource f, boolean inCash, LocalDate from) {
    if (!checks.contains(Guarantee.CASH_PLACES)) {
      return;
    }
    List<PlaceMove> list = placeMoves.getOrDefault(f, List.of());
    Set<LocalDate> dates = new TreeSet<>();
    dates.add(from);
    for (PlaceMove m : list) {
      if (m.inCash() == inCash && m.date().isAfter(from)) {
        dates.add(m.date());
      }
    }
    for (LocalDate d : dates) {
      long held = 0;
      for (PlaceMove m : list) {
        if (m.inCash() == inCash && !m.date().isAfter(d)) {
          held += m.sen();
        }
      }
      if (held < 0) {
        throw broken(Guarantee.CASH_PLACES, op, o, (inCash ? "the cash box" : "the bank account") + " of " + f + " holds " + Idr.formatSen(held) + " on " + d
            + " after money left it on " + from);
      }
    }
  }

  private AssertionError broken(Guarantee g, Operation op, Outcome o, String detail) {
    return new AssertionError(
        "[" + g.invariant + " " + g.name().toLowerCase(java.util.Locale.ROOT) + "] " + g.statement + "\n  broken at operation #" + n + ": "
            + LedgerScenario.describe(op) + "\n  " + detail + "\n  the ledger answered: " + o);
  }

  private void check(Guarantee g, Operation op, Operation seen, Outcome o, LedgerPosition before, LedgerPosition after) {
    switch (g) {
      case UNCHANGED_ON_REJECTION -> unchangedOnRejection(g, op, o, before, after);
      case AMOUNTS -> amounts(g, op, o, after);
      case LIFECYCLE -> lifecycle(g, op, o, before);
      case WITHIN_ITEM -> withinItem(g, op, o, after);
      case CASH -> cash(g, op, o, after);
      case DUTIES -> duties(g, op, o);
      case IDEMPOTENCY -> idempotency(g, op, seen, o, before, after);
      case DATE_ORDER -> {
        if (o.isAccepted()) {
          dateOrder(g, op, o);
        }
      }
      case BOOKS -> books(g, op, o, after);
      case MOVEMENTS -> {
        if (o.isAccepted()) {
          movements(g, op, o, before, after);
        }
      }
      case REVERSAL -> {
        if (o.isAccepted()) {
          reversal(g, op, o);
        }
      }
      case PANJAR -> {
        if (o.isAccepted() && op instanceof SettlePanjar p) {
          panjar(g, p, o);
        } else if (o.isAccepted() && op instanceof Operation.AccountPanjar a) {
          accountedPanjar(g, a, o);
        }
      }
      case TAX -> {
        if (o.isAccepted() && op instanceof DepositTax d) {
          tax(g, d, o);
        }
      }
      case CASH_PLACES -> {} // checked as each accepted operation's movements are placed (places)
      case BLT -> {
        if (o.isAccepted() && op instanceof Operation.SubmitBltSpp b) {
          blt(g, b, o);
        }
      }
    }
  }

  /**
   * BLT Desa as the contract states it: every family of an accepted BLT SPP on the list the accepted
   * Perkades changes made, the monthly amount within the pack's ceiling, at most the pack's months at
   * once, and no family-month on this SPP twice or on another accepted SPP not rejected, cancelled
   * or reversed.
   */
  private void blt(Guarantee g, Operation.SubmitBltSpp b, Outcome o) {
    policy.blt().ifPresent(rules -> {
      if (b.monthly().isGreaterThan(Idr.of(rules.maxPerKpmPerMonth()))) {
        throw broken(g, b, o, "pays " + b.monthly() + " a month per KPM, above " + rules.maxPerKpmPerMonth().toPlainString());
      }
      if (b.payments().stream().map(Operation.SubmitBltSpp.KpmMonth::month).distinct().count() > rules.maxMonthsAtOnce()) {
        throw broken(g, b, o, "pays more than " + rules.maxMonthsAtOnce() + " months at once");
      }
    });
    Set<Operation.SubmitBltSpp.KpmMonth> here = new java.util.HashSet<>();
    for (Operation.SubmitBltSpp.KpmMonth km : b.payments()) {
      if (!kpmList.contains(km.kpm())) {
        throw broken(g, b, o, "pays KPM " + km.kpm() + ", not on the list");
      }
      if (!here.add(km)) {
        throw broken(g, b, o, "pays KPM " + km.kpm() + " twice for " + km.month());
      }
      for (Spp other : spps.values()) {
        if (other.blt != null && other.status != SppStatus.REJECTED && other.status != SppStatus.CANCELLED && other.status != SppStatus.REVERSED
            && other.blt.payments().contains(km)) {
          throw broken(g, b, o, "pays KPM " + km.kpm() + " for " + km.month() + ", already on SPP " + other.submit.id());
        }
      }
    }
  }

  /**
   * I9 as the contract states it: an accepted entry is not dated in a closed month, nor before what
   * it follows — registrations, budget steps and closes after every accepted entry; an SPP not
   * before the enactment of the budget in force; a step, SPJ, deposit or reversal of an SPP not
   * before the SPP's latest accepted operation; a receipt's reversal not before the receipt.
   */
  private void dateOrder(Guarantee g, Operation op, Outcome o) {
    LocalDate d = op.businessDate(zone);
    if (closedThrough != null && !d.isAfter(closedThrough.atEndOfMonth())) {
      throw broken(g, op, o, "accepted although dated " + d + ", in a closed month (closed through " + closedThrough + ")");
    }
    Instant floor = switch (op.kind()) {
      case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, CLOSE_YEAR, CLOSE_MONTH, DEPOSIT_TAX_PERIOD,
          RETURN_BUDGET, CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET, CHANGE_BLT_LIST, OPEN_YEAR -> lastAt;
      case SUBMIT_SPP, SUBMIT_FINANCING_SPP, SUBMIT_LINED_SPP, RECORD_KDMP_CHANNELLING, SUBMIT_BLT_SPP, RECORD_BANK_FEE -> enactedAt;
      case RECEIVE_REVENUE, MOVE_CASH -> null;
      case RECORD_BANK_INTEREST -> ((Operation.RecordBankInterest) op).taxItem() == null ? null : enactedAt; // its tax is spending on an item
      case REVERSE_RECEIPT -> {
        ReceiveRevenue r = receipts.get(((ReverseReceipt) op).receipt());
        yield r == null ? null : r.at();
      }
      case VERIFY_SPP, APPROVE_SPP, REJECT_SPP, CANCEL_SPP, PAY_SPP, SETTLE_PANJAR, DEPOSIT_TAX, REVERSE_PAYMENT, ACCOUNT_PANJAR -> {
        Spp s = spps.get(sppOf(op));
        yield s == null ? null : s.lastAt;
      }
    };
    if (floor != null && op.at().isBefore(floor)) {
      throw broken(g, op, o, "accepted although dated " + op.at() + ", before " + floor + ", the entry it follows");
    }
  }

  private void unchangedOnRejection(Guarantee g, Operation op, Outcome o, LedgerPosition before, LedgerPosition after) {
    if (o.isAccepted()) {
      return;
    }
    if (!after.sameAs(before)) {
      throw broken(g, op, o, "not accepted, yet the balances changed:\n  before " + before + "\n  after  " + after);
    }
    if (o.isRejected() && o.findings().isEmpty()) {
      throw broken(g, op, o, "rejected without naming a rule");
    }
  }

  private void amounts(Guarantee g, Operation op, Outcome o, LedgerPosition after) {
    after.items().forEach((k, p) -> {
      for (Money m : List.of(p.budget(), p.committed(), p.realised())) {
        if (!exact(m) || m.isNegative()) {
          throw broken(g, op, o, "item " + k + " shows " + m + " (budget, committed and realised are IDR to the sen, never negative)");
        }
      }
    });
    after.funds().forEach((f, p) -> {
      for (Money m : List.of(p.received(), p.cash(), p.taxPayable())) {
        if (!exact(m)) {
          throw broken(g, op, o, "fund source " + f + " shows " + m + ", not IDR to the sen");
        }
      }
    });
    if (!exact(after.bkuBalance())) {
      throw broken(g, op, o, "the BKU balance " + after.bkuBalance() + " is not IDR to the sen");
    }
    if (!o.isAccepted()) {
      return;
    }
    MonetaryAmount positive = switch (op.kind()) {
      case RECEIVE_REVENUE -> ((ReceiveRevenue) op).amount();
      case SUBMIT_SPP -> ((SubmitSpp) op).amount();
      case SUBMIT_FINANCING_SPP -> ((SubmitFinancingSpp) op).amount();
      case SUBMIT_BLT_SPP -> ((Operation.SubmitBltSpp) op).monthly();
      case DEPOSIT_TAX -> ((DepositTax) op).amount();
      case DEPOSIT_TAX_PERIOD -> ((DepositTaxPeriod) op).amount();
      case RECORD_KDMP_CHANNELLING -> ((Operation.RecordKdmpChannelling) op).amount();
      case MOVE_CASH -> ((Operation.MoveCash) op).amount();
      case RECORD_BANK_INTEREST -> ((Operation.RecordBankInterest) op).gross();
      case RECORD_BANK_FEE -> ((Operation.RecordBankFee) op).amount();
      case SUBMIT_LINED_SPP -> ((SubmitLinedSpp) op).lines().stream().map(SubmitLinedSpp.Line::amount)
          .filter(m -> !exact(m) || !m.isPositive()).findFirst().orElse(((SubmitLinedSpp) op).amount());
      case ACCOUNT_PANJAR -> ((Operation.AccountPanjar) op).receipts().stream().map(Operation.AccountPanjar.Receipt::amount)
          .filter(m -> !exact(m) || !m.isPositive()).findFirst().orElse(null); // a final SPJ may have no receipt
      case OPEN_YEAR -> java.util.stream.Stream.of(((Operation.OpenYear) op).silpa().values().stream(),
              ((Operation.OpenYear) op).dpal().stream().map(Operation.OpenYear.Carried::remaining),
              ((Operation.OpenYear) op).taxOwed().stream().map(Operation.OpenYear.CarriedTax::amount))
          .flatMap(x -> x)
          .filter(m -> !exact(m) || !m.isPositive()).findFirst().orElse(null);
      case SETTLE_PANJAR, REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, VERIFY_SPP,
          APPROVE_SPP, REJECT_SPP, CANCEL_SPP, PAY_SPP, REVERSE_RECEIPT, REVERSE_PAYMENT, CLOSE_YEAR, CLOSE_MONTH, RETURN_BUDGET,
          CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET, CHANGE_BLT_LIST -> null; // an SPJ may spend nothing: below
    };
    if (positive != null && (!exact(positive) || !positive.isPositive())) {
      throw broken(g, op, o, "accepted with the amount " + positive + ": payments and receipts are positive IDR to the sen");
    }
    MonetaryAmount spent = op.kind() == OperationKind.SETTLE_PANJAR ? ((SettlePanjar) op).spent() : null;
    if (spent != null && (!exact(spent) || spent.isNegative())) {
      throw broken(g, op, o, "accepted an SPJ of " + spent + ": spent is IDR to the sen, never negative");
    }
  }

  private static boolean exact(MonetaryAmount m) {
    return Idr.isIdr(m) && Idr.isExactToSen(m);
  }

  private void lifecycle(Guarantee g, Operation op, Outcome o, LedgerPosition before) {
    if (!o.isAccepted()) {
      return;
    }
    if (closed) {
      throw broken(g, op, o, "accepted after the year-end close (tutup buku)");
    }
    if ((op.kind() == OperationKind.SUBMIT_SPP || op.kind() == OperationKind.SUBMIT_FINANCING_SPP || op.kind() == OperationKind.SUBMIT_LINED_SPP
        || op.kind() == OperationKind.SUBMIT_BLT_SPP) && !enacted) {
      throw broken(g, op, o, "an SPP accepted before the budget is enacted (no spending without an enacted APBDes)");
    }
    if (op.kind().movesMoney() && op.businessDate(zone).getYear() != policy.fiscalYear()) {
      throw broken(g, op, o, "dated " + op.businessDate(zone) + ", outside fiscal year " + policy.fiscalYear());
    }
    if (op.kind() == OperationKind.DRAFT_BUDGET && drafted != null) {
      throw broken(g, op, o, "a second original budget drafted; the budget is drafted once, then revised once");
    }
    if (op.kind() == OperationKind.DRAFT_REVISION && revisionDrafted) {
      throw broken(g, op, o, "a second revision (perubahan APBDes) accepted; at most one per fiscal year");
    }
    if (op.kind() == OperationKind.CLOSE_MONTH && !op.businessDate(zone).isAfter(((Operation.CloseMonth) op).month().atEndOfMonth())) {
      throw broken(g, op, o, "month " + ((Operation.CloseMonth) op).month() + " closed on " + op.businessDate(zone) + ", before it ended");
    }
    if (op.kind() == OperationKind.OPEN_YEAR && (opened || !spps.isEmpty())) {
      throw broken(g, op, o, opened ? "a second opening of the books accepted; the year opens once" : "the books opened after an SPP was submitted; the year opens before any spending");
    }
    if (op.kind() == OperationKind.CLOSE_YEAR && op.businessDate(zone).isBefore(LocalDate.of(policy.fiscalYear(), 12, 31))) {
      throw broken(g, op, o, "the year closed on " + op.businessDate(zone) + ", before 31 December");
    }
    if (op.kind() == OperationKind.ENACT_BUDGET && revisionPending) {
      Set<BudgetItemKey> keys = new TreeSet<>(before.items().keySet());
      keys.addAll(draftedItems.keySet());
      for (BudgetItemKey k : keys) {
        ItemPosition p = before.item(k);
        Money revised = draftedItems.getOrDefault(k, Idr.ZERO);
        Money used = p.committed().add(p.realised());
        if (revised.isLessThan(used)) {
          throw broken(g, op, o, "the revision cuts item " + k + " to " + revised + ", below the " + used + " committed and realised");
        }
      }
    }
  }

  private void withinItem(Guarantee g, Operation op, Outcome o, LedgerPosition after) {
    after.items().forEach((k, p) -> {
      if (p.committed().isNegative() || p.realised().isNegative() || p.committed().add(p.realised()).isGreaterThan(p.budget())) {
        throw broken(g, op, o, "item " + k + ": budget " + p.budget() + ", committed " + p.committed() + ", realised " + p.realised());
      }
    });
  }

  private void cash(Guarantee g, Operation op, Outcome o, LedgerPosition after) {
    after.funds().forEach((f, p) -> {
      if (p.taxPayable().isNegative() || p.available().isNegative()) {
        throw broken(g, op, o, "fund source " + f + ": cash " + p.cash() + ", tax owed " + p.taxPayable() + ", available " + p.available());
      }
    });
  }

  private void books(Guarantee g, Operation op, Outcome o, LedgerPosition after) {
    if (!after.bkuBalance().isEqualTo(after.totalCash())) {
      throw broken(g, op, o, "the BKU balance " + after.bkuBalance() + " differs from the cash of all fund sources, " + after.totalCash());
    }
    after.funds().forEach((f, p) -> {
      if (p.taxPayable().isNegative()) {
        throw broken(g, op, o, "fund source " + f + " owes negative tax " + p.taxPayable());
      }
    });
  }

  private void idempotency(Guarantee g, Operation op, Operation seen, Outcome o, LedgerPosition before, LedgerPosition after) {
    if (seen == null) {
      if (o.status() == Outcome.Status.DUPLICATE) {
        throw broken(g, op, o, "reported as a duplicate, but no operation with id " + op.id() + " was accepted");
      }
      return;
    }
    if (seen.equals(op)) {
      if (o.status() != Outcome.Status.DUPLICATE || !after.sameAs(before)) {
        throw broken(g, op, o, "the same operation again must be a no-op duplicate");
      }
    } else if (!o.isRejected() || !o.has(Rule.IDEMPOTENCY_CONFLICT)) {
      throw broken(g, op, o, "id " + op.id() + " was used for " + LedgerScenario.describe(seen) + "; other content under it is a conflict ("
          + Rule.IDEMPOTENCY_CONFLICT + ")");
    }
  }

  // ------------------------------------------------------- reversal (I9), panjar (I5), tax (I10)

  private void reversal(Guarantee g, Operation op, Outcome o) {
    if (op instanceof ReverseReceipt r && !receipts.containsKey(r.receipt())) {
      throw broken(g, op, o, "reversed receipt " + r.receipt() + ", which is not an accepted, unreversed receipt");
    }
    if (op instanceof ReversePayment r) {
      Spp s = spps.get(r.spp());
      if (s == null || s.status != SppStatus.PAID) {
        throw broken(g, op, o, "reversed the payment of SPP " + r.spp() + ", which is " + (s == null ? "not an accepted SPP" : s.status) + ", not paid");
      }
      if (s.deposited) {
        throw broken(g, op, o, "reversed the payment of SPP " + r.spp() + " after tax withheld on it was deposited (a later dependent)");
      }
    }
  }

  private void panjar(Guarantee g, SettlePanjar op, Outcome o) {
    Spp s = spps.get(op.spp());
    if (s == null || s.submit.type() != SppType.UM || s.status != SppStatus.PAID) {
      throw broken(g, op, o, "an SPJ for SPP " + op.spp() + ", which is " + (s == null ? "not an accepted SPP" : s.submit.type() + " " + s.status) + ", not a paid panjar");
    }
    if (sen(op.spent()) > sen(s.submit.amount())) {
      throw broken(g, op, o, "an SPJ of " + op.spent() + " for a panjar of " + s.submit.amount() + ": more than the advance");
    }
  }

  /**
   * An SPJ with receipts (issue 14): for a paid panjar, and a partial one never takes what the
   * panjar's SPJ account for beyond the advance ({@code I5.panjar-overaccounted}); the final one
   * may, its excess paid further (kekurangan panjar) within the item and the cash.
   */
  private void accountedPanjar(Guarantee g, Operation.AccountPanjar op, Outcome o) {
    Spp s = spps.get(op.spp());
    if (s == null || s.submit.type() != SppType.UM || s.status != SppStatus.PAID) {
      throw broken(g, op, o, "an SPJ for SPP " + op.spp() + ", which is " + (s == null ? "not an accepted SPP" : s.submit.type() + " " + s.status) + ", not a paid panjar");
    }
    long spent = op.receipts().stream().mapToLong(r -> sen(r.amount())).sum();
    if (op.stage() == Operation.AccountPanjar.Stage.PARTIAL && s.spjSpent + spent > sen(s.submit.amount())) {
      throw broken(g, op, o, "a partial SPJ took panjar " + op.spp() + " to " + Idr.formatSen(s.spjSpent + spent) + ", above its advance of " + s.submit.amount());
    }
  }

  private void tax(Guarantee g, DepositTax op, Outcome o) {
    Spp s = spps.get(op.spp());
    if (s == null || s.submit.type() != SppType.LS || s.status != SppStatus.PAID) {
      throw broken(g, op, o, "a tax deposit on SPP " + op.spp() + ", which is " + (s == null ? "not an accepted SPP" : s.submit.type() + " " + s.status) + ", not a paid LS SPP");
    }
    if (!s.withheld.contains(op.tax())) {
      throw broken(g, op, o, "a deposit of " + op.tax() + " on SPP " + op.spp() + ", whose payment withheld " + s.withheld);
    }
    if (s.owedByType.containsKey(op.tax()) && sen(op.amount()) > s.owedByType.get(op.tax())) {
      throw broken(g, op, o, "a deposit of " + op.amount() + " " + op.tax() + " on SPP " + op.spp() + ", which still owes " + Idr.formatSen(s.owedByType.get(op.tax())) + " of it");
    }
    if (sen(op.amount()) > s.taxOwed) {
      throw broken(g, op, o, "a deposit of " + op.amount() + " " + op.tax() + " on SPP " + op.spp() + ", which still owes " + Idr.formatSen(s.taxOwed) + " in all");
    }
  }

  // ------------------------------------------------------------------------------ duties (I7)

  private void duties(Guarantee g, Operation op, Outcome o) {
    if (!o.isAccepted()) {
      return;
    }
    Official actor = op.actor();
    if (actor.role() == Role.EVALUATOR_KABUPATEN) {
      if (op.kind() != OperationKind.EVALUATE_BUDGET && op.kind() != OperationKind.RETURN_BUDGET && op.kind() != OperationKind.CANCEL_BUDGET) {
        throw broken(g, op, o, "the district evaluator only evaluates the draft budget (returns it for correction, or cancels the enacted Perdes, Pasal 36)");
      }
      return;
    }
    boolean bootstrap = op instanceof RegisterOfficial r && r.official().equals(actor) && actor.role() == Role.KEPALA_DESA
        && registered.values().stream().noneMatch(x -> x.role() == Role.KEPALA_DESA);
    if (!bootstrap && !actor.equals(registered.get(actor.id()))) {
      throw broken(g, op, o, actor + " is not a registered official of the village in that role (registered: " + registered.get(actor.id()) + ")");
    }
    Role required = requiredRole(op);
    if (required != null && actor.role() != required) {
      throw broken(g, op, o, "taken by " + actor + "; it is the " + required + "'s step");
    }
    String who = actor.id();
    if (op.kind() == OperationKind.SUBMIT_SPP) {
      SubmitSpp s = (SubmitSpp) op;
      if (!kegiatanOf.getOrDefault(who, Set.of()).contains(s.item().kegiatan())) {
        throw broken(g, op, o, actor + " is not the PKA of kegiatan " + s.item().kegiatan());
      }
      return;
    }
    if (op.kind() == OperationKind.SUBMIT_BLT_SPP) {
      Operation.SubmitBltSpp s = (Operation.SubmitBltSpp) op;
      if (!kegiatanOf.getOrDefault(who, Set.of()).contains(s.item().kegiatan())) {
        throw broken(g, op, o, actor + " is not the PKA of kegiatan " + s.item().kegiatan());
      }
      return;
    }
    if (op.kind() == OperationKind.SUBMIT_LINED_SPP) {
      for (SubmitLinedSpp.Line l : ((SubmitLinedSpp) op).lines()) {
        if (!kegiatanOf.getOrDefault(who, Set.of()).contains(l.item().kegiatan())) {
          throw broken(g, op, o, actor + " is not the PKA of kegiatan " + l.item().kegiatan());
        }
      }
      return;
    }
    OperationId sppId = sppOf(op);
    if (sppId == null) {
      return;
    }
    Spp s = spps.get(sppId);
    if (s == null) {
      throw broken(g, op, o, "a step accepted on SPP " + sppId + ", which was never submitted");
    }
    String submitter = s.submit.actor().id();
    boolean step = switch (op.kind()) {
      case VERIFY_SPP -> {
        need(g, op, o, s, SppStatus.SUBMITTED);
        yield distinct(g, op, o, who, submitter);
      }
      case APPROVE_SPP -> {
        need(g, op, o, s, SppStatus.VERIFIED);
        yield distinct(g, op, o, who, submitter, s.verifier);
      }
      case PAY_SPP -> {
        need(g, op, o, s, SppStatus.APPROVED);
        yield distinct(g, op, o, who, submitter, s.verifier, s.approver);
      }
      case REJECT_SPP -> {
        Role role = s.status == SppStatus.SUBMITTED ? Role.SEKRETARIS_DESA : s.status == SppStatus.VERIFIED ? Role.KEPALA_DESA : null;
        if (role == null || actor.role() != role) {
          throw broken(g, op, o, "an SPP " + s.status + " is rejected by the Sekretaris Desa at verification or the Kepala Desa at approval, not " + actor);
        }
        yield distinct(g, op, o, who, submitter, s.verifier);
      }
      case CANCEL_SPP -> {
        if (!s.status.isPending()) {
          throw broken(g, op, o, "SPP " + sppId + " is " + s.status + "; only an SPP not yet paid is cancelled");
        }
        if (!who.equals(submitter) && actor.role() != Role.KEPALA_DESA) {
          throw broken(g, op, o, "only the submitting PKA or the Kepala Desa cancels an SPP, not " + actor);
        }
        yield true;
      }
      case ACCOUNT_PANJAR -> {
        need(g, op, o, s, SppStatus.PAID);
        if (s.submit.type() != SppType.UM) {
          throw broken(g, op, o, "an SPJ for SPP " + sppId + ", which is LS, not a panjar");
        }
        if (!who.equals(submitter) && !kegiatanOf.getOrDefault(who, Set.of()).contains(s.submit.item().kegiatan())) {
          throw broken(g, op, o, actor + " accounts for a panjar of a kegiatan that is not theirs");
        }
        Operation.AccountPanjar a = (Operation.AccountPanjar) op;
        // a partial SPJ beyond the advance is I5 (PANJAR), not a duty
        for (Operation.AccountPanjar.Receipt r : a.receipts()) {
          if (r.purchase().isPersonalIncome()) {
            throw broken(g, op, o, "income to a person (" + r.purchase() + ") accepted on an SPJ panjar");
          }
        }
        yield true;
      }
      case SETTLE_PANJAR -> {
        need(g, op, o, s, SppStatus.PAID);
        if (s.submit.type() != SppType.UM) {
          throw broken(g, op, o, "an SPJ for SPP " + sppId + ", which is LS, not a panjar");
        }
        if (!who.equals(submitter) && !kegiatanOf.getOrDefault(who, Set.of()).contains(s.submit.item().kegiatan())) {
          throw broken(g, op, o, actor + " accounts for a panjar of a kegiatan that is not theirs");
        }
        yield true;
      }
      case REVERSE_PAYMENT -> {
        need(g, op, o, s, SppStatus.PAID);
        yield true;
      }
      case DEPOSIT_TAX -> false; // refers to a paid SPP but takes no step: its limit is the tax owed (MOVEMENTS, BOOKS)
      case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, RECEIVE_REVENUE, SUBMIT_SPP,
          REVERSE_RECEIPT, CLOSE_YEAR, SUBMIT_FINANCING_SPP, CLOSE_MONTH, SUBMIT_LINED_SPP, DEPOSIT_TAX_PERIOD, RETURN_BUDGET,
          CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET, RECORD_KDMP_CHANNELLING, MOVE_CASH, CHANGE_BLT_LIST, SUBMIT_BLT_SPP, OPEN_YEAR,
          RECORD_BANK_INTEREST, RECORD_BANK_FEE ->
          throw new IllegalStateException(op.kind() + " refers to no SPP");
    };
    assert step || op.kind() == OperationKind.DEPOSIT_TAX;
  }

  /** The role of each step, as the contract states it on its own (DESIGN §2); null where it depends on the SPP (reject, cancel). */
  private static Role requiredRole(Operation op) {
    return switch (op.kind()) {
      case REGISTER_OFFICIAL, AGREE_BUDGET, ENACT_BUDGET, APPROVE_SPP, CHANGE_BLT_LIST -> Role.KEPALA_DESA;
      case DRAFT_BUDGET, DRAFT_REVISION, VERIFY_SPP -> Role.SEKRETARIS_DESA;
      case RECEIVE_REVENUE, PAY_SPP, DEPOSIT_TAX, REVERSE_RECEIPT, REVERSE_PAYMENT, CLOSE_YEAR, CLOSE_MONTH, DEPOSIT_TAX_PERIOD, RECORD_KDMP_CHANNELLING, MOVE_CASH -> Role.KAUR_KEUANGAN;
      case SUBMIT_SPP, SETTLE_PANJAR, SUBMIT_FINANCING_SPP, SUBMIT_LINED_SPP, SUBMIT_BLT_SPP, ACCOUNT_PANJAR -> Role.PELAKSANA_KEGIATAN;
      case EVALUATE_BUDGET, RETURN_BUDGET, CANCEL_BUDGET -> Role.EVALUATOR_KABUPATEN;
      case OPEN_YEAR, RECORD_BANK_INTEREST, RECORD_BANK_FEE -> Role.KAUR_KEUANGAN;
      case CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY -> Role.KEPALA_DESA;
      case REJECT_SPP, CANCEL_SPP -> null;
    };
  }

  /** The budget a change by Perkades puts in force. */
  private static id.smartkampung.core.budget.Apbdes changedBudget(Operation op) {
    return switch (op.kind()) {
      case SHIFT_BUDGET -> ((Operation.ShiftBudget) op).budget();
      case ADD_LATE_GRANT -> ((Operation.AddLateGrant) op).budget();
      case SPEND_EMERGENCY -> ((Operation.SpendEmergency) op).budget();
      default -> throw new IllegalArgumentException(op.kind() + " is not a change by Perkades");
    };
  }

  /** The SPP an operation refers to, or null. */
  private static OperationId sppOf(Operation op) {
    return switch (op.kind()) {
      case VERIFY_SPP -> ((VerifySpp) op).spp();
      case APPROVE_SPP -> ((ApproveSpp) op).spp();
      case PAY_SPP -> ((PaySpp) op).spp();
      case REJECT_SPP -> ((RejectSpp) op).spp();
      case CANCEL_SPP -> ((CancelSpp) op).spp();
      case SETTLE_PANJAR -> ((SettlePanjar) op).spp();
      case ACCOUNT_PANJAR -> ((Operation.AccountPanjar) op).spp();
      case DEPOSIT_TAX -> ((DepositTax) op).spp();
      case REVERSE_PAYMENT -> ((ReversePayment) op).spp();
      case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, RECEIVE_REVENUE, SUBMIT_SPP,
          REVERSE_RECEIPT, CLOSE_YEAR, SUBMIT_FINANCING_SPP, CLOSE_MONTH, SUBMIT_LINED_SPP, DEPOSIT_TAX_PERIOD, RETURN_BUDGET,
          CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET, RECORD_KDMP_CHANNELLING, MOVE_CASH, CHANGE_BLT_LIST, SUBMIT_BLT_SPP, OPEN_YEAR,
          RECORD_BANK_INTEREST, RECORD_BANK_FEE -> null;
    };
  }

  private void need(Guarantee g, Operation op, Outcome o, Spp s, SppStatus status) {
    if (s.status != status) {
      throw broken(g, op, o, "SPP " + s.submit.id() + " is " + s.status + "; this step needs it " + status + " (each step once, in order)");
    }
  }

  /** Throws unless {@code actor} is none of the earlier persons; true. */
  private boolean distinct(Guarantee g, Operation op, Outcome o, String actor, String... earlier) {
    for (String e : earlier) {
      if (actor.equals(e)) {
        throw broken(g, op, o, "person " + actor + " took an earlier step of the same SPP (submitter, verifier, approver and payer are distinct)");
      }
    }
    return true;
  }

  // ------------------------------------------------------------------------ movements (I10)

  private void movements(Guarantee g, Operation op, Outcome o, LedgerPosition before, LedgerPosition after) {
    Map<BudgetItemKey, long[]> items = new TreeMap<>();
    before.items().forEach((k, p) -> items.put(k, new long[] {sen(p.budget()), sen(p.committed()), sen(p.realised())}));
    Map<FundSource, long[]> funds = new TreeMap<>();
    before.funds().forEach((f, p) -> funds.put(f, new long[] {sen(p.received()), sen(p.cash()), sen(p.taxPayable())}));
    long cashBefore = funds.values().stream().mapToLong(x -> x[1]).sum();
    // a switch expression without default: the compiler checks that every kind's movements are stated
    boolean moves = switch (op.kind()) {
      case RECEIVE_REVENUE -> {
        ReceiveRevenue r = (ReceiveRevenue) op;
        long[] f = fund(funds, r.fundSource());
        f[0] += sen(r.amount());
        f[1] += sen(r.amount());
        yield true;
      }
      case REVERSE_RECEIPT -> {
        ReverseReceipt r = (ReverseReceipt) op;
        ReceiveRevenue receipt = receipts.get(r.receipt());
        if (receipt == null) {
          throw broken(g, op, o, "reversed receipt " + r.receipt() + ", which is not an accepted, unreversed receipt");
        }
        long[] f = fund(funds, receipt.fundSource());
        f[0] -= sen(receipt.amount());
        f[1] -= sen(receipt.amount());
        yield true;
      }
      case SUBMIT_SPP -> {
        SubmitSpp sub = (SubmitSpp) op;
        item(items, sub.item())[1] += sen(sub.amount());
        yield true;
      }
      case SUBMIT_BLT_SPP -> {
        Operation.SubmitBltSpp sub = (Operation.SubmitBltSpp) op;
        item(items, sub.item())[1] += sen(sub.amount());
        yield true;
      }
      case SUBMIT_FINANCING_SPP -> true; // reserves on a financing item (6.2.x), outside the belanja items and the cash
      case RECORD_KDMP_CHANNELLING -> {
        // Dana Desa revenue with its matching financing outflow (PMK 7/2026 pasal 26): received, never cash
        fund(funds, FundSource.DDS)[0] += sen(((Operation.RecordKdmpChannelling) op).amount());
        yield true;
      }
      case SUBMIT_LINED_SPP -> {
        for (SubmitLinedSpp.Line l : ((SubmitLinedSpp) op).lines()) {
          item(items, l.item())[1] += sen(l.amount());
        }
        yield true;
      }
      case DEPOSIT_TAX_PERIOD -> {
        // one deposit of a tax type and period, taken from the fund sources that owe it: each one's cash and tax owed fall alike
        long total = 0;
        for (Map.Entry<FundSource, long[]> e : funds.entrySet()) {
          long drop = sen(before.fund(e.getKey()).taxPayable()) - sen(after.fund(e.getKey()).taxPayable());
          if (drop < 0) {
            throw broken(g, op, o, "a tax deposit raised the tax owed of " + e.getKey());
          }
          e.getValue()[1] -= drop;
          e.getValue()[2] -= drop;
          total += drop;
        }
        if (total != sen(((DepositTaxPeriod) op).amount())) {
          throw broken(g, op, o, "a deposit of " + ((DepositTaxPeriod) op).amount() + " lowered the tax owed by " + Idr.formatSen(total));
        }
        yield true;
      }
      case ENACT_BUDGET, ENACT_DEEMED_BUDGET -> {
        Set<BudgetItemKey> keys = new TreeSet<>(items.keySet());
        keys.addAll(draftedItems.keySet());
        for (BudgetItemKey k : keys) {
          item(items, k)[0] = sen(draftedItems.getOrDefault(k, Idr.ZERO));
        }
        yield true;
      }
      case SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY -> {
        // a change by Perkades puts the amended budget in force at once (issue 15)
        Map<BudgetItemKey, ? extends MonetaryAmount> amended = changedBudget(op).items();
        Set<BudgetItemKey> keys = new TreeSet<>(items.keySet());
        keys.addAll(amended.keySet());
        for (BudgetItemKey k : keys) {
          MonetaryAmount m = amended.get(k);
          item(items, k)[0] = m == null ? 0 : sen(m);
        }
        yield true;
      }
      case REJECT_SPP, CANCEL_SPP, PAY_SPP, SETTLE_PANJAR, DEPOSIT_TAX, REVERSE_PAYMENT, ACCOUNT_PANJAR -> sppMovements(g, op, o, items, funds, before, after);
      case OPEN_YEAR -> {
        // the SiLPA of each source comes in as its cash and receipts (6.1.1)
        ((Operation.OpenYear) op).silpa().forEach((source, m) -> {
          long[] f = fund(funds, source);
          f[0] += sen(m);
          f[1] += sen(m);
        });
        // the previous year's tax still owed comes in as cash held for the state: its cash and tax payable, not received
        for (Operation.OpenYear.CarriedTax t : ((Operation.OpenYear) op).taxOwed()) {
          long[] f = fund(funds, t.fundSource());
          f[1] += sen(t.amount());
          f[2] += sen(t.amount());
        }
        yield true;
      }
      case VERIFY_SPP, APPROVE_SPP, REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, DRAFT_REVISION, CLOSE_YEAR,
          CLOSE_MONTH, RETURN_BUDGET, CORRECT_BUDGET, CANCEL_BUDGET, CHANGE_BLT_LIST -> false;
      case MOVE_CASH -> true; // between the bank and the cash box of one fund source: its cash, the items and the BKU unchanged
      case RECORD_BANK_INTEREST -> {
        // the gross is received, the net comes into the cash; the tax the bank withheld is realised on its item
        Operation.RecordBankInterest b = (Operation.RecordBankInterest) op;
        long[] f = fund(funds, b.fundSource());
        f[0] += sen(b.gross());
        f[1] += sen(b.gross()) - sen(b.tax());
        if (b.taxItem() != null) {
          item(items, b.taxItem())[2] += sen(b.tax());
        }
        yield true;
      }
      case RECORD_BANK_FEE -> {
        // the bank's fee leaves the cash of the item's source and is realised on the item
        Operation.RecordBankFee b = (Operation.RecordBankFee) op;
        fund(funds, b.item().fundSource())[1] -= sen(b.amount());
        item(items, b.item())[2] += sen(b.amount());
        yield true;
      }
    };
    assert moves || !op.kind().movesMoney();
    long cashAfter = funds.values().stream().mapToLong(x -> x[1]).sum();
    ImmutableSortedMap.Builder<BudgetItemKey, ItemPosition> ib = ImmutableSortedMap.naturalOrder();
    items.forEach((k, v) -> ib.put(k, new ItemPosition(Idr.ofSen(v[0]), Idr.ofSen(v[1]), Idr.ofSen(v[2]))));
    ImmutableSortedMap.Builder<FundSource, FundPosition> fb = ImmutableSortedMap.naturalOrder();
    funds.forEach((k, v) -> fb.put(k, new FundPosition(Idr.ofSen(v[0]), Idr.ofSen(v[1]), Idr.ofSen(v[2]))));
    LedgerPosition expected = new LedgerPosition(ib.build(), fb.build(), Idr.ofSen(sen(before.bkuBalance()) + cashAfter - cashBefore));
    if (!expected.sameAs(after)) {
      throw broken(g, op, o, "the balances moved other than by the operation's amounts:\n  expected " + expected + "\n  shown    " + after);
    }
  }

  /** The movements of a step on an SPP that moves money or its reservation; true. */
  private boolean sppMovements(
      Guarantee g, Operation op, Outcome o, Map<BudgetItemKey, long[]> items, Map<FundSource, long[]> funds, LedgerPosition before, LedgerPosition after) {
    Spp s = spps.get(sppOf(op));
    if (s == null) {
      throw broken(g, op, o, "accepted a step on SPP " + sppOf(op) + ", which was never submitted");
    }
    if (s.submit.lines() != null) {
      return linedMovements(g, op, o, s, items, funds, before, after);
    }
    long gross = sen(s.submit.amount());
    // a financing SPP's item (6.2.x) is not among the position's belanja items: its movements go nowhere
    long[] i = s.submit.item() == null ? new long[3] : item(items, s.submit.item());
    long[] f = fund(funds, s.submit.fundSource());
    return switch (op.kind()) {
      case REJECT_SPP, CANCEL_SPP -> {
        i[1] -= gross;
        yield true;
      }
      case PAY_SPP -> {
        if (s.submit.type() == SppType.LS) {
          long tax = taxWithheld(g, op, o, (PaySpp) op, gross, before, after);
          i[1] -= gross;
          i[2] += gross;
          f[1] -= gross - tax;
          f[2] += tax;
        } else {
          f[1] -= gross;
        }
        yield true;
      }
      case SETTLE_PANJAR -> {
        long spent = sen(((SettlePanjar) op).spent());
        i[1] -= gross;
        i[2] += spent;
        f[1] += gross - spent;
        yield true;
      }
      case ACCOUNT_PANJAR -> {
        // the receipts are realised; their taxes are collected into the fund's cash and tax owed (read from the books,
        // bounded by what was spent); the final SPJ releases the rest of the reservation and returns the rest or pays the excess
        Operation.AccountPanjar a = (Operation.AccountPanjar) op;
        long spent = a.receipts().stream().mapToLong(r -> sen(r.amount())).sum();
        FundSource fs = s.submit.fundSource();
        long tax = sen(after.fund(fs).taxPayable()) - sen(before.fund(fs).taxPayable());
        if (tax < 0 || tax > spent) {
          throw broken(g, op, o, "an SPJ of " + Idr.formatSen(spent) + " changed the tax owed of " + fs + " by " + Idr.formatSen(tax));
        }
        i[2] += spent;
        f[1] += tax;
        f[2] += tax;
        if (a.stage() == Operation.AccountPanjar.Stage.PARTIAL) {
          i[1] -= spent;
        } else {
          i[1] -= gross - s.spjSpent;
          f[1] += gross - s.spjSpent - spent;
        }
        yield true;
      }
      case DEPOSIT_TAX -> {
        f[1] -= sen(((DepositTax) op).amount());
        f[2] -= sen(((DepositTax) op).amount());
        yield true;
      }
      case REVERSE_PAYMENT -> {
        if (s.submit.type() == SppType.LS) {
          i[2] -= gross;
          f[1] += gross - s.taxOwed;
          f[2] -= s.taxOwed;
        } else {
          i[1] -= gross;
          f[1] += gross;
        }
        yield true;
      }
      case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, RECEIVE_REVENUE, SUBMIT_SPP,
          VERIFY_SPP, APPROVE_SPP, REVERSE_RECEIPT, CLOSE_YEAR, SUBMIT_FINANCING_SPP, CLOSE_MONTH, SUBMIT_LINED_SPP, DEPOSIT_TAX_PERIOD,
          RETURN_BUDGET, CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET, RECORD_KDMP_CHANNELLING, MOVE_CASH, CHANGE_BLT_LIST, SUBMIT_BLT_SPP, OPEN_YEAR,
          RECORD_BANK_INTEREST, RECORD_BANK_FEE ->
          throw new IllegalStateException(op.kind() + " is not a money step on an SPP");
    };
  }

  /** The movements of a step on a lined SPP: each line on its own item and fund source; true. */
  private boolean linedMovements(
      Guarantee g, Operation op, Outcome o, Spp s, Map<BudgetItemKey, long[]> items, Map<FundSource, long[]> funds, LedgerPosition before, LedgerPosition after) {
    Map<FundSource, Long> gross = new TreeMap<>();
    for (SubmitLinedSpp.Line l : s.submit.lines()) {
      gross.merge(l.item().fundSource(), sen(l.amount()), Long::sum);
    }
    switch (op.kind()) {
      case REJECT_SPP, CANCEL_SPP -> s.submit.lines().forEach(l -> item(items, l.item())[1] -= sen(l.amount()));
      case PAY_SPP -> {
        s.submit.lines().forEach(l -> {
          item(items, l.item())[1] -= sen(l.amount());
          item(items, l.item())[2] += sen(l.amount());
        });
        gross.forEach((fs, gr) -> {
          long tax = sen(after.fund(fs).taxPayable()) - sen(before.fund(fs).taxPayable());
          if (tax < 0 || tax > gr) {
            throw broken(g, op, o, "the tax owed of " + fs + " moved by " + Idr.formatSen(tax) + " on lines of " + Idr.formatSen(gr));
          }
          long[] f = fund(funds, fs);
          f[1] -= gr - tax;
          f[2] += tax;
        });
      }
      case REVERSE_PAYMENT -> {
        s.submit.lines().forEach(l -> item(items, l.item())[2] -= sen(l.amount()));
        gross.forEach((fs, gr) -> {
          long tax = s.taxByFund.getOrDefault(fs, 0L);
          long[] f = fund(funds, fs);
          f[1] += gr - tax;
          f[2] -= tax;
        });
      }
      default -> throw broken(g, op, o, op.kind() + " accepted on lined SPP " + s.submit.id());
    }
    return true;
  }

  /** The tax withheld on an LS payment, as the ledger shows it: within [0, gross), zero when none is asked. */
  private long taxWithheld(Guarantee g, Operation op, Outcome o, PaySpp p, long gross, LedgerPosition before, LedgerPosition after) {
    FundSource f = spps.get(p.spp()).submit.fundSource();
    long tax = sen(after.fund(f).taxPayable()) - sen(before.fund(f).taxPayable());
    if (tax < 0 || tax >= gross || (p.withhold().isEmpty() && tax != 0)) {
      throw broken(g, op, o, "the tax owed of " + f + " moved by " + Idr.formatSen(tax) + " on a payment of " + Idr.formatSen(gross) + " withholding " + p.withhold());
    }
    return tax;
  }

  private static long[] item(Map<BudgetItemKey, long[]> items, BudgetItemKey k) {
    return items.computeIfAbsent(k, x -> new long[3]);
  }

  private static long[] fund(Map<FundSource, long[]> funds, FundSource f) {
    return funds.computeIfAbsent(f, x -> new long[3]);
  }

  private static long sen(MonetaryAmount m) {
    return Idr.toSen(m);
  }

  // ---------------------------------------------------------------------------------- track

  private void track(Operation op, LedgerPosition before, LedgerPosition after) {
    accepted.add(op);
    acceptedById.put(op.id(), op);
    if (lastAt == null || op.at().isAfter(lastAt)) {
      lastAt = op.at();
    }
    Spp s = sppOf(op) == null ? null : spps.get(sppOf(op));
    if (s != null) {
      s.lastAt = op.at();
    }
    // a switch expression without default: the compiler checks that every kind is tracked
    boolean tracked = switch (op.kind()) {
      case REGISTER_OFFICIAL -> {
        RegisterOfficial r = (RegisterOfficial) op;
        registered.put(r.official().id(), r.official());
        kegiatanOf.put(r.official().id(), Set.copyOf(r.kegiatan()));
        yield true;
      }
      case DRAFT_BUDGET -> draft(((DraftBudget) op).budget());
      case DRAFT_REVISION -> {
        draft(((DraftRevision) op).budget());
        revisionDrafted = true;
        revisionPending = true;
        yield true;
      }
      case ENACT_BUDGET, ENACT_DEEMED_BUDGET -> {
        enacted = true;
        enactedAt = op.at();
        revisionPending = false;
        yield true;
      }
      case CLOSE_MONTH -> {
        closedThrough = ((Operation.CloseMonth) op).month();
        yield true;
      }
      case CORRECT_BUDGET -> draft(((Operation.CorrectBudget) op).budget());
      case SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY -> draft(changedBudget(op));
      case RECEIVE_REVENUE -> receipts.put(op.id(), (ReceiveRevenue) op) == null;
      case REVERSE_RECEIPT -> receipts.remove(((ReverseReceipt) op).receipt()) != null;
      case SUBMIT_SPP -> spps.put(op.id(), submitted(new Spp(Request.of((SubmitSpp) op)), op)) == null;
      case SUBMIT_FINANCING_SPP -> spps.put(op.id(), submitted(new Spp(Request.of((SubmitFinancingSpp) op)), op)) == null;
      case SUBMIT_LINED_SPP -> spps.put(op.id(), submitted(new Spp(Request.of((SubmitLinedSpp) op)), op)) == null;
      case SUBMIT_BLT_SPP -> {
        Spp b = submitted(new Spp(Request.of((Operation.SubmitBltSpp) op)), op);
        b.blt = (Operation.SubmitBltSpp) op;
        yield spps.put(op.id(), b) == null;
      }
      case CHANGE_BLT_LIST -> {
        kpmList.addAll(((Operation.ChangeBltList) op).added());
        kpmList.removeAll(((Operation.ChangeBltList) op).removed());
        yield true;
      }
      case DEPOSIT_TAX_PERIOD -> false; // its limit is the period's tax owed, which the ledger's books show (MOVEMENTS)
      case CLOSE_YEAR -> closed = true;
      case AGREE_BUDGET, EVALUATE_BUDGET, RETURN_BUDGET, CANCEL_BUDGET, RECORD_KDMP_CHANNELLING, MOVE_CASH, RECORD_BANK_INTEREST, RECORD_BANK_FEE -> false; // no state the contracts keep
      case OPEN_YEAR -> opened = true;
      case VERIFY_SPP, APPROVE_SPP, REJECT_SPP, CANCEL_SPP, PAY_SPP, SETTLE_PANJAR, DEPOSIT_TAX, REVERSE_PAYMENT, ACCOUNT_PANJAR ->
          s != null && trackStep(s, op, before, after) != null;
    };
    assert tracked || s == null || op.kind() == OperationKind.AGREE_BUDGET || op.kind() == OperationKind.EVALUATE_BUDGET;
  }

  private static Spp submitted(Spp s, Operation submit) {
    s.lastAt = submit.at();
    return s;
  }

  /** What a step on a known SPP changes in the run's account of it; the status after it. */
  private SppStatus trackStep(Spp s, Operation op, LedgerPosition before, LedgerPosition after) {
    return switch (op.kind()) {
      case VERIFY_SPP -> {
        s.verifier = op.actor().id();
        yield s.status = SppStatus.VERIFIED;
      }
      case APPROVE_SPP -> {
        s.approver = op.actor().id();
        yield s.status = SppStatus.APPROVED;
      }
      case REJECT_SPP -> s.status = SppStatus.REJECTED;
      case CANCEL_SPP -> s.status = SppStatus.CANCELLED;
      case PAY_SPP -> {
        if (s.submit.lines() != null) {
          Map<FundSource, Long> byFund = new TreeMap<>();
          for (SubmitLinedSpp.Line l : s.submit.lines()) {
            FundSource fs = l.item().fundSource();
            byFund.put(fs, sen(after.fund(fs).taxPayable()) - sen(before.fund(fs).taxPayable()));
          }
          s.taxByFund = byFund;
          yield s.status = SppStatus.PAID;
        }
        FundSource f = s.submit.fundSource();
        s.taxOwed = Math.max(0, sen(after.fund(f).taxPayable()) - sen(before.fund(f).taxPayable()));
        s.withheld = Set.copyOf(((PaySpp) op).withhold());
        s.owedByType = owedByType(sen(s.submit.amount()), s.withheld, s.taxOwed);
        yield s.status = SppStatus.PAID;
      }
      case SETTLE_PANJAR -> s.status = SppStatus.SETTLED;
      case ACCOUNT_PANJAR -> {
        Operation.AccountPanjar a = (Operation.AccountPanjar) op;
        s.spjSpent += a.receipts().stream().mapToLong(r -> sen(r.amount())).sum();
        yield s.status = a.stage() == Operation.AccountPanjar.Stage.FINAL ? SppStatus.SETTLED : SppStatus.PAID;
      }
      case DEPOSIT_TAX -> {
        DepositTax d = (DepositTax) op;
        s.taxOwed -= sen(d.amount());
        s.deposited = true;
        if (s.owedByType.containsKey(d.tax())) {
          Map<TaxType, Long> owed = new HashMap<>(s.owedByType);
          owed.merge(d.tax(), -sen(d.amount()), Long::sum);
          s.owedByType = owed;
        }
        yield s.status;
      }
      case REVERSE_PAYMENT -> s.status = SppStatus.REVERSED;
      case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, RECEIVE_REVENUE, SUBMIT_SPP,
          REVERSE_RECEIPT, CLOSE_YEAR, SUBMIT_FINANCING_SPP, CLOSE_MONTH, SUBMIT_LINED_SPP, DEPOSIT_TAX_PERIOD, RETURN_BUDGET,
          CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET, RECORD_KDMP_CHANNELLING, MOVE_CASH, CHANGE_BLT_LIST, SUBMIT_BLT_SPP, OPEN_YEAR,
          RECORD_BANK_INTEREST, RECORD_BANK_FEE ->
          throw new IllegalStateException(op.kind() + " takes no step on an SPP");
    };
  }

  /**
   * The tax withheld per type on a payment of {@code gross} sen: {@code gross × rate} of the pack,
   * down to whole rupiah — or nothing when these do not add up to {@code total}, the rise of tax
   * owed the ledger showed (a ledger that rounds otherwise is then held to the SPP's total alone).
   */
  private Map<TaxType, Long> owedByType(long gross, Set<TaxType> types, long total) {
    Map<TaxType, Long> owed = new HashMap<>();
    long sum = 0;
    for (TaxType t : types) {
      long tax = java.math.BigDecimal.valueOf(gross).multiply(policy.taxRate(t)).movePointLeft(2).setScale(0, java.math.RoundingMode.DOWN).longValueExact() * 100;
      owed.put(t, tax);
      sum += tax;
    }
    return sum == total ? owed : Map.of();
  }

  private boolean draft(Apbdes budget) {
    drafted = budget;
    draftedItems = budget.items();
    return true;
  }
}
