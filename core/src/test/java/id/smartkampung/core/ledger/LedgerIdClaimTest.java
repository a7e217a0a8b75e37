package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.ledger.Operation.ReceiveRevenue;
import org.junit.jupiter.api.Test;

/**
 * I8 (idempotency by operation id): {@link Ledger#apply} claims an operation's id before checking
 * it, in one hash lookup; an operation that is not accepted — refused by a rule, or refused by the
 * log (e.g. a full disk) — must release the id, so that the same id can still carry an operation
 * that is accepted later.
 */
class LedgerIdClaimTest {
  @Test
  void aRefusedOperationLeavesItsIdFree() {
    LedgerFixture f = LedgerFixture.ready();
    OperationId id = OperationId.of("receipt-x");
    Outcome refused = f.apply(new ReceiveRevenue(id, KAUR, f.tick(), DANA_DESA, FundSource.DDS, rp(-5), null, "negative"));
    assertTrue(refused.isRejected(), refused::toString);
    long before = f.ledger.size();
    Outcome accepted = f.apply(new ReceiveRevenue(id, KAUR, f.tick(), HASIL_USAHA, FundSource.PAD, rp(5_000), null, "retribusi"));
    assertTrue(accepted.isAccepted(), accepted::toString);
    assertEquals(before + 1, accepted.sequence());
    assertTrue(f.ledger.operation(id).isPresent());
  }

  @Test
  void anOperationTheLogRefusesLeavesItsIdFreeAndTheLedgerUnchanged() {
    LedgerFixture f = LedgerFixture.ready();
    OperationId id = OperationId.of("receipt-y");
    ReceiveRevenue op = new ReceiveRevenue(id, KAUR, f.tick(), HASIL_USAHA, FundSource.PAD, rp(5_000), null, "retribusi");
    long before = f.ledger.size();
    OperationLog full = (sequence, operation) -> {
      throw new IllegalStateException("disk full");
    };
    assertThrows(IllegalStateException.class, () -> f.ledger.apply(op, full));
    assertEquals(before, f.ledger.size());
    assertTrue(f.ledger.operation(id).isEmpty());
    Outcome again = f.ledger.apply(op);
    assertTrue(again.isAccepted(), "the same operation is accepted once the log takes it: " + again);
    assertEquals(before + 1, again.sequence());
  }

  @Test
  void aRepeatedOperationIsADuplicateAndAnotherWithTheSameIdAConflict() {
    LedgerFixture f = LedgerFixture.ready();
    ReceiveRevenue op = new ReceiveRevenue(OperationId.of("receipt-z"), KAUR, f.tick(), HASIL_USAHA, FundSource.PAD, rp(5_000), null, "retribusi");
    assertTrue(f.apply(op).isAccepted());
    long size = f.ledger.size();
    Outcome dup = f.apply(op);
    assertTrue(!dup.isAccepted() && !dup.isRejected(), dup::toString);
    ReceiveRevenue other = new ReceiveRevenue(op.id(), KAUR, f.tick(), HASIL_USAHA, FundSource.PAD, rp(6_000), null, "retribusi");
    Outcome conflict = f.apply(other);
    assertTrue(conflict.has(id.smartkampung.core.rule.Rule.IDEMPOTENCY_CONFLICT), conflict::toString);
    assertEquals(size, f.ledger.size());
  }
}
