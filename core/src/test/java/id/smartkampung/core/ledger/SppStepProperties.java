package id.smartkampung.core.ledger;

import static id.smartkampung.core.ledger.LedgerFixture.JALAN;
import static id.smartkampung.core.ledger.LedgerFixture.KAUR;
import static id.smartkampung.core.ledger.LedgerFixture.KD;
import static id.smartkampung.core.ledger.LedgerFixture.PKA_PU;
import static id.smartkampung.core.ledger.LedgerFixture.PKA_UMUM;
import static id.smartkampung.core.ledger.LedgerFixture.POLICY;
import static id.smartkampung.core.ledger.LedgerFixture.SEKDES;
import static id.smartkampung.core.ledger.LedgerFixture.VILLAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.ledger.Operation.ApproveSpp;
import id.smartkampung.core.ledger.Operation.CancelSpp;
import id.smartkampung.core.ledger.Operation.PaySpp;
import id.smartkampung.core.ledger.Operation.RegisterOfficial;
import id.smartkampung.core.ledger.Operation.RejectSpp;
import id.smartkampung.core.ledger.Operation.ReversePayment;
import id.smartkampung.core.ledger.Operation.SettlePanjar;
import id.smartkampung.core.ledger.Operation.VerifySpp;
import id.smartkampung.core.official.Official;
import id.smartkampung.core.official.Role;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The SPP state machine as declared ({@link SppStep}) is the one the ledger enforces: over random
 * sequences of SPP steps by random officials — some re-registered into other roles mid-way, so
 * that one person may try two steps of the same SPP — the ledger accepts a step exactly when the
 * table allows it, and refuses it with the table's rule code: a step from no status of its row
 * {@code I7.step-order} (a reversal of an SPP not paid: {@code I9.reversal-not-allowed}, the
 * reversal rule), an actor the row does not name {@code I7.wrong-role}, a person of an earlier
 * step the row names {@code I7.segregation-of-duties}. The expected verdict is read from the
 * table's public API here, not from the ledger's code; the independent {@link ReferenceLedger}
 * finds nothing wrong in what the ledger accepted.
 */
class SppStepProperties {

  /** What one attempt does. */
  enum Move { SUBMIT, VERIFY, APPROVE, REJECT, CANCEL, PAY, SETTLE, REVERSE_PAYMENT, REREGISTER, NEXT }

  /**
   * One attempt: the move ({@code NEXT}: the next step of the SPP's happy path), who (0–6: one of the persons now in the role the move usually needs,
   * 7–9: any of the village's five persons), which SPP (one of the last three submitted), and for a
   * re-registration the new role.
   */
  record Attempt(Move move, int who, int spp, int role) {}

  private static final Role[] ROLES = {Role.KEPALA_DESA, Role.SEKRETARIS_DESA, Role.KAUR_KEUANGAN, Role.PELAKSANA_KEGIATAN};

  /** An SPP as the test sees it from the table alone. */
  private static final class Spp {
    final OperationId id;
    final String submitter;
    SppStatus status = SppStatus.SUBMITTED;
    String verifier;
    String approver;

    Spp(OperationId id, String submitter) {
      this.id = id;
      this.submitter = submitter;
    }

    String person(SppStep.Party p) {
      return switch (p) {
        case SUBMITTER -> submitter;
        case VERIFIER -> verifier;
        case APPROVER -> approver;
      };
    }
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    Arbitrary<Move> moves = Arbitraries.frequency(
        Tuple.of(1, Move.SUBMIT), Tuple.of(3, Move.VERIFY), Tuple.of(3, Move.APPROVE),
        Tuple.of(1, Move.REJECT), Tuple.of(1, Move.CANCEL), Tuple.of(3, Move.PAY),
        Tuple.of(2, Move.SETTLE), Tuple.of(1, Move.REVERSE_PAYMENT), Tuple.of(2, Move.REREGISTER),
        Tuple.of(8, Move.NEXT));
    return Combinators.combine(moves, Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 3))
        .as(Attempt::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  @Property(tries = 300)
  void theLedgerJudgesEverySppStepAsTheTableSays(@ForAll("attempts") List<Attempt> attempts) {
    LedgerFixture f = LedgerFixture.ready();
    List<Official> people = new ArrayList<>(List.of(KD, SEKDES, KAUR, PKA_PU, PKA_UMUM));
    Set<String> pkaOfJalan = new HashSet<>(Set.of(PKA_PU.id()));
    List<Spp> spps = new ArrayList<>();
    for (Attempt generated : attempts) {
      Spp target = spps.isEmpty() ? null : spps.get(spps.size() - 1 - generated.spp() % Math.min(3, spps.size())); // one of the last three
      Attempt a = generated.move() != Move.NEXT ? generated : new Attempt(next(target), generated.who(), generated.spp(), generated.role());
      Official actor = actor(a, people, target);
      switch (a.move()) {
        case NEXT -> throw new IllegalStateException("resolved above");
        case REREGISTER -> {
          int p = 1 + a.who() % 4; // the Kepala Desa who registers stays; anyone else may change role
          Role role = ROLES[a.role()];
          Official moved = Official.of(people.get(p).id(), people.get(p).name(), role);
          boolean pka = role == Role.PELAKSANA_KEGIATAN;
          f.ok(RegisterOfficial.of(f.id(), KD, f.tick(), moved, pka ? Set.of(JALAN.kegiatan()) : Set.of()));
          people.set(p, moved);
          if (pka) {
            pkaOfJalan.add(moved.id());
          } else {
            pkaOfJalan.remove(moved.id());
          }
        }
        case SUBMIT -> {
          Operation op = f.submit(actor, SppType.UM, JALAN, 1_000_000L);
          Rule expected = actor.role() != Role.PELAKSANA_KEGIATAN ? Rule.WRONG_ROLE : !pkaOfJalan.contains(actor.id()) ? Rule.SEGREGATION_OF_DUTIES : null;
          if (judged(f, op, OperationKind.SUBMIT_SPP, expected)) {
            spps.add(new Spp(op.id(), actor.id()));
          }
        }
        default -> {
          if (spps.isEmpty()) {
            continue;
          }
          Spp s = target;
          Operation op = step(f, a.move(), actor, s.id);
          Optional<SppStep> taken = taken(op.kind(), s, actor);
          Rule expected = expected(op.kind(), s, actor, taken, pkaOfJalan.contains(actor.id()));
          if (judged(f, op, op.kind(), expected)) {
            s.status = taken.orElseThrow().to();
            if (op.kind() == OperationKind.VERIFY_SPP) {
              s.verifier = actor.id();
            } else if (op.kind() == OperationKind.APPROVE_SPP) {
              s.approver = actor.id();
            }
          }
        }
      }
    }
    assertEquals(List.of(), f.ledger.recheck());
    assertEquals(List.of(), ReferenceLedger.recompute(VILLAGE, POLICY, f.ledger.history()).violations());
  }

  /** The next step of the SPP's happy path: submit, verify, approve, pay, settle; a new SPP once it is final. */
  private static Move next(Spp target) {
    if (target == null) {
      return Move.SUBMIT;
    }
    return switch (target.status) {
      case SUBMITTED -> Move.VERIFY;
      case VERIFIED -> Move.APPROVE;
      case APPROVED -> Move.PAY;
      case PAID -> Move.SETTLE;
      case SETTLED, REJECTED, CANCELLED, REVERSED -> Move.SUBMIT;
    };
  }

  /** Who attempts: mostly one of those now in the role the move usually needs, else anyone. */
  private static Official actor(Attempt a, List<Official> people, Spp target) {
    Role usual = switch (a.move()) {
      case SUBMIT, SETTLE -> Role.PELAKSANA_KEGIATAN;
      case VERIFY -> Role.SEKRETARIS_DESA;
      case APPROVE, CANCEL -> Role.KEPALA_DESA;
      case REJECT -> target != null && target.status == SppStatus.VERIFIED ? Role.KEPALA_DESA : Role.SEKRETARIS_DESA;
      case PAY, REVERSE_PAYMENT, REREGISTER, NEXT -> Role.KAUR_KEUANGAN;
    };
    List<Official> inRole = people.stream().filter(p -> p.role() == usual).toList();
    return a.who() < 7 && !inRole.isEmpty() ? inRole.get(a.who() % inRole.size()) : people.get(a.who() % people.size());
  }

  /** The operation of a move on an SPP, by the actor; a panjar is accounted for in full, nothing spent. */
  private static Operation step(LedgerFixture f, Move move, Official actor, OperationId spp) {
    return switch (move) {
      case VERIFY -> new VerifySpp(f.id(), actor, f.tick(), spp);
      case APPROVE -> new ApproveSpp(f.id(), actor, f.tick(), spp);
      case REJECT -> new RejectSpp(f.id(), actor, f.tick(), spp, "tidak lengkap");
      case CANCEL -> new CancelSpp(f.id(), actor, f.tick(), spp, "ditunda");
      case PAY -> new PaySpp(f.id(), actor, f.tick(), spp, ImmutableSortedSet.of(), "transfer");
      case SETTLE -> new SettlePanjar(f.id(), actor, f.tick(), spp, LedgerFixture.rp(0L), "nihil");
      case REVERSE_PAYMENT -> new ReversePayment(f.id(), actor, f.tick(), spp, "salah bayar");
      case SUBMIT, REREGISTER, NEXT -> throw new IllegalArgumentException(move + " is not a step on an SPP");
    };
  }

  /** The row of the table the actor takes: of the kind's steps from the SPP's status, the first whose actor they are. */
  private static Optional<SppStep> taken(OperationKind kind, Spp s, Official actor) {
    return kind.sppSteps().stream()
        .filter(step -> step.startsFrom(s.status))
        .filter(step -> step.bySubmitter() ? actor.id().equals(s.submitter) : step.role().orElseThrow() == actor.role())
        .findFirst();
  }

  /** The table's verdict: null when the step is allowed, else the rule that refuses it. */
  private static Rule expected(OperationKind kind, Spp s, Official actor, Optional<SppStep> taken, boolean pkaOfTheKegiatan) {
    if (kind.sppSteps().stream().noneMatch(step -> step.startsFrom(s.status))) {
      return kind == OperationKind.REVERSE_PAYMENT ? Rule.REVERSAL_NOT_ALLOWED : Rule.STEP_ORDER;
    }
    if (taken.isEmpty()) {
      return Rule.WRONG_ROLE;
    }
    for (SppStep.Party p : taken.get().distinctFrom()) {
      if (actor.id().equals(s.person(p))) {
        return Rule.SEGREGATION_OF_DUTIES;
      }
    }
    if (taken.get() == SppStep.SETTLE && !actor.id().equals(s.submitter) && !pkaOfTheKegiatan) {
      return Rule.SEGREGATION_OF_DUTIES; // the SPJ is the submitter's or another PKA of the kegiatan's (the ledger's rule of the step)
    }
    return null;
  }

  private static final Set<Rule> STEP_RULES =
      EnumSet.of(Rule.STEP_ORDER, Rule.WRONG_ROLE, Rule.SEGREGATION_OF_DUTIES, Rule.REVERSAL_NOT_ALLOWED);

  /** Applies the operation and checks the ledger's verdict against the expected one; whether it was accepted. */
  private static boolean judged(LedgerFixture f, Operation op, OperationKind kind, Rule expected) {
    Outcome o = f.apply(op);
    Statistics.label("verdict").collect(kind.wireName() + " " + (expected == null ? "accepted" : expected.code()));
    if (expected == null) {
      assertTrue(o.isAccepted(), () -> "the table allows " + op + ", the ledger answered " + o);
      return true;
    }
    assertTrue(o.isRejected() && o.has(expected), () -> "the table refuses " + op + " with " + expected + ", the ledger answered " + o);
    for (Finding finding : o.findings()) {
      assertTrue(STEP_RULES.contains(finding.rule()), () -> "only the step rules refuse " + op + ": " + o);
    }
    return false;
  }
}
