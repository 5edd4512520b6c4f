package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.SourceLocation;
import dev.upsim.workloads.config.Problems;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.Expectation;
import dev.upsim.workloads.program.TokenChoice;
import dev.upsim.workloads.yaml.YamlNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the actions a workload performs, as steps and programs write them, into the runtime's
 * {@link Action} records. The caller has already decided which action a mapping holds and checked
 * its keys; each reader here reads the values of one action.
 */
final class ActionReader {

  /** The keys of each action, its own key first. */
  static final Map<String, List<String>> KEYS =
      Map.of(
          "token", List.of("token", "save", "expect"),
          "call", List.of("call", "body", "token", "expect"),
          "trigger", List.of("trigger", "variables", "expect"),
          "cancel", List.of("cancel", "expect"),
          "sleep", List.of("sleep"),
          "log", List.of("log", "stderr"),
          "exit", List.of("exit"));

  private static final Pattern CALL =
      Pattern.compile("(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (/.*)");
  private static final String CALL_FORM =
      "METHOD PATH, for example GET /projects/{project}/environments/{env}; methods: GET, POST,"
          + " PUT, PATCH, DELETE, HEAD, OPTIONS";
  private static final String TOKEN_REQUEST =
      "token: {} for the proxy's default lifetime, or token: {ttl: 15m} (a call names the token"
          + " it sends with token: beside call:)";
  private static final String TOKEN_CHOICE =
      "fresh (the default), none, tampered, or a name saved with save:";

  private final TokenNames tokens;

  ActionReader(TokenNames tokens) {
    this.tokens = tokens;
  }

  /** Reads the action whose key is {@code key} from {@code fields}. */
  Optional<Action> read(String key, Fields fields) {
    switch (key) {
      case "token":
        return token(fields);
      case "call":
        return call(fields);
      case "trigger":
        return trigger(fields);
      case "cancel":
        return cancel(fields);
      case "sleep":
        return fields.duration("sleep").map(Action.Sleep::new);
      case "log":
        return log(fields);
      default:
        return fields.integer("exit", 0, 255, "an exit code from 0 to 255").map(this::exit);
    }
  }

  private Optional<Action> token(Fields fields) {
    Optional<Fields> request = fields.mapping("token", TOKEN_REQUEST);
    request.ifPresent(inner -> inner.allowOnly(List.of("ttl"), "token"));
    Optional<Duration> ttl = request.flatMap(inner -> inner.duration("ttl"));
    Optional<String> save = fields.text("save", "a name that later calls send with token: NAME");
    save.ifPresent(
        name -> tokens.save(name, at(fields, "save"), fields.pathOf("save"), problems(fields)));
    Optional<Expectation> expect = expectation(fields);
    if (request.isEmpty()) {
      return Optional.empty();
    }
    Long ttlSeconds = ttl.map(Duration::getSeconds).orElse(null);
    return Optional.of(new Action.RequestToken(ttlSeconds, save.orElse(null), expect.orElse(null)));
  }

  private Optional<Action> call(Fields fields) {
    Optional<Matcher> call = fields.text("call", CALL_FORM).flatMap(line -> callLine(line, fields));
    String body = fields.value("body").map(YamlJson::toJson).orElse(null);
    Optional<TokenChoice> token = fields.value("token").flatMap(node -> choice(node, fields));
    Optional<Expectation> expect = expectation(fields);
    return call.map(
        matched ->
            new Action.Call(
                matched.group(1), matched.group(2), body, token.orElse(null), expect.orElse(null)));
  }

  private Optional<Matcher> callLine(String line, Fields fields) {
    Matcher matcher = CALL.matcher(line);
    if (matcher.matches()) {
      return Optional.of(matcher);
    }
    fields.report(at(fields, "call"), "call", "'" + line + "' is not a call", CALL_FORM);
    return Optional.empty();
  }

  private Optional<Action> trigger(Fields fields) {
    Optional<String> task = fields.text("trigger", "the name of the task to run");
    Optional<Map<String, String>> variables =
        fields.mapping("variables", "a mapping of NAME: value").map(this::variables);
    Optional<Expectation> expect = expectation(fields);
    return task.map(name -> new Action.Trigger(name, variables.orElse(null), expect.orElse(null)));
  }

  private Optional<Action> cancel(Fields fields) {
    Optional<String> task = fields.text("cancel", "the name of the task whose run to cancel");
    Optional<Expectation> expect = expectation(fields);
    return task.map(name -> new Action.Cancel(name, expect.orElse(null)));
  }

  private Optional<Action> log(Fields fields) {
    Optional<String> text = fields.text("log", "the line to write");
    boolean stderr = fields.bool("stderr", "true to write the line to stderr").orElse(false);
    return text.map(line -> new Action.Log(line, stderr));
  }

  private Action exit(long code) {
    return new Action.Exit((int) code);
  }

  private Map<String, String> variables(Fields variables) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : variables.keys()) {
      YamlNode node = variables.value(name).orElseThrow();
      Values.plainValue(
              node, variables.pathOf(name), "text, a number or a boolean", problems(variables))
          .ifPresent(value -> values.put(name, value));
    }
    return values;
  }

  private Optional<TokenChoice> choice(YamlNode node, Fields fields) {
    String path = fields.pathOf("token");
    Optional<String> word = Values.text(node, path, TOKEN_CHOICE, problems(fields));
    return word.map(name -> choice(name, node, path));
  }

  private TokenChoice choice(String word, YamlNode node, String path) {
    switch (word) {
      case "fresh":
        return TokenChoice.fresh();
      case "none":
        return TokenChoice.none();
      case "tampered":
        return TokenChoice.tampered();
      default:
        tokens.use(word, node.at(), path);
        return TokenChoice.saved(word);
    }
  }

  private Optional<Expectation> expectation(Fields fields) {
    return fields
        .value("expect")
        .flatMap(node -> ExpectationReader.read(node, fields.pathOf("expect"), problems(fields)));
  }

  private static SourceLocation at(Fields fields, String key) {
    return fields.value(key).map(YamlNode::at).orElse(fields.at());
  }

  private static Problems problems(Fields fields) {
    return fields.problems();
  }
}
