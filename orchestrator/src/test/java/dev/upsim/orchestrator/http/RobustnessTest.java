package dev.upsim.orchestrator.http;

import static dev.upsim.orchestrator.http.ApiEndpointsTest.assertProblem;
import static dev.upsim.orchestrator.http.Served.MAIN;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * No input gets a 500 or a stack trace: malformed requests, slow clients, many connections; and
 * every refusal is logged once, at WARN, with its reason.
 */
class RobustnessTest {

  private static Served served;

  @BeforeAll
  static void serve() {
    served = Served.academy(o -> o.withSettings("serve.body-timeout = 300ms"));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void aMalformedRequestIsAnswered400() throws IOException {
    String badTarget = raw(served.server.apiUrl(), "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n");
    String noHost = raw(served.server.apiUrl(), "GET / HTTP/1.1\r\n\r\n");

    assertThat(badTarget).startsWith("HTTP/1.1 400");
    assertThat(noHost).startsWith("HTTP/1.1 400");
  }

  @Test
  void aMethodHttpDoesNotKnowIsAnswered501() throws IOException {
    String answer = raw(served.server.apiUrl(), "BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 501");
  }

  @Test
  void anOversizedHeaderIsRefusedWithoutAServerError() throws IOException {
    String request =
        "GET "
            + MAIN
            + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
            + "a".repeat(20_000)
            + "\r\n\r\n";

    assertThat(raw(served.server.apiUrl(), request)).matches("(?s)HTTP/1.1 4\\d\\d .*");
  }

  @Test
  void aClientThatSendsItsBodyTooSlowlyGets408() throws IOException {
    String start =
        "POST /oauth2/token HTTP/1.1\r\nHost: x\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: 100\r\n\r\ngrant_type";

    String proxy = served.server.container("app:admin", "main").proxyUrl();
    String api =
        "POST " + MAIN + "/tasks/export/run HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{";

    assertThat(raw(proxy, start)).startsWith("HTTP/1.1 408");
    assertThat(raw(served.server.apiUrl(), api)).startsWith("HTTP/1.1 408");
  }

  @Test
  void aRequestNotAnsweredInTimeGets503WithAProblemBody() {
    try (Served slow = Served.academy(o -> o.withSettings("serve.request-timeout = 100ms"))) {
      HttpResponse<String> answer = slow.post("/__upsim/clock/advance?by=1095d", null, null);

      assertThat(assertProblem(answer, 503).get("reason").asText()).isEqualTo("request-timeout");
    }
  }

  @Test
  void aBinaryFormIsAnInvalidRequest() {
    HttpResponse<String> answer =
        served.send(
            HttpRequest.newBuilder(URI.create(served.tokenUrl("app:admin")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    BodyPublishers.ofByteArray(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, '='})));

    TokenEndpointTest.assertOAuthError(answer, 400, "invalid_request");
  }

  @Test
  void manyConnectionsAtOnceAreAllServed() {
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      answers.add(served.client.sendAsync(tokenRequest(), BodyHandlers.ofString()));
    }

    assertThat(answers).allSatisfy(answer -> assertThat(answer.join().statusCode()).isEqualTo(200));
  }

  @Test
  void everyRefusalIsLoggedOnceAtWarnWithItsReason() {
    ListAppender<ILoggingEvent> events = capture();
    try {
      served.get(MAIN, "not-a-token");
      served.postForm(served.tokenUrl("app:admin"), "grant_type=password");

      assertThat(events.list).hasSize(2);
      assertThat(events.list)
          .allSatisfy(event -> assertThat(event.getLevel()).isEqualTo(Level.WARN));
      assertThat(events.list.get(0).getFormattedMessage())
          .contains("GET " + MAIN)
          .contains("401 malformed-token");
      assertThat(events.list.get(1).getFormattedMessage()).contains("400 unsupported_grant_type");
      assertThat(events.list.get(1).getMDCPropertyMap()).containsEntry("workload", "app:admin");
    } finally {
      release(events);
    }
  }

  private static HttpRequest tokenRequest() {
    return HttpRequest.newBuilder(URI.create(served.tokenUrl("app:admin")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("grant_type=client_credentials"))
        .build();
  }

  /** Sends {@code request} as raw bytes to {@code baseUrl} and reads the answer's first bytes. */
  private static String raw(String baseUrl, String request) throws IOException {
    URI uri = URI.create(baseUrl);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[4096];
      int read = in.read(buffer);
      return read < 0 ? "" : new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
    }
  }

  private static ListAppender<ILoggingEvent> capture() {
    Logger logger = (Logger) LoggerFactory.getLogger(Refusals.class);
    ListAppender<ILoggingEvent> events = new ContextKeepingAppender();
    events.start();
    logger.addAppender(events);
    logger.setLevel(Level.WARN);
    logger.setAdditive(false);
    return events;
  }

  /** Keeps each event's MDC as it was when logged, since it is read only later. */
  private static final class ContextKeepingAppender extends ListAppender<ILoggingEvent> {

    @Override
    protected void append(ILoggingEvent event) {
      event.prepareForDeferredProcessing();
      super.append(event);
    }
  }

  private static void release(ListAppender<ILoggingEvent> events) {
    Logger logger = (Logger) LoggerFactory.getLogger(Refusals.class);
    logger.detachAppender(events);
    logger.setLevel(null);
    logger.setAdditive(true);
  }
}
