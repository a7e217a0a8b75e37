package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.Village;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoHash;
import id.smartkampung.monitoring.evidence.PhotoRegistry;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.flag.RiskScore;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import id.smartkampung.monitoring.rollup.VillageRollup;
import id.smartkampung.monitoring.site.GeoPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A district: 200 villages × 30 projects × 52 weekly reports (312 000 reports, one photo each),
 * assessed at once; the roll-up must agree with assessing each project on its own, and with a
 * simple reference count of the planted anomalies. (Speed is for the JMH benchmark; here it must
 * simply work.)
 */
class DistrictScaleTest {
  private static final int VILLAGES = 200;
  private static final int PROJECTS = 30;
  private static final int WEEKS = 52;
  private static final LocalDate YEAR_START = LocalDate.of(2025, 1, 6);
  private static final LocalDate DATE = LocalDate.of(2025, 9, 1);

  @Test
  void districtAgreesWithPerProjectAssessment() {
    Random rnd = new Random(20250901);
    List<MonitoredProject> all = new ArrayList<>(VILLAGES * PROJECTS);
    Map<String, Integer> plantedReuse = new HashMap<>();
    long photo = 1;
    for (int v = 0; v < VILLAGES; v++) {
      Village village = Village.of(String.format("35.10.%02d.%04d", v / 10 + 1, 2001 + v), "Desa " + v, "Kec " + v / 10, "Banyuwangi");
      GeoPoint base = GeoPoint.of(-8.0 - v * 0.01, 114.0 + v * 0.01);
      for (int j = 0; j < PROJECTS; j++) {
        GeoPoint site = base.offsetMeters(j * 300, 0);
        Project p = Fixtures.road("P" + j, village, site, 50_000_000 + rnd.nextInt(150_000_000), 20 + rnd.nextInt(25))
            .withPlan(Fixtures.linearPlan(YEAR_START.plusWeeks(rnd.nextInt(8)), 20 + rnd.nextInt(25)));
        double speed = 0.6 + rnd.nextDouble() * 0.8; // share of the planned pace
        List<ProgressReport> reports = new ArrayList<>(WEEKS);
        for (int w = 0; w < WEEKS; w++) {
          LocalDate d = YEAR_START.plusWeeks(w);
          long pct = Math.min(100, Math.max(0, Math.round(speed * 100.0 * w / p.plan().periods())));
          GeoPoint where = rnd.nextInt(100) == 0 ? site.offsetMeters(2_000, 0) : site;
          reports.add(ProgressReport.of(d, Percent.of(pct), "TPK")
              .plusEvidence(Evidence.of(Fixtures.hash(photo++), where, 5, d.atTime(9, 0))));
        }
        all.add(MonitoredProject.of(p, reports, Idr.ofSen(Idr.toSen(p.bac()) / 100 * (30 + rnd.nextInt(70)))));
      }
    }
    // plant 50 photos reused across villages: project k of village a reuses a photo of village a + 1
    for (int k = 0; k < 50; k++) {
      int a = k * 3;
      int idx = a * PROJECTS + (k % PROJECTS);
      int src = (a + 1) * PROJECTS + (k % PROJECTS);
      MonitoredProject target = all.get(idx);
      PhotoHash stolen = all.get(src).reports().get(3).evidence().get(0).photo();
      List<ProgressReport> r = new ArrayList<>(target.reports());
      r.set(10, r.get(10).plusEvidence(Evidence.of(stolen, target.project().site().points().get(0), 5, r.get(10).date().atTime(10, 0))));
      all.set(idx, MonitoredProject.of(target.project(), r, target.actualCost()));
      plantedReuse.merge(key(target.project()), 1, Integer::sum);
      // the source's use (week 3) is the original: only the later use (week 10) is a reuse
    }

    ProjectAssessor assessor = ProjectAssessor.withDefaults();
    long t0 = System.nanoTime();
    DistrictRollup district = DistrictRollup.assess("Banyuwangi", DATE, all, assessor);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("district of " + all.size() + " projects, " + all.size() * WEEKS + " reports assessed in " + ms + " ms");

    assertEquals(VILLAGES, district.villages().size());
    assertEquals(VILLAGES * PROJECTS, district.projectCount());

    // per-project computation with an independently built registry agrees exactly
    PhotoRegistry registry = MonitoredProject.photoRegistry(all);
    Map<String, ProjectAssessment> single = new HashMap<>();
    for (MonitoredProject mp : all) {
      single.put(key(mp.project()), assessor.assess(mp, DATE, registry));
    }
    RiskScore total = RiskScore.ZERO;
    int reused = 0;
    for (VillageRollup v : district.villages()) {
      RiskScore villageSum = RiskScore.ZERO;
      for (ProjectAssessment a : v.projects()) {
        ProjectAssessment s = single.get(key(a.project()));
        assertEquals(s, a);
        villageSum = villageSum.plus(s.risk());
        // reference: the actual % is the last report on or before the date
        MonitoredProject mp = all.get(indexOf(a.project()));
        Percent expected = mp.reports().stream().filter(r -> !r.date().isAfter(DATE)).reduce((x, y) -> y).orElseThrow().physical();
        assertEquals(expected, a.actual());
        assertEquals(a.project().plan().plannedAt(DATE), a.planned());
        int crossFlags = (int) a.flags(RedFlagCode.PHOTO_REUSED).stream().filter(f -> f.evidence().containsKey("alsoIn")).count();
        assertEquals(plantedReuse.getOrDefault(key(a.project()), 0), crossFlags, a.project().toString());
        reused += crossFlags;
      }
      assertEquals(villageSum, v.risk());
      total = total.plus(villageSum);
    }
    assertEquals(total, district.risk());
    assertEquals(50, reused); // each planted photo is found in the project that used it later
    // ranking: village scores never increase down the list
    for (int i = 1; i < district.villages().size(); i++) {
      assertTrue(district.villages().get(i - 1).risk().compareTo(district.villages().get(i).risk()) >= 0);
    }
  }

  private static String key(Project p) {
    return p.village().code() + "/" + p.id();
  }

  private static int indexOf(Project p) {
    int v = Integer.parseInt(p.village().code().substring(p.village().code().length() - 4)) - 2001; // the codes start at 2001 (a desa code is 2001..2999)
    return v * PROJECTS + Integer.parseInt(p.id().value().substring(1));
  }
}
