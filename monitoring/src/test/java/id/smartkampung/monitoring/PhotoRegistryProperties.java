package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.evidence.PhotoRegistry;
import id.smartkampung.monitoring.evidence.PhotoUse;
import id.smartkampung.monitoring.project.ProjectId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The photo registry against a reference model — a plain list of (photo, use) pairs in the order
 * registered: every look-up agrees, for photos used once, several times or never, and a registry
 * already built never changes when the builder goes on.
 */
class PhotoRegistryProperties {
  record Registration(PhotoHash photo, PhotoUse use) {}

  @Provide
  Arbitrary<List<Registration>> registrations() {
    // few photos, villages and projects, so that reuse is common
    Arbitrary<PhotoHash> photo = Arbitraries.longs().between(1, 12).map(Fixtures::hash);
    Arbitrary<PhotoUse> use = Combinators.combine(
            Arbitraries.of("35.10.16.2001", "35.10.16.2002"),
            Arbitraries.of("P1", "P2", "P3").map(ProjectId::of),
            Arbitraries.integers().between(0, 20).map(d -> LocalDate.of(2025, 1, 6).plusWeeks(d)))
        .as(PhotoUse::new);
    return Combinators.combine(photo, use).as(Registration::new).list().ofMaxSize(40);
  }

  @Property(tries = 300)
  void lookUpsAgreeWithTheReferenceModel(@ForAll("registrations") List<Registration> regs) {
    PhotoRegistry.Builder b = PhotoRegistry.builder();
    regs.forEach(r -> b.add(r.photo(), r.use()));
    PhotoRegistry registry = b.build();
    assertAgrees(regs, registry);
  }

  @Property(tries = 300)
  void aBuiltRegistryNeverChangesAndTheBuilderGoesOn(
      @ForAll("registrations") List<Registration> first, @ForAll("registrations") List<Registration> more) {
    PhotoRegistry.Builder b = PhotoRegistry.builder();
    first.forEach(r -> b.add(r.photo(), r.use()));
    PhotoRegistry early = b.build();
    PhotoRegistry again = b.build();
    more.forEach(r -> b.add(r.photo(), r.use()));
    PhotoRegistry late = b.build();
    List<Registration> all = new ArrayList<>(first);
    all.addAll(more);
    assertAgrees(first, early);
    assertAgrees(first, again);
    assertAgrees(all, late);
  }

  @Example
  void anUnknownPhotoHasNoUse() {
    PhotoRegistry r = PhotoRegistry.builder().build();
    assertEquals(ImmutableList.of(), r.uses(Fixtures.hash(1)));
    assertEquals(ImmutableList.of(), r.usesElsewhere(Fixtures.hash(1), "35.10.16.2001", ProjectId.of("P1")));
    assertEquals(0, PhotoRegistry.empty().size());
  }

  private static void assertAgrees(List<Registration> regs, PhotoRegistry registry) {
    Set<PhotoHash> photos = new LinkedHashSet<>();
    regs.forEach(r -> photos.add(r.photo()));
    assertEquals(photos.size(), registry.size());
    for (long n = 1; n <= 12; n++) {
      PhotoHash h = Fixtures.hash(n);
      List<PhotoUse> expected = regs.stream().filter(r -> r.photo().equals(h)).map(Registration::use).toList();
      assertEquals(expected, registry.uses(h), "uses of " + n);
      for (String village : List.of("35.10.16.2001", "35.10.16.2002")) {
        for (String project : List.of("P1", "P2", "P3")) {
          ProjectId id = ProjectId.of(project);
          List<PhotoUse> elsewhere = expected.stream().filter(u -> !u.isIn(village, id)).toList();
          assertEquals(elsewhere, registry.usesElsewhere(h, village, id), "uses of " + n + " outside " + village + "/" + project);
        }
      }
    }
  }
}
