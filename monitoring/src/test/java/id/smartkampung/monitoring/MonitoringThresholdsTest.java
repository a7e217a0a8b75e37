package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.smartkampung.monitoring.assessment.MonitoringThresholds;
import id.smartkampung.monitoring.evidence.PhotoHash;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MonitoringThresholdsTest {
  @Test
  void documentedDefaults() {
    MonitoringThresholds t = MonitoringThresholds.defaults();
    assertEquals(Percent.of(70), t.kritisStageBoundary());
    assertEquals(PercentagePoints.of(10), t.kritisEarlyPp());
    assertEquals(PercentagePoints.of(5), t.kritisLatePp());
    assertEquals(PercentagePoints.of(10), t.spendingAheadMarginPp());
    assertEquals(14, t.staleAfterDays());
    assertEquals(Percent.of(10), t.unitCostTolerance());
    assertEquals(Percent.of(2), t.volumeShortfallTolerance());
    // GPS radius rule: max(50 m, 2 × accuracy)
    assertEquals(50, t.onSiteRadiusMeters(10));
    assertEquals(50, t.onSiteRadiusMeters(25));
    assertEquals(80, t.onSiteRadiusMeters(40));
  }

  @Test
  void withMethodsChangeOneThreshold() {
    MonitoringThresholds t = MonitoringThresholds.defaults().withStaleAfterDays(21).withGpsMinRadiusMeters(100);
    assertEquals(21, t.staleAfterDays());
    assertEquals(100, t.onSiteRadiusMeters(10));
    assertEquals(MonitoringThresholds.defaults().kritisEarlyPp(), t.kritisEarlyPp());
    assertEquals(14, MonitoringThresholds.defaults().staleAfterDays());
    assertThrows(IllegalArgumentException.class, () -> t.withStaleAfterDays(0));
    assertThrows(IllegalArgumentException.class, () -> t.withVolumeShortfallTolerance(Percent.HUNDRED));
  }

  @Test
  void photoHashes() {
    assertEquals("ab".repeat(32), PhotoHash.parse("AB".repeat(32)).hex());
    assertThrows(IllegalArgumentException.class, () -> PhotoHash.parse("ab".repeat(31)));
    assertThrows(IllegalArgumentException.class, () -> PhotoHash.parse("zz".repeat(32)));
  }
}
