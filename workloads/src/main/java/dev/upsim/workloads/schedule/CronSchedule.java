package dev.upsim.workloads.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A five-field cron schedule ({@code minute hour day-of-month month day-of-week}) evaluated in UTC.
 *
 * <p>Design notes:
 *
 * <ul>
 *   <li><b>Fields.</b> Each field accepts {@code *}, numbers, ranges {@code a-b}, lists {@code
 *       a,b}, steps {@code *}{@code /n} and {@code a-b/n}, and {@code H}, {@code H/n}, {@code
 *       H(a-b)}, {@code H(a-b)/n}. Months accept {@code jan}-{@code dec} and days of the week
 *       {@code sun}-{@code sat}, in any case; Sunday is 0 or 7, and a weekday range may end on
 *       Sunday ({@code fri-sun}).
 *   <li><b>H.</b> The hash of a job is the SHA-256 digest of its key in UTF-8; field {@code i} (0 =
 *       minute) uses the digest's bytes {@code 4i} to {@code 4i+3} as an unsigned big-endian
 *       number, taken modulo the number of values in play. The same key gives the same schedule in
 *       every run and every JVM, and each field gets its own value. A bare {@code H} in the
 *       day-of-month field picks from 1-28, so that the job fires in every month.
 *   <li><b>Day of month and day of week</b> combine as classic (Vixie) cron does: when both fields
 *       are restricted, a day matches if <em>either</em> matches ({@code 0 0 1 * mon} fires on the
 *       1st and on every Monday); when either field is written starting with {@code *} ({@code *}
 *       or a {@code *}{@code /n} step), a day must match <em>both</em>.
 *   <li><b>Never.</b> A schedule that can never fire is refused by {@link #parse}: a day of the
 *       month that none of the chosen months has (30 or 31 in February only, 31 in 30-day months
 *       only), unless a restricted day of the week lets it fire on other days. So {@link
 *       #nextAfter} always finds a firing. February 29 is a real day: {@code 0 0 29 2 *} fires in
 *       leap years.
 *   <li><b>Search.</b> {@link #nextAfter} skips whole months, days and hours that cannot match
 *       rather than scanning minute by minute; the longest search (a date that must also fall on a
 *       given weekday) covers a few thousand days.
 * </ul>
 */
public final class CronSchedule {

  private static final int MINUTES_PER_DAY = 24 * 60;

  /** The Gregorian calendar repeats every 400 years: the window that shows every pattern. */
  private static final int CALENDAR_CYCLE_YEARS = 400;

  /** Where the window of {@link #shortestInterval} starts; any year would do. */
  private static final int CYCLE_START_YEAR = 2000;

  private final String spec;
  private final long minutes;
  private final long hours;
  private final long daysOfMonth;
  private final long months;
  private final long daysOfWeek;
  private final boolean eitherDayMatches;
  private final Duration shortestInterval;

  private CronSchedule(String spec, long[] masks, boolean eitherDayMatches) {
    this.spec = spec;
    this.minutes = masks[0];
    this.hours = masks[1];
    this.daysOfMonth = masks[2];
    this.months = masks[3];
    this.daysOfWeek = masks[4];
    this.eitherDayMatches = eitherDayMatches;
    this.shortestInterval = computeShortestInterval();
  }

  /**
   * Parses {@code spec} for the job named {@code jobKey}, whose hash gives the values of {@code H}
   * (for example {@code shop/nightly}: the application and the cron).
   *
   * @throws CronSpecException when the spec is malformed, out of range, or never fires
   */
  public static CronSchedule parse(String spec, String jobKey) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(jobKey, "jobKey");
    List<Token> tokens = fields(spec);
    long[] hashes = hashes(jobKey);
    long[] masks = new long[CronField.values().length];
    for (CronField field : CronField.values()) {
      Token token = tokens.get(field.ordinal());
      masks[field.ordinal()] =
          FieldParser.parse(field, token.text(), token.offset(), hashes[field.ordinal()]);
    }
    boolean domStar = tokens.get(CronField.DAY_OF_MONTH.ordinal()).text().startsWith("*");
    boolean dowStar = tokens.get(CronField.DAY_OF_WEEK.ordinal()).text().startsWith("*");
    if (dowStar) {
      requireSomeDayExists(masks, tokens);
    }
    return new CronSchedule(spec, masks, !domStar && !dowStar);
  }

  /**
   * The first firing strictly after {@code after}, in UTC: firings fall on whole minutes, so a
   * firing at {@code after} itself is not returned.
   */
  public Instant nextAfter(Instant after) {
    long firstMinute = Math.floorDiv(after.getEpochSecond(), 60) + 1;
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(firstMinute, MINUTES_PER_DAY));
    int fromMinuteOfDay = Math.floorMod(firstMinute, MINUTES_PER_DAY);
    LocalDate lastDay = date.plusYears(CALENDAR_CYCLE_YEARS);
    while (!date.isAfter(lastDay)) {
      if (!has(months, date.getMonthValue())) {
        date = firstDayOfNextMonthInSchedule(date);
        fromMinuteOfDay = 0;
        continue;
      }
      int minuteOfDay = dayMatches(date) ? firstTimeOfDayFrom(fromMinuteOfDay) : -1;
      if (minuteOfDay >= 0) {
        return date.atStartOfDay().plusMinutes(minuteOfDay).toInstant(ZoneOffset.UTC);
      }
      date = date.plusDays(1);
      fromMinuteOfDay = 0;
    }
    throw new IllegalStateException(
        "cron '" + spec + "' found no firing in " + CALENDAR_CYCLE_YEARS + " years");
  }

  /**
   * The shortest time between two consecutive firings, exact over a whole 400-year cycle of the
   * calendar (after which every pattern of weekdays and leap years repeats).
   */
  public Duration shortestInterval() {
    return shortestInterval;
  }

  /** The spec as it was written. */
  public String spec() {
    return spec;
  }

  @Override
  public String toString() {
    return spec;
  }

  /** One whitespace-separated field of the spec and where it starts. */
  private record Token(String text, int offset) {}

  private static List<Token> fields(String spec) {
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    while (pos < spec.length()) {
      if (Character.isWhitespace(spec.charAt(pos))) {
        pos++;
        continue;
      }
      int start = pos;
      while (pos < spec.length() && !Character.isWhitespace(spec.charAt(pos))) {
        pos++;
      }
      tokens.add(new Token(spec.substring(start, pos), start));
    }
    checkFieldCount(spec, tokens);
    return tokens;
  }

  private static void checkFieldCount(String spec, List<Token> tokens) {
    String shape =
        "five fields: minute hour day-of-month month day-of-week, for example 'H 3 * * *'";
    if (!tokens.isEmpty() && tokens.get(0).text().startsWith("@")) {
      throw new CronSpecException(
          "'" + tokens.get(0).text() + "' is not supported: write the five fields instead",
          0,
          tokens.get(0).offset(),
          shape);
    }
    int count = CronField.values().length;
    if (tokens.size() > count) {
      throw new CronSpecException(
          "a cron spec has five fields, this one has "
              + tokens.size()
              + ": seconds and years are not supported",
          CronSpecException.EXTRA_FIELD,
          tokens.get(count).offset(),
          shape);
    }
    if (tokens.size() < count) {
      CronField missing = CronField.values()[tokens.size()];
      throw new CronSpecException(
          missing.label() + " is missing: a cron spec has " + shape,
          missing.ordinal(),
          spec.length(),
          missing.validHint());
    }
  }

  /** The per-field hash values of a job: four bytes of its key's SHA-256 digest for each field. */
  private static long[] hashes(String jobKey) {
    byte[] digest = sha256(jobKey.getBytes(StandardCharsets.UTF_8));
    long[] hashes = new long[CronField.values().length];
    for (int field = 0; field < hashes.length; field++) {
      long value = 0;
      for (int i = 0; i < 4; i++) {
        value = (value << 8) | (digest[4 * field + i] & 0xFF);
      }
      hashes[field] = value;
    }
    return hashes;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }

  /** Refuses a day-of-month that no chosen month has, when the weekday cannot rescue it. */
  private static void requireSomeDayExists(long[] masks, List<Token> tokens) {
    long daysOfMonth = masks[CronField.DAY_OF_MONTH.ordinal()];
    long months = masks[CronField.MONTH.ordinal()];
    for (int month = 1; month <= 12; month++) {
      long daysInMonth = (1L << (Month.of(month).maxLength() + 1)) - 2;
      if (has(months, month) && (daysOfMonth & daysInMonth) != 0) {
        return;
      }
    }
    Token dom = tokens.get(CronField.DAY_OF_MONTH.ordinal());
    Token month = tokens.get(CronField.MONTH.ordinal());
    throw new CronSpecException(
        "day-of-month "
            + dom.text()
            + " never occurs in month "
            + month.text()
            + ": this schedule would never fire",
        CronField.DAY_OF_MONTH.ordinal(),
        dom.offset(),
        CronField.DAY_OF_MONTH.validHint());
  }

  private boolean dayMatches(LocalDate date) {
    return dayMatches(date.getDayOfMonth(), date.getDayOfWeek().getValue() % 7);
  }

  /** Whether a day fires, by its day of the month and its weekday (0 = Sunday). */
  private boolean dayMatches(int dayOfMonth, int weekday) {
    boolean byDayOfMonth = has(daysOfMonth, dayOfMonth);
    boolean byWeekday = has(daysOfWeek, weekday);
    return eitherDayMatches ? byDayOfMonth || byWeekday : byDayOfMonth && byWeekday;
  }

  /** The first firing time of a day at or after {@code minuteOfDay}, or -1 when none is left. */
  private int firstTimeOfDayFrom(int minuteOfDay) {
    int fromHour = minuteOfDay / 60;
    for (int hour = nextIn(hours, fromHour); hour >= 0; hour = nextIn(hours, hour + 1)) {
      int minute = nextIn(minutes, hour == fromHour ? minuteOfDay % 60 : 0);
      if (minute >= 0) {
        return hour * 60 + minute;
      }
    }
    return -1;
  }

  private LocalDate firstDayOfNextMonthInSchedule(LocalDate date) {
    int month = nextIn(months, date.getMonthValue() + 1);
    if (month < 0) {
      return LocalDate.of(date.getYear() + 1, Long.numberOfTrailingZeros(months), 1);
    }
    return LocalDate.of(date.getYear(), month, 1);
  }

  /**
   * The shortest gap: within one day, or from the last firing of a day to the first of the next.
   */
  private Duration computeShortestInterval() {
    List<Integer> times = firingMinutesOfDay();
    int shortest = Integer.MAX_VALUE;
    for (int i = 1; i < times.size(); i++) {
      shortest = Math.min(shortest, times.get(i) - times.get(i - 1));
    }
    int lastToFirst = times.get(times.size() - 1) - times.get(0);
    long dayGap = shortestGapBetweenFiringDays();
    return Duration.ofMinutes(Math.min(shortest, dayGap * MINUTES_PER_DAY - lastToFirst));
  }

  private List<Integer> firingMinutesOfDay() {
    List<Integer> times = new ArrayList<>();
    for (int hour = 0; hour < 24; hour++) {
      for (int minute = 0; minute < 60; minute++) {
        if (has(hours, hour) && has(minutes, minute)) {
          times.add(hour * 60 + minute);
        }
      }
    }
    return times;
  }

  /**
   * The fewest days between two firing days over one calendar cycle and the year after it (so that
   * pairs across the cycle's end are seen too), stopping early at one day, which nothing beats.
   */
  private long shortestGapBetweenFiringDays() {
    LocalDate first = LocalDate.of(CYCLE_START_YEAR, 1, 1);
    long epochDay = first.toEpochDay();
    int weekday = first.getDayOfWeek().getValue() % 7;
    DayGaps gaps = new DayGaps();
    for (int year = CYCLE_START_YEAR; year <= CYCLE_START_YEAR + CALENDAR_CYCLE_YEARS; year++) {
      for (Month month : Month.values()) {
        int length = month.length(Year.isLeap(year));
        if (has(months, month.getValue())) {
          recordFiringDays(epochDay, weekday, length, gaps);
        }
        epochDay += length;
        weekday = (weekday + length) % 7;
      }
      if (gaps.shortest == 1) {
        break;
      }
    }
    return gaps.shortest;
  }

  /** Records the firing days of one month that starts on {@code epochDay} and {@code weekday}. */
  private void recordFiringDays(long epochDay, int weekday, int length, DayGaps gaps) {
    for (int day = 1; day <= length; day++) {
      if (dayMatches(day, (weekday + day - 1) % 7)) {
        gaps.fire(epochDay + day - 1);
      }
    }
  }

  /** The shortest gap seen so far between consecutive firing days. */
  private static final class DayGaps {
    private long previous = Long.MIN_VALUE;
    private long shortest = Long.MAX_VALUE;

    void fire(long epochDay) {
      if (previous != Long.MIN_VALUE) {
        shortest = Math.min(shortest, epochDay - previous);
      }
      previous = epochDay;
    }
  }

  /** The smallest value in {@code mask} at or above {@code from}, or -1 when there is none. */
  private static int nextIn(long mask, int from) {
    if (from >= Long.SIZE) {
      return -1;
    }
    long candidates = mask & (-1L << from);
    return candidates == 0 ? -1 : Long.numberOfTrailingZeros(candidates);
  }

  private static boolean has(long mask, int value) {
    return (mask & (1L << value)) != 0;
  }
}
