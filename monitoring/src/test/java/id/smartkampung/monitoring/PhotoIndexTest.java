package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.monitoring.evidence.PhotoIndex;
import id.smartkampung.monitoring.evidence.PhotoReuse;
import id.smartkampung.monitoring.evidence.PhotoUse;
import id.smartkampung.monitoring.project.ProjectId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national photo index: a photo reused in another district is found. */
class PhotoIndexTest {
  @TempDir Path dir;

  private static PhotoUse use(String village, String project, LocalDate date) {
    return new PhotoUse(village, ProjectId.of(project), date);
  }

  @Test
  void aPhotoReusedInAnotherDistrictIsFound() throws Exception {
    // Kemiren (Banyuwangi 35.10) reports the photo on 7 April; a Jember (35.09) village sends it on 2 May
    LocalDate april7 = LocalDate.of(2025, 4, 7);
    List<PhotoReuse> found = new ArrayList<>();
    PhotoIndex.Summary summary;
    try (PhotoIndex index = PhotoIndex.create(dir, 2, 2)) { // tiny runs: spills and a cascade of merges
      index.add(Fixtures.hash(1), use("35.10.16.2003", "2025-02.03.10-01", april7));
      index.add(Fixtures.hash(2), use("35.10.16.2003", "2025-02.03.10-01", april7));
      index.add(Fixtures.hash(1), use("35.09.01.2001", "2025-02.03.10-07", LocalDate.of(2025, 5, 2)));
      index.add(Fixtures.hash(1), use("35.10.16.2003", "2025-02.03.10-01", april7.plusWeeks(2))); // its own project again: the assessor's rule
      index.add(Fixtures.hash(2), use("35.10.16.2004", "2025-02.03.10-02", april7)); // same day, neighbouring village
      index.add(Fixtures.hash(3), use("34.04.05.2001", "2025-02.03.10-01", april7));
      index.add(Fixtures.hash(4), use("34.04.05.2001", "2025-02.03.10-01", april7));
      summary = index.findReuse(found::add);
    }
    assertEquals(7, summary.uses());
    assertEquals(4, summary.photos());
    assertEquals(2, summary.reuses());
    assertEquals(1, summary.reusesAcrossDistricts());
    assertTrue(summary.runs() > 4, "runs " + summary.runs());
    PhotoReuse jember = found.stream().filter(PhotoReuse::acrossDistricts).findFirst().orElseThrow();
    assertEquals(Fixtures.hash(1), jember.photo());
    assertEquals("35.10.16.2003", jember.original().villageCode());
    assertEquals("35.09.01.2001", jember.reuse().villageCode());
    PhotoReuse neighbour = found.stream().filter(r -> !r.acrossDistricts()).findFirst().orElseThrow();
    assertTrue(neighbour.sameDay());
    assertFalse(jember.sameDay());
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(0, left.count(), "run files are deleted");
    }
  }
}
