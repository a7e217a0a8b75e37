package id.smartkampung.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import id.smartkampung.core.Api;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * National holidays and cuti bersama — <i>hari libur nasional dan cuti bersama</i> — per year, as set
 * each year by the SKB of the Ministers of Religious Affairs, Manpower and Administrative Reform
 * (plus the Keppres that declare election days holidays), and the working days — <i>hari kerja</i>,
 * Monday to Friday except those days — that deadlines count (the panjar return of Permendagri 20/2018,
 * tax deposit dates moved past non-working days).
 *
 * <p>The shipped calendar ({@link #standard()}) covers 2024–2026 from the SKBs and 2027 provisionally
 * (only its fixed-date holidays: no SKB for 2027 was found); see {@link #isProvisional}. A year it
 * does not cover counts Monday to Friday only ({@link #covers} says so). A district or a later
 * release replaces the data file without code changes ({@link #parse}). Immutable and thread-safe.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class HolidayCalendar {
  private static final String RESOURCE = "hari-libur.json";
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private static final HolidayCalendar STANDARD = loadStandard();

  /** Whether a day off is a national holiday or a cuti bersama. */
  public enum Kind {
    /** <i>Hari libur nasional</i>. */
    LIBUR_NASIONAL,
    /** <i>Cuti bersama</i>, a collective leave day set with the holidays. */
    CUTI_BERSAMA
  }

  /**
   * One day off.
   *
   * @param date the day; never null
   * @param kind holiday or cuti bersama; never null
   * @param name what it is, e.g. "Idul Fitri 1447 H"; never null
   */
  public record Holiday(LocalDate date, Kind kind, String name) {
    public Holiday {
      requireNonNull(date, "date");
      requireNonNull(kind, "kind");
      requireNonNull(name, "name");
    }
  }

  /**
   * The days off of one year with their source.
   *
   * @param year the calendar year
   * @param provisional true when the year's SKB was not yet known and only part of its days are listed
   * @param source the SKB / Keppres the days come from
   * @param days the days off, by date
   */
  public record Year(int year, boolean provisional, String source, ImmutableSortedMap<LocalDate, Holiday> days) {
    public Year {
      requireNonNull(source, "source");
      requireNonNull(days, "days");
    }
  }

  private final ImmutableSortedMap<Integer, Year> years;
  private final ImmutableMap<LocalDate, Holiday> index;

  private HolidayCalendar(ImmutableSortedMap<Integer, Year> years) {
    this.years = years;
    Map<LocalDate, Holiday> all = new HashMap<>();
    years.values().forEach(y -> all.putAll(y.days()));
    this.index = ImmutableMap.copyOf(all);
  }

  /** The shipped calendar (2024–2026 from the SKBs, 2027 provisional). */
  public static HolidayCalendar standard() {
    return STANDARD;
  }

  /** A calendar that knows no holidays: working days are Monday to Friday. */
  public static HolidayCalendar weekdaysOnly() {
    return new HolidayCalendar(ImmutableSortedMap.of());
  }

  /**
   * Reads a calendar from JSON in the shape of the shipped {@code hari-libur.json}: {@code {"years":
   * [{"year": 2026, "provisional": false, "source": "SKB …", "days": [{"date": "2026-01-01", "kind":
   * "LIBUR_NASIONAL", "name": "…"}]}]}}.
   *
   * @throws IllegalArgumentException naming the JSON path of the first problem
   */
  public static HolidayCalendar parse(InputStream json) {
    Data data;
    try {
      data = MAPPER.readValue(requireNonNull(json, "json"), Data.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("holiday calendar is not valid: " + e.getOriginalMessage() + " at " + e.getLocation(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday calendar", e);
    }
    checkArgument(data.years() != null, "holiday calendar: $.years is missing");
    TreeMap<Integer, Year> years = new TreeMap<>();
    for (int i = 0; i < data.years().size(); i++) {
      YearData y = data.years().get(i);
      String path = "$.years[" + i + "]";
      checkArgument(y.source() != null && !y.source().isBlank(), "holiday calendar: %s.source names the SKB", path);
      checkArgument(y.days() != null, "holiday calendar: %s.days is missing", path);
      TreeMap<LocalDate, Holiday> days = new TreeMap<>();
      for (int j = 0; j < y.days().size(); j++) {
        DayData d = y.days().get(j);
        String at = path + ".days[" + j + "]";
        checkArgument(d.date() != null && d.kind() != null && d.name() != null, "holiday calendar: %s needs date, kind and name", at);
        LocalDate date;
        try {
          date = LocalDate.parse(d.date());
        } catch (DateTimeException e) {
          throw new IllegalArgumentException("holiday calendar: " + at + ".date '" + d.date() + "' is not a date (YYYY-MM-DD)", e);
        }
        checkArgument(date.getYear() == y.year(), "holiday calendar: %s.date %s is not in year %s", at, date, y.year());
        checkArgument(days.put(date, new Holiday(date, d.kind(), d.name())) == null, "holiday calendar: %s.date %s is listed twice", at, date);
      }
      checkArgument(years.put(y.year(), new Year(y.year(), y.provisional(), y.source(), ImmutableSortedMap.copyOf(days))) == null,
          "holiday calendar: %s.year %s is listed twice", path, y.year());
    }
    return new HolidayCalendar(ImmutableSortedMap.copyOf(years));
  }

  /** The years this calendar has data for. */
  public ImmutableSortedSet<Integer> years() {
    return years.keySet();
  }

  /** Whether the calendar has the days off of that year (else only weekends count). */
  public boolean covers(int year) {
    return years.containsKey(year);
  }

  /** Whether the year's days off are provisional (its SKB not yet known), or not covered at all. */
  public boolean isProvisional(int year) {
    Year y = years.get(year);
    return y == null || y.provisional();
  }

  /** The days off of a year, if covered. */
  public Optional<Year> year(int year) {
    return Optional.ofNullable(years.get(year));
  }

  /** The holiday or cuti bersama on that day, if any. */
  public Optional<Holiday> holiday(LocalDate date) {
    return Optional.ofNullable(index.get(requireNonNull(date, "date")));
  }

  /** True for Monday to Friday that is neither a national holiday nor a cuti bersama. */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !index.containsKey(date);
  }

  /** The date {@code n} working days after {@code from} (not counting {@code from} itself); n ≥ 0. */
  public LocalDate plusWorkingDays(LocalDate from, int n) {
    checkArgument(n >= 0, "n %s is negative", n);
    LocalDate d = requireNonNull(from, "from");
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** {@code date} if it is a working day, else the next working day: where a due date falling on a day off moves. */
  public LocalDate onOrNextWorkingDay(LocalDate date) {
    LocalDate d = requireNonNull(date, "date");
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  @Override
  public String toString() {
    return "HolidayCalendar " + years.keySet();
  }

  // ---------------------------------------------------------------- JSON shape


  private record Data(String description, List<YearData> years) {}

  private record YearData(int year, boolean provisional, String source, List<DayData> days) {}

  private record DayData(String date, Kind kind, String name) {}

  private static HolidayCalendar loadStandard() {
    try (InputStream in = HolidayCalendar.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the jar");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
