package dev.upsim.workloads.config;

import dev.upsim.workloads.yaml.YamlEntry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one top-level task. A task definition is a modeled part: its keys are those of {@link
 * #KEYS}, with {@code run} ({@code command}, {@code timeout}), {@code source} ({@code root}) and
 * {@code hooks} ({@code build}) closed as well; any other key is an "Unknown key".
 */
final class TaskValidator {

  /** What a task may set: the platform's API accepts these and nothing else. */
  static final List<String> KEYS =
      List.of(
          "type",
          "run",
          "source",
          "hooks",
          "relationships",
          "mounts",
          "variables",
          "authorizations",
          "timezone",
          "additional_hosts",
          "container_profile");

  /** {@code run.timeout} when not declared. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3_600);

  private static final List<String> RUN_KEYS = List.of("command", "timeout");
  private static final Seconds.Range TIMEOUT_RANGE = new Seconds.Range(1, 86_400);
  private static final String RUN = "a mapping with command and, optionally, timeout";
  private static final String RUNTIME = "a runtime such as 'python:3.12'";
  private static final String COMMAND = "the command the task runs";

  private final Problems problems;
  private final AuthorizationValidator authorizations;

  TaskValidator(Problems problems, AuthorizationValidator authorizations) {
    this.problems = problems;
    this.authorizations = authorizations;
  }

  /** The task under {@code entry}; empty when it is unusable. */
  Optional<TaskDefinition> read(YamlEntry entry) {
    String path = KeyPath.child("tasks", entry.key());
    return Section.named("task", entry, path, "a mapping with type and run.command", problems)
        .flatMap(task -> task(entry, task));
  }

  private Optional<TaskDefinition> task(YamlEntry entry, Section task) {
    checkKeys(task);
    Optional<String> type = task.requiredText("type", RUNTIME);
    Optional<Section> run = task.requiredSection("run", RUN);
    run.ifPresent(section -> section.allowOnly(RUN_KEYS));
    Optional<String> command = run.flatMap(section -> section.requiredText("command", COMMAND));
    Duration timeout =
        run.map(section -> section.seconds("timeout", TIMEOUT_RANGE, DEFAULT_TIMEOUT)).orElse(null);
    Optional<Authorizations> own = authorizations.read(task);
    Map<String, String> variables = EnvVariables.read(task, problems);
    if (type.isEmpty() || command.isEmpty() || timeout == null) {
      return Optional.empty();
    }
    return Optional.of(
        new TaskDefinition(
            entry.key(), entry.keyAt(), type.get(), command.get(), timeout, own, variables));
  }

  private void checkKeys(Section task) {
    task.allowOnly(KEYS);
    task.optionalSection("source", "a mapping with root")
        .ifPresent(source -> source.allowOnly(List.of("root")));
    task.optionalSection("hooks", "a mapping with build")
        .ifPresent(hooks -> hooks.allowOnly(List.of("build")));
  }
}
