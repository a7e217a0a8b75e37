package id.smartkampung.demo.scenario;

/**
 * The misconduct planted in the scenario — <i>penyimpangan yang ditanam</i> — each one a pattern
 * behind real Dana Desa cases, and the check of the library that is expected to catch it.
 */
public enum Misconduct {
  /** A contractor paid in full while the work has barely started (funds drawn ahead of the work). */
  SPENDING_AHEAD("spending-ahead"),
  /** A progress photo of one project handed in again as evidence for another. */
  PHOTO_REUSED("photo-reused"),
  /** A progress photo taken far from the site (at the village office). */
  PHOTO_OFF_SITE("photo-off-site"),
  /** A panjar (advance) not accounted for within 10 working days. */
  PANJAR_OVERDUE("panjar-overdue"),
  /** A PKA, standing in as Plh. Kepala Desa, approves his own payment request. */
  SELF_APPROVAL("I7.segregation-of-duties"),
  /** A payment request for more than what is left of the budget item. */
  OVERSPENDING("I5.item-overspent"),
  /** Dana Desa tahap II requested before its absorption and output gates are met. */
  TRANCHE_EARLY("tranche-gate");

  private final String expectedCode;

  Misconduct(String expectedCode) {
    this.expectedCode = expectedCode;
  }

  /** The rule or flag code expected to catch it. */
  public String expectedCode() {
    return expectedCode;
  }
}
