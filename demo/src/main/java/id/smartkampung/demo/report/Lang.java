package id.smartkampung.demo.report;

import id.smartkampung.core.text.Language;
import java.util.Locale;

/** The language of the reports — <i>bahasa laporan</i>: Indonesian (the default) or English. */
public enum Lang {
  /** Bahasa Indonesia. */
  ID("id", Locale.forLanguageTag("id-ID")),
  /** English. */
  EN("en", Locale.UK);

  private final String code;
  private final Locale locale;

  Lang(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The code: {@code id} or {@code en} (also the HTML {@code lang}). */
  public String code() {
    return code;
  }

  /** The library's language of the same code (for its message catalogues). */
  public Language language() {
    return this == ID ? Language.ID : Language.EN;
  }

  /** The locale for dates. */
  public Locale locale() {
    return locale;
  }

  /**
   * The language of a code, {@code id} or {@code en} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the accepted codes
   */
  public static Lang of(String code) {
    for (Lang l : values()) {
      if (l.code.equalsIgnoreCase(code.trim())) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language '" + code + "': use id or en");
  }
}
