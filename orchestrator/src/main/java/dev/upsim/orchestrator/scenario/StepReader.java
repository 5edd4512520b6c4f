package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.SourceLocation;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.config.KeyPath;
import dev.upsim.workloads.config.Problems;
import dev.upsim.workloads.config.Suggestions;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.yaml.YamlMapping;
import dev.upsim.workloads.yaml.YamlNode;
import dev.upsim.workloads.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the items of {@code steps:}. A step is a mapping with exactly one action key (token, call,
 * trigger, cancel, advance, settle, deploy or expect-activities); the action decides which other
 * keys the step may have. A workload's action also needs {@code as}, and may name the environment
 * with {@code in}.
 */
final class StepReader {

  /** The keys that make a step, one per step. */
  static final List<String> ACTIONS =
      List.of(
          "token", "call", "trigger", "cancel", "advance", "settle", "deploy", "expect-activities");

  private static final List<String> WORKLOAD_ACTIONS =
      List.of("token", "call", "trigger", "cancel");
  private static final Map<String, List<String>> OTHER_KEYS =
      Map.of(
          "advance", List.of("name", "advance"),
          "settle", List.of("name", "settle"),
          "deploy", List.of("name", "deploy", "config"),
          "expect-activities", List.of("name", "in", "expect-activities"));
  private static final Map<String, String> FOR_PROGRAMS =
      Map.of(
          "sleep", "'sleep' is for programs; a step moves the clock with advance: DURATION",
          "log", "'log' is for programs; a step cannot write to a workload's output",
          "stderr", "'stderr' goes with log, which is for programs",
          "exit", "'exit' is for programs; a step cannot end a workload");
  private static final Pattern WORKLOAD =
      Pattern.compile(
          "app:[a-z][a-z0-9-]*|task:[a-z][a-z0-9-]*|worker:[a-z][a-z0-9-]*/[a-z][a-z0-9-]*"
              + "|cron:[a-z][a-z0-9-]*/[a-z][a-z0-9-]*");
  private static final String WORKLOAD_FORMS =
      "app:<app>, worker:<app>/<worker>, cron:<app>/<cron> or task:<task>, names in lowercase"
          + " letters, digits and hyphens";
  private static final Pattern ACTIVITY =
      Pattern.compile("(pending|in_progress|cancelled|complete)( (success|failure))?");
  private static final String ACTIVITY_FORMS =
      "pending, in_progress, cancelled, complete, complete success or complete failure";
  private static final String STEP_FORM =
      "a mapping with one action, for example {as: app:admin, trigger: export}";

  private final List<String> environments;
  private final Path folder;
  private final ActionReader actions;
  private final Problems out;

  StepReader(List<String> environments, Path folder, ActionReader actions, Problems out) {
    this.environments = List.copyOf(environments);
    this.folder = folder;
    this.actions = actions;
    this.out = out;
  }

  /** Every step of the list at {@code steps}, in order; invalid steps are reported and left out. */
  List<Step> readAll(YamlSequence steps) {
    List<Step> read = new ArrayList<>();
    for (int index = 0; index < steps.items().size(); index++) {
      read(steps.items().get(index), KeyPath.item("steps", index)).ifPresent(read::add);
    }
    return read;
  }

  private Optional<Step> read(YamlNode node, String path) {
    return Values.mapping(node, path, STEP_FORM, out)
        .map(mapping -> new Fields(mapping, path, out))
        .flatMap(this::step);
  }

  private Optional<Step> step(Fields fields) {
    Set<String> found = actionKeys(fields);
    if (found.size() != 1) {
      boolean unknown = fields.allowOnly(allKeys(), "a step", FOR_PROGRAMS);
      reportActionCount(fields, found, unknown);
      return Optional.empty();
    }
    String action = found.iterator().next();
    Optional<String> name = fields.text("name", "a name shown in reports");
    return WORKLOAD_ACTIONS.contains(action)
        ? act(action, fields, name.orElse(null))
        : other(action, fields, name.orElse(null));
  }

  /** The action keys of a step; {@code token} beside {@code call} says which token to send. */
  private static Set<String> actionKeys(Fields fields) {
    Set<String> found = new LinkedHashSet<>(fields.keys());
    found.retainAll(ACTIONS);
    if (found.contains("call")) {
      found.remove("token");
    }
    return found;
  }

  private void reportActionCount(Fields fields, Set<String> found, boolean unknownReported) {
    if (found.size() > 1) {
      fields.report(
          fields.at(),
          "",
          "a step does one thing, and this one has "
              + found.size()
              + ": "
              + String.join(", ", found),
          "one step for each, in the order they should happen");
    } else if (!unknownReported) {
      fields.report(
          fields.at(),
          "",
          "this step has no action",
          "exactly one of: " + String.join(", ", ACTIONS));
    }
  }

  private Optional<Step> act(String action, Fields fields, String name) {
    List<String> keys = new ArrayList<>(List.of("name", "as", "in"));
    keys.addAll(ActionReader.KEYS.get(action));
    fields.allowOnly(keys, "a " + action + " step", FOR_PROGRAMS);
    Optional<YamlNode> asNode = fields.required("as", WORKLOAD_FORMS);
    Optional<WorkloadId> as = asNode.flatMap(node -> workload(node, fields.pathOf("as")));
    Optional<String> in = environment(fields, "in");
    Optional<Action> performed = actions.read(action, fields);
    if (as.isEmpty() || in.isEmpty() || performed.isEmpty()) {
      return Optional.empty();
    }
    SourceLocation asAt = asNode.get().at();
    return Optional.of(new Step.Act(name, as.get(), in.get(), performed.get(), fields.at(), asAt));
  }

  private Optional<Step> other(String action, Fields fields, String name) {
    fields.allowOnly(OTHER_KEYS.get(action), "a " + action + " step", FOR_PROGRAMS);
    switch (action) {
      case "advance":
        return fields.duration("advance").map(by -> new Step.Advance(name, by, fields.at()));
      case "settle":
        return settle(fields, name);
      case "deploy":
        return deploy(fields, name);
      default:
        return expectActivities(fields, name);
    }
  }

  private Optional<Step> settle(Fields fields, String name) {
    Optional<Boolean> settle = fields.bool("settle", "settle: true");
    if (settle.isPresent() && !settle.get()) {
      YamlNode node = fields.value("settle").orElseThrow();
      fields.report(node.at(), "settle", "settle: false does nothing", "settle: true");
      return Optional.empty();
    }
    return settle.map(yes -> new Step.Settle(name, fields.at()));
  }

  private Optional<Step> deploy(Fields fields, String name) {
    Optional<String> environment = environment(fields, "deploy");
    Optional<String> config =
        fields.text("config", "a changed configuration, relative to the scenario file");
    return environment.map(
        env ->
            new Step.Deploy(
                name,
                env,
                config.map(path -> folder.resolve(path).normalize()).orElse(null),
                fields.at()));
  }

  private Optional<Step> expectActivities(Fields fields, String name) {
    Optional<String> in = environment(fields, "in");
    String path = fields.pathOf("expect-activities");
    Optional<YamlSequence> list =
        Values.list(
            fields.value("expect-activities").orElseThrow(),
            path,
            "a list of TASK: STATE, for example [export: complete success]",
            out);
    Optional<List<ActivityExpectation>> items = list.flatMap(runs -> activities(runs, path));
    if (in.isEmpty() || items.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Step.ExpectActivities(name, in.get(), items.get(), fields.at()));
  }

  private Optional<List<ActivityExpectation>> activities(YamlSequence runs, String path) {
    List<ActivityExpectation> read = new ArrayList<>();
    boolean valid = true;
    for (int index = 0; index < runs.items().size(); index++) {
      Optional<ActivityExpectation> item =
          activity(runs.items().get(index), KeyPath.item(path, index));
      item.ifPresent(read::add);
      valid &= item.isPresent();
    }
    return valid ? Optional.of(read) : Optional.empty();
  }

  private Optional<ActivityExpectation> activity(YamlNode node, String path) {
    String form = "one task and its state, for example export: complete success";
    Optional<YamlMapping> mapping = Values.mapping(node, path, form, out);
    if (mapping.isPresent() && mapping.get().entries().size() != 1) {
      out.add(
          node.at(),
          path,
          "an item names one task, this one names " + mapping.get().entries().size(),
          form);
      return Optional.empty();
    }
    return mapping.flatMap(item -> state(item, path));
  }

  private Optional<ActivityExpectation> state(YamlMapping item, String path) {
    String task = item.entries().get(0).key();
    YamlNode node = item.entries().get(0).value();
    String statePath = KeyPath.child(path, task);
    Optional<String> text = Values.text(node, statePath, ACTIVITY_FORMS, out);
    Optional<Matcher> matcher = text.map(ACTIVITY::matcher).filter(Matcher::matches);
    if (text.isPresent() && matcher.isEmpty()) {
      out.add(node.at(), statePath, "'" + text.get() + "' is not a state of a run", ACTIVITY_FORMS);
    }
    return matcher.map(
        state -> new ActivityExpectation(task, state.group(1), state.group(3), item.at()));
  }

  private Optional<WorkloadId> workload(YamlNode node, String path) {
    Optional<String> text = Values.text(node, path, WORKLOAD_FORMS, out);
    if (text.isPresent() && !WORKLOAD.matcher(text.get()).matches()) {
      out.add(node.at(), path, "'" + text.get() + "' does not name a workload", WORKLOAD_FORMS);
      return Optional.empty();
    }
    return text.flatMap(WorkloadId::parse);
  }

  /** The environment named under {@code key}, or the first one when the key is absent. */
  private Optional<String> environment(Fields fields, String key) {
    Optional<YamlNode> node = fields.value(key);
    if (node.isEmpty()) {
      return Optional.of(environments.get(0));
    }
    String path = fields.pathOf(key);
    String valid = "one of the scenario's environments: " + String.join(", ", environments);
    Optional<String> name = Values.text(node.get(), path, valid, out);
    if (name.isPresent() && !environments.contains(name.get())) {
      String hint = Suggestions.didYouMean(name.get(), environments);
      out.add(node.get().at(), path, "unknown environment '" + name.get() + "'" + hint, valid);
      return Optional.empty();
    }
    return name;
  }

  private static List<String> allKeys() {
    Set<String> keys = new LinkedHashSet<>(List.of("name", "as", "in"));
    for (String action : ACTIONS) {
      keys.addAll(ActionReader.KEYS.getOrDefault(action, OTHER_KEYS.get(action)));
    }
    return List.copyOf(keys);
  }
}
