package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.plan.Rab;
import id.smartkampung.monitoring.plan.RabItem;
import id.smartkampung.monitoring.plan.WorkSchedule;
import id.smartkampung.monitoring.testkit.MonitoringDomain;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** Invariants of the plan as engineers build it (RAB with non-physical items, uneven and paused work). */
@Domain(MonitoringDomain.class)
@Domain(DomainContext.Global.class)
class RabPlanProperties {
  private static final LocalDate START = LocalDate.of(2025, 2, 3);

  private static Rab physicalOnly(Rab rab) {
    return Rab.of(rab.items().stream().filter(RabItem::isPhysical).toList());
  }

  @Property(tries = 200)
  void nonPhysicalItemsWeighNothing(@ForAll Rab rab) {
    PlannedCurve all = PlannedCurve.fromRab(START, rab);
    PlannedCurve physical = PlannedCurve.fromRab(START, physicalOnly(rab));
    assertEquals(physical.cumulative(), all.cumulative());
    for (RabItem i : rab.items()) {
      if (!i.isPhysical()) {
        assertEquals(Percent.ZERO, rab.bobot(i.name()), i.name());
      }
    }
    assertEquals(Idr.toSen(rab.total()), rab.items().stream().mapToLong(i -> Idr.toSen(i.cost())).sum());
  }

  @Property(tries = 200)
  void bobotAddUpToHundredWithinRounding(@ForAll Rab rab) {
    BigDecimal sum = BigDecimal.ZERO;
    for (RabItem i : rab.items()) {
      sum = sum.add(rab.bobot(i.name()).value());
    }
    BigDecimal slack = new BigDecimal("0.00005").multiply(BigDecimal.valueOf(rab.items().size()));
    assertTrue(sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(slack) <= 0, "Σ bobot = " + sum);
  }

  @Property(tries = 200)
  void theCurveIsFlatInWeeksNoPhysicalItemIsWorked(@ForAll Rab rab) {
    PlannedCurve c = PlannedCurve.fromRab(START, rab);
    for (int k = 0; k < c.periods(); k++) {
      int week = k;
      boolean worked = rab.items().stream().anyMatch(i -> i.isPhysical() && i.cost().isPositive() && i.schedule().loads().containsKey(week));
      if (!worked) {
        assertEquals(c.cumulative().get(k), c.cumulative().get(k + 1), "idle week " + k);
      } else {
        assertTrue(c.cumulative().get(k).compareTo(c.cumulative().get(k + 1)) <= 0, "week " + k);
      }
    }
  }

  @Property(tries = 200)
  void loadsAreRelative(@ForAll Rab rab, @ForAll @IntRange(min = 2, max = 9) int factor) {
    List<RabItem> scaled = new ArrayList<>();
    for (RabItem i : rab.items()) {
      Map<Integer, BigDecimal> m = new TreeMap<>();
      i.schedule().loads().forEach((w, v) -> m.put(w, v.multiply(BigDecimal.valueOf(factor))));
      scaled.add(i.withSchedule(WorkSchedule.ofLoads(m)));
    }
    assertEquals(PlannedCurve.fromRab(START, rab).cumulative(), PlannedCurve.fromRab(START, Rab.of(scaled)).cumulative());
  }

  @Property(tries = 200)
  void evenConsecutiveLoadsAreTheClassicBar(@ForAll @IntRange(min = 0, max = 40) int start, @ForAll @IntRange(min = 1, max = 20) int weeks) {
    List<Integer> ws = new ArrayList<>();
    for (int w = start; w < start + weeks; w++) {
      ws.add(w);
    }
    assertEquals(WorkSchedule.contiguous(start, weeks), WorkSchedule.inWeeks(ws));
    RabItem i = RabItem.of("x", Idr.of(1), start, weeks);
    assertEquals(start, i.startWeek());
    assertEquals(weeks, i.weeks());
    assertEquals(start + weeks, i.endWeek());
  }

  @Property(tries = 200)
  void itemsAreFoundByNameAndByNumber(@ForAll Rab rab) {
    for (RabItem i : rab.items()) {
      assertSame(i, rab.item(i.name()).orElseThrow());
      if (!i.number().isEmpty()) {
        assertSame(i, rab.item(i.number()).orElseThrow());
        assertEquals(rab.bobot(i.name()), rab.bobot(i.number()));
      }
      org.javamoney.moneta.Money u = i.unitPrice();
      if (u != null) {
        assertEquals(
          0, i.volume().multiply(BigDecimal.valueOf(Idr.toSen(u))).compareTo(BigDecimal.valueOf(Idr.toSen(i.cost()))),
          "volume × unit price = cost for " + i.name());
      }
    }
  }
}
