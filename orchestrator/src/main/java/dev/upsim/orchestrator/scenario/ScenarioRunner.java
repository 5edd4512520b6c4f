package dev.upsim.orchestrator.scenario;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import dev.upsim.auth.SourceLocation;
import dev.upsim.orchestrator.activity.Activity;
import dev.upsim.orchestrator.scenario.ScenarioResult.Outcome;
import dev.upsim.orchestrator.simulation.Simulation;
import dev.upsim.orchestrator.simulation.SimulationSpec;
import dev.upsim.orchestrator.trace.TraceEvent;
import dev.upsim.orchestrator.trace.TraceKind;
import dev.upsim.workloads.config.ConfigError;
import dev.upsim.workloads.config.ConfigLoader;
import dev.upsim.workloads.config.KeyPath;
import dev.upsim.workloads.config.LoadResult;
import dev.upsim.workloads.config.ProjectConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plays scenario files on the runtime and judges them.
 *
 * <p>The order: parse the scenario; load its configuration (a rejected configuration either is the
 * error the scenario expects, or makes the run unusable); check the scenario against the
 * configuration and load every configuration a deploy step names; start the simulation with the
 * scenario's project, environments, seed, settings, start and programs; play the steps in order;
 * and collect the failed expectations inside programs from the trace. Anything wrong with the input
 * ends the run as {@link Outcome#UNUSABLE} with located errors, before any step is played.
 */
public final class ScenarioRunner {

  private final ScenarioParser parser;

  /** A runner that accepts every setting of the reference configuration. */
  public ScenarioRunner() {
    this(ScenarioParser.withReferenceSettings());
  }

  /** A runner that parses scenario files with {@code parser}. */
  public ScenarioRunner(ScenarioParser parser) {
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  /** Parses and plays the scenario file {@code file} with its own seed. */
  public ScenarioResult run(Path file) {
    ParseResult parsed = parser.parse(file);
    if (parsed instanceof ParseResult.Rejected rejected) {
      return ScenarioResult.unusable(file, null, rejected.errors(), 0, Scenario.DEFAULT_START);
    }
    return run(((ParseResult.Parsed) parsed).scenario());
  }

  /** Parses and plays {@code file} with {@code seed} instead of its own, as {@code --seed} asks. */
  public ScenarioResult run(Path file, long seed) {
    ParseResult parsed = parser.parse(file);
    if (parsed instanceof ParseResult.Rejected rejected) {
      return ScenarioResult.unusable(file, null, rejected.errors(), seed, Scenario.DEFAULT_START);
    }
    return run(((ParseResult.Parsed) parsed).scenario().withSeed(seed));
  }

  /** Plays a parsed scenario. */
  public ScenarioResult run(Scenario scenario) {
    LoadResult loaded = ConfigLoader.load(scenario.config());
    if (scenario.expectConfigError().isPresent()) {
      return ConfigErrorRun.judge(scenario, loaded);
    }
    if (loaded instanceof LoadResult.Rejected rejected) {
      return unusable(scenario, rejected.errors());
    }
    ProjectConfig config = ((LoadResult.Loaded) loaded).config();
    List<ConfigError> problems = new ArrayList<>(ScenarioChecks.against(scenario, config));
    Map<Path, ProjectConfig> deployConfigs = deployConfigs(scenario, problems);
    return problems.isEmpty()
        ? start(scenario, config, deployConfigs)
        : unusable(scenario, problems);
  }

  /** Loads every configuration a deploy step names, adding the errors of those that fail. */
  private static Map<Path, ProjectConfig> deployConfigs(
      Scenario scenario, List<ConfigError> problems) {
    Map<Path, ProjectConfig> configs = new LinkedHashMap<>();
    for (Step step : scenario.steps()) {
      if (step instanceof Step.Deploy deploy && deploy.config() != null) {
        LoadResult loaded = ConfigLoader.load(deploy.config());
        if (loaded instanceof LoadResult.Loaded ok) {
          configs.put(deploy.config(), ok.config());
        } else if (!configs.containsKey(deploy.config())) {
          problems.addAll(((LoadResult.Rejected) loaded).errors());
        }
      }
    }
    return configs;
  }

  private static ScenarioResult start(
      Scenario scenario, ProjectConfig config, Map<Path, ProjectConfig> deployConfigs) {
    Simulation simulation;
    try {
      simulation = Simulation.start(spec(scenario, config));
    } catch (IllegalArgumentException | ConfigException refused) {
      return unusable(scenario, List.of(startError(scenario, refused)));
    }
    try (simulation) {
      return play(scenario, simulation, deployConfigs);
    }
  }

  private static ScenarioResult play(
      Scenario scenario, Simulation simulation, Map<Path, ProjectConfig> deployConfigs) {
    List<StepResult> steps = new StepPlayer(simulation, deployConfigs).playAll(scenario.steps());
    List<TraceEvent> trace = simulation.trace();
    List<ProgramFailure> programFailures = programFailures(trace, steps);
    return ScenarioResult.played(
        scenario, simulation.now(), steps, programFailures, activities(simulation), trace);
  }

  /** The expectations inside programs that did not hold, each with the step it happened in. */
  private static List<ProgramFailure> programFailures(
      List<TraceEvent> trace, List<StepResult> steps) {
    List<ProgramFailure> failures = new ArrayList<>();
    for (TraceEvent event : trace) {
      if (event.kind() == TraceKind.EXPECTATION_FAILED) {
        int step =
            steps.stream()
                .filter(played -> played.recorded(event.sequence()))
                .mapToInt(StepResult::index)
                .findFirst()
                .orElse(-1);
        failures.add(
            new ProgramFailure(
                event.sequence(),
                event.at(),
                event.environment(),
                event.source(),
                event.content(),
                step));
      }
    }
    return failures;
  }

  private static Map<String, List<Activity>> activities(Simulation simulation) {
    Map<String, List<Activity>> runs = new LinkedHashMap<>();
    simulation.environments().forEach(env -> runs.put(env, simulation.activities(env)));
    return runs;
  }

  private static SimulationSpec spec(Scenario scenario, ProjectConfig config) {
    return new SimulationSpec(
        config,
        scenario.project(),
        scenario.environments(),
        scenario.seed(),
        settings(scenario),
        scenario.start(),
        scenario.programs());
  }

  /** The scenario's settings as configuration paths under {@code upsim}. */
  private static Config settings(Scenario scenario) {
    Config settings = ConfigFactory.empty();
    for (Setting setting : scenario.settings()) {
      String origin = "setting " + setting.name() + " at " + setting.at();
      settings =
          settings.withValue(
              setting.path(), ConfigValueFactory.fromAnyRef(setting.value(), origin));
    }
    return settings;
  }

  /**
   * A refusal to start as an error of the scenario: at the setting it names when there is one,
   * since a bad setting value is the only input the runtime checks that the parser cannot.
   */
  private static ConfigError startError(Scenario scenario, RuntimeException refused) {
    String message = refused.getMessage();
    for (Setting setting : scenario.settings()) {
      if (message.contains(setting.path())) {
        String path = KeyPath.child("settings", setting.name());
        return new ConfigError(setting.at(), path, message, "a value the setting accepts");
      }
    }
    SourceLocation start = new SourceLocation(scenario.file().toString(), 1, 1);
    return new ConfigError(start, "", "the simulation could not start: " + message, "");
  }

  private static ScenarioResult unusable(Scenario scenario, List<ConfigError> problems) {
    return ScenarioResult.unusable(
        scenario.file(), scenario, problems, scenario.seed(), scenario.start());
  }
}
