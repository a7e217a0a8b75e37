package id.smartkampung.monitoring.project;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import id.smartkampung.core.money.Idr;
import java.time.LocalDate;
import org.javamoney.moneta.Money;

/**
 * The continuation of unfinished work into the next fiscal year — <i>kegiatan lanjutan</i> through a
 * <i>DPAL (Dokumen Pelaksanaan Anggaran Lanjutan)</i>, "the document of the activity, budget and
 * drawing plan of a continued activity funded from the previous year's SiLPA" (Permendagri 20/2018
 * ps 1 angka 28). The project stays the same project: its id, plan, reports and cumulative progress
 * carry over; from the DPAL's date the year it must finish in is {@link #year()}, and what was paid
 * for it in earlier years ({@link #realisedBefore()}) counts in its actual cost, since the new year's
 * books only hold the new year's payments.
 *
 * @param year the fiscal year the work continues in
 * @param date the day the DPAL is established; from this day the project is judged against 31
 *     December of {@link #year()}
 * @param document the DPAL's number; never blank
 * @param realisedBefore what was paid for the project in the earlier year(s), IDR exact, never
 *     negative
 */
@Api(Api.Status.EXPERIMENTAL)
public record Dpal(int year, LocalDate date, String document, Money realisedBefore) {
  public Dpal {
    requireNonNull(date, "date");
    requireNonNull(document, "document");
    requireNonNull(realisedBefore, "realisedBefore");
    checkArgument(!document.isBlank(), "a DPAL names its document");
    checkArgument(Idr.toSen(realisedBefore) >= 0, "DPAL %s: realised before %s is negative", document, Idr.format(realisedBefore));
    checkArgument(
        date.getYear() >= year - 1 && date.getYear() <= year,
        "DPAL %s dated %s: a DPAL for %s is established at the end of %s or during %s",
        document,
        date,
        year,
        year - 1,
        year);
  }

  /** A DPAL carrying the work into {@code year}. */
  public static Dpal of(int year, LocalDate date, String document, Money realisedBefore) {
    return new Dpal(year, date, document, realisedBefore);
  }
}
