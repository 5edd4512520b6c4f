package dev.upsim.orchestrator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VirtualTimeTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void offsetsUnderADayAreHoursMinutesAndSeconds() {
    assertThat(VirtualTime.since(START, START.plusSeconds(5))).isEqualTo("+00:00:05");
    assertThat(VirtualTime.since(START, START.plus(Duration.ofMinutes(90)))).isEqualTo("+01:30:00");
  }

  @Test
  void daysAndMillisecondsShowOnlyWhenThereAreAny() {
    Instant later = START.plus(Duration.ofDays(2)).plusSeconds(3 * 3600).plusMillis(250);

    assertThat(VirtualTime.since(START, later)).isEqualTo("+2d 03:00:00.250");
  }
}
