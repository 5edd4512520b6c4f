package dev.upsim.auth.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

  @Test
  void limitOfZeroNeverRefuses() {
    RateLimit limit = RateLimit.of(0, Duration.ofSeconds(1));

    for (int i = 0; i < 1000; i++) {
      assertThat(limit.tryAcquire(START)).isTrue();
    }
  }

  @Test
  void everyProxyWithoutALimitSharesOne() {
    assertThat(RateLimit.of(0, Duration.ofSeconds(1))).isSameAs(RateLimit.of(0, Duration.ZERO));
    assertThat(RateLimit.of(1, Duration.ofSeconds(1)))
        .isNotSameAs(RateLimit.of(1, Duration.ofSeconds(1)));
  }

  @Test
  void tokenCountsUntilItsWindowHasPassed() {
    RateLimit limit = RateLimit.of(1, Duration.ofSeconds(10));
    limit.tryAcquire(START);

    assertThat(limit.tryAcquire(START.plusSeconds(9))).isFalse();
    assertThat(limit.tryAcquire(START.plusSeconds(10))).isTrue();
  }

  @Test
  void refusedRequestTakesNoRoom() {
    RateLimit limit = RateLimit.of(2, Duration.ofSeconds(10));
    limit.tryAcquire(START);
    limit.tryAcquire(START.plusSeconds(5));

    limit.tryAcquire(START.plusSeconds(9));

    assertThat(limit.tryAcquire(START.plusSeconds(10))).isTrue();
    assertThat(limit.tryAcquire(START.plusSeconds(14))).isFalse();
  }
}
