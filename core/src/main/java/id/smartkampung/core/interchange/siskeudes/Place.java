package id.smartkampung.core.interchange.siskeudes;

import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;

/**
 * Where an operation of an import comes from — <i>asal baris</i>: a table of the export and a row
 * (1 = the first row after the header).
 *
 * @param table the table, e.g. {@code Ta_SPPBukti}; never null
 * @param row the row, from 1
 */
@Api(Api.Status.EXPERIMENTAL)
public record Place(String table, int row) {
  public Place {
    requireNonNull(table, "table");
  }

  @Override
  public String toString() {
    return table + " row " + row;
  }
}
