package id.smartkampung.core.tax;

import static java.util.Objects.requireNonNull;

/** A civil servant's rank group — <i>golongan</i> I to IV; decides the final rate on honoraria (PP 80/2010). */
public enum Golongan {
  /** Golongan I. */
  I,
  /** Golongan II. */
  II,
  /** Golongan III. */
  III,
  /** Golongan IV. */
  IV;

  /**
   * Parses {@code "I"} … {@code "IV"} (also {@code "III/a"}: the letter is ignored).
   *
   * @throws IllegalArgumentException naming the text if it is no golongan
   */
  public static Golongan parse(String text) {
    requireNonNull(text, "text");
    String roman = text.trim().toUpperCase(java.util.Locale.ROOT).replaceFirst("/[A-E]$", "");
    for (Golongan g : values()) {
      if (g.name().equals(roman)) {
        return g;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a golongan: expected I, II, III or IV (optionally /a to /e)");
  }
}
