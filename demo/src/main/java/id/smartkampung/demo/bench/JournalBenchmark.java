package id.smartkampung.demo.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.journal.VillageBook;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.ledger.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 3 — replaying a village's journal against merely parsing it. A {@link VillageBook}
 * journal of the {@link LedgerWorkload}'s setup and {@value #ENTRIES} operations (unsigned: the
 * workload's officials have no registered key) is read back, per entry:
 *
 * <ul>
 *   <li>{@code replay}: {@link VillageBook#open} — the journal's verification (line splitting, JSON,
 *       the SHA-256 of every line, the chain), the strict operation codec, the signature policy and
 *       every operation posted again through the ledger's checks: a ledger rebuilt from its file;
 *   <li>{@code verify}: {@link Journal#forEach} alone — the chain verified and every body parsed
 *       into a tree (a replay parses each body once, straight from its tokens, instead);
 *   <li>{@code jacksonParse}: Jackson reading the same file as a sequence of JSON values, nothing
 *       else — the speed limit of any reader.
 * </ul>
 *
 * Target (DESIGN §6): replay at ≥ 50 % of the parse speed. {@code interleaved} makes the
 * comparison robust to a shared machine's load: each invocation replays and parses the file, in
 * alternating order, timing each in CPU time ({@link CpuClock#now}: the thread's and the garbage
 * collector's threads'), summed over the iteration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class JournalBenchmark {
  /** Operations in the journal after the setup. */
  public static final int ENTRIES = 20_000;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Path dir;
  private Path file;

  @Setup(Level.Trial)
  public void write() throws IOException, JournalException {
    Path shm = Paths.get("/dev/shm");
    dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "sk-bench") : Files.createTempDirectory("sk-bench");
    file = dir.resolve("journal.jsonl");
    LedgerWorkload w = LedgerWorkload.of(ENTRIES);
    SyntheticVillage v = w.village();
    try (VillageBook book = VillageBook.create(file, v.village(), SyntheticVillage.POLICY)) {
      for (Operation op : w.setup()) {
        accept(book, op);
      }
      for (Operation op : w.stream()) {
        accept(book, op);
      }
    }
    try (VillageBook again = VillageBook.open(file)) {
      if (again.ledger().size() != w.setup().size() + ENTRIES) {
        throw new IllegalStateException("the replayed ledger has " + again.ledger().size() + " operations");
      }
    }
  }

  private static void accept(VillageBook book, Operation op) {
    Outcome o = book.apply(op);
    if (!o.isAccepted()) {
      throw new IllegalStateException("the benchmark journal is broken: " + o);
    }
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".lock")); // the writer's companion lock file (issue 19)
    Files.deleteIfExists(dir);
  }

  /** A ledger rebuilt from its journal: verify, decode, check signatures, post. */
  @Benchmark
  @OperationsPerInvocation(ENTRIES + 1 + LedgerWorkload.SETUP_OPS)
  public void replay(Blackhole bh) throws IOException, JournalException {
    try (VillageBook book = VillageBook.open(file)) {
      bh.consume(book.ledger().size());
    }
  }

  /** The journal's read alone: split, hash, chain, each body parsed into a tree. */
  @Benchmark
  @OperationsPerInvocation(ENTRIES + 1 + LedgerWorkload.SETUP_OPS)
  public void verify(Blackhole bh) throws IOException, JournalException {
    Journal.forEach(file, bh::consume);
  }

  /** Jackson merely parsing the same file. */
  @Benchmark
  @OperationsPerInvocation(ENTRIES + 1 + LedgerWorkload.SETUP_OPS)
  public void jacksonParse(Blackhole bh) throws IOException {
    try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (it.hasNext()) {
        bh.consume(it.next());
      }
    }
  }

  /** The CPU time of each half of {@link #interleaved}, summed over an iteration (JMH's auxiliary counters). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    /** CPU nanoseconds spent replaying. */
    public long replayCpuNs;
    /** CPU nanoseconds spent parsing with Jackson. */
    public long parseCpuNs;
    /** Entries read by each half. */
    public long entries;

    private long invocations;

    @Setup(Level.Iteration)
    public void reset() {
      replayCpuNs = 0;
      parseCpuNs = 0;
      entries = 0;
    }
  }

  /** A replay and a Jackson parse of the file, in alternating order, each timed in CPU time ({@link CpuClock#interleave}). */
  @Benchmark
  @OperationsPerInvocation(2 * (ENTRIES + 1 + LedgerWorkload.SETUP_OPS))
  public void interleaved(CpuTime t, Blackhole bh) throws Exception {
    long[] cpu = CpuClock.interleave((t.invocations++ & 1) == 0, () -> replay(bh), () -> jacksonParse(bh));
    t.replayCpuNs += cpu[0];
    t.parseCpuNs += cpu[1];
    t.entries += ENTRIES + 1 + LedgerWorkload.SETUP_OPS;
  }
}
