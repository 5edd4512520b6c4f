package dev.upsim.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upsim.auth.Grant;
import dev.upsim.auth.GrantOrigin;
import dev.upsim.auth.HeldGrant;
import dev.upsim.auth.SourceLocation;
import dev.upsim.auth.check.Decision;
import dev.upsim.auth.check.Reason;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.activity.LogLine;
import dev.upsim.orchestrator.activity.RunChain;
import dev.upsim.orchestrator.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

  private static final Instant NOON = Instant.parse("2025-01-01T12:00:00Z");

  @Test
  void anActivityShowsItsTaskStateTimesAndContainer() {
    Activity run =
        Activity.pending("abcdefgh1234", "export", NOON, Map.of("A", "1"), chain(), "app:shop")
            .started(NOON.plusSeconds(1));

    assertThat(Json.text(ApiJson.activity(run)))
        .isEqualTo(
            "{\"id\":\"abcdefgh1234\",\"type\":\"environment.task\","
                + "\"parameters\":{\"task\":\"export\"},\"state\":\"in_progress\","
                + "\"result\":null,\"created_at\":\"2025-01-01T12:00:00Z\","
                + "\"started_at\":\"2025-01-01T12:00:01Z\",\"completed_at\":null,"
                + "\"container\":\"export--task--abcdefgh\",\"variables\":{\"env\":{\"A\":\"1\"}},"
                + "\"chain\":[\"export\"],\"chain_depth\":1,\"triggered_by\":\"app:shop\"}");
  }

  @Test
  void aLogIsOneJsonLinePerOutputLineClosedByASeal() {
    Activity run =
        Activity.pending("abcdefgh1234", "export", NOON, Map.of(), chain(), "app:shop")
            .withLine(new LogLine(NOON, "starting", false))
            .withLine(new LogLine(NOON, "disk full", true));

    assertThat(ApiJson.log(run).split("\n"))
        .containsExactly(
            "{\"_id\":0,\"data\":{\"timestamp\":\"2025-01-01T12:00:00Z\","
                + "\"message\":\"starting\"}}",
            "{\"_id\":1,\"data\":{\"timestamp\":\"2025-01-01T12:00:00Z\","
                + "\"message\":\"W: disk full\"}}",
            "{\"_id\":2,\"seal\":true}");
  }

  @Test
  void aRefusalBodyNamesTheReasonTheGrantNeededAndTheGrantsHeld() {
    HeldGrant view =
        new HeldGrant(Grant.ENV_VIEW, GrantOrigin.INHERITED, new SourceLocation("a.yaml", 4, 7));
    Decision refused =
        Decision.refuse(
            Reason.MISSING_GRANT, Grant.operateTask("export"), null, List.of(view), "no");

    assertThat(Json.text(ApiJson.problem(403, "missing grant", refused)))
        .isEqualTo(
            "{\"status\":403,\"title\":\"Forbidden\",\"error\":\"missing grant\","
                + "\"reason\":\"missing-grant\",\"explanation\":\"no\","
                + "\"needed\":\"task:operate:export\",\"held\":[{\"grant\":\"env:view\","
                + "\"origin\":\"inherited\",\"declared_at\":\"a.yaml:4\"}]}");
  }

  private static RunChain chain() {
    return RunChain.root("export");
  }
}
