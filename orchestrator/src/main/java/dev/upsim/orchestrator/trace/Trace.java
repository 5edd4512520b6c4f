package dev.upsim.orchestrator.trace;

import dev.upsim.auth.SimClock;
import dev.upsim.auth.check.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The growing trace of one simulation. Actors append from the simulation thread; the runner reads
 * while the simulation is quiescent. Sequence numbers and instants are assigned here, so every
 * event of a run is numbered in one order.
 *
 * <p>A {@link PendingEvent} is kept as its parts and becomes a {@link TraceEvent} on the first
 * read, once: readers see the same values as if it had been rendered when recorded, and a trace
 * that nobody reads holds no texts.
 */
public final class Trace {

  private final SimClock clock;
  // Each entry is a TraceEvent, or a PendingEvent until the first read replaces it with one.
  private final List<Object> events = new ArrayList<>();
  // Every entry before this index is a TraceEvent already.
  private int renderedUpTo;

  /** An empty trace stamped by {@code clock}. */
  public Trace(SimClock clock) {
    this.clock = clock;
  }

  /** Appends an event without a decision. */
  public void record(
      String environment, String source, String target, TraceKind kind, String content) {
    record(environment, source, target, kind, content, null);
  }

  /** Appends an event, numbered after the last one, at the current simulated instant. */
  public synchronized void record(
      String environment,
      String source,
      String target,
      TraceKind kind,
      String content,
      Decision decision) {
    long sequence = events.size() + 1L;
    events.add(
        new TraceEvent(
            sequence, clock.now(), environment, source, target, kind, content, decision));
  }

  /**
   * Appends the event {@code pending} makes of the current simulated instant, rendered when the
   * trace is first read.
   */
  public synchronized void record(Function<Instant, PendingEvent> pending) {
    events.add(pending.apply(clock.now()));
  }

  /** Every event so far, in order. */
  public synchronized List<TraceEvent> events() {
    return List.copyOf(rendered());
  }

  /** Every event so far as JSON lines, each ended by a newline. */
  public synchronized String toJsonLines() {
    StringBuilder lines = new StringBuilder();
    rendered().forEach(event -> lines.append(event.toJson()).append('\n'));
    return lines.toString();
  }

  /** The events as TraceEvents, rendering those still deferred; the caller holds the lock. */
  @SuppressWarnings("unchecked")
  private List<TraceEvent> rendered() {
    for (; renderedUpTo < events.size(); renderedUpTo++) {
      if (events.get(renderedUpTo) instanceof PendingEvent pending) {
        events.set(renderedUpTo, pending.render(renderedUpTo + 1L));
      }
    }
    // Safe: the loop above left nothing but TraceEvents in the list.
    return (List<TraceEvent>) (List<?>) events;
  }
}
