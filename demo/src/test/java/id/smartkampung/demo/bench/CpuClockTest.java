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
}
