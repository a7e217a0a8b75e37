package id.smartkampung.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.rule.Finding;
import id.smartkampung.core.rule.Rule;
import id.smartkampung.core.testkit.BudgetArbitraries;
import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;

/** Properties of the rupiah (I1): sen conversions are exact, a third decimal is always refused. */
class IdrProperties {

  @Property
  void senRoundTripsThroughMoney(@ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long sen) {
    Money m = Idr.ofSen(sen);
    assertEquals(sen, Idr.toSen(m));
    assertTrue(Idr.isIdr(m) && Idr.isExactToSen(m));
    assertEquals(0, new BigDecimal(Idr.formatSen(sen)).compareTo(BigDecimal.valueOf(sen, 2)));
    assertEquals(Idr.formatSen(sen), Idr.format(m));
  }

  @Property
  void generatedAmountsAreExactNonNegativeRupiahAndRoundTrip(@ForAll("amounts") Money m) {
    assertTrue(Idr.isIdr(m) && Idr.isExactToSen(m) && !m.isNegative());
    assertTrue(Idr.check(m, Idr.Sign.NOT_NEGATIVE, "$").isEmpty());
    assertTrue(Idr.ofSen(Idr.toSen(m)).isEqualTo(m));
    assertTrue(Idr.parse(Idr.format(m)).isEqualTo(m), () -> Idr.format(m));
    assertTrue(Idr.format(m).matches("[0-9]+\\.[0-9]{2}"), () -> Idr.format(m));
  }

  @Provide
  Arbitrary<Money> amounts() {
    return BudgetArbitraries.amounts();
  }

  @Property
  void aThirdDecimalIsAlwaysRefused(
      @ForAll @LongRange(min = -99_999_999_999L, max = 99_999_999_999L) long sen, @ForAll @IntRange(min = 1, max = 9) int thousandth) {
    BigDecimal n = BigDecimal.valueOf(sen, 2).add(BigDecimal.valueOf(sen < 0 ? -thousandth : thousandth, 3));
    Money m = Idr.of(n);
    Optional<Finding> f = Idr.check(m, Idr.Sign.NOT_NEGATIVE, "$.lines[0].amount");
    assertEquals(Rule.AMOUNT_PRECISION, f.orElseThrow().rule());
    assertEquals("$.lines[0].amount", f.get().path());
    assertTrue(f.get().message().contains(n.toPlainString()), f.get()::message);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idr.toSen(m));
    assertTrue(e.getMessage().contains("more than 2 decimals"), e::getMessage);
  }

  @Property
  void checkSeparatesSignsAsDocumented(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long sen) {
    Money m = Idr.ofSen(sen);
    Optional<Finding> budgetLine = Idr.check(m, Idr.Sign.NOT_NEGATIVE, "p");
    Optional<Finding> payment = Idr.check(m, Idr.Sign.POSITIVE, "p");
    assertEquals(sen < 0 ? Optional.of(Rule.AMOUNT_NEGATIVE) : Optional.empty(), budgetLine.map(Finding::rule));
    assertEquals(sen <= 0 ? Optional.of(Rule.AMOUNT_NOT_POSITIVE) : Optional.empty(), payment.map(Finding::rule));
  }

  /**
   * {@link Idr#parseDecimal} reads exactly the plain decimals {@code -?[0-9]+(\.[0-9]+)?} (its scan
   * replaced a regular expression on the replay path: the two must agree on every text), and refuses
   * every other text naming it.
   */
  @Property(tries = 2000)
  void parseDecimalAcceptsExactlyPlainDecimals(@ForAll("decimalLike") String text) {
    boolean plain = text.matches("-?[0-9]+(\\.[0-9]+)?");
    int dot = text.indexOf('.');
    boolean fits = text.length() <= 1 + Idr.MAX_INTEGER_DIGITS + 1 + Idr.MAX_FRACTION_DIGITS
        && (dot < 0 ? text.length() : dot) - (text.startsWith("-") ? 1 : 0) <= Idr.MAX_INTEGER_DIGITS
        && (dot < 0 ? 0 : text.length() - dot - 1) <= Idr.MAX_FRACTION_DIGITS;
    if (plain && fits) {
      assertEquals(new BigDecimal(text), Idr.parseDecimal(text));
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idr.parseDecimal(text));
      assertTrue(e.getMessage().contains(text.length() > 40 ? text.substring(0, 40) : text), e::getMessage);
    }
  }

  @Provide
  Arbitrary<String> decimalLike() {
    Arbitrary<String> noise = net.jqwik.api.Arbitraries.strings().withChars("-0123456789.+e ,\u0661").ofMinLength(0).ofMaxLength(45);
    Arbitrary<String> plain = net.jqwik.api.Combinators.combine(
            net.jqwik.api.Arbitraries.of("", "-"),
            net.jqwik.api.Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(26),
            net.jqwik.api.Arbitraries.of("", ".", "."),
            net.jqwik.api.Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(18))
        .as((sign, integer, point, fraction) -> sign + integer + point + fraction);
    return net.jqwik.api.Arbitraries.oneOf(noise, plain);
  }
}
