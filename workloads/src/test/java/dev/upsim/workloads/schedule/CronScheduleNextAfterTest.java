package dev.upsim.workloads.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CronScheduleNextAfterTest {

  @Test
  void firingAtTheGivenInstantItselfIsSkipped() {
    assertThat(next("0 3 * * *", "2024-05-05T03:00:00Z")).isEqualTo("2024-05-06T03:00:00Z");
  }

  @Test
  void secondsIntoAMinuteMoveToTheNextWholeMinute() {
    assertThat(next("* * * * *", "2024-05-05T02:59:30.250Z")).isEqualTo("2024-05-05T03:00:00Z");
    assertThat(next("0 3 * * *", "2024-05-05T02:59:59Z")).isEqualTo("2024-05-05T03:00:00Z");
  }

  @Test
  void laterMinuteInTheSameHourIsFoundFirst() {
    assertThat(next("10,40 * * * *", "2024-05-05T03:10:00Z")).isEqualTo("2024-05-05T03:40:00Z");
  }

  @Test
  void lastFiringOfTheHourMovesToTheNextMatchingHour() {
    assertThat(next("10,40 4,9 * * *", "2024-05-05T04:40:00Z")).isEqualTo("2024-05-05T09:10:00Z");
  }

  @Test
  void lastFiringOfTheDayMovesToTheNextDay() {
    assertThat(next("30 23 * * *", "2024-05-05T23:30:00Z")).isEqualTo("2024-05-06T23:30:00Z");
  }

  @Test
  void monthlyJobCrossesIntoTheNextMonth() {
    assertThat(next("0 0 1 * *", "2024-01-31T12:00:00Z")).isEqualTo("2024-02-01T00:00:00Z");
  }

  @Test
  void thirtyFirstSkipsMonthsThatAreTooShort() {
    assertThat(firstFour("0 0 31 * *", "2024-01-31T00:00:00Z"))
        .containsExactly(
            "2024-03-31T00:00:00Z",
            "2024-05-31T00:00:00Z",
            "2024-07-31T00:00:00Z",
            "2024-08-31T00:00:00Z");
  }

  @Test
  void yearlyJobCrossesIntoTheNextYear() {
    assertThat(next("30 23 31 12 *", "2024-12-31T23:30:00Z")).isEqualTo("2025-12-31T23:30:00Z");
    assertThat(next("0 0 1 1 *", "2024-06-01T00:00:00Z")).isEqualTo("2025-01-01T00:00:00Z");
  }

  @Test
  void lastMinuteOfTheYearRollsOverToNewYear() {
    assertThat(next("* * * * *", "2024-12-31T23:59:00Z")).isEqualTo("2025-01-01T00:00:00Z");
  }

  @Test
  void chosenMonthsAreFoundAcrossTheYearEnd() {
    assertThat(next("0 6 15 mar,oct *", "2024-10-15T06:00:00Z")).isEqualTo("2025-03-15T06:00:00Z");
  }

  @Test
  void februaryTwentyNinthFiresOnlyInLeapYears() {
    assertThat(next("0 12 29 2 *", "2024-03-01T00:00:00Z")).isEqualTo("2028-02-29T12:00:00Z");
    assertThat(next("0 12 29 feb *", "2023-01-01T00:00:00Z")).isEqualTo("2024-02-29T12:00:00Z");
  }

  @Test
  void centuryThatIsNotALeapYearIsSkipped() {
    assertThat(next("0 12 29 2 *", "2096-03-01T00:00:00Z")).isEqualTo("2104-02-29T12:00:00Z");
  }

  @Test
  void everyDayOfALeapFebruaryIsVisited() {
    List<Instant> firings =
        CronFirings.between(
            CronSchedule.parse("0 0 * 2 *", "job"), "2024-01-31T00:00:00Z", "2024-03-31T00:00:00Z");

    assertThat(firings).hasSize(29);
  }

  @Test
  void bothDayFieldsRestrictedFireWhenEitherMatches() {
    // 2024-01-05 and 2024-01-12 are Fridays; the 13th is a Saturday.
    assertThat(firstFour("0 0 13 * fri", "2024-01-01T00:00:00Z"))
        .containsExactly(
            "2024-01-05T00:00:00Z",
            "2024-01-12T00:00:00Z",
            "2024-01-13T00:00:00Z",
            "2024-01-19T00:00:00Z");
  }

  @Test
  void dayOfMonthRangeStillCountsAsRestrictedAndWidensTheWeekday() {
    // Classic cron: 1-7 is a restriction, so "first week OR Monday", not "first Monday".
    List<Instant> firings =
        CronFirings.between(
            CronSchedule.parse("0 0 1-7 * mon", "job"),
            "2023-12-31T23:59:00Z",
            "2024-01-31T23:59:00Z");

    // January 1st to 7th, then the Mondays 8, 15, 22 and 29.
    assertThat(firings).hasSize(7 + 4);
  }

  @Test
  void starDayOfMonthLeavesOnlyTheWeekday() {
    assertThat(firstFour("0 0 * * mon", "2024-01-01T00:00:00Z"))
        .containsExactly(
            "2024-01-08T00:00:00Z",
            "2024-01-15T00:00:00Z",
            "2024-01-22T00:00:00Z",
            "2024-01-29T00:00:00Z");
  }

  @Test
  void starWeekdayLeavesOnlyTheDayOfMonth() {
    assertThat(next("0 0 13 * *", "2024-01-01T00:00:00Z")).isEqualTo("2024-01-13T00:00:00Z");
  }

  @Test
  void dayFieldWrittenAsStarStepMustMatchTogetherWithTheWeekday() {
    // Days 1, 11, 21 and 31 that are also Mondays.
    assertThat(firstFour("0 0 */10 * mon", "2023-12-31T00:00:00Z"))
        .containsExactly(
            "2024-01-01T00:00:00Z",
            "2024-03-11T00:00:00Z",
            "2024-04-01T00:00:00Z",
            "2024-07-01T00:00:00Z");
  }

  @Test
  void dateThatMustAlsoFallOnAWeekdayIsFoundYearsAhead() {
    // February 1st on a Monday: 2027, then 2038.
    CronSchedule rare = CronSchedule.parse("0 0 */31 2 mon", "job");

    assertThat(rare.nextAfter(Instant.parse("2024-01-01T00:00:00Z")))
        .isEqualTo("2027-02-01T00:00:00Z");
    assertThat(rare.nextAfter(Instant.parse("2027-02-01T00:00:00Z")))
        .isEqualTo("2038-02-01T00:00:00Z");
  }

  @Test
  void firingsBeforeTheEpochAreFoundToo() {
    assertThat(next("0 0 1 1 *", "1969-06-01T00:00:00Z")).isEqualTo("1970-01-01T00:00:00Z");
  }

  @Test
  void shortestIntervalOfCommonSchedules() {
    assertThat(shortest("* * * * *")).isEqualTo(Duration.ofMinutes(1));
    assertThat(shortest("*/15 * * * *")).isEqualTo(Duration.ofMinutes(15));
    assertThat(shortest("0 * * * *")).isEqualTo(Duration.ofHours(1));
    assertThat(shortest("0 3 * * *")).isEqualTo(Duration.ofDays(1));
    assertThat(shortest("0 0 * * mon")).isEqualTo(Duration.ofDays(7));
    assertThat(shortest("0 0 1 1 *")).isEqualTo(Duration.ofDays(365));
  }

  @Test
  void shortestIntervalTakesTheClosestPairOfAnUnevenSchedule() {
    assertThat(shortest("0,10,50 * * * *")).isEqualTo(Duration.ofMinutes(10));
    assertThat(shortest("0 0 1 * *")).isEqualTo(Duration.ofDays(28));
  }

  @Test
  void shortestIntervalSpansMidnight() {
    assertThat(shortest("0,55 0,23 * * *")).isEqualTo(Duration.ofMinutes(5));
    assertThat(shortest("0 0 1,31 * *")).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void shortestIntervalOfALeapDayIsFourYears() {
    assertThat(shortest("0 0 29 2 *")).isEqualTo(Duration.ofDays(4 * 365 + 1));
  }

  private static Instant next(String spec, String after) {
    return CronSchedule.parse(spec, "job").nextAfter(Instant.parse(after));
  }

  private static List<String> firstFour(String spec, String after) {
    return CronFirings.first(CronSchedule.parse(spec, "job"), after, 4).stream()
        .map(Instant::toString)
        .collect(Collectors.toList());
  }

  private static Duration shortest(String spec) {
    return CronSchedule.parse(spec, "job").shortestInterval();
  }
}
