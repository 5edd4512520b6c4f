package dev.upsim.workloads.config;

import dev.upsim.auth.Grant;
import dev.upsim.auth.SourceLocation;
import dev.upsim.workloads.yaml.YamlEntry;
import dev.upsim.workloads.yaml.YamlNode;
import dev.upsim.workloads.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an {@code authorizations} list into grants. Each entry is a modeled part: it holds exactly
 * {@code type}, {@code action} and, for a task, {@code resource}, and the only valid entries are
 * {@code task/operate/<declared task>} and {@code env/view}.
 */
final class AuthorizationValidator {

  private static final List<String> ENTRY_KEYS = List.of("type", "action", "resource");
  private static final List<String> TYPES = List.of("task", "env");
  private static final String LIST =
      "a list of entries such as '- {type: env, action: view}', or [] for none";
  private static final String ENTRY = "a mapping with type, action and, for a task, resource";

  private final Problems problems;
  private final Set<String> taskNames;
  // Built once: every task entry offers it as a hint, and large projects declare many tasks.
  private final String taskList;

  /** Checks lists against the tasks that the whole configuration declares. */
  AuthorizationValidator(Problems problems, Set<String> taskNames) {
    this.problems = problems;
    this.taskNames = new TreeSet<>(taskNames);
    this.taskList = describeTasks(this.taskNames);
  }

  /** The list declared under {@code owner}'s {@code authorizations} key, if it declares one. */
  Optional<Authorizations> read(Section owner) {
    return owner
        .mapping()
        .entry("authorizations")
        .map(entry -> list(entry, owner.pathOf(entry.key())));
  }

  private Authorizations list(YamlEntry entry, String path) {
    List<Authorizations.Entry> entries = new ArrayList<>();
    Optional<YamlSequence> list = Shape.list(entry.value(), path, LIST, problems);
    List<YamlNode> items = list.map(YamlSequence::items).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      entry(items.get(i), KeyPath.item(path, i)).ifPresent(entries::add);
    }
    return new Authorizations(entries, entry.keyAt());
  }

  private Optional<Authorizations.Entry> entry(YamlNode node, String path) {
    return Section.of(node, node.at(), path, ENTRY, problems)
        .flatMap(this::grant)
        .map(grant -> new Authorizations.Entry(grant, node.at()));
  }

  private Optional<Grant> grant(Section item) {
    item.allowOnly(ENTRY_KEYS);
    Optional<String> type = item.requiredText("type", "task or env");
    Optional<String> action = item.requiredText("action", "operate (for task) or view (for env)");
    if (type.isEmpty() || action.isEmpty() || !knownType(item, type.get())) {
      return Optional.empty();
    }
    return type.get().equals("task") ? taskGrant(item, action.get()) : envGrant(item, action.get());
  }

  private boolean knownType(Section item, String type) {
    if (TYPES.contains(type)) {
      return true;
    }
    String problem =
        "unknown authorization type '" + type + "'" + Suggestions.didYouMean(type, TYPES);
    item.report(valueAt(item, "type"), "type", problem, "one of: task, env");
    return false;
  }

  private Optional<Grant> taskGrant(Section item, String action) {
    boolean validAction = checkAction(item, action, "task", "operate");
    if (item.mapping().entry("resource").isEmpty()) {
      String problem = "a 'task' authorization needs a resource: the name of the task it operates";
      item.reportHere(problem, "resource: " + taskList);
      return Optional.empty();
    }
    Optional<String> task =
        item.requiredText("resource", taskList).filter(name -> declared(item, name));
    return validAction ? task.map(Grant::operateTask) : Optional.empty();
  }

  private Optional<Grant> envGrant(Section item, String action) {
    boolean validAction = checkAction(item, action, "env", "view");
    Optional<YamlEntry> resource = item.mapping().entry("resource");
    resource.ifPresent(
        entry ->
            item.report(
                entry.keyAt(),
                "resource",
                "an 'env' authorization takes no resource: it grants the whole environment API",
                "type: env and action: view, without resource"));
    return validAction && resource.isEmpty() ? Optional.of(Grant.ENV_VIEW) : Optional.empty();
  }

  private boolean checkAction(Section item, String action, String type, String valid) {
    if (action.equals(valid)) {
      return true;
    }
    String problem =
        "action '"
            + action
            + "' is not valid for type '"
            + type
            + "'"
            + Suggestions.didYouMean(action, List.of(valid));
    item.report(valueAt(item, "action"), "action", problem, valid);
    return false;
  }

  private boolean declared(Section item, String task) {
    if (taskNames.contains(task)) {
      return true;
    }
    String problem =
        "resource '"
            + task
            + "' names no task declared in the configuration"
            + Suggestions.didYouMean(task, taskNames);
    item.report(valueAt(item, "resource"), "resource", problem, taskList);
    return false;
  }

  private static SourceLocation valueAt(Section item, String key) {
    return item.mapping().get(key).orElseThrow().at();
  }

  private static String describeTasks(Set<String> taskNames) {
    return taskNames.isEmpty()
        ? "the name of a task declared under the top-level 'tasks' key (none is declared)"
        : "the name of a declared task: " + String.join(", ", taskNames);
  }
}
