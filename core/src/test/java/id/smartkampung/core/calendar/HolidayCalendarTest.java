package id.smartkampung.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Examples of the holiday calendar (SKB 3 Menteri per year) and working days. */
class HolidayCalendarTest {
  private static final HolidayCalendar CAL = HolidayCalendar.standard();

  @Test
  void skb2026_hasSeventeenHolidaysAndEightCutiBersama() {
    // SKB Menag/Menaker/MenPANRB No. 1497/2025, 2/2025, 5/2025: 17 libur nasional, 8 cuti bersama
    var days = CAL.year(2026).orElseThrow().days().values();
    assertEquals(17, days.stream().filter(h -> h.kind() == HolidayCalendar.Kind.LIBUR_NASIONAL).count());
    assertEquals(8, days.stream().filter(h -> h.kind() == HolidayCalendar.Kind.CUTI_BERSAMA).count());
    assertFalse(CAL.isProvisional(2026));
  }

  @Test
  void skb2025_asAmended_includesCutiBersama18August() {
    // SKB No. 933/2025, 1/2025, 3/2025 amended the 2025 SKB: 18 August 2025 is cuti bersama
    assertEquals(HolidayCalendar.Kind.CUTI_BERSAMA, CAL.holiday(LocalDate.of(2025, 8, 18)).orElseThrow().kind());
    assertFalse(CAL.isWorkingDay(LocalDate.of(2025, 8, 18)));
  }

  @Test
  void idulFitri2026_panjarOfTenWorkingDaysSkipsTheHolidaysAndCutiBersama() {
    // Permendagri 20/2018: unspent panjar back within 10 working days; Idul Fitri 1447 H: 20–24 March 2026 off
    LocalDate paid = LocalDate.of(2026, 3, 16); // Monday
    // 17, 18 (cuti Nyepi), 19 (Nyepi), 20 (cuti), 23, 24 (cuti) are off or weekend except 17; working: 17, 25, 26, 27, 30, 31, 1 Apr, 2 Apr, 6 Apr (3 Apr Wafat Yesus), 7 Apr
    assertEquals(LocalDate.of(2026, 4, 7), CAL.plusWorkingDays(paid, 10));
    assertEquals(LocalDate.of(2026, 3, 30), HolidayCalendar.weekdaysOnly().plusWorkingDays(paid, 10));
  }

  @Test
  void aDueDateOnADayOffMovesToTheNextWorkingDay() {
    assertEquals(LocalDate.of(2026, 3, 25), CAL.onOrNextWorkingDay(LocalDate.of(2026, 3, 20)), "cuti bersama Idul Fitri, weekend, cuti");
    assertEquals(LocalDate.of(2026, 6, 15), CAL.onOrNextWorkingDay(LocalDate.of(2026, 6, 15)), "a working day stays");
    assertEquals(LocalDate.of(2025, 12, 29), CAL.onOrNextWorkingDay(LocalDate.of(2025, 12, 25)), "Natal, cuti bersama, weekend");
  }

  @Test
  void year2027IsProvisionalWithOnlyItsFixedDateHolidays() {
    assertTrue(CAL.isProvisional(2027));
    assertTrue(CAL.year(2027).orElseThrow().source().startsWith("PROVISIONAL"));
    assertFalse(CAL.isWorkingDay(LocalDate.of(2027, 8, 17)));
    assertTrue(CAL.isProvisional(2030), "an uncovered year is provisional");
    assertFalse(CAL.covers(2030));
  }

  @Test
  void aBadCalendarFileIsRefusedNamingThePlace() {
    String json = "{\"years\":[{\"year\":2026,\"provisional\":false,\"source\":\"SKB\",\"days\":[{\"date\":\"2025-01-01\",\"kind\":\"LIBUR_NASIONAL\",\"name\":\"x\"}]}]}";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("$.years[0].days[0].date 2025-01-01 is not in year 2026"), e.getMessage());
  }
}
