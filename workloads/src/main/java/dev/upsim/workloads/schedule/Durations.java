package dev.upsim.workloads.schedule;

import java.time.Duration;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Durations as scenario files and settings write them: {@code 30s}, {@code 15m}, {@code 2h}, {@code
 * 1d}, {@code 250ms}, combined largest unit first ({@code 1h30m}), or a plain number of seconds
 * ({@code 90}).
 *
 * <p>Each unit appears at most once and units go from largest to smallest, so every duration has
 * one spelling that {@link #format} gives back, and {@code parse(format(d))} equals {@code d} for
 * every non-negative duration of whole milliseconds.
 */
public final class Durations {

  /** What a duration may look like, for messages. */
  static final String VALID_FORMS =
      "a whole number of seconds (90), or whole amounts with units d, h, m, s, ms,"
          + " largest first (30s, 15m, 2h, 1d, 1h30m)";

  /** The units, largest first, with their length. */
  private enum Unit {
    DAYS("d", Duration.ofDays(1)),
    HOURS("h", Duration.ofHours(1)),
    MINUTES("m", Duration.ofMinutes(1)),
    SECONDS("s", Duration.ofSeconds(1)),
    MILLISECONDS("ms", Duration.ofMillis(1));

    private final String symbol;
    private final Duration length;

    Unit(String symbol, Duration length) {
      this.symbol = symbol;
      this.length = length;
    }

    static Unit of(String symbol) {
      for (Unit unit : values()) {
        if (unit.symbol.equals(symbol)) {
          return unit;
        }
      }
      return null;
    }
  }

  private Durations() {}

  /**
   * Parses {@code text}, ignoring spaces around it.
   *
   * @throws DurationFormatException when the text is not a duration
   */
  public static Duration parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw refuse(text, "it is empty");
    }
    try {
      return isDigits(trimmed)
          ? Duration.ofSeconds(amount(text, trimmed))
          : withUnits(text, trimmed);
    } catch (ArithmeticException e) {
      throw refuse(text, "it is too large");
    }
  }

  /**
   * The shortest spelling of {@code duration} with units ({@code 90s} gives {@code 1m30s}, zero
   * gives {@code 0s}); parts below a millisecond are dropped.
   *
   * @throws IllegalArgumentException when the duration is negative
   */
  public static String format(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a negative duration has no format: " + duration);
    }
    StringBuilder text = new StringBuilder();
    Duration rest = duration;
    for (Unit unit : Unit.values()) {
      long amount = rest.dividedBy(unit.length);
      if (amount > 0) {
        text.append(amount).append(unit.symbol);
        rest = rest.minus(unit.length.multipliedBy(amount));
      }
    }
    return text.length() == 0 ? "0s" : text.toString();
  }

  private static Duration withUnits(String text, String trimmed) {
    Duration total = Duration.ZERO;
    Unit previous = null;
    int pos = 0;
    while (pos < trimmed.length()) {
      int unitStart = skip(trimmed, pos, Durations::isAsciiDigit);
      int end = skip(trimmed, unitStart, Character::isLetter);
      String number = trimmed.substring(pos, unitStart);
      Unit unit = unit(text, trimmed, number, trimmed.substring(unitStart, end), end);
      if (previous != null && unit.ordinal() <= previous.ordinal()) {
        throw refuse(
            text,
            "'"
                + unit.symbol
                + "' cannot follow '"
                + previous.symbol
                + "': units go largest first, each once");
      }
      total = total.plus(unit.length.multipliedBy(amount(text, number)));
      previous = unit;
      pos = end;
    }
    return total;
  }

  /** The unit of one part that ends at {@code end}, checking it has a number and a known unit. */
  private static Unit unit(String text, String trimmed, String number, String symbol, int end) {
    if (symbol.isEmpty()) {
      throw refuse(
          text,
          end < trimmed.length()
              ? "unexpected '" + trimmed.charAt(end) + "'"
              : "'" + number + "' has no unit");
    }
    if (number.isEmpty()) {
      throw refuse(text, "'" + symbol + "' has no number before it");
    }
    Unit unit = Unit.of(symbol);
    if (unit == null) {
      throw refuse(text, "'" + symbol + "' is not a unit");
    }
    return unit;
  }

  /** The index of the first character at or after {@code from} that does not pass {@code test}. */
  private static int skip(String text, int from, IntPredicate test) {
    int pos = from;
    while (pos < text.length() && test.test(text.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  private static long amount(String text, String digits) {
    if (digits.length() > 18) {
      throw refuse(text, "it is too large");
    }
    return Long.parseLong(digits);
  }

  private static boolean isDigits(String text) {
    return text.chars().allMatch(Durations::isAsciiDigit);
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static DurationFormatException refuse(String text, String problem) {
    return new DurationFormatException(
        text, "'" + text + "' is not a duration: " + problem + "; write " + VALID_FORMS);
  }
}
