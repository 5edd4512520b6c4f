package dev.upsim.orchestrator.time;

import java.time.Instant;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * A message to deliver at a simulated instant. {@code sequence} orders wake-ups that fall on the
 * same instant by when they were scheduled, and identifies the wake-up for cancelling. A {@code
 * deadline} comes after every other wake-up of its instant: it acts on what is still going on once
 * everything due then has happened, which is what "past a timeout" means.
 */
public record WakeUp<T>(
    Instant at, long sequence, ActorRef<T> target, T message, boolean deadline) {

  /** An ordinary wake-up, delivered in scheduling order among those of its instant. */
  public WakeUp(Instant at, long sequence, ActorRef<T> target, T message) {
    this(at, sequence, target, message, false);
  }

  /** Sends the message to its target. */
  public void deliver() {
    target.tell(message);
  }
}
