package dev.upsim.orchestrator.report;

import dev.upsim.auth.Grant;
import dev.upsim.auth.GrantOrigin;
import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.SourceLocation;
import dev.upsim.auth.check.Decision;
import dev.upsim.auth.check.Reason;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds traces by hand, as the runtime would record them, one event after another. */
final class TraceBuilder {

  /** The instant every hand-built trace starts at. */
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final List<TraceEvent> events = new ArrayList<>();
  private String environment = "main";
  private Instant now = START;

  /** Later events happen {@code seconds} after the start. */
  TraceBuilder at(long seconds) {
    now = START.plusSeconds(seconds);
    return this;
  }

  /** Later events happen in {@code name}. */
  TraceBuilder in(String name) {
    environment = name;
    return this;
  }

  /** Appends an event without a decision. */
  TraceBuilder event(String source, String target, TraceKind kind, String content) {
    return event(source, target, kind, content, null);
  }

  /** Appends an event. */
  TraceBuilder event(
      String source, String target, TraceKind kind, String content, Decision decision) {
    long sequence = events.size() + 1L;
    events.add(new TraceEvent(sequence, now, environment, source, target, kind, content, decision));
    return this;
  }

  /** A container started with its proxy, as the runtime records it. */
  TraceBuilder started(String container, String holding) {
    event("supervisor", container, TraceKind.SPAWNED, "container for " + container);
    return event(container, container + "/proxy", TraceKind.SPAWNED, "proxy holding " + holding);
  }

  /** A container stopped with its proxy, as the runtime records it. */
  TraceBuilder stopped(String container, String why) {
    event(container, container + "/proxy", TraceKind.STOPPED, "with its container");
    return event("supervisor", container, TraceKind.STOPPED, why);
  }

  /** A token asked of the caller's proxy and issued. */
  TraceBuilder token(String caller, String grants) {
    String proxy = caller + "/proxy";
    event(caller, proxy, TraceKind.TOKEN_REQUESTED, "token asked, default lifetime");
    Decision issued = Decision.allow(null, null, List.of(), "issued to " + caller);
    String content = "token " + caller + ".1 for 60s carrying " + grants;
    return event(proxy, caller, TraceKind.TOKEN_ISSUED, content, issued);
  }

  /** A call the API allowed, answered with {@code status}. */
  TraceBuilder allowed(String caller, String line, int status, String why) {
    event(caller, "api", TraceKind.API_REQUESTED, line);
    Decision decision = Decision.allow(null, null, List.of(), why);
    return event("api", caller, TraceKind.API_ANSWERED, String.valueOf(status), decision);
  }

  /** A call the API refused for want of {@code needed}, the caller holding {@code held}. */
  TraceBuilder refused(String caller, String line, Grant needed, List<HeldGrant> held) {
    event(caller, "api", TraceKind.API_REQUESTED, line);
    String why = "refused: " + caller + " holds no grants; " + needed + " would be needed";
    Decision decision = Decision.refuse(Reason.MISSING_GRANT, needed, null, held, why);
    return event("api", caller, TraceKind.API_ANSWERED, "403 missing-grant", decision);
  }

  /** A grant declared by the workload itself on {@code line} of config.yaml. */
  static HeldGrant own(Grant grant, int line) {
    return new HeldGrant(grant, GrantOrigin.OWN, new SourceLocation("config.yaml", line, 7));
  }

  /** The events so far. */
  List<TraceEvent> events() {
    return List.copyOf(events);
  }
}
