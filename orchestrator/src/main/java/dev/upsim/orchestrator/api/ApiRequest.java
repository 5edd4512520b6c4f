package dev.upsim.orchestrator.api;

import java.util.Objects;

/**
 * A request to the environment API in the shape of HTTP, so that a server can forward a real
 * request unchanged.
 *
 * @param path the request target, for example {@code /projects/p1/environments/main/tasks}; a query
 *     string is ignored
 * @param authorizationHeader the {@code Authorization} header as sent, or null when absent
 * @param body the body as JSON text, or null when there is none
 * @param caller who sent it, as the trace names them: a container such as {@code shop}, or {@code
 *     http} for a request from outside the simulation
 */
public record ApiRequest(
    String method, String path, String authorizationHeader, String body, String caller) {

  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    caller = caller == null ? "http" : caller;
  }

  /** The request line as logs show it: {@code POST /projects/p1/...}. */
  public String line() {
    return method + " " + path;
  }
}
