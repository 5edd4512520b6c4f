package dev.upsim.orchestrator.time;

import java.time.Instant;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * A message to deliver at a simulated instant. {@code sequence} orders wake-ups that fall on the
 * same instant by when they were scheduled, and identifies the wake-up for cancelling.
 */
public record WakeUp<T>(Instant at, long sequence, ActorRef<T> target, T message) {

  /** Sends the message to its target. */
  public void deliver() {
    target.tell(message);
  }
}
