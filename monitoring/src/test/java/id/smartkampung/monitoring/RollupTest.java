package id.smartkampung.monitoring;

import static id.smartkampung.monitoring.Fixtures.START;
import static id.smartkampung.monitoring.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.Village;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.project.Allocation;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import id.smartkampung.monitoring.rollup.VillageRollup;
import id.smartkampung.monitoring.tranche.Absorption;
import id.smartkampung.monitoring.tranche.TrancheEligibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollupTest {
  private static final Village OLEHSARI = Village.of("35.10.16.2004", "Olehsari", "Glagah", "Banyuwangi");
  private static final LocalDate W5 = START.plusWeeks(5); // planned 50 %
  private final ProjectAssessor assessor = ProjectAssessor.withDefaults();

  private MonitoredProject project(String id, Village v, long pct, long acRupiah) {
    Project p = Fixtures.road(id, v, Fixtures.SITE, 100_000_000, 10);
    return MonitoredProject.of(p, List.of(report(START, 0, (id + v.code()).hashCode() * 10L + 1), report(W5, pct, (id + v.code()).hashCode() * 10L + 2)), Idr.of(acRupiah));
  }

  @Test
  void villagesAndProjectsAreRankedByRisk() {
    List<MonitoredProject> all = List.of(
        project("a", Fixtures.KEMIREN, 50, 50_000_000), // on track, no flags
        project("b", Fixtures.KEMIREN, 45, 45_000_000), // behind: LOW 1
        project("c", OLEHSARI, 30, 100_000_000)); // critical (20 pp behind): HIGH 9, fully paid: CRITICAL 27
    DistrictRollup d = DistrictRollup.assess("Banyuwangi", W5, all, assessor);
    assertEquals(List.of("35.10.16.2004", "35.10.16.2003"), d.villages().stream().map(v -> v.village().code()).toList());
    assertEquals(36, d.villages().get(0).risk().points());
    assertEquals(1, d.villages().get(1).risk().points());
    assertEquals(37, d.risk().points());
    VillageRollup kemiren = d.village("35.10.16.2003").orElseThrow();
    assertEquals(List.of("b", "a"), kemiren.projects().stream().map(a -> a.project().id().value()).toList());
    assertEquals(1, kemiren.statusCounts().get(ProjectStatus.ON_TRACK));
    assertEquals(1, kemiren.statusCounts().get(ProjectStatus.BEHIND));
    assertEquals(3, d.projectCount());
  }

  @Test
  void danaDesaOutputIsTheMeanOfDanaDesaFundedProjects() {
    MonitoredProject dd1 = project("a", Fixtures.KEMIREN, 50, 0);
    MonitoredProject dd2 = project("b", Fixtures.KEMIREN, 25, 0);
    Project addOnly = Fixtures.road("c").withAllocation(Allocation.of(Fixtures.JALAN, FundSource.ADD, Idr.of(10_000_000)));
    MonitoredProject add = MonitoredProject.of(addOnly, List.of(report(START, 0, 99), report(W5, 100, 98)), Idr.ZERO);
    VillageRollup v = DistrictRollup.assess("Banyuwangi", W5, List.of(dd1, dd2, add), assessor).villages().get(0);
    assertEquals(Optional.of(Percent.of(new BigDecimal("37.5"))), v.danaDesaOutput()); // (50 + 25) / 2; the ADD project does not count
  }

  @Test
  void trancheTwoGatesOf2025() {
    PolicyPack pack = PolicyPack.forYear(2025);
    // exactly at the gates (60 % absorption, 40 % output): eligible
    TrancheEligibility ok = TrancheEligibility.evaluate(pack, 2, Absorption.ofFraction(new BigDecimal("0.60")), Percent.of(40));
    assertTrue(ok.eligible(), ok.reasons().toString());
    TrancheEligibility lowAbs = TrancheEligibility.evaluate(pack, 2, Absorption.of(Idr.of(100_000_000), Idr.of(59_999_999)), Percent.of(80));
    assertFalse(lowAbs.eligible());
    assertEquals(1, lowAbs.reasons().size());
    assertTrue(lowAbs.reasons().get(0).contains("absorption"), lowAbs.reasons().toString());
    TrancheEligibility lowOut = TrancheEligibility.evaluate(pack, 2, Absorption.ofFraction(BigDecimal.ONE), Percent.of(new BigDecimal("39.9999")));
    assertFalse(lowOut.eligible());
    assertTrue(lowOut.reasons().get(0).contains("output"), lowOut.reasons().toString());
    TrancheEligibility unknown = TrancheEligibility.evaluate(pack, 2, Absorption.ofFraction(BigDecimal.ONE));
    assertFalse(unknown.eligible());
    assertTrue(unknown.reasons().get(0).contains("unknown"), unknown.reasons().toString());
    // tahap I has no gate
    assertTrue(TrancheEligibility.evaluate(pack, 1, Absorption.ofFraction(BigDecimal.ZERO)).eligible());
    assertThrows(IllegalArgumentException.class, () -> TrancheEligibility.evaluate(pack, 3, Absorption.ofFraction(BigDecimal.ONE)));
    assertThrows(IllegalArgumentException.class, () -> Absorption.of(Idr.of(10), Idr.of(11)));
    assertThrows(IllegalArgumentException.class, () -> Absorption.ofFraction(new BigDecimal("1.2")));
  }

  @Test
  void villageEligibilityUsesItsMonitoredOutput() {
    PolicyPack pack = PolicyPack.forYear(2024);
    VillageRollup v = DistrictRollup.assess("Banyuwangi", W5,
        List.of(project("a", Fixtures.KEMIREN, 50, 0), project("b", Fixtures.KEMIREN, 20, 0)), assessor).villages().get(0);
    assertEquals(Optional.of(Percent.of(35)), v.danaDesaOutput());
    TrancheEligibility e = v.trancheEligibility(pack, 2, Absorption.ofFraction(new BigDecimal("0.75")));
    assertFalse(e.eligible()); // output 35 % < 40 %
    assertEquals(2024, e.fiscalYear());
  }

  @Test
  void districtRefusesDuplicateProjectIdsInAVillage() {
    MonitoredProject a = project("a", Fixtures.KEMIREN, 50, 0);
    assertThrows(IllegalArgumentException.class, () -> DistrictRollup.assess("B", W5, List.of(a, a), assessor));
  }
}
