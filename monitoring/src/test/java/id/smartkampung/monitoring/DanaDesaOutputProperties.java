package id.smartkampung.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.monitoring.testkit.MonitoringArbitraries;
import id.smartkampung.monitoring.tranche.DanaDesaOutput;
import id.smartkampung.monitoring.tranche.OutputActivity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Dana Desa output per activity (issue 18) against a reference model, over the kit's generators. */
class DanaDesaOutputProperties {
  @Provide
  Arbitrary<List<OutputActivity>> activities() {
    return MonitoringArbitraries.outputActivities().list().ofMinSize(1).ofMaxSize(12);
  }

  /** The average is the truncated unweighted mean of min(realised / target, 1), per activity, physical or not. */
  @Property(tries = 300)
  void theAverageIsTheMeanOfEachActivitysRealisedOverTarget(@ForAll("activities") List<OutputActivity> list) {
    BigDecimal sum = BigDecimal.ZERO;
    for (OutputActivity a : list) {
      BigDecimal share = a.realised().divide(a.target().volume(), 20, RoundingMode.DOWN).min(BigDecimal.ONE);
      sum = sum.add(share.movePointRight(2).setScale(Percent.SCALE, RoundingMode.DOWN));
    }
    BigDecimal expected = sum.divide(BigDecimal.valueOf(list.size()), Percent.SCALE, RoundingMode.DOWN);
    Percent avg = DanaDesaOutput.of(list).average().orElseThrow();
    assertEquals(expected, avg.value());
    Percent min = list.stream().map(OutputActivity::achievement).min(Percent::compareTo).orElseThrow();
    Percent max = list.stream().map(OutputActivity::achievement).max(Percent::compareTo).orElseThrow();
    assertTrue(!avg.isBelow(min) && !max.isBelow(avg), avg + " lies between " + min + " and " + max);
  }

  /** An activity that reached its target never lowers the average. */
  @Property(tries = 200)
  void aCompletedActivityNeverLowersTheAverage(@ForAll("activities") List<OutputActivity> list, @ForAll("activities") List<OutputActivity> more) {
    OutputActivity done = more.get(0);
    OutputActivity complete = OutputActivity.of(done.kegiatan(), done.name(), done.target(), done.target().volume());
    List<OutputActivity> with = new ArrayList<>(list);
    with.add(complete);
    Percent before = DanaDesaOutput.of(list).average().orElseThrow();
    Percent after = DanaDesaOutput.of(with).average().orElseThrow();
    // the truncation to 4 decimals may cost at most 0.0001 pp
    assertTrue(after.value().compareTo(before.value().subtract(new BigDecimal("0.0001"))) >= 0, before + " -> " + after);
  }
}
