package id.smartkampung.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.smartkampung.core.money.Idr;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import javax.money.MonetaryContextBuilder;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;

/**
 * A lined SPP's line amount is handed to the tax rules as {@code Idr.ofSen(sen)} would make it
 * ({@link LedgerState#ofSen}): whatever form the amount came in (made from sen, from rupiah with any
 * number of decimals, parsed from a journal, in another context), what the tax rules get is the same
 * number — same value and scale — currency and context as {@code Idr.ofSen(sen)}.
 */
class LineAmountProperties {
  @Property(tries = 500)
  void sameAsIdrOfSen(@ForAll @LongRange(min = 1, max = 9_000_000_000_000_000L) long sen, @ForAll @IntRange(min = 0, max = 6) int form) {
    BigDecimal rupiah = BigDecimal.valueOf(sen, 2);
    Money amount = switch (form) {
      case 0 -> Idr.ofSen(sen);
      case 1 -> Idr.of(rupiah);
      case 2 -> Idr.of(rupiah.setScale(4, RoundingMode.UNNECESSARY));
      case 3 -> Idr.of(rupiah.stripTrailingZeros());
      case 4 -> Idr.parse(rupiah.toPlainString());
      case 5 -> Idr.of(new BigDecimal(rupiah.stripTrailingZeros().toPlainString()));
      default -> Money.of(rupiah, Idr.CURRENCY, MonetaryContextBuilder.of(Money.class).set(new MathContext(40, RoundingMode.HALF_UP)).build());
    };
    Money made = Idr.ofSen(sen);
    Money given = LedgerState.ofSen(amount, sen);
    assertEquals(made.getNumber().numberValue(BigDecimal.class), given.getNumber().numberValue(BigDecimal.class)); // scale-sensitive
    assertEquals(made.getScale(), given.getScale());
    assertEquals(made.getCurrency(), given.getCurrency());
    assertEquals(made.getContext(), given.getContext());
    assertEquals(made.toString(), given.toString());
    assertEquals(made, given);
  }

  @Example
  void anAmountMadeFromSenIsHandedOnItself() {
    Money amount = Idr.ofSen(2_300_000_00L);
    assertSame(amount, LedgerState.ofSen(amount, 2_300_000_00L));
  }

  @Example
  void anAmountOfAnotherScaleIsMadeAgain() {
    Money amount = Idr.of(new BigDecimal("2300000")); // scale 0, where Idr.ofSen keeps 2.3E+6
    Money given = LedgerState.ofSen(amount, 2_300_000_00L);
    assertEquals(-5, given.getScale());
    assertEquals(Idr.ofSen(2_300_000_00L).getNumber().numberValue(BigDecimal.class), given.getNumber().numberValue(BigDecimal.class));
  }
}
