package id.smartkampung.monitoring.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import id.smartkampung.core.code.KegiatanCode;
import id.smartkampung.core.ledger.book.PanjarBook;
import id.smartkampung.core.money.Idr;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;

/**
 * Money drawn for a project beyond what was paid and accounted for, and what rightly offsets it —
 * <i>posisi dana di luar realisasi</i>:
 *
 * <ul>
 *   <li>{@code outstandingPanjar}: panjar (SPP UM) drawn for the project's kegiatan and not yet
 *       accounted for by SPJ — the classic <i>dana ditarik di muka</i>, invisible in realisation
 *       (read from core's panjar book with {@link #outstandingPanjar(PanjarBook, KegiatanCode,
 *       LocalDate)}; monitoring never changes core);
 *   <li>{@code advancePaid} and {@code advanceRecovered}: a contractor's advance (<i>uang muka</i>)
 *       and what the termin payments have recovered of it so far; the unrecovered rest is normal, not
 *       spending ahead (counted up to {@code MonitoringThresholds.advanceLimit} of the BAC);
 *   <li>{@code materials}: materials delivered to the site, with their photo.
 * </ul>
 *
 * @param outstandingPanjar panjar not yet accounted for at the assessment; never negative
 * @param advancePaid the advance paid to the contractor, part of AC; never negative
 * @param advanceRecovered the advance recovered by deductions from termin payments; 0 … advancePaid
 * @param materials materials delivered to site; never null
 */
public record FundsDrawn(Money outstandingPanjar, Money advancePaid, Money advanceRecovered, ImmutableList<MaterialDelivery> materials) {
  private static final FundsDrawn NONE = new FundsDrawn(Idr.ZERO, Idr.ZERO, Idr.ZERO, ImmutableList.of());

  public FundsDrawn {
    requireNonNull(outstandingPanjar, "outstandingPanjar");
    requireNonNull(advancePaid, "advancePaid");
    requireNonNull(advanceRecovered, "advanceRecovered");
    requireNonNull(materials, "materials");
    checkArgument(Idr.toSen(outstandingPanjar) >= 0, "outstanding panjar %s is negative", Idr.format(outstandingPanjar));
    checkArgument(Idr.toSen(advanceRecovered) >= 0 && Idr.toSen(advanceRecovered) <= Idr.toSen(advancePaid),
        "advance recovered %s lies outside 0..advance paid %s", Idr.format(advanceRecovered), Idr.format(advancePaid));
  }

  /** Nothing drawn beyond AC, no advance, no materials. */
  public static FundsDrawn none() {
    return NONE;
  }

  /** With outstanding panjar. */
  public FundsDrawn withOutstandingPanjar(Money panjar) {
    return new FundsDrawn(panjar, advancePaid, advanceRecovered, materials);
  }

  /** With a contractor's advance and what has been recovered of it. */
  public FundsDrawn withAdvance(Money paid, Money recovered) {
    return new FundsDrawn(outstandingPanjar, paid, recovered, materials);
  }

  /** With materials delivered to site. */
  public FundsDrawn withMaterials(List<MaterialDelivery> delivered) {
    return new FundsDrawn(outstandingPanjar, advancePaid, advanceRecovered, ImmutableList.copyOf(delivered));
  }

  /** The advance not yet recovered, in sen. */
  long advanceUnrecoveredSen() {
    return Idr.toSen(advancePaid) - Idr.toSen(advanceRecovered);
  }

  /** The value of the materials delivered on or before {@code date}, in sen. */
  long materialsOnSiteSen(LocalDate date) {
    long sum = 0;
    for (MaterialDelivery m : materials) {
      if (!m.date().isAfter(date)) {
        sum += Idr.toSen(m.value());
      }
    }
    return sum;
  }

  /**
   * The panjar of {@code kegiatan} outstanding at {@code asOf} in core's panjar book: advanced on or
   * before the date and not accounted for by then (still outstanding, or settled after the date);
   * reversed advances are not counted.
   */
  public static Money outstandingPanjar(PanjarBook book, KegiatanCode kegiatan, LocalDate asOf) {
    requireNonNull(book, "book");
    requireNonNull(kegiatan, "kegiatan");
    requireNonNull(asOf, "asOf");
    long sen = 0;
    for (PanjarBook.Line l : book.lines()) {
      if (!l.item().kegiatan().equals(kegiatan) || l.paidOn().isAfter(asOf)) {
        continue;
      }
      boolean open = l.status() == PanjarBook.Status.OUTSTANDING
          || (l.status() == PanjarBook.Status.SETTLED && l.settledOn() != null && l.settledOn().isAfter(asOf));
      if (open) {
        sen += Idr.toSen(l.advance());
      }
    }
    return Idr.ofSen(sen);
  }
}
