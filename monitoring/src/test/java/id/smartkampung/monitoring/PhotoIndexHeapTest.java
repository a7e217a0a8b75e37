package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.evidence.PhotoIndex;
import id.smartkampung.monitoring.evidence.PhotoUse;
import id.smartkampung.monitoring.project.ProjectId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The photo index in bounded memory: a child JVM with a 16 MiB heap indexes {@value #USES} photo
 * uses — as objects they would take well over 100 MB (each use ~200 bytes), and their run files alone
 * are larger than the whole heap — and finds exactly the planted reuses (one in every {@value
 * #EVERY}, in another district).
 */
class PhotoIndexHeapTest {
  static final int USES = 400_000;
  static final int EVERY = 1_000;
  static final String HEAP = "-Xmx16m";

  @TempDir Path dir;

  @Test
  void indexesMoreUsesThanTheHeapCouldHold() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"), Child.class.getName(), dir.toString())
        .redirectErrorStream(true)
        .start();
    boolean done = p.waitFor(240, TimeUnit.SECONDS);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      p.destroyForcibly();
    }
    assertTrue(done, "the child did not finish in time: " + out);
    assertEquals(0, p.exitValue(), out);
    Map<String, Long> r = new TreeMap<>();
    for (String line : out.strip().split("\n")) {
      String[] kv = line.strip().split("=");
      if (kv.length == 2) {
        r.put(kv[0], Long.parseLong(kv[1]));
      }
    }
    assertEquals(USES, r.get("uses"), out);
    assertEquals(USES / EVERY, r.get("reuses"), out);
    assertEquals(USES / EVERY, r.get("across"), out);
    assertEquals(USES - USES / EVERY, r.get("photos"), out);
    assertTrue(r.get("runBytes") > r.get("maxHeap"), "the data written exceeds the heap: " + out);
    System.out.println("PhotoIndexHeapTest child: " + r);
    assertTrue(r.get("maxHeap") <= 24L << 20, "the child's heap is bounded: " + out);
  }

  /** The child: generates the uses, indexes them with 25,000-use runs, prints the counts. */
  public static final class Child {
    public static void main(String[] args) {
      Path dir = Path.of(args[0]);
      List<String> villages = List.of("35.10.16.2003", "35.10.16.2004", "35.09.01.2001", "34.04.05.2001");
      HexFormat hex = HexFormat.of();
      long[] across = new long[1];
      PhotoIndex.Summary s;
      try (PhotoIndex index = PhotoIndex.create(dir, 25_000)) {
        for (int i = 0; i < USES; i++) {
          // every EVERY-th use shows the previous use's photo again, in another district
          boolean reuse = i % EVERY == EVERY - 1;
          int photo = reuse ? i - 1 : i;
          long a = mix(photo);
          long b = mix(a);
          String h = hex.toHexDigits(a) + hex.toHexDigits(b) + hex.toHexDigits(mix(b)) + hex.toHexDigits(mix(mix(b)));
          String village = reuse ? villages.get(((i - 1) % 4 + 2) % 4) : villages.get(i % 4);
          LocalDate date = LocalDate.of(2025, 1, 6).plusDays(i % 300 + (reuse ? 1 : 0));
          index.add(new PhotoHash(h), new PhotoUse(village, ProjectId.of("2025-02.03.10-" + (i % 90 + 10)), date));
        }
        s = index.findReuse(r -> across[0] += r.acrossDistricts() ? 1 : 0);
      }
      System.out.println("uses=" + s.uses());
      System.out.println("photos=" + s.photos());
      System.out.println("reuses=" + s.reuses());
      System.out.println("across=" + across[0]);
      System.out.println("runs=" + s.runs());
      System.out.println("runBytes=" + s.runBytes());
      System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
    }

    private static long mix(long z) {
      z = (z + 0x9E3779B97F4A7C15L);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }
  }
}
