package id.smartkampung.demo.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.csv.CsvDialect;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.ledger.report.RealisationReport;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.text.Language;
import id.smartkampung.demo.scenario.CaughtCase;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.flag.RedFlag;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * The data exports — <i>unduhan data</i>: the realisation report, the BKU and the project
 * assessments as CSV for a spreadsheet and as JSON for programs (amounts as quoted decimals, so no
 * reader turns them into floating point).
 *
 * <p>The CSV files have a header row whose column names are the JSON exports' field names (a
 * nested JSON object's fields are flattened to their own names: {@code earnedValue.pv} is column
 * {@code pv}), UTF-8, RFC 4180 quoting and CRLF rows, in a {@link CsvDialect}: by default {@link
 * CsvDialect#SPREADSHEET_ID} ({@code ;}, decimal comma, byte-order mark: opens cleanly in a
 * spreadsheet set to Indonesian), or {@link CsvDialect#PLAIN} ({@code ,}, decimal point). Every text
 * cell is neutralised against formula injection ({@link CsvDialect#neutralise}); amounts and
 * figures are numbers, never text, so a negative amount stays a number.
 *
 * <p>One unit per column: amounts in rupiah with two decimals; {@code *Percent} columns in percent
 * (0–100, may exceed 100), {@code deviationPp} in percentage points; {@code spi}, {@code cpi} are
 * ratios (1 = on plan); {@code risk} in points; dates ISO ({@code 2025-03-31}).
 */
public final class Exports {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The dialect of the demo's downloads: a spreadsheet set to Indonesian. */
  public static final CsvDialect DEFAULT_DIALECT = CsvDialect.SPREADSHEET_ID;

  private Exports() {}

  /** The realisation report as CSV in the {@link #DEFAULT_DIALECT}. */
  public static String realisationCsv(RealisationReport r, Apbdes budget) {
    return realisationCsv(r, budget, DEFAULT_DIALECT);
  }

  /**
   * The realisation report as CSV: one row per budget item, then per kegiatan, bidang, fund source
   * and the total; column {@code level} names the JSON part of the row ({@code lines}, {@code
   * byKegiatan}, {@code byBidang}, {@code byFundSource}, {@code total}).
   */
  public static String realisationCsv(RealisationReport r, Apbdes budget, CsvDialect dialect) {
    Csv csv = new Csv(dialect, "level", "bidang", "kegiatan", "account", "fundSource", "description", "budget", "committed", "realised", "realisedPercent", "remaining");
    Map<BudgetItemKey, String> names = descriptions(budget);
    for (RealisationReport.Line l : r.lines()) {
      BudgetItemKey k = l.item();
      figures(csv, l.figures(), "lines", k.kegiatan().bidangCode(), k.kegiatan().toString(), k.account().toString(), k.fundSource().code(), names.getOrDefault(k, ""));
    }
    r.byKegiatan().forEach((k, f) -> figures(csv, f, "byKegiatan", k.bidangCode(), k.toString(), "", "", ""));
    r.byBidang().forEach((b, f) -> figures(csv, f, "byBidang", b, "", "", "", ""));
    r.byFundSource().forEach((s, f) -> figures(csv, f, "byFundSource", "", "", "", s.code(), ""));
    figures(csv, r.total(), "total", "", "", "", "", r.title());
    return csv.toString();
  }

  private static void figures(Csv csv, RealisationReport.Figures f, String level, String bidang, String kegiatan, String account, String source, String name) {
    csv.row(level, bidang, kegiatan, account, source, name, f.budget(), f.committed(), f.realised(), f.realisedPercent(), f.remaining());
  }

  /** The realisation report as JSON. */
  public static String realisationJson(RealisationReport r, Apbdes budget) {
    Map<BudgetItemKey, String> names = descriptions(budget);
    ObjectNode root = MAPPER.createObjectNode();
    root.put("title", r.title()).put("asOf", r.asOf().toString());
    ArrayNode lines = root.putArray("lines");
    for (RealisationReport.Line l : r.lines()) {
      ObjectNode o = lines.addObject();
      o.put("kegiatan", l.item().kegiatan().toString()).put("account", l.item().account().toString()).put("fundSource", l.item().fundSource().code())
          .put("description", names.getOrDefault(l.item(), ""));
      figures(o, l.figures());
    }
    ObjectNode bidang = root.putObject("byBidang");
    r.byBidang().forEach((b, f) -> figures(bidang.putObject(b), f));
    ObjectNode kegiatan = root.putObject("byKegiatan");
    r.byKegiatan().forEach((k, f) -> figures(kegiatan.putObject(k.toString()), f));
    ObjectNode sources = root.putObject("byFundSource");
    r.byFundSource().forEach((s, f) -> figures(sources.putObject(s.code()), f));
    figures(root.putObject("total"), r.total());
    return json(root);
  }

  private static void figures(ObjectNode o, RealisationReport.Figures f) {
    o.put("budget", Idr.format(f.budget())).put("committed", Idr.format(f.committed())).put("realised", Idr.format(f.realised()))
        .put("realisedPercent", f.realisedPercent().toPlainString()).put("remaining", Idr.format(f.remaining()));
  }

  /** The BKU as CSV in the {@link #DEFAULT_DIALECT}. */
  public static String bkuCsv(BukuKasUmum bku) {
    return bkuCsv(bku, DEFAULT_DIALECT);
  }

  /** The BKU as CSV, one row per entry with its running balance. */
  public static String bkuCsv(BukuKasUmum bku, CsvDialect dialect) {
    Csv csv = new Csv(dialect, "sequence", "date", "id", "kind", "account", "fundSource", "description", "in", "out", "balance");
    for (BukuKasUmum.Entry e : bku.entries()) {
      csv.row(e.sequence(), e.date().toString(), e.id().value(), e.kind().name(), e.account().toString(), e.fundSource().code(), e.description(),
          e.in(), e.out(), e.balance());
    }
    return csv.toString();
  }

  /** The BKU as JSON. */
  public static String bkuJson(BukuKasUmum bku) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("fiscalYear", bku.fiscalYear()).put("balance", Idr.format(bku.balance()));
    ArrayNode entries = root.putArray("entries");
    for (BukuKasUmum.Entry e : bku.entries()) {
      entries.addObject().put("sequence", e.sequence()).put("date", e.date().toString()).put("id", e.id().value()).put("kind", e.kind().name())
          .put("account", e.account().toString()).put("fundSource", e.fundSource().code()).put("description", e.description())
          .put("in", Idr.format(e.in())).put("out", Idr.format(e.out())).put("balance", Idr.format(e.balance()));
    }
    return json(root);
  }

  /** Project assessments as CSV in the {@link #DEFAULT_DIALECT}. */
  public static String assessmentsCsv(List<ProjectAssessment> assessments) {
    return assessmentsCsv(assessments, DEFAULT_DIALECT);
  }

  /** Project assessments as CSV, one row per project; {@code flags}: each flag's severity and code, {@code ; } between them. */
  public static String assessmentsCsv(List<ProjectAssessment> assessments, CsvDialect dialect) {
    Csv csv = new Csv(dialect, "villageCode", "village", "kecamatan", "project", "name", "kegiatan", "date", "bac", "plannedPercent", "actualPercent", "deviationPp",
        "status", "pv", "ev", "ac", "spi", "cpi", "eac", "forecastFinish", "risk", "flags");
    for (ProjectAssessment a : assessments) {
      var p = a.project();
      var ev = a.earnedValue();
      csv.row(p.village().code(), p.village().name(), p.village().kecamatan(), p.id().value(), p.name(), p.kegiatan().toString(), a.date().toString(), p.bac(),
          a.planned().value(), a.actual().value(), a.deviationPp().value(), a.status().name(),
          ev.pv(), ev.ev(), ev.ac(), ratio(ev.spi()), ratio(ev.cpi()), ev.eac(),
          a.forecastFinish() == null ? "" : a.forecastFinish().toString(), a.risk().points(),
          a.flags().stream().map(f -> f.severity() + " " + f.code().code()).distinct().collect(Collectors.joining("; ")));
    }
    return csv.toString();
  }

  /** Project assessments as JSON, with every flag and its evidence. */
  public static String assessmentsJson(List<ProjectAssessment> assessments) {
    ArrayNode root = MAPPER.createArrayNode();
    for (ProjectAssessment a : assessments) {
      var p = a.project();
      var ev = a.earnedValue();
      ObjectNode o = root.addObject();
      o.put("villageCode", p.village().code()).put("village", p.village().name()).put("kecamatan", p.village().kecamatan()).put("project", p.id().value()).put("name", p.name())
          .put("kegiatan", p.kegiatan().toString()).put("date", a.date().toString()).put("bac", Idr.format(p.bac()))
          .put("plannedPercent", a.planned().value().toPlainString()).put("actualPercent", a.actual().value().toPlainString())
          .put("deviationPp", a.deviationPp().toPlainString()).put("status", a.status().name());
      o.putObject("earnedValue").put("pv", Idr.format(ev.pv())).put("ev", Idr.format(ev.ev())).put("ac", Idr.format(ev.ac()))
          .put("sv", Idr.format(ev.sv())).put("cv", Idr.format(ev.cv())).put("spi", plain(ev.spi())).put("cpi", plain(ev.cpi()))
          .put("eac", ev.eac().map(Idr::format).orElse(null)).put("eacCpiSpi", ev.eacCpiSpi().map(Idr::format).orElse(null))
          .put("vac", ev.vac().map(Idr::format).orElse(null));
      o.putObject("earnedSchedule").put("es", a.earnedSchedule().es().toPlainString()).put("at", a.earnedSchedule().at().toPlainString())
          .put("spiT", plain(a.earnedSchedule().spiT()));
      o.put("forecastFinish", a.forecastFinish() == null ? null : a.forecastFinish().toString());
      o.put("risk", a.risk().points());
      ArrayNode flags = o.putArray("flags");
      for (RedFlag f : a.flags()) {
        ObjectNode fo = flags.addObject().put("code", f.code().code()).put("severity", f.severity().name()).put("message", f.message());
        ObjectNode e = fo.putObject("evidence");
        f.evidence().forEach(e::put);
      }
    }
    return json(root);
  }

  /** The caught misconduct as JSON. */
  public static String caughtJson(List<CaughtCase> cases) {
    return caughtJson(cases, null);
  }

  /**
   * {@link #caughtJson(List)} with, beside each case's {@code message} (the library's English
   * sentence), its {@code text} in the chosen language from the message catalogues ({@link
   * Messages#catalogue()}): money as Rupiah, dates and percentages the language's way.
   */
  public static String caughtJson(List<CaughtCase> cases, @Nullable Language lang) {
    ArrayNode root = MAPPER.createArrayNode();
    Messages m = lang == null ? null : Messages.of(lang);
    for (CaughtCase c : cases) {
      ObjectNode o = root.addObject().put("misconduct", c.misconduct().name()).put("date", c.date().toString()).put("code", c.code())
          .put("action", c.action()).put("subject", c.subject()).put("message", c.message());
      if (m != null) {
        o.put("lang", lang.code()).put("text", m.catalogue().message(c.code(), c.evidence()));
      }
      ObjectNode e = o.putObject("evidence");
      c.evidence().forEach(e::put);
    }
    return json(root);
  }

  private static String plain(Optional<BigDecimal> v) {
    return ratio(v).map(BigDecimal::toPlainString).orElse("");
  }

  private static Optional<BigDecimal> ratio(Optional<BigDecimal> v) {
    return v.map(x -> x.setScale(Math.min(x.scale(), 6), RoundingMode.HALF_EVEN));
  }

  private static Map<BudgetItemKey, String> descriptions(Apbdes budget) {
    Map<BudgetItemKey, List<String>> names = new LinkedHashMap<>();
    for (BudgetLine l : budget.lines()) {
      l.itemKey().ifPresent(k -> names.computeIfAbsent(k, x -> new ArrayList<>()).add(l.description()));
    }
    Map<BudgetItemKey, String> out = new LinkedHashMap<>();
    names.forEach((k, v) -> out.put(k, String.join("; ", v)));
    return out;
  }

  private static String json(Object node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A CSV document in a dialect: header, rows, CRLF line ends. A {@code String} cell is text
   * (neutralised against formula injection, quoted); a {@code MonetaryAmount} is an amount with two
   * decimals, a {@code BigDecimal} or {@code Long} a number; an empty {@code Optional} an empty cell,
   * a present one its value.
   */
  static final class Csv {
    private final StringBuilder sb = new StringBuilder();
    private final CsvDialect dialect;
    private final int columns;

    Csv(CsvDialect dialect, String... header) {
      this.dialect = dialect;
      this.columns = header.length;
      sb.append(dialect.fileStart());
      row((Object[]) header);
    }

    void row(Object... cells) {
      if (cells.length != columns) {
        throw new IllegalArgumentException("a CSV row has " + columns + " cells, got " + cells.length);
      }
      List<String> out = new ArrayList<>(cells.length);
      for (Object c : cells) {
        out.add(cell(c));
      }
      sb.append(dialect.row(out));
    }

    private String cell(Object c) {
      if (c instanceof Optional<?> o) {
        return o.map(this::cell).orElse("");
      }
      if (c instanceof MonetaryAmount m) {
        return dialect.amount(m);
      }
      if (c instanceof BigDecimal d) {
        return dialect.number(d);
      }
      if (c instanceof Long || c instanceof Integer) {
        return c.toString();
      }
      if (c instanceof String s) {
        return dialect.text(s);
      }
      throw new IllegalArgumentException("not a CSV cell: " + c.getClass().getName());
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
