package id.smartkampung.demo.html;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the dashboard: no script, no external font or file, readable on a phone and
 * printable. Values are already-computed figures; doubles here are pixel geometry only, never money.
 */
public final class Svg {
  private Svg() {}

  /** One bar: a label, a planned value and an optional realised value drawn over it. */
  public record Bar(String label, double planned, double realised, String plannedText, String realisedText) {}

  /** One series of a line chart: a name, a CSS colour, and y values in percent (0–100) per x step. */
  public record Series(String name, String colour, List<Double> percents, boolean dashed) {}

  /**
   * Horizontal bars, planned (light) with realised (dark) on top, each labelled with its figures.
   */
  public static String bars(String title, List<Bar> bars, String plannedColour, String realisedColour) {
    int rowH = 34;
    int labelW = 210;
    int chartW = 300;
    int width = labelW + chartW + 10;
    int height = 24 + rowH * bars.size();
    double max = bars.stream().mapToDouble(b -> Math.max(b.planned(), b.realised())).max().orElse(1);
    if (max <= 0) {
      max = 1;
    }
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" class=\"chart\">", width, height));
    s.append("<title>").append(Html.escape(title)).append("</title>");
    int y = 20;
    for (Bar b : bars) {
      double pw = chartW * b.planned() / max;
      double rw = chartW * Math.min(b.realised(), Math.max(b.planned(), b.realised())) / max;
      s.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"11\">%s</text>", y + 10, Html.escape(shorten(b.label(), 34))));
      s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>", labelW, y, pw, plannedColour));
      if (b.realised() > 0) {
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>", labelW, y, rw, realisedColour));
      }
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\" fill=\"#444\">%s</text>",
          labelW, y + 23, Html.escape(b.plannedText() + (b.realisedText().isEmpty() ? "" : " · " + b.realisedText()))));
      y += rowH;
    }
    return s.append("</svg>").toString();
  }

  /**
   * A line chart of cumulative percentages (0–100) over x steps, e.g. the S-curve of a project:
   * planned, physical and financial progress, with an optional marker of "today".
   */
  public static String lines(String title, List<String> xLabels, List<Series> series, int todayIndex) {
    int w = 520;
    int h = 240;
    int left = 36;
    int bottom = 26;
    int top = 10;
    int right = 10;
    int plotW = w - left - right;
    int plotH = h - top - bottom;
    int n = Math.max(2, xLabels.size());
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" class=\"chart s-curve\">", w, h + 18));
    s.append("<title>").append(Html.escape(title)).append("</title>");
    for (int p = 0; p <= 100; p += 25) {
      double y = top + plotH * (1 - p / 100.0);
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\" stroke-width=\"1\"/>", left, y, w - right, y));
      s.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%.1f\" font-size=\"9\">%d%%</text>", y + 3, p));
    }
    int step = Math.max(1, xLabels.size() / 8);
    for (int i = 0; i < xLabels.size(); i += step) {
      double x = left + plotW * i / (double) (n - 1);
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\">%s</text>", x, h - 8, Html.escape(xLabels.get(i))));
    }
    if (todayIndex >= 0 && todayIndex < n) {
      double x = left + plotW * todayIndex / (double) (n - 1);
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\" stroke-dasharray=\"2,2\"/>", x, top, x, top + plotH));
    }
    int legendX = left;
    for (Series se : series) {
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < se.percents().size(); i++) {
        double x = left + plotW * i / (double) (n - 1);
        double y = top + plotH * (1 - Math.max(0, Math.min(100, se.percents().get(i))) / 100.0);
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      }
      s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>",
          se.colour(), se.dashed() ? " stroke-dasharray=\"5,3\"" : "", pts.toString().trim()));
      s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"4\" fill=\"%s\"/>", legendX, h + 6, se.colour()));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>", legendX + 14, h + 12, Html.escape(se.name())));
      legendX += 30 + 6 * se.name().length();
    }
    return s.append("</svg>").toString();
  }

  /** A single horizontal progress bar with a percentage (0–100+). */
  public static String meter(String title, double percent, String colour) {
    double p = Math.max(0, Math.min(100, percent));
    return String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 16\" width=\"200\" height=\"16\" role=\"img\" class=\"meter\"><title>%s</title>"
            + "<rect x=\"0\" y=\"2\" width=\"160\" height=\"12\" fill=\"#eee\"/><rect x=\"0\" y=\"2\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>"
            + "<text x=\"164\" y=\"12\" font-size=\"10\">%.0f%%</text></svg>",
        Html.escape(title), 1.6 * p, colour, percent);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
