package dev.upsim.workloads.schedule;

/**
 * Parses the text of one cron field into the set of values it matches, as a bit mask (bit {@code v}
 * set when value {@code v} matches).
 *
 * <p>Grammar: a field is a comma-separated list of items; an item is {@code *}, a value, a range
 * {@code a-b}, {@code H} or {@code H(a-b)}, optionally followed by a step {@code /n}. A value is a
 * number, or a three-letter name in the month and day-of-week fields. A step needs something to
 * step through, so a single value followed by a step is refused rather than guessed at (cron
 * implementations disagree on what {@code 5/15} means).
 *
 * <p>{@code H} stands for a value derived from the job's hash, so that many jobs with a hashed
 * minute spread over the hour instead of all firing at minute 0: bare {@code H} picks one value of
 * the field's hashed range, {@code H(a-b)} one value of {@code a-b}, {@code H/n} a start among the
 * first {@code n} values and then every {@code n}th, and {@code H(a-b)/n} the same inside {@code
 * a-b}.
 */
final class FieldParser {

  /** What a list item names before its step is applied. */
  private enum Kind {
    STAR,
    SINGLE,
    RANGE,
    HASHED,
    HASHED_RANGE
  }

  /** A list item before its step: what kind, and the values from and to. */
  private record Span(Kind kind, int from, int to) {}

  private final CronField field;
  private final String text;
  private final int base;
  private final long hash;
  private int pos;

  private FieldParser(CronField field, String text, int base, long hash) {
    this.field = field;
    this.text = text;
    this.base = base;
    this.hash = hash;
  }

  /**
   * Parses {@code text}, which starts at offset {@code base} of the whole spec, with {@code hash}
   * (an unsigned 32-bit value) standing for the job in {@code H}.
   */
  static long parse(CronField field, String text, int base, long hash) {
    return new FieldParser(field, text, base, hash).list();
  }

  private long list() {
    long mask = item();
    while (pos < text.length()) {
      if (text.charAt(pos) != ',') {
        throw unexpected();
      }
      pos++;
      if (pos == text.length()) {
        throw error(pos - 1, field.label() + " ends with ',': a value must follow it");
      }
      mask |= item();
    }
    return foldSevenToSunday(mask);
  }

  private long item() {
    int start = pos;
    Span span = span();
    if (!at('/')) {
      return withoutStep(span);
    }
    pos++;
    return withStep(span, step(), start);
  }

  private Span span() {
    if (at('*')) {
      pos++;
      return new Span(Kind.STAR, field.lowest(), field.highestStar());
    }
    if (at('H')) {
      pos++;
      return hashed();
    }
    int start = pos;
    int from = value();
    if (!at('-')) {
      return new Span(Kind.SINGLE, from, from);
    }
    pos++;
    return new Span(Kind.RANGE, from, rangeEnd(from, start));
  }

  private Span hashed() {
    if (!at('(')) {
      return new Span(Kind.HASHED, field.lowest(), field.highestStar());
    }
    int open = pos++;
    int from = value();
    if (!at('-')) {
      throw error(open, "H(...) in " + field.label() + " needs a range, for example H(0-29)");
    }
    pos++;
    int to = rangeEnd(from, open + 1);
    if (!at(')')) {
      throw error(open, "H(" + text.substring(open + 1, pos) + " is missing its closing ')'");
    }
    pos++;
    return new Span(Kind.HASHED_RANGE, from, to);
  }

  /** Reads the end of a range that started at {@code start}, and checks its direction. */
  private int rangeEnd(int from, int start) {
    int to = value();
    if (field == CronField.DAY_OF_WEEK && to == 0 && from > 0) {
      to = 7; // fri-sun: Sunday closes the week as 7
    }
    if (from > to) {
      throw error(
          start,
          field.label()
              + " range "
              + text.substring(start, pos)
              + " runs backwards: write the smaller value first");
    }
    return to;
  }

  private int value() {
    int start = pos;
    if (atDigit()) {
      return number(start);
    }
    while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw unexpected();
    }
    String word = text.substring(start, pos);
    int value = field.valueOfName(word);
    if (value < 0) {
      throw error(start, field.label() + " '" + word + "' is not a value: " + field.rangeText());
    }
    return value;
  }

  private int number(int start) {
    int value = digits();
    if (value < field.lowest() || value > field.highestWritten()) {
      String written = text.substring(start, pos);
      throw error(start, field.label() + " " + written + " is out of range: " + field.rangeText());
    }
    return value;
  }

  private int step() {
    int start = pos;
    if (!atDigit()) {
      throw error(
          start, "'/' in " + field.label() + " must be followed by a step, for example */15");
    }
    int step = digits();
    if (step == 0 || step > field.span()) {
      throw error(
          start,
          field.label()
              + " step "
              + text.substring(start, pos)
              + " is not allowed: steps are 1-"
              + field.span());
    }
    return step;
  }

  /** Reads a run of digits; values too large for any field saturate instead of overflowing. */
  private int digits() {
    int value = 0;
    while (atDigit()) {
      value = Math.min(value * 10 + (text.charAt(pos) - '0'), 1_000_000);
      pos++;
    }
    return value;
  }

  private long withoutStep(Span span) {
    switch (span.kind()) {
      case HASHED:
        return bit(field.lowest() + hashBelow(field.highestHashed() - field.lowest() + 1));
      case HASHED_RANGE:
        return bit(span.from() + hashBelow(span.to() - span.from() + 1));
      default:
        return bits(span.from(), span.to(), 1);
    }
  }

  private long withStep(Span span, int step, int start) {
    switch (span.kind()) {
      case SINGLE:
        throw error(
            start,
            field.label()
                + " step needs a range: write "
                + span.from()
                + "-"
                + field.highestStar()
                + "/"
                + step
                + " or */"
                + step);
      case HASHED:
        return bits(span.from() + hashBelow(step), span.to(), step);
      case HASHED_RANGE:
        int width = span.to() - span.from() + 1;
        return bits(span.from() + hashBelow(Math.min(step, width)), span.to(), step);
      default:
        return bits(span.from(), span.to(), step);
    }
  }

  private int hashBelow(int bound) {
    return (int) (hash % bound);
  }

  private long foldSevenToSunday(long mask) {
    if (field != CronField.DAY_OF_WEEK || (mask & bit(7)) == 0) {
      return mask;
    }
    return (mask & ~bit(7)) | bit(0);
  }

  private static long bits(int from, int to, int step) {
    long mask = 0;
    for (int value = from; value <= to; value += step) {
      mask |= bit(value);
    }
    return mask;
  }

  private static long bit(int value) {
    return 1L << value;
  }

  private boolean at(char expected) {
    return pos < text.length() && text.charAt(pos) == expected;
  }

  private boolean atDigit() {
    return pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9';
  }

  private CronSpecException unexpected() {
    if (pos == text.length()) {
      return error(pos, field.label() + " ends too early: a value must follow");
    }
    return error(pos, "unexpected '" + text.charAt(pos) + "' in " + field.label());
  }

  private CronSpecException error(int at, String message) {
    return new CronSpecException(message, field.ordinal(), base + at, field.validHint());
  }
}
