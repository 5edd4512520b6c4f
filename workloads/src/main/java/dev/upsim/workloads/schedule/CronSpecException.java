package dev.upsim.workloads.schedule;

/**
 * A cron spec that cannot be parsed, or that would never fire: which field, where in the spec, what
 * is wrong (the message) and what that field accepts.
 */
public final class CronSpecException extends RuntimeException {

  /** The value of {@link #field()} for a spec with more than five fields. */
  public static final int EXTRA_FIELD = 5;

  private final int field;
  private final int offset;
  private final String validHint;

  CronSpecException(String message, int field, int offset, String validHint) {
    super(message);
    this.field = field;
    this.offset = offset;
    this.validHint = validHint;
  }

  /**
   * The 0-based index of the offending field, from 0 (minute) to 4 (day-of-week); {@link
   * #EXTRA_FIELD} when the spec has too many fields.
   */
  public int field() {
    return field;
  }

  /**
   * The 0-based character offset inside the spec string where the problem starts, so that callers
   * can report an exact column; the spec's length when a field is missing.
   */
  public int offset() {
    return offset;
  }

  /** What the offending field accepts, for example {@code hour: 0-23, *, a-b, ...}. */
  public String validHint() {
    return validHint;
  }
}
