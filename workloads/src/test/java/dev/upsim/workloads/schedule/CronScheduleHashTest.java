package dev.upsim.workloads.schedule;

import static dev.upsim.workloads.schedule.CronFirings.daysOfMonth;
import static dev.upsim.workloads.schedule.CronFirings.hours;
import static dev.upsim.workloads.schedule.CronFirings.minutes;
import static dev.upsim.workloads.schedule.CronFirings.months;
import static dev.upsim.workloads.schedule.CronFirings.weekdays;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CronScheduleHashTest {

  private static final List<String> KEYS =
      IntStream.range(0, 100).mapToObj(i -> "app-" + i + "/cron").collect(Collectors.toList());

  @Test
  void hashedValuesOfAKnownJobArePinnedSoTheyNeverChangeBetweenReleases() {
    assertThat(minutes("H", "shop/nightly")).containsExactly(16);
    assertThat(hours("H", "shop/nightly")).containsExactly(7);
    assertThat(daysOfMonth("H", "shop/nightly")).containsExactly(2);
    assertThat(months("H", "shop/nightly")).containsExactly(11);
    assertThat(weekdays("H", "shop/nightly")).containsExactly(6);
  }

  @Test
  void hashedMinuteIsTheFirstFourBytesOfTheKeysSha256ModuloSixty() throws Exception {
    for (String key : KEYS) {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long firstFour = Integer.toUnsignedLong(java.nio.ByteBuffer.wrap(digest).getInt(0));

      assertThat(minutes("H", key)).containsExactly((int) (firstFour % 60));
    }
  }

  @Test
  void sameKeyGivesTheSameScheduleOnEveryParse() {
    Instant from = Instant.parse("2024-03-10T12:34:56Z");
    Instant first = CronSchedule.parse("H H * * *", "shop/report").nextAfter(from);

    for (int i = 0; i < 10; i++) {
      assertThat(CronSchedule.parse("H H * * *", "shop/report").nextAfter(from)).isEqualTo(first);
    }
  }

  @Test
  void differentKeysSpreadOverTheHour() {
    Set<List<Integer>> minutesSeen = new HashSet<>();
    for (String key : KEYS) {
      minutesSeen.add(minutes("H", key));
    }

    assertThat(minutesSeen).hasSizeGreaterThan(30);
    assertThat(minutes("H", "shop/nightly")).isNotEqualTo(minutes("H", "shop/backup"));
  }

  @Test
  void eachFieldGetsItsOwnPartOfTheHash() {
    assertThat(minutes("H", "shop/backup")).containsExactly(28);
    assertThat(hours("H", "shop/backup")).containsExactly(16);
  }

  @Test
  void bareHashStaysInsideEachFieldsRange() {
    for (String key : KEYS) {
      assertThat(minutes("H", key)).singleElement().satisfies(v -> assertThat(v).isBetween(0, 59));
      assertThat(hours("H", key)).singleElement().satisfies(v -> assertThat(v).isBetween(0, 23));
      assertThat(months("H", key)).singleElement().satisfies(v -> assertThat(v).isBetween(1, 12));
      assertThat(weekdays("H", key)).singleElement().satisfies(v -> assertThat(v).isBetween(0, 6));
    }
  }

  @Test
  void hashedDayOfMonthFallsInEveryMonthSoStopsAtTwentyEight() {
    Set<Integer> days = new HashSet<>();
    for (String key : KEYS) {
      days.addAll(daysOfMonth("H", key));
    }

    assertThat(days).allSatisfy(day -> assertThat(day).isBetween(1, 28));
    assertThat(days).hasSizeGreaterThan(20);
  }

  @Test
  void hashedRangePicksOneValueInsideTheRange() {
    Set<Integer> seen = new HashSet<>();
    for (String key : KEYS) {
      List<Integer> hour = hours("H(2-5)", key);
      assertThat(hour).hasSize(1);
      seen.addAll(hour);
    }

    assertThat(seen).containsExactlyInAnyOrder(2, 3, 4, 5);
  }

  @Test
  void hashedStepStartsInsideTheFirstStepAndRepeatsEveryStep() {
    assertThat(minutes("H/15", "shop/nightly")).containsExactly(1, 16, 31, 46);
    assertThat(minutes("H/15", "shop/backup")).containsExactly(13, 28, 43, 58);
  }

  @Test
  void hashedStepOfAnyKeyFiresEveryStepWithinTheField() {
    for (String key : KEYS) {
      List<Integer> fired = minutes("H/20", key);
      int start = fired.get(0);

      assertThat(start).isBetween(0, 19);
      assertThat(fired).containsExactly(start, start + 20, start + 40);
    }
  }

  @Test
  void hashedRangeWithStepStaysInsideTheRange() {
    for (String key : KEYS) {
      List<Integer> fired = minutes("H(10-39)/10", key);
      int start = fired.get(0);

      assertThat(start).isBetween(10, 19);
      assertThat(fired).containsExactly(start, start + 10, start + 20);
    }
  }

  @Test
  void hashMixesWithOtherItemsOfAList() {
    assertThat(minutes("H,59", "shop/nightly")).containsExactly(16, 59);
  }

  @Test
  void nightlyHashedJobFiresOnceADayAtItsHashedTime() {
    CronSchedule nightly = CronSchedule.parse("H H * * *", "shop/nightly");

    List<Instant> firings =
        CronFirings.between(nightly, "2024-01-01T00:00:00Z", "2024-01-04T00:00:00Z");

    assertThat(firings).hasSize(3);
    assertThat(firings)
        .allSatisfy(
            firing -> {
              ZonedDateTime at = firing.atZone(ZoneOffset.UTC);
              assertThat(at.getHour()).isEqualTo(7);
              assertThat(at.getMinute()).isEqualTo(16);
            });
  }
}
