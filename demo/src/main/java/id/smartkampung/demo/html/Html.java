package id.smartkampung.demo.html;

/**
 * A small builder of well-formed HTML (XHTML-compatible: every element closed, every attribute
 * quoted, all text escaped), so that reports can be checked by an XML parser.
 */
public final class Html {
  private final StringBuilder sb = new StringBuilder(16 * 1024);
  private String[] headings = new String[0];

  /** Escapes text for element content and attribute values. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Opens an element with attributes given as name, value pairs. */
  public Html open(String tag, String... attributes) {
    sb.append('<').append(tag);
    attributes(attributes);
    sb.append('>');
    return this;
  }

  /** Closes an element. */
  public Html close(String tag) {
    sb.append("</").append(tag).append('>');
    return this;
  }

  /** An element with escaped text content. */
  public Html element(String tag, String text, String... attributes) {
    open(tag, attributes);
    text(text);
    return close(tag);
  }

  /** An empty element, self-closed (e.g. {@code <meta .../>}). */
  public Html empty(String tag, String... attributes) {
    sb.append('<').append(tag);
    attributes(attributes);
    sb.append("/>");
    return this;
  }

  /** Escaped text. */
  public Html text(String text) {
    sb.append(escape(text));
    return this;
  }

  /** Markup that is already well-formed (e.g. an SVG from {@link Svg}). */
  public Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  /**
   * Remembers the column headings of the table being written, so that its cells can carry them as
   * {@code data-label} (on a narrow screen a row is shown as a card, each figure with its label).
   */
  public Html headings(String... labels) {
    this.headings = labels.clone();
    return this;
  }

  /** The heading of column {@code i} of the table being written, or "" if none. */
  public String heading(int i) {
    return i >= 0 && i < headings.length ? headings[i] : "";
  }

  private void attributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      sb.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
    }
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
