package dev.upsim.orchestrator.http;

import static dev.upsim.orchestrator.fixtures.Steps.sleep;
import static dev.upsim.orchestrator.http.Served.MAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.program.Program;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where proxies listen, what they do when they cannot, and their rate limit over HTTP. */
class ProxyServersTest {

  @Test
  void pastTheRateLimitAProxyAnswers429WithAnEmptyBody() {
    String limit = "proxy.rate-limit.tokens = 2\nproxy.rate-limit.per = 1h";
    try (Served served = Served.academy(o -> o.withSettings(limit))) {
      String url = served.tokenUrl("app:admin");
      served.postForm(url, "grant_type=client_credentials");
      served.postForm(url, "grant_type=client_credentials");

      HttpResponse<String> third = served.postForm(url, "grant_type=client_credentials");
      HttpResponse<String> otherProxy =
          served.postForm(served.tokenUrl("worker:admin/mailer"), "grant_type=client_credentials");

      assertThat(third.statusCode()).isEqualTo(429);
      assertThat(third.body()).isEmpty();
      assertThat(otherProxy.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aProxyWhoseAddressIsTakenFallsBackToAPortOfTheLoopbackAndSaysSo() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.2"))) {
      int port = taken.getLocalPort();
      try (Served served = Served.academy(o -> o.withPorts(0, port))) {
        ServedContainer admin = served.server.container("app:admin", "main");
        ServedContainer mailer = served.server.container("worker:admin/mailer", "main");

        assertThat(admin.fallback()).isTrue();
        assertThat(admin.proxyUrl()).startsWith("http://127.0.0.1:").doesNotEndWith(":" + port);
        assertThat(mailer.fallback()).isFalse();
        assertThat(mailer.proxyUrl()).isEqualTo("http://127.0.0.3:" + port);
        assertThat(served.console.toString())
            .contains("app:admin *")
            .contains("Note: containers marked * could not have a loopback address of their own");
        assertThat(served.token("app:admin")).isNotBlank();
        assertThat(served.get(MAIN, served.token("worker:admin/mailer")).statusCode())
            .isEqualTo(200);
      }
    }
  }

  @Test
  void anApiPortAlreadyTakenStopsTheServerWithAClearMessage() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> Served.academy(o -> o.withPorts(port, 0)))
          .isInstanceOf(ServeException.class)
          .hasMessageContaining("cannot listen on 127.0.0.1:" + port)
          .hasMessageContaining("--api-port");
    }
  }

  @Test
  void optionsTheSimulationRefusesStopTheServerWithItsMessage() {
    assertThatThrownBy(() -> Served.academy(o -> o.withEnvironments(Map.of("main", "live"))))
        .isInstanceOf(ServeException.class)
        .hasMessageContaining("valid types are");
  }

  @Test
  void underTheWallClockSleepsAndRunsEndOnTheirOwn() throws InterruptedException {
    Map<WorkloadId, Program> programs =
        Map.of(WorkloadId.task("export"), Program.of(sleep(Duration.ofMillis(300))));
    try (Served served = Served.academy(o -> o.withClock(ClockMode.WALL).withPrograms(programs))) {
      String admin = served.token("app:admin");
      String id =
          Served.json(served.post(MAIN + "/tasks/export/run", admin, null))
              .get("_embedded")
              .get("activities")
              .get(0)
              .get("id")
              .asText();

      String state = "in_progress";
      for (int tries = 0; tries < 50 && state.equals("in_progress"); tries++) {
        Thread.sleep(100);
        state = Served.json(served.get(MAIN + "/activities/" + id, admin)).get("state").asText();
      }

      assertThat(state).isEqualTo("complete");
      assertThat(Served.json(served.get("/__upsim/clock", null)).get("mode").asText())
          .isEqualTo("wall");
      assertThat(served.post("/__upsim/clock/advance?by=1m", null, null).statusCode())
          .isEqualTo(409);
    }
  }
}
