package id.smartkampung.demo.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.smartkampung.core.journal.Journal;
import id.smartkampung.core.journal.JournalException;
import id.smartkampung.core.ledger.Operation;
import id.smartkampung.core.money.Idr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 3 — reading a journal against merely parsing it. A journal of {@value #ENTRIES}
 * operations of the {@link LedgerWorkload} mix, written with {@link Journal#append} (one JSON body
 * per operation), is read back per entry:
 *
 * <ul>
 *   <li>{@code verify}: {@link Journal#forEach} — line splitting, JSON parsing, the SHA-256 of every
 *       line and the chain check;
 *   <li>{@code jacksonParse}: Jackson reading the same file as a sequence of JSON values, nothing
 *       else — the speed limit of any reader.
 * </ul>
 *
 * Target (DESIGN §6): replay at ≥ 50 % of the parse speed. Replay proper (decoding the bodies into
 * operations and applying them to a ledger) needs the journal's operation codec, which is not in
 * this build; until it is, {@code verify} is the journal's share of a replay.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class JournalBenchmark {
  /** Entries in the journal (besides the header). */
  public static final int ENTRIES = 20_000;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Path dir;
  private Path file;

  @Setup(Level.Trial)
  public void write() throws IOException {
    Path shm = Paths.get("/dev/shm");
    dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "sk-bench") : Files.createTempDirectory("sk-bench");
    file = dir.resolve("journal.jsonl");
    LedgerWorkload w = LedgerWorkload.of(ENTRIES);
    try (Journal j = Journal.create(file, MAPPER.createObjectNode().put("village", "35.10.16.2003").put("fiscalYear", 2025))) {
      for (Operation op : w.stream()) {
        j.append(body(op));
      }
    }
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  /** The journal's read: split, parse, hash, chain. */
  @Benchmark
  @OperationsPerInvocation(ENTRIES + 1)
  public void verify(Blackhole bh) throws IOException, JournalException {
    Journal.forEach(file, bh::consume);
  }

  /** Jackson merely parsing the same file. */
  @Benchmark
  @OperationsPerInvocation(ENTRIES + 1)
  public void jacksonParse(Blackhole bh) throws IOException {
    try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (it.hasNext()) {
        bh.consume(it.next());
      }
    }
  }

  /**
   * A JSON body for an operation, in the shape a codec would write: the type, the id, the actor,
   * the time and the operation's own fields (amounts as quoted decimals).
   */
  static ObjectNode body(Operation op) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("type", op.getClass().getSimpleName());
    n.put("id", op.id().value());
    n.putObject("actor").put("id", op.actor().id()).put("name", op.actor().name()).put("role", op.actor().role().name());
    n.put("at", op.at().toString());
    if (op instanceof Operation.ReceiveRevenue o) {
      n.put("account", o.account().toString()).put("fundSource", o.fundSource().code()).put("amount", Idr.format(o.amount()));
      o.tranche().ifPresent(t -> n.put("tranche", t));
      n.put("reference", o.reference());
    } else if (op instanceof Operation.SubmitSpp o) {
      n.put("sppType", o.type().name()).put("amount", Idr.format(o.amount())).put("payee", o.payee()).put("description", o.description());
      n.putObject("item").put("kegiatan", o.item().kegiatan().toString()).put("account", o.item().account().toString())
          .put("fundSource", o.item().fundSource().code());
    } else if (op instanceof Operation.VerifySpp o) {
      n.put("spp", o.spp().value());
    } else if (op instanceof Operation.ApproveSpp o) {
      n.put("spp", o.spp().value());
    } else if (op instanceof Operation.PaySpp o) {
      n.put("spp", o.spp().value()).put("reference", o.reference());
      o.withhold().forEach(t -> n.withArray("withhold").add(t.name()));
    } else if (op instanceof Operation.DepositTax o) {
      n.put("spp", o.spp().value()).put("tax", o.tax().name()).put("amount", Idr.format(o.amount())).put("ntpn", o.ntpn());
    } else if (op instanceof Operation.SettlePanjar o) {
      n.put("spp", o.spp().value()).put("spent", Idr.format(o.spent())).put("receipts", o.receipts());
    }
    return n;
  }
}
