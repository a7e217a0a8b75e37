package id.smartkampung.core.ledger;

import id.smartkampung.core.Api;
import java.util.Optional;

/**
 * Where the village's money of a fund source is — <i>tempat kas</i>: in the village cash account at
 * the bank (<i>rekening kas desa</i>, RKD, Permendagri 20/2018 Pasal 43) or in the treasurer's cash
 * box (<i>kas tunai</i>, Pasal 44(4): the Kaur Keuangan may hold cash up to the amount the
 * Bupati/Walikota sets). Receipts and payments say which; a journal written before payments said it
 * is read as {@link #BANK}, since every receipt and payment then went through the RKD.
 */
@Api(Api.Status.EXPERIMENTAL)
public enum CashPlace {
  /** The village cash account at the bank (<i>rekening kas desa</i>, RKD): transfers. */
  BANK("bank"),
  /** The treasurer's cash box (<i>kas tunai</i>): cash in hand. */
  CASH("cash");

  private final String wire;

  CashPlace(String wire) {
    this.wire = wire;
  }

  /** The name in the journal: {@code "bank"} or {@code "cash"}. */
  public String wireName() {
    return wire;
  }

  /** The place of that wire name; empty if none. */
  public static Optional<CashPlace> ofWireName(String wireName) {
    for (CashPlace p : values()) {
      if (p.wire.equals(wireName)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
