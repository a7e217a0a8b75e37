package id.smartkampung.core.ledger.book;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.Api;
import id.smartkampung.core.ledger.OperationId;
import id.smartkampung.core.policy.PolicyPack.TaxType;
import java.time.LocalDate;
import org.javamoney.moneta.Money;

/**
 * The tax book — <i>buku pembantu pajak</i>: per LS payment and tax, what was withheld, what was
 * deposited (each deposit traced to its withholding) and what is still owed, with the deposit
 * deadline (the policy pack's day of the next month, PMK 81/2024) and whether it has passed, as of a
 * date. An immutable value.
 *
 * @param asOf the date of the book
 * @param lines one per withholding, in payment order
 * @param withheld total withheld
 * @param deposited total deposited
 * @param owed total still owed (withheld − deposited, never negative)
 * @param overdue the part of {@code owed} past its deadline
 */
@Api(Api.Status.STABLE)
public record TaxBook(LocalDate asOf, ImmutableList<Line> lines, Money withheld, Money deposited, Money owed, Money overdue) {
  public TaxBook {
    requireNonNull(asOf, "asOf");
    requireNonNull(lines, "lines");
    requireNonNull(withheld, "withheld");
    requireNonNull(deposited, "deposited");
    requireNonNull(owed, "owed");
    requireNonNull(overdue, "overdue");
  }

  /**
   * One withholding.
   *
   * @param spp the paid SPP
   * @param tax the tax
   * @param paidOn the payment date
   * @param due the deposit deadline
   * @param withheld withheld on payment (zero once the payment is reversed)
   * @param deposited deposited so far
   * @param owed withheld − deposited
   * @param overdue true when something is owed after the deadline
   * @param deposits the deposits of this withholding
   */
  public record Line(
      OperationId spp, TaxType tax, LocalDate paidOn, LocalDate due, Money withheld, Money deposited, Money owed, boolean overdue, ImmutableList<Deposit> deposits) {
    public Line {
      requireNonNull(spp, "spp");
      requireNonNull(tax, "tax");
      requireNonNull(paidOn, "paidOn");
      requireNonNull(due, "due");
      requireNonNull(withheld, "withheld");
      requireNonNull(deposited, "deposited");
      requireNonNull(owed, "owed");
      requireNonNull(deposits, "deposits");
    }
  }

  /**
   * One deposit (<i>setoran</i>) with its NTPN.
   *
   * @param id the deposit operation
   * @param date the deposit date
   * @param amount the amount
   * @param ntpn the state revenue transaction number
   * @param late true when made after the deadline
   */
  public record Deposit(OperationId id, LocalDate date, Money amount, String ntpn, boolean late) {
    public Deposit {
      requireNonNull(id, "id");
      requireNonNull(date, "date");
      requireNonNull(amount, "amount");
      requireNonNull(ntpn, "ntpn");
    }
  }
}
