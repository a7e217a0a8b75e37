package id.smartkampung.core.tax;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;

/**
 * A kind of tax and its tax period — <i>jenis pajak dan masa pajak</i>: what one deposit (one
 * billing code, one NTPN) covers. The period is the calendar month in which the tax was withheld.
 *
 * @param levy the tax (or PFK deduction)
 * @param month the tax period
 */
public record TaxPeriod(Levy levy, YearMonth month) implements Comparable<TaxPeriod> {
  private static final Comparator<TaxPeriod> ORDER = Comparator.comparing(TaxPeriod::month).thenComparing(TaxPeriod::levy);

  /** Checks neither part is null. */
  public TaxPeriod {
    requireNonNull(levy, "levy");
    requireNonNull(month, "month");
  }

  /** The period of a levy withheld on {@code date}. */
  public static TaxPeriod of(Levy levy, LocalDate date) {
    return new TaxPeriod(levy, YearMonth.from(date));
  }

  /** By month, then levy. */
  @Override
  public int compareTo(TaxPeriod o) {
    return ORDER.compare(this, o);
  }

  /** E.g. {@code "PPh 22 2025-05"}. */
  @Override
  public String toString() {
    return levy.label() + " " + month;
  }
}
