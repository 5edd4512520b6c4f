package dev.upsim.orchestrator.http;

import static org.apache.pekko.http.javadsl.server.PathMatchers.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upsim.orchestrator.api.ApiRequest;
import dev.upsim.orchestrator.api.ApiResponse;
import dev.upsim.orchestrator.api.ApiRoutes;
import dev.upsim.orchestrator.json.Json;
import dev.upsim.workloads.schedule.DurationFormatException;
import dev.upsim.workloads.schedule.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpHeader;
import org.apache.pekko.http.javadsl.model.HttpMethod;
import org.apache.pekko.http.javadsl.model.HttpMethods;
import org.apache.pekko.http.javadsl.model.HttpRequest;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.headers.Allow;
import org.apache.pekko.http.javadsl.server.Route;

/**
 * The routes of the API server: the environment API of PLATFORM.md section 5, forwarded to the
 * simulation and answered as it answers; the public keys at {@code /.well-known/jwks.json}; and
 * upsim's own endpoints under {@code /__upsim} (containers, trace, clock).
 *
 * <p>Design notes. The simulation already shapes every answer of the API (status, problem bodies
 * with the reason and its explanation, activities, NDJSON logs), so this class renders nothing of
 * its own for those: it adds only what HTTP needs and the simulation cannot know, the {@code Allow}
 * header of a 405. Its own refusals (oversized or slow bodies, unknown upsim paths) have the same
 * problem shape. Every refusal is logged once.
 */
final class ApiEndpoints extends GuardedRoutes {

  private static final String UPSIM_PATHS =
      "GET /__upsim/containers, GET /__upsim/trace, GET /__upsim/clock and"
          + " POST /__upsim/clock/advance?by=15m";

  private static final String WALL =
      "simulated time follows the wall clock; start upsim serve with --clock virtual to move it"
          + " by hand";
  private static final String HOW_TO_ADVANCE =
      "say how far to move the clock, as in POST /__upsim/clock/advance?by=15m";

  private final SimulationCalls calls;
  private final ProxyServers proxies;
  private final Bodies bodies;
  private final Optional<String> jwks;
  private final ClockMode clock;
  private final Refusals refusals;

  /**
   * The routes over {@code calls}, listing the containers of {@code proxies}, publishing {@code
   * jwks} when there is a key set, with simulated time moving as {@code clock} says.
   */
  ApiEndpoints(
      SimulationCalls calls,
      ProxyServers proxies,
      Bodies bodies,
      Optional<String> jwks,
      ClockMode clock,
      Refusals refusals) {
    this.calls = calls;
    this.proxies = proxies;
    this.bodies = bodies;
    this.jwks = jwks;
    this.clock = clock;
    this.refusals = refusals;
  }

  @Override
  protected Route routes() {
    return concat(
        path(segment(".well-known").slash("jwks.json"), () -> only(HttpMethods.GET, this::jwks)),
        pathPrefix("__upsim", this::upsim),
        extractRequest(this::forward));
  }

  private Route upsim() {
    return concat(
        path("containers", () -> only(HttpMethods.GET, this::containers)),
        path("trace", () -> only(HttpMethods.GET, this::trace)),
        path("clock", () -> only(HttpMethods.GET, this::clock)),
        path(segment("clock").slash("advance"), () -> only(HttpMethods.POST, this::advance)),
        extractRequest(this::unknownUpsimPath));
  }

  private Route jwks() {
    return jwks.map(this::keySet).orElseGet(() -> extractRequest(this::noJwks));
  }

  private Route keySet(String keys) {
    return complete(HttpResponse.create().withEntity(ContentTypes.APPLICATION_JSON, keys));
  }

  private Route noJwks(HttpRequest request) {
    String why =
        "tokens are signed with HS256, whose secret is never published; start upsim serve with"
            + " --signing ed25519 to sign with Ed25519 and publish the public keys here";
    return complete(refuse(request, 404, "no public keys", "no-public-keys", why));
  }

  private Route containers() {
    return complete(Responses.json(ContainersJson.of(proxies.served())));
  }

  private Route trace() {
    return completeWithFuture(calls.trace().thenApply(Responses::jsonLines));
  }

  private Route clock() {
    return complete(Responses.json(clockJson(calls.now())));
  }

  private Route advance() {
    return extractRequest(request -> completeWithFuture(advanced(request)));
  }

  private Route unknownUpsimPath(HttpRequest request) {
    String path = request.getUri().path();
    String why = "upsim's own endpoints are " + UPSIM_PATHS;
    return complete(refuse(request, 404, "no such path: " + path, "unknown-path", why));
  }

  private Route forward(HttpRequest request) {
    return completeWithFuture(bodies.read(request).thenCompose(read -> forwarded(request, read)));
  }

  private CompletionStage<HttpResponse> advanced(HttpRequest request) {
    if (clock == ClockMode.WALL) {
      return completed(
          refuse(request, 409, "the clock follows the wall clock", "wall-clock", WALL));
    }
    Optional<String> by = request.getUri().query().get("by");
    if (by.isEmpty()) {
      return completed(refuse(request, 400, "by is missing", "bad-request", HOW_TO_ADVANCE));
    }
    return advancedBy(request, by.get());
  }

  private CompletionStage<HttpResponse> advancedBy(HttpRequest request, String by) {
    try {
      Duration duration = Durations.parse(by);
      return calls.advance(duration).thenApply(now -> advancedTo(now, duration));
    } catch (DurationFormatException bad) {
      String error = "by is not a duration";
      return completed(refuse(request, 400, error, "bad-request", bad.getMessage()));
    }
  }

  private HttpResponse advancedTo(Instant now, Duration by) {
    return Responses.json(clockJson(now).put("advanced_by", Durations.format(by)));
  }

  private CompletionStage<HttpResponse> forwarded(HttpRequest request, Bodies.Read read) {
    if (read instanceof Bodies.Refused refused) {
      String error = refused.explanation();
      return completed(refuse(request, refused.status(), error, refused.reason(), error));
    }
    String body = ((Bodies.Text) read).text();
    ApiRequest api =
        new ApiRequest(
            request.method().name(),
            request.getUri().path(),
            request.getHeader("Authorization").map(HttpHeader::value).orElse(null),
            body.isEmpty() ? null : body,
            "http");
    return calls.request(api).thenApply(answer -> answered(request, answer));
  }

  private HttpResponse answered(HttpRequest request, ApiResponse answer) {
    HttpResponse response = Responses.of(answer);
    if (answer.succeeded()) {
      return response;
    }
    boolean decided = answer.decision() != null && !answer.decision().allowed();
    String reason = decided ? answer.decision().reason().code() : reasonOf(answer.status());
    String why = decided ? answer.decision().explanation() : errorOf(answer);
    refusals.refused(request, answer.status(), reason, why);
    return answer.status() == 405 ? response.addHeader(allowed(request)) : response;
  }

  /** The reason code of a refusal the simulation made before any token check. */
  private static String reasonOf(int status) {
    switch (status) {
      case 404:
        return "unknown-path";
      case 405:
        return "method-not-allowed";
      default:
        return "status-" + status;
    }
  }

  /** The {@code error} of a problem body, for the log. */
  private static String errorOf(ApiResponse answer) {
    try {
      return Json.read(answer.body()).path("error").asText(answer.body());
    } catch (JsonProcessingException notJson) {
      return answer.body();
    }
  }

  private Route only(HttpMethod method, Supplier<Route> inner) {
    return concat(
        method(method, inner), extractRequest(request -> complete(wrongMethod(request, method))));
  }

  private HttpResponse wrongMethod(HttpRequest request, HttpMethod allowed) {
    String method = request.method().name();
    refusals.refused(request, 405, "method-not-allowed", method + " instead of " + allowed.name());
    return Responses.wrongMethod(method, request.getUri().path(), allowed);
  }

  private HttpResponse refuse(
      HttpRequest request, int status, String error, String reason, String why) {
    refusals.refused(request, status, reason, why);
    return Responses.problem(status, error, reason, why);
  }

  private ObjectNode clockJson(Instant now) {
    return Json.object().put("mode", clock.word()).put("now", now.toString());
  }

  private static Allow allowed(HttpRequest request) {
    ApiRoutes.Match match = ApiRoutes.match(request.method().name(), request.getUri().path());
    String method = match instanceof ApiRoutes.WrongMethod wrong ? wrong.allowed() : "GET";
    return Allow.create(HttpMethods.lookup(method).orElse(HttpMethods.GET));
  }

  private static CompletionStage<HttpResponse> completed(HttpResponse response) {
    return CompletableFuture.completedFuture(response);
  }

  @Override
  protected HttpResponse timedOut(HttpRequest request) {
    String why = "the simulation did not answer in time; it may be busy moving the clock";
    return refuse(request, 503, "no answer in time", "request-timeout", why);
  }

  @Override
  protected HttpResponse failed() {
    String why = "upsim failed while answering; see its log";
    return Responses.problem(500, "internal error", "internal-error", why);
  }
}
