package id.smartkampung.demo.report;

import id.smartkampung.core.text.Language;
import id.smartkampung.demo.html.Html;
import id.smartkampung.demo.html.Svg;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.flag.FlagTexts;
import id.smartkampung.monitoring.flag.RedFlag;
import id.smartkampung.monitoring.rollup.DistrictRollup;
import id.smartkampung.monitoring.rollup.VillageRollup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The district dashboard — <i>dasbor kabupaten</i>, one self-contained HTML file: villages ranked by
 * risk (their projects' red flags), then every project of the district ranked by risk with its
 * status, progress, money paid and flags.
 *
 * <p>Section ids: {@code ringkasan}, {@code desa}, {@code proyek}.
 */
public final class DistrictPage {
  /** The section ids, in page order. */
  public static final List<String> SECTIONS = List.of("ringkasan", "desa", "proyek");

  private DistrictPage() {}

  /**
   * Renders the page; {@code villagePages} maps a village code to its page's file name (relative)
   * for the villages that have one.
   */
  public static String render(DistrictRollup d, Language lang, Map<String, String> villagePages) {
    Messages m = Messages.of(lang);
    String[][] nav = {{"ringkasan", m.t("nav.ringkasan")}, {"desa", m.t("district.villages")}, {"proyek", m.t("district.projects")}};
    Html h = Page.open(lang, m.f("district.heading", d.name()), m.f("district.heading", d.name()),
        m.f("district.subheading", d.villages().size(), d.projectCount(), Rupiah.date(d.date(), lang)), nav);

    h.open("section", "id", "ringkasan");
    h.element("h2", m.t("nav.ringkasan"));
    h.open("div", "class", "tiles");
    Page.tile(h, m.t("col.desa"), Integer.toString(d.villages().size()), "");
    Page.tile(h, m.t("district.projects"), Integer.toString(d.projectCount()), "");
    Page.tile(h, m.t("district.risk"), d.risk().toString(), "");
    long critical = d.villages().stream().flatMap(v -> v.projects().stream()).filter(a -> a.risk().points() >= 27).count();
    Page.tile(h, m.t("district.highRisk"), Long.toString(critical), critical > 0 ? "bad" : "");
    h.close("div");
    List<Svg.Bar> bars = new ArrayList<>();
    for (VillageRollup v : d.villages()) {
      bars.add(new Svg.Bar(v.village().name(), v.risk().points(), 0, m.t("district.risk") + " " + v.risk(), ""));
    }
    h.element("h3", m.t("district.riskChart"));
    h.raw(Svg.bars(m.t("district.riskChart"), bars, "#dc2626", "#7f1d1d"));
    h.element("p", m.t("district.riskNote"), "class", "muted");
    h.close("section");

    h.open("section", "id", "desa");
    h.element("h2", m.t("district.villages"));
    Page.table(h, m.t("district.villages"));
    Page.header(h, "#", m.t("col.desa"), m.t("col.kecamatan"), "#" + m.t("district.projects"), "#" + m.t("district.risk"), "#" + m.t("district.highest"),
        "#" + m.t("dd.output"), m.t("district.statuses"));
    h.open("tbody");
    int rank = 0;
    for (VillageRollup v : d.villages()) {
      rank++;
      StringBuilder statuses = new StringBuilder();
      v.statusCounts().forEach((s, n) -> statuses.append(statuses.length() == 0 ? "" : "; ").append(m.t("status." + s.name())).append(' ').append(n));
      h.open("tr");
      Page.cell(h, 0, Integer.toString(rank), true, false);
      h.open("td", "class", "te", "data-label", h.heading(1));
      String page = villagePages.get(v.village().code());
      if (page != null) {
        h.element("a", v.village().name(), "href", page);
      } else {
        h.text(v.village().name());
      }
      h.close("td");
      Page.cell(h, 2, v.village().kecamatan(), false, false);
      Page.cell(h, 3, Integer.toString(v.projects().size()), true, false);
      Page.cell(h, 4, v.risk().toString(), true, false);
      Page.cell(h, 5, v.highestProjectRisk().toString(), true, false);
      Page.cell(h, 6, v.danaDesaOutput().map(p -> Rupiah.percent(p.value(), lang)).orElse("–"), true, false);
      Page.cell(h, 7, statuses.toString(), false, false);
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.close("section");

    h.open("section", "id", "proyek");
    h.element("h2", m.t("district.projects"));
    h.element("p", m.t("district.projectsNote"), "class", "muted");
    List<ProjectAssessment> all = new ArrayList<>();
    d.villages().forEach(v -> all.addAll(v.projects()));
    all.sort(Comparator.comparing(ProjectAssessment::risk).reversed()
        .thenComparing(ProjectAssessment::deviationPp)
        .thenComparing(a -> a.project().village().code())
        .thenComparing(a -> a.project().id()));
    Page.table(h, m.t("district.projects"));
    Page.header(h, "#", m.t("col.desa"), m.t("col.proyek"), m.t("col.status"), "#" + m.t("project.planned"), "#" + m.t("project.actual"), "#" + m.t("project.paid"),
        "#" + m.t("district.risk"), m.t("flags.title"));
    h.open("tbody");
    rank = 0;
    for (ProjectAssessment a : all) {
      rank++;
      Set<String> codes = new LinkedHashSet<>();
      for (RedFlag f : a.flags()) {
        codes.add(FlagTexts.title(m.catalogue(), f.code()) + " (" + FlagTexts.severity(m.catalogue(), f.severity()) + ")");
      }
      h.open("tr");
      Page.cell(h, 0, Integer.toString(rank), true, false);
      Page.cell(h, 1, a.project().village().name(), false, false);
      Page.cell(h, 2, a.project().name() + a.project().addenda().stream()
          .map(x -> " · " + m.t("project.addendum") + " " + x.document() + " " + Rupiah.date(x.date(), lang))
          .collect(java.util.stream.Collectors.joining()), false, true);
      h.open("td", "data-label", h.heading(3)).element("span", m.t("status." + a.status().name()), "class", "badge s-" + a.status().name()).close("td");
      Page.cell(h, 4, Rupiah.percent(a.planned().value(), lang), true, false);
      Page.cell(h, 5, Rupiah.percent(a.actual().value(), lang), true, false);
      Page.cell(h, 6, Rupiah.percent(a.earnedValue().paidPercent(), lang), true, false);
      Page.cell(h, 7, a.risk().toString(), true, false);
      Page.cell(h, 8, codes.isEmpty() ? "–" : String.join(", ", codes), false, false);
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.close("section");
    return Page.close(h, m.t("district.footer"));
  }
}
