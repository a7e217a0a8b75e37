package id.smartkampung.demo.bench;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.CashPlace;
import id.smartkampung.core.ledger.LedgerSnapshot;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.DepositTax;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.SubmitSpp;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.ledger.SppStatus;
import id.smartkampung.core.ledger.SppType;
import id.smartkampung.core.ledger.Withholding;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's baseline: the same posting as the ledger's — the same state, in the same
 * representation ({@code long} sen in arrays indexed by item and fund source, SPPs and receipts by
 * id), the history and the id index, under a lock — with <b>no check at all</b>. It exists only
 * here, in the benchmark code; the library has no way to post without its checks.
 *
 * <p>It knows only the money operations of the benchmark stream (receipts, SPP steps, payments,
 * tax deposits, SPJ), trusts every operation and would corrupt its figures on a bad one.
 */
final class BareBooks {
  private static final TaxType[] TAX_TYPES = TaxType.values();

  private static final class Spp {
    final int item;
    final SppType type;
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

    /** An SPP with lines: per line its item, gross, taxes and their sum; null otherwise. */
    int[] lineItems;
    long[] lineAmounts;
    id.smartkampung.core.tax.TaxDetermination[] lineTaxes;
    long[] lineWithheld;
    /** Paid from the cash box rather than the bank. */
    boolean inCash;

    Spp(int item, SppType type, long amount, String submitter, LocalDate submittedOn) {
      this.item = item;
      this.type = type;
      this.amount = amount;
      this.submitter = submitter;
      this.submittedOn = submittedOn;
    }
  }

  private record Receipt(int fund, long amount, AccountCode account, int tranche) {}

  private final Object lock = new Object();
  private final List<Operation> history = new ArrayList<>();
  private final Map<OperationId, Integer> ids = new HashMap<>();
  private final BigDecimal[] rates = new BigDecimal[TAX_TYPES.length];
  private final Map<BudgetItemKey, Integer> itemIndex = new HashMap<>();
  private final List<BudgetItemKey> itemKeys = new ArrayList<>();
  private final int[] itemFund;
  private final long[] budget;
  private final long[] committed;
  private final long[] realised;
  private final Map<FundSource, Integer> fundIndex = new HashMap<>();
  private final List<FundSource> fundKeys = new ArrayList<>();
  private final long[] cash = new long[16];
  /** Cash on hand per fund source, and the movements per fund, place and day of the year: the ledger's own bookkeeping of places (issue 14). */
  private final long[] onHand = new long[16];
  private static final int DAYS = 367;
  private final long[] dayFlow = new long[16 * 2 * DAYS];
  private int flowDay;
  private final long[] taxPayable = new long[16];
  private final long[] received = new long[16];
  private final Map<AccountCode, long[]> receivedByAccount = new HashMap<>();
  private final long[] receivedByTranche = new long[8];
  private final Map<OperationId, Spp> spps = new HashMap<>();
  private final Map<OperationId, Receipt> receipts = new HashMap<>();
  /** The year's tax rules: SPP with lines have their taxes determined as the ledger does, at submission. */
  private final id.smartkampung.core.tax.TaxPolicy taxRules;
  /** Per payee {month (yyyymm), month gross, month PPh 21, year gross, year PPh 21}, sen. */
  private final Map<String, long[]> income = new HashMap<>();
  /** Per tax type and period, {withheld, deposited} per fund index, sen. */
  private final Map<id.smartkampung.core.tax.TaxPeriod, long[][]> periods = new java.util.TreeMap<>();
  private int pendingSpps;
  private int outstandingPanjar;
  private long taxOwedTotal;
  private Instant lastAt;
  private java.time.YearMonth closedThrough;

  BareBooks(Apbdes enacted, PolicyPack policy) {
    this.taxRules = policy.taxPolicy().orElse(null);
    for (TaxType t : TAX_TYPES) {
      rates[t.ordinal()] = policy.taxRate(t);
    }
    int n = enacted.items().size();
    itemFund = new int[n];
    budget = new long[n];
    committed = new long[n];
    realised = new long[n];
    enacted.items().forEach((key, amount) -> {
      int i = itemKeys.size();
      itemKeys.add(key);
      itemIndex.put(key, i);
      itemFund[i] = fund(key.fundSource());
      budget[i] = Idr.toSen(amount);
    });
  }

  /** Posts without checking; returns the sequence number. */
  long post(Operation op) {
    synchronized (lock) {
      // dispatched as the ledger does: a switch expression over the kind, without default
      boolean posted = switch (op.kind()) {
        case PAY_SPP -> {
          PaySpp o = (PaySpp) op;
          Spp s = spps.get(o.spp());
          s.inCash = o.place() == CashPlace.CASH;
          if (s.lineItems != null) {
            yield payLined(s, o.businessDate());
          }
          int f = itemFund[s.item];
          s.paidOn = o.businessDate();
          s.status = SppStatus.PAID;
          pendingSpps--;
          if (s.type == SppType.LS) {
            long tax = 0;
            for (TaxType t : o.withhold()) {
              long w = Withholding.taxSen(s.amount, rates[t.ordinal()]);
              s.withheld[t.ordinal()] = w;
              tax += w;
            }
            s.taxTotal = tax;
            committed[s.item] -= s.amount;
            realised[s.item] += s.amount;
            cash[f] -= s.amount - tax;
            flow(f, s.inCash, s.paidOn, -(s.amount - tax));
            taxPayable[f] += tax;
            taxOwedTotal += tax;
          } else {
            cash[f] -= s.amount;
            flow(f, s.inCash, s.paidOn, -s.amount);
            outstandingPanjar++;
          }
          yield true;
        }
        case SUBMIT_SPP -> {
          SubmitSpp o = (SubmitSpp) op;
          Spp s = new Spp(itemIndex.get(o.item()), o.type(), Idr.toSen(o.amount()), o.actor().id(), o.businessDate());
          spps.put(o.id(), s);
          committed[s.item] += s.amount;
          pendingSpps++;
          yield true;
        }
        case VERIFY_SPP -> {
          VerifySpp o = (VerifySpp) op;
          Spp s = spps.get(o.spp());
          s.verifier = o.actor().id();
          s.status = SppStatus.VERIFIED;
          yield true;
        }
        case APPROVE_SPP -> {
          ApproveSpp o = (ApproveSpp) op;
          Spp s = spps.get(o.spp());
          s.approver = o.actor().id();
          s.status = SppStatus.APPROVED;
          yield true;
        }
        case RECEIVE_REVENUE -> {
          ReceiveRevenue o = (ReceiveRevenue) op;
          int f = fund(o.fundSource());
          long sen = Idr.toSen(o.amount());
          cash[f] += sen;
          flow(f, o.place() == CashPlace.CASH, o.businessDate(), sen);
          received[f] += sen;
          receivedByAccount.computeIfAbsent(o.account(), a -> new long[1])[0] += sen;
          Integer number = o.tranche();
          int tranche = FundSource.DDS.equals(o.fundSource()) ? (number == null ? 0 : number) : -1;
          if (tranche >= 0) {
            receivedByTranche[tranche] += sen;
          }
          receipts.put(o.id(), new Receipt(f, sen, o.account(), tranche));
          yield true;
        }
        case SETTLE_PANJAR -> {
          SettlePanjar o = (SettlePanjar) op;
          Spp s = spps.get(o.spp());
          long spent = Idr.toSen(o.spent());
          s.spent = spent;
          s.settledOn = o.businessDate();
          s.status = SppStatus.SETTLED;
          committed[s.item] -= s.amount;
          realised[s.item] += spent;
          cash[itemFund[s.item]] += s.amount - spent;
          flow(itemFund[s.item], s.inCash, s.settledOn, s.amount - spent);
          outstandingPanjar--;
          yield true;
        }
        case DEPOSIT_TAX -> {
          DepositTax o = (DepositTax) op;
          Spp s = spps.get(o.spp());
          long sen = Idr.toSen(o.amount());
          s.deposited[o.tax().ordinal()] += sen;
          int f = itemFund[s.item];
          cash[f] -= sen;
          flow(f, false, o.businessDate(), -sen);
          taxPayable[f] -= sen;
          taxOwedTotal -= sen;
          yield true;
        }
        case CLOSE_MONTH -> {
          closedThrough = ((Operation.CloseMonth) op).month();
          yield true;
        }
        case SUBMIT_LINED_SPP -> submitLined((Operation.SubmitLinedSpp) op);
        case MOVE_CASH -> {
          Operation.MoveCash o = (Operation.MoveCash) op;
          int f = fund(o.fundSource());
          long sen = Idr.toSen(o.amount());
          boolean toCash = o.to() == CashPlace.CASH;
          flow(f, !toCash, o.businessDate(), -sen);
          flow(f, toCash, o.businessDate(), sen);
          yield true;
        }
        case DEPOSIT_TAX_PERIOD -> depositPeriod((Operation.DepositTaxPeriod) op);
        case REGISTER_OFFICIAL, DRAFT_BUDGET, AGREE_BUDGET, EVALUATE_BUDGET, ENACT_BUDGET, DRAFT_REVISION, RETURN_BUDGET, CORRECT_BUDGET, ENACT_DEEMED_BUDGET, SHIFT_BUDGET, ADD_LATE_GRANT, SPEND_EMERGENCY, CANCEL_BUDGET, REJECT_SPP, CANCEL_SPP, REVERSE_RECEIPT,
              REVERSE_PAYMENT, CLOSE_YEAR, SUBMIT_FINANCING_SPP, RECORD_KDMP_CHANNELLING, CHANGE_BLT_LIST, SUBMIT_BLT_SPP, ACCOUNT_PANJAR, OPEN_YEAR,
              RECORD_BANK_INTEREST, RECORD_BANK_FEE -> throw new IllegalArgumentException("the bare baseline posts only the money operations of the benchmark, not " + op);
      };
      assert posted;
      lastAt = op.at();
      history.add(op);
      ids.put(op.id(), history.size() - 1);
      return history.size();
    }
  }

  /** An SPP with lines: each line's taxes determined (with the payee's income so far for PPh 21), reserved per item. */
  private boolean submitLined(Operation.SubmitLinedSpp o) {
    int n = o.lines().size();
    Spp s = new Spp(-1, SppType.LS, 0, o.actor().id(), o.businessDate());
    s.lineItems = new int[n];
    s.lineAmounts = new long[n];
    s.lineTaxes = new id.smartkampung.core.tax.TaxDetermination[n];
    s.lineWithheld = new long[n];
    LocalDate on = o.businessDate();
    int month = on.getYear() * 100 + on.getMonthValue();
    long total = 0;
    for (int l = 0; l < n; l++) {
      Operation.SubmitLinedSpp.Line line = o.lines().get(l);
      id.smartkampung.core.tax.Payee payee = o.payee(line.payee());
      id.smartkampung.core.tax.Purchase purchase = id.smartkampung.core.tax.Purchase.of(line.purchase(), line.amount(), on);
      long[] in = null;
      if (line.purchase().isPersonalIncome()) {
        in = income.computeIfAbsent(payee.id(), k -> new long[5]);
        if (in[0] != month) {
          in[0] = month;
          in[1] = 0;
          in[2] = 0;
        }
        purchase = purchase.withEarlier(new id.smartkampung.core.tax.IncomeToDate(Idr.ofSen(in[1]), Idr.ofSen(in[2]), Idr.ofSen(in[3]), Idr.ofSen(in[4]), 12));
      }
      id.smartkampung.core.tax.TaxDetermination d = taxRules.determine(payee, purchase);
      long sen = Idr.toSen(line.amount());
      if (in != null) {
        long tax = Idr.toSen(d.amount(id.smartkampung.core.tax.Levy.PPH_21));
        in[1] += sen;
        in[2] += tax;
        in[3] += sen;
        in[4] += tax;
      }
      int i = itemIndex.get(line.item());
      s.lineItems[l] = i;
      s.lineAmounts[l] = sen;
      s.lineTaxes[l] = d;
      s.lineWithheld[l] = Idr.toSen(d.withheld());
      committed[i] += sen;
      total += sen;
    }
    spps.put(o.id(), s);
    pendingSpps++;
    return total > 0;
  }

  private boolean payLined(Spp s, LocalDate paidOn) {
    s.paidOn = paidOn;
    s.status = SppStatus.PAID;
    pendingSpps--;
    for (int l = 0; l < s.lineItems.length; l++) {
      int i = s.lineItems[l];
      int f = itemFund[i];
      committed[i] -= s.lineAmounts[l];
      realised[i] += s.lineAmounts[l];
      cash[f] -= s.lineAmounts[l] - s.lineWithheld[l];
      flow(f, s.inCash, paidOn, -(s.lineAmounts[l] - s.lineWithheld[l]));
      taxPayable[f] += s.lineWithheld[l];
      taxOwedTotal += s.lineWithheld[l];
      for (id.smartkampung.core.tax.TaxLine t : s.lineTaxes[l].lines()) {
        periods.computeIfAbsent(id.smartkampung.core.tax.TaxPeriod.of(t.levy(), paidOn), k -> new long[2][16])[0][f] += Idr.toSen(t.amount());
      }
    }
    return true;
  }

  /** A deposit per tax type and period, taken from the fund sources in the order of their codes. */
  private boolean depositPeriod(Operation.DepositTaxPeriod o) {
    long[][] p = periods.get(new id.smartkampung.core.tax.TaxPeriod(o.levy(), o.period()));
    long left = Idr.toSen(o.amount());
    List<FundSource> order = new ArrayList<>(fundKeys);
    order.sort(null);
    for (FundSource source : order) {
      int f = fundIndex.get(source);
      long take = Math.min(left, p[0][f] - p[1][f]);
      if (take > 0) {
        p[1][f] += take;
        cash[f] -= take;
        flow(f, false, o.businessDate(), -take);
        taxPayable[f] -= take;
        taxOwedTotal -= take;
        left -= take;
      }
    }
    return true;
  }

  /** A movement at a place on a date: cash on hand and the day's movement of the place (the ledger's state, without its checks). */
  private void flow(int f, boolean inCash, LocalDate date, long delta) {
    if (inCash) {
      onHand[f] += delta;
    }
    int day = date.getDayOfYear();
    dayFlow[(f * 2 + (inCash ? 1 : 0)) * DAYS + day] += delta;
    if (day > flowDay) {
      flowDay = day;
    }
  }

  private int fund(FundSource source) {
    Integer f = fundIndex.get(source);
    if (f != null) {
      return f;
    }
    int n = fundKeys.size();
    fundKeys.add(source);
    fundIndex.put(source, n);
    return n;
  }

  /**
   * Checks that the ledger's items and funds hold the same figures as this baseline after the same
   * stream (so both did the same work).
   *
   * @throws IllegalStateException naming the first figure that differs
   */
  void assertSameFigures(Ledger ledger) {
    LedgerSnapshot s = ledger.snapshot();
    for (int i = 0; i < itemKeys.size(); i++) {
      LedgerSnapshot.ItemPosition p = s.items().get(itemKeys.get(i));
      same("committed " + itemKeys.get(i), committed[i], Idr.toSen(p.committed()));
      same("realised " + itemKeys.get(i), realised[i], Idr.toSen(p.realised()));
    }
    for (int f = 0; f < fundKeys.size(); f++) {
      LedgerSnapshot.FundPosition p = s.funds().get(fundKeys.get(f));
      same("cash " + fundKeys.get(f), cash[f], Idr.toSen(p.cash()));
      same("tax payable " + fundKeys.get(f), taxPayable[f], Idr.toSen(p.taxPayable()));
    }
  }

  private static void same(String what, long bare, long ledger) {
    if (bare != ledger) {
      throw new IllegalStateException("the bare baseline and the ledger differ in " + what + ": " + bare + " vs " + ledger);
    }
  }
}
