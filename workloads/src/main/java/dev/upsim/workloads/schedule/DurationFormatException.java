package dev.upsim.workloads.schedule;

/** Text that is not a duration: the message says what is wrong and what would be valid. */
public final class DurationFormatException extends RuntimeException {

  private final String input;

  DurationFormatException(String input, String message) {
    super(message);
    this.input = input;
  }

  /** The text that was refused, as it was given. */
  public String input() {
    return input;
  }

  /** What a duration may look like. */
  public String validHint() {
    return Durations.VALID_FORMS;
  }
}
