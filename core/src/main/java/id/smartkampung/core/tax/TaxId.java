package id.smartkampung.core.tax;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A payee's tax identity — <i>NPWP</i>, or a resident's <i>NIK</i> that counts as an NPWP once
 * activated (UU 7/2021, PMK 112/2022), or none. Without one, PPh 21 is 20 % higher and PPh 22 and
 * 23 are 100 % higher. Immutable; the number is kept but only shown masked in public output.
 */
public final class TaxId {
  /** The kind of tax identity. */
  public enum Kind {
    /** An NPWP (15 or 16 digits). */
    NPWP,
    /** An activated NIK used as NPWP (16 digits). */
    NIK,
    /** No tax identity. */
    NONE
  }

  private static final TaxId NONE = new TaxId(Kind.NONE, null);

  private final Kind kind;
  private final String number;

  private TaxId(Kind kind, String number) {
    this.kind = kind;
    this.number = number;
  }

  /**
   * An NPWP: 15 digits (old format) or 16; dots and dashes are ignored.
   *
   * @throws IllegalArgumentException naming the text if it is not 15 or 16 digits
   */
  public static TaxId npwp(String number) {
    String digits = digits(number);
    checkArgument(digits.length() == 15 || digits.length() == 16, "NPWP '%s' must have 15 or 16 digits", number);
    return new TaxId(Kind.NPWP, digits);
  }

  /**
   * An activated NIK used as NPWP: 16 digits.
   *
   * @throws IllegalArgumentException naming the text if it is not 16 digits
   */
  public static TaxId nik(String number) {
    String digits = digits(number);
    checkArgument(digits.length() == 16, "NIK '%s' must have 16 digits", number);
    return new TaxId(Kind.NIK, digits);
  }

  /** No tax identity. */
  public static TaxId none() {
    return NONE;
  }

  /**
   * A tax identity of this kind whose number is not recorded here but in the village's own payee
   * register: what a public record (the journal, an SPP) carries, since the taxes depend on the kind
   * only (UU 27/2022 on personal data).
   */
  public static TaxId ofKind(Kind kind) {
    requireNonNull(kind, "kind");
    return kind == Kind.NONE ? NONE : new TaxId(kind, null);
  }

  /** This identity without its number ({@link #ofKind}). */
  public TaxId withoutNumber() {
    return ofKind(kind);
  }

  private static String digits(String number) {
    requireNonNull(number, "number");
    String d = number.replaceAll("[.\\-\\s]", "");
    checkArgument(d.matches("[0-9]+"), "tax id '%s' must be digits (dots and dashes allowed)", number);
    return d;
  }

  /** The kind. */
  public Kind kind() {
    return kind;
  }

  /** True when the payee has an NPWP or an NIK that counts as one. */
  public boolean present() {
    return kind != Kind.NONE;
  }

  /** The digits; empty for {@link Kind#NONE} and for a kind without its number ({@link #ofKind}). Not for public output: use {@link #masked()}. */
  public Optional<String> number() {
    return Optional.ofNullable(number);
  }

  /** The number with all but the last four digits hidden, e.g. {@code "************3456"}; "-" for none. */
  public String masked() {
    if (number == null) {
      return kind == Kind.NONE ? "-" : "(" + kind + " di daftar penerima)";
    }
    return "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaxId t && t.kind == kind && java.util.Objects.equals(t.number, number);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind, number);
  }

  /** Kind and masked number; never the full number. */
  @Override
  public String toString() {
    return kind + " " + masked();
  }
}
