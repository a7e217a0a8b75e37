package id.smartkampung.core.testkit;

import id.smartkampung.core.Api;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.LedgerSnapshot.FundPosition;
import id.smartkampung.core.ledger.OperationKind;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.util.Map;
import net.jqwik.api.statistics.Statistics;

/**
 * Coverage of a run of operations against a ledger — <i>cakupan uji penatausahaan</i>: record
 * every outcome, then {@link #collect()} once per try, and the jqwik report shows what the run
 * covered: how operations ended (accepted, duplicate, rejected) and by which rule they were
 * rejected, and how many tries reached a paid SPP, a settled panjar, a tax deposit, an enacted
 * revision, the year-end close, the opening from the previous close and an exhausted fund source (cash used up, or a payment refused
 * for want of cash). Only valid inside a running property; one instance per try, not thread-safe.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class LedgerCoverage {
  private boolean paid;
  private boolean settled;
  private boolean accountedWithReceipts;
  private boolean deposited;
  private boolean revisionDrafted;
  private boolean revisionEnacted;
  private boolean closed;
  private boolean financing;
  private boolean monthClosed;
  private boolean backDated;
  private java.time.Instant latest;
  private boolean evaluationPath;
  private boolean changedByPerkades;
  private boolean cancelled;
  private boolean opened;
  private boolean openedWithTax;
  private boolean exhausted;
  private boolean lined;
  private boolean blt;
  private boolean periodDeposited;
  private boolean cashMoved;
  private boolean bankInterestTaxed;
  private boolean bankFee;
  private boolean paidInCash;
  private boolean placeRefused;
  private int operations;

  /**
   * Labels one outcome ("outcome", "rejected by rule") and notes what it reached; {@code funds} is
   * the position of each fund source after it ({@link LedgerPosition#funds()}, {@link
   * id.smartkampung.core.ledger.LedgerSnapshot#funds()}).
   */
  public void record(Outcome outcome, Map<FundSource, FundPosition> funds) {
    operations++;
    Statistics.label("outcome").collect(outcome.status());
    if (outcome.isRejected()) {
      for (Finding f : outcome.findings()) {
        Statistics.label("rejected by rule").collect(f.rule().code());
      }
    }
    if (outcome.has(Rule.CASH_NEGATIVE)) {
      exhausted = true;
    }
    placeRefused |= outcome.has(Rule.CASH_PLACE_NEGATIVE);
    for (FundPosition f : funds.values()) {
      if (f.received().isPositive() && f.available().isZero()) {
        exhausted = true;
      }
    }
    if (!outcome.isAccepted()) {
      return;
    }
    OperationKind kind = outcome.operation().kind();
    paid |= kind == OperationKind.PAY_SPP;
    settled |= kind == OperationKind.SETTLE_PANJAR;
    accountedWithReceipts |= kind == OperationKind.ACCOUNT_PANJAR;
    deposited |= kind == OperationKind.DEPOSIT_TAX;
    closed |= kind == OperationKind.CLOSE_YEAR;
    financing |= kind == OperationKind.SUBMIT_FINANCING_SPP;
    monthClosed |= kind == OperationKind.CLOSE_MONTH;
    java.time.Instant at = outcome.operation().at();
    backDated |= latest != null && at.isBefore(latest);
    if (latest == null || at.isAfter(latest)) {
      latest = at;
    }
    lined |= kind == OperationKind.SUBMIT_LINED_SPP;
    blt |= kind == OperationKind.SUBMIT_BLT_SPP;
    periodDeposited |= kind == OperationKind.DEPOSIT_TAX_PERIOD;
    cashMoved |= kind == OperationKind.MOVE_CASH;
    bankInterestTaxed |= outcome.operation() instanceof id.smartkampung.core.ledger.Operation.RecordBankInterest b && b.taxItem() != null;
    bankFee |= kind == OperationKind.RECORD_BANK_FEE;
    paidInCash |= outcome.operation() instanceof id.smartkampung.core.ledger.Operation.PaySpp p && p.place() == id.smartkampung.core.ledger.CashPlace.CASH;
    revisionEnacted |= revisionDrafted && (kind == OperationKind.ENACT_BUDGET || kind == OperationKind.ENACT_DEEMED_BUDGET);
    evaluationPath |= kind == OperationKind.RETURN_BUDGET || kind == OperationKind.CORRECT_BUDGET || kind == OperationKind.ENACT_DEEMED_BUDGET;
    changedByPerkades |= kind == OperationKind.SHIFT_BUDGET || kind == OperationKind.ADD_LATE_GRANT || kind == OperationKind.SPEND_EMERGENCY;
    cancelled |= kind == OperationKind.CANCEL_BUDGET;
    opened |= kind == OperationKind.OPEN_YEAR;
    openedWithTax |= outcome.operation() instanceof id.smartkampung.core.ledger.Operation.OpenYear y && !y.taxOwed().isEmpty();
    revisionDrafted |= kind == OperationKind.DRAFT_REVISION;
  }

  /** Labels what this try reached. */
  public void collect() {
    Statistics.label("fund source exhausted").collect(exhausted);
    Statistics.label("SPP paid").collect(paid);
    Statistics.label("panjar settled").collect(settled);
    Statistics.label("SPJ panjar with receipts accepted").collect(accountedWithReceipts);
    Statistics.label("tax deposited").collect(deposited);
    Statistics.label("revision enacted").collect(revisionEnacted);
    Statistics.label("year closed").collect(closed);
    Statistics.label("financing SPP accepted").collect(financing);
    Statistics.label("month closed").collect(monthClosed);
    Statistics.label("back-dated entry accepted").collect(backDated);
    Statistics.label("SPP with lines accepted").collect(lined);
    Statistics.label("BLT Desa SPP accepted").collect(blt);
    Statistics.label("tax deposited per period").collect(periodDeposited);
    Statistics.label("mutasi kas accepted").collect(cashMoved);
    Statistics.label("bank interest with its tax accepted").collect(bankInterestTaxed);
    Statistics.label("bank fee accepted").collect(bankFee);
    Statistics.label("SPP paid in cash").collect(paidInCash);
    Statistics.label("refused: bank or cash box short at a date (I6.cash-place-negative)").collect(placeRefused);
    Statistics.label("negative evaluation, correction or deemed enactment accepted").collect(evaluationPath);
    Statistics.label("shift, late grant or emergency spending accepted").collect(changedByPerkades);
    Statistics.label("budget cancelled (Pasal 36)").collect(cancelled);
    Statistics.label("books opened from the previous close").collect(opened);
    Statistics.label("books opened with the previous December's tax owed").collect(openedWithTax);
    Statistics.label("operations").collect(operations < 20 ? "<20" : operations < 50 ? "20-49" : ">=50");
  }
}
