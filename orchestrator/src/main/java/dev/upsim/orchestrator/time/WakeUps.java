package dev.upsim.orchestrator.time;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * The queue of future messages that replaces timers in a simulation, ordered by instant and then by
 * scheduling order. Actors add to it from the simulation thread; the runner takes from it only
 * while the simulation is quiescent, so the order never depends on thread timing.
 */
public final class WakeUps {

  private final TreeSet<WakeUp<?>> queue =
      new TreeSet<>(Comparator.comparing(WakeUp<?>::at).thenComparingLong(WakeUp::sequence));
  private final Map<Long, WakeUp<?>> bySequence = new HashMap<>();
  private final VirtualClock clock;
  private long nextSequence;

  /** An empty queue for the simulation that {@code clock} times. */
  public WakeUps(VirtualClock clock) {
    this.clock = clock;
  }

  /**
   * Delivers {@code message} to {@code target} at {@code at} (at the current instant when {@code
   * at} has passed); returns the id that {@link #cancel(long)} takes.
   */
  public synchronized <T> long schedule(Instant at, ActorRef<T> target, T message) {
    Instant when = at.isBefore(clock.now()) ? clock.now() : at;
    WakeUp<T> wakeUp = new WakeUp<>(when, nextSequence++, target, message);
    queue.add(wakeUp);
    bySequence.put(wakeUp.sequence(), wakeUp);
    return wakeUp.sequence();
  }

  /** Drops the wake-up {@code id} if it has not been delivered yet. */
  public synchronized void cancel(long id) {
    WakeUp<?> wakeUp = bySequence.remove(id);
    if (wakeUp != null) {
      queue.remove(wakeUp);
    }
  }

  /** The instant of the earliest wake-up, if any. */
  public synchronized Optional<Instant> next() {
    return queue.isEmpty() ? Optional.empty() : Optional.of(queue.first().at());
  }

  /** Removes and returns the earliest wake-up due at or before {@code until}, if any. */
  public synchronized Optional<WakeUp<?>> takeDueBy(Instant until) {
    if (queue.isEmpty() || queue.first().at().isAfter(until)) {
      return Optional.empty();
    }
    WakeUp<?> wakeUp = queue.pollFirst();
    bySequence.remove(wakeUp.sequence());
    return Optional.of(wakeUp);
  }

  /** How many wake-ups are waiting. */
  public synchronized int size() {
    return queue.size();
  }
}
