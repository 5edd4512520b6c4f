package dev.upsim.workloads.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CronSpecErrorTest {

  @Test
  void hourOutOfRangeNamesTheFieldTheValueAndTheValidRange() {
    CronSpecException error = refused("0 24 * * *");

    assertThat(error).hasMessage("hour 24 is out of range: hours are 0-23");
    assertThat(error.field()).isEqualTo(1);
    assertThat(error.offset()).isEqualTo(2);
    assertThat(error.validHint()).isEqualTo("hour: 0-23, *, */n, a-b, a-b/n, a,b, H, H/n, H(a-b)");
  }

  @Test
  void everyFieldReportsItsOwnRange() {
    assertRefused("60 * * * *", 0, 0, "minute 60 is out of range: minutes are 0-59");
    assertRefused("* * 0 * *", 2, 4, "day-of-month 0 is out of range: days of the month are 1-31");
    assertRefused(
        "* * 32 * *", 2, 4, "day-of-month 32 is out of range: days of the month are 1-31");
    assertRefused("* * * 13 *", 3, 6, "month 13 is out of range: months are 1-12 (or jan-dec)");
    assertRefused(
        "* * * * 8",
        4,
        8,
        "day-of-week 8 is out of range: days of the week are 0-7 (or sun-sat; 0 and 7 are Sunday)");
  }

  @Test
  void offsetPointsAtTheValueInsideAListOrRange() {
    assertRefused("0,15,75 * * * *", 0, 5, "minute 75 is out of range: minutes are 0-59");
    assertRefused("0 9-25 * * *", 1, 4, "hour 25 is out of range: hours are 0-23");
  }

  @Test
  void offsetCountsLeadingWhitespace() {
    assertRefused("  0 24 * * *", 1, 4, "hour 24 is out of range: hours are 0-23");
  }

  @Test
  void hugeNumberIsOutOfRangeAsWritten() {
    assertRefused(
        "99999999999 * * * *", 0, 0, "minute 99999999999 is out of range: minutes are 0-59");
  }

  @Test
  void validHintOfEachFieldListsItsValuesAndForms() {
    assertThat(refused("x * * * *").validHint()).startsWith("minute: 0-59, *, */n");
    assertThat(refused("* * * x *").validHint()).startsWith("month: 1-12 or jan-dec, *");
    assertThat(refused("* * * * x").validHint())
        .startsWith("day-of-week: 0-7 or sun-sat (0 and 7 are Sunday), *");
  }

  @Test
  void unknownNamesAreRefused() {
    assertRefused("* * * foo *", 3, 6, "month 'foo' is not a value: months are 1-12 (or jan-dec)");
    assertRefused(
        "* * * * monday",
        4,
        8,
        "day-of-week 'monday' is not a value:"
            + " days of the week are 0-7 (or sun-sat; 0 and 7 are Sunday)");
  }

  @Test
  void namesAreRefusedInNumericFields() {
    assertRefused("* jan * * *", 1, 2, "hour 'jan' is not a value: hours are 0-23");
  }

  @Test
  void lowercaseHIsNotAHash() {
    assertRefused("h * * * *", 0, 0, "minute 'h' is not a value: minutes are 0-59");
  }

  @Test
  void stepAfterASingleValueIsRefusedWithTheTwoWaysToWriteIt() {
    assertRefused("5/15 * * * *", 0, 0, "minute step needs a range: write 5-59/15 or */15");
  }

  @Test
  void stepOfZeroOrLargerThanTheFieldIsRefused() {
    assertRefused("*/0 * * * *", 0, 2, "minute step 0 is not allowed: steps are 1-60");
    assertRefused("* */25 * * *", 1, 4, "hour step 25 is not allowed: steps are 1-24");
  }

  @Test
  void slashWithoutAStepIsRefused() {
    assertRefused("*/ * * * *", 0, 2, "'/' in minute must be followed by a step, for example */15");
  }

  @Test
  void backwardsRangeIsRefused() {
    assertRefused(
        "30-10 * * * *", 0, 0, "minute range 30-10 runs backwards: write the smaller value first");
  }

  @Test
  void emptyListItemsAreRefused() {
    assertRefused("1,,2 * * * *", 0, 2, "unexpected ',' in minute");
    assertRefused("1, * * * *", 0, 1, "minute ends with ',': a value must follow it");
  }

  @Test
  void unfinishedRangeIsRefused() {
    assertRefused("1- * * * *", 0, 2, "minute ends too early: a value must follow");
  }

  @Test
  void unsupportedCharactersAreRefusedWhereTheyStand() {
    assertRefused("? * * * *", 0, 0, "unexpected '?' in minute");
    assertRefused("* * * * 5#2", 4, 9, "unexpected '#' in day-of-week");
    assertRefused("-5 * * * *", 0, 0, "unexpected '-' in minute");
  }

  @Test
  void malformedHashRangesAreRefused() {
    assertRefused("H(5 * * * *", 0, 1, "H(...) in minute needs a range, for example H(0-29)");
    assertRefused("H(0-29 * * * *", 0, 1, "H(0-29 is missing its closing ')'");
    assertRefused("H(0-70) * * * *", 0, 4, "minute 70 is out of range: minutes are 0-59");
  }

  @Test
  void missingFieldsAreNamedAndPointAtTheEndOfTheSpec() {
    CronSpecException error = refused("0 3 * *");

    assertThat(error.getMessage())
        .startsWith("day-of-week is missing: a cron spec has five fields");
    assertThat(error.field()).isEqualTo(4);
    assertThat(error.offset()).isEqualTo(7);
  }

  @Test
  void emptySpecIsMissingItsMinute() {
    CronSpecException error = refused("  ");

    assertThat(error.getMessage()).startsWith("minute is missing");
    assertThat(error.field()).isZero();
    assertThat(error.offset()).isEqualTo(2);
  }

  @Test
  void sixthFieldIsRefusedWhereItStarts() {
    CronSpecException error = refused("0 0 3 * * *");

    assertThat(error)
        .hasMessage(
            "a cron spec has five fields, this one has 6: seconds and years are not supported");
    assertThat(error.field()).isEqualTo(CronSpecException.EXTRA_FIELD);
    assertThat(error.offset()).isEqualTo(10);
    assertThat(error.validHint()).contains("minute hour day-of-month month day-of-week");
  }

  @Test
  void macrosAreRefusedWithAPointerToTheFiveFields() {
    assertRefused("@daily", 0, 0, "'@daily' is not supported: write the five fields instead");
  }

  @Test
  void dayThatNoChosenMonthHasNeverFiresAndIsRefused() {
    assertRefused(
        "0 0 31 2 *",
        2,
        4,
        "day-of-month 31 never occurs in month 2: this schedule would never fire");
    assertRefused(
        "0 0 30,31 feb *",
        2,
        4,
        "day-of-month 30,31 never occurs in month feb: this schedule would never fire");
    assertRefused(
        "0 0 31 4,6,9,11 *",
        2,
        4,
        "day-of-month 31 never occurs in month 4,6,9,11: this schedule would never fire");
  }

  @Test
  void weekdayStarStepCannotRescueADayThatNeverOccurs() {
    assertRefused(
        "0 0 31 2 */2",
        2,
        4,
        "day-of-month 31 never occurs in month 2: this schedule would never fire");
  }

  @Test
  void restrictedWeekdayRescuesADayThatNeverOccurs() {
    CronSchedule schedule = CronSchedule.parse("0 0 31 2 mon", "job");

    assertThat(schedule.nextAfter(Instant.parse("2024-01-01T00:00:00Z")))
        .isEqualTo("2024-02-05T00:00:00Z");
  }

  @Test
  void dayThatOccursInOneChosenMonthIsAccepted() {
    assertThatCode(() -> CronSchedule.parse("0 0 31 2,3 *", "job")).doesNotThrowAnyException();
    assertThatCode(() -> CronSchedule.parse("0 0 29 2 *", "job")).doesNotThrowAnyException();
  }

  private static CronSpecException refused(String spec) {
    CronSpecException error =
        catchThrowableOfType(CronSpecException.class, () -> CronSchedule.parse(spec, "job"));
    assertThat(error).as("parse of '%s' should fail", spec).isNotNull();
    return error;
  }

  private static void assertRefused(String spec, int field, int offset, String message) {
    CronSpecException error = refused(spec);

    assertThat(error).as(spec).hasMessage(message);
    assertThat(error.field()).as("field of '%s'", spec).isEqualTo(field);
    assertThat(error.offset()).as("offset of '%s'", spec).isEqualTo(offset);
  }
}
