package id.smartkampung.core.testkit;

import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.policy.PolicyPack;

/** This library's {@link Ledger} keeps every guarantee of the shipped {@link LedgerContract}. */
class LedgerContractProperties implements LedgerContract {
  @Override
  public LedgerUnderTest newLedger(Village village, PolicyPack policy) {
    return LedgerUnderTest.of(Ledger.create(village, policy));
  }
}
