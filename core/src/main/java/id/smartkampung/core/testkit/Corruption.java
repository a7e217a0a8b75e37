package id.smartkampung.core.testkit;

import id.smartkampung.core.Api;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;

/**
 * One kind of damage done to an otherwise valid budget — <i>kesalahan penyusunan APBDes</i> — by
 * {@link BudgetArbitraries#corruptedBudgets()}, each with the one rule a validator must report for
 * it. The generator compensates elsewhere so that no <em>other</em> rule is broken (see each
 * constant).
 */
@Api(Api.Status.EXPERIMENTAL)
public enum Corruption {
  /**
   * A line's amount is negative (a sign typed wrong). A compensating sub-line of the same identity
   * keeps every total, so only {@link Rule#AMOUNT_NEGATIVE} is broken.
   */
  NEGATIVE_AMOUNT(Rule.AMOUNT_NEGATIVE, Severity.ERROR),
  /**
   * A belanja line and an inflow of the same fund source both get a third decimal (a fraction of a
   * sen), so the budget still balances: {@link Rule#AMOUNT_PRECISION} on both lines.
   */
  THIRD_DECIMAL(Rule.AMOUNT_PRECISION, Severity.ERROR),
  /** A line's account is well-formed but not in the chart of accounts (<i>Bagan Akun Standar</i>). */
  UNKNOWN_ACCOUNT(Rule.CODE_UNKNOWN, Severity.ERROR),
  /** A belanja line's kegiatan lies under a bidang/sub-bidang that does not exist. */
  UNKNOWN_KEGIATAN(Rule.CODE_UNKNOWN, Severity.ERROR),
  /**
   * A belanja line names an unknown <i>sumber dana</i>; what it spends is covered by unearmarked
   * SiLPA moved from its old source's inflow, so the per-source rule still holds.
   */
  UNKNOWN_FUND_SOURCE(Rule.CODE_UNKNOWN, Severity.ERROR),
  /**
   * An exact repeat of a belanja line (a likely double entry): a warning. The repeated amount is
   * covered by unearmarked SiLPA so balance and per-source rules hold.
   */
  DUPLICATE_LINE(Rule.LINE_DUPLICATE, Severity.WARNING),
  /** A revenue line is raised, so pendapatan − belanja + pembiayaan neto ≠ 0. */
  BROKEN_BALANCE(Rule.BALANCE, Severity.ERROR),
  /**
   * A siltap/tunjangan line is moved from ADD to Dana Desa (PP 11/2019 art. 81); the Dana Desa money
   * is covered by unearmarked SiLPA taken from ADD's inflow.
   */
  SILTAP_FROM_DANA_DESA(Rule.SILTAP_FROM_DANA_DESA, Severity.ERROR),
  /**
   * A belanja line is charged to another known fund source that does not bring that money in; the
   * budget still balances.
   */
  OVERALLOCATED_FUND_SOURCE(Rule.FUND_SOURCE_OVERALLOCATED, Severity.ERROR),
  /**
   * A belanja line names no fund source: it can never be paid and slips past every per-source check,
   * an error since issue 12. Its old source keeps its inflow (which now covers less), and only lines
   * that no Dana Desa priority counts are chosen, so no other rule breaks.
   */
  MISSING_FUND_SOURCE(Rule.FUND_SOURCE_MISSING, Severity.ERROR),
  /**
   * A Dana Desa line tagged {@code LAINNYA} is tagged with a well-formed focus tag that is not among
   * the year's focus areas (e.g. {@code KDMP} in 2025, {@code POTENSI_DESA} in 2026). No priority
   * counts either tag, so only {@link Rule#FOCUS_TAG_UNKNOWN} breaks. Applied to budgets of years
   * whose pack lists focus areas (2025 on).
   */
  FOCUS_TAG_UNKNOWN(Rule.FOCUS_TAG_UNKNOWN, Severity.ERROR),
  /**
   * A siltap line that states its person-months (12 OB) states more than its amount pays at the
   * position's monthly minimum (PP 11/2019 art. 81): no money moves, only {@link
   * Rule#SILTAP_BELOW_MINIMUM} breaks.
   */
  SILTAP_BELOW_MINIMUM(Rule.SILTAP_BELOW_MINIMUM, Severity.ERROR),
  /**
   * A jaminan sosial (5.1.3) or tunjangan BPD (5.1.4) line is moved from ADD to Dana Desa, which may
   * not pay it in 2026 (Permendesa PDT 16/2025); covered as {@link #SILTAP_FROM_DANA_DESA}. Applied
   * to budgets of years whose pack lists such accounts.
   */
  DANA_DESA_FORBIDDEN(Rule.DANA_DESA_FORBIDDEN, Severity.ERROR);

  private final Rule rule;
  private final Severity severity;

  Corruption(Rule rule, Severity severity) {
    this.rule = rule;
    this.severity = severity;
  }

  /** The one rule a validator must report for this corruption; never null. */
  public Rule rule() {
    return rule;
  }

  /** Whether that finding is an error or a warning; never null. */
  public Severity severity() {
    return severity;
  }
}
