package id.smartkampung.demo.bench;

import id.smartkampung.core.journal.BatchOutcome;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 6 — durable posting one by one against batches (the group commit of {@link
 * VillageBook#applyAll}, issue 17). Each iteration posts the next {@value #OPERATIONS} operations of
 * the {@link LedgerWorkload}'s mix to a village book on disk (not a RAM disk: the force is what is
 * measured) in batches of {@code batch} operations — 1 is {@link VillageBook#apply}, one write and
 * one force per operation — and reports the time per operation. The ratio of one by one to a batch
 * size is how many times more durable operations per second batches give.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class BatchBenchmark {
  /** Operations posted per iteration. */
  public static final int OPERATIONS = 1_000;

  /** Operations per batch; 1 is one {@code apply} (one force) per operation. */
  @Param({"1", "100", "1000"})
  public int batch;

  private LedgerWorkload workload;
  private Operation[] stream;
  private Path dir;
  private VillageBook book;
  private int next;

  @Setup(Level.Trial)
  public void build() throws IOException {
    workload = LedgerWorkload.of(OPERATIONS * 8);
    stream = workload.stream();
    dir = Files.createTempDirectory("sk-batch"); // the default temporary directory: a disk, where /dev/shm is not
  }

  @Setup(Level.Iteration)
  public void open() throws IOException {
    Path file = dir.resolve("book-" + System.nanoTime() + ".jsonl");
    book = VillageBook.create(file, workload.village().village(), SyntheticVillage.POLICY);
    for (Operation op : workload.setup()) {
      book.applyOrThrow(op);
    }
    next = 0;
  }

  @TearDown(Level.Iteration)
  public void close() throws IOException {
    Path file = book.file();
    book.close();
    Files.deleteIfExists(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".lock"));
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(dir);
  }

  /** {@value #OPERATIONS} durable operations, in batches of {@code batch}. */
  @Benchmark
  @OperationsPerInvocation(OPERATIONS)
  public int post() {
    int acknowledged = 0;
    if (batch == 1) {
      for (int i = 0; i < OPERATIONS; i++) {
        Outcome o = book.apply(stream[next++]);
        if (!o.isAccepted()) {
          throw new IllegalStateException("the benchmark stream is broken: " + o);
        }
        acknowledged++;
      }
      return acknowledged;
    }
    for (int done = 0; done < OPERATIONS; done += batch) {
      List<Operation> ops = Arrays.asList(stream).subList(next, next + Math.min(batch, OPERATIONS - done));
      BatchOutcome b = book.applyAllUnsigned(ops);
      if (!b.isComplete()) {
        throw new IllegalStateException("the benchmark stream is broken: " + b.rejection());
      }
      next += ops.size();
      acknowledged += b.acknowledged();
    }
    return acknowledged;
  }
}
