package dev.upsim.orchestrator.container;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upsim.orchestrator.json.Json;
import java.util.Map;

/** The requests a program's steps turn into, for the project and environment it runs in. */
final class StepCalls {

  private final String project;
  private final String environment;

  StepCalls(String project, String environment) {
    this.project = project;
    this.environment = environment;
  }

  /** {@code path} with {@code {project}} and {@code {env}} replaced by the runner's own. */
  String expand(String path) {
    return path.replace("{project}", project).replace("{env}", environment);
  }

  /** The run call of {@code task} in the runner's environment. */
  String runPath(String task) {
    return expand("/projects/{project}/environments/{env}/tasks/" + task + "/run");
  }

  /** The cancel call of activity {@code id} in the runner's environment. */
  String cancelPath(String id) {
    return expand("/projects/{project}/environments/{env}/activities/" + id + "/cancel");
  }

  /** The run body for {@code variables}: none at all when there are none. */
  String runBody(Map<String, String> variables) {
    if (variables.isEmpty()) {
      return null;
    }
    ObjectNode body = Json.object();
    ObjectNode env = body.putObject("variables").putObject("env");
    variables.forEach(env::put);
    return Json.text(body);
  }

  /**
   * {@code token} with the first character of its signature changed, as an attacker who edits a
   * token would leave it: still well formed, no longer signed. The first character is changed
   * because the last may carry only padding bits that decoders ignore.
   */
  static String tamper(String token) {
    int signature = token.lastIndexOf('.') + 1;
    if (signature <= 0 || signature >= token.length()) {
      return token + "x";
    }
    char first = token.charAt(signature);
    char changed = first == 'A' ? 'B' : 'A';
    return token.substring(0, signature) + changed + token.substring(signature + 1);
  }
}
