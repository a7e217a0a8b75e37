package id.smartkampung.core.interchange.siskeudes;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table of a Siskeudes export — <i>tabel ekspor Siskeudes</i>, e.g. {@code Ta_RABRinci.csv}: its
 * name (without {@code .csv}), its header (the column names of the Siskeudes database) and its rows,
 * each cell the text the export wrote.
 *
 * <p>The file format is the one OpenSID reads ({@code fgetcsv} / {@code str_getcsv} in its
 * importer): RFC 4180, {@code ,} between cells, a cell in double quotes when it holds a comma, a
 * double quote or a line break (a quote doubled inside), the first line the header. Rows are
 * numbered from 1, the first row after the header ({@code row 1} is line 2 of the file). Written
 * with CRLF line ends and UTF-8.
 *
 * @param name the table's name, e.g. {@code Ta_SPP}; never blank
 * @param header the column names, in order; never empty
 * @param rows the rows, each as many cells as the header
 */
@Api(Api.Status.EXPERIMENTAL)
public record SiskeudesTable(String name, ImmutableList<String> header, ImmutableList<ImmutableList<String>> rows) {
  public SiskeudesTable {
    requireNonNull(name, "name");
    requireNonNull(header, "header");
    requireNonNull(rows, "rows");
    checkArgument(!name.isBlank(), "a table has a name");
    for (ImmutableList<String> r : rows) {
      checkArgument(r.size() == header.size(), "table %s: a row of %s cells under a header of %s", name, r.size(), header.size());
    }
  }

  /** A table of the given header and rows. */
  public static SiskeudesTable of(String name, List<String> header, List<? extends List<String>> rows) {
    ImmutableList.Builder<ImmutableList<String>> b = ImmutableList.builder();
    for (List<String> r : rows) {
      b.add(ImmutableList.copyOf(r));
    }
    return new SiskeudesTable(name, ImmutableList.copyOf(header), b.build());
  }

  /** The file name in the zip: the name and {@code .csv}. */
  public String fileName() {
    return name + ".csv";
  }

  /** The index of a column, or -1. */
  public int column(String column) {
    return header.indexOf(column);
  }

  /** How many rows the table has. */
  public int size() {
    return rows.size();
  }

  /**
   * The cell of a row (1-based) and column.
   *
   * @throws IllegalArgumentException if the table has no such column or row
   */
  public String cell(int row, String column) {
    int c = column(column);
    checkArgument(c >= 0, "table %s has no column %s", name, column);
    checkArgument(row >= 1 && row <= rows.size(), "table %s has no row %s", name, row);
    return rows.get(row - 1).get(c);
  }

  /** The CSV text of this table: header and rows, CRLF line ends. */
  public String toCsv() {
    StringBuilder sb = new StringBuilder();
    appendRow(sb, header);
    for (List<String> r : rows) {
      appendRow(sb, r);
    }
    return sb.toString();
  }

  private static void appendRow(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    sb.append("\r\n");
  }

  /**
   * Parses a table from its CSV text. An empty trailing line is ignored; a byte-order mark at the
   * start is skipped.
   *
   * @throws SiskeudesFormatException naming the table and the line: no header, a quote not closed
   *     (a truncated file), a row with another number of cells than the header, a repeated column
   */
  public static SiskeudesTable parse(String name, String csv) {
    requireNonNull(name, "name");
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> current = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    boolean quoted = false;
    boolean any = false;
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          if (ch == '\n') {
            line++;
          }
          cell.append(ch);
        }
        i++;
        continue;
      }
      if (ch == '"' && cell.length() == 0) {
        quoted = true;
        any = true;
      } else if (ch == ',') {
        current.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (ch == '\r' || ch == '\n') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || cell.length() > 0) {
          current.add(cell.toString());
          records.add(current);
          lines.add(recordLine);
        }
        current = new ArrayList<>();
        cell.setLength(0);
        any = false;
        line++;
        recordLine = line;
      } else {
        cell.append(ch);
        any = true;
      }
      i++;
    }
    if (quoted) {
      throw SiskeudesFormatException.of(problem(name, recordLine, Optional.empty(),
          "a quoted cell is not closed before the end of the file: the file is truncated or damaged"));
    }
    if (any || cell.length() > 0) {
      current.add(cell.toString());
      records.add(current);
      lines.add(recordLine);
    }
    if (records.isEmpty()) {
      throw SiskeudesFormatException.of(problem(name, 1, Optional.empty(), "the table is empty: it has no header line"));
    }
    List<String> header = records.get(0);
    List<Finding> problems = new ArrayList<>();
    for (int h = 0; h < header.size(); h++) {
      if (header.indexOf(header.get(h)) != h) {
        problems.add(problem(name, 1, Optional.of(header.get(h)), "the column " + header.get(h) + " appears twice in the header"));
      }
    }
    for (int r = 1; r < records.size(); r++) {
      if (records.get(r).size() != header.size()) {
        problems.add(SiskeudesFormatException.finding(Rule.FORMAT, name, r, Optional.empty(),
            "line " + lines.get(r) + " has " + records.get(r).size() + " cells where the header has " + header.size()
                + (r == records.size() - 1 ? " (a truncated file?)" : "")));
      }
    }
    if (!problems.isEmpty()) {
      throw new SiskeudesFormatException(problems);
    }
    return of(name, header, records.subList(1, records.size()));
  }

  private static Finding problem(String table, int line, Optional<String> column, String message) {
    return new Finding(Rule.FORMAT, id.smartkampung.core.rule.Severity.ERROR, message,
        table + ".csv line " + line + column.map(c -> ", column " + c).orElse(""),
        com.google.common.collect.ImmutableMap.copyOf(column.isPresent() ? Map.of("table", table, "line", Integer.toString(line), "column", column.get())
            : Map.of("table", table, "line", Integer.toString(line))));
  }
}
