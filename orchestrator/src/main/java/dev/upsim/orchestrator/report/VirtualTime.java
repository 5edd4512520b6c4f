package dev.upsim.orchestrator.report;

import java.time.Duration;
import java.time.Instant;

/** Virtual instants as reports print them: the time elapsed since the scenario started. */
public final class VirtualTime {

  private VirtualTime() {}

  /**
   * {@code at} as an offset from {@code start}: {@code +00:00:05}, {@code +01:30:00}, {@code +2d
   * 03:00:00}, with milliseconds ({@code +00:00:00.250}) only when there are any.
   */
  public static String since(Instant start, Instant at) {
    Duration elapsed = Duration.between(start, at);
    String sign = elapsed.isNegative() ? "-" : "+";
    Duration size = elapsed.abs();
    String days = size.toDays() == 0 ? "" : size.toDays() + "d ";
    String clock =
        String.format(
            "%02d:%02d:%02d", size.toHoursPart(), size.toMinutesPart(), size.toSecondsPart());
    String millis = size.toMillisPart() == 0 ? "" : String.format(".%03d", size.toMillisPart());
    return sign + days + clock + millis;
  }
}
