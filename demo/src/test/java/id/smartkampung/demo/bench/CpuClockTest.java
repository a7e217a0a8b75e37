package id.smartkampung.demo.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The interleaved comparisons' clock counts the collectors' threads, and only them. */
class CpuClockTest {
  @Test
  void theCollectorsThreadsAreKnownByTheirNames() {
    assertTrue(CpuClock.isCollector("GC Thread#0"));
    assertTrue(CpuClock.isCollector("G1 Conc#0\n"));
    assertTrue(CpuClock.isCollector("VM Thread"));
    assertFalse(CpuClock.isCollector("C2 CompilerThre")); // the compiler's work is not the benchmark's
    assertFalse(CpuClock.isCollector("main"));
  }

  @Test
  void aCollectionIsCountedAndTheClockNeverGoesBack() {
    assumeTrue(CpuClock.countsCollectors(), "no /proc: the collectors are not counted here");
    long before = CpuClock.collectorsNanos();
    long now = CpuClock.now();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    assertTrue(CpuClock.collectorsNanos() > before, "three full collections took no collector CPU time");
    assertTrue(CpuClock.now() >= now);
  }

  @Test
  void interleavingRunsTheHalvesInTheOrderAskedAndReturnsEachOnesTime() throws Exception {
    for (boolean aFirst : new boolean[] {true, false}) {
      java.util.List<String> order = new java.util.ArrayList<>();
      long[] cpu = CpuClock.interleave(aFirst, () -> {
        order.add("a");
        busy(30_000_000L);
      }, () -> order.add("b"));
      assertTrue(order.equals(aFirst ? java.util.List.of("a", "b") : java.util.List.of("b", "a")), order.toString());
      assertTrue(cpu[0] > cpu[1], "the busy half is a's, whichever ran first: " + cpu[0] + " vs " + cpu[1]);
    }
  }

  private static long sink;

  /** Spins for at least {@code nanos} of this thread's CPU time. */
  private static void busy(long nanos) {
    long until = CpuClock.now() + nanos;
    long x = 0;
    while (CpuClock.now() < until) {
      for (int i = 0; i < 10_000; i++) {
        x += i * 31L;
      }
    }
    sink = x;
  }
}
