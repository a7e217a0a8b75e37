package id.smartkampung.demo.report;

import id.smartkampung.core.budget.Apbdes;
import id.smartkampung.core.budget.ApbdesLifecycle;
import id.smartkampung.core.budget.BudgetDiff;
import id.smartkampung.core.code.AccountCode;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.code.ReferenceData;
import id.smartkampung.core.ledger.Ledger;
import id.smartkampung.core.ledger.book.PanjarBook;
import id.smartkampung.core.ledger.book.TaxBook;
import id.smartkampung.core.ledger.report.DanaDesaAbsorption;
import id.smartkampung.core.ledger.report.RealisationReport;
import id.smartkampung.core.ledger.report.YearEndReport;
import id.smartkampung.core.money.Idr;
import id.smartkampung.core.policy.PolicyPack;
import id.smartkampung.core.text.Language;
import id.smartkampung.demo.html.Html;
import id.smartkampung.demo.html.Svg;
import id.smartkampung.demo.scenario.CaughtCase;
import id.smartkampung.demo.scenario.TrancheRequest;
import id.smartkampung.monitoring.assessment.MonitoredProject;
import id.smartkampung.monitoring.assessment.ProjectAssessment;
import id.smartkampung.monitoring.tranche.Absorption;
import id.smartkampung.monitoring.tranche.TrancheEligibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The village dashboard — <i>dasbor desa</i>, one self-contained HTML file: the APBDes transparency
 * infographic in the style of the village <i>baliho</i> (pendapatan by source, belanja by bidang,
 * pembiayaan, budget against realisation), realisation per bidang and kegiatan, every physical
 * project with its S-curve, earned value, forecast and red flags, Dana Desa tranche eligibility, tax
 * owed, panjar, and the caught misconduct.
 *
 * <p>Section ids: {@code ringkasan}, {@code apbdes}, {@code realisasi}, {@code proyek}, {@code
 * dana-desa}, {@code pajak}, {@code panjar}, {@code temuan}, {@code ekspor}.
 */
public final class VillagePage {
  /** The section ids, in page order. */
  public static final List<String> SECTIONS = List.of("ringkasan", "apbdes", "realisasi", "proyek", "dana-desa", "pajak", "panjar", "kas-bank", "tutup-buku", "aset", "laporan", "blt", "temuan", "ekspor");

  private static final ReferenceData REF = ReferenceData.standard();

  private VillagePage() {}

  /** Renders the page; {@code exports} are the file names of the exports to link (relative). */
  public static String render(VillageDashboard v, Language lang, List<String> exports) {
    Messages m = Messages.of(lang);
    Ledger ledger = v.ledger();
    Apbdes budget = ledger.enactedBudget().orElseThrow(() -> new IllegalArgumentException("the ledger has no enacted budget"));
    var village = ledger.village();
    String[][] nav = new String[SECTIONS.size()][];
    for (int i = 0; i < SECTIONS.size(); i++) {
      nav[i] = new String[] {SECTIONS.get(i), m.t("nav." + SECTIONS.get(i))};
    }
    Html h = Page.open(lang,
        "APBDes " + ledger.fiscalYear() + " Desa " + village.name(),
        m.f("village.heading", village.name(), ledger.fiscalYear()),
        m.f("village.subheading", village.kecamatan(), village.kabupaten(), Rupiah.date(v.asOf(), lang)),
        nav);
    summary(h, m, v, budget);
    apbdes(h, m, ledger, budget);
    realisation(h, m, ledger.realisation(v.asOf()));
    projects(h, m, v);
    danaDesa(h, m, v);
    taxes(h, m, ledger.taxBook(v.asOf()), ledger.taxPeriodBook(), v.asOf());
    panjar(h, m, ledger.panjarBook(v.asOf()), ledger);
    cashAndBank(h, m, ledger);
    monthlyClose(h, m, ledger);
    capitalAssets(h, m, ledger.capitalAssets());
    reports(h, m, ledger);
    blt(h, m, ledger.bltRealisation());
    caught(h, m, v.caught());
    exports(h, m, exports);
    return Page.close(h, m.f("footer", ledger.size(), village.code()));
  }

  private static void summary(Html h, Messages m, VillageDashboard v, Apbdes budget) {
    Language lang = m.lang();
    Ledger ledger = v.ledger();
    YearEndReport lra = ledger.yearEnd();
    h.open("section", "id", "ringkasan");
    h.element("h2", m.t("nav.ringkasan"));
    h.open("div", "class", "tiles");
    Page.tile(h, m.t("tile.pendapatan"), Rupiah.format(lra.totalPendapatan().realised(), lang), "");
    Page.tile(h, m.t("tile.belanja"), Rupiah.format(lra.totalBelanja().realised(), lang), "");
    Page.tile(h, m.t("tile.silpa"), Rupiah.format(lra.silpa(), lang), "");
    Page.tile(h, m.t("tile.realisasi"), Rupiah.percent(lra.totalBelanja().percent(), lang), "");
    long flagged = v.rollup().projects().stream().filter(a -> !a.flags().isEmpty()).count();
    Page.tile(h, m.t("tile.projects"), v.rollup().projects().size() + " (" + m.f("tile.flagged", flagged) + ")", flagged > 0 ? "warn" : "");
    Page.tile(h, m.t("tile.caught"), Integer.toString(v.caught().size()), v.caught().isEmpty() ? "" : "bad");
    h.close("div");
    h.open("p", "class", "muted");
    h.text(m.t(ledger.isClosed() ? "summary.closed" : "summary.open") + " ");
    if (ledger.isClosed()) {
      // the opening of the next year from this close (issues 12 and 15): each source keeps its earmark
      var opening = id.smartkampung.core.ledger.report.YearOpening.from(ledger);
      StringBuilder per = new StringBuilder();
      opening.silpa().forEach((source, amount) -> per.append(per.length() == 0 ? "" : ", ").append(source).append(' ').append(Rupiah.format(amount, lang)));
      h.text(m.f("summary.opening", opening.openingYear(), per.length() == 0 ? "-" : per.toString()) + " ");
    }
    ledger.lifecycle().ifPresent(l -> h.text(lifecycleText(m, l)));
    h.close("p");
    JournalSeal seal = v.journal();
    if (seal != null) {
      journal(h, m, seal);
    }
    h.close("section");
  }

  /** The journal and its anchor, for the officials to publish and anyone to audit against. */
  private static void journal(Html h, Messages m, JournalSeal j) {
    h.open("div", "class", "seal");
    h.element("h3", m.t("journal.title"));
    h.open("p");
    h.text(m.f("journal.text", j.entries()) + " ");
    h.element("code", j.fileName());
    h.close("p");
    h.open("p");
    h.element("strong", m.t("journal.anchor") + ": ");
    h.element("code", j.anchor().toString(), "class", "anchor");
    h.close("p");
    h.element("p", m.t("journal.publish"), "class", "muted");
    h.close("div");
  }

  private static String lifecycleText(Messages m, ApbdesLifecycle l) {
    Language lang = m.lang();
    StringBuilder sb = new StringBuilder();
    for (ApbdesLifecycle.Step s : l.original().steps()) {
      sb.append(m.t("stage." + s.stage().name())).append(' ').append(Rupiah.date(s.date(), lang)).append(" (").append(s.reference()).append("); ");
    }
    l.revision().ifPresent(r -> {
      r.step(ApbdesLifecycle.Stage.ENACTED).ifPresent(s -> sb.append(m.t("summary.revision")).append(' ').append(Rupiah.date(s.date(), lang)).append(" (").append(s.reference()).append(").")); 
    });
    return sb.toString();
  }

  private static void apbdes(Html h, Messages m, Ledger ledger, Apbdes budget) {
    Language lang = m.lang();
    YearEndReport lra = ledger.yearEnd();
    RealisationReport r = ledger.realisation(LocalDate.of(ledger.fiscalYear(), 12, 31));
    h.open("section", "id", "apbdes");
    h.element("h2", m.f("apbdes.title", ledger.fiscalYear()));
    // a part of Dana Desa outside the village treasury (2026: KDMP): budgeted, never in the village's cash
    ledger.policy().danaDesaParts().stream().filter(p -> !p.throughVillageTreasury())
        .forEach(p -> h.element("p", m.f("apbdes.outsideTreasury", p.code()), "class", "muted"));
    h.open("div", "class", "grid");
    List<Svg.Bar> revenue = new ArrayList<>();
    for (YearEndReport.Row row : lra.pendapatan()) {
      revenue.add(bar(accountName(row.account()), row.budget(), row.realised(), m));
    }
    h.open("div").element("h3", m.t("apbdes.pendapatan")).raw(Svg.bars(m.t("apbdes.pendapatan"), revenue, "#b7d7c2", "#0b6b3a", m.t("col.anggaran"), m.t("col.realisasi"))).close("div");
    List<Svg.Bar> spending = new ArrayList<>();
    r.byBidang().forEach((code, f) -> spending.add(bar(code + " " + REF.kegiatanName(code).orElse(""), f.budget(), f.realised(), m)));
    h.open("div").element("h3", m.t("apbdes.belanja")).raw(Svg.bars(m.t("apbdes.belanja"), spending, "#f6d98b", "#b45309", m.t("col.anggaran"), m.t("col.realisasi"))).close("div");
    h.close("div");
    Page.table(h, m.t("nav.apbdes"));
    Page.header(h, m.t("col.uraian"), "#" + m.t("col.anggaran"), "#" + m.t("col.realisasi"), "#%");
    h.open("tbody");
    Page.row(h, "total", m.t("apbdes.totalPendapatan"), "#" + Rupiah.format(lra.totalPendapatan().budget(), lang), "#" + Rupiah.format(lra.totalPendapatan().realised(), lang),
        "#" + Rupiah.percent(lra.totalPendapatan().percent(), lang));
    Page.row(h, "total", m.t("apbdes.totalBelanja"), "#" + Rupiah.format(lra.totalBelanja().budget(), lang), "#" + Rupiah.format(lra.totalBelanja().realised(), lang),
        "#" + Rupiah.percent(lra.totalBelanja().percent(), lang));
    for (YearEndReport.Row row : lra.belanja()) {
      Page.row(h, "", "  " + row.account() + " " + accountName(row.account()), "#" + Rupiah.format(row.budget(), lang), "#" + Rupiah.format(row.realised(), lang),
          "#" + Rupiah.percent(row.percent(), lang));
    }
    for (YearEndReport.Row row : lra.pembiayaanPenerimaan()) {
      Page.row(h, "", m.t("apbdes.penerimaanPembiayaan") + ": " + accountName(row.account()), "#" + Rupiah.format(row.budget(), lang), "#" + Rupiah.format(row.realised(), lang),
          "#" + Rupiah.percent(row.percent(), lang));
    }
    for (YearEndReport.Row row : lra.pembiayaanPengeluaran()) {
      Page.row(h, "", m.t("apbdes.pengeluaranPembiayaan") + ": " + accountName(row.account()), "#" + Rupiah.format(row.budget(), lang), "#" + Rupiah.format(row.realised(), lang),
          "#" + Rupiah.percent(row.percent(), lang));
    }
    Page.row(h, "total", m.t("apbdes.pembiayaanNeto"), "#" + Rupiah.format(lra.pembiayaanNeto().budget(), lang), "#" + Rupiah.format(lra.pembiayaanNeto().realised(), lang), "#");
    Page.row(h, "total", m.t("tile.silpa"), "#", "#" + Rupiah.format(lra.silpa(), lang), "#");
    h.close("tbody").close("table").close("div");
    h.open("p", "class", "muted");
    StringBuilder silpa = new StringBuilder(m.t("apbdes.silpaBySource")).append(": ");
    lra.silpaByFundSource().forEach((fs, amount) -> silpa.append(fs).append(' ').append(Rupiah.format(amount, lang)).append("; "));
    h.text(silpa.toString());
    h.close("p");
    ledger.lifecycle().flatMap(ApbdesLifecycle::revisionDiff).ifPresent(diff -> revision(h, m, diff));
    h.close("section");
  }

  private static void revision(Html h, Messages m, BudgetDiff diff) {
    Language lang = m.lang();
    h.element("h3", m.t("apbdes.revision"));
    Page.table(h, m.t("apbdes.revision"));
    Page.header(h, m.t("col.perubahan"), m.t("col.uraian"), "#" + m.t("col.sebelum"), "#" + m.t("col.sesudah"));
    h.open("tbody");
    for (BudgetDiff.Change c : diff.changes()) {
      Page.row(h, "", m.t("diff." + c.kind().name()), Optional.ofNullable(c.line().kegiatan()).map(k -> k + " ").orElse("") + c.line().account() + " " + c.line().description(),
          "#" + Rupiah.format(c.before(), lang), "#" + Rupiah.format(c.after(), lang));
    }
    for (BudgetDiff.Ambiguity a : diff.ambiguities()) {
      Page.row(h, "", m.t("diff.AMBIGUOUS"), Optional.ofNullable(a.line().kegiatan()).map(k -> k + " ").orElse("") + a.line().account() + " " + a.line().description(),
          "#" + Rupiah.format(a.before().stream().reduce(Idr.ZERO, Money::add), lang),
          "#" + Rupiah.format(a.after().stream().reduce(Idr.ZERO, Money::add), lang));
    }
    h.close("tbody").close("table").close("div");
  }

  private static void realisation(Html h, Messages m, RealisationReport r) {
    Language lang = m.lang();
    h.open("section", "id", "realisasi");
    h.element("h2", m.t("nav.realisasi"));
    h.element("p", r.title(), "class", "muted");
    Page.table(h, m.t("nav.realisasi"));
    Page.header(h, m.t("col.kode"), m.t("col.uraian"), "#" + m.t("col.anggaran"), "#" + m.t("col.realisasi"), "#%", "#" + m.t("col.sisa"));
    h.open("tbody");
    Map<String, List<KegiatanCode>> byBidang = new HashMap<>();
    r.byKegiatan().keySet().forEach(k -> byBidang.computeIfAbsent(k.bidangCode(), x -> new ArrayList<>()).add(k));
    r.byBidang().forEach((bidang, f) -> {
      figuresRow(h, "total", bidang, REF.kegiatanName(bidang).orElse(""), f, lang);
      for (KegiatanCode k : byBidang.getOrDefault(bidang, List.of())) {
        figuresRow(h, "", k.toString(), REF.name(k).orElse(""), r.byKegiatan().get(k), lang);
      }
    });
    figuresRow(h, "total", "", m.t("col.jumlah"), r.total(), lang);
    h.close("tbody").close("table").close("div");
    h.close("section");
  }

  private static void figuresRow(Html h, String cls, String code, String name, RealisationReport.Figures f, Language lang) {
    Page.row(h, cls, code, name, "#" + Rupiah.format(f.budget(), lang), "#" + Rupiah.format(f.realised(), lang), "#" + Rupiah.percent(f.realisedPercent(), lang),
        "#" + Rupiah.format(f.remaining(), lang));
  }

  private static void projects(Html h, Messages m, VillageDashboard v) {
    h.open("section", "id", "proyek");
    h.element("h2", m.t("nav.proyek"));
    h.element("p", m.t("proyek.intro"), "class", "muted");
    Ledger ledger = v.ledger();
    Map<LocalDate, Map<KegiatanCode, Long>> cache = new HashMap<>();
    for (ProjectAssessment a : v.rollup().projects()) {
      MonitoredProject mp = v.projects().stream().filter(x -> x.project().id().equals(a.project().id())).findFirst()
          .orElse(MonitoredProject.of(a.project(), List.of(), a.earnedValue().ac()));
      KegiatanCode k = a.project().kegiatan();
      Function<LocalDate, Long> realised = d -> cache.computeIfAbsent(d, x -> {
        Map<KegiatanCode, Long> out = new HashMap<>();
        ledger.realisation(x).byKegiatan().forEach((kk, f) -> out.put(kk, Idr.toSen(f.realised())));
        return out;
      }).getOrDefault(k, 0L);
      ProjectCard.render(h, m, a, mp, Optional.of(realised));
    }
    h.close("section");
  }

  private static void danaDesa(Html h, Messages m, VillageDashboard v) {
    Language lang = m.lang();
    PolicyPack pack = v.ledger().policy();
    DanaDesaAbsorption abs = v.ledger().danaDesaAbsorption();
    h.open("section", "id", "dana-desa");
    h.element("h2", m.t("nav.dana-desa"));
    h.open("div", "class", "tiles");
    Page.tile(h, m.t("dd.received"), Rupiah.format(abs.received(), lang), "");
    Page.tile(h, m.t("dd.realised"), Rupiah.format(abs.realised(), lang), "");
    Page.tile(h, m.t("dd.absorption"), Rupiah.fraction(abs.ratio(), lang), "");
    Page.tile(h, m.t("dd.output"), v.rollup().danaDesaOutput().map(p -> Rupiah.percent(p.value(), lang)).orElse("–"), "");
    h.close("div");
    StringBuilder tranches = new StringBuilder(m.t("dd.byTranche")).append(": ");
    // tranche 0 is Dana Desa received without a tranche number
    abs.receivedByTranche().forEach((t, amount) -> {
      if (t > 0 || amount.isPositive()) {
        tranches.append(t > 0 ? m.f("dd.tahap", t) : "–").append(' ').append(Rupiah.format(amount, lang)).append("; ");
      }
    });
    h.element("p", tranches.toString(), "class", "muted");
    List<TrancheRequest> requests = new ArrayList<>(v.trancheRequests());
    if (requests.isEmpty() && abs.received().isPositive()) {
      // from a journal: the gates as they stand at the date of the dashboard
      TrancheEligibility now = v.rollup().trancheEligibility(pack, 2, Absorption.of(abs.received(), abs.realised()));
      requests.add(new TrancheRequest(v.asOf(), now, null));
    }
    pack.tranche(2).ifPresent(t -> h.element("p", m.f("dd.gates", Rupiah.fraction(t.minAbsorption(), lang), Rupiah.fraction(t.minOutput(), lang), pack.tranchesReference())));
    Page.table(h, m.t("nav.dana-desa"));
    Page.header(h, m.t("col.tanggal"), "#" + m.t("dd.absorption"), "#" + m.t("dd.output"), m.t("dd.verdict"), m.t("dd.received"));
    h.open("tbody");
    for (TrancheRequest r : requests) {
      TrancheEligibility e = r.eligibility();
      Page.row(h, "", Rupiah.date(r.date(), lang), "#" + Rupiah.fraction(e.absorption().fraction(), lang), "#" + Optional.ofNullable(e.output()).map(p -> Rupiah.percent(p.value(), lang)).orElse("–"),
          e.eligible() ? m.t("dd.eligible") : m.t("dd.refused") + ": " + m.catalogue().message("tranche-gate", java.util.Map.of(
              "absorption", e.absorption().fraction().toPlainString(),
              "minAbsorption", e.minAbsorption().fraction().toPlainString(),
              "output", Optional.ofNullable(e.output()).map(o -> o.fraction().toPlainString()).orElse("-"),
              "minOutput", e.minOutput().fraction().toPlainString(),
              "reference", pack.tranchesReference())),
          Optional.ofNullable(r.received()).map(d -> Rupiah.date(d, lang)).orElse("–"));
    }
    h.close("tbody").close("table").close("div");
    h.close("section");
  }

  /**
   * The tax book: the taxes of old single-line SPPs (per SPP) and of SPP with lines (per tax type
   * and period, with base, rate and regulation per line), their deposits and what is owed.
   */
  private static void taxes(Html h, Messages m, TaxBook book, java.util.Optional<id.smartkampung.core.tax.TaxPeriodBook> periods, java.time.LocalDate asOf) {
    Language lang = m.lang();
    long withheld = Idr.toSen(book.withheld());
    long deposited = Idr.toSen(book.deposited());
    long owed = Idr.toSen(book.owed());
    long overdue = Idr.toSen(book.overdue());
    if (periods.isPresent()) {
      withheld += Idr.toSen(periods.get().withheldTotal());
      deposited += Idr.toSen(periods.get().depositedTotal());
      owed += Idr.toSen(periods.get().owedTotal());
      overdue += Idr.toSen(periods.get().overdue(asOf));
    }
    h.open("section", "id", "pajak");
    h.element("h2", m.t("nav.pajak"));
    h.open("div", "class", "tiles");
    Page.tile(h, m.t("tax.withheld"), Rupiah.formatSen(withheld, lang), "");
    Page.tile(h, m.t("tax.deposited"), Rupiah.formatSen(deposited, lang), "");
    Page.tile(h, m.t("tax.owed"), Rupiah.formatSen(owed, lang), owed > 0 ? "warn" : "");
    Page.tile(h, m.t("tax.overdue"), Rupiah.formatSen(overdue, lang), overdue > 0 ? "bad" : "");
    h.close("div");
    Map<String, long[]> byTax = new java.util.TreeMap<>();
    long late = 0;
    for (TaxBook.Line l : book.lines()) {
      long[] t = byTax.computeIfAbsent(l.tax().name().replace('_', ' '), x -> new long[3]);
      t[0] += Idr.toSen(l.withheld());
      t[1] += Idr.toSen(l.deposited());
      t[2] += Idr.toSen(l.owed());
      late += l.deposits().stream().filter(TaxBook.Deposit::late).count();
    }
    int withholdings = book.lines().size();
    if (periods.isPresent()) {
      for (id.smartkampung.core.tax.TaxPeriodBook.Period p : periods.get().periods()) {
        long[] t = byTax.computeIfAbsent(p.period().levy().label().toUpperCase(java.util.Locale.ROOT), x -> new long[3]);
        t[0] += Idr.toSen(p.withheld());
        t[1] += Idr.toSen(p.deposited());
        t[2] += Idr.toSen(p.owed());
        withholdings += p.withholdings().size();
        late += p.deposits().stream().filter(d -> d.date().isAfter(p.due())).count();
      }
    }
    Page.table(h, m.t("nav.pajak"));
    Page.header(h, m.t("tax.type"), "#" + m.t("tax.withheld"), "#" + m.t("tax.deposited"), "#" + m.t("tax.owed"));
    h.open("tbody");
    byTax.forEach((t, x) -> Page.row(h, "", t, "#" + Rupiah.formatSen(x[0], lang), "#" + Rupiah.formatSen(x[1], lang), "#" + Rupiah.formatSen(x[2], lang)));
    h.close("tbody").close("table").close("div");
    if (periods.isPresent() && !periods.get().periods().isEmpty()) {
      h.element("h3", m.t("tax.periodTitle"));
      Page.table(h, m.t("tax.periodTitle"));
      Page.header(h, m.t("tax.period"), "#" + m.t("tax.withheld"), "#" + m.t("tax.deposited"), "#" + m.t("tax.owed"), m.t("tax.due"));
      h.open("tbody");
      for (id.smartkampung.core.tax.TaxPeriodBook.Period p : periods.get().periods()) {
        Page.row(h, p.overdue(asOf) ? "bad" : "", p.period().toString(), "#" + Rupiah.format(p.withheld(), lang), "#" + Rupiah.format(p.deposited(), lang),
            "#" + Rupiah.format(p.owed(), lang), p.due().toString());
      }
      h.close("tbody").close("table").close("div");
    }
    h.element("p", m.f("tax.note", withholdings, late), "class", "muted");
    h.close("section");
  }

  private static void panjar(Html h, Messages m, PanjarBook book, Ledger ledger) {
    Language lang = m.lang();
    h.open("section", "id", "panjar");
    h.element("h2", m.t("nav.panjar"));
    h.open("div", "class", "tiles");
    Page.tile(h, m.t("panjar.count"), Integer.toString(book.lines().size()), "");
    Page.tile(h, m.t("panjar.outstanding"), Rupiah.format(book.outstanding(), lang), book.outstanding().isPositive() ? "warn" : "");
    Page.tile(h, m.t("panjar.overdueNow"), Rupiah.format(book.overdue(), lang), book.overdue().isPositive() ? "bad" : "");
    long late = book.lines().stream().filter(PanjarBook.Line::overdue).count();
    Page.tile(h, m.t("panjar.late"), Long.toString(late), late > 0 ? "bad" : "");
    h.close("div");
    h.element("h3", m.t("panjar.lateTitle"));
    Page.table(h, m.t("panjar.lateTitle"));
    Page.header(h, "SPP", m.t("col.kegiatan"), "#" + m.t("panjar.advance"), m.t("panjar.paidOn"), m.t("panjar.due"), m.t("panjar.settledOn"), "#" + m.t("panjar.spent"));
    h.open("tbody");
    for (PanjarBook.Line l : book.lines()) {
      if (l.overdue()) {
        Page.row(h, "", l.spp().value(), l.item().kegiatan() + " " + REF.name(l.item().kegiatan()).orElse(""), "#" + Rupiah.format(l.advance(), lang),
            Rupiah.date(l.paidOn(), lang), Rupiah.date(l.due(), lang), l.settledOn() != null ? Rupiah.date(l.settledOn(), lang) : m.t("panjar.notYet"),
            "#" + Rupiah.format(l.spent(), lang));
      }
    }
    h.close("tbody").close("table").close("div");
    // issue 14: a panjar accounted for by several SPJ (account-panjar), each SPJ with its receipts; the final one returns the rest
    java.util.Map<String, PanjarBook.Line> byspp = new java.util.HashMap<>();
    book.lines().forEach(l -> byspp.put(l.spp().value(), l));
    java.util.List<id.smartkampung.core.ledger.Operation.AccountPanjar> spj = new java.util.ArrayList<>();
    for (id.smartkampung.core.ledger.Operation op : ledger.history()) {
      if (op instanceof id.smartkampung.core.ledger.Operation.AccountPanjar a) {
        spj.add(a);
      }
    }
    if (!spj.isEmpty()) {
      h.element("h3", m.t("panjar.spjTitle"));
      Page.table(h, m.t("panjar.spjTitle"));
      Page.header(h, "SPP", m.t("col.kegiatan"), "#" + m.t("panjar.advance"), m.t("panjar.spjStage"), m.t("panjar.spjDate"), m.t("panjar.receipts"), "#" + m.t("panjar.spent"),
          "#" + m.t("panjar.returned"));
      h.open("tbody");
      for (id.smartkampung.core.ledger.Operation.AccountPanjar a : spj) {
        PanjarBook.Line l = byspp.get(a.spp().value());
        boolean last = a.stage() == id.smartkampung.core.ledger.Operation.AccountPanjar.Stage.FINAL;
        Page.row(h, "", a.spp().value(), l == null ? "" : l.item().kegiatan() + " " + REF.name(l.item().kegiatan()).orElse(""),
            l == null ? "" : "#" + Rupiah.format(l.advance(), lang), m.t(last ? "panjar.spjFinal" : "panjar.spjPartial"),
            Rupiah.date(a.at().atZone(ledger.zone()).toLocalDate(), lang), Integer.toString(a.receipts().size()), "#" + Rupiah.format(a.spent(), lang),
            last && l != null ? "#" + Rupiah.format(l.returned(), lang) : "");
      }
      h.close("tbody").close("table").close("div");
    }
    h.close("section");
  }

  /**
   * Cash on hand and bank (issue 14): the bank book (buku pembantu bank) and the cash book (buku kas
   * tunai) per fund source beside the BKU, which they make up together (Permendagri 20/2018 Pasal
   * 63), the pack's ceiling of cash on hand (Pasal 44(5)), and the cash book's latest lines.
   */
  private static void cashAndBank(Html h, Messages m, Ledger ledger) {
    Language lang = m.lang();
    id.smartkampung.core.ledger.book.BukuKas bank = ledger.bukuBank();
    id.smartkampung.core.ledger.book.BukuKas cash = ledger.bukuKasTunai();
    id.smartkampung.core.ledger.book.BukuKasUmum bku = ledger.bku();
    h.open("section", "id", "kas-bank");
    h.element("h2", m.t("nav.kas-bank"));
    h.open("div", "class", "tiles");
    Page.tile(h, m.t("cash.bank"), Rupiah.format(bank.balance(), lang), "");
    Page.tile(h, m.t("cash.onHand"), Rupiah.format(cash.balance(), lang), "");
    Page.tile(h, m.t("cash.bku"), Rupiah.format(bku.balance(), lang), bku.balance().isEqualTo(bank.balance().add(cash.balance())) ? "" : "bad");
    long moves = cash.entries().stream().filter(e -> e.kind() == null).count();
    Page.tile(h, m.t("cash.moves"), Long.toString(moves), "");
    h.close("div");
    java.math.BigDecimal ceilingRp = ledger.policy().cashOnHand().ceiling();
    String ceiling = ceilingRp != null ? Rupiah.format(id.smartkampung.core.money.Idr.of(ceilingRp), lang) : m.t("cash.noCeiling");
    h.element("p", m.f("cash.note", ceiling));
    Page.table(h, m.t("nav.kas-bank"));
    Page.header(h, m.t("cash.fund"), "#" + m.t("cash.bank"), "#" + m.t("cash.onHand"), "#" + m.t("cash.bku"));
    h.open("tbody");
    java.util.SortedSet<id.smartkampung.core.code.FundSource> sources = new java.util.TreeSet<>(bank.balances().keySet());
    sources.addAll(cash.balances().keySet());
    for (id.smartkampung.core.code.FundSource f : sources) {
      org.javamoney.moneta.Money b = bank.balances().getOrDefault(f, id.smartkampung.core.money.Idr.ZERO);
      org.javamoney.moneta.Money c = cash.balances().getOrDefault(f, id.smartkampung.core.money.Idr.ZERO);
      Page.row(h, "", f.code(), "#" + Rupiah.format(b, lang), "#" + Rupiah.format(c, lang), "#" + Rupiah.format(b.add(c), lang));
    }
    h.close("tbody").close("table").close("div");
    h.element("h3", m.t("cash.bookTitle"));
    Page.table(h, m.t("cash.bookTitle"));
    Page.header(h, m.t("cash.date"), m.t("cash.fund"), m.t("cash.what"), "#" + m.t("cash.in"), "#" + m.t("cash.out"), "#" + m.t("cash.balance"));
    h.open("tbody");
    java.util.List<id.smartkampung.core.ledger.book.BukuKas.Entry> entries = cash.entries();
    for (id.smartkampung.core.ledger.book.BukuKas.Entry e : entries.subList(Math.max(0, entries.size() - 20), entries.size())) {
      Page.row(h, "", Rupiah.date(e.date(), lang), e.fundSource().code(), e.description(), "#" + Rupiah.format(e.in(), lang), "#" + Rupiah.format(e.out(), lang),
          "#" + Rupiah.format(e.balance(), lang));
    }
    h.close("tbody").close("table").close("div");
    h.close("section");
  }

  /**
   * The Kaur Keuangan's monthly accountability report (laporan pertanggungjawaban bulanan,
   * Permendagri 20/2018 Pasal 63): per month the BKU's opening balance, money in and out, closing
   * balance, the monthly close (tutup buku) with the cash counted, the due date of the report to the
   * Sekretaris Desa, and how many entries were posted back-dated into the month while it was open.
   */
  private static void monthlyClose(Html h, Messages m, Ledger ledger) {
    Language lang = m.lang();
    h.open("section", "id", "tutup-buku");
    h.element("h2", m.t("nav.tutup-buku"));
    java.util.Map<java.time.YearMonth, Integer> backDated = new java.util.TreeMap<>();
    java.time.Instant latest = null;
    for (id.smartkampung.core.ledger.Operation op : ledger.history()) {
      if (latest != null && op.at().isBefore(latest)) {
        backDated.merge(java.time.YearMonth.from(op.businessDate(ledger.zone())), 1, Integer::sum);
      }
      if (latest == null || op.at().isAfter(latest)) {
        latest = op.at();
      }
    }
    Page.table(h, m.t("nav.tutup-buku"));
    Page.header(h, m.t("close.month"), "#" + m.t("close.opening"), "#" + m.t("close.in"), "#" + m.t("close.out"), "#" + m.t("close.bku"),
        m.t("close.on"), "#" + m.t("close.counted"), m.t("close.due"), "#" + m.t("close.backDated"));
    h.open("tbody");
    for (var row : ledger.monthlyAccountability().months()) {
      Page.row(h, row.isClosed() ? "" : "warn", row.month().toString(), "#" + Rupiah.format(row.opening(), lang), "#" + Rupiah.format(row.in(), lang),
          "#" + Rupiah.format(row.out(), lang), "#" + Rupiah.format(row.closing(), lang),
          row.closedOn() != null ? Rupiah.date(row.closedOn(), lang) : m.t("close.open"),
          row.cashCounted() != null ? "#" + Rupiah.format(row.cashCounted(), lang) : "#-",
          Rupiah.date(row.due(), lang), "#" + backDated.getOrDefault(row.month(), 0));
    }
    h.close("tbody").close("table").close("div");
    h.element("p", m.t("close.note"), "class", "muted");
    h.close("section");
  }

  /** The capital assets bought from belanja modal (5.3) in the year (Permendagri 20/2018 Pasal 70). */
  private static void capitalAssets(Html h, Messages m, id.smartkampung.core.ledger.report.CapitalAssets assets) {
    Language lang = m.lang();
    h.open("section", "id", "aset");
    h.element("h2", m.t("nav.aset"));
    Page.table(h, m.t("nav.aset"));
    Page.header(h, m.t("col.kegiatan"), m.t("asset.account"), m.t("asset.fund"), "#" + m.t("asset.budget"), "#" + m.t("asset.realised"));
    h.open("tbody");
    for (var l : assets.lines()) {
      Page.row(h, "", l.item().kegiatan() + " " + REF.name(l.item().kegiatan()).orElse(""), l.item().account().toString(), l.item().fundSource().code(),
          "#" + Rupiah.format(l.budget(), lang), "#" + Rupiah.format(l.realised(), lang));
    }
    Page.row(h, "total", m.t("asset.total"), "", "", "", "#" + Rupiah.format(assets.total(), lang));
    h.close("tbody").close("table").close("div");
    h.element("p", m.t("asset.note"), "class", "muted");
    h.close("section");
  }

  /**
   * The reports the village files, each with its regulation: the first-semester report (Permendagri
   * 20/2018 Pasal 68), the realisation per fund source of the year-end report, and the Dana Desa
   * realisation with the next tranche's gates.
   */
  private static void reports(Html h, Messages m, Ledger ledger) {
    Language lang = m.lang();
    h.open("section", "id", "laporan");
    h.element("h2", m.t("nav.laporan"));
    var sem = ledger.semesterReport();
    h.element("h3", m.f("report.semester", sem.fiscalYear()));
    h.element("p", sem.regulation() + " — " + m.t("report.due") + " " + Rupiah.date(sem.due(), lang), "class", "muted");
    Page.table(h, m.f("report.semester", sem.fiscalYear()));
    Page.header(h, m.t("report.part"), "#" + m.t("asset.budget"), "#" + m.t("asset.realised"), "#%");
    h.open("tbody");
    for (var r : List.of(sem.apbdes().totalPendapatan(), sem.apbdes().totalBelanja(), sem.apbdes().pembiayaanNeto())) {
      Page.row(h, "", r.account().toString(), "#" + Rupiah.format(r.budget(), lang), "#" + Rupiah.format(r.realised(), lang), "#" + Rupiah.percent(r.percent(), lang));
    }
    h.close("tbody").close("table").close("div");
    Page.table(h, m.f("report.semester", sem.fiscalYear()) + " — " + m.t("col.kegiatan"));
    Page.header(h, m.t("col.kegiatan"), "#" + m.t("asset.budget"), "#" + m.t("asset.realised"), "#%");
    h.open("tbody");
    sem.kegiatan().byKegiatan().forEach((k, f) -> Page.row(h, "", k + " " + REF.name(k).orElse(""), "#" + Rupiah.format(f.budget(), lang),
        "#" + Rupiah.format(f.realised(), lang), "#" + Rupiah.percent(f.realisedPercent(), lang)));
    h.close("tbody").close("table").close("div");

    h.element("h3", m.t("report.bySource"));
    Page.table(h, m.t("report.bySource"));
    Page.header(h, m.t("asset.fund"), "#" + m.t("report.revenue"), "#" + m.t("report.spending"), "#" + m.t("report.financingIn"), "#" + m.t("report.financingOut"), "#SiLPA");
    h.open("tbody");
    for (var r : ledger.yearEnd().byFundSource().values()) {
      Page.row(h, "", r.fundSource().code(), "#" + Rupiah.format(r.pendapatanRealised(), lang), "#" + Rupiah.format(r.belanjaRealised(), lang),
          "#" + Rupiah.format(r.pembiayaanPenerimaanRealised(), lang), "#" + Rupiah.format(r.pembiayaanPengeluaranRealised(), lang), "#" + Rupiah.format(r.silpa(), lang));
    }
    h.close("tbody").close("table").close("div");
    h.element("p", m.t("report.bySourceNote"), "class", "muted");

    var dd = ledger.danaDesaRealisation();
    h.element("h3", m.t("report.danaDesa"));
    h.element("p", dd.regulation() + " — " + m.f("report.absorption", Rupiah.percent(dd.absorption().ratio().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN), lang))
        + (dd.nextTranche() > 0 ? " " + m.f("report.gate", dd.nextTranche(), Rupiah.percent(dd.minAbsorption().movePointRight(2), lang)) : ""), "class", "muted");
    Page.table(h, m.t("report.danaDesa"));
    Page.header(h, m.t("col.kegiatan"), "#" + m.t("asset.budget"), "#" + m.t("asset.realised"), "#%", m.t("report.output"));
    h.open("tbody");
    for (var a : dd.activities()) {
      Page.row(h, "", a.kegiatan() + " " + REF.name(a.kegiatan()).orElse(""), "#" + Rupiah.format(a.budget(), lang), "#" + Rupiah.format(a.realised(), lang),
          "#" + Rupiah.percent(a.percent(), lang), String.join("; ", a.outputs()));
    }
    h.close("tbody").close("table").close("div");
    h.close("section");
  }

  /** BLT Desa per family and month (Permendesa PDT 16/2025); families by the village's KPM id only (UU 27/2022). */
  private static void blt(Html h, Messages m, id.smartkampung.core.ledger.report.BltRealisation blt) {
    Language lang = m.lang();
    h.open("section", "id", "blt");
    h.element("h2", m.t("nav.blt"));
    h.element("p", m.f("blt.summary", blt.listed().size(), blt.byKpm().size(), Rupiah.format(blt.total(), lang)), "class", "muted");
    java.util.SortedSet<java.time.YearMonth> months = new java.util.TreeSet<>(blt.byMonth().keySet());
    List<String> head = new java.util.ArrayList<>();
    head.add("KPM");
    months.forEach(mo -> head.add("#" + mo.getMonthValue()));
    head.add("#" + m.t("asset.total"));
    Page.table(h, m.t("nav.blt"));
    Page.header(h, head.toArray(String[]::new));
    h.open("tbody");
    for (var e : blt.byKpm().entrySet()) {
      java.util.Set<java.time.YearMonth> paid = blt.monthsPaid(e.getKey());
      List<String> cells = new java.util.ArrayList<>();
      cells.add(e.getKey() + (blt.listed().contains(e.getKey()) ? "" : " *"));
      months.forEach(mo -> cells.add(paid.contains(mo) ? "#✓" : "#-"));
      cells.add("#" + Rupiah.format(e.getValue(), lang));
      Page.row(h, "", cells.toArray(String[]::new));
    }
    h.close("tbody").close("table").close("div");
    h.element("p", m.t("blt.note"), "class", "muted");
    h.close("section");
  }

  private static void caught(Html h, Messages m, List<CaughtCase> cases) {
    Language lang = m.lang();
    h.open("section", "id", "temuan");
    h.element("h2", m.t("nav.temuan"));
    if (cases.isEmpty()) {
      h.element("p", m.t("temuan.none"), "class", "muted");
    } else {
      h.element("p", m.t("temuan.intro"), "class", "muted");
    }
    for (CaughtCase c : cases) {
      h.open("div", "class", "case");
      h.element("h3", m.t("misconduct." + c.misconduct().name()));
      h.open("p");
      h.element("strong", Rupiah.date(c.date(), lang) + " · " + m.t("action." + c.action().split(" ")[0]) + " · ");
      h.element("code", c.code());
      h.text(" · " + c.subject());
      h.close("p");
      h.element("p", m.catalogue().message(c.code(), c.evidence()));
      ProjectCard.evidence(h, m, c.evidence());
      h.close("div");
    }
    h.close("section");
  }

  private static void exports(Html h, Messages m, List<String> files) {
    h.open("section", "id", "ekspor");
    h.element("h2", m.t("nav.ekspor"));
    h.element("p", m.t("ekspor.intro"), "class", "muted");
    h.open("ul");
    for (String f : files) {
      h.open("li").element("a", f, "href", f).close("li");
    }
    h.close("ul");
    h.close("section");
  }

  private static Svg.Bar bar(String label, MonetaryAmount budget, MonetaryAmount realised, Messages m) {
    Language lang = m.lang();
    long b = Idr.toSen(budget);
    long r = Idr.toSen(realised);
    return new Svg.Bar(label, b, r, m.t("col.anggaran") + " " + Rupiah.formatSen(b, lang), m.t("col.realisasi") + " " + Rupiah.formatSen(r, lang));
  }

  static String accountName(AccountCode a) {
    return REF.name(a).orElse(a.toString());
  }
}
