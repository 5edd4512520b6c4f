package dev.upsim.orchestrator.simulation;

import static dev.upsim.orchestrator.fixtures.Academy.ADMIN;
import static dev.upsim.orchestrator.fixtures.Academy.REPORTER;
import static dev.upsim.orchestrator.fixtures.Academy.SANDBOX;
import static dev.upsim.orchestrator.fixtures.Academy.STOREFRONT;
import static dev.upsim.orchestrator.fixtures.Steps.ENV;
import static dev.upsim.orchestrator.fixtures.Steps.call;
import static dev.upsim.orchestrator.fixtures.Steps.get;
import static dev.upsim.orchestrator.fixtures.Steps.getWithSaved;
import static dev.upsim.orchestrator.fixtures.Steps.tokenSavedAs;
import static dev.upsim.orchestrator.fixtures.Steps.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upsim.orchestrator.api.ApiRequest;
import dev.upsim.orchestrator.api.ApiResponse;
import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.workloads.program.ActionOutcome;
import dev.upsim.workloads.program.TokenChoice;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PLATFORM.md section 5: the environment API's calls, grants and refusals. */
class ApiRulesTest {

  private static final String RUN_EXPORT = ENV + "/tasks/export/run";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Simulation sim;

  @BeforeEach
  void start() {
    SimulationSpec spec =
        SimulationSpec.of(Academy.config()).withProject("shop").withEnvironments(twoEnvironments());
    sim = Simulation.start(spec);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void aCallWithoutATokenIsRefusedAsMissingToken() {
    ActionOutcome outcome = sim.perform("main", ADMIN, call("GET", ENV, null, TokenChoice.none()));

    assertRefused(outcome, 401, "missing-token");
  }

  @Test
  void aHeaderThatIsNoBearerTokenIsRefusedAsMalformed() {
    ApiResponse garbage =
        sim.request(
            "main", request("GET", "/projects/shop/environments/main", "Bearer not-a-token", null));
    ApiResponse basic =
        sim.request(
            "main", request("GET", "/projects/shop/environments/main", "Basic dXNlcjpwYXNz", null));

    assertThat(garbage.status()).isEqualTo(401);
    assertThat(garbage.decision().reason().code()).isEqualTo("malformed-token");
    assertThat(basic.decision().reason().code()).isEqualTo("malformed-token");
  }

  @Test
  void anAlteredTokenIsRefusedAsBadSignature() {
    ActionOutcome outcome =
        sim.perform("main", ADMIN, call("GET", ENV, null, TokenChoice.tampered()));

    assertRefused(outcome, 401, "bad-signature");
  }

  @Test
  void aTokenPastItsLifetimeIsRefusedAsExpired() {
    sim.perform("main", ADMIN, tokenSavedAs("short", null));
    ActionOutcome fresh = sim.perform("main", ADMIN, getWithSaved(ENV, "short"));
    sim.advance(Duration.ofMinutes(2));
    ActionOutcome stale = sim.perform("main", ADMIN, getWithSaved(ENV, "short"));

    assertThat(fresh.status()).isEqualTo(200);
    assertRefused(stale, 401, "expired");
  }

  @Test
  void aTokenOfAnotherEnvironmentIsRefusedAsWrongEnvironment() {
    sim.perform("pr-4", ADMIN, tokenSavedAs("preview", null));

    ActionOutcome foreign = sim.perform("main", ADMIN, getWithSaved(ENV, "preview"));
    ActionOutcome naming = sim.perform("pr-4", ADMIN, get("/projects/{project}/environments/main"));
    ActionOutcome own = sim.perform("pr-4", ADMIN, get(ENV));

    assertRefused(foreign, 403, "wrong-environment");
    assertRefused(naming, 403, "wrong-environment");
    assertThat(own.status()).isEqualTo(200);
  }

  @Test
  void aPathNamingAnotherProjectIsRefusedAsWrongProject() {
    ActionOutcome outcome = sim.perform("main", ADMIN, get("/projects/other/environments/{env}"));

    assertRefused(outcome, 403, "wrong-project");
  }

  @Test
  void listingTheEnvironmentsIsRefusedForWorkloadTokens() {
    ActionOutcome outcome = sim.perform("main", ADMIN, get("/projects/{project}/environments"));

    assertThat(outcome.status()).isEqualTo(403);
    assertThat(outcome.message()).contains("needs a user's token");
  }

  @Test
  void aMissingGrantIsRefusedNamingTheGrantNeededAndWhatIsHeldAndWhere() throws Exception {
    ActionOutcome outcome = sim.perform("main", REPORTER, trigger("export"));

    assertRefused(outcome, 403, "missing-grant");
    JsonNode problem = JSON.readTree(outcome.body());
    assertThat(problem.path("status").asInt()).isEqualTo(403);
    assertThat(problem.path("title").asText()).isEqualTo("Forbidden");
    assertThat(problem.path("error").asText()).contains("task:operate:export");
    assertThat(problem.path("reason").asText()).isEqualTo("missing-grant");
    assertThat(problem.path("needed").asText()).isEqualTo("task:operate:export");
    assertThat(problem.path("held").get(0).path("grant").asText()).isEqualTo("env:view");
    assertThat(problem.path("held").get(0).path("origin").asText()).isEqualTo("own");
    assertThat(problem.path("held").get(0).path("declared_at").asText()).startsWith("config.yaml:");
    assertThat(problem.path("explanation").asText()).contains("worker:admin/reporter");
  }

  @Test
  void aWorkloadWithoutAuthorizationsIsRefusedEverything() {
    assertRefused(sim.perform("main", STOREFRONT, get(ENV)), 403, "missing-grant");
    assertRefused(sim.perform("main", SANDBOX, trigger("export")), 403, "missing-grant");
  }

  @Test
  void anUnknownTaskIsNotFoundBeforeTheGrantIsChecked() {
    ActionOutcome unknown = sim.perform("main", STOREFRONT, trigger("nosuch"));
    ActionOutcome read = sim.perform("main", ADMIN, get(ENV + "/tasks/nosuch"));
    ActionOutcome unauthenticated =
        sim.perform(
            "main", STOREFRONT, call("POST", ENV + "/tasks/nosuch/run", null, TokenChoice.none()));

    assertRefused(unknown, 404, "unknown-task");
    assertRefused(read, 404, "unknown-task");
    assertRefused(unauthenticated, 401, "missing-token");
  }

  @Test
  void aRunBodyThatIsNotAnObjectHoldingOnlyVariablesIsABadRequest() {
    String[] bodies = {"[1]", "{\"force\": true}", "{\"variables\": {\"php\": {}}}", "{x"};
    for (String body : bodies) {
      ActionOutcome outcome =
          sim.perform("main", ADMIN, call("POST", RUN_EXPORT, body, TokenChoice.fresh()));
      assertRefused(outcome, 400, "bad-request");
    }
    ActionOutcome empty =
        sim.perform("main", ADMIN, call("POST", RUN_EXPORT, "", TokenChoice.fresh()));
    assertThat(empty.status()).isEqualTo(202);
  }

  @Test
  void theGrantIsCheckedBeforeTheBody() {
    ActionOutcome outcome =
        sim.perform("main", REPORTER, call("POST", RUN_EXPORT, "[1]", TokenChoice.fresh()));

    assertRefused(outcome, 403, "missing-grant");
  }

  @Test
  void anAcceptedRunIsAnswered202WithItsActivityEmbedded() throws Exception {
    String body = "{\"variables\": {\"env\": {\"TARGET\": \"s3\"}}}";
    ActionOutcome outcome =
        sim.perform("main", ADMIN, call("POST", RUN_EXPORT, body, TokenChoice.fresh()));

    JsonNode answer = JSON.readTree(outcome.body());
    assertThat(outcome.status()).isEqualTo(202);
    assertThat(answer.path("status").asText()).isEqualTo("created");
    assertThat(answer.path("code").asInt()).isEqualTo(202);
    JsonNode activity = answer.path("_embedded").path("activities").get(0);
    assertThat(activity.path("type").asText()).isEqualTo("environment.task");
    assertThat(activity.path("parameters").path("task").asText()).isEqualTo("export");
    assertThat(activity.path("variables").path("env").path("TARGET").asText()).isEqualTo("s3");
    assertThat(activity.path("container").asText())
        .isEqualTo("export--task--" + activity.path("id").asText().substring(0, 8));
  }

  @Test
  void everyReadNeedsEnvView() {
    String[] reads = {"", "/activities", "/tasks", "/tasks/export", "/deployments"};
    for (String read : reads) {
      assertThat(sim.perform("main", REPORTER, get(ENV + read)).status()).isEqualTo(200);
      assertRefused(sim.perform("main", SANDBOX, get(ENV + read)), 403, "missing-grant");
    }
  }

  @Test
  void unknownPathsAreNotFoundAndWrongMethodsNotAllowed() {
    ApiResponse unknown = sim.request("main", request("GET", "/projects/shop/routes", null, null));
    ApiResponse wrong =
        sim.request("main", request("DELETE", "/projects/shop/environments/main", null, null));

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).isEqualTo(ApiResponse.PROBLEM);
    assertThat(wrong.status()).isEqualTo(405);
    assertThat(wrong.body()).contains("use GET");
  }

  @Test
  void cancellingARunNeedsTheGrantOfItsTask() throws Exception {
    ActionOutcome created = sim.perform("main", ADMIN, trigger("reindex"));
    String id = JSON.readTree(created.body()).at("/_embedded/activities/0/id").asText();
    String cancel = ENV + "/activities/" + id + "/cancel";

    ActionOutcome refused =
        sim.perform("main", REPORTER, call("POST", cancel, null, TokenChoice.fresh()));
    ActionOutcome unknown =
        sim.perform(
            "main",
            ADMIN,
            call("POST", ENV + "/activities/nope/cancel", null, TokenChoice.fresh()));

    assertRefused(refused, 403, "missing-grant");
    assertThat(refused.decision().needed().toString()).isEqualTo("task:operate:reindex");
    assertThat(unknown.status()).isEqualTo(404);
  }

  private static void assertRefused(ActionOutcome outcome, int status, String reason) {
    assertThat(outcome.status()).as("status of %s", outcome).isEqualTo(status);
    assertThat(outcome.reason()).as("reason of %s", outcome).isEqualTo(reason);
  }

  private static ApiRequest request(String method, String path, String header, String body) {
    return new ApiRequest(method, path, header, body, "http");
  }

  private static Map<String, String> twoEnvironments() {
    Map<String, String> environments = new java.util.LinkedHashMap<>();
    environments.put("main", "production");
    environments.put("pr-4", "development");
    return environments;
  }
}
