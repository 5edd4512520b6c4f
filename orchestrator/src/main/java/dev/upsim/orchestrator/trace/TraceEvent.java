package dev.upsim.orchestrator.trace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upsim.auth.check.Decision;
import dev.upsim.orchestrator.json.Json;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened in a simulation.
 *
 * @param sequence the event's position in the trace, from 1
 * @param at the simulated instant it happened
 * @param environment the environment it happened in, or null for the project as a whole
 * @param source who acted: a container ({@code shop}, {@code export--task--1a2b3c4d}), a proxy
 *     ({@code shop/proxy}), a cron ({@code shop/cron/nightly}), {@code api}, {@code supervisor}
 * @param target who it was addressed to, or null
 * @param content what happened, in words
 * @param decision the decision made, or null when none was
 */
public record TraceEvent(
    long sequence,
    Instant at,
    String environment,
    String source,
    String target,
    TraceKind kind,
    String content,
    Decision decision) {

  public TraceEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
  }

  /** The event as one line of JSON with a fixed field order, stable from run to run. */
  public String toJson() {
    ObjectNode node = Json.object();
    node.put("seq", sequence);
    node.put("at", at.toString());
    node.put("env", environment);
    node.put("source", source);
    node.put("target", target);
    node.put("kind", kind.code());
    node.put("content", content);
    if (decision != null) {
      node.set("decision", DecisionJson.of(decision));
    }
    return Json.text(node);
  }
}
