package dev.upsim.workloads.schedule;

import java.util.List;
import java.util.Locale;

/**
 * The five fields of a cron spec, in order, with the values each accepts.
 *
 * <p>Three ranges per field: the values that may be written ({@code written}), the values that
 * {@code *} covers ({@code star}: the day of the week stops at 6, since 7 is Sunday again), and the
 * values a bare {@code H} picks from ({@code hashed}: the day of the month stops at 28 so that a
 * hashed day falls in every month).
 */
enum CronField {
  MINUTE("minute", "minutes are 0-59", 0, 59, 59, 59, List.of()),
  HOUR("hour", "hours are 0-23", 0, 23, 23, 23, List.of()),
  DAY_OF_MONTH("day-of-month", "days of the month are 1-31", 1, 31, 31, 28, List.of()),
  MONTH(
      "month",
      "months are 1-12 (or jan-dec)",
      1,
      12,
      12,
      12,
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")),
  DAY_OF_WEEK(
      "day-of-week",
      "days of the week are 0-7 (or sun-sat; 0 and 7 are Sunday)",
      0,
      7,
      6,
      6,
      List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat"));

  private static final String FORMS = "*, */n, a-b, a-b/n, a,b, H, H/n, H(a-b)";

  private final String label;
  private final String rangeText;
  private final int lowest;
  private final int highestWritten;
  private final int highestStar;
  private final int highestHashed;
  private final List<String> names;

  CronField(
      String label,
      String rangeText,
      int lowest,
      int highestWritten,
      int highestStar,
      int highestHashed,
      List<String> names) {
    this.label = label;
    this.rangeText = rangeText;
    this.lowest = lowest;
    this.highestWritten = highestWritten;
    this.highestStar = highestStar;
    this.highestHashed = highestHashed;
    this.names = names;
  }

  /** The field's name as messages use it, for example {@code day-of-month}. */
  String label() {
    return label;
  }

  /** The accepted values in words, for example {@code hours are 0-23}. */
  String rangeText() {
    return rangeText;
  }

  int lowest() {
    return lowest;
  }

  int highestWritten() {
    return highestWritten;
  }

  int highestStar() {
    return highestStar;
  }

  int highestHashed() {
    return highestHashed;
  }

  /** How many values {@code *} covers: the largest step that still means something. */
  int span() {
    return highestStar - lowest + 1;
  }

  /** The value a three-letter name stands for, or -1 when the field has no such name. */
  int valueOfName(String name) {
    int index = names.indexOf(name.toLowerCase(Locale.ROOT));
    return index < 0 ? -1 : index + (this == MONTH ? 1 : 0);
  }

  boolean hasNames() {
    return !names.isEmpty();
  }

  /** What the field accepts, for messages, for example {@code hour: 0-23, *, a-b, ...}. */
  String validHint() {
    String values = lowest + "-" + highestWritten;
    if (this == MONTH) {
      values += " or jan-dec";
    } else if (this == DAY_OF_WEEK) {
      values += " or sun-sat (0 and 7 are Sunday)";
    }
    return label + ": " + values + ", " + FORMS;
  }
}
