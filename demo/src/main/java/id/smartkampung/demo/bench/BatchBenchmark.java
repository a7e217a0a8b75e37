package id.smartkampung.demo.bench;

import id.smartkampung.core.journal.BatchOutcome;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 *
 * <p>Each measured iteration is one shot of {@value #OPERATIONS} operations ({@link
 * Mode#SingleShotTime}), a few of them warm-up: on their own they would time code still being
 * compiled, which charges a batch (a few microseconds of work per operation) with the JIT and hides
 * what the force costs. The trial's setup therefore first posts {@value #WARM_UP_OPERATIONS}
 * operations of the same mix, one by one and in batches, to a book on a RAM disk (where the force is
 * cheap): the measured shots run compiled code, as a village server does after its first minutes.
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

  /** Operations posted before the trial, on a RAM disk, to compile the posting paths (see above). */
  public static final int WARM_UP_OPERATIONS = 40_000;

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
    warmUp();
  }

  /** Posts {@value #WARM_UP_OPERATIONS} operations, half one by one and half in batches, on a RAM disk if there is one. */
  private static void warmUp() throws IOException {
    LedgerWorkload w = LedgerWorkload.of(WARM_UP_OPERATIONS);
    Operation[] ops = w.stream();
    Path shm = Paths.get("/dev/shm");
    Path scratch = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "sk-warm") : Files.createTempDirectory("sk-warm");
    Path file = scratch.resolve("warm-up.jsonl");
    try (VillageBook warm = VillageBook.create(file, w.village().village(), SyntheticVillage.POLICY)) {
      for (Operation op : w.setup()) {
        warm.applyOrThrow(op);
      }
      for (int next = 0; next < ops.length; ) {
        int n = Math.min(OPERATIONS, ops.length - next);
        if ((next / OPERATIONS) % 2 == 0) {
          for (int i = 0; i < n; i++) {
            warm.applyOrThrow(ops[next + i]);
          }
        } else if (!warm.applyAllUnsigned(Arrays.asList(ops).subList(next, next + n)).isComplete()) {
          throw new IllegalStateException("the warm-up stream is broken");
        }
        next += n;
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".lock"));
      Files.deleteIfExists(scratch);
    }
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
