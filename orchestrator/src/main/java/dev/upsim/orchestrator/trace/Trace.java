package dev.upsim.orchestrator.trace;

import dev.upsim.auth.SimClock;
import dev.upsim.auth.check.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * The growing trace of one simulation. Actors append from the simulation thread; the runner reads
 * while the simulation is quiescent. Sequence numbers and instants are assigned here, so every
 * event of a run is numbered in one order.
 */
public final class Trace {

  private final SimClock clock;
  private final List<TraceEvent> events = new ArrayList<>();

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

  /** Every event so far, in order. */
  public synchronized List<TraceEvent> events() {
    return List.copyOf(events);
  }

  /** Every event so far as JSON lines, each ended by a newline. */
  public synchronized String toJsonLines() {
    StringBuilder lines = new StringBuilder();
    events.forEach(event -> lines.append(event.toJson()).append('\n'));
    return lines.toString();
  }
}
