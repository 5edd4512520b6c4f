package dev.upsim.workloads.schedule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Test helpers: the firings of a schedule inside a window, and the field values they show. */
final class CronFirings {

  private CronFirings() {}

  /** Every firing of {@code spec} strictly after {@code from} and not after {@code to}. */
  static List<Instant> between(CronSchedule schedule, String from, String to) {
    List<Instant> firings = new ArrayList<>();
    Instant end = Instant.parse(to);
    for (Instant t = schedule.nextAfter(Instant.parse(from));
        !t.isAfter(end);
        t = schedule.nextAfter(t)) {
      firings.add(t);
    }
    return firings;
  }

  /** The first {@code count} firings of {@code schedule} after {@code from}. */
  static List<Instant> first(CronSchedule schedule, String from, int count) {
    List<Instant> firings = new ArrayList<>();
    Instant t = Instant.parse(from);
    while (firings.size() < count) {
      t = schedule.nextAfter(t);
      firings.add(t);
    }
    return firings;
  }

  /** The distinct values of {@code field} among the firings of {@code spec} in the window. */
  static List<Integer> values(
      String spec, String jobKey, ChronoField field, String from, String to) {
    TreeSet<Integer> values = new TreeSet<>();
    for (Instant firing : between(CronSchedule.parse(spec, jobKey), from, to)) {
      int value = ZonedDateTime.ofInstant(firing, ZoneOffset.UTC).get(field);
      values.add(field == ChronoField.DAY_OF_WEEK ? value % 7 : value);
    }
    return List.copyOf(values);
  }

  /** The minutes at which a minute field fires during one hour. */
  static List<Integer> minutes(String minuteField, String jobKey) {
    return values(
        minuteField + " 0 1 1 *",
        jobKey,
        ChronoField.MINUTE_OF_HOUR,
        "2023-12-31T23:59:59Z",
        "2024-01-01T00:59:00Z");
  }

  /** The hours at which an hour field fires during one day. */
  static List<Integer> hours(String hourField, String jobKey) {
    return values(
        "0 " + hourField + " 1 1 *",
        jobKey,
        ChronoField.HOUR_OF_DAY,
        "2023-12-31T23:59:59Z",
        "2024-01-01T23:59:00Z");
  }

  /** The days of January 2024 on which a day-of-month field fires. */
  static List<Integer> daysOfMonth(String dayField, String jobKey) {
    return values(
        "0 0 " + dayField + " 1 *",
        jobKey,
        ChronoField.DAY_OF_MONTH,
        "2023-12-31T23:59:59Z",
        "2024-01-31T23:59:00Z");
  }

  /** The months of 2024 in which a month field fires. */
  static List<Integer> months(String monthField, String jobKey) {
    return values(
        "0 0 1 " + monthField + " *",
        jobKey,
        ChronoField.MONTH_OF_YEAR,
        "2023-12-31T23:59:59Z",
        "2024-12-31T23:59:00Z");
  }

  /** The weekdays (0 = Sunday) of January 2024 on which a day-of-week field fires. */
  static List<Integer> weekdays(String weekdayField, String jobKey) {
    return values(
        "0 0 * 1 " + weekdayField,
        jobKey,
        ChronoField.DAY_OF_WEEK,
        "2023-12-31T23:59:59Z",
        "2024-01-31T23:59:00Z");
  }
}
