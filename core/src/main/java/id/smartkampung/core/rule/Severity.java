package id.smartkampung.core.rule;

/** How grave a finding is — <i>tingkat temuan</i>. */
public enum Severity {
  /** Worth a look; does not block. */
  WARNING,
  /** Breaks a rule; the budget cannot be enacted, the operation is rejected. */
  ERROR
}
