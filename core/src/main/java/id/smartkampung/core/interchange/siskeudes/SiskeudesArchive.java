package id.smartkampung.core.interchange.siskeudes;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import id.smartkampung.core.Api;
import id.smartkampung.core.rule.Rule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A Siskeudes export as a zip of CSV tables — <i>arsip ekspor Siskeudes</i>, the file OpenSID's
 * <i>Impor Data Keuangan</i> takes: one {@code NAME.csv} per table of the Siskeudes database (a
 * folder inside the zip is ignored: the base name counts). Tables are looked up by name without
 * regard to case ({@code ta_spp.csv} is {@code Ta_SPP}).
 *
 * <p>Reading refuses a file that is not a whole zip (a truncated download has no central
 * directory), a damaged entry, an entry larger than {@value #MAX_TABLE_BYTES} bytes or a zip of
 * more than {@value #MAX_TABLES} entries (a zip bomb), naming the file and the entry. The text is
 * UTF-8; a table that is not valid UTF-8 is read as Windows-1252, the code page of the Windows
 * machines Siskeudes runs on.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SiskeudesArchive {
  /** The largest table read, in bytes. */
  public static final int MAX_TABLE_BYTES = 64 * 1024 * 1024;
  /** The most entries a zip may have. */
  public static final int MAX_TABLES = 500;

  private SiskeudesArchive() {}

  /**
   * Reads every {@code .csv} table of a zip, by name (case-insensitive keys).
   *
   * @throws SiskeudesFormatException if the zip or a table cannot be read (naming it)
   * @throws IOException if the file cannot be read at all
   */
  public static ImmutableSortedMap<String, SiskeudesTable> read(Path zip) throws IOException {
    requireNonNull(zip, "zip");
    Map<String, SiskeudesTable> tables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    ZipFile file;
    try {
      file = new ZipFile(zip.toFile());
    } catch (ZipException e) {
      throw SiskeudesFormatException.of(SiskeudesFormatException.finding(Rule.FORMAT, zip.getFileName().toString(), 0, Optional.empty(),
          "not a readable zip (" + e.getMessage() + "): the file is truncated, damaged or not a Siskeudes export"));
    }
    try (file) {
      if (file.size() > MAX_TABLES) {
        throw SiskeudesFormatException.of(SiskeudesFormatException.finding(Rule.FORMAT, zip.getFileName().toString(), 0, Optional.empty(),
            "the zip has " + file.size() + " entries, more than " + MAX_TABLES));
      }
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory()) {
          continue;
        }
        String base = e.getName().substring(e.getName().lastIndexOf('/') + 1);
        if (!base.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
          continue;
        }
        String name = base.substring(0, base.length() - 4);
        byte[] bytes;
        try (InputStream in = file.getInputStream(e)) {
          bytes = readBounded(in, name);
        } catch (ZipException | java.io.EOFException x) {
          throw SiskeudesFormatException.of(SiskeudesFormatException.finding(Rule.FORMAT, name, 0, Optional.empty(),
              "the entry " + e.getName() + " cannot be read (" + x.getMessage() + "): the zip is truncated or damaged"));
        }
        if (tables.containsKey(name)) {
          throw SiskeudesFormatException.of(SiskeudesFormatException.finding(Rule.FORMAT, name, 0, Optional.empty(),
              "the zip holds the table " + name + " twice"));
        }
        SiskeudesTable t = SiskeudesTable.parse(name, decode(bytes));
        tables.put(name, t);
      }
    }
    return ImmutableSortedMap.copyOf(tables, String.CASE_INSENSITIVE_ORDER);
  }

  private static byte[] readBounded(InputStream in, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    long total = 0;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > MAX_TABLE_BYTES) {
        throw SiskeudesFormatException.of(SiskeudesFormatException.finding(Rule.FORMAT, name, 0, Optional.empty(),
            "the table is larger than " + MAX_TABLE_BYTES + " bytes"));
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /**
   * Writes tables to a zip, atomically: to a temporary file beside {@code zip}, then moved over it.
   *
   * @throws IOException if it cannot be written
   */
  public static void write(Path zip, Collection<SiskeudesTable> tables) throws IOException {
    requireNonNull(zip, "zip");
    Path dir = zip.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".siskeudes-", ".zip.tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        write(out, tables);
      }
      Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes tables as a zip to a stream (not closed). */
  public static void write(OutputStream out, Collection<SiskeudesTable> tables) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    for (SiskeudesTable t : tables) {
      ZipEntry e = new ZipEntry(t.fileName());
      e.setTime(0L); // the same year gives the same bytes
      zip.putNextEntry(e);
      zip.write(t.toCsv().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    zip.finish();
    zip.flush();
  }
}
