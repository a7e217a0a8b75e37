package id.smartkampung.demo.bench;

import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 1 — the cost of the guarantees: posting {@value #BATCH} operations of the {@link
 * LedgerWorkload} mix through {@link Ledger#apply} (every incremental check of I4–I10, then the
 * posting) against the same posting with no checks ({@link BareBooks}, a bare state update written
 * here). Each invocation starts from a fresh ledger at the same point (built outside the
 * measurement), so the history stays between 0 and {@value #BATCH} operations. Scores are per
 * operation. Target: checked ≤ 1.5 × bare, and checked ≥ 1 million operations per second.
 *
 * <p>{@code checked} and {@code bare} are timed on the wall clock, one after the other: on a shared
 * machine a neighbour's load during one and not the other moves their ratio (a round of 3.21x was
 * seen where the median was 1.73x). {@code interleaved} measures the same comparison the robust
 * way: each invocation posts the batch through both, in alternating order, and counts the
 * <b>CPU time</b> each half takes ({@link CpuClock#now}: the thread's CPU time, so time spent
 * descheduled is not counted, plus the garbage collector's threads', so allocation is not hidden),
 * summed over the iteration. The report takes the ratio of the sums per iteration and the median iteration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PostingBenchmark {
  /** Operations per invocation. */
  public static final int BATCH = 10_000;

  /** The workload, built and verified once per fork. */
  @State(Scope.Benchmark)
  public static class Workload {
    LedgerWorkload workload;
    Operation[] stream;

    @Setup(Level.Trial)
    public void build() {
      workload = LedgerWorkload.of(BATCH);
      workload.verify();
      stream = workload.stream();
    }
  }

  /** A fresh, ready ledger for every invocation. */
  @State(Scope.Thread)
  public static class Checked {
    Ledger ledger;

    @Setup(Level.Invocation)
    public void fresh(Workload w) {
      ledger = w.workload.readyLedger();
    }
  }

  /** A fresh bare state for every invocation. */
  @State(Scope.Thread)
  public static class Bare {
    BareBooks books;

    @Setup(Level.Invocation)
    public void fresh(Workload w) {
      books = w.workload.readyBare();
    }
  }

  /** Every operation through the ledger: checks, then posting. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void checked(Workload w, Checked c, Blackhole bh) {
    checkedHalf(w.stream, c.ledger, bh);
  }

  /** The same posting with no checks: the baseline. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void bare(Workload w, Bare b, Blackhole bh) {
    bareHalf(w.stream, b.books, bh);
  }

  /**
   * The CPU time each half of {@link #interleaved} took, summed over an iteration (JMH's auxiliary
   * counters, reported as secondary results named after the fields).
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    /** CPU nanoseconds (see {@link CpuClock#now}) spent posting through {@link Ledger#apply}. */
    public long checkedCpuNs;
    /** CPU nanoseconds (see {@link CpuClock#now}) spent posting through the bare update. */
    public long bareCpuNs;
    /** Operations posted by each half. */
    public long operations;

    Ledger ledger;
    BareBooks books;
    private long invocations;

    @Setup(Level.Iteration)
    public void reset() {
      checkedCpuNs = 0;
      bareCpuNs = 0;
      operations = 0;
    }

    @Setup(Level.Invocation)
    public void fresh(Workload w) {
      ledger = w.workload.readyLedger();
      books = w.workload.readyBare();
    }
  }

  /** Both halves on the same batch, in alternating order, each timed in CPU time ({@link CpuClock#interleave}). */
  @Benchmark
  @OperationsPerInvocation(2 * BATCH)
  public void interleaved(Workload w, CpuTime t, Blackhole bh) throws Exception {
    long[] cpu = CpuClock.interleave((t.invocations++ & 1) == 0, () -> checkedHalf(w.stream, t.ledger, bh), () -> bareHalf(w.stream, t.books, bh));
    t.checkedCpuNs += cpu[0];
    t.bareCpuNs += cpu[1];
    t.operations += w.stream.length;
  }

  private static void checkedHalf(Operation[] stream, Ledger ledger, Blackhole bh) {
    for (Operation op : stream) {
      bh.consume(ledger.apply(op));
    }
  }

  private static void bareHalf(Operation[] stream, BareBooks books, Blackhole bh) {
    for (Operation op : stream) {
      bh.consume(books.post(op));
    }
  }
}
