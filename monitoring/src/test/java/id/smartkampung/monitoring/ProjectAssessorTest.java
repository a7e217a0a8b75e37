package id.smartkampung.monitoring;

import static id.smartkampung.monitoring.Fixtures.SITE;
import static id.smartkampung.monitoring.Fixtures.START;
import static id.smartkampung.monitoring.Fixtures.hash;
import static id.smartkampung.monitoring.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.MonitoringThresholds;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.assessment.ProjectAssessor;
import id.smartkampung.monitoring.assessment.ProjectStatus;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.evidence.PhotoRegistry;
import id.smartkampung.monitoring.flag.FlagSeverity;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.flag.RedFlagCode;
import id.smartkampung.monitoring.flag.RiskScore;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.project.UnitCostBenchmark;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assessment's documented cases: status, kontrak kritis boundaries and every red flag. */
class ProjectAssessorTest {
  private final ProjectAssessor assessor = ProjectAssessor.withDefaults();
  private final Project road = Fixtures.road("jalan-1"); // 10 weeks linear, BAC Rp100 jt, 350 m

  private ProjectAssessment assess(List<ProgressReport> reports, long acRupiah, LocalDate date) {
    return assessor.assess(MonitoredProject.of(road, reports, Idr.of(acRupiah)), date);
  }

  private static Percent pct(String s) {
    return Percent.of(new BigDecimal(s));
  }

  // ---------------------------------------------------------------- kontrak kritis

  @Test
  void kontrakKritisThresholdsAt70Percent() {
    // planned ≤ 70 %: critical when MORE than 10 pp behind
    assertFalse(assessor.isKontrakKritis(pct("70"), PercentagePoints.parse("-10"), false));
    assertTrue(assessor.isKontrakKritis(pct("70"), PercentagePoints.parse("-10.0001"), false));
    assertFalse(assessor.isKontrakKritis(pct("30"), PercentagePoints.parse("-9.5"), false));
    // planned > 70 %: critical when MORE than 5 pp behind
    assertFalse(assessor.isKontrakKritis(pct("70.0001"), PercentagePoints.parse("-5"), false));
    assertTrue(assessor.isKontrakKritis(pct("70.0001"), PercentagePoints.parse("-5.0001"), false));
    assertTrue(assessor.isKontrakKritis(pct("90"), PercentagePoints.parse("-6"), false));
    // the late forecast counts only above 70 % and only when behind (Permen PUPR 14/2020 SSUK:
    // "terlambat kurang dari 5 % ... dan akan melampaui tahun anggaran"); regression: it fired on plan and ahead
    assertTrue(assessor.isKontrakKritis(pct("71"), PercentagePoints.parse("-0.0001"), true));
    assertFalse(assessor.isKontrakKritis(pct("71"), PercentagePoints.ZERO, true));
    assertFalse(assessor.isKontrakKritis(pct("71"), PercentagePoints.parse("2"), true));
    assertFalse(assessor.isKontrakKritis(pct("70"), PercentagePoints.ZERO, true));
  }

  @Test
  void kontrakKritisThresholdsAreConfigurable() {
    ProjectAssessor strict = ProjectAssessor.of(MonitoringThresholds.defaults().withKritisEarlyPp(PercentagePoints.of(5)));
    assertTrue(strict.isKontrakKritis(pct("50"), PercentagePoints.parse("-6"), false));
    assertFalse(assessor.isKontrakKritis(pct("50"), PercentagePoints.parse("-6"), false));
  }

  @Test
  void statusAtSeventyPercentPlanned() {
    LocalDate w7 = START.plusWeeks(7); // planned exactly 70 %
    List<ProgressReport> base = List.of(report(START, 0, 1));
    assertEquals(ProjectStatus.BEHIND, assess(plus(base, report(w7, 60, 2)), 60_000_000, w7).status());
    ProjectAssessment crit = assess(plus(base, report(w7, 59, 2)), 59_000_000, w7);
    assertEquals(ProjectStatus.CRITICAL, crit.status());
    assertTrue(crit.has(RedFlagCode.DEVIASI_KRITIS), "the road is swakelola by the TPK: deviasi kritis");
    assertFalse(crit.has(RedFlagCode.KONTRAK_KRITIS));
    assertFalse(crit.has(RedFlagCode.BEHIND_SCHEDULE));
    LocalDate w8 = START.plusWeeks(8); // planned 80 %
    ProjectAssessment behind = assess(plus(base, report(w8, 75, 2)), 75_000_000, w8);
    assertEquals(ProjectStatus.BEHIND, behind.status());
    assertTrue(behind.has(RedFlagCode.BEHIND_SCHEDULE));
    assertEquals(ProjectStatus.CRITICAL, assess(plus(base, report(w8, 74, 2)), 74_000_000, w8).status());
    assertEquals(ProjectStatus.ON_TRACK, assess(plus(base, report(w8, 80, 2)), 80_000_000, w8).status());
    assertEquals(ProjectStatus.AHEAD, assess(plus(base, report(w8, 85, 2)), 80_000_000, w8).status());
    assertEquals(ProjectStatus.NOT_STARTED, assess(List.of(), 0, START.minusDays(3)).status());
  }

  private static List<ProgressReport> plus(List<ProgressReport> list, ProgressReport r) {
    List<ProgressReport> out = new ArrayList<>(list);
    out.add(r);
    return out;
  }

  // ---------------------------------------------------------------- spending ahead

  @Test
  void spendingAheadOfProgress() {
    LocalDate w4 = START.plusWeeks(4);
    List<ProgressReport> r = List.of(report(START, 0, 1), report(w4, 30, 2));
    RedFlag f = assess(r, 50_000_000, w4).flags(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS).get(0);
    assertEquals(FlagSeverity.HIGH, f.severity());
    assertEquals("20.0000", f.evidence().get("gapPp"), "pp at the scale of Percent");
    assertEquals("50000000.00", f.evidence().get("actualCost"));
    // exactly the margin (10 pp) is not flagged
    assertFalse(assess(r, 40_000_000, w4).has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS));
    assertTrue(assess(r, 40_000_001, w4).has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS));
  }

  @Test
  void fullyPaidButUnfinishedIsCritical() {
    LocalDate w9 = START.plusWeeks(9);
    List<ProgressReport> r = List.of(report(START, 0, 1), report(w9, 95, 2));
    RedFlag f = assess(r, 100_000_000, w9).flags(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS).get(0);
    assertEquals(FlagSeverity.CRITICAL, f.severity());
    List<ProgressReport> done = List.of(report(START, 0, 1), report(w9, 100, 2));
    assertFalse(assess(done, 100_000_000, w9).has(RedFlagCode.SPENDING_AHEAD_OF_PROGRESS));
  }

  // ---------------------------------------------------------------- stale, baseline

  @Test
  void staleAfterFourteenDays() {
    LocalDate w2 = START.plusWeeks(2);
    List<ProgressReport> r = List.of(report(START, 0, 1), report(w2, 20, 2));
    assertFalse(assess(r, 0, w2.plusDays(14)).has(RedFlagCode.STALE_REPORT));
    RedFlag f = assess(r, 0, w2.plusDays(15)).flags(RedFlagCode.STALE_REPORT).get(0);
    assertEquals("15", f.evidence().get("daysWithoutReport"));
    // no report at all since the start
    assertTrue(assess(List.of(), 0, START.plusDays(15)).has(RedFlagCode.STALE_REPORT));
    assertFalse(assess(List.of(), 0, START.plusDays(14)).has(RedFlagCode.STALE_REPORT));
  }

  @Test
  void noBaselinePhoto() {
    LocalDate w1 = START.plusWeeks(1);
    assertTrue(assess(List.of(report(w1, 10, 2)), 0, w1).has(RedFlagCode.NO_BASELINE_PHOTO));
    ProgressReport zeroWithoutPhoto = ProgressReport.of(START, Percent.ZERO, "Ketua TPK");
    assertTrue(assess(List.of(zeroWithoutPhoto, report(w1, 10, 2)), 0, w1).has(RedFlagCode.NO_BASELINE_PHOTO));
    assertFalse(assess(List.of(report(START, 0, 1), report(w1, 10, 2)), 0, w1).has(RedFlagCode.NO_BASELINE_PHOTO));
    // nothing reported above 0 % yet: no flag
    assertFalse(assess(List.of(zeroWithoutPhoto), 0, START).has(RedFlagCode.NO_BASELINE_PHOTO));
  }

  // ---------------------------------------------------------------- photos

  @Test
  void photoOffSiteUsesMaxOf50mAndTwiceTheAccuracy() {
    LocalDate w1 = START.plusWeeks(1);
    ProgressReport base = report(START, 0, 1);
    ProgressReport far = ProgressReport.of(w1, Percent.of(10), "TPK")
        .plusEvidence(Evidence.of(hash(2), SITE.offsetMeters(200, 0), 10, w1.atStartOfDay()));
    RedFlag f = assess(List.of(base, far), 0, w1).flags(RedFlagCode.PHOTO_OFF_SITE).get(0);
    assertEquals("200", f.evidence().get("distanceMeters"));
    assertEquals("50", f.evidence().get("allowedMeters"));
    ProgressReport near = ProgressReport.of(w1, Percent.of(10), "TPK")
        .plusEvidence(Evidence.of(hash(2), SITE.offsetMeters(0, 45), 10, w1.atStartOfDay()));
    assertFalse(assess(List.of(base, near), 0, w1).has(RedFlagCode.PHOTO_OFF_SITE));
    // 150 m away but the phone reports 80 m accuracy: allowed 160 m
    ProgressReport vague = ProgressReport.of(w1, Percent.of(10), "TPK")
        .plusEvidence(Evidence.of(hash(2), SITE.offsetMeters(150, 0), 80, w1.atStartOfDay()));
    assertFalse(assess(List.of(base, vague), 0, w1).has(RedFlagCode.PHOTO_OFF_SITE));
  }

  @Test
  void photoReusedWithinTheProject() {
    LocalDate w1 = START.plusWeeks(1);
    ProgressReport a = report(START, 0, 7);
    ProgressReport b = report(w1, 10, 7);
    RedFlag f = assess(List.of(a, b), 0, w1).flags(RedFlagCode.PHOTO_REUSED).get(0);
    assertEquals(FlagSeverity.HIGH, f.severity());
    assertEquals(hash(7).hex(), f.evidence().get("photo"));
    // the same photo twice in one report is not reuse
    ProgressReport twice = report(START, 0, 8).plusEvidence(Evidence.of(hash(8), SITE, 5, START.atStartOfDay()));
    assertFalse(assess(List.of(twice), 0, START).has(RedFlagCode.PHOTO_REUSED));
  }

  @Test
  void photoReusedInAnotherVillageIsCritical() {
    Project other = Fixtures.road("jalan-9", id.smartkampung.core.budget.Village.of("35.10.16.2004", "Olehsari", "Glagah", "Banyuwangi"), SITE, 50_000_000, 8);
    MonitoredProject mine = MonitoredProject.of(road, List.of(report(START, 0, 1), report(START.plusWeeks(1), 10, 42)), Idr.ZERO);
    MonitoredProject theirs = MonitoredProject.of(other, List.of(report(START, 0, 42)), Idr.ZERO);
    PhotoRegistry registry = MonitoredProject.photoRegistry(List.of(mine, theirs));
    ProjectAssessment a = assessor.assess(mine, START.plusWeeks(1), registry);
    RedFlag f = a.flags(RedFlagCode.PHOTO_REUSED).get(0);
    assertEquals(FlagSeverity.CRITICAL, f.severity());
    assertTrue(f.evidence().get("alsoIn").contains("35.10.16.2004/jalan-9"), f.evidence().toString());
    // without the registry it cannot be seen
    assertFalse(assessor.assess(mine, START.plusWeeks(1)).has(RedFlagCode.PHOTO_REUSED));
  }

  // ---------------------------------------------------------------- unit cost, volume

  @Test
  void unitCostAboveBenchmark() {
    // BAC 100 000 000 / 350 m = 285 714.29 per m
    Project p = road.withBenchmark(UnitCostBenchmark.of(Idr.of(250_000), "HSPK Banyuwangi 2025"));
    ProjectAssessment a = assessor.assess(MonitoredProject.of(p, List.of(), Idr.ZERO), START);
    RedFlag f = a.flags(RedFlagCode.UNIT_COST_ABOVE_BENCHMARK).get(0);
    assertEquals("285714.29", f.evidence().get("plannedUnitCost"));
    // 260 000 × 1.10 = 286 000 ≥ 285 714.29: within tolerance
    Project ok = road.withBenchmark(UnitCostBenchmark.of(Idr.of(260_000), "HSPK"));
    assertFalse(assessor.assess(MonitoredProject.of(ok, List.of(), Idr.ZERO), START).has(RedFlagCode.UNIT_COST_ABOVE_BENCHMARK));
    // realised: complete with only 300 m measured, AC 100 jt -> 333 333.33 per m > 286 000
    List<ProgressReport> done = List.of(report(START, 0, 1), report(START.plusWeeks(10), 100, 2).withMeasuredVolume(new BigDecimal("300")));
    ProjectAssessment r = assessor.assess(MonitoredProject.of(ok, done, Idr.of(100_000_000)), START.plusWeeks(10));
    assertEquals("333333.33", r.flags(RedFlagCode.UNIT_COST_ABOVE_BENCHMARK).get(0).evidence().get("realisedUnitCost"));
  }

  @Test
  void volumeShortfallAtHundredPercent() {
    LocalDate end = START.plusWeeks(10);
    List<ProgressReport> shortRoad = List.of(report(START, 0, 1), report(end, 100, 2).withMeasuredVolume(new BigDecimal("300")));
    RedFlag f = assess(shortRoad, 100_000_000, end).flags(RedFlagCode.VOLUME_SHORTFALL).get(0);
    assertEquals(FlagSeverity.CRITICAL, f.severity());
    assertEquals("300", f.evidence().get("measuredVolume"));
    // 345 m ≥ 350 × 0.98 = 343 m: within the measuring tolerance
    List<ProgressReport> fine = List.of(report(START, 0, 1), report(end, 100, 2).withMeasuredVolume(new BigDecimal("345")));
    assertFalse(assess(fine, 100_000_000, end).has(RedFlagCode.VOLUME_SHORTFALL));
    // short, but not reported complete: no flag (yet)
    List<ProgressReport> open = List.of(report(START, 0, 1), report(end, 90, 2).withMeasuredVolume(new BigDecimal("300")));
    assertFalse(assess(open, 90_000_000, end).has(RedFlagCode.VOLUME_SHORTFALL));
  }

  // ---------------------------------------------------------------- backwards, forecast

  @Test
  void progressGoingBackwards() {
    List<ProgressReport> r = List.of(report(START, 0, 1), report(START.plusWeeks(1), 40, 2), report(START.plusWeeks(2), 35, 3), report(START.plusWeeks(3), 38, 4));
    ProjectAssessment a = assess(r, 0, START.plusWeeks(3));
    assertEquals(2, a.flags(RedFlagCode.PROGRESS_BACKWARDS).size()); // 35 and 38 are both below 40
    assertEquals(START.plusWeeks(1).toString(), a.flags(RedFlagCode.PROGRESS_BACKWARDS).get(0).evidence().get("earlierReport"));
  }

  @Test
  void forecastAfterYearEnd() {
    // 10-week plan from 15 September 2025 (finish 24 November); on 10 November (week 8) planned 80 %, done 30 %
    LocalDate start = LocalDate.of(2025, 9, 15);
    Project late = road.withPlan(Fixtures.linearPlan(start, 10));
    LocalDate w8 = start.plusWeeks(8);
    List<ProgressReport> r = List.of(report(start, 0, 1), report(w8, 30, 2));
    ProjectAssessment a = assessor.assess(MonitoredProject.of(late, r, Idr.of(30_000_000)), w8);
    // ES = 3 weeks, AT = 8, SPI(t) = 0.375, IEAC(t) = 10 / 0.375 = 26.666667 weeks = 186.67 days -> 187 days
    assertEquals(new BigDecimal("3.000000"), a.earnedSchedule().es());
    assertEquals(new BigDecimal("0.375000"), a.earnedSchedule().spiT().orElseThrow());
    assertEquals(new BigDecimal("26.666667"), a.earnedSchedule().forecastDuration().orElseThrow());
    assertEquals(start.plusDays(187), a.forecastFinish());
    assertEquals(LocalDate.of(2026, 3, 21), a.forecastFinish());
    assertTrue(a.has(RedFlagCode.FORECAST_AFTER_YEAR_END));
    assertEquals(ProjectStatus.CRITICAL, a.status());
    // on schedule: forecast within the year, no flag
    List<ProgressReport> good = List.of(report(start, 0, 1), report(w8, 80, 2));
    assertFalse(assessor.assess(MonitoredProject.of(late, good, Idr.of(80_000_000)), w8).has(RedFlagCode.FORECAST_AFTER_YEAR_END));
  }

  @Test
  void reportsAfterTheAssessmentDateAreIgnored() {
    List<ProgressReport> r = List.of(report(START, 0, 1), report(START.plusWeeks(1), 10, 2), report(START.plusWeeks(2), 20, 3));
    ProjectAssessment a = assess(r, 0, START.plusWeeks(1).plusDays(3));
    assertEquals(Percent.of(10), a.actual());
    assertEquals(START.plusWeeks(1), a.latestReport());
  }

  @Test
  void riskScoreCountsEachKindOnceAtItsGravest() {
    LocalDate w3 = START.plusWeeks(3);
    List<ProgressReport> r = new ArrayList<>();
    r.add(report(START, 0, 1));
    for (int i = 1; i <= 3; i++) {
      r.add(report(START.plusWeeks(i), 10 * i, hash(10 + i), SITE.offsetMeters(5_000, 0)));
    }
    ProjectAssessment a = assess(r, 0, w3);
    assertEquals(3, a.flags(RedFlagCode.PHOTO_OFF_SITE).size());
    assertEquals(new RiskScore(FlagSeverity.HIGH.weight()), a.risk()); // only off-site photos: 9
    // flags are ordered gravest first
    ProjectAssessment b = assess(r, 100_000_000, w3);
    assertEquals(FlagSeverity.CRITICAL, b.flags().get(0).severity());
    assertEquals(new RiskScore(27 + 9), b.risk());
  }
}
