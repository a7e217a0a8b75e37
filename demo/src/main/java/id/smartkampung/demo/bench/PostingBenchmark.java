package id.smartkampung.demo.bench;

import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.Operation;
import java.util.concurrent.TimeUnit;
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
    Ledger ledger = c.ledger;
    for (Operation op : w.stream) {
      bh.consume(ledger.apply(op));
    }
  }

  /** The same posting with no checks: the baseline. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void bare(Workload w, Bare b, Blackhole bh) {
    BareBooks books = b.books;
    for (Operation op : w.stream) {
      bh.consume(books.post(op));
    }
  }
}
