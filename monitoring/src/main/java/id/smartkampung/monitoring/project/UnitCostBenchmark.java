package id.smartkampung.monitoring.project;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import org.javamoney.moneta.Money;

/**
 * The district's standard price per output unit — <i>harga satuan pokok kegiatan (HSPK) / standar
 * satuan harga (SSH)</i> — against which a project's unit cost is compared.
 *
 * @param unitCostSen the standard price per unit of the output, in sen; positive
 * @param source where the price comes from, e.g. {@code HSPK Banyuwangi 2025}; never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record UnitCostBenchmark(long unitCostSen, String source) {
  public UnitCostBenchmark {
    requireNonNull(source, "source");
    checkArgument(unitCostSen > 0, "a benchmark unit cost is positive, got %s", Idr.formatSen(unitCostSen));
  }

  /** A benchmark of {@code unitCost} per output unit. */
  public static UnitCostBenchmark of(Money unitCost, String source) {
    return new UnitCostBenchmark(Idr.toSen(unitCost), source);
  }

  /** The standard price per unit; never null. */
  public Money unitCost() {
    return Idr.ofSen(unitCostSen);
  }
}
