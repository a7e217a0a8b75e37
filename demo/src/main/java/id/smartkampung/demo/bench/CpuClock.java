package id.smartkampung.demo.bench;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

/**
 * The clock of the interleaved comparisons ({@code PostingBenchmark.interleaved},
 * {@code JournalBenchmark.interleaved}): CPU time, which a neighbour's load does not inflate the way
 * it inflates wall time.
 *
 * <p>{@link #now} is the calling thread's CPU time plus the CPU time of the JVM's garbage-collector
 * threads (G1's {@code GC Thread#n}, {@code G1 …} and the {@code VM Thread} that runs the pauses),
 * read in nanoseconds from Linux's {@code /proc/self/task/<tid>/schedstat}: the time the benchmark
 * waits for another process is not counted, the collection of the garbage its work makes is. (The
 * JDK's process CPU time would count them too, but it reads it in 10 ms ticks, coarser than a
 * measured half; the collectors' pause times are wall time, which the load inflates.) Where there is
 * no {@code /proc} the collectors are not counted: {@link #countsCollectors()} says which.
 */
final class CpuClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Path TASKS = Paths.get("/proc/self/task");
  /** Per thread id of this process: whether it is a collector's thread (its name read once). */
  private static final Map<String, Boolean> COLLECTOR = new HashMap<>();

  private CpuClock() {}

  /** The calling thread's CPU nanoseconds plus the collectors' (see the class comment). */
  static synchronized long now() {
    return THREADS.getCurrentThreadCpuTime() + collectorsNanos();
  }

  /** One half of an interleaved comparison. */
  @FunctionalInterface
  interface Half {
    void run() throws Exception;
  }

  /**
   * Runs the two halves of a comparison, {@code a} first when {@code aFirst}, and returns the CPU
   * nanoseconds ({@link #now}) each took: {@code {a, b}}. Alternating the order from one call to
   * the next cancels what running first or second does to a half (a warm cache, the other's garbage).
   */
  static long[] interleave(boolean aFirst, Half a, Half b) throws Exception {
    Half first = aFirst ? a : b;
    Half second = aFirst ? b : a;
    long t0 = now();
    first.run();
    long t1 = now();
    second.run();
    long t2 = now();
    return aFirst ? new long[] {t1 - t0, t2 - t1} : new long[] {t2 - t1, t1 - t0};
  }

  /** Whether {@link #now} counts the collectors' threads (Linux's {@code /proc} is there). */
  static boolean countsCollectors() {
    return Files.isDirectory(TASKS);
  }

  static long collectorsNanos() {
    long sum = 0;
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        sum += collectorNanos(task);
      }
    } catch (IOException | RuntimeException e) {
      // no /proc: the collectors are not counted (countsCollectors)
    }
    return sum;
  }

  /** A collector thread's CPU nanoseconds, 0 for another thread (or one that ended as it was listed). */
  private static long collectorNanos(Path task) {
    try {
      String tid = task.getFileName().toString();
      Boolean collector = COLLECTOR.get(tid);
      if (collector == null) {
        collector = isCollector(read(task.resolve("comm")));
        COLLECTOR.put(tid, collector);
      }
      if (!collector) {
        return 0;
      }
      String stat = read(task.resolve("schedstat"));
      int space = stat.indexOf(' ');
      return Long.parseLong(space < 0 ? stat.trim() : stat.substring(0, space));
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  static boolean isCollector(String threadName) {
    String n = threadName.trim();
    return n.startsWith("GC Thread") || n.startsWith("G1 ") || n.equals("VM Thread");
  }

  private static String read(Path p) throws IOException {
    return new String(Files.readAllBytes(p), US_ASCII);
  }
}
