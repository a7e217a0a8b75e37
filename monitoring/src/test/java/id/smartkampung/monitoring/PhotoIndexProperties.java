package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.evidence.PhotoIndex;
import id.smartkampung.monitoring.evidence.PhotoReuse;
import id.smartkampung.monitoring.evidence.PhotoUse;
import id.smartkampung.monitoring.testkit.MonitoringArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The external sort-merge index finds exactly the reuses of the in-memory definition, whatever the
 * run size and fan-in: per photo, the earliest use (by date, then kode desa, then project) is the
 * original, and every use in another project or village is a reuse.
 */
class PhotoIndexProperties {
  @Provide
  Arbitrary<List<Tuple.Tuple2<PhotoHash, PhotoUse>>> uses() {
    return MonitoringArbitraries.photoUses();
  }

  private static final Comparator<PhotoUse> EARLIEST = Comparator.comparing(PhotoUse::reportDate)
      .thenComparing(PhotoUse::villageCode).thenComparing(u -> u.project().value());

  @Property(tries = 300)
  void theIndexFindsWhatTheDefinitionSays(
      @ForAll("uses") List<Tuple.Tuple2<PhotoHash, PhotoUse>> uses,
      @ForAll @IntRange(min = 1, max = 9) int runEntries,
      @ForAll @IntRange(min = 2, max = 5) int fanIn) throws IOException {
    Map<PhotoHash, List<PhotoUse>> byPhoto = new TreeMap<>();
    for (var t : uses) {
      byPhoto.computeIfAbsent(t.get1(), h -> new ArrayList<>()).add(t.get2());
    }
    List<String> expected = new ArrayList<>();
    long across = 0;
    for (var e : byPhoto.entrySet()) {
      PhotoUse original = e.getValue().stream().min(EARLIEST).orElseThrow();
      for (PhotoUse u : e.getValue()) {
        if (!u.isIn(original.villageCode(), original.project())) {
          expected.add(e.getKey() + " " + original + " " + u);
          across += original.villageCode().substring(0, 5).equals(u.villageCode().substring(0, 5)) ? 0 : 1;
        }
      }
    }
    Path dir = Files.createTempDirectory("photo-index");
    try {
      List<PhotoReuse> reuses = new ArrayList<>();
      PhotoIndex.Summary s;
      try (PhotoIndex index = PhotoIndex.create(dir, runEntries, fanIn)) {
        uses.forEach(t -> index.add(t.get1(), t.get2()));
        s = index.findReuse(reuses::add);
      }
      List<String> found = new ArrayList<>(reuses.stream().map(r -> r.photo() + " " + r.original() + " " + r.reuse()).toList());
      expected.sort(null);
      found.sort(null);
      assertEquals(expected, found);
      assertEquals(found.size(), s.reuses());
      assertEquals(uses.size(), s.uses());
      assertEquals(byPhoto.size(), s.photos());
      assertEquals(across, s.reusesAcrossDistricts());
      assertEquals(across, reuses.stream().filter(PhotoReuse::acrossDistricts).count());
    } finally {
      try (var left = Files.list(dir)) {
        assertEquals(0, left.count(), "run files are deleted");
      }
      Files.delete(dir);
    }
  }
}
