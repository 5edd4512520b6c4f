package dev.upsim.workloads.schedule;

import static dev.upsim.workloads.schedule.CronFirings.daysOfMonth;
import static dev.upsim.workloads.schedule.CronFirings.hours;
import static dev.upsim.workloads.schedule.CronFirings.minutes;
import static dev.upsim.workloads.schedule.CronFirings.months;
import static dev.upsim.workloads.schedule.CronFirings.weekdays;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CronScheduleSyntaxTest {

  private static final String JOB = "shop/nightly";

  @Test
  void starMatchesEveryValueOfTheField() {
    assertThat(minutes("*", JOB)).isEqualTo(range(0, 59));
    assertThat(hours("*", JOB)).isEqualTo(range(0, 23));
    assertThat(daysOfMonth("*", JOB)).isEqualTo(range(1, 31));
    assertThat(months("*", JOB)).isEqualTo(range(1, 12));
    assertThat(weekdays("*", JOB)).isEqualTo(range(0, 6));
  }

  @Test
  void numberMatchesThatValueOnly() {
    assertThat(minutes("7", JOB)).containsExactly(7);
    assertThat(hours("23", JOB)).containsExactly(23);
    assertThat(daysOfMonth("31", JOB)).containsExactly(31);
    assertThat(months("12", JOB)).containsExactly(12);
    assertThat(weekdays("3", JOB)).containsExactly(3);
  }

  @Test
  void numbersMayHaveLeadingZeros() {
    assertThat(minutes("05", JOB)).containsExactly(5);
  }

  @Test
  void rangeMatchesBothEndsAndEverythingBetween() {
    assertThat(minutes("10-14", JOB)).containsExactly(10, 11, 12, 13, 14);
    assertThat(hours("9-17", JOB)).isEqualTo(range(9, 17));
  }

  @Test
  void listMatchesEachItem() {
    assertThat(minutes("0,15,45", JOB)).containsExactly(0, 15, 45);
    assertThat(hours("1,3-5,22", JOB)).containsExactly(1, 3, 4, 5, 22);
  }

  @Test
  void starStepStartsAtTheFieldsLowestValue() {
    assertThat(minutes("*/15", JOB)).containsExactly(0, 15, 30, 45);
    assertThat(hours("*/6", JOB)).containsExactly(0, 6, 12, 18);
    assertThat(daysOfMonth("*/10", JOB)).containsExactly(1, 11, 21, 31);
    assertThat(months("*/4", JOB)).containsExactly(1, 5, 9);
  }

  @Test
  void rangeStepStartsAtTheRangeStartAndStaysInside() {
    assertThat(minutes("5-30/10", JOB)).containsExactly(5, 15, 25);
    assertThat(hours("8-18/4", JOB)).containsExactly(8, 12, 16);
  }

  @Test
  void stepAsLargeAsTheFieldMatchesOnlyItsStart() {
    assertThat(minutes("*/60", JOB)).containsExactly(0);
  }

  @Test
  void monthNamesWorkAloneInRangesAndInListsInAnyCase() {
    assertThat(months("jan", JOB)).containsExactly(1);
    assertThat(months("MAR-May", JOB)).containsExactly(3, 4, 5);
    assertThat(months("jun,DEC", JOB)).containsExactly(6, 12);
  }

  @Test
  void weekdayNamesWorkAloneInRangesAndInLists() {
    assertThat(weekdays("mon", JOB)).containsExactly(1);
    assertThat(weekdays("mon-fri", JOB)).containsExactly(1, 2, 3, 4, 5);
    assertThat(weekdays("Sat,SUN", JOB)).containsExactly(0, 6);
  }

  @Test
  void sundayIsBothZeroAndSeven() {
    assertThat(weekdays("0", JOB)).containsExactly(0);
    assertThat(weekdays("7", JOB)).containsExactly(0);
    assertThat(weekdays("sun", JOB)).containsExactly(0);
    assertThat(weekdays("5-7", JOB)).containsExactly(0, 5, 6);
  }

  @Test
  void weekdayRangeMayEndOnSunday() {
    assertThat(weekdays("fri-sun", JOB)).containsExactly(0, 5, 6);
    assertThat(weekdays("6-0", JOB)).containsExactly(0, 6);
  }

  @Test
  void weekdayStarStepCoversSundayToSaturday() {
    assertThat(weekdays("*/2", JOB)).containsExactly(0, 2, 4, 6);
  }

  @Test
  void fieldsMayBeSeparatedByAnyRunOfSpacesAndTabs() {
    CronSchedule spaced = CronSchedule.parse("  0\t3   * *  *  ", JOB);
    CronSchedule plain = CronSchedule.parse("0 3 * * *", JOB);

    Instant from = Instant.parse("2024-05-05T10:00:00Z");
    assertThat(spaced.nextAfter(from)).isEqualTo(plain.nextAfter(from));
  }

  @Test
  void specIsKeptAsWritten() {
    assertThat(CronSchedule.parse(" H 3 * * * ", JOB).spec()).isEqualTo(" H 3 * * * ");
    assertThat(CronSchedule.parse("0 3 * * *", JOB)).hasToString("0 3 * * *");
  }

  private static List<Integer> range(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().collect(Collectors.toList());
  }
}
