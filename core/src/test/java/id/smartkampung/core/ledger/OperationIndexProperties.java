package id.smartkampung.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The ledger's id index ({@link OperationIndex}) answers as a {@code HashMap<OperationId, Integer>}
 * would after any sequence of claims and removals — including removals inside a run of colliding
 * ids, which the table closes by shifting later entries back, and growth past any initial size.
 */
class OperationIndexProperties {
  /** One step: claim (putIfAbsent) or remove an id; a small id space makes repeats and collisions common. */
  record Step(boolean remove, String id, int position) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<String> ids = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 300).map(n -> "op-" + n),
        Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(6));
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 3).map(k -> k == 0), ids, Arbitraries.integers().between(0, 1_000_000))
        .as(Step::new);
    return step.list().ofMaxSize(600);
  }

  @Property(tries = 300)
  void answersAsAHashMap(@ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 0, max = 64) int expected) {
    OperationIndex index = new OperationIndex(expected);
    Map<OperationId, Integer> model = new HashMap<>();
    for (Step s : steps) {
      OperationId id = OperationId.of(s.id());
      if (s.remove()) {
        index.remove(id);
        model.remove(id);
      } else {
        Integer before = model.putIfAbsent(id, s.position());
        assertEquals(before == null ? OperationIndex.ABSENT : before, index.putIfAbsent(OperationId.of(s.id()), s.position()), s.toString());
      }
      assertEquals(model.size(), index.size());
    }
    for (Map.Entry<OperationId, Integer> e : model.entrySet()) {
      assertEquals(e.getValue(), index.get(OperationId.of(e.getKey().value())));
    }
    for (Step s : steps) {
      OperationId id = OperationId.of(s.id());
      assertEquals(model.getOrDefault(id, OperationIndex.ABSENT), index.get(id));
    }
  }

  /** Ids with equal hash codes (Java strings collide, e.g. "Aa" and "BB") are told apart. */
  @Property(tries = 50)
  void collidingIdsAreToldApart(@ForAll @IntRange(min = 1, max = 12) int length, @ForAll @IntRange(min = 0, max = 11) int removeAt) {
    // every string of "Aa"/"BB" blocks of one length has the same hash code
    List<String> same = new java.util.ArrayList<>();
    for (int bits = 0; bits < (1 << Math.min(length, 6)); bits++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < Math.min(length, 6); k++) {
        b.append((bits >> k & 1) == 0 ? "Aa" : "BB");
      }
      same.add(b.toString());
    }
    OperationIndex index = new OperationIndex(0);
    for (int i = 0; i < same.size(); i++) {
      assertEquals(OperationIndex.ABSENT, index.putIfAbsent(OperationId.of(same.get(i)), i));
    }
    String gone = same.get(removeAt % same.size());
    index.remove(OperationId.of(gone));
    for (int i = 0; i < same.size(); i++) {
      int expected = same.get(i).equals(gone) ? OperationIndex.ABSENT : i;
      assertEquals(expected, index.get(OperationId.of(same.get(i))), same.get(i));
    }
  }
}
