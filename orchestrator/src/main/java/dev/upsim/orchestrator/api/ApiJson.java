package dev.upsim.orchestrator.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upsim.auth.check.Decision;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.activity.LogLine;
import dev.upsim.orchestrator.json.Json;
import dev.upsim.orchestrator.trace.DecisionJson;
import dev.upsim.workloads.config.Application;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.config.TaskDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the environment API, each field in a fixed order. */
public final class ApiJson {

  private ApiJson() {}

  /**
   * An activity: id, type, parameters, state, result, times, container, variables, and upsim's
   * chain (every task of a chain up to seven deep, else its first and last three) with its depth.
   */
  public static ObjectNode activity(Activity activity) {
    ObjectNode node = Json.object();
    node.put("id", activity.id());
    node.put("type", "environment.task");
    node.putObject("parameters").put("task", activity.task());
    node.put("state", activity.state().word());
    node.put("result", activity.result() == null ? null : activity.result().word());
    node.put("created_at", time(activity.createdAt()));
    node.put("started_at", time(activity.startedAt()));
    node.put("completed_at", time(activity.completedAt()));
    node.put("container", activity.container());
    node.putObject("variables").set("env", strings(activity.variables()));
    ArrayNode chain = node.putArray("chain");
    activity.chain().ends().forEach(chain::add);
    node.put("chain_depth", activity.chain().depth());
    node.put("triggered_by", activity.triggeredBy());
    return node;
  }

  /** Activities, newest first, as the platform lists them. */
  public static ArrayNode activities(List<Activity> oldestFirst) {
    ArrayNode list = Json.array();
    for (int i = oldestFirst.size() - 1; i >= 0; i--) {
      list.add(activity(oldestFirst.get(i)));
    }
    return list;
  }

  /** The body of an accepted run call. */
  public static ObjectNode runCreated(Activity activity) {
    ObjectNode node = Json.object();
    node.put("status", "created");
    node.put("code", 202);
    node.putObject("_embedded").putArray("activities").add(activity(activity));
    return node;
  }

  /** An activity's log as NDJSON: one line per output line, then the seal. */
  public static String log(Activity activity) {
    StringBuilder lines = new StringBuilder();
    int id = 0;
    for (LogLine line : activity.log()) {
      ObjectNode node = Json.object().put("_id", id++);
      node.putObject("data").put("timestamp", time(line.at())).put("message", line.message());
      lines.append(Json.text(node)).append('\n');
    }
    ObjectNode seal = Json.object().put("_id", id).put("seal", true);
    return lines.append(Json.text(seal)).append('\n').toString();
  }

  /** The environment itself. */
  public static ObjectNode environment(String project, String name, String type, int deploys) {
    ObjectNode node = Json.object();
    node.put("id", name);
    node.put("name", name);
    node.put("project", project);
    node.put("type", type);
    node.put("status", "active");
    node.put("deployments", deploys);
    return node;
  }

  /** The tasks of the deployed configuration, in declaration order. */
  public static ArrayNode tasks(ProjectConfig config) {
    ArrayNode list = Json.array();
    config.tasks().values().forEach(task -> list.add(task(task)));
    return list;
  }

  /** One task of the configuration. */
  public static ObjectNode task(TaskDefinition task) {
    ObjectNode node = Json.object();
    node.put("name", task.name());
    node.put("type", task.type());
    node.putObject("run").put("command", task.command()).put("timeout", seconds(task));
    node.put("declared_at", task.at().fileAndLine());
    return node;
  }

  /** The deployments of the environment, newest first. */
  public static ArrayNode deployments(List<Deployment> oldestFirst) {
    ArrayNode list = Json.array();
    for (int i = oldestFirst.size() - 1; i >= 0; i--) {
      list.add(deployment(oldestFirst.get(i)));
    }
    return list;
  }

  private static ObjectNode deployment(Deployment deployment) {
    ObjectNode node = Json.object();
    node.put("id", deployment.number());
    node.put("deployed_at", time(deployment.deployedAt()));
    ArrayNode applications = node.putArray("applications");
    for (Application app : deployment.config().applications().values()) {
      ObjectNode entry = applications.addObject().put("name", app.name());
      ArrayNode workers = entry.putArray("workers");
      app.workers().keySet().forEach(workers::add);
      ArrayNode crons = entry.putArray("crons");
      app.crons().keySet().forEach(crons::add);
    }
    ArrayNode tasks = node.putArray("tasks");
    deployment.config().tasks().keySet().forEach(tasks::add);
    return node;
  }

  /**
   * An error body ({@code application/problem+json}): status, title, the error message, and for a
   * refusal its reason code, explanation, the grant needed and the grants held with provenance.
   */
  public static ObjectNode problem(int status, String error, Decision decision) {
    ObjectNode node = Json.object();
    node.put("status", status);
    node.put("title", title(status));
    node.put("error", error);
    if (decision != null && !decision.allowed()) {
      node.put("reason", decision.reason().code());
      node.put("explanation", decision.explanation());
      node.put("needed", decision.needed() == null ? null : decision.needed().toString());
      node.set("held", DecisionJson.held(decision.held()));
    }
    return node;
  }

  private static String title(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 409:
        return "Conflict";
      case 429:
        return "Too Many Requests";
      default:
        return "Error";
    }
  }

  private static ObjectNode strings(Map<String, String> values) {
    ObjectNode node = Json.object();
    values.forEach(node::put);
    return node;
  }

  private static long seconds(TaskDefinition task) {
    return task.timeout() == null ? 3600 : task.timeout().toSeconds();
  }

  private static String time(Instant instant) {
    return InstantText.of(instant);
  }
}
