package id.smartkampung.core.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Outcome;
import id.smartkampung.core.testkit.LedgerArbitraries;
import id.smartkampung.core.testkit.LedgerScenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The group commit changes nothing but the number of forces: any generated year (valid and
 * adversarial operations mixed), posted in batches of random sizes with {@link VillageBook#applyAll}
 * — the rest of a batch posted again after a rejection stops it — gives the same outcomes, the same
 * ledger and the same journal, byte for byte, as posting one operation at a time.
 */
class BatchApplyProperties {
  static Path dir;

  @BeforeContainer
  static void setUp() throws IOException {
    dir = ScratchDirectory.create("batch-apply");
  }

  @AfterContainer
  static void tearDown() throws IOException {
    ScratchDirectory.delete(dir);
  }

  @Provide
  Arbitrary<LedgerScenario> scenarios() {
    return LedgerArbitraries.scenarios();
  }

  @Property(tries = 40)
  void batchesGiveTheJournalOfOneByOnePosting(@ForAll("scenarios") LedgerScenario scenario, @ForAll("batchSizes") List<Integer> sizes) throws Exception {
    List<Operation> ops = scenario.all();
    Path one = Files.createTempFile(dir, "one", ".jsonl");
    Path batched = Files.createTempFile(dir, "batched", ".jsonl");
    Files.delete(one);
    Files.delete(batched);
    List<Outcome> expected = new ArrayList<>();
    try (VillageBook book = VillageBook.create(one, scenario.village(), scenario.policy())) {
      for (Operation op : ops) {
        expected.add(book.apply(op));
      }
    }
    List<Outcome> actual = new ArrayList<>();
    int batches = 0;
    long forces;
    try (VillageBook book = VillageBook.create(batched, scenario.village(), scenario.policy())) {
      long before = book.forces();
      int next = 0;
      int k = 0;
      while (next < ops.size()) {
        int size = sizes.get(k++ % sizes.size());
        BatchOutcome b = book.applyAllUnsigned(ops.subList(next, Math.min(ops.size(), next + size)));
        batches++;
        assertTrue(b.outcomes().size() >= 1, "a non-empty batch attempts its first operation");
        actual.addAll(b.outcomes());
        next += b.outcomes().size(); // after a rejection: the rest of the batch, again
      }
      forces = book.forces() - before;
    }
    assertEquals(expected, actual);
    assertTrue(forces <= batches, forces + " forces for " + batches + " batches");
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(batched), "the same journal, byte for byte");
    try (VillageBook again = VillageBook.open(batched)) {
      assertEquals(expected.stream().filter(Outcome::isAccepted).count(), again.ledger().size());
    }
    Statistics.label("rejections").collect(expected.stream().anyMatch(Outcome::isRejected) ? "some" : "none");
    Statistics.label("rejections").coverage(c -> c.check("some").percentage(p -> p > 20));
    Files.delete(one);
    Files.delete(batched);
  }

  @Provide
  Arbitrary<List<Integer>> batchSizes() {
    return Arbitraries.integers().between(1, 40).list().ofMinSize(1).ofMaxSize(5);
  }
}
