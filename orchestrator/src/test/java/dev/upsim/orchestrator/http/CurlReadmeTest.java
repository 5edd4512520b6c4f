package dev.upsim.orchestrator.http;

import static dev.upsim.orchestrator.http.Served.MAIN;
import static dev.upsim.orchestrator.http.Served.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upsim.orchestrator.scenario.ParseResult;
import dev.upsim.orchestrator.scenario.ScenarioParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's session, with curl as a user would run it: a token from the admin application's
 * proxy, then a task run, its activity and its log with that token. Skipped where curl is absent.
 */
class CurlReadmeTest {

  @BeforeAll
  static void needsCurl() {
    Assumptions.assumeTrue(
        curlRuns(), "curl is not installed here: the README's session is skipped");
  }

  @Test
  void theReadmesCurlSessionWorks() throws Exception {
    ParseResult parsed =
        ScenarioParser.withReferenceSettings().parse(Path.of("../scenarios/quickstart.yaml"));
    var programs = ((ParseResult.Parsed) parsed).scenario().programs();
    try (Served served = Served.academy(o -> o.withClock(ClockMode.WALL).withPrograms(programs))) {
      String api = served.server.apiUrl();

      JsonNode token =
          json(curl("-s", "-d", "grant_type=client_credentials", served.tokenUrl("app:admin")));
      String bearer = "Authorization: Bearer " + token.get("access_token").asText();
      JsonNode run = json(curl("-s", "-X", "POST", "-H", bearer, api + MAIN + "/tasks/export/run"));
      String id = run.get("_embedded").get("activities").get(0).get("id").asText();
      JsonNode activity = json(curl("-s", "-H", bearer, api + MAIN + "/activities/" + id));
      String log = curl("-s", "-H", bearer, api + MAIN + "/activities/" + id + "/log");

      assertThat(token.get("token_type").asText()).isEqualTo("bearer");
      assertThat(token.get("expires_in").asInt()).isEqualTo(60);
      assertThat(run.get("status").asText()).isEqualTo("created");
      assertThat(activity.get("state").asText()).isEqualTo("complete");
      assertThat(activity.get("result").asText()).isEqualTo("success");
      assertThat(log).contains("export written to exports/orders.csv").contains("\"seal\":true");
    }
  }

  private static String curl(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("curl", "--max-time", "20"));
    command.addAll(List.of(arguments));
    Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(curl.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(curl.exitValue()).as("curl %s: %s", arguments, out).isZero();
    return out;
  }

  private static boolean curlRuns() {
    try {
      Process curl = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
      curl.getInputStream().readAllBytes();
      return curl.waitFor(10, TimeUnit.SECONDS) && curl.exitValue() == 0;
    } catch (IOException absent) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
