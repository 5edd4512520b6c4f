package dev.upsim.workloads.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upsim.workloads.schedule.CronPlan.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CronPlanTest {

  private static final Instant NINE = Instant.parse("2024-05-05T09:00:00Z");

  @Test
  void platformDefaultsAreFiveMinutesApartAndTwentyMinutesOfOffset() {
    CronPlan plan = CronPlan.withPlatformDefaults(schedule("0 * * * *"));

    assertThat(plan.minimumInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(plan.maximumOffset()).isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void firstTriggerIsTheNextFiringWhenNothingRanBefore() {
    Trigger trigger = withoutOffset("* * * * *").nextTrigger(NINE, null, new Random(1));

    assertThat(trigger.due()).isEqualTo("2024-05-05T09:01:00Z");
    assertThat(trigger.start()).isEqualTo(trigger.due());
  }

  @Test
  void firingsCloserThanTheMinimumToThePreviousStartAreSkipped() {
    Trigger trigger = withoutOffset("* * * * *").nextTrigger(NINE, NINE, new Random(1));

    assertThat(trigger.due()).isEqualTo("2024-05-05T09:05:00Z");
  }

  @Test
  void firingExactlyTheMinimumAfterThePreviousStartIsKept() {
    Trigger trigger = withoutOffset("*/5 * * * *").nextTrigger(NINE, NINE, new Random(1));

    assertThat(trigger.due()).isEqualTo("2024-05-05T09:05:00Z");
  }

  @Test
  void minimumIsMeasuredFromTheActualStartOffsetIncluded() {
    Instant startedLate = Instant.parse("2024-05-05T09:03:20Z");

    Trigger trigger = withoutOffset("*/5 * * * *").nextTrigger(NINE, startedLate, new Random(1));

    assertThat(trigger.due()).isEqualTo("2024-05-05T09:10:00Z");
  }

  @Test
  void scheduleSlowerThanTheMinimumIsUntouched() {
    Trigger trigger = withoutOffset("0 * * * *").nextTrigger(NINE, NINE, new Random(1));

    assertThat(trigger.due()).isEqualTo("2024-05-05T10:00:00Z");
  }

  @Test
  void minimumIntervalIsASetting() {
    CronPlan plan = new CronPlan(schedule("* * * * *"), Duration.ofMinutes(15), Duration.ZERO);

    assertThat(plan.nextStart(NINE, NINE, new Random(1))).isEqualTo("2024-05-05T09:15:00Z");
  }

  @Test
  void everyMinuteScheduleRunsEveryFiveMinutesWithoutOffsets() {
    List<Instant> starts = runFor(withoutOffset("* * * * *"), Duration.ofHours(1), 1);

    assertThat(starts).hasSize(12);
    assertThat(starts.get(1)).isEqualTo("2024-05-05T09:06:00Z");
  }

  @Test
  void runsNeverStartCloserThanTheMinimumWhateverTheOffsets() {
    for (String spec : List.of("* * * * *", "*/5 * * * *", "*/7 * * * *", "0,2,4 * * * *")) {
      List<Instant> starts =
          runFor(CronPlan.withPlatformDefaults(schedule(spec)), Duration.ofDays(1), 7);

      for (int i = 1; i < starts.size(); i++) {
        assertThat(Duration.between(starts.get(i - 1), starts.get(i)))
            .as("%s, run %d", spec, i)
            .isGreaterThanOrEqualTo(Duration.ofMinutes(5));
      }
    }
  }

  @Test
  void offsetCapIsTheMaximumOffsetOrThePeriodWhicheverIsSmaller() {
    assertThat(defaults("0 * * * *").offsetCap()).isEqualTo(Duration.ofMinutes(20));
    assertThat(defaults("0 3 * * *").offsetCap()).isEqualTo(Duration.ofMinutes(20));
    assertThat(defaults("*/10 * * * *").offsetCap()).isEqualTo(Duration.ofMinutes(10));
    assertThat(defaults("* * * * *").offsetCap()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void offsetsAreWholeSecondsBelowTheCap() {
    for (String spec : List.of("0 * * * *", "*/10 * * * *", "*/7 * * * *")) {
      CronPlan plan = defaults(spec);
      Random random = new Random(42);

      for (int i = 0; i < 500; i++) {
        Duration offset = plan.nextTrigger(NINE, null, random).offset();

        assertThat(offset).isBetween(Duration.ZERO, plan.offsetCap().minusSeconds(1));
        assertThat(offset.getNano()).isZero();
      }
    }
  }

  @Test
  void offsetsSpreadOverTheWholeCap() {
    CronPlan plan = defaults("0 * * * *");
    Random random = new Random(7);
    Duration smallest = Duration.ofDays(1);
    Duration largest = Duration.ZERO;

    for (int i = 0; i < 500; i++) {
      Duration offset = plan.nextTrigger(NINE, null, random).offset();
      smallest = offset.compareTo(smallest) < 0 ? offset : smallest;
      largest = offset.compareTo(largest) > 0 ? offset : largest;
    }

    assertThat(smallest).isLessThan(Duration.ofMinutes(1));
    assertThat(largest).isGreaterThan(Duration.ofMinutes(19));
  }

  @Test
  void sameSeedGivesTheSameStarts() {
    CronPlan plan = defaults("*/10 * * * *");

    assertThat(runFor(plan, Duration.ofHours(6), 99))
        .isEqualTo(runFor(plan, Duration.ofHours(6), 99));
  }

  @Test
  void differentSeedsGiveDifferentStarts() {
    CronPlan plan = defaults("*/10 * * * *");

    assertThat(runFor(plan, Duration.ofHours(6), 1))
        .isNotEqualTo(runFor(plan, Duration.ofHours(6), 2));
  }

  @Test
  void startIsTheDueTimePlusTheOffset() {
    CronPlan plan = defaults("0 * * * *");

    Trigger trigger = plan.nextTrigger(NINE, null, new Random(3));

    assertThat(trigger.start()).isEqualTo(trigger.due().plus(trigger.offset()));
    assertThat(plan.nextStart(NINE, null, new Random(3))).isEqualTo(trigger.start());
  }

  @Test
  void zeroMaximumOffsetDrawsNothingFromTheGenerator() {
    Random used = new Random(5);
    withoutOffset("0 * * * *").nextTrigger(NINE, null, used);

    assertThat(used.nextLong()).isEqualTo(new Random(5).nextLong());
  }

  @Test
  void negativeDurationsAreRefused() {
    assertThatThrownBy(
            () -> new CronPlan(schedule("* * * * *"), Duration.ofMinutes(-1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumInterval must not be negative");
    assertThatThrownBy(
            () -> new CronPlan(schedule("* * * * *"), Duration.ZERO, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maximumOffset must not be negative");
  }

  /** Runs the plan like the simulator would, and returns the start of every run. */
  private static List<Instant> runFor(CronPlan plan, Duration length, long seed) {
    Random random = new Random(seed);
    Instant end = NINE.plus(length);
    List<Instant> starts = new ArrayList<>();
    Trigger trigger = plan.nextTrigger(NINE, null, random);
    while (trigger.start().isBefore(end)) {
      starts.add(trigger.start());
      trigger = plan.nextTrigger(trigger.due(), trigger.start(), random);
    }
    return starts;
  }

  private static CronSchedule schedule(String spec) {
    return CronSchedule.parse(spec, "shop/job");
  }

  private static CronPlan defaults(String spec) {
    return CronPlan.withPlatformDefaults(schedule(spec));
  }

  private static CronPlan withoutOffset(String spec) {
    return new CronPlan(schedule(spec), CronPlan.PLATFORM_MINIMUM_INTERVAL, Duration.ZERO);
  }
}
