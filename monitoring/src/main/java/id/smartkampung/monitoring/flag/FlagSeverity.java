package id.smartkampung.monitoring.flag;

import id.smartkampung.core.Api;

/**
 * How grave a red flag is — <i>tingkat bahaya</i> — with the weight it adds to a project's risk
 * score. Each level weighs three times the one below, so one flag of a level outweighs two of the
 * level below it.
 */
@Api(Api.Status.STABLE)
public enum FlagSeverity {
  /** Worth a look (weight 1). */
  LOW(1),
  /** Needs follow-up by the kecamatan (weight 3). */
  MEDIUM(3),
  /** Needs a field check (weight 9). */
  HIGH(9),
  /** A pattern of the classic Dana Desa cases; refer to the inspectorate (weight 27). */
  CRITICAL(27);

  private final int weight;

  FlagSeverity(int weight) {
    this.weight = weight;
  }

  /** The weight in the risk score. */
  public int weight() {
    return weight;
  }
}
