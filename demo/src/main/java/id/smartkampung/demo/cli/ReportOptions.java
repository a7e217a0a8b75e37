package id.smartkampung.demo.cli;

import id.smartkampung.core.csv.CsvDialect;
import id.smartkampung.core.text.Language;
import id.smartkampung.demo.report.Exports;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of every command that writes the dashboards and their exports ({@code run},
 * {@code report}, {@code import}): the language of the reports and console ({@code --lang}) and the
 * CSV dialect of the exports ({@code --csv}), declared once and mixed in ({@code @Mixin}).
 */
final class ReportOptions {
  @Option(names = "--lang", paramLabel = "id|en", converter = LangConverter.class, description = "language of the reports and console: id (default) or en")
  Language lang = Language.ID;

  @Option(names = "--csv", paramLabel = "spreadsheet|plain", converter = CsvConverter.class,
      description = "CSV exports: spreadsheet (default: ';', decimal comma, UTF-8 byte-order mark, for a spreadsheet set to Indonesian) or plain (RFC 4180: ',', decimal point)")
  CsvDialect csv = Exports.DEFAULT_DIALECT;

  /** Converts {@code --csv}; a bad value is a usage error naming the accepted names. */
  static final class CsvConverter implements ITypeConverter<CsvDialect> {
    @Override
    public CsvDialect convert(String value) {
      return switch (value) {
        case "spreadsheet" -> CsvDialect.SPREADSHEET_ID;
        case "plain" -> CsvDialect.PLAIN;
        default -> throw new TypeConversionException("'" + value + "' is not a CSV format: spreadsheet or plain");
      };
    }
  }

  /** Converts {@code --lang}; a bad value is a usage error naming the accepted codes. */
  static final class LangConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
