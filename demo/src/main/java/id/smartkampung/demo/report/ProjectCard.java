package id.smartkampung.demo.report;

import id.smartkampung.core.money.Idr;
import id.smartkampung.core.text.Catalogue;
import id.smartkampung.core.text.Language;
import id.smartkampung.demo.html.Html;
import id.smartkampung.demo.html.Svg;
import id.smartkampung.monitoring.Percent;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.earnedvalue.EarnedSchedule;
import id.smartkampung.monitoring.earnedvalue.EarnedValue;
import id.smartkampung.monitoring.flag.FlagTexts;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.progress.ProgressReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One project on a dashboard — <i>kartu kegiatan fisik</i>: what and where, its S-curve (planned vs
 * actual physical vs financial progress, one SVG), status and deviation, earned-value figures, the
 * forecast finish, and its red flags with the evidence behind each.
 */
final class ProjectCard {
  private ProjectCard() {}

  /**
   * Renders the card.
   *
   * @param realisedSenAt what was realised on the project's kegiatan by the end of a date, in sen;
   *     empty when no ledger is at hand (no financial curve is drawn then)
   */
  static void render(Html h, Messages m, ProjectAssessment a, MonitoredProject mp, Optional<Function<LocalDate, Long>> realisedSenAt) {
    Language lang = m.lang();
    var p = a.project();
    h.open("section", "class", "project", "id", "proyek-" + p.id().value());
    h.element("h3", p.name());
    h.open("p", "class", "muted");
    h.text(m.t("project.kegiatan") + " " + p.kegiatan() + " · " + m.t("project.output") + " " + Rupiah.number(p.output().volume(), lang) + " " + p.output().unit()
        + " · " + p.implementer().name() + " · BAC " + Rupiah.format(p.bac(), lang) + " · "
        + Rupiah.date(p.start(), lang) + " – " + Rupiah.date(p.plannedFinish(), lang));
    h.close("p");
    h.open("p");
    h.element("span", m.t("status." + a.status().name()), "class", "badge s-" + a.status().name());
    h.text(" " + m.t("project.planned") + " " + Rupiah.percent(a.planned().value(), lang) + " · " + m.t("project.actual") + " "
        + Rupiah.percent(a.actual().value(), lang) + " · " + m.t("project.deviation") + " " + Rupiah.points(a.deviationPp().value(), lang)
        + " pp · " + m.t("project.paid") + " " + Rupiah.percent(a.earnedValue().paidPercent(), lang));
    h.close("p");
    Optional.ofNullable(a.escalation().latest()).ifPresent(e -> {
      h.open("p");
      h.text(m.t("project.escalation") + " " + e.stage().label() + " · " + Rupiah.date(e.date(), lang) + " · " + e.document()
          + (a.escalation().daysLate() > 0 ? " · " + m.t("project.latePenalty") + " " + Rupiah.format(a.escalation().latePenalty(), lang) : ""));
      h.close("p");
    });
    for (var x : p.addenda()) {
      h.open("p");
      h.text(m.t("project.addendum") + " " + x.document() + " · " + Rupiah.date(x.date(), lang) + " · "
          + Rupiah.date(x.plan().start(), lang) + " – " + Rupiah.date(x.plan().finish(), lang));
      h.close("p");
    }
    h.raw(sCurve(m, a, mp, realisedSenAt));
    earnedValue(h, m, a);
    flags(h, m, a.flags());
    h.close("section");
  }

  /**
   * The S-curve: weekly from the plan's start to the assessment date (or a week past the finish),
   * with every baseline — the plan as signed and each addendum's — so a re-baselined project shows
   * both curves.
   */
  static String sCurve(Messages m, ProjectAssessment a, MonitoredProject mp, Optional<Function<LocalDate, Long>> realisedSenAt) {
    var p = a.project();
    LocalDate start = p.plan().start();
    LocalDate end = p.plannedFinish();
    for (var x : p.addenda()) {
      if (x.plan().finish().isAfter(end)) {
        end = x.plan().finish();
      }
    }
    for (ProgressReport r : mp.reports()) {
      if (r.date().isAfter(end)) {
        end = r.date();
      }
    }
    end = end.plusWeeks(1);
    if (end.isAfter(a.date())) {
      end = a.date();
    }
    List<String> labels = new ArrayList<>();
    List<Double> planned = new ArrayList<>();
    List<List<Double>> addenda = new ArrayList<>();
    p.addenda().forEach(x -> addenda.add(new ArrayList<>()));
    List<Double> physical = new ArrayList<>();
    List<Double> financial = new ArrayList<>();
    int today = -1;
    for (LocalDate d = start; !d.isAfter(end); d = d.plusWeeks(1)) {
      labels.add(Rupiah.shortDate(d));
      planned.add(p.plan().plannedAt(d).value().doubleValue());
      for (int i = 0; i < addenda.size(); i++) {
        addenda.get(i).add(p.addenda().get(i).plan().plannedAt(d).value().doubleValue());
      }
      physical.add(actualAt(mp, d).value().doubleValue());
      if (realisedSenAt.isPresent() && Idr.toSen(p.bac()) > 0) {
        long sen = realisedSenAt.get().apply(d);
        financial.add(100.0 * sen / Idr.toSen(p.bac()));
      }
      today++;
    }
    List<Svg.Series> series = new ArrayList<>();
    series.add(new Svg.Series(m.t("curve.planned"), "#6b7280", planned, true));
    for (int i = 0; i < addenda.size(); i++) {
      series.add(new Svg.Series(m.t("curve.plannedAddendum") + " " + (i + 1), "#2563eb", addenda.get(i), true));
    }
    series.add(new Svg.Series(m.t("curve.physical"), "#0b6b3a", physical, false));
    if (!financial.isEmpty()) {
      series.add(new Svg.Series(m.t("curve.financial"), "#dc2626", financial, false));
    }
    return Svg.lines(m.t("curve.title") + " " + p.name(), labels, series, today);
  }

  private static Percent actualAt(MonitoredProject mp, LocalDate d) {
    Percent last = Percent.ZERO;
    for (ProgressReport r : mp.reports()) {
      if (!r.date().isAfter(d)) {
        last = r.physical();
      }
    }
    return last;
  }

  private static void earnedValue(Html h, Messages m, ProjectAssessment a) {
    Language lang = m.lang();
    EarnedValue ev = a.earnedValue();
    EarnedSchedule es = a.earnedSchedule();
    Page.table(h, m.f("ev.caption", a.project().name()), "class", "ev");
    Page.header(h, m.t("ev.figure"), "#" + m.t("ev.value"), m.t("ev.meaning"));
    h.open("tbody");
    Page.row(h, "", "PV", "#" + Rupiah.format(ev.pv(), lang), m.t("ev.pv"));
    Page.row(h, "", "EV", "#" + Rupiah.format(ev.ev(), lang), m.t("ev.ev"));
    Page.row(h, "", "AC", "#" + Rupiah.format(ev.ac(), lang), m.t("ev.ac"));
    Page.row(h, "", "SV / CV", "#" + Rupiah.format(ev.sv(), lang) + " / " + Rupiah.format(ev.cv(), lang), m.t("ev.svcv"));
    Page.row(h, "", "SPI", "#" + index(ev.spi(), lang), m.t("ev.spi"));
    Page.row(h, "", "CPI", "#" + index(ev.cpi(), lang), m.t("ev.cpi"));
    Page.row(h, "", "EAC", "#" + ev.eac().map(x -> Rupiah.format(x, lang)).orElse("–"), m.t("ev.eac"));
    Page.row(h, "", "EAC (CPI×SPI)", "#" + ev.eacCpiSpi().map(x -> Rupiah.format(x, lang)).orElse("–"), m.t("ev.eacCpiSpi"));
    Page.row(h, "", "VAC", "#" + ev.vac().map(x -> Rupiah.format(x, lang)).orElse("–"), m.t("ev.vac"));
    Page.row(h, "", "SPI(t)", "#" + index(es.spiT(), lang), m.t("ev.spit"));
    Page.row(h, "", m.t("ev.forecast"), "#" + Optional.ofNullable(a.forecastFinish()).map(d -> Rupiah.date(d, lang)).orElse("–"),
        a.completedOn() != null ? m.t("ev.completedOn") : m.t("ev.forecastMeaning"));
    h.close("tbody").close("table").close("div");
  }

  private static String index(Optional<BigDecimal> v, Language lang) {
    return v.map(x -> Rupiah.index(x, lang)).orElse("–");
  }

  /** The red flags, gravest first, each with its evidence. */
  static void flags(Html h, Messages m, List<RedFlag> flags) {
    if (flags.isEmpty()) {
      h.element("p", m.t("flags.none"), "class", "muted");
      return;
    }
    h.element("h3", m.t("flags.title") + " (" + flags.size() + ")");
    h.open("ul", "class", "flags");
    for (RedFlag f : flags) {
      h.open("li");
      h.element("span", FlagTexts.severity(m.catalogue(), f.severity()), "class", "badge f-" + f.severity().name());
      h.text(" ");
      h.element("strong", FlagTexts.title(m.catalogue(), f.code()));
      h.element("code", " " + f.code().code());
      h.open("div").text(FlagTexts.message(m.catalogue(), f)).close("div");
      evidence(h, m, f.evidence());
      h.close("li");
    }
    h.close("ul");
  }

  /** The evidence: each key's label and its value written the language's way (the code in {@code title}). */
  static void evidence(Html h, Messages m, Map<String, String> evidence) {
    if (evidence.isEmpty()) {
      return;
    }
    Catalogue c = m.catalogue();
    h.open("dl", "class", "evidence");
    evidence.forEach((k, v) -> {
      h.element("dt", c.label(k), "title", k);
      h.element("dd", c.value(k, v));
    });
    h.close("dl");
  }
}
