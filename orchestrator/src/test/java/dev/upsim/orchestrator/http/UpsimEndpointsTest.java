package dev.upsim.orchestrator.http;

import static dev.upsim.orchestrator.http.ApiEndpointsTest.assertProblem;
import static dev.upsim.orchestrator.http.Served.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** upsim's own endpoints on the API server: containers, trace, clock, and the JWKS without keys. */
class UpsimEndpointsTest {

  private static Served served;

  @BeforeAll
  static void serve() {
    served = Served.academy();
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void containersListsEachContainerWithItsProxyAndVariables() {
    JsonNode containers = json(served.get("/__upsim/containers", null));

    assertThat(containers.findValuesAsText("id"))
        .containsExactly(
            "app:admin",
            "worker:admin/mailer",
            "worker:admin/reporter",
            "worker:admin/sandbox",
            "app:storefront");
    JsonNode mailer = containers.get(1);
    assertThat(mailer.get("environment").asText()).isEqualTo("main");
    assertThat(mailer.get("container").asText()).isEqualTo("admin--mailer");
    assertThat(mailer.get("proxy").asText()).startsWith("http://127.0.0.3:");
    assertThat(mailer.get("variables").get("PLATFORM_APPLICATION_NAME").asText())
        .isEqualTo("admin");
    assertThat(mailer.get("variables").get("UPSIM_API_URL").asText())
        .isEqualTo(served.server.apiUrl());
    assertThat(mailer.get("variables").get("UPSIM_PROXY_URL").asText())
        .isEqualTo(mailer.get("proxy").asText());
  }

  @Test
  void everyContainerHasALoopbackAddressOfItsOwn() {
    Set<String> hosts = new HashSet<>();
    for (ServedContainer container : served.server.containers()) {
      hosts.add(container.proxyUrl().replaceAll(":[0-9]+$", ""));
    }

    assertThat(hosts).hasSize(served.server.containers().size()).doesNotContain("http://127.0.0.1");
  }

  @Test
  void theConsoleTableShowsTheSameContainers() {
    String console = served.console.toString();

    assertThat(console).contains("API   " + served.server.apiUrl());
    for (ServedContainer container : served.server.containers()) {
      assertThat(console).containsPattern(container.id() + " +main +" + container.proxyUrl());
    }
    assertThat(console)
        .contains("UPSIM_PROXY_URL=" + served.tokenUrl("app:admin").replace("/oauth2/token", ""));
  }

  @Test
  void theTraceIsJsonLines() {
    served.get(Served.MAIN, null);
    HttpResponse<String> trace = served.get("/__upsim/trace", null);
    List<String> lines = trace.body().lines().toList();

    assertThat(trace.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
    assertThat(lines).allSatisfy(line -> assertThat(json(line).has("seq")).isTrue());
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"kind\":\"api-requested\""));
  }

  @Test
  void theVirtualClockMovesOnlyWhenAdvanced() {
    Instant before = now();
    HttpResponse<String> advanced = served.post("/__upsim/clock/advance?by=15m", null, null);
    Instant after = now();

    assertThat(advanced.statusCode()).isEqualTo(200);
    assertThat(json(advanced).get("advanced_by").asText()).isEqualTo("15m");
    assertThat(json(advanced).get("mode").asText()).isEqualTo("virtual");
    assertThat(Duration.between(before, after)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void advancingWithoutAValidDurationIs400() {
    JsonNode missing = assertProblem(served.post("/__upsim/clock/advance", null, null), 400);
    JsonNode invalid =
        assertProblem(served.post("/__upsim/clock/advance?by=soon", null, null), 400);
    JsonNode negative =
        assertProblem(served.post("/__upsim/clock/advance?by=-5m", null, null), 400);

    assertThat(missing.get("explanation").asText()).contains("?by=15m");
    assertThat(invalid.get("explanation").asText()).contains("soon");
    assertThat(negative.get("reason").asText()).isEqualTo("bad-request");
  }

  @Test
  void upsimEndpointsTakeOneMethodEach() {
    HttpResponse<String> getAdvance = served.get("/__upsim/clock/advance?by=1m", null);
    HttpResponse<String> postContainers = served.post("/__upsim/containers", null, null);

    assertProblem(getAdvance, 405);
    assertThat(getAdvance.headers().firstValue("Allow")).hasValue("POST");
    assertProblem(postContainers, 405);
    assertThat(postContainers.headers().firstValue("Allow")).hasValue("GET");
  }

  @Test
  void anUnknownUpsimPathIs404NamingTheEndpoints() {
    JsonNode problem = assertProblem(served.get("/__upsim/nothing", null), 404);

    assertThat(problem.get("explanation").asText()).contains("/__upsim/containers");
  }

  @Test
  void withoutEd25519TheKeySetIs404SayingHowToTurnItOn() {
    JsonNode problem = assertProblem(served.get("/.well-known/jwks.json", null), 404);

    assertThat(problem.get("explanation").asText()).contains("--signing ed25519");
  }

  private static Instant now() {
    return Instant.parse(json(served.get("/__upsim/clock", null)).get("now").asText());
  }
}
