package id.smartkampung.core.code;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import id.smartkampung.core.Api;
import java.util.regex.Pattern;

/**
 * A fund source — <i>sumber dana</i> — by its Siskeudes code: {@code DDS} Dana Desa, {@code ADD}
 * Alokasi Dana Desa, {@code PBH} bagi hasil pajak/retribusi, {@code PAD}, {@code PBP} bantuan
 * provinsi, {@code PBK} bantuan kabupaten/kota, {@code DLL} lain-lain. The list is reference data
 * that can grow ({@link ReferenceData}); this value only fixes the form: 2–8 capital letters or digits,
 * starting with a letter.
 */
@Api(Api.Status.STABLE)
@Immutable
public final class FundSource implements Comparable<FundSource> {
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,7}");

  /** Dana Desa (from the state budget, APBN). */
  public static final FundSource DDS = new FundSource("DDS");
  /** Alokasi Dana Desa (from the district budget). */
  public static final FundSource ADD = new FundSource("ADD");
  /** Bagi hasil pajak dan retribusi daerah. */
  public static final FundSource PBH = new FundSource("PBH");
  /** Pendapatan Asli Desa. */
  public static final FundSource PAD = new FundSource("PAD");
  /** Bantuan keuangan provinsi. */
  public static final FundSource PBP = new FundSource("PBP");
  /** Bantuan keuangan kabupaten/kota. */
  public static final FundSource PBK = new FundSource("PBK");
  /** Lain-lain pendapatan desa yang sah. */
  public static final FundSource DLL = new FundSource("DLL");
  /**
   * SiLPA tahun sebelumnya not tied to a fund source — the unearmarked pool: it pays only lines
   * budgeted from it. SiLPA that was another source's money keeps that source (leftover Dana Desa
   * is {@link #DDS}).
   */
  public static final FundSource SILPA = new FundSource("SILPA");

  private final String code;

  private FundSource(String code) {
    this.code = code;
  }

  /**
   * Parses a fund source code such as {@code DDS}.
   *
   * @throws IllegalArgumentException if the code is malformed
   */
  public static FundSource parse(String code) {
    requireNonNull(code, "fund source");
    if (!FORMAT.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "fund source '" + code + "' is malformed: expected a Siskeudes code of 2-8 capitals like DDS or ADD");
    }
    return new FundSource(code);
  }

  /** The code, e.g. {@code DDS}. */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(FundSource o) {
    return code.compareTo(o.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FundSource f && f.code.equals(code);
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
