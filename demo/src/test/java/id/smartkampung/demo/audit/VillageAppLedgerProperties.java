package id.smartkampung.demo.audit;

import id.smartkampung.core.budget.Village;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.testkit.LedgerContract;
import id.smartkampung.core.testkit.LedgerUnderTest;

/** Every guarantee of DESIGN §3, checked against the ledger a village app uses. */
class VillageAppLedgerProperties implements LedgerContract {
  @Override
  public LedgerUnderTest newLedger(Village village, PolicyPack policy) {
    // adapt the system under audit here; this example audits the library's own ledger
    return LedgerUnderTest.of(Ledger.create(village, policy));
  }
}
