package id.smartkampung.core.ledger;

import id.smartkampung.core.Api;

/** The type of a payment request — <i>jenis SPP</i> (Permendagri 20/2018 pasal 51-53). */
@Api(Api.Status.STABLE)
public enum SppType {
  /** <i>Langsung</i>: paid by the treasurer directly to a third party (payee), taxes withheld. */
  LS,
  /**
   * <i>Uang muka</i> (panjar): an advance to the activity implementer (PKA), accounted for later with
   * receipts (SPJ); it counts as spending only once accounted for.
   */
  UM
}
