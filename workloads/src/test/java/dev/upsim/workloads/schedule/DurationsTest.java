package dev.upsim.workloads.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void eachUnitAlone() {
    assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(Durations.parse("15m")).isEqualTo(Duration.ofMinutes(15));
    assertThat(Durations.parse("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void plainNumberIsSeconds() {
    assertThat(Durations.parse("90")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.parse("0")).isEqualTo(Duration.ZERO);
    assertThat(Durations.parse("86400")).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void unitsCombineLargestFirst() {
    assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("1d2h3m4s5ms"))
        .isEqualTo(Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4).plusMillis(5));
  }

  @Test
  void amountsMayExceedTheNextUnit() {
    assertThat(Durations.parse("90m")).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void spacesAroundAreIgnored() {
    assertThat(Durations.parse("  15m\t")).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void refusalSaysWhatIsWrongAndWhatIsValid() {
    DurationFormatException error = refused("5x");

    assertThat(error)
        .hasMessage(
            "'5x' is not a duration: 'x' is not a unit; write a whole number of seconds (90),"
                + " or whole amounts with units d, h, m, s, ms, largest first"
                + " (30s, 15m, 2h, 1d, 1h30m)");
    assertThat(error.input()).isEqualTo("5x");
    assertThat(error.validHint()).startsWith("a whole number of seconds");
  }

  @Test
  void malformedDurationsAreRefusedWithTheirProblem() {
    assertProblem("", "it is empty");
    assertProblem("   ", "it is empty");
    assertProblem("h", "'h' has no number before it");
    assertProblem("1h30", "'30' has no unit");
    assertProblem("1.5h", "unexpected '.'");
    assertProblem("-5s", "unexpected '-'");
    assertProblem("1h 30m", "unexpected ' '");
    assertProblem("1H", "'H' is not a unit");
    assertProblem("5 minutes", "unexpected ' '");
    assertProblem("30m1h", "'h' cannot follow 'm': units go largest first, each once");
    assertProblem("1h1h", "'h' cannot follow 'h': units go largest first, each once");
  }

  @Test
  void tooLargeDurationsAreRefusedNotWrapped() {
    assertProblem("99999999999999999999", "it is too large");
    assertProblem("9999999999999999d", "it is too large");
    assertProblem("999999999999999999999s", "it is too large");
  }

  @Test
  void formatGivesTheShortestSpelling() {
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(Durations.format(Duration.ofMinutes(15))).isEqualTo("15m");
    assertThat(Durations.format(Duration.ofHours(25))).isEqualTo("1d1h");
    assertThat(Durations.format(Duration.ofSeconds(86400))).isEqualTo("1d");
    assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1s500ms");
    assertThat(Durations.format(Duration.ofHours(1).plusSeconds(1))).isEqualTo("1h1s");
  }

  @Test
  void formatOfZeroIsZeroSeconds() {
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(Durations.format(Duration.ofNanos(999_999))).isEqualTo("0s");
  }

  @Test
  void formatDropsPartsBelowAMillisecond() {
    assertThat(Durations.format(Duration.ofSeconds(2).plusNanos(1_500_000))).isEqualTo("2s1ms");
  }

  @Test
  void formatRefusesNegativeDurations() {
    assertThatThrownBy(() -> Durations.format(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void parsingAFormattedDurationGivesItBack() {
    List<Duration> durations =
        List.of(
            Duration.ZERO,
            Duration.ofMillis(1),
            Duration.ofSeconds(59),
            Duration.ofSeconds(3599),
            Duration.ofDays(400).plusMillis(7),
            Duration.ofSeconds(86400 + 3600 + 60 + 1).plusMillis(999));

    for (Duration duration : durations) {
      assertThat(Durations.parse(Durations.format(duration))).isEqualTo(duration);
    }
  }

  @Test
  void formattingAParsedShortestSpellingGivesItBack() {
    for (String text : List.of("0s", "30s", "15m", "2h", "1d", "1h30m", "2d3h4m5s6ms", "7ms")) {
      assertThat(Durations.format(Durations.parse(text))).isEqualTo(text);
    }
  }

  private static DurationFormatException refused(String text) {
    DurationFormatException error =
        catchThrowableOfType(DurationFormatException.class, () -> Durations.parse(text));
    assertThat(error).as("parse of '%s' should fail", text).isNotNull();
    return error;
  }

  private static void assertProblem(String text, String problem) {
    assertThat(refused(text).getMessage())
        .as(text)
        .startsWith("'" + text + "' is not a duration: " + problem + "; write ");
  }
}
