package id.smartkampung.core.text;

import id.smartkampung.core.Api;
import java.util.Locale;

/** A language of the catalogues — <i>bahasa</i>: Indonesian or English. */
@Api(Api.Status.EXPERIMENTAL)
public enum Language {
  /** Bahasa Indonesia: {@code Rp6.500.000}, {@code 45,5%}, {@code 3 Maret 2025}. */
  ID("id", Locale.forLanguageTag("id-ID")),
  /** English: {@code IDR 6,500,000}, {@code 45.5%}, {@code 3 March 2025}. */
  EN("en", Locale.UK);

  private final String code;
  private final Locale locale;

  Language(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The code, {@code id} or {@code en} (also the suffix of the catalogue files). */
  public String code() {
    return code;
  }

  /** The locale for month names. */
  public Locale locale() {
    return locale;
  }

  /**
   * The language of a code, {@code id} or {@code en} (case-insensitive, surrounding blanks
   * ignored).
   *
   * @throws IllegalArgumentException naming the accepted codes
   */
  public static Language of(String code) {
    for (Language l : values()) {
      if (l.code.equalsIgnoreCase(code.trim())) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language '" + code + "': use id or en");
  }
}
