package id.smartkampung.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.smartkampung.core.rule.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples of the rupiah rule (I1): IDR, exact to the sen (ISO 4217: 2 decimals), never floating point. */
class IdrTest {

  @Test
  void formatAlwaysShowsTwoDecimalsInPlainNotation() {
    assertEquals("1500000.00", Idr.format(Idr.of(1_500_000L)));
    assertEquals("52200000.00", Idr.format(Idr.parse("52200000")));
    assertEquals("0.50", Idr.format(Idr.parse("0.5")));
    assertEquals("-12.34", Idr.formatSen(-1234));
    assertEquals("1000000000000.00", Idr.format(Idr.of(new BigDecimal("1E+12"))), "no exponent even for a stripped number");
  }

  @Test
  void parseAcceptsPlainDecimals() {
    assertTrue(Idr.parse("1500000.00").isEqualTo(Idr.of(1_500_000L)));
    assertEquals(150_000_000L, Idr.toSen(Idr.parse("1500000")));
    assertTrue(Idr.parse("-5").isNegative(), "the sign is the validator's business, not the parser's");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5e3", "1.5E3", "1,500,000", "1.500.000", "+5", " 5", "5 ", "", "Rp5", "5.", ".5", "NaN", "Infinity", "0x10"})
  void parseRejectsAnythingButAPlainDecimal(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idr.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e::getMessage);
  }

  @Test
  void checkRejectsAThirdDecimalButNotTrailingZeros() {
    assertEquals(Rule.AMOUNT_PRECISION, Idr.check(Idr.parse("1500000.005"), Idr.Sign.NOT_NEGATIVE, "$.x").orElseThrow().rule());
    assertTrue(Idr.check(Idr.parse("1500000.000"), Idr.Sign.NOT_NEGATIVE, "$.x").isEmpty());
    assertTrue(Idr.check(Idr.parse("0.01"), Idr.Sign.POSITIVE, "$.x").isEmpty());
  }

  @Test
  void checkSignsAndCurrency() {
    assertTrue(Idr.check(Idr.ZERO, Idr.Sign.NOT_NEGATIVE, "$").isEmpty(), "a zero budget line is real");
    assertEquals(Rule.AMOUNT_NOT_POSITIVE, Idr.check(Idr.ZERO, Idr.Sign.POSITIVE, "$").orElseThrow().rule());
    assertEquals(Rule.AMOUNT_NEGATIVE, Idr.check(Idr.ofSen(-1), Idr.Sign.NOT_NEGATIVE, "$").orElseThrow().rule());
    assertEquals(Rule.AMOUNT_CURRENCY, Idr.check(Money.of(10, "USD"), Idr.Sign.POSITIVE, "$").orElseThrow().rule());
  }

  @Test
  void toSenRefusesWhatItCannotConvertExactly() {
    assertEquals(150_000_050L, Idr.toSen(Idr.parse("1500000.50")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idr.toSen(Idr.parse("0.001")));
    assertTrue(e.getMessage().contains("0.001"), e::getMessage);
    assertThrows(IllegalArgumentException.class, () -> Idr.toSen(Money.of(1, "USD")));
    assertThrows(ArithmeticException.class, () -> Idr.toSen(Idr.of(new BigDecimal("1E+20"))));
  }

  @Test
  void aNationalTotalBeyondFastMoneyStillConvertsExactly() {
    // 75 000 villages x Rp2 billion = Rp150 trillion, above FastMoney's ~92 trillion
    Money national = Idr.of(new BigDecimal("150000000000000.01"));
    assertEquals(15_000_000_000_000_001L, Idr.toSen(national));
    assertTrue(Idr.ofSen(Idr.toSen(national)).isEqualTo(national));
  }

  @Test
  void ratioRoundsHalfEvenToSixDecimalsAndIsZeroForNoBase() {
    assertEquals(new BigDecimal("0.333333"), Idr.ratio(1, 3));
    assertEquals(new BigDecimal("0.666667"), Idr.ratio(2, 3));
    assertEquals(BigDecimal.ZERO.setScale(6), Idr.ratio(5, 0));
    assertEquals(BigDecimal.valueOf(15, 2).setScale(6, RoundingMode.UNNECESSARY), Idr.ratio(150, 1000));
  }
}
