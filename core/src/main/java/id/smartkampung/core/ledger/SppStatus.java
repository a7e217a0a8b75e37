package id.smartkampung.core.ledger;

import id.smartkampung.core.Api;

/**
 * Where a payment request (SPP) stands — <i>status SPP</i>. The order of the happy path is
 * SUBMITTED → VERIFIED → APPROVED → PAID (→ SETTLED for a panjar); REJECTED, CANCELLED and REVERSED
 * are final.
 */
@Api(Api.Status.STABLE)
public enum SppStatus {
  /** Submitted by the PKA (<i>diajukan</i>); the amount is reserved against the item. */
  SUBMITTED,
  /** Verified by the Sekretaris Desa (<i>diverifikasi</i>). */
  VERIFIED,
  /** Approved by the Kepala Desa (<i>disetujui</i>). */
  APPROVED,
  /** Paid by the Kaur Keuangan (<i>dibayar</i>); a panjar stays committed until its SPJ. */
  PAID,
  /** A panjar accounted for by SPJ, the unspent rest returned (<i>dipertanggungjawabkan</i>). */
  SETTLED,
  /** Rejected at verification or approval (<i>ditolak</i>); the reservation is released. */
  REJECTED,
  /** Withdrawn before payment (<i>dibatalkan</i>); the reservation is released. */
  CANCELLED,
  /** A payment undone by a reversing entry (<i>koreksi</i>); the original stays in the history. */
  REVERSED;

  /** True while the SPP reserves budget but has not been paid: submitted, verified or approved. */
  public boolean isPending() {
    return this == SUBMITTED || this == VERIFIED || this == APPROVED;
  }
}
