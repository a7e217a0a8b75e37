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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 2 — does a check grow with history? Before each iteration a fresh ledger is brought to
 * {@code history} accepted operations (not measured); the iteration then measures, once, the next
 * {@value #BATCH} operations of the same mix, per operation. Target: flat — at 1 000 000 events at
 * most 1.1 × the time per operation at 10 000.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class HistoryBenchmark {
  /** Operations measured per iteration. */
  public static final int BATCH = 20_000;

  /** Accepted operations in the ledger before the measured ones. */
  @Param({"10000", "100000", "1000000"})
  public int history;

  private LedgerWorkload workload;
  private Operation[] stream;
  private Ledger ledger;

  @Setup(Level.Trial)
  public void build() {
    workload = LedgerWorkload.of(history + BATCH);
    workload.verify();
    stream = workload.stream();
  }

  @Setup(Level.Iteration)
  public void fill() {
    ledger = null;
    ledger = workload.readyLedger();
    workload.applyAccepted(ledger, 0, history);
    System.gc();
  }

  /** The next operations on a ledger of {@code history} events. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void append(Blackhole bh) {
    Ledger l = ledger;
    Operation[] s = stream;
    for (int i = history, end = history + BATCH; i < end; i++) {
      bh.consume(l.apply(s[i]));
    }
  }
}
