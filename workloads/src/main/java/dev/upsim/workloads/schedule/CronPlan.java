package dev.upsim.workloads.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When a cron actually starts: its schedule, thinned by the platform's minimum interval between
 * runs, plus a random offset for each trigger.
 *
 * <p>Design notes:
 *
 * <ul>
 *   <li><b>Minimum interval.</b> The platform allows at least five minutes between runs of one
 *       cron. A schedule that fires more often is not refused: a firing that comes less than {@code
 *       minimumInterval} after the previous run's start is skipped, and the next firing that is far
 *       enough counts instead. {@code * * * * *} therefore runs every five minutes. Because the
 *       interval is measured from the previous run's actual start (offset included), an offset can
 *       also make the next firing of a five-minute schedule be skipped: runs never come closer than
 *       the minimum, at the cost of sometimes coming later than the schedule.
 *   <li><b>Offset.</b> Each trigger starts after a random offset of up to {@code maximumOffset} or
 *       the schedule's {@link CronSchedule#shortestInterval() shortest interval}, whichever is
 *       smaller: a whole number of seconds drawn uniformly from {@code [0, cap)} with the caller's
 *       generator, so the same seed gives the same offsets. The cap is excluded so that a run never
 *       starts on its next firing.
 * </ul>
 *
 * @param minimumInterval the least time between the starts of two runs of this cron
 * @param maximumOffset the largest random delay of a trigger, before the cap by the period
 */
public record CronPlan(CronSchedule schedule, Duration minimumInterval, Duration maximumOffset) {

  /** The platform's minimum time between two runs of one cron. */
  public static final Duration PLATFORM_MINIMUM_INTERVAL = Duration.ofMinutes(5);

  /** The platform's largest random offset of a cron trigger. */
  public static final Duration PLATFORM_MAXIMUM_OFFSET = Duration.ofMinutes(20);

  /** Checks that every part is present and that no duration is negative. */
  public CronPlan {
    Objects.requireNonNull(schedule, "schedule");
    requireNotNegative(minimumInterval, "minimumInterval");
    requireNotNegative(maximumOffset, "maximumOffset");
  }

  /** A plan with the platform's five-minute minimum interval and twenty-minute maximum offset. */
  public static CronPlan withPlatformDefaults(CronSchedule schedule) {
    return new CronPlan(schedule, PLATFORM_MINIMUM_INTERVAL, PLATFORM_MAXIMUM_OFFSET);
  }

  /**
   * One trigger of the cron: when it came due by the schedule, and how long after that it starts.
   *
   * @param due the schedule's firing, on a whole minute
   * @param offset the random delay drawn for this trigger
   */
  public record Trigger(Instant due, Duration offset) {

    /** When the run starts: its due time plus its offset. */
    public Instant start() {
      return due.plus(offset);
    }
  }

  /** The largest offset a trigger may get: the maximum offset, or the period if shorter. */
  public Duration offsetCap() {
    Duration period = schedule.shortestInterval();
    return period.compareTo(maximumOffset) < 0 ? period : maximumOffset;
  }

  /**
   * The next trigger: the first firing strictly after {@code after} that is at least {@code
   * minimumInterval} after {@code lastStart}, with an offset drawn from {@code random}.
   *
   * @param after usually the previous trigger's due time, or the simulation's start
   * @param lastStart when the previous run started, or null before the first run
   * @param random the generator seeded from the scenario: exactly one value is drawn from it
   *     whenever the offset cap is at least one second
   */
  public Trigger nextTrigger(Instant after, Instant lastStart, RandomGenerator random) {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(random, "random");
    Instant due = schedule.nextAfter(after);
    if (lastStart != null && due.isBefore(lastStart.plus(minimumInterval))) {
      Instant earliest = lastStart.plus(minimumInterval);
      due = schedule.nextAfter(earliest.minusNanos(1));
    }
    return new Trigger(due, drawOffset(random));
  }

  /** When the next run starts: {@link #nextTrigger}'s start, for callers that need no more. */
  public Instant nextStart(Instant after, Instant lastStart, RandomGenerator random) {
    return nextTrigger(after, lastStart, random).start();
  }

  private Duration drawOffset(RandomGenerator random) {
    long capSeconds = offsetCap().getSeconds();
    return capSeconds <= 0 ? Duration.ZERO : Duration.ofSeconds(random.nextLong(capSeconds));
  }

  private static void requireNotNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + duration);
    }
  }
}
