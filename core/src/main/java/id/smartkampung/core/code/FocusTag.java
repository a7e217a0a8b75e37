package id.smartkampung.core.code;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import id.smartkampung.core.Api;
import java.util.regex.Pattern;

/**
 * A focus tag of a budget line — <i>fokus penggunaan Dana Desa</i>: which of the fiscal year's focus
 * areas the line serves, e.g. {@code BLT} (BLT Desa), {@code KETAHANAN_PANGAN}, {@code
 * IKLIM_BENCANA}, {@code KESEHATAN_STUNTING}, {@code KDMP}, {@code PKTD}, {@code DIGITAL}, {@code
 * OPERASIONAL} (operations of the village government), {@code LAINNYA}. The tags of a year are data
 * in its policy pack ({@code focusAreas}, each with its article); this value only fixes the form:
 * capitals, digits and underscores, starting with a capital, at most 32 characters.
 */
@Api(Api.Status.EXPERIMENTAL)
@Immutable
public final class FocusTag implements Comparable<FocusTag> {
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  private final String code;

  private FocusTag(String code) {
    this.code = code;
  }

  /**
   * Parses a focus tag such as {@code BLT}.
   *
   * @throws IllegalArgumentException if the tag is malformed
   */
  public static FocusTag parse(String code) {
    requireNonNull(code, "focus tag");
    if (!FORMAT.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "focus tag '" + (code.length() > 40 ? code.substring(0, 40) + "…" : code)
              + "' is malformed: expected capitals, digits and _ like BLT or KETAHANAN_PANGAN (the year's focus areas are in its policy pack)");
    }
    return new FocusTag(code);
  }

  /** The code, e.g. {@code BLT}. */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(FocusTag o) {
    return code.compareTo(o.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FocusTag f && f.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
