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
   * Horizontal bars, planned (light) with realised (dark) on top, each with its label on a line of
   * its own above the bar and its figures below it, so that a phone screen (where the chart is about
   * 360 px wide) shows them at their drawn size; no legend.
   */
  public static String bars(String title, List<Bar> bars, String plannedColour, String realisedColour) {
    return bars(title, bars, plannedColour, realisedColour, "", "");
  }

  /**
   * Horizontal bars as above, with a legend naming the planned and the realised colour (when both
   * names are given).
   */
  public static String bars(String title, List<Bar> bars, String plannedColour, String realisedColour, String plannedName, String realisedName) {
    int width = 360;
    int rowH = 46;
    boolean legend = !plannedName.isEmpty() && !realisedName.isEmpty();
    int top = legend ? 24 : 4;
    int height = top + rowH * bars.size();
    double max = bars.stream().mapToDouble(b -> Math.max(b.planned(), b.realised())).max().orElse(1);
    if (max <= 0) {
      max = 1;
    }
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" class=\"chart bars\">", width, height));
    s.append("<title>").append(Html.escape(title)).append("</title>");
    // the figures as text for screen readers (role img reads only the title and the description)
    StringBuilder desc = new StringBuilder();
    for (Bar b : bars) {
      desc.append(desc.length() == 0 ? "" : "; ").append(b.label()).append(": ").append(b.plannedText())
          .append(b.realisedText().isEmpty() ? "" : ", " + b.realisedText());
    }
    s.append("<desc>").append(Html.escape(desc.toString())).append("</desc>");
    if (legend) {
      s.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"4\" width=\"14\" height=\"10\" fill=\"%s\"/>", plannedColour));
      s.append(String.format(Locale.ROOT, "<text x=\"19\" y=\"13\" font-size=\"11\">%s</text>", Html.escape(plannedName)));
      int x = 19 + 9 + (int) Math.ceil(6.5 * plannedName.length());
      s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"14\" height=\"10\" fill=\"%s\"/>", x, realisedColour));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"13\" font-size=\"11\">%s</text>", x + 19, Html.escape(realisedName)));
    }
    int y = top;
    for (Bar b : bars) {
      double pw = Math.max(1, width * b.planned() / max);
      double rw = width * Math.min(b.realised(), Math.max(b.planned(), b.realised())) / max;
      s.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\" font-weight=\"600\">%s</text>", y + 12, Html.escape(shorten(b.label(), 46))));
      s.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"11\" fill=\"%s\"/>", y + 17, pw, plannedColour));
      if (b.realised() > 0) {
        s.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"11\" fill=\"%s\"/>", y + 17, rw, realisedColour));
      }
      s.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"10.5\" fill=\"#374151\">%s</text>",
          y + 40, Html.escape(b.plannedText() + (b.realisedText().isEmpty() ? "" : " · " + b.realisedText()))));
      y += rowH;
    }
    return s.append("</svg>").toString();
  }

  /**
   * A line chart of cumulative percentages (0–100) over x steps, e.g. the S-curve of a project:
   * planned, physical and financial progress, with an optional marker of "today".
   */
  public static String lines(String title, List<String> xLabels, List<Series> series, int todayIndex) {
    int w = 360;
    int h = 220;
    int left = 34;
    int bottom = 28;
    int top = 10;
    int right = 18;
    int plotW = w - left - right;
    int plotH = h - top - bottom;
    int n = Math.max(2, xLabels.size());
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" class=\"chart s-curve\">", w, h + 20));
    s.append("<title>").append(Html.escape(title)).append("</title>");
    // the figures as text for screen readers: each series' percentage at each date
    StringBuilder desc = new StringBuilder();
    for (Series se : series) {
      desc.append(desc.length() == 0 ? "" : "; ").append(se.name()).append(":");
      for (int i = 0; i < se.percents().size() && i < xLabels.size(); i++) {
        desc.append(i == 0 ? " " : ", ").append(xLabels.get(i)).append(String.format(Locale.ROOT, " %.0f%%", se.percents().get(i)));
      }
    }
    s.append("<desc>").append(Html.escape(desc.toString())).append("</desc>");
    for (int p = 0; p <= 100; p += 25) {
      double y = top + plotH * (1 - p / 100.0);
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\" stroke-width=\"1\"/>", left, y, w - right, y));
      s.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%.1f\" font-size=\"11\">%d%%</text>", y + 3, p));
    }
    int step = Math.max(1, (xLabels.size() + 5) / 6); // at most about six dates: each is ~30 px wide
    for (int i = 0; i < xLabels.size(); i += step) {
      double x = left + plotW * i / (double) (n - 1);
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>", x, h - 10, Html.escape(xLabels.get(i))));
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
      s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>", legendX, h + 8, se.colour()));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>", legendX + 18, h + 14, Html.escape(se.name())));
      legendX += 30 + 7 * se.name().length();
    }
    return s.append("</svg>").toString();
  }

  /** A single horizontal progress bar with a percentage (0–100+). */
  public static String meter(String title, double percent, String colour) {
    double p = Math.max(0, Math.min(100, percent));
    return String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 16\" width=\"200\" height=\"16\" role=\"img\" class=\"meter\"><title>%s</title><desc>%.0f%%</desc>"
            + "<rect x=\"0\" y=\"2\" width=\"160\" height=\"12\" fill=\"#eee\"/><rect x=\"0\" y=\"2\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>"
            + "<text x=\"164\" y=\"12\" font-size=\"10\">%.0f%%</text></svg>",
        Html.escape(title), percent, 1.6 * p, colour, percent);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
