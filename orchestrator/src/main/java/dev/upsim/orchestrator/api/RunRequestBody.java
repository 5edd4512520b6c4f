package dev.upsim.orchestrator.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.upsim.orchestrator.json.Json;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the body of a run call: nothing at all, or a JSON object holding only {@code variables},
 * which holds only {@code env}, an object of variable names to strings.
 */
public final class RunRequestBody {

  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String EXAMPLE = "{\"variables\": {\"env\": {\"NAME\": \"value\"}}}";

  private RunRequestBody() {}

  /** The result of reading a body. */
  public sealed interface Parsed permits Variables, Invalid {}

  /** The run's {@code variables.env}, empty when the body gave none. */
  public record Variables(Map<String, String> env) implements Parsed {}

  /** The body is not acceptable, and why, in words that name the place and what is valid. */
  public record Invalid(String problem) implements Parsed {}

  /** Reads {@code body}; null or blank means no variables. */
  public static Parsed parse(String body) {
    if (body == null || body.isBlank()) {
      return new Variables(Map.of());
    }
    JsonNode root;
    try {
      root = Json.read(body);
    } catch (JsonProcessingException notJson) {
      return new Invalid("the body is not valid JSON; send an object such as " + EXAMPLE);
    }
    if (!root.isObject()) {
      return new Invalid("the body must be a JSON object such as " + EXAMPLE);
    }
    String stray = strayKey(root, "variables");
    if (stray != null) {
      return new Invalid("unknown key '" + stray + "': the body may hold only 'variables'");
    }
    return root.has("variables") ? variables(root.get("variables")) : new Variables(Map.of());
  }

  private static Parsed variables(JsonNode variables) {
    if (!variables.isObject()) {
      return new Invalid("'variables' must be an object such as {\"env\": {\"NAME\": \"value\"}}");
    }
    String stray = strayKey(variables, "env");
    if (stray != null) {
      return new Invalid("unknown key 'variables." + stray + "': 'variables' may hold only 'env'");
    }
    return variables.has("env") ? env(variables.get("env")) : new Variables(Map.of());
  }

  private static Parsed env(JsonNode env) {
    if (!env.isObject()) {
      return new Invalid("'variables.env' must be an object of names to strings");
    }
    Map<String, String> values = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : env.properties()) {
      String problem = problemWith(entry.getKey(), entry.getValue());
      if (problem != null) {
        return new Invalid(problem);
      }
      values.put(entry.getKey(), entry.getValue().textValue());
    }
    return new Variables(values);
  }

  private static String problemWith(String name, JsonNode value) {
    if (!VARIABLE_NAME.matcher(name).matches()) {
      return "'variables.env."
          + name
          + "' is not a variable name: use letters, digits and"
          + " underscores, not starting with a digit";
    }
    if (!value.isTextual()) {
      return "'variables.env." + name + "' must be a string, not " + value.getNodeType();
    }
    return null;
  }

  private static String strayKey(JsonNode object, String allowed) {
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      if (!entry.getKey().equals(allowed)) {
        return entry.getKey();
      }
    }
    return null;
  }
}
