package id.smartkampung.core.interchange.siskeudes;

import com.google.common.collect.ImmutableMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.json.InvalidInputException;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.rule.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Siskeudes export that is refused — <i>ekspor Siskeudes ditolak</i>: every problem found, each a
 * {@link Finding} whose path names the table, the row (1 = the first row after the header) and the
 * column, e.g. {@code Ta_RABRinci row 3, column Kd_Rincian}, and whose rule is {@link Rule#FORMAT}
 * for what cannot be read, or the ledger's rule (e.g. {@code I5}) for a row that breaks one. The
 * same three places are in the finding's {@link Finding#data()} under {@code table}, {@code row},
 * {@code column}. When this is thrown nothing was written.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SiskeudesFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** An exception for these problems (at least one). */
  public SiskeudesFormatException(List<Finding> problems) {
    super(null, problems);
  }

  static SiskeudesFormatException of(Finding problem) {
    return new SiskeudesFormatException(List.of(problem));
  }

  /** A finding at a table's row (1-based; 0 for the table as a whole) and column. */
  static Finding finding(Rule rule, String table, int row, Optional<String> column, String message) {
    return at(rule, Severity.ERROR, table, row, column, message);
  }

  static Finding at(Rule rule, Severity severity, String table, int row, Optional<String> column, String message) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("table", table);
    data.put("row", Integer.toString(row));
    column.ifPresent(c -> data.put("column", c));
    return new Finding(rule, severity, message, place(table, row, column), ImmutableMap.copyOf(data));
  }

  /** {@code Ta_SPP row 3, column Jumlah}; {@code Ta_SPP} for the whole table. */
  static String place(String table, int row, Optional<String> column) {
    return table + (row > 0 ? " row " + row : "") + column.map(c -> (row > 0 ? ", column " : " column ") + c).orElse("");
  }
}
