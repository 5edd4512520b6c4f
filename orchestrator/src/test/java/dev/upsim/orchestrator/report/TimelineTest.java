package dev.upsim.orchestrator.report;

import static dev.upsim.orchestrator.report.TraceBuilder.own;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.orchestrator.report.TimelineRow.Detail;
import dev.upsim.orchestrator.report.TimelineRow.Tone;
import dev.upsim.orchestrator.trace.TraceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

  @Test
  void aTokenRequestAndItsAnswerMakeOneRow() {
    var events = new TraceBuilder().token("admin", "[env:view]").events();

    List<TimelineRow> rows = Timeline.rows(events, false, false);

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).actors()).isEqualTo("admin -> admin/proxy");
    assertThat(rows.get(0).text()).isEqualTo("token (default lifetime)");
    assertThat(rows.get(0).details())
        .containsExactly(
            new Detail("issued token admin.1 for 60s carrying [env:view]", Tone.ALLOWED));
  }

  @Test
  void aTokenAskedForALifetimeShowsIt() {
    var events =
        new TraceBuilder()
            .event(
                "admin", "admin/proxy", TraceKind.TOKEN_REQUESTED, "token asked, x-token-ttl 60s")
            .events();

    assertThat(Timeline.rows(events, false, false).get(0).text()).isEqualTo("token (ttl 60s)");
  }

  @Test
  void aRefusedCallShowsTheReasonTheExplanationAndWhatIsHeld() {
    var held = List.of(own(Grant.ENV_VIEW, 16));
    var events =
        new TraceBuilder()
            .refused("cleanup", "POST /run", Grant.operateTask("export"), held)
            .events();

    TimelineRow row = Timeline.rows(events, false, false).get(0);

    assertThat(row.actors()).isEqualTo("cleanup -> api");
    assertThat(row.text()).isEqualTo("POST /run");
    assertThat(row.details())
        .containsExactly(
            new Detail(
                "403 missing-grant refused: cleanup holds no grants;"
                    + " task:operate:export would be needed",
                Tone.REFUSED),
            new Detail("held: env:view (own, config.yaml:16)", Tone.NORMAL));
  }

  @Test
  void anAllowedCallShowsTheStatusAndWhy() {
    var events = new TraceBuilder().allowed("admin", "GET /env", 200, "allowed: why").events();

    assertThat(Timeline.rows(events, false, false).get(0).details())
        .containsExactly(new Detail("200 allowed: why", Tone.ALLOWED));
  }

  @Test
  void aContainerAndItsProxyStartAsOneRow() {
    var events = new TraceBuilder().started("export--task--1a2b", "[env:view]").events();

    assertThat(Timeline.rows(events, false, false))
        .singleElement()
        .extracting(TimelineRow::actors, TimelineRow::text)
        .containsExactly("export--task--1a2b", "started, proxy holding [env:view]");
  }

  @Test
  void threeContainersStartingTogetherMakeOneRow() {
    var events =
        new TraceBuilder()
            .started("admin", "[]")
            .started("admin--mailer", "[]")
            .started("storefront", "[]")
            .events();

    assertThat(Timeline.rows(events, false, false))
        .singleElement()
        .extracting(TimelineRow::actors, TimelineRow::text)
        .containsExactly("main", "started admin, admin--mailer, storefront");
  }

  @Test
  void aStoppedContainerHidesItsProxyStopping() {
    var events = new TraceBuilder().stopped("export--task--1a2b", "exited with code 0").events();

    assertThat(Timeline.rows(events, false, false))
        .extracting(TimelineRow::text)
        .containsExactly("stopped: exited with code 0");
  }

  @Test
  void verboseRowsShowEveryEventAsRecorded() {
    var events = new TraceBuilder().started("admin", "[]").token("admin", "[]").events();

    assertThat(Timeline.rows(events, false, true))
        .extracting(TimelineRow::text)
        .containsExactly(
            "spawned: container for admin",
            "spawned: proxy holding []",
            "token-requested: token asked, default lifetime",
            "token-issued: token admin.1 for 60s carrying []");
  }

  @Test
  void namesCarryTheirEnvironmentWhenQualified() {
    var events = new TraceBuilder().in("staging").token("admin", "[]").events();

    assertThat(Timeline.rows(events, true, false).get(0).actors())
        .isEqualTo("staging:admin -> staging:admin/proxy");
  }

  @Test
  void aDeployIsShownAsItsEnvironment() {
    var events =
        new TraceBuilder()
            .in("staging")
            .event("project", "supervisor", TraceKind.DEPLOYED, "deployment 2")
            .events();

    assertThat(Timeline.rows(events, false, false))
        .singleElement()
        .extracting(TimelineRow::actors, TimelineRow::text)
        .containsExactly("staging", "deployment 2");
  }

  @Test
  void aLoopWarningIsMarkedAsARefusal() {
    var events =
        new TraceBuilder()
            .event("api", null, TraceKind.LOOP_DETECTED, "loop: ping -> pong -> ping")
            .events();

    assertThat(Timeline.rows(events, false, false))
        .singleElement()
        .extracting(TimelineRow::text, TimelineRow::tone)
        .containsExactly("warning, loop: ping -> pong -> ping", Tone.REFUSED);
  }
}
