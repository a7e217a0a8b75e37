package id.smartkampung.core.tax;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.money.Idr;
import java.time.LocalDate;
import org.javamoney.moneta.Money;

/**
 * One deposit to the state treasury — <i>setoran pajak</i> with its billing code and NTPN (<i>nomor
 * transaksi penerimaan negara</i>): one levy, one tax period, covering any number of withholdings of
 * that period, in full or in part.
 *
 * @param id the deposit's id
 * @param period the levy and tax period it covers
 * @param date the deposit date
 * @param amount the amount, positive, whole rupiah
 * @param ntpn the NTPN printed on the receipt
 */
public record TaxDeposit(String id, TaxPeriod period, LocalDate date, Money amount, String ntpn) {
  /** Checks the amount is a positive whole-rupiah IDR amount and the NTPN is given. */
  public TaxDeposit {
    requireNonNull(id, "id");
    requireNonNull(period, "period");
    requireNonNull(date, "date");
    requireNonNull(amount, "amount");
    requireNonNull(ntpn, "ntpn");
    checkArgument(Idr.isIdr(amount) && amount.isPositive(), "deposit %s: amount %s must be a positive IDR amount", id, amount);
    checkArgument(amount.getNumberStripped().stripTrailingZeros().scale() <= 0, "deposit %s: amount %s is not whole rupiah", id, amount);
    checkArgument(!ntpn.isBlank(), "deposit %s: the NTPN is required", id);
    checkArgument(!date.isBefore(period.month().atDay(1)), "deposit %s on %s is before its tax period %s", id, date, period);
  }
}
