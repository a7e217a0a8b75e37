package id.smartkampung.monitoring.flag;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The risk score — <i>skor risiko</i> — by which projects and villages are ranked. Transparent by
 * design:
 *
 * <ul>
 *   <li>a <b>project</b> scores the sum, over each <em>kind</em> of red flag it has, of the weight
 *       of the gravest flag of that kind ({@link FlagSeverity#weight()}: LOW 1, MEDIUM 3, HIGH 9,
 *       CRITICAL 27). Repeats of one kind (e.g. an off-site photo in every report) count once, so a
 *       long-running project is not punished for the number of its reports; the full list stays in
 *       the assessment as evidence;
 *   <li>a <b>village</b> scores the sum of its projects' scores; a <b>district</b> the sum of its
 *       villages'.
 * </ul>
 *
 * Ties are broken by the callers (the highest single project score, then the code).
 *
 * @param points the score; never negative
 */
@Api(Api.Status.STABLE)
public record RiskScore(long points) implements Comparable<RiskScore> {
  /** No risk found. */
  public static final RiskScore ZERO = new RiskScore(0);

  public RiskScore {
    checkArgument(points >= 0, "a risk score is never negative");
  }

  /** The score of one project's flags. */
  public static RiskScore ofFlags(Collection<RedFlag> flags) {
    requireNonNull(flags, "flags");
    Map<RedFlagCode, Integer> worst = new EnumMap<>(RedFlagCode.class);
    for (RedFlag f : flags) {
      worst.merge(f.code(), f.severity().weight(), Math::max);
    }
    long sum = 0;
    for (int w : worst.values()) {
      sum += w;
    }
    return new RiskScore(sum);
  }

  /** This score plus another. */
  public RiskScore plus(RiskScore other) {
    return new RiskScore(Math.addExact(points, other.points));
  }

  @Override
  public int compareTo(RiskScore o) {
    return Long.compare(points, o.points);
  }

  @Override
  public String toString() {
    return Long.toString(points);
  }
}
