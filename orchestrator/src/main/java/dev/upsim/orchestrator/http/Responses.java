package dev.upsim.orchestrator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upsim.orchestrator.api.ApiJson;
import dev.upsim.orchestrator.api.ApiResponse;
import dev.upsim.orchestrator.json.Json;
import org.apache.pekko.http.javadsl.model.ContentType;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpCharsets;
import org.apache.pekko.http.javadsl.model.HttpMethod;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.Allow;

/**
 * The HTTP answers of the API server: the simulation's answers as they are, and the server's own
 * refusals as {@code application/problem+json} bodies shaped like the simulation's.
 */
final class Responses {

  /** {@code application/problem+json}, the content type of every error body. */
  static final ContentType.WithFixedCharset PROBLEM =
      ContentTypes.create(
          MediaTypes.applicationWithFixedCharset("problem+json", HttpCharsets.UTF_8));

  /** {@code application/x-ndjson}, the content type of activity logs and of the trace. */
  static final ContentType.WithFixedCharset NDJSON =
      ContentTypes.create(MediaTypes.applicationWithFixedCharset("x-ndjson", HttpCharsets.UTF_8));

  private Responses() {}

  /** The simulation's {@code answer}, its status, content type and body unchanged. */
  static HttpResponse of(ApiResponse answer) {
    return HttpResponse.create()
        .withStatus(StatusCodes.get(answer.status()))
        .withEntity(contentType(answer.contentType()), answer.body());
  }

  /** A 200 answer with the JSON tree {@code body}. */
  static HttpResponse json(JsonNode body) {
    return HttpResponse.create().withEntity(ContentTypes.APPLICATION_JSON, Json.text(body));
  }

  /** A 200 answer of JSON lines, {@code lines}. */
  static HttpResponse jsonLines(String lines) {
    return HttpResponse.create().withEntity(NDJSON, lines);
  }

  /**
   * A problem body for a refusal of the server itself: the status, its title, the short {@code
   * error}, a {@code reason} code and the {@code explanation} of what would be valid.
   */
  static HttpResponse problem(int status, String error, String reason, String explanation) {
    ObjectNode body = ApiJson.problem(status, error, null);
    body.put("title", StatusCodes.get(status).reason());
    body.put("reason", reason);
    body.put("explanation", explanation);
    return HttpResponse.create()
        .withStatus(StatusCodes.get(status))
        .withEntity(PROBLEM, Json.text(body));
  }

  /** A 405 problem naming {@code allowed}, with the {@code Allow} header. */
  static HttpResponse wrongMethod(String method, String path, HttpMethod allowed) {
    String error = method + " is not allowed on " + path;
    String explanation = error + "; use " + allowed.name();
    return problem(405, error, "method-not-allowed", explanation).addHeader(Allow.create(allowed));
  }

  private static ContentType.NonBinary contentType(String name) {
    switch (name) {
      case ApiResponse.PROBLEM:
        return PROBLEM;
      case ApiResponse.NDJSON:
        return NDJSON;
      default:
        return ContentTypes.APPLICATION_JSON;
    }
  }
}
