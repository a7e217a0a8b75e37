package id.smartkampung.core.tax;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One tax withheld or collected on a payment — <i>pemotongan/pemungutan</i>: where it came from (the
 * SPP or the SPJ receipt), when, from whom, and its {@link TaxLine}. What a withholding slip (<i>bukti
 * potong</i>) is prepared from.
 *
 * @param source the id of the payment or receipt it was withheld on
 * @param date the payment date (its month is the tax period)
 * @param payee the payee
 * @param line the tax line (levy, base, rate, amount, regulation)
 */
public record WithheldTax(String source, LocalDate date, Payee payee, TaxLine line) {
  /** Checks nothing is null and the source is not blank. */
  public WithheldTax {
    requireNonNull(source, "source");
    checkArgument(!source.isBlank(), "a withholding needs the id of its payment");
    requireNonNull(date, "date");
    requireNonNull(payee, "payee");
    requireNonNull(line, "line");
  }

  /** The levy and tax period. */
  public TaxPeriod period() {
    return TaxPeriod.of(line.levy(), date);
  }
}
