package id.smartkampung.core.rule;

import id.smartkampung.core.Api;

/** How grave a finding is — <i>tingkat temuan</i>. */
@Api(Api.Status.STABLE)
public enum Severity {
  /** Worth a look; does not block. */
  WARNING,
  /** Breaks a rule; the budget cannot be enacted, the operation is rejected. */
  ERROR
}
