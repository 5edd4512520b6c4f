package dev.upsim.orchestrator.http;

import static dev.upsim.orchestrator.fixtures.Steps.exit;
import static dev.upsim.orchestrator.fixtures.Steps.log;
import static dev.upsim.orchestrator.fixtures.Steps.sleep;
import static dev.upsim.orchestrator.http.Served.MAIN;
import static dev.upsim.orchestrator.http.Served.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.program.Program;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PLATFORM.md sections 5 and 6 over real HTTP: every call of the environment API. */
class ApiEndpointsTest {

  private static final String PR4 = "/projects/project/environments/pr-4";

  private static Served served;
  private static String admin;

  @BeforeAll
  static void serve() {
    Map<String, String> environments = new LinkedHashMap<>();
    environments.put("main", "production");
    environments.put("pr-4", "development");
    Map<WorkloadId, Program> programs =
        Map.of(
            WorkloadId.task("reindex"), Program.of(log("reindexed 42 documents"), exit(0)),
            WorkloadId.task("export"), Program.of(sleep(Duration.ofMinutes(10))));
    served = Served.academy(o -> o.withEnvironments(environments).withPrograms(programs));
    admin = served.token("app:admin");
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void theEnvironmentIsReadWithEnvView() {
    HttpResponse<String> answer = served.get(MAIN, admin);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(json(answer).get("type").asText()).isEqualTo("production");
  }

  @Test
  void tasksAndDeploymentsAreListed() {
    JsonNode tasks = json(served.get(MAIN + "/tasks", admin));
    JsonNode export = json(served.get(MAIN + "/tasks/export", admin));
    JsonNode deployments = json(served.get(MAIN + "/deployments", admin));

    assertThat(tasks.findValuesAsText("name")).containsExactly("export", "cleanup", "reindex");
    assertThat(export.get("run").get("timeout").asLong()).isEqualTo(600);
    assertThat(deployments.get(0).get("tasks").size()).isEqualTo(3);
  }

  @Test
  void aRunIsAcceptedWithItsActivityAndItsLogIsNdjson() {
    String body = "{\"variables\": {\"env\": {\"FULL\": \"1\"}}}";
    HttpResponse<String> run = served.post(MAIN + "/tasks/reindex/run", admin, body);
    JsonNode created = json(run);
    String id = created.get("_embedded").get("activities").get(0).get("id").asText();

    HttpResponse<String> activity = served.get(MAIN + "/activities/" + id, admin);
    HttpResponse<String> log = served.get(MAIN + "/activities/" + id + "/log", admin);
    List<String> lines = log.body().lines().toList();

    assertThat(run.statusCode()).isEqualTo(202);
    assertThat(created.get("status").asText()).isEqualTo("created");
    assertThat(created.get("code").asInt()).isEqualTo(202);
    assertThat(json(activity).get("state").asText()).isEqualTo("complete");
    assertThat(json(activity).get("result").asText()).isEqualTo("success");
    assertThat(json(activity).get("variables").get("env").get("FULL").asText()).isEqualTo("1");
    assertThat(log.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).contains("\"message\":\"reindexed 42 documents\""));
    assertThat(json(lines.get(lines.size() - 1)).get("seal").asBoolean()).isTrue();
    assertThat(json(served.get(MAIN + "/activities", admin)).findValuesAsText("id")).contains(id);
  }

  @Test
  void aRunInProgressIsCancelledAndAnEndedOneIsAConflict() {
    HttpResponse<String> run = served.post(MAIN + "/tasks/export/run", admin, null);
    String id = json(run).get("_embedded").get("activities").get(0).get("id").asText();

    HttpResponse<String> cancelled =
        served.post(MAIN + "/activities/" + id + "/cancel", admin, null);
    HttpResponse<String> again = served.post(MAIN + "/activities/" + id + "/cancel", admin, null);

    assertThat(cancelled.statusCode()).isEqualTo(200);
    assertThat(json(cancelled).get("state").asText()).isEqualTo("cancelled");
    assertProblem(again, 409);
  }

  @Test
  void aMissingTokenIs401WithTheReasonAndItsExplanation() {
    HttpResponse<String> answer = served.get(MAIN, null);

    JsonNode problem = assertProblem(answer, 401);
    assertThat(problem.get("reason").asText()).isEqualTo("missing-token");
    assertThat(problem.get("explanation").asText()).isNotBlank();
    assertThat(problem.get("error").asText()).contains("Authorization: Bearer");
  }

  @Test
  void garbageAuthorizationHeadersAre401() {
    for (String header : new String[] {"Bearer", "Bearer x.y.z", "Basic YTpi", "Bearer  ", "??"}) {
      HttpResponse<String> answer =
          served.send(HttpRequest.newBuilder(served.api(MAIN)).header("Authorization", header));

      assertProblem(answer, 401);
    }
  }

  @Test
  void aTokenWithoutTheGrantIs403NamingTheGrantAndWhatIsHeld() {
    String sandbox = served.token("worker:admin/sandbox");
    String reporter = served.token("worker:admin/reporter");

    JsonNode noView = assertProblem(served.get(MAIN, sandbox), 403);
    JsonNode noOperate =
        assertProblem(served.post(MAIN + "/tasks/export/run", reporter, null), 403);

    assertThat(noView.get("reason").asText()).isEqualTo("missing-grant");
    assertThat(noView.get("needed").asText()).isEqualTo("env:view");
    assertThat(noOperate.get("needed").asText()).isEqualTo("task:operate:export");
    assertThat(noOperate.get("held").toString()).contains("env:view");
  }

  @Test
  void aTokenActsOnItsOwnEnvironmentOnly() {
    String pr4Admin = pr4Token();

    assertThat(assertProblem(served.get(PR4, admin), 403).get("reason").asText())
        .isEqualTo("wrong-environment");
    assertThat(served.get(PR4, pr4Admin).statusCode()).isEqualTo(200);
    assertThat(assertProblem(served.get(MAIN, pr4Admin), 403).get("reason").asText())
        .isEqualTo("wrong-environment");
    assertProblem(served.get("/projects/project/environments/staging", admin), 403);
    assertThat(
            assertProblem(served.get("/projects/other/environments/main", admin), 403)
                .get("reason")
                .asText())
        .isEqualTo("wrong-project");
  }

  @Test
  void listingTheEnvironmentsIsRefusedToWorkloadTokens() {
    assertProblem(served.get("/projects/project/environments", admin), 403);
  }

  @Test
  void anUnknownTaskIs404AndABadRunBodyIs400() {
    JsonNode unknown = assertProblem(served.post(MAIN + "/tasks/nope/run", admin, null), 404);
    JsonNode notJson = assertProblem(served.post(MAIN + "/tasks/export/run", admin, "{oops"), 400);
    JsonNode stray =
        assertProblem(served.post(MAIN + "/tasks/export/run", admin, "{\"x\":1}"), 400);

    assertThat(unknown.get("reason").asText()).isEqualTo("unknown-task");
    assertThat(notJson.get("reason").asText()).isEqualTo("bad-request");
    assertThat(stray.get("explanation").asText()).contains("'x'");
  }

  @Test
  void aBodyOfAnotherContentTypeIsReadAsJsonAndRefusedWhenItIsNot() {
    HttpResponse<String> xml =
        served.send(
            HttpRequest.newBuilder(served.api(MAIN + "/tasks/export/run"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/xml")
                .POST(BodyPublishers.ofString("<run/>")));

    assertThat(assertProblem(xml, 400).get("reason").asText()).isEqualTo("bad-request");
  }

  @Test
  void aWrongMethodIs405WithAllow() {
    HttpResponse<String> postOnList = served.post(MAIN + "/tasks", admin, null);
    HttpResponse<String> getOnRun = served.get(MAIN + "/tasks/export/run", admin);
    HttpResponse<String> deleteEnvironment =
        served.send(HttpRequest.newBuilder(served.api(MAIN)).DELETE());

    assertProblem(postOnList, 405);
    assertThat(postOnList.headers().firstValue("Allow")).hasValue("GET");
    assertProblem(getOnRun, 405);
    assertThat(getOnRun.headers().firstValue("Allow")).hasValue("POST");
    assertThat(deleteEnvironment.headers().firstValue("Allow")).hasValue("GET");
  }

  @Test
  void anUnknownPathIs404() {
    for (String path : new String[] {"/", "/favicon.ico", MAIN + "/nope", "/projects"}) {
      assertProblem(served.get(path, admin), 404);
    }
  }

  @Test
  void aBodyLargerThanTheCapIs413() {
    String large = "{\"variables\": {\"env\": {\"X\": \"" + "x".repeat(70 * 1024) + "\"}}}";

    JsonNode problem = assertProblem(served.post(MAIN + "/tasks/export/run", admin, large), 413);
    assertThat(problem.get("reason").asText()).isEqualTo("body-too-large");
  }

  private static String pr4Token() {
    String url =
        served.server.containers().stream()
            .filter(c -> c.id().equals("app:admin") && c.environment().equals("pr-4"))
            .findFirst()
            .orElseThrow()
            .tokenUrl();
    return json(served.postForm(url, "grant_type=client_credentials")).get("access_token").asText();
  }

  static JsonNode assertProblem(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(answer);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("error").asText()).isNotBlank();
    return problem;
  }
}
