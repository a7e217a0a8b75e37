package id.smartkampung.core.rule;

/**
 * The rules of village finance the library enforces — <i>aturan</i> — each tied to one invariant
 * of the design (I1–I11) and named by a stable code such as {@code I3.fund-source-overallocated}.
 * Every check, whether made when an operation is attempted or by the from-scratch audit, reports
 * one of these, so both speak the same language.
 */
public enum Rule {
  /**
   * Input (a JSON or CSV file, an argument) is not well-formed: bad syntax, a wrong type, an unknown
   * or missing field, a malformed code. Not an invariant of the design; reported in the same shape.
   */
  FORMAT("IO", "format", "input is well-formed"),

  /** An amount is not in IDR. */
  AMOUNT_CURRENCY("I1", "amount-currency", "amounts are in rupiah (IDR)"),
  /** An amount has more than two decimals. */
  AMOUNT_PRECISION("I1", "amount-precision", "amounts are exact to the sen: at most 2 decimals"),
  /** A budget line is negative. */
  AMOUNT_NEGATIVE("I1", "amount-negative", "budget lines are never negative"),
  /** A payment or receipt is not positive. */
  AMOUNT_NOT_POSITIVE("I1", "amount-not-positive", "payments and receipts are positive"),

  /** A code is well-formed but not in the reference lists. */
  CODE_UNKNOWN("I2", "code-unknown", "account, kegiatan and fund source codes are known"),
  /** A line's code does not fit its section (e.g. a 5.x account as revenue, a belanja line without kegiatan). */
  CODE_SECTION("I2", "code-section", "each section takes its own account codes"),
  /** A budget line is an exact repeat of another. */
  LINE_DUPLICATE("I2", "line-duplicate", "an exact repeat of a line is likely a duplicate"),
  /** A spending line names no fund source, so it cannot be controlled per source. */
  FUND_SOURCE_MISSING("I2", "fund-source-missing", "spending lines name their fund source"),

  /** Pendapatan − Belanja + Pembiayaan neto ≠ 0. */
  BALANCE("I3", "balance", "pendapatan - belanja + pembiayaan neto = 0"),
  /** A fund source pays for more than it brings in. */
  FUND_SOURCE_OVERALLOCATED(
      "I3", "fund-source-overallocated", "spending per fund source stays within what it brings in"),
  /** Siltap or tunjangan of village officials funded from Dana Desa. */
  SILTAP_FROM_DANA_DESA("I3", "siltap-from-dana-desa", "siltap is paid from ADD, never from Dana Desa (PP 11/2019 art. 81)"),

  /** Spending or operations before the budget is enacted. */
  BUDGET_NOT_ENACTED("I4", "budget-not-enacted", "no spending without an enacted budget"),
  /** A lifecycle step out of order, repeated, or by the wrong official. */
  LIFECYCLE_ORDER("I4", "lifecycle-order", "draft, agreed, evaluated, enacted, in that order, once each"),
  /** A second revision in one fiscal year. */
  REVISION_LIMIT("I4", "revision-limit", "at most one revision (perubahan) per fiscal year"),
  /** A revision cuts a line below what is already committed or paid. */
  REVISION_BELOW_COMMITTED("I4", "revision-below-committed", "a revision never cuts a line below what is committed or paid"),

  /** Committed + paid would exceed the budget of an item. */
  ITEM_OVERSPENT("I5", "item-overspent", "committed + paid <= budget per kegiatan x rincian x fund source"),
  /** The cash of a fund source would go negative. */
  CASH_NEGATIVE("I6", "cash-negative", "cash per fund source never goes negative"),
  /** Segregation of duties or step order broken. */
  SEGREGATION_OF_DUTIES("I7", "segregation-of-duties", "submitter, verifier, approver distinct, right roles, only the treasurer pays"),
  /** A step out of order or repeated. */
  STEP_ORDER("I7", "step-order", "each step happens at most once, in order"),
  /** Same operation id with other content. */
  IDEMPOTENCY_CONFLICT("I8", "idempotency-conflict", "the same id with other content is a conflict"),
  /** History rewritten. */
  HISTORY_ALTERED("I9", "history-altered", "history is append-only; corrections are reversing entries"),
  /** Books do not reconcile. */
  BOOKS_UNRECONCILED("I10", "books-unreconciled", "BKU balance = cash + bank; tax payable >= 0; totals = sum of lines"),

  /** Siltap and tunjangan above the policy ceiling of total belanja. */
  COMPOSITION_CEILING("I11", "composition-ceiling", "at most 30% of belanja for siltap, tunjangan and BPD (PP 11/2019 art. 100)"),
  /** A Dana Desa priority share out of its bound. */
  DANA_DESA_PRIORITY("I11", "dana-desa-priority", "Dana Desa priority shares of the fiscal year's policy pack");

  private final String invariant;
  private final String name;
  private final String statement;

  Rule(String invariant, String name, String statement) {
    this.invariant = invariant;
    this.name = name;
    this.statement = statement;
  }

  /** The invariant of the design this rule belongs to, e.g. {@code I3}. */
  public String invariant() {
    return invariant;
  }

  /** The stable code, e.g. {@code I3.balance}. */
  public String code() {
    return invariant + "." + name;
  }

  /** The rule in one sentence. */
  public String statement() {
    return statement;
  }

  @Override
  public String toString() {
    return code();
  }
}
