package id.smartkampung.core.code;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import id.smartkampung.core.Api;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An account code — <i>kode rekening</i> — of the village chart of accounts (Permendagri 20/2018),
 * at one of four levels: Akun ({@code 5}), Kelompok ({@code 5.2}), Jenis ({@code 5.2.1}) or Objek
 * ({@code 5.2.1.01}).
 *
 * <p>A value: well-formed by construction, compared by its digits. Whether a code is <em>known</em>
 * is a question for {@link ReferenceData}, so that a budget holding an unknown but well-formed code
 * can still be built and validated with all its findings at once.
 */
@Api(Api.Status.STABLE)
@Immutable
public final class AccountCode implements Comparable<AccountCode> {
  /** The level of an account code. */
  public enum Level {
    /** Akun: 4 Pendapatan, 5 Belanja, 6 Pembiayaan, 7 Non-anggaran. */
    AKUN,
    /** Kelompok, e.g. 4.2 Transfer. */
    KELOMPOK,
    /** Jenis, e.g. 4.2.1 Dana Desa. */
    JENIS,
    /** Objek, e.g. 4.2.1.01; objek 90–99 are "lain-lain". */
    OBJEK
  }

  private static final Pattern FORMAT =
      Pattern.compile("([1-9])(?:\\.([0-9])(?:\\.([0-9])(?:\\.([0-9]{2}))?)?)?");

  private final int akun;
  private final int kelompok;
  private final int jenis;
  private final int objek;

  private AccountCode(int akun, int kelompok, int jenis, int objek) {
    this.akun = akun;
    this.kelompok = kelompok;
    this.jenis = jenis;
    this.objek = objek;
  }

  /**
   * Parses a code such as {@code 4.2.1.01}.
   *
   * @throws IllegalArgumentException saying what is malformed
   */
  public static AccountCode parse(String text) {
    requireNonNull(text, "account code");
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "account code '" + text + "' is malformed: expected Akun[.Kelompok[.Jenis[.Objek]]] like 4.2.1.01");
    }
    int k = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int j = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    int o = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    if ((m.group(2) != null && k == 0) || (m.group(3) != null && j == 0) || (m.group(4) != null && o == 0)) {
      throw new IllegalArgumentException(
          "account code '" + text + "' is malformed: no level of a code is numbered 0");
    }
    return new AccountCode(Integer.parseInt(m.group(1)), k, j, o);
  }

  /** The level of this code. */
  public Level level() {
    if (objek != 0) {
      return Level.OBJEK;
    }
    if (jenis != 0) {
      return Level.JENIS;
    }
    return kelompok != 0 ? Level.KELOMPOK : Level.AKUN;
  }

  /** The akun digit (4, 5, 6, 7). */
  public int akun() {
    return akun;
  }

  /** The kelompok digit, 0 at akun level. */
  public int kelompok() {
    return kelompok;
  }

  /** The jenis digit, 0 above jenis level. */
  public int jenis() {
    return jenis;
  }

  /** The objek number, 0 above objek level. */
  public int objek() {
    return objek;
  }

  /** This code cut to the given level (which must not be below this code's level). */
  public AccountCode truncatedTo(Level target) {
    if (target.compareTo(level()) > 0) {
      throw new IllegalArgumentException(this + " has no " + target + " level");
    }
    return new AccountCode(
        akun,
        target.compareTo(Level.KELOMPOK) >= 0 ? kelompok : 0,
        target.compareTo(Level.JENIS) >= 0 ? jenis : 0,
        target == Level.OBJEK ? objek : 0);
  }

  /** True when {@code prefix} is this code or one of its ancestors. */
  public boolean startsWith(AccountCode prefix) {
    Level l = prefix.level();
    return l.compareTo(level()) <= 0 && truncatedTo(l).equals(prefix);
  }

  /** True for revenue (4, Pendapatan). */
  public boolean isPendapatan() {
    return akun == 4;
  }

  /** True for expenditure (5, Belanja). */
  public boolean isBelanja() {
    return akun == 5;
  }

  /** True for financing receipts (6.1, penerimaan pembiayaan). */
  public boolean isPenerimaanPembiayaan() {
    return akun == 6 && kelompok == 1;
  }

  /** True for financing expenditures (6.2, pengeluaran pembiayaan). */
  public boolean isPengeluaranPembiayaan() {
    return akun == 6 && kelompok == 2;
  }

  @Override
  public int compareTo(AccountCode o) {
    int c = Integer.compare(akun, o.akun);
    if (c == 0) {
      c = Integer.compare(kelompok, o.kelompok);
    }
    if (c == 0) {
      c = Integer.compare(jenis, o.jenis);
    }
    return c != 0 ? c : Integer.compare(objek, o.objek);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountCode a
        && a.akun == akun
        && a.kelompok == kelompok
        && a.jenis == jenis
        && a.objek == objek;
  }

  @Override
  public int hashCode() {
    return ((akun * 10 + kelompok) * 10 + jenis) * 100 + objek;
  }

  /** The code as written, e.g. {@code 4.2.1.01}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(akun);
    if (kelompok != 0) {
      sb.append('.').append(kelompok);
    }
    if (jenis != 0) {
      sb.append('.').append(jenis);
    }
    if (objek != 0) {
      sb.append('.').append(objek < 10 ? "0" : "").append(objek);
    }
    return sb.toString();
  }
}
