package dev.upsim.orchestrator.trace;

/**
 * An event kept as the parts it is rendered from, which becomes a {@link TraceEvent} when the trace
 * is first read rather than when it is recorded.
 *
 * <p>An idle container's events (its spawn, its proxy's, a token issued to it) are recorded but
 * seldom read, and their texts were most of its heap. A pending event holds only what its text is
 * made of and the container holds anyway (its setup, a proxy's grants, a token's claims), as one
 * small object: one per event, by the hundred thousand. Rendering must give what rendering at
 * record time would have given, so the parts must not change.
 */
@FunctionalInterface
public interface PendingEvent {

  /** The event as the {@code sequence}-th of its trace. */
  TraceEvent render(long sequence);
}
