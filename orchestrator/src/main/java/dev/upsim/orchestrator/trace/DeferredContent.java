package dev.upsim.orchestrator.trace;

import dev.upsim.auth.check.Decision;

/**
 * What an event says, rendered from immutable parts when the trace is first read rather than when
 * the event is recorded. An idle container's events are recorded but seldom read, and their texts
 * were most of its heap; the parts (a container's variables, a proxy's grants, a token's claims)
 * are held or shared anyway. Rendering must give what rendering at record time would have given.
 */
@FunctionalInterface
public interface DeferredContent {

  /** The event's content, in words. */
  String content();

  /** The decision the event records, or null when none was made. */
  default Decision decision() {
    return null;
  }
}
