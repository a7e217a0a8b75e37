package id.smartkampung.demo.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.BudgetItemKey;
import id.smartkampung.core.budget.BudgetLine;
import id.smartkampung.core.ledger.book.BukuKasUmum;
import id.smartkampung.core.ledger.report.RealisationReport;
import id.smartkampung.core.money.Idr;
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
import java.util.stream.Collectors;

/**
 * The data exports — <i>unduhan data</i>: the realisation report, the BKU and the project
 * assessments as CSV for a spreadsheet (a header row, UTF-8, comma-separated, RFC 4180 quoting,
 * amounts as plain decimals with two places such as {@code 1250000.00}, percentages as plain
 * decimals) and as JSON for programs (amounts as quoted decimals, so no reader turns them into
 * floating point).
 */
public final class Exports {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Exports() {}

  /** The realisation report as CSV: one row per budget item, then per kegiatan, bidang and the total. */
  public static String realisationCsv(RealisationReport r, Apbdes budget) {
    Csv csv = new Csv("tingkat", "bidang", "kegiatan", "akun", "sumber_dana", "uraian", "anggaran", "terikat", "realisasi", "persen_realisasi", "sisa");
    Map<BudgetItemKey, String> names = descriptions(budget);
    for (RealisationReport.Line l : r.lines()) {
      BudgetItemKey k = l.item();
      figures(csv, l.figures(), "rincian", k.kegiatan().bidangCode(), k.kegiatan().toString(), k.account().toString(), k.fundSource().code(), names.getOrDefault(k, ""));
    }
    r.byKegiatan().forEach((k, f) -> figures(csv, f, "kegiatan", k.bidangCode(), k.toString(), "", "", ""));
    r.byBidang().forEach((b, f) -> figures(csv, f, "bidang", b, "", "", "", ""));
    r.byFundSource().forEach((s, f) -> figures(csv, f, "sumber_dana", "", "", "", s.code(), ""));
    figures(csv, r.total(), "jumlah", "", "", "", "", r.title());
    return csv.toString();
  }

  private static void figures(Csv csv, RealisationReport.Figures f, String level, String bidang, String kegiatan, String account, String source, String name) {
    csv.row(level, bidang, kegiatan, account, source, name, Idr.format(f.budget()), Idr.format(f.committed()), Idr.format(f.realised()),
        f.realisedPercent().toPlainString(), Idr.format(f.remaining()));
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

  /** The BKU as CSV, one row per entry with its running balance. */
  public static String bkuCsv(BukuKasUmum bku) {
    Csv csv = new Csv("no", "tanggal", "bukti", "jenis", "akun", "sumber_dana", "uraian", "penerimaan", "pengeluaran", "saldo");
    for (BukuKasUmum.Entry e : bku.entries()) {
      csv.row(Long.toString(e.sequence()), e.date().toString(), e.id().value(), e.kind().name(), e.account().toString(), e.fundSource().code(), e.description(),
          Idr.format(e.in()), Idr.format(e.out()), Idr.format(e.balance()));
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

  /** Project assessments as CSV, one row per project. */
  public static String assessmentsCsv(List<ProjectAssessment> assessments) {
    Csv csv = new Csv("kode_desa", "desa", "kecamatan", "proyek", "nama", "kegiatan", "pagu", "rencana_persen", "fisik_persen", "deviasi_pp", "status", "pv", "ev", "ac",
        "spi", "cpi", "eac", "perkiraan_selesai", "skor_risiko", "tanda_bahaya");
    for (ProjectAssessment a : assessments) {
      var p = a.project();
      var ev = a.earnedValue();
      csv.row(p.village().code(), p.village().name(), p.village().kecamatan(), p.id().value(), p.name(), p.kegiatan().toString(), Idr.format(p.bac()),
          a.planned().value().toPlainString(), a.actual().value().toPlainString(), a.deviationPp().toPlainString(), a.status().name(),
          Idr.format(ev.pv()), Idr.format(ev.ev()), Idr.format(ev.ac()), plain(ev.spi()), plain(ev.cpi()), ev.eac().map(Idr::format).orElse(""),
          a.forecastFinish().map(Object::toString).orElse(""), Long.toString(a.risk().points()),
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
      o.put("villageCode", p.village().code()).put("village", p.village().name()).put("project", p.id().value()).put("name", p.name())
          .put("kegiatan", p.kegiatan().toString()).put("date", a.date().toString()).put("bac", Idr.format(p.bac()))
          .put("planned", a.planned().value().toPlainString()).put("actual", a.actual().value().toPlainString())
          .put("deviationPp", a.deviationPp().toPlainString()).put("status", a.status().name());
      o.putObject("earnedValue").put("pv", Idr.format(ev.pv())).put("ev", Idr.format(ev.ev())).put("ac", Idr.format(ev.ac()))
          .put("sv", Idr.format(ev.sv())).put("cv", Idr.format(ev.cv())).put("spi", plain(ev.spi())).put("cpi", plain(ev.cpi()))
          .put("eac", ev.eac().map(Idr::format).orElse(null)).put("eacCpiSpi", ev.eacCpiSpi().map(Idr::format).orElse(null))
          .put("vac", ev.vac().map(Idr::format).orElse(null));
      o.putObject("earnedSchedule").put("es", a.earnedSchedule().es().toPlainString()).put("at", a.earnedSchedule().at().toPlainString())
          .put("spiT", plain(a.earnedSchedule().spiT()));
      o.put("forecastFinish", a.forecastFinish().map(Object::toString).orElse(null));
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
    ArrayNode root = MAPPER.createArrayNode();
    for (CaughtCase c : cases) {
      ObjectNode o = root.addObject().put("misconduct", c.misconduct().name()).put("date", c.date().toString()).put("code", c.code())
          .put("action", c.action()).put("subject", c.subject()).put("message", c.message());
      ObjectNode e = o.putObject("evidence");
      c.evidence().forEach(e::put);
    }
    return json(root);
  }

  private static String plain(Optional<BigDecimal> v) {
    return v.map(x -> x.setScale(Math.min(x.scale(), 6), RoundingMode.HALF_EVEN).toPlainString()).orElse("");
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

  /** A CSV document: header, rows, RFC 4180 quoting, CRLF line ends (what spreadsheets expect). */
  static final class Csv {
    private final StringBuilder sb = new StringBuilder();
    private final int columns;

    Csv(String... header) {
      this.columns = header.length;
      row(header);
    }

    void row(String... cells) {
      if (cells.length != columns) {
        throw new IllegalArgumentException("a CSV row has " + columns + " cells, got " + cells.length);
      }
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(quote(cells[i]));
      }
      sb.append("\r\n");
    }

    static String quote(String s) {
      if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
        return s;
      }
      return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
