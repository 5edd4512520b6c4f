package dev.upsim.orchestrator.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.check.Decision;
import dev.upsim.auth.check.Reason;
import dev.upsim.orchestrator.time.VirtualClock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TraceTest {

  private static final Instant NOON = Instant.parse("2026-01-01T12:00:00Z");

  @Test
  void eventsAreNumberedInOrderAndStampedWithTheVirtualTime() {
    VirtualClock clock = new VirtualClock(NOON);
    Trace trace = new Trace(clock);
    trace.record("main", "admin", "api", TraceKind.API_REQUESTED, "GET /x");
    clock.moveTo(NOON.plusSeconds(5));
    trace.record(null, "runner", null, TraceKind.HORIZON_REACHED, "stopped");

    assertThat(trace.events())
        .extracting(TraceEvent::sequence, TraceEvent::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, NOON),
            org.assertj.core.groups.Tuple.tuple(2L, NOON.plusSeconds(5)));
  }

  @Test
  void aDeferredEventReadsAsIfRenderedWhenRecorded() {
    VirtualClock clock = new VirtualClock(NOON);
    Trace eager = new Trace(clock);
    Trace deferred = new Trace(clock);
    Decision allowed = Decision.allow(null, null, List.of(), "because");
    eager.record("main", "admin", null, TraceKind.LOG_WRITTEN, "first");
    deferred.record("main", "admin", null, TraceKind.LOG_WRITTEN, "first");
    clock.moveTo(NOON.plusSeconds(1));
    eager.record("main", "admin/proxy", "admin", TraceKind.TOKEN_ISSUED, "issued", allowed);
    deferred.record(
        at ->
            sequence ->
                new TraceEvent(
                    sequence,
                    at,
                    "main",
                    "admin/proxy",
                    "admin",
                    TraceKind.TOKEN_ISSUED,
                    "issued",
                    allowed));

    assertThat(deferred.events()).isEqualTo(eager.events());
    assertThat(deferred.toJsonLines()).isEqualTo(eager.toJsonLines());
  }

  @Test
  void aDeferredEventIsRenderedOnTheFirstReadOnly() {
    Trace trace = new Trace(new VirtualClock(NOON));
    AtomicInteger renderings = new AtomicInteger();
    trace.record(
        at ->
            sequence -> {
              String content = "container " + renderings.incrementAndGet();
              return new TraceEvent(
                  sequence, at, "main", "supervisor", "admin", TraceKind.SPAWNED, content, null);
            });

    assertThat(renderings).hasValue(0);
    TraceEvent first = trace.events().get(0);
    assertThat(trace.events().get(0)).isSameAs(first);
    assertThat(first.content()).isEqualTo("container 1");
    assertThat(renderings).hasValue(1);
  }

  @Test
  void anEventIsOneLineOfJsonWithAFixedFieldOrder() {
    Decision refused =
        Decision.refuse(Reason.MISSING_TOKEN, null, null, List.of(), "no bearer token");
    TraceEvent event =
        new TraceEvent(
            3, NOON, "main", "api", "admin", TraceKind.API_ANSWERED, "401 missing-token", refused);

    assertThat(event.toJson())
        .isEqualTo(
            "{\"seq\":3,\"at\":\"2026-01-01T12:00:00Z\",\"env\":\"main\",\"source\":\"api\","
                + "\"target\":\"admin\",\"kind\":\"api-answered\",\"content\":\"401 "
                + "missing-token\","
                + "\"decision\":{\"allowed\":false,\"reason\":\"missing-token\",\"needed\":null,"
                + "\"held\":[],\"explanation\":\"no bearer token\"}}");
  }
}
