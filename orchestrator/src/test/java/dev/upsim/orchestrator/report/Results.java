package dev.upsim.orchestrator.report;

import dev.upsim.auth.SourceLocation;
import dev.upsim.auth.WorkloadId;
import dev.upsim.auth.check.Decision;
import dev.upsim.orchestrator.scenario.ConfigErrorCheck;
import dev.upsim.orchestrator.scenario.ProgramFailure;
import dev.upsim.orchestrator.scenario.Scenario;
import dev.upsim.orchestrator.scenario.ScenarioResult;
import dev.upsim.orchestrator.scenario.Step;
import dev.upsim.orchestrator.scenario.StepResult;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.workloads.config.ConfigError;
import dev.upsim.workloads.program.Action;
import dev.upsim.workloads.program.Program;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scenario results built by hand, as the scenario runner would return them. */
final class Results {

  /** The file every hand-built scenario comes from. */
  static final Path FILE = Path.of("scenarios/hand-built.yaml");

  private static final SourceLocation AT = new SourceLocation(FILE.toString(), 5, 5);

  private Results() {}

  /** A scenario named {@code name} in environment main, seed 7, with {@code programs}. */
  static Scenario scenario(String name, Map<WorkloadId, Program> programs) {
    return new Scenario(
        FILE,
        name,
        "",
        Path.of("configs/academy"),
        "project",
        Map.of("main", "production"),
        7,
        List.of(),
        TraceBuilder.START,
        Optional.empty(),
        programs,
        Map.of(),
        List.of());
  }

  /** A step in which {@code actor} triggers {@code task}, covering trace events from..to. */
  static StepResult trigger(
      int index,
      String name,
      String actor,
      String task,
      String expected,
      String actual,
      Decision decision,
      List<String> mismatches,
      long from,
      long to) {
    WorkloadId as = WorkloadId.parse(actor).orElseThrow();
    Action.Trigger action = new Action.Trigger(task, Map.of(), null);
    Step.Act step = new Step.Act(name, as, "main", action, AT, AT);
    return new StepResult(
        index,
        step,
        actor,
        "main",
        action.describe(),
        expected,
        actual,
        decision,
        null,
        mismatches.isEmpty(),
        mismatches,
        TraceBuilder.START,
        TraceBuilder.START,
        from,
        to);
  }

  /** A settle step that passed, covering trace events from..to. */
  static StepResult settle(int index, long from, long to) {
    return new StepResult(
        index,
        new Step.Settle(null, AT),
        null,
        null,
        "settle",
        "every task run and cron ends",
        "settled",
        null,
        null,
        true,
        List.of(),
        TraceBuilder.START,
        TraceBuilder.START.plusSeconds(30),
        from,
        to);
  }

  /** A result that ran {@code steps} over {@code trace}. */
  static ScenarioResult ran(
      Scenario scenario,
      List<StepResult> steps,
      List<ProgramFailure> programFailures,
      List<TraceEvent> trace) {
    Instant end = trace.isEmpty() ? TraceBuilder.START : trace.get(trace.size() - 1).at();
    return ScenarioResult.played(scenario, end, steps, programFailures, Map.of(), trace);
  }

  /** A scenario file that could not be used because of {@code problems}. */
  static ScenarioResult unusable(String fileName, ConfigError... problems) {
    return ScenarioResult.unusable(
        Path.of("scenarios", fileName), null, List.of(problems), 0, TraceBuilder.START);
  }

  /** A scenario whose configuration was to be rejected, judged by {@code check}. */
  static ScenarioResult configRejected(ConfigErrorCheck check) {
    Scenario scenario = scenario("the cron may not declare authorizations", Map.of());
    return ScenarioResult.judged(scenario, check);
  }

  /** An error at line 3, column 5 of {@code file}. */
  static ConfigError error(String file, String keyPath, String problem, String valid) {
    return new ConfigError(new SourceLocation(file, 3, 5), keyPath, problem, valid);
  }
}
