package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.SourceLocation;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.config.KeyPath;
import dev.upsim.workloads.config.Problems;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.Program;
import dev.upsim.workloads.yaml.YamlEntry;
import dev.upsim.workloads.yaml.YamlMapping;
import dev.upsim.workloads.yaml.YamlNode;
import dev.upsim.workloads.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code programs:}: for each workload that runs a program (a task, a cron or a worker), the
 * actions it performs in order. An action is a mapping with exactly one of token, call, trigger,
 * cancel, sleep, log or exit.
 */
final class ProgramReader {

  /** The keys that make a program action, one per action. */
  static final List<String> ACTIONS =
      List.of("token", "call", "trigger", "cancel", "sleep", "log", "exit");

  private static final Pattern RUNS_A_PROGRAM =
      Pattern.compile(
          "task:[a-z][a-z0-9-]*|cron:[a-z][a-z0-9-]*/[a-z][a-z0-9-]*"
              + "|worker:[a-z][a-z0-9-]*/[a-z][a-z0-9-]*");
  private static final Pattern APPLICATION = Pattern.compile("app:[a-z][a-z0-9-]*");
  private static final String PROGRAM_OWNERS =
      "task:<task>, cron:<app>/<cron> or worker:<app>/<worker>, names in lowercase letters,"
          + " digits and hyphens";
  private static final String STEP_ONLY =
      " belongs to steps: a program's actions run as its"
          + " workload, in the environment it runs in";
  private static final Map<String, String> FOR_STEPS =
      Map.of(
          "as", "'as'" + STEP_ONLY,
          "in", "'in'" + STEP_ONLY,
          "name", "'name'" + STEP_ONLY,
          "advance", "'advance' is for steps; a program waits with sleep: DURATION",
          "settle", "'settle' is for steps; a program waits with sleep: DURATION",
          "deploy", "'deploy' is for steps; a program cannot redeploy its environment",
          "expect-activities", "'expect-activities' is for steps");
  private static final String ACTION_FORM =
      "a mapping with one action, for example {trigger: export} or {sleep: 5m}";

  private final ActionReader actions;
  private final Problems out;
  private final Map<WorkloadId, SourceLocation> sources = new LinkedHashMap<>();

  ProgramReader(ActionReader actions, Problems out) {
    this.actions = actions;
    this.out = out;
  }

  /** Every valid program of the mapping, by workload, in the order written. */
  Map<WorkloadId, Program> readAll(YamlMapping programs) {
    Map<WorkloadId, Program> read = new LinkedHashMap<>();
    for (YamlEntry entry : programs.entries()) {
      String path = KeyPath.child("programs", entry.key());
      Optional<WorkloadId> owner = owner(entry, path);
      Optional<Program> program = program(entry.value(), path);
      if (owner.isPresent() && program.isPresent()) {
        read.put(owner.get(), program.get());
        sources.put(owner.get(), entry.keyAt());
      }
    }
    return read;
  }

  /** Where each program read by {@link #readAll} is written. */
  Map<WorkloadId, SourceLocation> sources() {
    return sources;
  }

  private Optional<WorkloadId> owner(YamlEntry entry, String path) {
    String key = entry.key();
    if (RUNS_A_PROGRAM.matcher(key).matches()) {
      return WorkloadId.parse(key);
    }
    String problem =
        APPLICATION.matcher(key).matches()
            ? "an application's web instance runs no program; act as " + key + " in steps"
            : "'" + key + "' does not name a workload that runs a program";
    out.add(entry.keyAt(), path, problem, PROGRAM_OWNERS);
    return Optional.empty();
  }

  private Optional<Program> program(YamlNode node, String path) {
    Optional<YamlSequence> list =
        Values.list(node, path, "a list of actions, for example [{trigger: export}]", out);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    List<Action> read = new ArrayList<>();
    boolean valid = true;
    for (int index = 0; index < list.get().items().size(); index++) {
      Optional<Action> action = action(list.get().items().get(index), KeyPath.item(path, index));
      action.ifPresent(read::add);
      valid &= action.isPresent();
    }
    return valid ? Optional.of(new Program(read)) : Optional.empty();
  }

  private Optional<Action> action(YamlNode node, String path) {
    Optional<Fields> fields =
        Values.mapping(node, path, ACTION_FORM, out).map(mapping -> new Fields(mapping, path, out));
    return fields.flatMap(this::action);
  }

  private Optional<Action> action(Fields fields) {
    Set<String> found = new LinkedHashSet<>(fields.keys());
    found.retainAll(ACTIONS);
    if (found.contains("call")) {
      found.remove("token");
    }
    if (found.size() != 1) {
      boolean unknown = fields.allowOnly(allKeys(), "a program action", FOR_STEPS);
      reportActionCount(fields, found, unknown);
      return Optional.empty();
    }
    String action = found.iterator().next();
    fields.allowOnly(ActionReader.KEYS.get(action), "a " + action + " action", FOR_STEPS);
    return actions.read(action, fields);
  }

  private void reportActionCount(Fields fields, Set<String> found, boolean unknownReported) {
    if (found.size() > 1) {
      fields.report(
          fields.at(),
          "",
          "a program action does one thing, and this one has "
              + found.size()
              + ": "
              + String.join(", ", found),
          "one action for each, in the order they should happen");
    } else if (!unknownReported) {
      fields.report(
          fields.at(),
          "",
          "this item of the program has no action",
          "exactly one of: " + String.join(", ", ACTIONS));
    }
  }

  private static List<String> allKeys() {
    Set<String> keys = new LinkedHashSet<>();
    ACTIONS.forEach(action -> keys.addAll(ActionReader.KEYS.get(action)));
    return List.copyOf(keys);
  }
}
