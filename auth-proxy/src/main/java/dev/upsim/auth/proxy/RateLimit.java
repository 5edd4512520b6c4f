package dev.upsim.auth.proxy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts the tokens a proxy issued within a sliding window of the virtual clock.
 *
 * <p>A token issued at {@code t} counts until {@code t + window}; a refused request does not count.
 * Only the last {@code limit} issue times are kept, so the memory is bounded.
 */
final class RateLimit {

  // No limit keeps no state, so every proxy without one shares this (saves ~72 B a proxy).
  private static final RateLimit NONE = new RateLimit(0, Duration.ZERO);

  private final int limit;
  private final Duration window;
  private final Deque<Instant> issued = new ArrayDeque<>();

  private RateLimit(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /** A limit of {@code limit} tokens per {@code window}; 0 means no limit, one shared by all. */
  static RateLimit of(int limit, Duration window) {
    return limit == 0 ? NONE : new RateLimit(limit, window);
  }

  /** Records one token at {@code now} and returns true, or returns false when past the limit. */
  boolean tryAcquire(Instant now) {
    if (limit == 0) {
      return true;
    }
    while (!issued.isEmpty() && !issued.peekFirst().plus(window).isAfter(now)) {
      issued.removeFirst();
    }
    if (issued.size() >= limit) {
      return false;
    }
    issued.addLast(now);
    return true;
  }
}
