package id.smartkampung.core.code;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import id.smartkampung.core.Api;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An activity code — <i>kode kegiatan</i> — {@code BB.SS.KK}: bidang, sub-bidang and kegiatan of the
 * expenditure classification by function (Permendagri 20/2018), e.g. {@code 02.03.10} pembangunan
 * jalan desa. Well-formed by construction; whether it is known is asked of {@link ReferenceData}.
 */
@Api(Api.Status.STABLE)
@Immutable
public final class KegiatanCode implements Comparable<KegiatanCode> {
  private static final Pattern FORMAT = Pattern.compile("([0-9]{2})\\.([0-9]{2})\\.([0-9]{2})");

  private final int bidang;
  private final int subBidang;
  private final int kegiatan;
  /** The code as written, {@code BB.SS.KK}: made once (a journal writes it with every item it names). */
  private final String text;

  private KegiatanCode(int bidang, int subBidang, int kegiatan, String text) {
    this.bidang = bidang;
    this.subBidang = subBidang;
    this.kegiatan = kegiatan;
    this.text = text;
  }

  /**
   * Parses a code such as {@code 02.03.10}.
   *
   * @throws IllegalArgumentException saying what is malformed
   */
  public static KegiatanCode parse(String text) {
    requireNonNull(text, "kegiatan code");
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "kegiatan code '" + text + "' is malformed: expected BB.SS.KK (bidang.sub-bidang.kegiatan) like 02.03.10");
    }
    int b = Integer.parseInt(m.group(1));
    int s = Integer.parseInt(m.group(2));
    int k = Integer.parseInt(m.group(3));
    if (b == 0 || s == 0 || k == 0) {
      throw new IllegalArgumentException(
          "kegiatan code '" + text + "' is malformed: bidang, sub-bidang and kegiatan are numbered from 01");
    }
    return new KegiatanCode(b, s, k, text); // the text matched BB.SS.KK, two ASCII digits each: the form toString gives
  }

  /** Builds a code from its three numbers (each 1–99). */
  public static KegiatanCode of(int bidang, int subBidang, int kegiatan) {
    return parse(String.format("%02d.%02d.%02d", bidang, subBidang, kegiatan));
  }

  /** The bidang number (1–5 for known codes). */
  public int bidang() {
    return bidang;
  }

  /** The sub-bidang number within the bidang. */
  public int subBidang() {
    return subBidang;
  }

  /** The kegiatan number within the sub-bidang. */
  public int kegiatan() {
    return kegiatan;
  }

  /** The bidang part, e.g. {@code 02}. */
  public String bidangCode() {
    return text.substring(0, 2);
  }

  /** The bidang and sub-bidang part, e.g. {@code 02.03}. */
  public String subBidangCode() {
    return text.substring(0, 5);
  }

  /** True when this code is {@code prefix} or lies under it ({@code 02}, {@code 02.03} or a full code). */
  public boolean startsWith(String prefix) {
    return toString().startsWith(prefix)
        && (prefix.length() == 8 || toString().charAt(prefix.length()) == '.');
  }

  @Override
  public int compareTo(KegiatanCode o) {
    int c = Integer.compare(bidang, o.bidang);
    if (c == 0) {
      c = Integer.compare(subBidang, o.subBidang);
    }
    return c != 0 ? c : Integer.compare(kegiatan, o.kegiatan);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KegiatanCode k
        && k.bidang == bidang
        && k.subBidang == subBidang
        && k.kegiatan == kegiatan;
  }

  @Override
  public int hashCode() {
    return (bidang * 100 + subBidang) * 100 + kegiatan;
  }

  /** The code as written, e.g. {@code 02.03.10}. */
  @Override
  public String toString() {
    return text;
  }
}
