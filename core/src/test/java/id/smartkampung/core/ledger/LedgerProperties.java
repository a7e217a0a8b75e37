package id.smartkampung.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.smartkampung.core.audit.LedgerHistory;
import id.smartkampung.core.audit.ReferenceLedger;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.testkit.LedgerArbitraries;
import id.smartkampung.core.testkit.LedgerCoverage;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Stateful properties of the ledger: an {@link ActionChain} whose every action attempts the next
 * few operations from the shipped generator {@link LedgerArbitraries#operations(LedgerHistory,
 * int)}, aimed at the ledger's state so far — every operation kind, by right and wrong actors,
 * with valid, invalid and adversarial content (the same generator auditors get, so there is one
 * copy of it). After every operation: a rejected or duplicate operation changed nothing; the
 * history only grew by the accepted operation. After every action: the ledger's own re-check finds
 * nothing, and its state equals the independent {@link ReferenceLedger} (the offline audit's
 * from-scratch recomputation) recomputed from the history, which also re-derives every guarantee
 * (I1, I2, I4–I9) and finds no violation in what the ledger accepted. At the end, replaying the
 * history on a fresh ledger gives the same state. {@link JournaledLedgerProperties} runs the same
 * chains through a journaled, signed {@code VillageBook}.
 */
class LedgerProperties {

  /** The system under test, started from a generated history. */
  static final class World {
    final Ledger ledger;
    final PolicyPack policy;
    /** How operations are posted: straight to the ledger, or through a journaled book (signed). */
    final Function<Operation, Outcome> post;
    /** What is done to a generated operation before it is posted (e.g. register officials' keys). */
    final UnaryOperator<Operation> prepare;
    final LedgerCoverage coverage = new LedgerCoverage();
    List<Operation> history = List.of();

    World(LedgerHistory start) {
      this(start, Ledger.create(start.village(), start.policy()), null, UnaryOperator.identity());
    }

    /** A world over {@code ledger}, posting with {@code post} (the ledger's own apply when null). */
    World(LedgerHistory start, Ledger ledger, Function<Operation, Outcome> post, UnaryOperator<Operation> prepare) {
      this.ledger = ledger;
      this.policy = start.policy();
      this.post = post == null ? ledger::apply : post;
      this.prepare = prepare;
      start.operations().forEach(this::attempt);
    }

    void attempt(Operation generated) {
      Operation op = prepare.apply(generated);
      LedgerSnapshot before = ledger.snapshot();
      Outcome o = post.apply(op);
      List<Operation> after = ledger.history();
      if (o.isAccepted()) {
        assertEquals(history.size() + 1, after.size());
        assertEquals(history, after.subList(0, history.size()));
        assertSame(op, after.get(history.size()));
      } else {
        assertEquals(history, after);
        assertEquals(before, ledger.snapshot());
        if (o.isRejected()) {
          assertFalse(o.findings().isEmpty());
        }
      }
      history = after;
      coverage.record(o, ledger.snapshot().funds());
    }

    void checkGuarantees() {
      assertEquals(List.of(), ledger.recheck());
      ReferenceLedger model = ReferenceLedger.recompute(ledger.village(), policy, history);
      assertEquals(List.of(), model.violations());
      assertEquals(ReferenceFigures.of(model), ReferenceFigures.of(ledger.snapshot()));
    }

    @Override
    public String toString() {
      return "World[" + history.size() + " accepted]";
    }
  }

  /** Attempts the next one to three generated operations, aimed at the ledger's state now. */
  static Action.Dependent<World> attemptGenerated() {
    return w -> LedgerArbitraries.operations(LedgerHistory.of(w.ledger), 3).map(ops ->
        Transformer.mutate(
            ops.stream().map(op -> op.getClass().getSimpleName() + " " + op.id() + " by " + op.actor().id()).collect(Collectors.joining(", ")),
            x -> ops.forEach(x::attempt)));
  }

  @Provide
  Arbitrary<ActionChain<World>> chains() {
    return chains(World::new);
  }

  /** Chains of generated operations over worlds made by {@code world} from a generated start. */
  static Arbitrary<ActionChain<World>> chains(Function<LedgerHistory, World> world) {
    return LedgerArbitraries.startingHistories()
        .flatMap(start -> ActionChain.startWith(() -> world.apply(start)).withAction(attemptGenerated()).withMaxTransformations(30));
  }

  @Property(tries = 150)
  void everyGuaranteeHoldsAfterEveryStep(@ForAll("chains") ActionChain<World> chain) {
    World w = chain.withInvariant("guarantees and reference model", World::checkGuarantees).run();
    Ledger replayed = Ledger.replay(w.ledger.village(), w.policy, w.ledger.history(), OperationLog.NONE);
    assertEquals(w.ledger.snapshot(), replayed.snapshot());
    w.coverage.collect();
  }
}
