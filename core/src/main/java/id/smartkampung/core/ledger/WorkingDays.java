package id.smartkampung.core.ledger;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days — <i>hari kerja</i>: Monday to Friday. National holidays (<i>hari libur nasional</i>,
 * set each year by SKB) are not modelled, so a due date may come a holiday too early: the panjar
 * book errs on the side of reporting an advance as overdue.
 */
final class WorkingDays {
  private WorkingDays() {}

  /** The date {@code n} working days after {@code from} (not counting {@code from} itself). */
  static LocalDate plus(LocalDate from, int n) {
    LocalDate d = from;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}
