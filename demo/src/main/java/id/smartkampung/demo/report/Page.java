package id.smartkampung.demo.report;

import id.smartkampung.core.text.Language;
import id.smartkampung.demo.html.Html;

/**
 * The frame of every dashboard page — <i>kerangka halaman</i>: a self-contained HTML document (inline
 * CSS, no script, no font or file fetched from anywhere), readable on a phone ({@code meta viewport},
 * one column below 700 px) and printable on A4 ({@code @page size: A4}, {@code @media print}).
 */
final class Page {
  static final String CSS = String.join("\n",
      "*{box-sizing:border-box}",
      "body{margin:0 auto;max-width:1000px;padding:0 12px 24px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
          + "font-size:15px;line-height:1.45;color:#1d2b23;background:#fff}",
      "header.baliho{background:#0b6b3a;color:#fff;padding:14px 16px;border-bottom:6px solid #f2b705;margin:0 -12px 12px}",
      "header.baliho h1{margin:0;font-size:1.45em}header.baliho p{margin:4px 0 0}",
      "nav{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0}nav a{background:#eef5f0;border-radius:12px;padding:2px 10px;color:#0b6b3a;text-decoration:none;font-size:.9em}",
      "section{margin:18px 0;padding-top:4px;border-top:1px solid #dfe7e2}",
      "h2{font-size:1.2em;color:#0b6b3a;margin:8px 0}h3{font-size:1.05em;margin:6px 0}",
      ".tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:8px}",
      "@media (min-width:700px){.tiles{grid-template-columns:repeat(auto-fit,minmax(200px,1fr))}}",
      ".tile{background:#f4f8f5;border-left:5px solid #0b6b3a;padding:8px}.tile .v{font-size:1.15em;font-weight:700;display:block}",
      ".tile.warn{border-color:#d97706}.tile.bad{border-color:#b91c1c}",
      ".grid{display:grid;grid-template-columns:1fr;gap:12px}",
      "@media (min-width:700px){.grid{grid-template-columns:1fr 1fr}}",
      ".scroll{overflow-x:auto}",
      "table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border-bottom:1px solid #e3e9e5;padding:4px 6px;text-align:left;vertical-align:top}",
      "td.n,th.n{text-align:right;white-space:nowrap}tr.total td{font-weight:700;border-top:2px solid #0b6b3a}",
      ".project{border:1px solid #cfdcd4;border-radius:6px;padding:10px;margin:12px 0}",
      ".badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:.85em;font-weight:600;background:#e5e7eb}",
      ".s-COMPLETED,.s-ON_TRACK,.s-AHEAD{background:#d1fae5;color:#065f46}.s-BEHIND{background:#fef3c7;color:#92400e}",
      ".s-CRITICAL{background:#fee2e2;color:#991b1b}.s-NOT_STARTED{background:#e5e7eb}",
      ".f-CRITICAL{background:#7f1d1d;color:#fff}.f-HIGH{background:#dc2626;color:#fff}.f-MEDIUM{background:#f59e0b}.f-LOW{background:#e5e7eb}",
      "ul.flags{padding-left:0;list-style:none}ul.flags li{margin:6px 0;padding:6px;background:#fff7f7;border-left:4px solid #dc2626}",
      "dl.evidence{display:grid;grid-template-columns:max-content 1fr;gap:0 8px;margin:4px 0 0;font-size:.85em;color:#374151}",
      "dl.evidence dt{font-weight:600}dl.evidence dd{margin:0;word-break:break-all}",
      ".case{border-left:5px solid #b91c1c;background:#fff5f5;padding:8px;margin:8px 0}",
      ".seal{border:1px solid #cfdcd4;border-left:5px solid #f2b705;background:#fffdf5;padding:8px 10px;margin:10px 0}.seal p{margin:4px 0}",
      "code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}code.anchor{word-break:break-all}",
      ".muted{color:#5b6b62;font-size:.9em}svg.chart{max-width:100%;height:auto}svg.bars{max-width:560px;display:block}svg.s-curve{max-width:620px;display:block}",
      "footer{margin-top:24px;font-size:.85em;color:#5b6b62}",
      // a caption for screen readers that the heading above the table already shows
      "caption.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
      // a phone: a table row becomes a card: its first cells on a line, each figure under its label, two a line
      "@media (max-width:640px){.scroll thead{display:none}.scroll tr{display:flex;flex-wrap:wrap;align-items:baseline;padding:5px 0;"
          + "border-bottom:1px solid #dfe7e2}.scroll td{border:0;padding:1px 8px 1px 0}.scroll td:empty{display:none}"
          + ".scroll td:not(.n){flex:1 1 auto}.scroll td.n{flex:0 0 50%;text-align:left;white-space:normal}"
          + ".scroll td:first-child{flex:0 0 auto;font-weight:600}"
          + ".scroll td.n::before,.scroll td:not(.n):nth-child(n+3)::before{content:attr(data-label);display:block;font-size:.78em;color:#5b6b62;font-weight:400}"
          + ".scroll td:first-child::before{content:none}.scroll td.te{flex:1 1 55%;min-width:0;overflow-wrap:anywhere}.scroll td.te:first-child{flex:1 0 100%}"
          + ".scroll td.te:not(.n)::before{content:none}.scroll tr.total{border-top:2px solid #0b6b3a}.scroll tr.total td{border:0}"
          + ".scroll table.ev td.te:first-child{flex:0 0 auto}.scroll table.ev td.n{flex:1 1 auto;text-align:right}"
          + ".scroll table.ev td.n::before,.scroll table.ev td:nth-child(3)::before{content:none}"
          + ".scroll table.ev td:nth-child(3){flex:1 0 100%;font-size:.85em;color:#5b6b62}}",
      "@page{size:A4;margin:14mm 12mm}",
      // print: only small blocks kept whole (a whole section kept whole left pages half empty); headings stay with what follows
      "@media print{body{max-width:none;font-size:10.5pt}nav{display:none}header.baliho{margin:0}"
          + ".case,.seal,.tile,tr,svg,ul.flags li{break-inside:avoid}h2,h3{break-after:avoid}.tiles{grid-template-columns:repeat(3,1fr)}"
          + "a{color:inherit;text-decoration:none}.scroll{overflow:visible}}");

  private Page() {}

  /**
   * Opens the document: head with title and style, body, the baliho-style header (landmark {@code
   * banner}), the section links (landmark {@code navigation}) and the {@code main} landmark that
   * {@link #close} ends.
   */
  static Html open(Language lang, String title, String heading, String subheading, String[][] nav) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n");
    h.open("html", "lang", lang.code());
    h.open("head");
    h.empty("meta", "charset", "utf-8");
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    h.element("title", title);
    h.open("style").raw(CSS).close("style"); // raw: CSS is not escaped in HTML; it holds no &lt; or &amp;
    h.close("head");
    h.open("body");
    h.open("header", "class", "baliho");
    h.element("h1", heading);
    h.element("p", subheading);
    h.close("header");
    h.open("nav", "aria-label", Messages.of(lang).t("nav.label"));
    for (String[] n : nav) {
      h.element("a", n[1], "href", "#" + n[0]);
    }
    h.close("nav");
    h.open("main");
    return h;
  }

  /** Closes the {@code main} landmark and the document with a footer ({@code contentinfo}). */
  static String close(Html h, String footer) {
    h.close("main");
    h.open("footer").text(footer).close("footer");
    h.close("body").close("html");
    return h.toString();
  }

  /** A tile with a label and a value. */
  static void tile(Html h, String label, String value, String kind) {
    h.open("div", "class", "tile" + (kind.isEmpty() ? "" : " " + kind));
    h.text(label);
    h.element("span", value, "class", "v");
    h.close("div");
  }

  /**
   * Opens a scrolling table with its caption (for screen readers; the heading above shows it to the
   * eye): every table of the pages has one.
   */
  static void table(Html h, String caption, String... attributes) {
    h.open("div", "class", "scroll").open("table", attributes);
    h.element("caption", caption, "class", "sr");
  }

  /**
   * A table header row, each heading {@code scope="col"}; the headings label the cells of the rows
   * that follow ({@link #cell}).
   */
  static void header(Html h, String... cells) {
    String[] labels = new String[cells.length];
    h.open("thead").open("tr");
    for (int i = 0; i < cells.length; i++) {
      boolean numeric = cells[i].startsWith("#");
      labels[i] = numeric ? cells[i].substring(1) : cells[i];
      h.element("th", labels[i], numeric ? new String[] {"scope", "col", "class", "n"} : new String[] {"scope", "col"});
    }
    h.close("tr").close("thead");
    h.headings(labels);
  }

  /** A table row; cells starting with {@code #} are numeric (right-aligned). */
  static void row(Html h, String cssClass, String... cells) {
    if (cssClass.isEmpty()) {
      h.open("tr");
    } else {
      h.open("tr", "class", cssClass);
    }
    int firstNumber = cells.length;
    for (int i = cells.length - 1; i >= 0; i--) {
      if (cells[i].startsWith("#")) {
        firstNumber = i;
      }
    }
    for (int i = 0; i < cells.length; i++) {
      boolean numeric = cells[i].startsWith("#");
      cell(h, i, numeric ? cells[i].substring(1) : cells[i], numeric, i == firstNumber - 1);
    }
    h.close("tr");
  }

  /**
   * A cell of column {@code i}, labelled with its column's heading for narrow screens; {@code
   * titleEnd} marks the last cell of the row's title (the text before its figures), after which a
   * card breaks the line.
   */
  static void cell(Html h, int i, String text, boolean numeric, boolean titleEnd) {
    String label = h.heading(i);
    if (numeric) {
      h.element("td", text, "class", "n", "data-label", label);
    } else if (titleEnd) {
      h.element("td", text, "class", "te", "data-label", label);
    } else {
      h.element("td", text, "data-label", label);
    }
  }
}
