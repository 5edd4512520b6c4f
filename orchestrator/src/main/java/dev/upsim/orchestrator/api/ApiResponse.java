package dev.upsim.orchestrator.api;

import dev.upsim.auth.check.Decision;
import java.util.Objects;

/**
 * The environment API's answer, in the shape of HTTP.
 *
 * @param contentType {@code application/json}, {@code application/problem+json} for errors, or
 *     {@code application/x-ndjson} for an activity's log
 * @param decision the token check's decision, refusal reasons of the request itself included; null
 *     when the request never got as far as a check (unknown path, wrong method)
 */
public record ApiResponse(int status, String contentType, String body, Decision decision) {

  /** The content type of JSON answers. */
  public static final String JSON = "application/json";

  /** The content type of error answers (RFC 9457). */
  public static final String PROBLEM = "application/problem+json";

  /** The content type of an activity's log. */
  public static final String NDJSON = "application/x-ndjson";

  public ApiResponse {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
  }

  /** Whether the status is 2xx. */
  public boolean succeeded() {
    return status >= 200 && status < 300;
  }
}
