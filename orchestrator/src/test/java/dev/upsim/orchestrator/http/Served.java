package dev.upsim.orchestrator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upsim.workloads.config.ConfigLoader;
import dev.upsim.workloads.config.LoadResult;
import dev.upsim.workloads.config.ProjectConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * An upsim serve of the academy configuration (scenarios/configs/academy) on free loopback ports,
 * with the JDK's HTTP client to talk to it.
 */
final class Served implements AutoCloseable {

  /** The path of the API's environment main in project {@code project}. */
  static final String MAIN = "/projects/project/environments/main";

  private static final ObjectMapper JSON = new ObjectMapper();

  final UpsimServer server;
  final StringWriter console;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Served(UpsimServer server, StringWriter console) {
    this.server = server;
    this.console = console;
  }

  /** Serves the academy on free ports with the virtual clock, adjusted by {@code adjust}. */
  static Served academy(UnaryOperator<ServeOptions> adjust) {
    ServeOptions options =
        ServeOptions.of(academyConfig()).withPorts(0, 0).withClock(ClockMode.VIRTUAL);
    StringWriter console = new StringWriter();
    UpsimServer server = UpsimServer.start(adjust.apply(options), new PrintWriter(console, true));
    return new Served(server, console);
  }

  /** Serves the academy on free ports with the virtual clock. */
  static Served academy() {
    return academy(options -> options);
  }

  /** The academy configuration as the loader reads it from scenarios/. */
  static ProjectConfig academyConfig() {
    LoadResult result = ConfigLoader.load(Path.of("../scenarios/configs/academy"));
    return ((LoadResult.Loaded) result).config();
  }

  /** The token endpoint of the proxy of {@code id} in main. */
  String tokenUrl(String id) {
    return server.container(id, "main").tokenUrl();
  }

  /** A token from the proxy of {@code id} in main, with the default lifetime. */
  String token(String id) {
    HttpResponse<String> answer = postForm(tokenUrl(id), "grant_type=client_credentials");
    return json(answer).get("access_token").asText();
  }

  /** A POST of a form to {@code url}. */
  HttpResponse<String> postForm(String url, String form) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(form)));
  }

  /** A GET of {@code path} on the API with {@code token} (none when null). */
  HttpResponse<String> get(String path, String token) {
    return send(withToken(HttpRequest.newBuilder(api(path)).GET(), token));
  }

  /** A POST of JSON {@code body} (none when null) to {@code path} on the API with {@code token}. */
  HttpResponse<String> post(String path, String token, String body) {
    HttpRequest.BodyPublisher publisher =
        body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api(path))
            .header("Content-Type", "application/json")
            .POST(publisher);
    return send(withToken(request, token));
  }

  /** Sends {@code request} and reads the whole answer as text. */
  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofSeconds(20)).build(), BodyHandlers.ofString());
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  /** The URI of {@code path} on the API. */
  URI api(String path) {
    return URI.create(server.apiUrl() + path);
  }

  /** The body of {@code answer} as JSON. */
  static JsonNode json(HttpResponse<String> answer) {
    return json(answer.body());
  }

  /** {@code text} as JSON. */
  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException notJson) {
      throw new UncheckedIOException(notJson);
    }
  }

  @Override
  public void close() {
    server.close();
  }

  private static HttpRequest.Builder withToken(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }
}
