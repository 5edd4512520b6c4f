package dev.upsim.bench.runtime;

import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.config.ConfigLoader;
import dev.upsim.workloads.config.LoadResult;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.Expectation;
import dev.upsim.workloads.program.Program;
import dev.upsim.workloads.program.TokenChoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The configurations and programs of the runtime benchmarks and scale runs, written as YAML and
 * read by the real loader, so that they are configurations a project could hold.
 */
public final class ScaleProjects {

  /** The call every benchmark makes: read the environment, which needs {@code env:view}. */
  public static final Action READ_ENVIRONMENT =
      new Action.Call(
          "GET",
          "/projects/{project}/environments/{env}",
          null,
          TokenChoice.fresh(),
          Expectation.status(200));

  private ScaleProjects() {}

  /** Application {@code starter} and {@code apps - 1} more, each with workers; all env:view. */
  public static ProjectConfig fleet(int apps, int workersPerApp) {
    StringBuilder yaml = new StringBuilder("applications:\n");
    for (int app = 0; app < apps; app++) {
      yaml.append("  app-").append(app).append(":\n    type: \"php:8.3\"\n");
      yaml.append("    authorizations:\n      - type: env\n        action: view\n");
      yaml.append(workersPerApp > 0 ? "    workers:\n" : "");
      for (int worker = 0; worker < workersPerApp; worker++) {
        yaml.append("      queue-").append(worker).append(":\n");
        yaml.append("        commands:\n          start: php consume.php\n");
      }
    }
    return load(yaml.toString());
  }

  /** The container names of {@link #fleet}: each web container, then its workers. */
  public static List<String> fleetContainers(int apps, int workersPerApp) {
    List<String> names = new ArrayList<>();
    for (int app = 0; app < apps; app++) {
      names.add("app-" + app);
      for (int worker = 0; worker < workersPerApp; worker++) {
        names.add("app-" + app + "--queue-" + worker);
      }
    }
    return names;
  }

  /**
   * Application {@code starter} (env:view, may run {@code batch}, {@code kickoff} and {@code
   * step-0}); task {@code batch}; a chain of tasks {@code step-0 .. step-(length-1)} where each may
   * run the next; and task {@code kickoff}, which may run {@code step-0}.
   */
  public static ProjectConfig chains(int length) {
    StringBuilder yaml = new StringBuilder("applications:\n  starter:\n    type: \"php:8.3\"\n");
    yaml.append("    authorizations:\n      - type: env\n        action: view\n");
    operate(yaml, "batch");
    operate(yaml, "kickoff");
    operate(yaml, step(0));
    yaml.append("tasks:\n");
    task(yaml, "batch");
    yaml.append("    authorizations:\n      - type: env\n        action: view\n");
    task(yaml, "kickoff");
    yaml.append("    authorizations:\n");
    operate(yaml, step(0));
    for (int i = 0; i < length; i++) {
      task(yaml, step(i));
      if (i + 1 < length) {
        yaml.append("    authorizations:\n");
        operate(yaml, step(i + 1));
      }
    }
    return load(yaml.toString());
  }

  /**
   * The programs of {@link #chains}: {@code batch} reads the environment {@code calls} times,
   * {@code kickoff} starts {@code chains} chains at once, and each step triggers the next.
   */
  public static Map<WorkloadId, Program> chainPrograms(int length, int calls, int chains) {
    Map<WorkloadId, Program> programs = new HashMap<>();
    programs.put(
        WorkloadId.task("batch"), new Program(Collections.nCopies(calls, READ_ENVIRONMENT)));
    programs.put(WorkloadId.task("kickoff"), new Program(Collections.nCopies(chains, trigger(0))));
    for (int i = 0; i + 1 < length; i++) {
      programs.put(WorkloadId.task(step(i)), Program.of(trigger(i + 1)));
    }
    return programs;
  }

  /** The run call for task {@code step-i}, expected to be accepted. */
  public static Action trigger(int step) {
    return new Action.Trigger(step(step), Map.of(), Expectation.status(202));
  }

  /** A trigger of {@code task}, expected to be accepted. */
  public static Action trigger(String task) {
    return new Action.Trigger(task, Map.of(), Expectation.status(202));
  }

  /** The name of the chain's task number {@code index}. */
  public static String step(int index) {
    return "step-" + index;
  }

  private static void operate(StringBuilder yaml, String task) {
    yaml.append("      - type: task\n        action: operate\n        resource: ");
    yaml.append(task).append('\n');
  }

  private static void task(StringBuilder yaml, String name) {
    yaml.append("  ").append(name).append(":\n    type: \"python:3.12\"\n");
    yaml.append("    run:\n      command: ./run.sh\n");
  }

  private static ProjectConfig load(String yaml) {
    try {
      Path file = Files.createTempFile("upsim-bench", ".yaml");
      try {
        Files.writeString(file, yaml);
        LoadResult result = ConfigLoader.load(file);
        if (result instanceof LoadResult.Rejected rejected) {
          throw new IllegalStateException("a benchmark configuration was rejected: " + rejected);
        }
        return ((LoadResult.Loaded) result).config();
      } finally {
        Files.delete(file);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
