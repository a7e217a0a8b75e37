package id.smartkampung.core.interchange.siskeudes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.rule.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The tests' handling of an export's tables: written from a ledger, a cell edited, a zip refused. */
final class SiskeudesTables {
  private SiskeudesTables() {}

  /** The tables the export writes for a ledger, by name, in the export's order. */
  static Map<String, SiskeudesTable> of(Ledger l) {
    Map<String, SiskeudesTable> m = new LinkedHashMap<>();
    for (SiskeudesTable t : SiskeudesExport.tables(l)) {
      m.put(t.name(), t);
    }
    return m;
  }

  /** The table with one cell replaced (row from 1). */
  static SiskeudesTable edit(SiskeudesTable t, int row, String column, String value) {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r : t.rows()) {
      rows.add(new ArrayList<>(r));
    }
    rows.get(row - 1).set(t.column(column), value);
    return SiskeudesTable.of(t.name(), t.header(), rows);
  }

  /** The tables zipped as {@code export.zip} in {@code dir}. */
  static Path zip(Path dir, Map<String, SiskeudesTable> tables) throws Exception {
    Path zip = dir.resolve("export.zip");
    SiskeudesArchive.write(zip, tables.values());
    return zip;
  }

  /** The tables zipped in {@code dir} and imported: the findings of the refusal; checks nothing was written. */
  static List<Finding> refused(Path dir, Map<String, SiskeudesTable> tables) throws Exception {
    Path zip = zip(dir, tables);
    Path journal = dir.resolve("book.jsonl");
    SiskeudesFormatException e = assertThrows(SiskeudesFormatException.class, () -> SiskeudesImport.importBook(zip, journal));
    assertFalse(Files.exists(journal), "nothing written");
    assertFalse(Files.exists(dir.resolve("book.jsonl.importing")), "no temporary book left");
    return e.findings();
  }

  /** The findings of importing the export of {@code year} with one cell of {@code table} replaced (see {@link #refused}). */
  static List<Finding> refusedWith(Path dir, Ledger year, String table, int row, String column, String value) throws Exception {
    Map<String, SiskeudesTable> t = of(year);
    t.put(table, edit(t.get(table), row, column, value));
    return refused(dir, t);
  }

  /** Findings as lines {@code RULE path: message}, for failure messages. */
  static String paths(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().code() + " " + f.path() + ": " + f.message()).collect(Collectors.joining("\n"));
  }
}
