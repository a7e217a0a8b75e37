package id.smartkampung.core.rule;

import id.smartkampung.core.Api;

/**
 * The rules of village finance the library enforces — <i>aturan</i> — each tied to one invariant
 * of the design (I1–I11) and named by a stable code such as {@code I3.fund-source-overallocated}.
 * Every check, whether made when an operation is attempted or by the from-scratch audit, reports
 * one of these, so both speak the same language.
 */
@Api(Api.Status.STABLE)
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
  /**
   * An SPP against the line on which a part of Dana Desa outside the village treasury is recorded
   * (2026: KDMP on 6.2.9, channelled from RKUN to an escrow account): the village never pays it.
   */
  DANA_DESA_OUTSIDE_TREASURY("I6", "dana-desa-outside-treasury", "a part of Dana Desa channelled outside the village treasury (2026: KDMP, PMK 7/2026 pasal 26) is never paid by the village nor received into its cash"),
  /** A line Dana Desa may never pay beyond siltap (2026: jaminan sosial 5.1.3, tunjangan BPD 5.1.4). */
  DANA_DESA_FORBIDDEN("I3", "dana-desa-forbidden", "Dana Desa never pays what the year's rules forbid it (2026: jaminan sosial and tunjangan BPD, Permendesa PDT 16/2025)"),

  /** Spending or operations before the budget is enacted. */
  BUDGET_NOT_ENACTED("I4", "budget-not-enacted", "no spending without an enacted budget"),
  /** A lifecycle step out of order or repeated (by the wrong official: {@link #WRONG_ROLE}). */
  LIFECYCLE_ORDER("I4", "lifecycle-order", "draft, agreed, evaluated, enacted, in that order, once each"),
  /** A second revision in one fiscal year. */
  REVISION_LIMIT("I4", "revision-limit", "at most one revision (perubahan) per fiscal year"),
  /** A revision cuts a line below what is already committed or paid. */
  REVISION_BELOW_COMMITTED("I4", "revision-below-committed", "a revision never cuts a line below what is committed or paid"),

  /** A money operation dated outside the fiscal year (1 January - 31 December). */
  OUTSIDE_FISCAL_YEAR("I4", "outside-fiscal-year", "receipts and payments are dated within the fiscal year"),
  /** An operation after the year-end close. */
  YEAR_CLOSED("I4", "year-closed", "nothing is posted after the year-end close (tutup buku)"),
  /** The year-end close while a panjar is outstanding or an SPP is pending. */
  YEAR_END_OPEN_ITEMS("I4", "year-end-open-items", "the year closes only when no panjar is outstanding and no SPP is pending"),

  /** Committed + paid would exceed the budget of an item. */
  ITEM_OVERSPENT("I5", "item-overspent", "committed + paid <= budget per kegiatan x rincian x fund source"),
  /** A panjar accounted for (SPJ) with more than was advanced. */
  PANJAR_OVERACCOUNTED("I5", "panjar-overaccounted", "an SPJ accounts for no more than the advance (Permendagri 20/2018)"),
  /** The cash of a fund source would go negative. */
  CASH_NEGATIVE("I6", "cash-negative", "cash per fund source never goes negative"),
  /**
   * The bank account (RKD) or the cash box (<i>kas tunai</i>) of a fund source would go negative, at
   * the outflow's business date or any later one: a payment, withdrawal, deposit or reversal leaves
   * a place only with what that place holds, and an outflow back-dated inside the open month does not
   * take money that came in only after its date (issue 14).
   */
  CASH_PLACE_NEGATIVE("I6", "cash-place-negative", "the bank account and the cash box of each fund source never go negative, at any business date"),
  /**
   * Cash on hand above the ceiling set by the Bupati/Walikota (Permendagri 20/2018 Pasal 44(4)-(5)),
   * when the pack sets one: a warning on the withdrawal or cash receipt that leaves it so.
   */
  CASH_ON_HAND_CEILING("I6", "cash-on-hand-ceiling", "cash on hand stays within the amount the Bupati/Walikota sets (Permendagri 20/2018 Pasal 44(5))"),
  /**
   * Segregation of duties broken: one person takes two steps of the same SPP that must be taken by
   * distinct persons, or a PKA acts for a kegiatan that is not theirs.
   */
  SEGREGATION_OF_DUTIES("I7", "segregation-of-duties", "submitter, verifier, approver and payer are distinct persons; a PKA acts for their own kegiatan"),
  /**
   * A step taken by an official in another role than the step requires — the same code for every
   * operation: budget steps ({@code ApbdesLifecycle.Transition}), SPP steps ({@code SppStep}) and
   * the treasurer's operations ({@code OperationKind#roles()}). Before this code existed a wrong
   * role was reported as {@code I7.segregation-of-duties} (SPP and money steps) or {@code
   * I4.lifecycle-order} (budget steps).
   */
  WRONG_ROLE("I7", "wrong-role", "each step is taken by an official in the role it requires: only the PKA submits, the Sekretaris Desa verifies, the Kepala Desa approves, only the treasurer pays"),
  /** The actor is not a registered official of the village in that role. */
  ACTOR_NOT_REGISTERED("I7", "actor-not-registered", "every step is taken by a registered official acting in their own role"),
  /**
   * An operation by an official with a registered public key carries no signature (DESIGN §3:
   * approvals are signed by the acting official's key).
   */
  SIGNATURE_MISSING("I7", "signature-missing", "an official with a registered key signs every operation they take"),
  /**
   * A signature that does not verify: made by another key or person than the acting official's, over
   * other content (the operation was changed after signing), or of an unknown algorithm.
   */
  SIGNATURE_INVALID("I7", "signature-invalid", "a signature is the acting official's, by their registered key, over the operation as recorded"),
  /**
   * An approval or payment by an official who has no registered key, so no one can verify offline
   * who took it (a warning: the design requires signatures only where keys are registered).
   */
  SIGNATURE_UNVERIFIABLE("I7", "signature-unverifiable", "approvals and payments are taken by officials with a registered key"),
  /** A step out of order or repeated. */
  STEP_ORDER("I7", "step-order", "each step happens at most once, in order"),
  /** An operation refers to a budget item, SPP, receipt or payment that does not exist. */
  UNKNOWN_REFERENCE("I2", "unknown-reference", "an operation refers to a known budget item, SPP, receipt or payment"),
  /** An operation's fields do not fit its kind. */
  INVALID_OPERATION("I2", "invalid-operation", "an operation's fields fit its kind (revenue account, tranche, taxes on LS only, known codes)"),
  /** Same operation id with other content. */
  IDEMPOTENCY_CONFLICT("I8", "idempotency-conflict", "the same id with other content is a conflict"),
  /** History rewritten. */
  HISTORY_ALTERED("I9", "history-altered", "history is append-only; corrections are reversing entries"),
  /**
   * An entry dated before what it follows: an SPP step, SPJ, tax deposit or reversal before the
   * last step of its SPP or before its receipt; an SPP before the enactment of the budget in force;
   * a registration, budget step or close before the latest entry. Inside the open months, receipts
   * and payments may be back-dated (issue 14); the books show business-date order with the journal
   * order as the tie-break. Before back-dating was allowed, any entry dated before the last posted
   * one broke this rule.
   */
  DATE_ORDER("I9", "date-order", "an entry is not dated before what it follows (its SPP's or receipt's earlier step, the budget in force; registrations, budget steps and closes after every entry)"),
  /**
   * An entry dated in a month the Kaur Keuangan has closed (<i>tutup buku bulanan</i>, Permendagri
   * 20/2018 Pasal 63), or a close of a month already closed.
   */
  MONTH_CLOSED("I9", "month-closed", "nothing is posted into a closed month (tutup buku bulanan); a correction is a reversing entry in the open month"),
  /** A reversal of something that cannot be reversed (unknown, already reversed, with later dependents). */
  REVERSAL_NOT_ALLOWED("I9", "reversal-not-allowed", "only a posted, unreversed receipt or payment without later dependents is reversed, once"),
  /** Books do not reconcile. */
  BOOKS_UNRECONCILED("I10", "books-unreconciled", "BKU balance = cash + bank; tax payable >= 0; totals = sum of lines"),

  /** A tax deposit above what was withheld on that payment and is still owed. */
  TAX_OVERDEPOSITED("I10", "tax-overdeposited", "a tax deposit is traced to its withholding and never exceeds what is still owed"),

  /** Siltap and tunjangan above the policy ceiling of total belanja. */
  COMPOSITION_CEILING("I11", "composition-ceiling", "at most 30% of belanja for siltap, tunjangan and BPD (PP 11/2019 art. 100)"),
  /** A Dana Desa priority share out of its bound. */
  DANA_DESA_PRIORITY("I11", "dana-desa-priority", "Dana Desa priority shares of the fiscal year's policy pack"),
  /** A budget line's focus tag is not among the fiscal year's focus areas of Dana Desa use. */
  FOCUS_TAG_UNKNOWN("I11", "focus-tag-unknown", "a line's focus tag is one of the fiscal year's focus areas of Dana Desa use (its policy pack)"),
  /**
   * A budget without focus tags: its Dana Desa priorities are classified by kegiatan-code prefixes,
   * an approximation (a warning).
   */
  FOCUS_BY_PREFIX("I11", "focus-by-prefix", "budget lines say their focus area; a budget without tags is classified by kegiatan-code prefixes"),
  /** A siltap line that states its person-months pays less than the minimum for them. */
  SILTAP_BELOW_MINIMUM("I11", "siltap-below-minimum", "a siltap line pays at least its person-months x the monthly minimum (PP 11/2019 art. 81)"),
  /** A BLT Desa line that states its KPM-months pays more than the ceiling per KPM a month. */
  BLT_PER_KPM("I11", "blt-per-kpm", "BLT Desa pays at most the year's amount per beneficiary family (KPM) a month"),
  /** A Padat Karya Tunai activity whose wages are below the year's share of its cost. */
  PKTD_WAGE_SHARE("I11", "pktd-wage-share", "a Padat Karya Tunai Desa activity spends at least the year's share of its cost on wages (HOK)"),

  /**
   * The fiscal year's policy pack is provisional (its regulations were not all out): every
   * validation under it carries this warning.
   */
  POLICY_PROVISIONAL("I11", "policy-provisional", "findings under a provisional policy pack say that the year's rules are provisional"),

  /**
   * A budget taken as evaluated before the Bupati's evaluation period ran out (Permendagri 20/2018
   * Pasal 35(2)-(3): the draft takes effect by itself only when no evaluation came within the period).
   */
  EVALUATION_PENDING("I4", "evaluation-pending", "a draft takes effect without the Bupati's evaluation only after the evaluation period has run out"),
  /**
   * A step of the budget off the date the regulation sets (agreement by October, submission within 3
   * days, correction within 20 working days, Perdes by 31 December), with the severity of the pack.
   */
  LIFECYCLE_DATE("I4", "lifecycle-date", "the steps of the budget keep the dates the regulation sets"),
  /**
   * A change to the budget in force by Perkades beyond its kind: a shift (pergeseran) that moves
   * revenue, financing or money between jenis belanja or fund sources; a late grant that is not
   * grant revenue spent from its own source after the perubahan; emergency spending that is not
   * belanja tak terduga moved to bidang 05 before the perubahan (rules in the pack).
   */
  BUDGET_CHANGE("I4", "budget-change", "a change by Perkades stays within its kind: shift, late grant or emergency spending"),
  /**
   * The next year's budget does not carry an activity of the DPAL (Dokumen Pelaksanaan Anggaran
   * Lanjutan): the unfinished kegiatan's remaining amount on the same account and fund source.
   */
  DPAL_NOT_CARRIED("I4", "dpal-not-carried", "an unfinished activity listed in the DPAL is budgeted again next year with its remaining amount"),
  /**
   * An SPP while the Perdes APBDes is cancelled by the Bupati/Walikota (Permendagri 20/2018 Pasal 36)
   * on a line that is not operational spending of the village government (the pack's {@code
   * cancellation.operationalAccounts}), or for financing; an operational SPP beyond the previous
   * year's pagu the decree declared ("sekaligus menyatakan berlakunya pagu APB Desa tahun anggaran
   * sebelumnya"); a step of an earlier non-operational SPP after the pack's {@code
   * cancellation.stopWorkingDays} working days (Pasal 36 ayat (2): 7 hari kerja).
   */
  BUDGET_CANCELLED("I4", "budget-cancelled", "while the Perdes APBDes is cancelled only the village government's operational spending is allowed"),
  /**
   * A BLT Desa payment for a family not on the list of beneficiary families (KPM) decided by
   * Perkades, or a change of the list that removes a family not on it or adds one already on it.
   */
  BLT_KPM_NOT_LISTED("I5", "blt-kpm-not-listed", "BLT Desa is paid only to families on the list of KPM decided by Perkades"),
  /** A family paid twice for the same month (on two live SPPs or twice in one). */
  BLT_PAID_TWICE("I5", "blt-paid-twice", "no beneficiary family (KPM) is paid BLT Desa twice for a month"),
  /** A BLT Desa payment for more months at once than the year's pack allows (Permendesa PDT 16/2025: 3). */
  BLT_MONTHS_AT_ONCE("I11", "blt-months-at-once", "BLT Desa is paid for at most the year's number of months at once"),
  /** A BLT Desa payment from a budget item that is not a BLT Desa line. */
  BLT_LINE("I5", "blt-line", "BLT Desa is paid from a BLT Desa budget line (focus tag BLT; kegiatan 05.03.01, 5.4.1.01 keadaan mendesak)"),
  /**
   * A KPM named by something that looks like a personal number (16 digits: an NIK or KK number) or
   * not by a short id: the journal is public (UU 27/2022 on personal data protection).
   */
  BLT_KPM_ID("I2", "blt-kpm-id", "a KPM is named by the village's own short id, never by an NIK or KK number (UU 27/2022)"),
  /**
   * The opening of the year's books (<i>saldo awal</i>, {@code open-year}) out of place: a second
   * opening, an opening of another year than the one before, before a budget is in force, after
   * an SPP was submitted or after SiLPA was received as a receipt; or a SiLPA receipt (6.1.1) after
   * the opening, which brought the SiLPA already.
   */
  YEAR_OPENING("I4", "year-opening", "the year's books open once from the previous year's close, under the budget in force and before any spending"),
  /**
   * The opening's SiLPA of a fund source differs from the SiLPA (6.1.1) the budget in force plans
   * from that source (a budget line without a source counts as unearmarked SiLPA, as budgets had it
   * before SiLPA was kept per source). A WARNING: the budget is drafted before the close is known
   * and is set right in the perubahan.
   */
  SILPA_MISMATCH("I4", "silpa-mismatch", "the budget plans the SiLPA of each fund source the previous year's close opens with"),
  /**
   * A DPAL item needs more of a fund source than the opening's SiLPA of that source holds: the
   * activity would continue on money the village does not have, or on another source's earmarked money.
   */
  DPAL_EXCEEDS_SILPA("I6", "dpal-exceeds-silpa", "the unfinished activities of the DPAL continue on their own fund source's SiLPA"),
  /**
   * A refused attempt kept in the journal ({@link id.smartkampung.core.journal.Refusal}) that is not
   * what the book finds where it stands: re-applied to the history up to it, it would be accepted,
   * or refused for other rules, or its signature does not verify although no signature rule is
   * recorded (an entry that names an official who did not sign it). An honest book records each
   * refusal exactly as it refused it (the audit trail of attempts, part of the append-only history).
   */
  REFUSAL_MISMATCH("I9", "refusal-mismatch", "a refused attempt in the journal is refused again where it stands, for the rules it names, and changes nothing"),
  /**
   * The tax a bank statement shows withheld on interest is neither the year's final rate of the
   * gross (PP 131/2000 as amended by PP 123/2015 Pasal 2: 20 %, to the rupiah) nor nothing (the
   * exemption of Pasal 3 ayat (1) huruf a for a balance within Rp7.500.000). A WARNING: the bank
   * withholds and the village records what the statement says; a difference is asked of the bank.
   */
  BANK_INTEREST_TAX("I11", "bank-interest-tax", "the final tax a bank withholds on interest is the year's rate of the gross, or nothing on a balance within the exemption");

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
