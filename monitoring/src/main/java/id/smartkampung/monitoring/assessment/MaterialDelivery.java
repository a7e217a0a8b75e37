package id.smartkampung.monitoring.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.money.Idr;
import id.smartkampung.monitoring.evidence.Evidence;
import java.time.LocalDate;
import org.javamoney.moneta.Money;

/**
 * Materials delivered to the site and not yet built in — <i>material on site</i> — paid for, with
 * the photo that shows them there. Counted against spending ahead of the work from the day of
 * delivery.
 *
 * @param date the day of delivery; never null
 * @param description what was delivered, e.g. "semen 200 sak"; never blank
 * @param value its value, IDR; positive
 * @param evidence the photo of the materials on site; never null
 */
public record MaterialDelivery(LocalDate date, String description, Money value, Evidence evidence) {
  public MaterialDelivery {
    requireNonNull(date, "date");
    requireNonNull(description, "description");
    requireNonNull(value, "value");
    requireNonNull(evidence, "evidence");
    checkArgument(!description.isBlank(), "a delivery says what was delivered");
    checkArgument(Idr.toSen(value) > 0, "materials on site (%s) have a positive value, got %s", description, Idr.format(value));
  }
}
