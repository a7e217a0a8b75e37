package id.smartkampung.core.ledger;

import id.smartkampung.core.calendar.HolidayCalendar;
import java.time.LocalDate;

/**
 * Working days — <i>hari kerja</i>: Monday to Friday except national holidays and cuti bersama of
 * the shipped {@link HolidayCalendar} (SKB per year). For a year the calendar does not cover only
 * weekends are skipped, so a due date may come a holiday too early: the panjar book then errs on the
 * side of reporting an advance as overdue.
 */
final class WorkingDays {
  private WorkingDays() {}

  /** The date {@code n} working days after {@code from} (not counting {@code from} itself). */
  static LocalDate plus(LocalDate from, int n) {
    return HolidayCalendar.standard().plusWorkingDays(from, n);
  }

  /** {@code date}, or the next working day if it is a day off. */
  static LocalDate onOrNext(LocalDate date) {
    return HolidayCalendar.standard().onOrNextWorkingDay(date);
  }
}
