package dev.upsim.orchestrator.scenario;

import dev.upsim.auth.SourceLocation;
import dev.upsim.auth.WorkloadId;
import dev.upsim.workloads.config.Application;
import dev.upsim.workloads.config.ConfigError;
import dev.upsim.workloads.config.KeyPath;
import dev.upsim.workloads.config.Problems;
import dev.upsim.workloads.config.ProjectConfig;
import dev.upsim.workloads.config.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checks of a scenario that need its loaded configuration: every workload a step acts as, and
 * every workload a program is written for, must be one the configuration declares.
 */
public final class ScenarioChecks {

  private ScenarioChecks() {}

  /** Every problem of {@code scenario} against {@code config}, in file order; empty when none. */
  public static List<ConfigError> against(Scenario scenario, ProjectConfig config) {
    List<String> declared = declaredWorkloads(config);
    Problems out = new Problems();
    for (Map.Entry<WorkloadId, SourceLocation> program : scenario.programSources().entrySet()) {
      String path = KeyPath.child("programs", program.getKey().toString());
      check(program.getKey(), program.getValue(), path, declared, out);
    }
    for (int index = 0; index < scenario.steps().size(); index++) {
      Step step = scenario.steps().get(index);
      if (step instanceof Step.Act) {
        Step.Act act = (Step.Act) step;
        String path = KeyPath.child(KeyPath.item("steps", index), "as");
        check(act.as(), act.asAt(), path, declared, out);
      }
    }
    return out.sorted();
  }

  /** Every workload {@code config} declares, in its text form: apps, workers, crons, tasks. */
  public static List<String> declaredWorkloads(ProjectConfig config) {
    List<String> declared = new ArrayList<>();
    for (Application app : config.applications().values()) {
      declared.add(WorkloadId.app(app.name()).toString());
      app.workers()
          .keySet()
          .forEach(w -> declared.add(WorkloadId.worker(app.name(), w).toString()));
      app.crons().keySet().forEach(c -> declared.add(WorkloadId.cron(app.name(), c).toString()));
    }
    config.tasks().keySet().forEach(task -> declared.add(WorkloadId.task(task).toString()));
    return declared;
  }

  private static void check(
      WorkloadId workload, SourceLocation at, String path, List<String> declared, Problems out) {
    String name = workload.toString();
    if (!declared.contains(name)) {
      out.add(
          at,
          path,
          "the configuration declares no workload '"
              + name
              + "'"
              + Suggestions.didYouMean(name, declared),
          "one of: " + String.join(", ", declared));
    }
  }
}
