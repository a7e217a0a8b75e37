package id.smartkampung.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.testkit.BudgetArbitraries;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the codes (I2): account, kegiatan and fund source codes print as they parse, the
 * generators give only known codes, and anything not of the documented shape is rejected with a
 * message naming it. The shapes are restated here as independent regular expressions.
 */
class CodeProperties {
  /** Akun[.Kelompok[.Jenis[.Objek]]]; no level numbered 0; objek two digits. */
  private static final Pattern ACCOUNT = Pattern.compile("[1-9](\\.[1-9](\\.[1-9](\\.(0[1-9]|[1-9][0-9]))?)?)?");
  /** BB.SS.KK, each 01-99. */
  private static final Pattern KEGIATAN = Pattern.compile("(0[1-9]|[1-9][0-9])\\.(0[1-9]|[1-9][0-9])\\.(0[1-9]|[1-9][0-9])");
  /** 2-8 capitals or digits, starting with a capital. */
  private static final Pattern FUND_SOURCE = Pattern.compile("[A-Z][A-Z0-9]{1,7}");

  @Property
  void anAccountCodeParsesBackFromItsText(@ForAll("accounts") AccountCode code) {
    Statistics.label("level").collect(code.level());
    AccountCode again = AccountCode.parse(code.toString());
    assertEquals(code, again);
    assertEquals(code.hashCode(), again.hashCode());
    assertEquals(code.level(), again.level());
    assertTrue(ACCOUNT.matcher(code.toString()).matches(), code::toString);
    assertTrue(ReferenceData.standard().isKnown(code), code::toString);
  }

  @Property
  void anAccountCodeStartsWithEachOfItsAncestors(@ForAll("accounts") AccountCode code) {
    for (AccountCode.Level l : AccountCode.Level.values()) {
      if (l.compareTo(code.level()) <= 0) {
        AccountCode ancestor = code.truncatedTo(l);
        assertTrue(code.startsWith(ancestor));
        assertTrue(code.toString().startsWith(ancestor.toString()));
        assertEquals(l, ancestor.level());
      }
    }
  }

  @Provide
  Arbitrary<AccountCode> accounts() {
    return BudgetArbitraries.accountCodes();
  }

  @Property
  void aStringIsAnAccountCodeExactlyWhenItHasTheDocumentedShape(@ForAll("codeLike") String text) {
    boolean wellFormed = ACCOUNT.matcher(text).matches();
    Statistics.label("well-formed").collect(wellFormed);
    if (wellFormed) {
      assertEquals(text, AccountCode.parse(text).toString());
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AccountCode.parse(text));
      assertTrue(e.getMessage().contains("'" + text + "'") && e.getMessage().contains("malformed"), e::getMessage);
    }
  }

  @Property
  void aStringIsAKegiatanCodeExactlyWhenItHasTheDocumentedShape(@ForAll("kegiatanLike") String text) {
    boolean wellFormed = KEGIATAN.matcher(text).matches();
    Statistics.label("well-formed").collect(wellFormed);
    if (wellFormed) {
      assertEquals(text, KegiatanCode.parse(text).toString());
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KegiatanCode.parse(text));
      assertTrue(e.getMessage().contains("'" + text + "'") && e.getMessage().contains("malformed"), e::getMessage);
    }
  }

  /** A code's text (kept from parsing) is its three numbers written {@code %02d.%02d.%02d}, its parts their prefixes. */
  @Property
  void aKegiatanCodesTextIsItsNumbersInTwoDigitsEach(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 99) int b,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 99) int s,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 99) int k) {
    KegiatanCode c = KegiatanCode.of(b, s, k);
    assertEquals(String.format(java.util.Locale.ROOT, "%02d.%02d.%02d", b, s, k), c.toString());
    assertEquals(String.format(java.util.Locale.ROOT, "%02d", b), c.bidangCode());
    assertEquals(String.format(java.util.Locale.ROOT, "%02d.%02d", b, s), c.subBidangCode());
  }

  @Property
  void aStringIsAFundSourceExactlyWhenItHasTheDocumentedShape(@ForAll("sourceLike") String text) {
    boolean wellFormed = FUND_SOURCE.matcher(text).matches();
    Statistics.label("well-formed").collect(wellFormed);
    if (wellFormed) {
      assertEquals(text, FundSource.parse(text).code());
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FundSource.parse(text));
      assertTrue(e.getMessage().contains("'" + text + "'") && e.getMessage().contains("malformed"), e::getMessage);
    }
  }

  @Provide
  Arbitrary<String> codeLike() {
    Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789.").ofMaxLength(10);
    Arbitrary<String> near =
        Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(2).list().ofMinSize(1).ofMaxSize(5).map(l -> String.join(".", l));
    Arbitrary<String> odd = Arbitraries.of("", " 4.2", "4.2 ", "4,2,1", "a.b", "4.2.1.1", "4.2.1.001", "-4", "4..1", "4.2.1.01.", "４.2");
    return Arbitraries.oneOf(noise, near, odd, BudgetArbitraries.accountCodes().map(AccountCode::toString));
  }

  @Provide
  Arbitrary<String> kegiatanLike() {
    Arbitrary<String> near =
        Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(3).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(".", l));
    Arbitrary<String> odd = Arbitraries.of("", "02.03.10 ", "2.3.10", "02-03-10", "02.03", "00.01.01", "02.03.1a");
    return Arbitraries.oneOf(near, odd, BudgetArbitraries.kegiatanCodes().map(KegiatanCode::toString));
  }

  @Provide
  Arbitrary<String> sourceLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ABDSZ09a -").ofMaxLength(10),
        Arbitraries.of("", "D", "dds", "DDS ", "1DD", "ABCDEFGHI"),
        BudgetArbitraries.fundSources().map(FundSource::code));
  }

  @Property
  void generatedKegiatanCodesAndFundSourcesAreKnownAndParseBack(
      @ForAll("kegiatan") KegiatanCode k, @ForAll("sources") FundSource f) {
    assertEquals(k, KegiatanCode.parse(k.toString()));
    assertEquals(k, KegiatanCode.of(k.bidang(), k.subBidang(), k.kegiatan()));
    assertTrue(ReferenceData.standard().isKnown(k), k::toString);
    assertTrue(k.startsWith(k.bidangCode()) && k.startsWith(k.subBidangCode()) && k.startsWith(k.toString()));
    assertEquals(f, FundSource.parse(f.code()));
    assertTrue(ReferenceData.standard().isKnown(f), f::toString);
  }

  @Provide
  Arbitrary<KegiatanCode> kegiatan() {
    return BudgetArbitraries.kegiatanCodes();
  }

  @Provide
  Arbitrary<FundSource> sources() {
    return BudgetArbitraries.fundSources();
  }
}
