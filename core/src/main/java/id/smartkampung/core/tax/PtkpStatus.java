package id.smartkampung.core.tax;

import static java.util.Objects.requireNonNull;

/**
 * Marital and dependant status for PPh 21 — <i>status PTKP</i>: TK/0 … TK/3 (not married) and K/0 …
 * K/3 (married), with at most three dependants. The status at the start of the tax year decides the
 * PTKP amount and the TER category (both data in {@link TaxPolicy}).
 */
public enum PtkpStatus {
  /** TK/0. */
  TK_0,
  /** TK/1. */
  TK_1,
  /** TK/2. */
  TK_2,
  /** TK/3. */
  TK_3,
  /** K/0. */
  K_0,
  /** K/1. */
  K_1,
  /** K/2. */
  K_2,
  /** K/3. */
  K_3;

  /** The written form, e.g. {@code "TK/0"}. */
  public String label() {
    return name().replace('_', '/');
  }

  /**
   * Parses {@code "TK/0"} … {@code "K/3"}.
   *
   * @throws IllegalArgumentException naming the text if it is no PTKP status
   */
  public static PtkpStatus parse(String text) {
    requireNonNull(text, "text");
    for (PtkpStatus s : values()) {
      if (s.label().equals(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a PTKP status: expected TK/0..TK/3 or K/0..K/3");
  }
}
