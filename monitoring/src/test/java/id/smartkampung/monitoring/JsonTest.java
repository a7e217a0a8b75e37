package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.evidence.Evidence;
import id.smartkampung.monitoring.json.InvalidJsonException;
import id.smartkampung.monitoring.json.InvalidJsonException.Rule;
import id.smartkampung.monitoring.json.ProgressJson;
import id.smartkampung.monitoring.json.ProjectJson;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.plan.Rab;
import id.smartkampung.monitoring.plan.RabItem;
import id.smartkampung.monitoring.progress.ProgressReport;
import id.smartkampung.monitoring.project.Project;
import id.smartkampung.monitoring.project.UnitCostBenchmark;
import id.smartkampung.monitoring.site.Site;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON round trips, and bad input refused with the JSON path and the rule. */
class JsonTest {
  private static final String PROJECT = """
      {
        "id": "2025-02.03.10-01",
        "name": "Rabat beton jalan Dusun Krajan",
        "village": {"code": "35.10.16.2003", "name": "Kemiren", "kecamatan": "Glagah", "kabupaten": "Banyuwangi"},
        "fiscalYear": 2025,
        "kegiatan": "02.03.10",
        "allocation": [{"fundSource": "DDS", "amount": "150000000.00"}, {"fundSource": "ADD", "amount": "2500000.50"}],
        "output": {"volume": "350", "unit": "m"},
        "site": {"points": [{"lat": -8.2105, "lon": 114.3302}, {"lat": -8.2121, "lon": 114.3318}]},
        "implementer": {"kind": "TPK_SWAKELOLA", "name": "TPK Desa Kemiren"},
        "benchmark": {"unitCost": "420000.00", "source": "HSPK Banyuwangi 2025"},
        "plan": {"start": "2025-04-07", "periodDays": 7, "cumulativePercent": ["0", "10", "35", "70", "100"]}
      }
      """;

  private static final String REPORTS = """
      {
        "projectId": "2025-02.03.10-01",
        "villageCode": "35.10.16.2003",
        "reports": [
          {"date": "2025-04-07", "physicalPercent": "0", "reporter": "Ketua TPK",
           "evidence": [{"photoSha256": "%s", "lat": -8.2105, "lon": 114.3302, "accuracyMeters": 4.5, "capturedAt": "2025-04-07T08:30:00"}]},
          {"date": "2025-04-14", "physicalPercent": "12.5", "reporter": "Ketua TPK", "verifiedBy": "Kasi Pembangunan", "measuredVolume": "40"}
        ]
      }
      """.formatted("ab".repeat(32));

  @Test
  void readsAProject() {
    Project p = ProjectJson.read(PROJECT);
    assertEquals("2025-02.03.10-01", p.id().value());
    assertEquals(152_500_000_50L, Idr.toSen(p.bac())); // 150 000 000.00 + 2 500 000.50
    assertEquals(4, p.plan().periods());
    assertTrue(p.site().isLine());
    assertEquals(42_000_000L, Idr.toSen(p.benchmark().unitCost()));
  }

  @Test
  void projectsRoundTrip() {
    Project p = ProjectJson.read(PROJECT);
    assertEquals(p, ProjectJson.read(ProjectJson.write(p)));
    Rab rab = Rab.of(List.of(
        RabItem.of("galian", Idr.of(20_000_000), 0, 2).withVolume(new BigDecimal("100"), "m3"),
        RabItem.of("beton", Idr.of(new BigDecimal("80000000.25")), 2, 4).withVolume(new BigDecimal("52.5"), "m3")));
    Project fromRab = Fixtures.road("r1").withPlan(PlannedCurve.fromRab(Fixtures.START, rab))
        .withSite(Site.point(Fixtures.SITE)).withBenchmark(UnitCostBenchmark.of(Idr.of(300_000), "SSH"));
    assertEquals(fromRab, ProjectJson.read(ProjectJson.write(fromRab)));
  }

  @Test
  void reportsRoundTrip() {
    Project p = ProjectJson.read(PROJECT);
    List<ProgressReport> r = ProgressJson.read(REPORTS, p);
    assertEquals(2, r.size());
    assertEquals(Percent.of(new BigDecimal("12.5")), r.get(1).physical());
    assertEquals(4.5, r.get(0).evidence().get(0).accuracyMeters());
    assertTrue(r.get(1).isVerified());
    assertEquals(r, ProgressJson.read(ProgressJson.write(p, r), p));

    Rab rab = Rab.of(List.of(
        RabItem.of("galian", Idr.of(20_000_000), 0, 2).withVolume(new BigDecimal("100"), "m3"),
        RabItem.of("beton", Idr.of(80_000_000), 2, 4).withVolume(new BigDecimal("52.5"), "m3")));
    Project withRab = Fixtures.road("r2").withPlan(PlannedCurve.fromRab(Fixtures.START, rab));
    List<ProgressReport> vol = List.of(
        ProgressReport.ofItemVolumes(Fixtures.START.plusWeeks(3), rab, Map.of("galian", new BigDecimal("100"), "beton", new BigDecimal("21")), "TPK")
            .plusEvidence(Evidence.of(Fixtures.hash(5), Fixtures.SITE, 3.25, Fixtures.START.plusWeeks(3).atTime(7, 45, 10))));
    List<ProgressReport> back = ProgressJson.read(ProgressJson.write(withRab, vol), withRab);
    assertEquals(vol, back);
    assertEquals(Percent.of(52), back.get(0).physical());
  }

  private static InvalidJsonException badProject(String json) {
    return assertThrows(InvalidJsonException.class, () -> ProjectJson.read(json));
  }

  private static InvalidJsonException badReports(String json) {
    return assertThrows(InvalidJsonException.class, () -> ProgressJson.read(json, ProjectJson.read(PROJECT)));
  }

  private static void assertAt(String path, Rule rule, InvalidJsonException e) {
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(rule, e.rule(), e.getMessage());
    assertTrue(e.getMessage().contains(path), e.getMessage());
  }

  @Test
  void malformedJson() {
    InvalidJsonException e = badProject("{\"id\": \"x\",");
    assertAt("$.id", Rule.MALFORMED, e); // where the parser stopped, as budget files name it (one strict layer)
    assertTrue(e.getMessage().contains("line"), e.getMessage());
    assertAt("$", Rule.MALFORMED, badProject(PROJECT + " {}"));
    assertAt("$", Rule.MALFORMED, badProject(""));
    assertAt("$.id", Rule.DUPLICATE_FIELD, badProject("{\"id\": \"a\", \"id\": \"b\"}"));
  }

  @Test
  void unknownAndMissingFields() {
    assertAt("$.colour", Rule.UNKNOWN_FIELD, badProject(PROJECT.replace("\"id\":", "\"colour\": \"red\", \"id\":")));
    assertAt("$.output.height", Rule.UNKNOWN_FIELD, badProject(PROJECT.replace("\"unit\": \"m\"", "\"unit\": \"m\", \"height\": \"2\"")));
    assertAt("$.fiscalYear", Rule.MISSING_FIELD, badProject(PROJECT.replace("\"fiscalYear\": 2025,", "")));
    assertAt("$.reports[1].reporter", Rule.MISSING_FIELD, badReports(REPORTS.replace("\"reporter\": \"Ketua TPK\", \"verifiedBy\"", "\"verifiedBy\"")));
    assertAt("$.name", Rule.MISSING_FIELD, badProject(PROJECT.replace("\"Rabat beton jalan Dusun Krajan\"", "null")));
  }

  @Test
  void wrongTypes() {
    // amounts are quoted decimals, never JSON numbers
    assertAt("$.allocation[0].amount", Rule.WRONG_TYPE, badProject(PROJECT.replace("\"150000000.00\"", "150000000.00")));
    assertAt("$.fiscalYear", Rule.WRONG_TYPE, badProject(PROJECT.replace("2025,", "\"2025\",")));
    assertAt("$.site.points[1].lat", Rule.WRONG_TYPE, badProject(PROJECT.replace("-8.2121", "\"-8.2121\"")));
    assertAt("$.allocation", Rule.WRONG_TYPE, badProject(PROJECT.replace("\"allocation\": [", "\"allocation\": {\"x\": [").replace("\"2500000.50\"}]", "\"2500000.50\"}]}")));
  }

  @Test
  void outOfRangeValues() {
    InvalidJsonException pct = badReports(REPORTS.replace("\"12.5\"", "\"120\""));
    assertAt("$.reports[1].physicalPercent", Rule.OUT_OF_RANGE, pct);
    assertTrue(pct.getMessage().contains("120"), pct.getMessage());
    assertAt("$.reports[0].evidence[0].lat", Rule.OUT_OF_RANGE, badReports(REPORTS.replace("\"lat\": -8.2105", "\"lat\": 95")));
    assertAt("$.site.points[0].lon", Rule.OUT_OF_RANGE, badProject(PROJECT.replace("114.3302", "214.3302")));
    assertAt("$.reports[0].evidence[0].accuracyMeters", Rule.OUT_OF_RANGE, badReports(REPORTS.replace("4.5", "-1")));
    assertAt("$.fiscalYear", Rule.OUT_OF_RANGE, badProject(PROJECT.replace("2025,", "1999,")));
    assertAt("$.output.volume", Rule.OUT_OF_RANGE, badProject(PROJECT.replace("\"350\"", "\"0\"")));
  }

  @Test
  void invalidValues() {
    assertAt("$.kegiatan", Rule.INVALID_VALUE, badProject(PROJECT.replace("\"02.03.10\"", "\"2.3.10\"")));
    assertAt("$.plan.cumulativePercent[3]", Rule.INVALID_VALUE, badProject(PROJECT.replace("\"70\"", "\"30\"")));
    assertAt("$.plan.cumulativePercent[4]", Rule.INVALID_VALUE, badProject(PROJECT.replace("\"100\"]", "\"90\"]")));
    assertAt("$.plan.start", Rule.INVALID_VALUE, badProject(PROJECT.replace("2025-04-07", "07/04/2025")));
    assertAt("$.allocation[1].amount", Rule.INVALID_VALUE, badProject(PROJECT.replace("2500000.50", "2500000.505")));
    assertAt("$.implementer.kind", Rule.INVALID_VALUE, badProject(PROJECT.replace("TPK_SWAKELOLA", "PT")));
    assertAt("$.reports[0].evidence[0].photoSha256", Rule.INVALID_VALUE, badReports(REPORTS.replace("ab".repeat(32), "xyz")));
    assertAt("$.projectId", Rule.INVALID_VALUE, badReports(REPORTS.replace("\"projectId\": \"2025-02.03.10-01\"", "\"projectId\": \"other\"")));
    assertAt("$.reports[1]", Rule.INVALID_VALUE, badReports(REPORTS.replace("\"physicalPercent\": \"12.5\"", "\"physicalPercent\": \"12.5\", \"itemVolumes\": {}")));
    assertAt("$.reports[1].itemVolumes", Rule.INVALID_VALUE, badReports(REPORTS.replace("\"physicalPercent\": \"12.5\"", "\"itemVolumes\": {\"x\": \"1\"}")));
  }

  @Test
  void badInputOfIssue19IsRefusedByTheStrictLayerWithItsPath() {
    // one strict layer (issue 11): the same limits and exception type as budget files (issue 19.4)
    InvalidJsonException exp = badProject(PROJECT.replace("-8.2105", "1e999999999"));
    assertAt("$.site.points[0].lat", Rule.OUT_OF_RANGE, exp);
    assertTrue(exp.getMessage().length() < 400, exp.getMessage());
    InvalidJsonException digits = badProject(PROJECT.replace("\"150000000.00\"", "\"" + "9".repeat(5_000) + "\""));
    assertAt("$.allocation[0].amount", Rule.INVALID_VALUE, digits);
    assertTrue(digits.getMessage().length() < 400, digits.getMessage());
    InvalidJsonException deep = badProject(PROJECT.replace("\"m\"}", "\"m\", \"x\": " + "[".repeat(1_000) + "]".repeat(1_000) + "}"));
    assertEquals(Rule.LIMIT, deep.rule(), deep.getMessage());
    assertTrue(deep instanceof id.smartkampung.core.json.InvalidInputException);
    assertEquals(1, deep.findings().size());
  }
}
