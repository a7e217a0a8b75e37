package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.plan.Rab;
import id.smartkampung.monitoring.plan.RabItem;
import id.smartkampung.monitoring.testkit.MonitoringArbitraries;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The planned S-curve always rises monotonically from 0 % to 100 % (generators from the shipped kit). */
class PlannedCurveProperties {
  @Provide
  Arbitrary<Rab> rabs() {
    return MonitoringArbitraries.rabs();
  }

  @Provide
  Arbitrary<PlannedCurve> curves() {
    return MonitoringArbitraries.plannedCurves();
  }

  @Property(tries = 300)
  void fromRabIsMonotoneFromZeroToHundred(@ForAll("rabs") Rab rab) {
    PlannedCurve c = PlannedCurve.fromRab(LocalDate.of(2025, 2, 3), rab);
    assertTrue(c.cumulative().get(0).isZero());
    assertTrue(c.cumulative().get(c.periods()).isComplete());
    for (int i = 1; i < c.cumulative().size(); i++) {
      assertFalse(c.cumulative().get(i).isBelow(c.cumulative().get(i - 1)), "point " + i);
    }
    assertEquals(rab.items().stream().filter(RabItem::isPhysical).mapToInt(RabItem::endWeek).max().orElseThrow(), c.periods());
  }

  @Property(tries = 200)
  void plannedAtIsMonotoneInTheDate(@ForAll("curves") PlannedCurve c) {
    Percent prev = Percent.ZERO;
    for (LocalDate d = c.start().minusDays(3); !d.isAfter(c.finish().plusDays(3)); d = d.plusDays(1)) {
      Percent p = c.plannedAt(d);
      assertFalse(p.isBelow(prev), "at " + d);
      prev = p;
    }
    assertEquals(Percent.HUNDRED, prev);
    assertEquals(Percent.ZERO, c.plannedAt(c.start()));
  }

  @Property(tries = 200)
  void aRabCurveWeighsItemsByCost(@ForAll("rabs") Rab rab) {
    // at each week end, planned % = 100 × Σ_physical cost_i × (load of i's weeks before k) / (i's total load) / physical total
    // (reference model in doubles, tolerance 1e-3 pp); non-physical items weigh nothing
    PlannedCurve c = PlannedCurve.fromRab(LocalDate.of(2025, 2, 3), rab);
    double total = 0;
    for (RabItem i : rab.items()) {
      total += i.isPhysical() ? Idr.toSen(i.cost()) : 0;
    }
    for (int k = 0; k <= c.periods(); k++) {
      double done = 0;
      for (RabItem i : rab.items()) {
        if (!i.isPhysical()) {
          continue;
        }
        double before = 0;
        double all = 0;
        for (var e : i.schedule().loads().entrySet()) {
          all += e.getValue().doubleValue();
          before += e.getKey() < k ? e.getValue().doubleValue() : 0;
        }
        done += Idr.toSen(i.cost()) * before / all;
      }
      assertEquals(100 * done / total, c.cumulative().get(k).value().doubleValue(), 1e-3, "week " + k);
    }
    assertEquals(Idr.ofSen(Idr.toSen(rab.total())), rab.total());
  }
}
