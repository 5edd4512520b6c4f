package dev.upsim.orchestrator.time;

import dev.upsim.auth.SimClock;
import java.time.Instant;
import java.util.Objects;

/** The simulation's clock: it stands still until the runner moves it, and only forward. */
public final class VirtualClock implements SimClock {

  private Instant now;

  /** A clock showing {@code start}. */
  public VirtualClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  /** Moves the clock to {@code instant}; moving it backwards is a bug in the runner. */
  public synchronized void moveTo(Instant instant) {
    if (instant.isBefore(now)) {
      throw new IllegalStateException("the clock cannot go back from " + now + " to " + instant);
    }
    now = instant;
  }
}
