package dev.upsim.orchestrator.api;

import dev.upsim.orchestrator.api.ApiRoute.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Matches a method and path against the calls of the environment API. */
public final class ApiRoutes {

  /** The method and kind of a call, by the shape of the path after the environment. */
  private static final Map<String, Call> CALLS =
      Map.of(
          "", new Call("GET", Kind.ENVIRONMENT),
          "activities", new Call("GET", Kind.ACTIVITIES),
          "activities/*", new Call("GET", Kind.ACTIVITY),
          "activities/*/log", new Call("GET", Kind.ACTIVITY_LOG),
          "activities/*/cancel", new Call("POST", Kind.CANCEL_ACTIVITY),
          "tasks", new Call("GET", Kind.TASKS),
          "tasks/*", new Call("GET", Kind.TASK),
          "tasks/*/run", new Call("POST", Kind.RUN_TASK),
          "deployments", new Call("GET", Kind.DEPLOYMENTS));

  private ApiRoutes() {}

  /** What a request target matched. */
  public sealed interface Match permits Found, NotFound, WrongMethod {}

  /** The path and method name a known call. */
  public record Found(ApiRoute route) implements Match {}

  /** The path names nothing the API knows. */
  public record NotFound() implements Match {}

  /** The path is known but takes another method, {@code allowed}. */
  public record WrongMethod(String allowed) implements Match {}

  /** Matches {@code method} and {@code path} (its query string ignored). */
  public static Match match(String method, String path) {
    List<String> parts = segments(path);
    if (parts.size() < 3 || !parts.get(0).equals("projects")) {
      return new NotFound();
    }
    if (!parts.get(2).equals("environments") || parts.contains("")) {
      return new NotFound();
    }
    String project = parts.get(1);
    if (parts.size() == 3) {
      return expect("GET", method, new ApiRoute(Kind.LIST_ENVIRONMENTS, project, null, null));
    }
    return environmentCall(method, project, parts.get(3), parts.subList(4, parts.size()));
  }

  private static Match environmentCall(
      String method, String project, String environment, List<String> rest) {
    String name = rest.size() > 1 ? rest.get(1) : null;
    List<String> shape = new ArrayList<>(rest);
    if (name != null) {
      shape.set(1, "*");
    }
    Call call = CALLS.get(String.join("/", shape));
    if (call == null) {
      return new NotFound();
    }
    return expect(call.method(), method, new ApiRoute(call.kind(), project, environment, name));
  }

  private record Call(String method, Kind kind) {}

  private static Match expect(String allowed, String method, ApiRoute route) {
    return allowed.equalsIgnoreCase(method) ? new Found(route) : new WrongMethod(allowed);
  }

  private static List<String> segments(String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    if (!bare.startsWith("/")) {
      return List.of();
    }
    bare = bare.endsWith("/") && bare.length() > 1 ? bare.substring(0, bare.length() - 1) : bare;
    return Arrays.asList(bare.substring(1).split("/", -1));
  }
}
