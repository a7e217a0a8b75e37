package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.plan.PlannedCurve;
import id.smartkampung.monitoring.plan.Rab;
import id.smartkampung.monitoring.plan.RabItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The planned S-curve always rises monotonically from 0 % to 100 %. */
class PlannedCurveProperties {
  @Provide
  Arbitrary<List<RabItem>> rabItems() {
    Arbitrary<RabItem> item = Combinators.combine(
            Arbitraries.longs().between(0, 5_000_000_000L),
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(1, 20))
        .as((sen, start, weeks) -> new RabItem("x", sen, start, weeks, java.util.Optional.empty(), ""));
    return item.list().ofMinSize(1).ofMaxSize(12)
        .map(list -> {
          List<RabItem> named = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            RabItem r = list.get(i);
            named.add(new RabItem("item " + i, r.costSen(), r.startWeek(), r.weeks(), r.volume(), r.unit()));
          }
          return named;
        })
        .filter(list -> list.stream().mapToLong(RabItem::costSen).sum() > 0);
  }

  @Property(tries = 300)
  void fromRabIsMonotoneFromZeroToHundred(@ForAll("rabItems") List<RabItem> items) {
    PlannedCurve c = PlannedCurve.fromRab(LocalDate.of(2025, 2, 3), Rab.of(items));
    assertTrue(c.cumulative().get(0).isZero());
    assertTrue(c.cumulative().get(c.periods()).isComplete());
    for (int i = 1; i < c.cumulative().size(); i++) {
      assertFalse(c.cumulative().get(i).isBelow(c.cumulative().get(i - 1)), "point " + i);
    }
    assertEquals(items.stream().mapToInt(RabItem::endWeek).max().orElseThrow(), c.periods());
  }

  @Property(tries = 200)
  void plannedAtIsMonotoneInTheDate(@ForAll("rabItems") List<RabItem> items) {
    PlannedCurve c = PlannedCurve.fromRab(LocalDate.of(2025, 2, 3), Rab.of(items));
    Percent prev = Percent.ZERO;
    for (LocalDate d = c.start().minusDays(3); !d.isAfter(c.finish().plusDays(3)); d = d.plusDays(1)) {
      Percent p = c.plannedAt(d);
      assertFalse(p.isBelow(prev), "at " + d);
      prev = p;
    }
    assertEquals(Percent.HUNDRED, prev);
  }

  @Property(tries = 200)
  void aRabCurveWeighsItemsByCost(@ForAll("rabItems") List<RabItem> items) {
    // at each week end, planned % = 100 × Σ cost_i × elapsed_i / weeks_i / total (reference model in doubles, tolerance 1e-3 pp)
    Rab rab = Rab.of(items);
    PlannedCurve c = PlannedCurve.fromRab(LocalDate.of(2025, 2, 3), rab);
    double total = rab.totalSen();
    for (int k = 0; k <= c.periods(); k++) {
      double done = 0;
      for (RabItem i : items) {
        done += i.costSen() * (double) Math.max(0, Math.min(k - i.startWeek(), i.weeks())) / i.weeks();
      }
      assertEquals(100 * done / total, c.cumulative().get(k).value().doubleValue(), 1e-3, "week " + k);
    }
    assertEquals(Idr.ofSen(rab.totalSen()), rab.total());
  }
}
