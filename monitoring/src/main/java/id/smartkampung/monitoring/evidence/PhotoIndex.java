package id.smartkampung.monitoring.evidence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.monitoring.project.ProjectId;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The photo index of a province or the nation — <i>indeks foto nasional</i>: every photo use of every
 * district, checked for the same photo in two projects or villages, in bounded memory on one
 * machine.
 *
 * <p>Scale: 117 million photo uses a year at national scale (about 75,000 villages, their projects'
 * weekly reports). A {@link PhotoRegistry} holds every use in memory and suits a district; this
 * index does not. It is an <b>external sort-merge</b>: uses are buffered up to {@code runEntries}
 * at a time, each full buffer is sorted by (photo hash, report date, kode desa, project) and written
 * to a run file in the working directory; {@link #findReuse} then merges the runs (at most {@value
 * #DEFAULT_FAN_IN} at a time, merging runs into longer runs first when there are more) and walks the
 * merged order once: all uses of a photo are adjacent, the first is the original (the earliest
 * report; on one day the first by kode desa and project), and every use in another project or
 * village is reported as a {@link PhotoReuse} — across districts included. Reuse within the
 * original's own project is the project assessment's rule ({@code photo-reused}), not reported here.
 *
 * <p>Memory is bounded by the buffer ({@code runEntries} × about 200 bytes) plus one 64 KiB read
 * buffer per merged run, whatever the number of uses; disk use is about 70 bytes per use (≈ 8 GB
 * of run files for 117 million uses), deleted by {@link #close}. Time is O(n log n) with two
 * sequential passes over the disk.
 *
 * <p><b>On a distributed engine.</b> When one machine is not enough (or the uses already live in a
 * data lake), the same computation is a group-by on the photo hash, which every engine shuffles by
 * key. In Spark: {@code uses.groupBy("hash")} — better, to stay streaming per group, {@code
 * uses.repartition(col("hash")).sortWithinPartitions("hash", "reportDate", "villageCode",
 * "project")} followed by {@code mapPartitions} running the walk above (first use = original, later
 * uses in another project = reuse); or in SQL, {@code row_number() over (partition by hash order by
 * report_date, village_code, project)} and a self-join of rank 1 against ranks &gt; 1 with a
 * different project. The shuffle by hash is the distributed form of the runs and the merge here;
 * the result is the same set of {@link PhotoReuse} (the test kit's property compares this index
 * with the in-memory definition). A photo reused a million times is one hot key: the walk needs
 * only the original and the current use, so it streams within the partition without holding the
 * group. Beam/Flink: {@code GroupByKey} on the hash with a sorted-values combiner, likewise.
 *
 * <p>Not thread-safe; use from one thread, then close. Write errors surface as {@link
 * UncheckedIOException} naming the run file.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class PhotoIndex implements AutoCloseable {
  /** The default number of uses buffered in memory before a run is written. */
  public static final int DEFAULT_RUN_ENTRIES = 200_000;

  /** The most runs merged at once. */
  public static final int DEFAULT_FAN_IN = 64;

  private static final Comparator<Entry> ORDER =
      Comparator.<Entry>comparingLong(e -> e.h0 ^ Long.MIN_VALUE)
          .thenComparingLong(e -> e.h1 ^ Long.MIN_VALUE)
          .thenComparingLong(e -> e.h2 ^ Long.MIN_VALUE)
          .thenComparingLong(e -> e.h3 ^ Long.MIN_VALUE)
          .thenComparingInt(e -> e.day)
          .thenComparing(e -> e.village)
          .thenComparing(e -> e.project);

  private final Path dir;
  private final int runEntries;
  private final int fanIn;
  private final Entry[] buffer;
  private int buffered;
  private final Deque<Path> runs = new ArrayDeque<>();
  private int runCounter;
  private long uses;
  private long runBytes;
  private boolean merged;

  private PhotoIndex(Path dir, int runEntries, int fanIn) {
    this.dir = dir;
    this.runEntries = runEntries;
    this.fanIn = fanIn;
    this.buffer = new Entry[runEntries];
  }

  /**
   * An empty index writing its runs into {@code workDir} (which must exist), buffering up to {@code
   * runEntries} uses in memory.
   *
   * @throws IllegalArgumentException if the directory does not exist or {@code runEntries} is below 1
   */
  public static PhotoIndex create(Path workDir, int runEntries) {
    return create(workDir, runEntries, DEFAULT_FAN_IN);
  }

  /** As {@link #create(Path, int)}, merging at most {@code fanIn} (at least 2) runs at once. */
  public static PhotoIndex create(Path workDir, int runEntries, int fanIn) {
    requireNonNull(workDir, "workDir");
    checkArgument(Files.isDirectory(workDir), "photo index: working directory %s does not exist", workDir);
    checkArgument(runEntries >= 1, "photo index: at least one use per run, got %s", runEntries);
    checkArgument(fanIn >= 2, "photo index: merge at least two runs at once, got %s", fanIn);
    return new PhotoIndex(workDir, runEntries, fanIn);
  }

  /** Adds one use of a photo. */
  public void add(PhotoHash photo, PhotoUse use) {
    requireNonNull(photo, "photo");
    requireNonNull(use, "use");
    checkState(!merged, "photo index: uses are added before findReuse");
    byte[] h = HexFormat.of().parseHex(photo.hex());
    buffer[buffered++] = new Entry(
        longAt(h, 0), longAt(h, 8), longAt(h, 16), longAt(h, 24),
        Math.toIntExact(use.reportDate().toEpochDay()), use.villageCode(), use.project().value());
    uses++;
    if (buffered == runEntries) {
      spill();
    }
  }

  private static long longAt(byte[] b, int off) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (b[off + i] & 0xff);
    }
    return v;
  }

  private void spill() {
    Arrays.sort(buffer, 0, buffered, ORDER);
    Path run = newRun();
    try (RunWriter w = new RunWriter(run)) {
      for (int i = 0; i < buffered; i++) {
        w.write(buffer[i]);
        buffer[i] = null;
      }
    }
    buffered = 0;
    runs.addLast(run);
  }

  private Path newRun() {
    return dir.resolve("photo-run-" + (runCounter++) + ".bin");
  }

  /**
   * Merges the runs and reports every reuse to {@code out}, in photo-hash order; once.
   *
   * @return the counts
   */
  public Summary findReuse(Consumer<PhotoReuse> out) {
    requireNonNull(out, "out");
    checkState(!merged, "photo index: findReuse runs once");
    merged = true;
    if (buffered > 0) {
      spill();
    }
    int runsWritten = runs.size();
    while (runs.size() > fanIn) {
      List<Path> group = new ArrayList<>();
      for (int i = 0; i < fanIn; i++) {
        group.add(runs.pollFirst());
      }
      Path longer = newRun();
      try (RunWriter w = new RunWriter(longer)) {
        merge(group, w::write);
      }
      runs.addLast(longer);
      runsWritten++;
    }
    long[] counts = new long[3];
    Entry[] original = new Entry[1];
    merge(new ArrayList<>(runs), e -> {
      Entry o = original[0];
      if (o == null || !o.sameHash(e)) {
        original[0] = e;
        counts[0]++;
        return;
      }
      if (o.village.equals(e.village) && o.project.equals(e.project)) {
        return;
      }
      PhotoReuse r = new PhotoReuse(e.hash(), o.use(), e.use());
      counts[1]++;
      if (r.acrossDistricts()) {
        counts[2]++;
      }
      out.accept(r);
    });
    return new Summary(uses, counts[0], counts[1], counts[2], runsWritten, runBytes);
  }

  private void merge(List<Path> inputs, Consumer<Entry> out) {
    PriorityQueue<RunReader> heap = new PriorityQueue<>(Math.max(1, inputs.size()), (a, b) -> ORDER.compare(a.current, b.current));
    List<RunReader> open = new ArrayList<>();
    try {
      for (Path p : inputs) {
        RunReader r = new RunReader(p);
        open.add(r);
        if (r.next()) {
          heap.add(r);
        }
      }
      while (!heap.isEmpty()) {
        RunReader r = heap.poll();
        out.accept(r.current);
        if (r.next()) {
          heap.add(r);
        }
      }
    } finally {
      for (RunReader r : open) {
        r.close();
      }
      for (Path p : inputs) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException("photo index: cannot delete run " + p, e);
        }
      }
    }
  }

  /** Deletes the run files left. */
  @Override
  public void close() {
    for (Path p : runs) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        throw new UncheckedIOException("photo index: cannot delete run " + p, e);
      }
    }
    runs.clear();
  }

  /**
   * What an index run counted.
   *
   * @param uses photo uses added
   * @param photos distinct photos
   * @param reuses uses in another project or village than the photo's original
   * @param reusesAcrossDistricts of those, the ones in another district
   * @param runs run files written (the sorted runs and the intermediate merges)
   * @param runBytes bytes written to run files
   */
  @Api(Api.Status.EXPERIMENTAL)
  public record Summary(long uses, long photos, long reuses, long reusesAcrossDistricts, int runs, long runBytes) {}

  /** One use, compact: the hash as four longs, the day as an epoch day. */
  private record Entry(long h0, long h1, long h2, long h3, int day, String village, String project) {
    boolean sameHash(Entry o) {
      return h0 == o.h0 && h1 == o.h1 && h2 == o.h2 && h3 == o.h3;
    }

    PhotoHash hash() {
      return new PhotoHash(HexFormat.of().toHexDigits(h0) + HexFormat.of().toHexDigits(h1)
          + HexFormat.of().toHexDigits(h2) + HexFormat.of().toHexDigits(h3));
    }

    PhotoUse use() {
      return new PhotoUse(village, ProjectId.of(project), LocalDate.ofEpochDay(day));
    }
  }

  private final class RunWriter implements AutoCloseable {
    private final Path path;
    private final DataOutputStream out;

    RunWriter(Path path) {
      this.path = path;
      try {
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
      } catch (IOException e) {
        throw new UncheckedIOException("photo index: cannot create run " + path, e);
      }
    }

    void write(Entry e) {
      try {
        out.writeLong(e.h0);
        out.writeLong(e.h1);
        out.writeLong(e.h2);
        out.writeLong(e.h3);
        out.writeInt(e.day);
        out.writeUTF(e.village);
        out.writeUTF(e.project);
      } catch (IOException x) {
        throw new UncheckedIOException("photo index: cannot write run " + path, x);
      }
    }

    @Override
    public void close() {
      try {
        out.close();
        runBytes += Files.size(path);
      } catch (IOException x) {
        throw new UncheckedIOException("photo index: cannot write run " + path, x);
      }
    }
  }

  private static final class RunReader implements AutoCloseable {
    private final Path path;
    private final DataInputStream in;
    Entry current;

    RunReader(Path path) {
      this.path = path;
      try {
        this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
      } catch (IOException e) {
        throw new UncheckedIOException("photo index: cannot read run " + path, e);
      }
    }

    boolean next() {
      try {
        long h0;
        try {
          h0 = in.readLong();
        } catch (EOFException end) {
          current = null;
          return false;
        }
        current = new Entry(h0, in.readLong(), in.readLong(), in.readLong(), in.readInt(), in.readUTF(), in.readUTF());
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException("photo index: run " + path + " is unreadable (truncated?)", e);
      }
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException("photo index: cannot close run " + path, e);
      }
    }
  }
}
