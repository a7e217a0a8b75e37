package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.FundSource;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.project.Allocation;
import id.smartkampung.monitoring.site.GeoPoint;
import id.smartkampung.monitoring.site.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTest {
  private static final AccountCode MODAL_JALAN = AccountCode.parse("5.3.4.01");
  private static final AccountCode BAHAN = AccountCode.parse("5.2.1.01");

  private final Apbdes apbdes = Apbdes.of(Fixtures.KEMIREN, 2025, List.of(
      BudgetLine.pendapatan(AccountCode.parse("4.2.1.01"), FundSource.DDS, "Dana Desa", Idr.of(900_000_000)),
      BudgetLine.belanja(Fixtures.JALAN, MODAL_JALAN, FundSource.DDS, "rabat beton", Idr.of(150_000_000)),
      BudgetLine.belanja(Fixtures.JALAN, MODAL_JALAN, FundSource.DDS, "rabat beton tahap 2", Idr.of(50_000_000)),
      BudgetLine.belanja(Fixtures.JALAN, BAHAN, FundSource.ADD, "papan nama", Idr.of(2_500_000)),
      BudgetLine.belanja(KegiatanCode.parse("02.03.11"), MODAL_JALAN, FundSource.DDS, "jembatan", Idr.of(80_000_000))));

  @Test
  void bacFromTheKegiatanOfTheApbdes() {
    Allocation a = Allocation.fromApbdes(apbdes, Fixtures.JALAN);
    assertEquals(202_500_000_00L, Idr.toSen(a.bac()));
    assertEquals(200_000_000_00L, Idr.toSen(a.fromSource(FundSource.DDS)));
    assertEquals(2_500_000_00L, Idr.toSen(a.fromSource(FundSource.ADD)));
    assertTrue(a.isDanaDesaFunded());
    assertThrows(IllegalArgumentException.class, () -> Allocation.fromApbdes(apbdes, KegiatanCode.parse("02.03.12")));
  }

  @Test
  void bacFromChosenItems() {
    Allocation a = Allocation.fromItems(apbdes, List.of(BudgetItemKey.of(Fixtures.JALAN, MODAL_JALAN, FundSource.DDS)));
    assertEquals(200_000_000_00L, Idr.toSen(a.bac()));
    assertThrows(IllegalArgumentException.class, () -> Allocation.fromItems(apbdes, List.of(
        BudgetItemKey.of(Fixtures.JALAN, MODAL_JALAN, FundSource.DDS),
        BudgetItemKey.of(KegiatanCode.parse("02.03.11"), MODAL_JALAN, FundSource.DDS))));
    assertThrows(IllegalArgumentException.class, () -> Allocation.fromItems(apbdes, List.of(BudgetItemKey.of(Fixtures.JALAN, BAHAN, FundSource.DDS))));
  }

  @Test
  void explicitBac() {
    assertEquals(Idr.of(75_000_000).getNumberStripped(), Allocation.of(Fixtures.JALAN, FundSource.PBK, Idr.of(75_000_000)).bac().getNumberStripped());
    assertThrows(IllegalArgumentException.class, () -> Allocation.of(Fixtures.JALAN, FundSource.DDS, Idr.ZERO));
  }

  @Test
  void haversineDistance() {
    // one degree of latitude on the mean-radius sphere: 2π × 6 371 008.8 / 360 = 111 195.08 m
    assertEquals(111_195.08, GeoPoint.of(0, 0).distanceMeters(GeoPoint.of(1, 0)), 0.01);
    GeoPoint p = GeoPoint.of(-8.2, 114.3);
    assertEquals(250, p.distanceMeters(p.offsetMeters(150, 200)), 0.5);
    assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(95, 0));
    assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(0, 181));
    assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(Double.NaN, 0));
  }

  @Test
  void distanceToALineSiteIsToItsNearestSegment() {
    GeoPoint a = GeoPoint.of(-8.2, 114.3);
    GeoPoint b = a.offsetMeters(0, 400); // 400 m road to the east
    Site road = Site.line(List.of(a, b));
    assertEquals(400, road.lengthMeters(), 0.5);
    assertEquals(30, road.distanceMeters(a.offsetMeters(30, 200)), 0.5); // 30 m north of the middle
    assertEquals(50, road.distanceMeters(b.offsetMeters(0, 50)), 0.5); // 50 m beyond the end
  }

  @org.junit.jupiter.api.Test
  void aPhotoHashIsTheSha256OfTheFile() {
    // FIPS 180-2 test vector: SHA-256("abc")
    org.junit.jupiter.api.Assertions.assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        id.smartkampung.monitoring.evidence.PhotoHash.of("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).hex());
  }
}
