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
 * @param unitCost the standard price per unit of the output, IDR exact to the sen; positive
 * @param source where the price comes from, e.g. {@code HSPK Banyuwangi 2025}; never null
 */
@Api(Api.Status.EXPERIMENTAL)
public record UnitCostBenchmark(Money unitCost, String source) {
  public UnitCostBenchmark {
    requireNonNull(unitCost, "unitCost");
    requireNonNull(source, "source");
    checkArgument(Idr.toSen(unitCost) > 0, "a benchmark unit cost is positive, got %s", Idr.format(unitCost));
  }

  /** A benchmark of {@code unitCost} per output unit. */
  public static UnitCostBenchmark of(Money unitCost, String source) {
    return new UnitCostBenchmark(unitCost, source);
  }
}
