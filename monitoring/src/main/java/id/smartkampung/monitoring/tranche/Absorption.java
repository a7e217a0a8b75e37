package id.smartkampung.monitoring.tranche;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.javamoney.moneta.Money;

/**
 * Dana Desa absorption — <i>penyerapan Dana Desa</i>: the share of the Dana Desa received in the
 * previous tranches that the village has realised (spent), as core's ledger reports it. Monitoring
 * takes it as an input value.
 *
 * <p>From amounts, the fraction is truncated (never rounded up) to {@value #SCALE} decimals, so a
 * village just below a gate is never lifted over it by rounding; a fraction given directly is kept
 * exactly as given.
 *
 * @param fraction realised / received, 0–1
 */
@Api(Api.Status.EXPERIMENTAL)
public record Absorption(BigDecimal fraction) {
  /** Decimal places of a fraction computed from amounts. */
  public static final int SCALE = 12;

  public Absorption {
    requireNonNull(fraction, "fraction");
    checkArgument(
        fraction.signum() >= 0 && fraction.compareTo(BigDecimal.ONE) <= 0,
        "absorption %s is out of range: a share of the Dana Desa received, 0 to 1",
        fraction.toPlainString());
  }

  /** Absorption given as a fraction 0–1, kept exactly. */
  public static Absorption ofFraction(BigDecimal fraction) {
    return new Absorption(fraction);
  }

  /**
   * Absorption from the Dana Desa received and realised.
   *
   * @throws IllegalArgumentException if nothing was received, or more was realised than received
   */
  public static Absorption of(Money received, Money realised) {
    long in = Idr.toSen(received);
    long out = Idr.toSen(realised);
    checkArgument(in > 0, "absorption needs Dana Desa received, got %s", Idr.formatSen(in));
    checkArgument(out >= 0, "realised Dana Desa %s is negative", Idr.formatSen(out));
    checkArgument(
        out <= in,
        "realised Dana Desa %s exceeds what was received %s (cash per fund source never goes negative)",
        Idr.formatSen(out),
        Idr.formatSen(in));
    return new Absorption(BigDecimal.valueOf(out).divide(BigDecimal.valueOf(in), SCALE, RoundingMode.DOWN));
  }
}
