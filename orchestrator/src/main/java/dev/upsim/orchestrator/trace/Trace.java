package dev.upsim.orchestrator.trace;

import dev.upsim.auth.SimClock;
import dev.upsim.auth.check.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The growing trace of one simulation. Actors append from the simulation thread; the runner reads
 * while the simulation is quiescent. Sequence numbers and instants are assigned here, so every
 * event of a run is numbered in one order.
 *
 * <p>An event recorded with {@link DeferredContent} is kept as its parts and becomes a {@link
 * TraceEvent} on the first read, once: readers see the same values as if it had been rendered when
 * recorded, and a trace that nobody reads holds no texts.
 */
public final class Trace {

  private final SimClock clock;
  // Each entry is a TraceEvent, or a Deferred until the first read replaces it with one.
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

  /** Appends an event whose content and decision are rendered when the trace is first read. */
  public synchronized void record(
      String environment, String source, String target, TraceKind kind, DeferredContent content) {
    events.add(new Deferred(clock.now(), environment, source, target, kind, content));
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
      if (events.get(renderedUpTo) instanceof Deferred deferred) {
        events.set(renderedUpTo, deferred.render(renderedUpTo + 1L));
      }
    }
    // Safe: the loop above left nothing but TraceEvents in the list.
    return (List<TraceEvent>) (List<?>) events;
  }

  /** An event as recorded, before its content is rendered; its sequence is its position. */
  private record Deferred(
      Instant at,
      String environment,
      String source,
      String target,
      TraceKind kind,
      DeferredContent content) {

    TraceEvent render(long sequence) {
      return new TraceEvent(
          sequence, at, environment, source, target, kind, content.content(), content.decision());
    }
  }
}
