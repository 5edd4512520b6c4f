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
import dev.upsim.auth.check.Decision;
import dev.upsim.auth.proxy.AuthProxy.TokenIssued;
import dev.upsim.orchestrator.api.ApiRequest;
import dev.upsim.orchestrator.api.ApiResponse;
import dev.upsim.orchestrator.fixtures.Academy;
import dev.upsim.orchestrator.fixtures.SimulationTestKit;
import dev.upsim.orchestrator.supervision.EnvironmentSupervisor;
import dev.upsim.workloads.program.ActionOutcome;
import dev.upsim.workloads.program.TokenChoice;
import java.time.Duration;
import java.util.Map;
import org.apache.pekko.actor.testkit.typed.annotations.JUnit5TestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestKitJUnit5Extension;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PLATFORM.md section 5: the environment API's calls, grants and refusals. Each test runs a
 * simulation of two environments in the test kit's system; a probe stands in for a client where the
 * API's answer, decision included, is what the rule is about.
 */
@ExtendWith(TestKitJUnit5Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRulesTest {

  private static final String RUN_EXPORT = ENV + "/tasks/export/run";
  private static final ObjectMapper JSON = new ObjectMapper();

  @JUnit5TestKit final ActorTestKit testKit = SimulationTestKit.create(ApiRulesTest.class);

  private Simulation sim;

  @BeforeEach
  void start() {
    SimulationSpec spec =
        SimulationSpec.of(Academy.config()).withProject("shop").withEnvironments(twoEnvironments());
    sim = Simulation.startIn(testKit.system(), spec);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void theApisDecisionCrossesBackToTheCallerWithItsReasonAndProvenance() throws Exception {
    TestProbe<ApiResponse> client = testKit.createTestProbe();
    String token = tokenOf("admin--reporter");
    ApiRequest run =
        request("POST", "/projects/shop/environments/main/tasks/export/run", token, null);

    sim.tell("main", new EnvironmentSupervisor.HandleRequest(run, client.ref()));

    ApiResponse answer = client.receiveMessage();
    Decision decision = answer.decision();
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).isEqualTo(ApiResponse.PROBLEM);
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason().code()).isEqualTo("missing-grant");
    assertThat(decision.needed().toString()).isEqualTo("task:operate:export");
    assertThat(decision.held())
        .extracting(held -> held.grant().toString())
        .containsExactly("env:view");
    assertThat(decision.explanation()).contains("worker:admin/reporter");
    assertThat(JSON.readTree(answer.body()).path("error").asText()).isNotBlank();
  }

  @Test
  void anAllowedCallCarriesItsDecisionToo() {
    TestProbe<ApiResponse> client = testKit.createTestProbe();
    ApiRequest read = request("GET", "/projects/shop/environments/main", tokenOf("admin"), null);

    sim.tell("main", new EnvironmentSupervisor.HandleRequest(read, client.ref()));

    ApiResponse answer = client.receiveMessage();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo(ApiResponse.JSON);
    assertThat(answer.decision().allowed()).isTrue();
    assertThat(answer.decision().needed().toString()).isEqualTo("env:view");
    assertThat(answer.decision().claims().workload().toString()).isEqualTo("app:admin");
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
    ActionOutcome other = sim.perform("main", ADMIN, get("/projects/other/environments"));

    assertRefused(outcome, 403, "wrong-environment");
    assertThat(outcome.message()).contains("needs a user's token");
    assertRefused(other, 403, "wrong-project");
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
  void everyReadNeedsEnvView() throws Exception {
    String id = activityId(sim.perform("main", ADMIN, trigger("reindex")));
    String[] reads = {
      "",
      "/activities",
      "/activities/" + id,
      "/activities/" + id + "/log",
      "/tasks",
      "/tasks/export",
      "/deployments"
    };
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
    String id = activityId(sim.perform("main", ADMIN, trigger("reindex")));
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
    assertRefused(unknown, 404, "unknown-task");
    assertThat(unknown.message()).contains("activity not found").contains("nope");
  }

  @Test
  void anUnknownActivityIsNotFoundWithItsDecision() {
    ActionOutcome read = sim.perform("main", ADMIN, get(ENV + "/activities/nope"));
    ActionOutcome log = sim.perform("main", REPORTER, get(ENV + "/activities/nope/log"));
    ActionOutcome anonymous =
        sim.perform("main", ADMIN, call("GET", ENV + "/activities/nope", null, TokenChoice.none()));

    assertRefused(read, 404, "unknown-task");
    assertThat(read.decision().explanation()).contains("no task run of main has the activity id");
    assertRefused(log, 404, "unknown-task");
    assertRefused(anonymous, 401, "missing-token");
  }

  @Test
  void cancellingARunThatHasEndedIsAConflictThatTheCheckAllowed() throws Exception {
    String id = activityId(sim.perform("main", ADMIN, trigger("reindex")));
    sim.settle();
    String cancel = ENV + "/activities/" + id + "/cancel";

    ActionOutcome late =
        sim.perform("main", ADMIN, call("POST", cancel, null, TokenChoice.fresh()));

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.reason()).isNull();
    assertThat(late.decision().allowed()).isTrue();
    assertThat(late.message()).contains("has already ended: complete (success)");
  }

  private String tokenOf(String container) {
    return "Bearer " + ((TokenIssued) sim.requestToken("main", container, null)).accessToken();
  }

  private static String activityId(ActionOutcome created) throws Exception {
    return JSON.readTree(created.body()).at("/_embedded/activities/0/id").asText();
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
