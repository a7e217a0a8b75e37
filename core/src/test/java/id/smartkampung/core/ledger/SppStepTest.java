package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.JALAN;
import static id.smartkampung.core.ledger.LedgerFixture.KAUR;
import static id.smartkampung.core.ledger.LedgerFixture.KD;
import static id.smartkampung.core.ledger.LedgerFixture.PKA_PU;
import static id.smartkampung.core.ledger.LedgerFixture.SEKDES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.ledger.Operation.AgreeBudget;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.CancelSpp;
import id.smartkampung.core.ledger.Operation.DraftBudget;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.Operation.RejectSpp;
import id.smartkampung.core.ledger.Operation.ReversePayment;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.rule.Rule;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The SPP steps as one table (Permendagri 20/2018 pasal 51-58): examples of each way a step is
 * refused, each with the one rule code of the table; {@link SppStepProperties} covers random
 * sequences.
 */
class SppStepTest {

  private static void refused(Outcome o, Rule rule) {
    assertTrue(o.isRejected() && o.has(rule), () -> "expected " + rule + ": " + o);
  }

  private static OperationId submitted(LedgerFixture f) {
    return f.ok(f.submit(PKA_PU, SppType.UM, JALAN, 1_000_000L));
  }

  @Test
  @DisplayName("no step leads back: the statuses are ordered, so each step happens at most once")
  void theTableIsAcyclic() {
    for (SppStep s : SppStep.values()) {
      assertFalse(s.from().contains(s.to()), s.name());
      for (SppStep next : SppStep.values()) {
        if (next.startsFrom(s.to())) {
          assertTrue(next.to().ordinal() > s.to().ordinal(), s + " then " + next);
        }
      }
    }
    assertEquals(EnumSet.of(SppStatus.SUBMITTED, SppStatus.VERIFIED, SppStatus.APPROVED, SppStatus.PAID),
        EnumSet.copyOf(java.util.Arrays.stream(SppStep.values()).flatMap(s -> s.from().stream()).toList()));
  }

  @Test
  @DisplayName("a step by another role is I7.wrong-role on every step, SPP and budget alike")
  void wrongRole() {
    LedgerFixture f = LedgerFixture.ready();
    refused(f.apply(f.submit(KAUR, SppType.LS, JALAN, 1_000L)), Rule.WRONG_ROLE);
    OperationId spp = submitted(f);
    refused(f.apply(new VerifySpp(f.id(), KD, f.tick(), spp)), Rule.WRONG_ROLE);
    refused(f.apply(new RejectSpp(f.id(), KD, f.tick(), spp, "x")), Rule.WRONG_ROLE); // at verification: the Sekdes's
    refused(f.apply(new CancelSpp(f.id(), KAUR, f.tick(), spp, "x")), Rule.WRONG_ROLE); // was I7.segregation-of-duties
    f.ok(f.verify(spp));
    refused(f.apply(new ApproveSpp(f.id(), SEKDES, f.tick(), spp)), Rule.WRONG_ROLE);
    refused(f.apply(new RejectSpp(f.id(), SEKDES, f.tick(), spp, "x")), Rule.WRONG_ROLE); // at approval: the Kepala Desa's
    f.ok(f.approve(spp));
    refused(f.apply(new PaySpp(f.id(), KD, f.tick(), spp, ImmutableSortedSet.of(), "x")), Rule.WRONG_ROLE);
    f.ok(f.pay(spp));
    refused(f.apply(new SettlePanjar(f.id(), KAUR, f.tick(), spp, LedgerFixture.rp(0L), "x")), Rule.WRONG_ROLE);
    refused(f.apply(new ReversePayment(f.id(), SEKDES, f.tick(), spp, "x")), Rule.WRONG_ROLE);

    LedgerFixture b = new LedgerFixture().registered();
    refused(b.apply(new DraftBudget(b.id(), KD, b.tick(), LedgerFixture.budget(), "RAPBDes")), Rule.WRONG_ROLE); // was I4.lifecycle-order
    b.ok(new DraftBudget(b.id(), SEKDES, b.tick(), LedgerFixture.budget(), "RAPBDes"));
    refused(b.apply(new AgreeBudget(b.id(), SEKDES, b.tick(), "BA")), Rule.WRONG_ROLE);
  }

  @Test
  @DisplayName("a step repeated or out of order is I7.step-order")
  void order() {
    LedgerFixture f = LedgerFixture.ready();
    OperationId spp = submitted(f);
    refused(f.apply(f.approve(spp)), Rule.STEP_ORDER);
    refused(f.apply(f.pay(spp)), Rule.STEP_ORDER);
    refused(f.apply(new SettlePanjar(f.id(), PKA_PU, f.tick(), spp, LedgerFixture.rp(0L), "x")), Rule.STEP_ORDER);
    f.ok(f.verify(spp));
    refused(f.apply(f.verify(spp)), Rule.STEP_ORDER);
    f.ok(f.approve(spp));
    refused(f.apply(f.approve(spp)), Rule.STEP_ORDER);
    refused(f.apply(new RejectSpp(f.id(), KD, f.tick(), spp, "late")), Rule.STEP_ORDER); // rejected only at verification or approval
    f.ok(f.pay(spp));
    refused(f.apply(f.pay(spp)), Rule.STEP_ORDER);
    refused(f.apply(new CancelSpp(f.id(), KD, f.tick(), spp, "late")), Rule.STEP_ORDER); // paid: no longer cancelled
    f.ok(new SettlePanjar(f.id(), PKA_PU, f.tick(), spp, LedgerFixture.rp(0L), "nihil"));
    refused(f.apply(new SettlePanjar(f.id(), PKA_PU, f.tick(), spp, LedgerFixture.rp(0L), "again")), Rule.STEP_ORDER);
    OperationId rejected = submitted(f);
    f.ok(new RejectSpp(f.id(), SEKDES, f.tick(), rejected, "x"));
    refused(f.apply(new RejectSpp(f.id(), SEKDES, f.tick(), rejected, "again")), Rule.STEP_ORDER);
    refused(f.apply(f.verify(rejected)), Rule.STEP_ORDER);
  }

  @Test
  @DisplayName("the persons the table keeps apart: submitter, verifier, approver and payer (I7.segregation-of-duties)")
  void distinctPersons() {
    LedgerFixture f = LedgerFixture.ready();
    OperationId spp = submitted(f);
    Official submitterAsSekdes = moved(f, PKA_PU, Role.SEKRETARIS_DESA);
    refused(f.apply(new VerifySpp(f.id(), submitterAsSekdes, f.tick(), spp)), Rule.SEGREGATION_OF_DUTIES);
    refused(f.apply(new RejectSpp(f.id(), submitterAsSekdes, f.tick(), spp, "x")), Rule.SEGREGATION_OF_DUTIES);
    f.ok(f.verify(spp));
    Official verifierAsKd = moved(f, SEKDES, Role.KEPALA_DESA);
    refused(f.apply(new ApproveSpp(f.id(), verifierAsKd, f.tick(), spp)), Rule.SEGREGATION_OF_DUTIES);
    f.ok(f.approve(spp));
    Official approverAsKaur = moved(f, KD, Role.KAUR_KEUANGAN);
    refused(f.apply(new PaySpp(f.id(), approverAsKaur, f.tick(), spp, ImmutableSortedSet.of(), "x")), Rule.SEGREGATION_OF_DUTIES);
    // the submitter may withdraw their own SPP in whatever role they now hold
    assertTrue(f.apply(new CancelSpp(f.id(), submitterAsSekdes, f.tick(), spp, "ditarik")).isAccepted());
  }

  /** The person re-registered by the Kepala Desa in another role (registration replaces the role). */
  private static Official moved(LedgerFixture f, Official person, Role role) {
    Official moved = Official.of(person.id(), person.name(), role);
    f.ok(RegisterOfficial.of(f.id(), KD, f.tick(), moved, Set.of()));
    return moved;
  }
}
