package id.smartkampung.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Examples of the ledger's id index ({@link OperationIndex}). */
class OperationIndexTest {
  @Test
  void aClaimedIdKeepsItsFirstPosition() {
    OperationIndex index = new OperationIndex(0);
    assertEquals(OperationIndex.ABSENT, index.putIfAbsent(OperationId.of("spp-1"), 7));
    assertEquals(7, index.putIfAbsent(OperationId.of("spp-1"), 9));
    assertEquals(7, index.get(OperationId.of("spp-1")));
    assertEquals(OperationIndex.ABSENT, index.get(OperationId.of("spp-2")));
    assertEquals(1, index.size());
  }

  @Test
  void aRemovedIdMayBeClaimedAgain() {
    OperationIndex index = new OperationIndex(0);
    index.putIfAbsent(OperationId.of("a"), 0);
    index.remove(OperationId.of("a"));
    index.remove(OperationId.of("never"));
    assertEquals(OperationIndex.ABSENT, index.get(OperationId.of("a")));
    assertEquals(OperationIndex.ABSENT, index.putIfAbsent(OperationId.of("a"), 3));
    assertEquals(3, index.get(OperationId.of("a")));
  }

  @Test
  void holdsMoreIdsThanItWasSizedFor() {
    OperationIndex index = new OperationIndex(2);
    for (int i = 0; i < 100_000; i++) {
      index.putIfAbsent(OperationId.of("op-" + i), i);
    }
    assertEquals(100_000, index.size());
    for (int i = 0; i < 100_000; i += 997) {
      assertEquals(i, index.get(OperationId.of("op-" + i)));
    }
  }

  @Test
  void refusesANegativePosition() {
    OperationIndex index = new OperationIndex(0);
    assertThrows(IllegalArgumentException.class, () -> index.putIfAbsent(OperationId.of("a"), -1));
  }
}
