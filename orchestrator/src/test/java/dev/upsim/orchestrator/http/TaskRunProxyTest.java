package dev.upsim.orchestrator.http;

import static dev.upsim.orchestrator.fixtures.Steps.sleep;
import static dev.upsim.orchestrator.http.ApiEndpointsTest.assertProblem;
import static dev.upsim.orchestrator.http.Served.MAIN;
import static dev.upsim.orchestrator.http.Served.json;
import static dev.upsim.orchestrator.http.TokenEndpointTest.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.program.Program;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PLATFORM.md sections 4 and 6: a task run's proxy exists, over HTTP too, only while it runs. */
class TaskRunProxyTest {

  @Test
  void aRunGetsAProxyOfItsOwnWhileItRunsAndLosesItWhenItEnds() {
    Map<WorkloadId, Program> programs =
        Map.of(WorkloadId.task("export"), Program.of(sleep(Duration.ofMinutes(10))));
    try (Served served = Served.academy(o -> o.withPrograms(programs))) {
      String admin = served.token("app:admin");
      JsonNode run = json(served.post(MAIN + "/tasks/export/run", admin, null));
      String id = run.get("_embedded").get("activities").get(0).get("id").asText();
      ServedContainer container = served.server.container("task:export", "main");

      String runToken =
          json(served.postForm(
                  container.tokenUrl(), "grant_type=client_credentials&x-token-ttl=900"))
              .get("access_token")
              .asText();
      int readWhileRunning = served.get(MAIN, runToken).statusCode();
      served.post("/__upsim/clock/advance?by=11m", null, null);

      assertThat(container.view().runId()).isEqualTo(id);
      assertThat(container.variables()).containsEntry("PLATFORM_APPLICATION_NAME", "export");
      assertThat(claims(runToken).get("sub").asText()).isEqualTo("task:export");
      assertThat(readWhileRunning).isEqualTo(200);
      assertThat(served.console.toString())
          .contains("started task:export (export--task--" + id.substring(0, 8) + ")")
          .contains("ended   task:export (export--task--" + id.substring(0, 8) + ")");
      assertThat(served.server.containers())
          .extracting(ServedContainer::id)
          .doesNotContain("task:export");
      assertThatThrownBy(
              () -> served.postForm(container.tokenUrl(), "grant_type=client_credentials"))
          .isInstanceOf(UncheckedIOException.class);
      assertThat(assertProblem(served.get(MAIN, runToken), 401).get("reason").asText())
          .isEqualTo("run-ended");
    }
  }

  @Test
  void aRunWithoutAProgramCompletesAtOnceWithSuccess() {
    try (Served served = Served.academy()) {
      String admin = served.token("app:admin");
      JsonNode run = json(served.post(MAIN + "/tasks/reindex/run", admin, null));
      String id = run.get("_embedded").get("activities").get(0).get("id").asText();

      JsonNode activity = json(served.get(MAIN + "/activities/" + id, admin));

      assertThat(activity.get("state").asText()).isEqualTo("complete");
      assertThat(activity.get("result").asText()).isEqualTo("success");
      assertThat(served.server.containers())
          .extracting(ServedContainer::id)
          .doesNotContain("task:reindex");
    }
  }
}
