package dev.upsim.orchestrator.scenario;

import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.workloads.config.ConfigError;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one scenario run gave, for the console timeline, JUnit XML, diagrams and the trace
 * file alike: the outcome, each step with expected and actual, the failed expectations inside
 * programs, the final task runs of each environment, and the whole trace.
 *
 * @param file the scenario file
 * @param scenario the parsed scenario, or null when the file could not be parsed
 * @param name the scenario's name, or the file's name when it could not be parsed
 * @param problems why the scenario could not be used (outcome {@link Outcome#UNUSABLE}): errors in
 *     the scenario file, its configuration, or its settings; empty otherwise
 * @param configErrorCheck the check of {@code expect-config-error}, or null when the scenario has
 *     none
 * @param seed the seed the run used (the scenario's, or the override)
 * @param start the virtual instant the run started at
 * @param end the virtual instant the run ended at
 * @param steps every step, in order; empty when the simulation did not start
 * @param programFailures every expectation inside a program that did not hold, in trace order
 * @param activities the task runs of each environment when the run ended, oldest first
 * @param trace every event of the run, in order
 */
public record ScenarioResult(
    Path file,
    Scenario scenario,
    String name,
    Outcome outcome,
    List<ConfigError> problems,
    ConfigErrorCheck configErrorCheck,
    long seed,
    Instant start,
    Instant end,
    List<StepResult> steps,
    List<ProgramFailure> programFailures,
    Map<String, List<Activity>> activities,
    List<TraceEvent> trace) {

  /** How a scenario run ended, with the exit code of {@code upsim run}. */
  public enum Outcome {
    /** Every step and every program expectation held. */
    PASSED(0),
    /** The scenario ran, and something did not go as expected. */
    FAILED(1),
    /** The scenario or its configuration could not be used; nothing (more) ran. */
    UNUSABLE(2);

    private final int exitCode;

    Outcome(int exitCode) {
      this.exitCode = exitCode;
    }

    /** The exit code of {@code upsim run} for this outcome. */
    public int exitCode() {
      return exitCode;
    }
  }

  public ScenarioResult {
    problems = List.copyOf(problems);
    steps = List.copyOf(steps);
    programFailures = List.copyOf(programFailures);
    activities = Collections.unmodifiableMap(new LinkedHashMap<>(activities));
    trace = List.copyOf(trace);
  }

  /**
   * A run that played {@code steps} of {@code scenario} until {@code end}; it passed when every
   * step and every expectation inside a program held.
   */
  public static ScenarioResult played(
      Scenario scenario,
      Instant end,
      List<StepResult> steps,
      List<ProgramFailure> programFailures,
      Map<String, List<Activity>> activities,
      List<TraceEvent> trace) {
    boolean passed = programFailures.isEmpty() && steps.stream().allMatch(StepResult::passed);
    return new ScenarioResult(
        scenario.file(),
        scenario,
        scenario.name(),
        passed ? Outcome.PASSED : Outcome.FAILED,
        List.of(),
        null,
        scenario.seed(),
        scenario.start(),
        end,
        steps,
        programFailures,
        activities,
        trace);
  }

  /**
   * A run of {@code scenario} that played nothing and only judged, with {@code check}, the error
   * its configuration was expected to be rejected with.
   */
  public static ScenarioResult judged(Scenario scenario, ConfigErrorCheck check) {
    return new ScenarioResult(
        scenario.file(),
        scenario,
        scenario.name(),
        check.passed() ? Outcome.PASSED : Outcome.FAILED,
        List.of(),
        check,
        scenario.seed(),
        scenario.start(),
        scenario.start(),
        List.of(),
        List.of(),
        Map.of(),
        List.of());
  }

  /** A run that could not start because of {@code problems}. */
  public static ScenarioResult unusable(
      Path file, Scenario scenario, List<ConfigError> problems, long seed, Instant start) {
    String name = scenario == null ? String.valueOf(file.getFileName()) : scenario.name();
    return new ScenarioResult(
        file,
        scenario,
        name,
        Outcome.UNUSABLE,
        problems,
        null,
        seed,
        start,
        start,
        List.of(),
        List.of(),
        Map.of(),
        List.of());
  }

  /** The exit code of {@code upsim run}: 0 passed, 1 failed, 2 unusable. */
  public int exitCode() {
    return outcome.exitCode();
  }

  /** Whether the run passed. */
  public boolean passed() {
    return outcome == Outcome.PASSED;
  }

  /** The steps that did not pass, in order. */
  public List<StepResult> failedSteps() {
    return steps.stream().filter(step -> !step.passed()).toList();
  }

  /** The trace as JSON lines, one event a line, the form {@code --trace} writes. */
  public String traceJsonLines() {
    StringBuilder lines = new StringBuilder();
    trace.forEach(event -> lines.append(event.toJson()).append('\n'));
    return lines.toString();
  }
}
