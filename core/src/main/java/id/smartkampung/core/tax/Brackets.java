package id.smartkampung.core.tax;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;

/**
 * A table of brackets — <i>lapisan</i>: rows of (inclusive upper bound, rate), ascending, the last
 * row open-ended. Read two ways: as a rate table (TER: the rate of the row the amount falls in) and
 * progressively (Pasal 17: each slice of the amount at its row's rate). Package-private: the one place
 * both tables are interpreted.
 */
final class Brackets {
  /** One row: amounts up to {@code upTo} (null: no bound) take {@code rate}. */
  record Row(BigDecimal upTo, BigDecimal rate) {}

  private final ImmutableList<Row> rows;

  private Brackets(ImmutableList<Row> rows) {
    this.rows = rows;
  }

  /**
   * Checks and wraps rows.
   *
   * @param path the JSON path named in errors
   * @throws IllegalArgumentException naming the path and row if bounds do not ascend, the last row is
   *     bounded, a bound is not last, or a rate is outside [0, 1]
   */
  static Brackets of(List<Row> rows, String path) {
    if (rows == null || rows.isEmpty()) {
      throw new IllegalArgumentException(path + ": at least one row is required");
    }
    BigDecimal previous = BigDecimal.ZERO;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      String at = path + "[" + i + "]";
      if (r.rate() == null || r.rate().signum() < 0 || r.rate().compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(at + ".rate: " + r.rate() + " is not a fraction in [0, 1]");
      }
      boolean last = i == rows.size() - 1;
      if (last != (r.upTo() == null)) {
        throw new IllegalArgumentException(at + ".upTo: only the last row is open-ended (null), every other row has a bound");
      }
      if (r.upTo() != null) {
        if (r.upTo().compareTo(previous) <= 0) {
          throw new IllegalArgumentException(at + ".upTo: " + r.upTo().toPlainString() + " does not exceed the row before (" + previous.toPlainString() + ")");
        }
        previous = r.upTo();
      }
    }
    return new Brackets(ImmutableList.copyOf(rows));
  }

  /** The rate of the row {@code amount} falls in (the first row whose bound is at least the amount). */
  BigDecimal rateFor(BigDecimal amount) {
    for (Row r : rows) {
      if (r.upTo() == null || amount.compareTo(r.upTo()) <= 0) {
        return r.rate();
      }
    }
    throw new AssertionError("the last row is open-ended");
  }

  /** The progressive sum: each slice of {@code amount} at its row's rate; exact, not rounded. */
  BigDecimal progressive(BigDecimal amount) {
    BigDecimal tax = BigDecimal.ZERO;
    BigDecimal lower = BigDecimal.ZERO;
    for (Row r : rows) {
      if (amount.compareTo(lower) <= 0) {
        break;
      }
      BigDecimal top = r.upTo() == null ? amount : amount.min(r.upTo());
      tax = tax.add(top.subtract(lower).multiply(r.rate()));
      if (r.upTo() == null) {
        break;
      }
      lower = r.upTo();
    }
    return tax;
  }

  /** True when no row's rate is lower than the row before (TER and Pasal 17 both rise). */
  boolean ratesRise() {
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).rate().compareTo(rows.get(i - 1).rate()) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The rows. */
  ImmutableList<Row> rows() {
    return rows;
  }
}
