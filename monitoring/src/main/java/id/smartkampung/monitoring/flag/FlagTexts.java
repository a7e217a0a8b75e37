package id.smartkampung.monitoring.flag;

import id.smartkampung.core.Api;
import id.smartkampung.core.text.Catalogue;
import id.smartkampung.core.text.Language;

/**
 * The texts of red flags — <i>teks tanda bahaya</i>: the core's message {@link Catalogue} with the
 * monitoring module's {@code flags_id.properties} / {@code flags_en.properties} (a title and a
 * template per {@link RedFlagCode}, labels of evidence keys, severities) and the kinds of its
 * evidence values ({@code flag-kinds.properties}).
 *
 * <pre>{@code
 * Catalogue id = FlagTexts.catalogue(Language.ID);
 * for (RedFlag f : assessment.flags()) {
 *   System.out.println(FlagTexts.severity(id, f.severity()) + " " + FlagTexts.title(id, f.code()) + ": " + FlagTexts.message(id, f));
 * }
 * }</pre>
 */
@Api(Api.Status.EXPERIMENTAL)
public final class FlagTexts {
  private FlagTexts() {}

  /** The core's catalogue in a language with the flags' texts. */
  public static Catalogue catalogue(Language language) {
    return Catalogue.of(language)
        .with(Catalogue.read(FlagTexts.class, "flags_" + language.code() + ".properties"))
        .with(Catalogue.read(FlagTexts.class, "flag-kinds.properties"));
  }

  /** A flag kind in a few words, e.g. {@code Foto diambil di luar lokasi}. */
  public static String title(Catalogue c, RedFlagCode code) {
    return c.get("title." + code.code());
  }

  /** A flag's sentence: its code's template filled from its evidence, or else its title. */
  public static String message(Catalogue c, RedFlag flag) {
    return c.message(flag.code().code(), flag.evidence());
  }

  /** A severity, for a badge. */
  public static String severity(Catalogue c, FlagSeverity severity) {
    return c.get("severity." + severity.name());
  }
}
