package dev.upsim.orchestrator.api;

import dev.upsim.orchestrator.api.ApiRoute.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Matches a method and path against the calls of the environment API. */
public final class ApiRoutes {

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
    String joined = String.join("/", shape);
    switch (joined) {
      case "":
        return get(method, Kind.ENVIRONMENT, project, environment, null);
      case "activities":
        return get(method, Kind.ACTIVITIES, project, environment, null);
      case "activities/*":
        return get(method, Kind.ACTIVITY, project, environment, name);
      case "activities/*/log":
        return get(method, Kind.ACTIVITY_LOG, project, environment, name);
      case "activities/*/cancel":
        return post(method, Kind.CANCEL_ACTIVITY, project, environment, name);
      case "tasks":
        return get(method, Kind.TASKS, project, environment, null);
      case "tasks/*":
        return get(method, Kind.TASK, project, environment, name);
      case "tasks/*/run":
        return post(method, Kind.RUN_TASK, project, environment, name);
      case "deployments":
        return get(method, Kind.DEPLOYMENTS, project, environment, null);
      default:
        return new NotFound();
    }
  }

  private static Match get(String method, Kind kind, String project, String env, String name) {
    return expect("GET", method, new ApiRoute(kind, project, env, name));
  }

  private static Match post(String method, Kind kind, String project, String env, String name) {
    return expect("POST", method, new ApiRoute(kind, project, env, name));
  }

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
