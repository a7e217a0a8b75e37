package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.json.InvalidJsonException;
import id.smartkampung.monitoring.json.ProjectJson;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.plan.Rab;
import id.smartkampung.monitoring.plan.RabItem;
import id.smartkampung.monitoring.plan.WorkSchedule;
import id.smartkampung.monitoring.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan as engineers build it: numbered RAB lines priced as volume × harga satuan, non-physical
 * lines (honorarium TPK, papan kegiatan) that weigh nothing in the kurva S, and items worked
 * unevenly or with pauses.
 *
 * <p>Practice sources: the bobot of a work item is its <i>jumlah harga</i> over the total of the
 * works (vocational course "Konsep Dasar dan Perhitungan Bobot Prosentase Pekerjaan RAB", and the
 * kurva S of Permen PUPR 14/2020's jadwal pelaksanaan); the village RAB form in which each line is
 * volume × harga satuan and the TPK honorarium is a separate block (RAB "Pembangunan Sumur Bor 7
 * Unit", Desa Permai, Kec. Rangsang Barat, Kab. Kepulauan Meranti, TA 2022: bahan Rp90.298.000 +
 * upah Rp13.020.000 + honorarium Rp800.000 = Rp104.118.000).
 */
class RabPlanTest {
  private static final LocalDate START = LocalDate.of(2022, 7, 4);

  private static WorkSchedule weeks(int start, int n) {
    return WorkSchedule.contiguous(start, n);
  }

  /** The Desa Permai RAB line by line (volume × harga satuan as published); the schedule is ours. */
  private static Rab permai() {
    return Rab.of(List.of(
        RabItem.priced("Papan Kegiatan", BigDecimal.ONE, "bh", Idr.of(101_000), weeks(0, 1)).withNumber("I.1").nonPhysical(),
        RabItem.priced("Plakat/Prasasti", BigDecimal.ONE, "unit", Idr.of(750_000), weeks(5, 1)).withNumber("I.2"),
        RabItem.priced("Kayu Cerocok", new BigDecimal("112"), "btg", Idr.of(10_000), weeks(0, 2)).withNumber("I.3"),
        RabItem.priced("Kayu Mal", BigDecimal.ONE, "m3", Idr.of(1_890_000), weeks(0, 2)).withNumber("I.4"),
        RabItem.priced("Pasir Urug", new BigDecimal("4"), "m3", Idr.of(430_000), weeks(1, 2)).withNumber("I.5"),
        RabItem.priced("Pasir Cor", new BigDecimal("20"), "m3", Idr.of(430_000), weeks(1, 3)).withNumber("I.6"),
        RabItem.priced("Batu Split 2/3", new BigDecimal("4"), "m3", Idr.of(580_000), weeks(1, 3)).withNumber("I.8"),
        RabItem.priced("Semen 50 kg", new BigDecimal("35"), "zak", Idr.of(90_000), weeks(1, 3)).withNumber("I.9"),
        RabItem.priced("Besi Beton 6 mm", new BigDecimal("14"), "btg", Idr.of(48_000), weeks(1, 2)).withNumber("I.10"),
        RabItem.priced("Besi Beton 10 mm", new BigDecimal("28"), "btg", Idr.of(77_000), weeks(1, 2)).withNumber("I.11"),
        RabItem.priced("Besi Beton 8 mm", new BigDecimal("14"), "btg", Idr.of(58_000), weeks(1, 2)).withNumber("I.12"),
        RabItem.priced("Kawat Ikat", new BigDecimal("3"), "kg", Idr.of(29_000), weeks(1, 2)).withNumber("I.13"),
        RabItem.priced("Paku Biasa", new BigDecimal("21"), "kg", Idr.of(20_000), weeks(1, 2)).withNumber("I.14"),
        RabItem.priced("Pengeboran Sumber Air", new BigDecimal("7"), "titik", Idr.of(9_500_000),
            WorkSchedule.ofLoads(Map.of(0, BigDecimal.ONE, 1, new BigDecimal("2"), 2, new BigDecimal("2"), 3, new BigDecimal("2")))).withNumber("I.15"),
        RabItem.priced("Pekerja", new BigDecimal("63"), "HOK", Idr.of(100_000), weeks(0, 5)).withNumber("III.1"),
        RabItem.priced("Tukang", new BigDecimal("56"), "HOK", Idr.of(120_000), weeks(0, 5)).withNumber("III.2"),
        RabItem.priced("Ketua TPK", BigDecimal.ONE, "keg", Idr.of(100_000), weeks(0, 6)).withNumber("IV.1").nonPhysical(),
        RabItem.priced("Sekretaris TPK", BigDecimal.ONE, "keg", Idr.of(100_000), weeks(0, 6)).withNumber("IV.2").nonPhysical(),
        RabItem.priced("Anggota TPK", BigDecimal.ONE, "keg", Idr.of(100_000), weeks(0, 6)).withNumber("IV.3").nonPhysical(),
        RabItem.priced("Operasional TPK", BigDecimal.ONE, "keg", Idr.of(500_000), weeks(0, 6)).withNumber("IV.4").nonPhysical()));
  }

  @Test
  void thePublishedRabAddsUpLineByLineAndHonorariumWeighsNothing() {
    Rab rab = permai();
    // TOTAL BIAYA Rp104.118.000 as published; physical = 104.118.000 − 800.000 honorarium − 101.000 papan
    assertEquals(Idr.of(104_118_000), rab.total());
    assertEquals(Idr.of(103_217_000), rab.physicalTotal());
    // 7 titik × Rp9.500.000 = Rp66.500.000; bobot 66.500.000 / 103.217.000 = 64.42737…% → 64.4274
    assertEquals(Idr.of(66_500_000), rab.item("I.15").orElseThrow().cost());
    assertEquals(Percent.of(new BigDecimal("64.4274")), rab.bobot("Pengeboran Sumber Air"));
    assertEquals(Percent.of(new BigDecimal("64.4274")), rab.bobot("I.15"));
    assertEquals(Percent.of(new BigDecimal("0.7266")), rab.bobot("Plakat/Prasasti"));
    assertEquals(Percent.ZERO, rab.bobot("IV.1"));
    assertEquals(Percent.ZERO, rab.bobot("Papan Kegiatan"));
    // the honorarium runs six weeks but the kurva S ends with the physical work (week 5: the plaque)
    PlannedCurve c = PlannedCurve.fromRab(START, rab);
    assertEquals(6, c.periods());
    assertTrue(c.cumulative().get(6).isComplete());
  }

  /**
   * Galian Rp20 jt loaded 1:3 over weeks 0–1; beton Rp60 jt evenly in weeks 1, 2, 4, 5 (week 3
   * paused for the harvest); pagar Rp20 jt in week 5; papan nama Rp1 jt and honor TPK Rp4 jt
   * non-physical. Physical total Rp100 jt: weights 20, 60, 20. Week ends: 0; 5; 20+15 = 35; 50; 50
   * (pause); 65; 100.
   */
  @Test
  void unevenAndPausedWorkShapesTheCurve() {
    Rab rab = Rab.of(List.of(
        RabItem.of("papan nama", Idr.of(1_000_000), weeks(0, 1)).withNumber("1").nonPhysical(),
        RabItem.of("galian", Idr.of(20_000_000), WorkSchedule.ofLoads(Map.of(0, new BigDecimal("25"), 1, new BigDecimal("75")))).withNumber("2"),
        RabItem.of("beton", Idr.of(60_000_000), WorkSchedule.inWeeks(List.of(1, 2, 4, 5))).withNumber("3"),
        RabItem.of("pagar", Idr.of(20_000_000), weeks(5, 1)).withNumber("4"),
        RabItem.of("honor TPK", Idr.of(4_000_000), weeks(0, 6)).withNumber("5").nonPhysical()));
    PlannedCurve c = PlannedCurve.fromRab(START, rab);
    assertEquals(
        List.of("0", "5", "35", "50", "50", "65", "100"),
        c.cumulative().stream().map(p -> p.value().stripTrailingZeros().toPlainString()).toList());
    assertEquals(Idr.of(105_000_000), rab.total());
    assertEquals(Percent.of(60), rab.bobot("beton"));
    assertEquals(4, rab.item("beton").orElseThrow().weeks());
    assertEquals(6, rab.item("3").orElseThrow().endWeek());
    assertFalse(rab.item("beton").orElseThrow().schedule().isContiguous());
    assertTrue(rab.item("aspal").isEmpty());
    // volumes are found by name or number; a non-physical item has no physical progress to report
    Rab measured = Rab.of(List.of(
        RabItem.priced("galian", new BigDecimal("100"), "m3", Idr.of(200_000), weeks(0, 2)).withNumber("II.1"),
        RabItem.priced("beton", new BigDecimal("50"), "m3", Idr.of(1_200_000), weeks(2, 4)).withNumber("II.2"),
        RabItem.of("honor TPK", Idr.of(5_000_000), weeks(0, 6)).withNumber("IV.1").nonPhysical().withVolume(BigDecimal.ONE, "keg")));
    // galian 20 jt all done, beton 60 jt: 20 of 50 m3 → (20 + 24) / 80 = 55 %
    assertEquals(Percent.of(55), measured.weightedPercent(Map.of("II.1", new BigDecimal("100"), "beton", new BigDecimal("20"))));
    IllegalArgumentException nonPhysical = assertThrows(IllegalArgumentException.class,
        () -> measured.weightedPercent(Map.of("IV.1", BigDecimal.ONE)));
    assertTrue(nonPhysical.getMessage().contains("honor TPK") && nonPhysical.getMessage().contains("non-physical"), nonPhysical.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> measured.weightedPercent(Map.of("II.1", BigDecimal.ONE, "galian", BigDecimal.ONE)));
    assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
  }

  @Test
  void aLineIsVolumeTimesUnitPriceExactlyOrRefused() {
    // 52.5 m3 × Rp1.234.567,89 = Rp64.814.814,2... is not whole sen: refused, never rounded silently
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RabItem.priced("beton", new BigDecimal("52.5"), "m3", Idr.of(new BigDecimal("1234567.89")), weeks(0, 2)));
    assertTrue(e.getMessage().contains("beton") && e.getMessage().contains("sen"), e.getMessage());
    // 52.5 × Rp1.234.568 = Rp64.814.820 exactly
    assertEquals(Idr.of(64_814_820), RabItem.priced("beton", new BigDecimal("52.5"), "m3", Idr.of(1_234_568), weeks(0, 2)).cost());
    // a cost that is not volume × unit price is refused, naming the item
    IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> new RabItem(
        "I.15", "Pengeboran", RabItem.Kind.PHYSICAL, Idr.of(66_000_000), Idr.of(9_500_000),
        weeks(0, 4), new BigDecimal("7"), "titik"));
    assertTrue(m.getMessage().contains("Pengeboran") && m.getMessage().contains("66500000"), m.getMessage());
    // only non-physical items: no physical work to weigh
    assertThrows(IllegalArgumentException.class, () -> Rab.of(List.of(RabItem.of("honor", Idr.of(1), 0, 1).nonPhysical())));
    // a number that is another item's name would make finding ambiguous
    assertThrows(IllegalArgumentException.class, () -> Rab.of(List.of(
        RabItem.of("1", Idr.of(1), 0, 1), RabItem.of("galian", Idr.of(2), 0, 1).withNumber("1"))));
    assertThrows(IllegalArgumentException.class, () -> Rab.of(List.of(
        RabItem.of("a", Idr.of(1), 0, 1).withNumber("1"), RabItem.of("b", Idr.of(2), 0, 1).withNumber("1"))));
    assertThrows(IllegalArgumentException.class, () -> WorkSchedule.ofLoads(Map.of(3, BigDecimal.ZERO)));
    // equal loads are an even schedule, whatever the number (regression: they did not round-trip as JSON)
    assertEquals(WorkSchedule.contiguous(2, 2), WorkSchedule.ofLoads(Map.of(2, new BigDecimal("2.5"), 3, new BigDecimal("2.50"))));
    assertThrows(IllegalArgumentException.class, () -> WorkSchedule.inWeeks(List.of()));
  }

  @Test
  void theRabOfAnEngineerReadsAndWritesAsJson() {
    Rab rab = Rab.of(List.of(
        RabItem.priced("galian", new BigDecimal("100"), "m3", Idr.of(200_000), WorkSchedule.ofLoads(Map.of(0, new BigDecimal("30"), 1, new BigDecimal("70")))).withNumber("II.1"),
        RabItem.of("beton", Idr.of(60_000_000), WorkSchedule.inWeeks(List.of(1, 2, 4))).withNumber("II.2"),
        RabItem.of("honor TPK", Idr.of(5_000_000), weeks(0, 5)).withNumber("IV.1").nonPhysical()));
    Project p = Fixtures.road("r-eng").withPlan(PlannedCurve.fromRab(Fixtures.START, rab));
    String json = ProjectJson.write(p);
    assertTrue(json.contains("\"kind\" : \"non-physical\""), json);
    assertTrue(json.contains("\"unitPrice\" : \"200000.00\""), json);
    assertTrue(json.contains("\"weekLoads\""), json);
    assertEquals(p, ProjectJson.read(json));
    // a week that is not a number is refused, naming the place
    String bad = json.replace("\"1\" : \"70\"", "\"x\" : \"70\"");
    InvalidJsonException e = assertThrows(InvalidJsonException.class, () -> ProjectJson.read(bad));
    assertTrue(e.getMessage().contains("weekLoads") && e.getMessage().contains("x"), e.getMessage());
    // a line priced without a cost: the cost is volume × unit price
    String priced = json.replace("\"cost\" : \"20000000.00\",", "");
    assertEquals(p, ProjectJson.read(priced));
  }

  /** Bad RAB input is refused with the JSON path and the rule, never half-read. */
  @Test
  void badEngineersRabInputIsRefusedNamingThePlace() {
    Rab rab = Rab.of(List.of(
        RabItem.priced("galian", new BigDecimal("100"), "m3", Idr.of(200_000), weeks(0, 2)).withNumber("II.1"),
        RabItem.of("honor TPK", Idr.of(5_000_000), weeks(0, 5)).withNumber("IV.1").nonPhysical()));
    String json = ProjectJson.write(Fixtures.road("r-bad").withPlan(PlannedCurve.fromRab(Fixtures.START, rab)));
    Map<String, String> cases = Map.of(
        "kind", json.replace("\"non-physical\"", "\"honorarium\""),
        "unitPrice", json.replace("\"volume\" : \"100\",", ""),
        "cost", json.replace("\"cost\" : \"20000000.00\",", "").replace("\"unitPrice\" : \"200000.00\",", ""),
        "weekLoads", json.replace("\"startWeek\" : 0,\n", "\"weekLoads\" : {},\n\"startWeek\" : 0,\n"),
        "20000000", json.replace("\"cost\" : \"20000000.00\"", "\"cost\" : \"20000001.00\""));
    cases.forEach((needle, bad) -> {
      assertFalse(bad.equals(json), "the case " + needle + " changes the input");
      InvalidJsonException e = assertThrows(InvalidJsonException.class, () -> ProjectJson.read(bad), needle);
      assertTrue(e.getMessage().contains("rab[") && e.getMessage().contains(needle), needle + ": " + e.getMessage());
    });
  }
}
